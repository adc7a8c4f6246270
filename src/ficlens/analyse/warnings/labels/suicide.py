# ruff: noqa: E501  (one cue a line; a pattern is not split to fit)
"""``suicide``: suicide and attempts, suicidal ideation and a wish to die included."""

from __future__ import annotations

from ficlens.analyse.warnings.labels.fragments import FIGURATIVE_DEATH, POSS, SELF
from ficlens.analyse.warnings.labels.schema import OtherSense

CUES: dict[str, float] = {
    # the rope or pills ready, the ledge and the step off, not wanting to wake up, the life "taken"
    r"(?:rope|noose|pills|tablets) (?:is|was|are|were) (?:\w+ )?(?:in|under) (?:his|her|my|their) "
    r"(?:rucksack|bag|backpack|car|boot|trunk|pocket|drawer|wardrobe)|(?:checked|checks|tested|tests|checking|testing) the "
    r"(?:beam|rafter|branch|banister|bannister|hook)": 0.5,
    r"(?:won't|wouldn't|will not|would not|never) have to (?:feel|hurt|be) (?:like this|this way|anything)(?: any ?more| again)?": 0.4,
    r"(?:taken|take|takes|took|taking) (?:his|her|my|their|your) own life": 0.8,
    r"(?:left|leaves|leaving) (?:a|no) note": 0.25,
    r"(?:want|wanted|wants|wanting|wish|wished) (?:\w+ )?(?:to )?(?:not|never) (?:wake up|be here|exist|be alive|be around)|"
    r"just not (?:being|be) here|(?:drive|driving|drove|drives) (?:\w+ )?off (?:the|a) (?:bridge|cliff|pier)": 0.5,
    r"(?:on|onto|off|from) the ledge|(?:stepped|steps|step|stepping|jumped|jumps|jump|fell) off (?:the )?(?:ledge|roof|bridge|"
    r"parapet|edge)": 0.45,
    r"(?:don't|do not) come (?:any )?closer": 0.25,
    r"suicid\w*": 0.85,
    r"(?:kill|killing|kills) " + SELF: 0.35,
    # the act done, told as past (the figures "nearly killed himself", "killed herself laughing" are FIGURATIVE)
    r"killed " + SELF: 0.7,
    r"(?:take|takes|took|taking) " + POSS + r" own life": 0.8,
    r"end(?:ed|ing|s)? (?:it all|" + POSS + r" (?:own )?life)": 0.6,
    r"make (?:it|the \w+|everything) (?:all )?end": 0.45,
    r"let (?:them|him|her|it) kill (?:me|him|her)": 0.45,
    r"let " + SELF + r" die": 0.6,
    r"(?:want|wanted|wants|wanting) to die": 0.55,
    r"wish(?:ed|es|ing)? (?:i|he|she|they|you|we) (?:was|were) dead": 0.6,
    r"better off dead": 0.6,
    r"overdos\w*|(?:slit|slits|slitting|slashed|slashing) " + POSS + r" (?:own )?wrists": 0.6,
    r"jump(?:ed|ing|s)? (?:off|from) (?:the|a) (?:bridge|roof|building|cliff)": 0.5,
    r"noose": 0.5,
    r"throw (?:away )?"
    + POSS
    + r" life|life (?:that )?(?:he|she|i|they) (?:had been|was|were) ready to throw away": 0.5,
    r"no reason to live|not worth living|(?:don't|didn't|doesn't) want to (?:live|be alive)": 0.6,
    r"(?:was|were|am|is|are) (?:about|ready) to (?:die|let " + SELF + r" die)": 0.3,
    r"pills": 0.15,
    r"(?:swallowed|took|taking|downed) (?:a|the|his|her|my) (?:whole |entire )?(?:bottle|handful|bottles) of (?:\w+ )?(?:pills|tablets|painkillers)": 0.6,
    r"(?:hoping|hoped|wish(?:ed|ing)?|praying) (?:never to wake|(?:he|she|i|they) (?:would|wouldn't) (?:never )?wake)(?: up)?|never wake up again": 0.45,
    # hanging, the ledge, the plan, the wish not to exist, the attempt
    r"(?:hang(?:ed|ing|s)?|hung) " + SELF + r"|(?:found|find|finding) (?:him|her|them) hanging": 0.8,
    r"rope (?:around|round) (?:his|her|my|their) (?:own )?neck|(?:tied|tie|tying|knotted|looped) (?:a|the) (?:rope|belt|cord|sheet) "
    r"(?:to|around|round|over) (?:the )?(?:beam|rafter|banister|bannister|light fitting|hook|door|pipe|branch)": 0.55,
    r"(?:wrong|other|far) side of the (?:rail|railing|railings|barrier|parapet|ledge|fence)|(?:climbed|climbs|climbing|"
    r"stepped|steps|swung) (?:\w+ ){0,2}over the (?:rail|railing|railings|parapet|ledge)": 0.5,
    r"(?:thought|thinks|thinking|think) (?:about|of) (?:how easy it would be|ending it|jumping|which (?:blade|bridge|pills|rope|way)|"
    r"(?:not |never )waking up|killing " + SELF + r"|the (?:rope|pills|bridge|drop))": 0.5,
    r"how easy it would be to (?:stop|let go|die|end it|fall|jump|disappear)|(?:it would|it'd|would) be (?:a )?relief to (?:let go|stop|die|"
    r"not wake|fall)": 0.45,
    r"(?:doesn't|didn't|don't|does not|did not|do not) want to (?:exist|be here any ?more|wake up|go on|keep going)": 0.5,
    r"(?:suicide|goodbye|farewell) (?:note|letter)s?": 0.6,
    r"(?:stockpil\w*|sav(?:ed|ing|e)|hoard\w*|count(?:ed|ing|s)? out) (?:up )?(?:\w+ ){0,2}(?:pills|tablets|painkillers|meds)": 0.5,
    r"empty (?:pill )?bottles? of (?:pills|tablets|painkillers|sleeping pills)|(?:bottle|packet|bottles) of (?:pills|tablets|"
    r"painkillers) (?:was|were|lay) empty|empty pill bottles?": 0.5,
    r"(?:wasn't|isn't|won't|wouldn't) waking up|(?:wouldn't|won't|couldn't|could not) wake (?:him|her|them) up": 0.3,
    r"walk(?:ed|s|ing)? (?:out )?(?:into|towards|toward) the (?:water|sea|river|lake|waves)": 0.3,
    r"(?:sat|lay|lying|stood|standing|sitting|knelt|kneeling|waited|waiting) (?:down )?on the (?:train |railway |rail )?tracks": 0.45,
    r"(?:waited|waiting|wait|waits) for the (?:train|express|next train)": 0.2,
    r"(?:edge|ledge) of the (?:roof|building|bridge|cliff|platform|tower)": 0.3,
    r"(?:this|my|his|her|the) (?:phone call|call|letter|message|video|text) (?:is|was) (?:my|his|her|their) note": 0.6,
    r"bath ?water (?:had )?(?:gone|turned|was|going) (?:pink|red)": 0.6,
    r"(?:in|inside) the (?:closed |locked )?garage with the engine running|(?:hose|hosepipe|tube) (?:\w+ ){0,3}exhaust": 0.6,
    r"sleeping pills": 0.3,
    r"(?:tried|try|tries|trying|attempt(?:ed|ing|s)?) to end it\b": 0.6,
    r"(?:after|since|before) (?:his|her|my|their) (?:first |second |third |last )?attempt|(?:tried|had tried) to (?:kill|end|take) "
    r"(?:\w+ ){0,2}(?:" + SELF + r"|life|it all)": 0.6,
    r"(?:counting|counted|counts|count|saving|saved|stockpil\w*|hoard\w*) (?:up )?(?:the |his |her |my )?(?:pills|tablets|"
    r"painkillers|sleeping pills)": 0.45,
    r"(?:it|the (?:note|letter)) (?:says|said) (?:sorry|it (?:isn't|wasn't|is not|was not) (?:her|his|your|their|anybody's|anyone's) "
    r"fault)": 0.35,
    r"(?:said|says|thought|think|ruled|decided) (?:that )?(?:he|she|they)(?:'d| had)? jumped": 0.5,
    r"(?:wouldn't mind|want|wanted|wants|wanting|hope|hoped|prefer|preferred) (?:to )?not (?:wak(?:e|ing) up|be(?:ing)? here|exist\w*)|"
    r"not wak(?:e|ing) up (?:again|tomorrow|one (?:day|morning))": 0.5,
    r"left (?:a |his |her )?(?:\w+ )?(?:note|letter)s? (?:\w+ ){0,6}for (?:his|her|their) (?:mother|father|wife|husband|family|"
    r"parents|sister|brother|children|kids|mum|mom|dad)": 0.35,
    r"(?:rifle|gun|pistol|revolver|service weapon) (?:lay|lying|was lying|on the floor) (?:beside|next to|by) (?:him|her|his hand|her hand)": 0.35,
}
GRAPHIC: list[str] = [
    r"(?:slit|slits|slitting|slashed|slashing) " + POSS + r" (?:own )?wrists",
    r"(?:hang(?:ed|ing)|hung) " + SELF,
    r"noose",
    r"blood\w*",
]
FIGURATIVE: list[str] = FIGURATIVE_DEATH + [
    r"(?:gonna|going to|want(?:ed)? to|could|would) kill " + SELF + r" (?:if|when|for)",
    r"kill(?:ed|ing|s)? " + SELF + r" (?:laughing|trying|working|running|getting|doing|for)",
    r"(?:nearly|almost|practically|half|accidentally|damn near|just about|all but) killed " + SELF,
    r"suicide (?:mission|squad|run|doors)",
    r"(?:social|career|political|professional|commercial|fashion|academic|financial|electoral) "
    r"suicide",
    r"suicides? (?:drills?|sprints?|runs?|lines?|knot|pass|shift)",
    r"(?:run|ran|running|runs|do|did|doing) (?:\w+ )?suicides",
    # "attacking now would be suicide", "suicide for my diet"
    r"(?:would|'d|could|might) be (?:pure |sheer |absolute |practically |literally )?suicide",
    r"suicide (?:for|to) (?:my|his|her|your|their|our) (?:\w+ )?(?:diet|career|reputation|image|"
    r"grades?|budget|wallet|figure|love life|social life|chances)",
    r"suicide (?:squeeze|doors?)",
    # a spell, curse or potion named after it ("the Suicide Curse"): a name in a world of magic, not an act
    r"suicide (?:curses?|hex(?:es)?|jinx(?:es)?|charms?|spells?|potions?|runes?|wards?)",
    # scorn or recklessness: "suicidal trash", "a suicidal stunt", "suicidal speed"
    r"suicidal (?:trash|rubbish|nonsense|drivel|garbage|crap|bullshit|stunts?|gambits?|charges?|heroics|bravado|"
    r"recklessness|speeds?|pace|driving|odds|manoeuvres?|maneuvers?)",
]
INTENT_COUNTS = True
SENSES: tuple[OtherSense, ...] = (
    # talk about suicide in the abstract: statistics, prevention courses, lectures
    OtherSense(
        words=[r"suicid\w*"],
        context=[
            r"statistics|rates?|prevention|awareness|lectures?|seminars?|studies|research|module|"
            r"curriculum|textbooks?|epidemiolog\w*|per cent|percent|figures"
        ],
        factor=0.4,
    ),
    # a game's or a sport's "suicide"
    OtherSense(
        words=[r"suicid\w*"],
        context=[r"respawn\w*|bunt|inning|dugout|pitch|squeeze|video ?game|headset|level|player"],
        factor=0.0,
        scope=250,
    ),
)
