# ruff: noqa: E501  (one cue a line; a pattern is not split to fit)
"""``kidnapping``: a person held for leverage or ransom."""

from __future__ import annotations

from ficlens.analyse.warnings.labels.fragments import TEASING
from ficlens.analyse.warnings.labels.schema import OtherSense

# A party or a surprise around the word: a birthday "kidnapping".
PARTY = [r"birthday|surprise|party|cake|presents?|pranks?|games?"]
# Hands or feet bound: zip ties, tape.
_BOUND = r"(?:wrists?|hands|ankles|arms) (?:were |was )?(?:zip-?tied|cable-?tied|taped|bound|tied) (?:behind|together)|zip-?ties?"

CUES: dict[str, float] = {
    r"i want (?:a car|a helicopter|a plane|a jet|a boat|safe passage|(?:my|our) (?:brother|sister|son|wife|husband|men|friend|"
    r"boss|leader) (?:out|released|freed))": 0.4,
    # the call ("if you want to see your son again ... no police"), the demands, proof that a captive lives
    r"(?:if you (?:ever )?)?want to see (?:your|him|her|them) (?:\w+ )?(?:alive )?again": 0.45,
    r"no police|(?:don't|do not) (?:call|tell|contact|go to) the (?:police|cops|feds)": 0.4,
    r"unmarked bills": 0.4,
    r"(?:the |their )?demands (?:were|was|are|is|came)": 0.35,
    r"release (?:our|their|the) (?:commander|leader|prisoners?|comrades?|men|brothers?)": 0.4,
    r"prove (?:she|he|they) (?:was|were|is|are) still alive": 0.4,
    r"held (?:him|her|them|[a-z]+) for (?:\w+ )?(?:days|weeks|months) in (?:a|the) (?:room|cell|cellar|basement|shed|hut)": 0.45,
    # the word alone names a taking (abduction's, which reads it through classifier.RELATED_CUES); what makes it
    # kidnapping is the leverage: a ransom, a hostage, demands (taxonomy.md), so it counts only beside one of those
    r"kidnap\w*": 0.3,
    r"ransom\w*": 0.7,
    r"hostages?": 0.6,
    r"(?:held|holding|holds|hold|kept|keeping|keeps|keep) (?:him|her|them|me|us|you) (?:captive|for ransom)": 0.7,
    # the call to the family, the demands, the bargaining over a captive
    r"(?:we|i) (?:have|'ve got|got) your (?:daughter|son|wife|husband|child|kid|brother|sister|mother|father|girl|boy|friend|partner)": 0.7,
    r"captors?": 0.45,
    r"in exchange for (?:his|her|their|the) (?:release|return|safety|life|lives)": 0.55,
    r"(?:for|in exchange for|in return for) (?:his|her|their|the [\w']+) (?:safe )?(?:return|release)": 0.55,
    r"demand(?:ed|ing|s)? (?:\w+ )?(?:million|thousand|hundred|grand)": 0.5,
    r"demand(?:ed|ing|s)? (?:the release|a ransom|money|payment|gold)|negotiat(?:ed|ing|e)? (?:\w+ ){0,5}(?:for|over) (?:his|her|their) "
    r"(?:release|return|freedom|life)": 0.5,
    r"held (?:the |his |her |their )?(?:[\w']+ )?(?:son|daughter|wife|child|children|heir|family|brother|sister|husband|mother|"
    r"father) (?:\w+ ){0,6}(?:until|till) (?:the )?(?:gold|money|ransom|payment|debt|demands?)": 0.6,
    r"(?:until|till) the (?:gold|money|ransom|payment|debt) (?:was|were|had been) (?:paid|delivered|handed over)": 0.45,
    r"held (?:captive |prisoner |hostage )?by (?:pirates|bandits|rebels|terrorists|the cartel|kidnappers|brigands|smugglers)": 0.5,
    r"(?:the |a |hostage )?negotiator": 0.45,
    r"(?:or )?you(?:'ll| will) never see (?:him|her|them) (?:alive )?again": 0.35,
    r"(?:a|the) (?:bag|sack|hood) over (?:his|her|their|my) head": 0.35,
    r"(?:shoved|bundled|dragged|threw|pushed|forced) (?:him|her|them|me) into (?:a|the|an) (?:\w+ )?(?:van|car|truck|boot|trunk)": 0.45,
    r"proof of life|(?:with|for|named|set|demanding) a price": 0.3,
    r"(?:sending|send|sent|start sending) (?:her|him|them) (?:home|back) in pieces|(?:a|one) (?:finger|ear|piece) at a time": 0.5,
    r"(?:they|we|the \w+) (?:had|have|has|'ve got|got) (?:his|her|your|my|their) (?:little )?(?:sister|brother|daughter|son|wife|"
    r"husband|mother|father|kid|child|family)(?=[,.;!?]| and)": 0.35,
    r"unmarked bills|(?:ransom )?(?:note|demand|call|letter) (?:\w+ ){0,6}(?:unmarked|a million|millions)": 0.5,
    r"or (?:the child|the girl|the boy|your (?:son|daughter|wife|husband|child|kid)) (?:dies|gets hurt|is dead)": 0.45,
    r"gun (?:pressed|held|jammed|shoved) (?:\w+ ){0,2}(?:to|against|under) (?:\w+ ){0,2}(?:head|jaw|temple|throat)": 0.3,
    r"(?:the )?(?:men|people|gang|ones|guards) (?:holding|keeping|guarding) (?:him|her|them|me)": 0.35,
    r"(?:sent|send|sending|sends) (?:\w+ ){0,3}(?:video|photo|footage|tape|recording|letter)s? (?:\w+ ){0,6}(?:price|demands?)|"
    r"the price(?:,)? (?:which )?(?:went|goes|going) up": 0.35,
    r"(?:chain|chains|shackle|cuff)s? (?:round|around|on) (?:his|her|my|their) (?:ankle|wrist|neck)|chained (?:him |her |them |me )?"
    r"to (?:a|the) (?:radiator|wall|bed|pipe|post|ring|floor)": 0.35,
    r"(?:bag|sack|hood) (?:went|was pulled|was shoved|was thrown|came down) over (?:his|her|their|my) head": 0.35,
    r"(?:until|till|unless) (?:he|she|they|your \w+) pays?\b|(?:you're|you are|he's|she's|as) collateral": 0.4,
    r"(?:photo|picture|video) of (?:him|her|them) (?:\w+ ){0,2}(?:with|holding) (?:that day's|today's|a|the) (?:\w+ )?newspaper": 0.45,
    _BOUND: 0.3,
    r"(?:collecting|collect|get|getting|send|sending) (?:you|him|her|them) (?:back )?in pieces": 0.45,
    r"demand(?:ed|ing|s)? (?:that )?(?:the )?(?:[\w']+ )?(?:family |parents |company |firm )?(?:pay|payment|hand over)": 0.45,
    r"(?:and|or) (?:the (?:boy|girl|child|prince|princess|lad|lass)|he|she) (?:goes|will go|walks|comes) home": 0.3,
    r"(?:whether|if) (?:the )?(?:\w+ )?(?:would|will) pay": 0.3,
    r"(?:hand|hands) over (?:the|your|his|her) (?:\w+ )?(?:by|before) (?:midnight|dawn|noon|tomorrow|tonight|\w+day)": 0.35,
    r"(?:within|in) (?:twenty-four|forty-eight|seventy-two|24|48|72) hours": 0.2,
}
FIGURATIVE: list[str] = [
    r"(?:held|hold|holds|holding|kept|keep|keeps|keeping) (?:the|that|this|my|his|her|their|your|our) (?!(?:child|children|kid|"
    r"kids|baby|boy|girl|daughter|son|wife|husband|family|crew|passengers?|people|prisoners?|hostages?|friends?|brother|"
    r"sister|mother|father|parents?)\b)[\w']+ hostage",
    # the cat "kidnapped" a sock
    r"(?:cat|dog|kitten|puppy|raccoon|magpie|crow|squirrel|ferret|fox|toddler)s? (?:had |has |have )?kidnap\w*",
    r"kidnap(?:ped|s|ping)? (?:his|her|my|your|their|the|a|an|our) (?:\w+ )?(?:socks?|shoes?|phones?|remote|keys|pens?|hats?|"
    r"toys?|snacks?|chips|fries|hoodie|jumper|sweater|blanket|pillow|charger|book|laptop|seat|spot|coffee|tea|mug)",
    # "I'm kidnapping you for brunch"
    r"kidnap(?:ping|ped|s)? (?:you|him|her|them|us|me|your \w+|my \w+) for (?:a |the |an )?(?:spa|shopping|brunch|lunch|"
    r"dinner|coffee|drinks|day|night|weekend|road trip|movie|date|party|sleepover|picnic|holiday|girls'|boys')",
    r"(?:held|hold|holds|holding) (?:the|a|this|that|our|their|his|her) (?:whole |entire )?(?:city|country|town|nation|"
    r"world|club|team|industry|government|economy|market|company|league|fans|public) (?:to )?(?:ransom|hostage)",
]
SENSES: tuple[OtherSense, ...] = (
    # a friend "kidnapped" for a birthday surprise, a joke
    OtherSense(words=[r"kidnap\w*|hostages?"], context=TEASING + PARTY, factor=0.3, scope=300),
    OtherSense(
        words=[r"hostages?"],
        context=[r"remote|tv|telly|phone|laptop|controller|biscuits|snacks|charger|wifi|password|blanket"],
        factor=0.3,
        scope=300,
    ),
    # a novel's title or a set text
    OtherSense(
        words=[r"kidnap\w*"],
        context=[r"novels?|set texts?|chapters?|authors?|paperback|reading list"],
        factor=0.3,
        scope=200,
    ),
)
