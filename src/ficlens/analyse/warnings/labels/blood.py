# ruff: noqa: E501  (one cue a line; a pattern is not split to fit)
"""``blood``: blood shed, bleeding and wounds that bleed."""

from __future__ import annotations

from ficlens.analyse.warnings.labels.fragments import BLOODY_SWEAR, GORE
from ficlens.analyse.warnings.labels.schema import OtherSense

# More of "bloody" as the swear word, for the blood label only (violence keeps BLOODY_SWEAR alone: the trained
# violence model reads its lexicon features as they are):
# before an -ing word, a time, an idea or an everyday thing ("bloody freezing", "whose bloody idea"), not before what
# can bleed or be bled on ("a bloody nose", "a bloody handkerchief", "bloody and swollen").
BLOODY_INTENSIFIER = [
    r"bloody (?:(?!(?:dripping|streaming|oozing|gushing|soaking|seeping|pulsing|spurting|bleeding)\b)[a-z]+ing|"
    r"idea|ideas|time|times|day|days|night|week|job|jobs|car|door|phone|weather|rain|rules?|jokes?|"
    r"questions?|answers?|moron|wanker|tosser|prat|nerve|minute|hour|place|house|point|waste|pain|ages|"
    r"useless|genius|hero|miracle|christ|jesus|god|heck|obvious|impossible|knackered|exhausted|tired|late|"
    r"early|busy|fine|sick|difficult|hard|easy|long|big|little|huge|massive|stupid|awful|terrible|traffic|bus|"
    r"trains?|kids|neighbou?rs|government|council|computer|printer|internet|wifi|laptop|tv|telly|queue|"
    r"meetings?|homework|exams?|paperwork|forms|tourists|pigeons|seagulls|music|noise|alarm|cat|dog)\b"
]
# "bleeding" as the same swear ("a bleeding mistake", "bleeding obvious"): before what cannot bleed, never a noun
# of its own ("the bleeding stopped") nor before a wound or a body ("a bleeding lip", "the bleeding man").
BLEEDING_INTENSIFIER = [
    r"bleeding (?:hell|heck|christ|obvious|marvell?ous|ridiculous|brilliant|useless|typical|well)|"
    r"(?:a|the|this|that|your|his|her|their|my|our|what a|such a) bleeding (?:mistake|mess|joke|disaster|nightmare|shame|"
    r"cheek|nerve|liberty|idiot|fool|git|prat|moron|idea|time|waste|pain|miracle|genius|racket|nuisance|rules?|"
    r"question|answer|point|job|car|door|phone|weather|rain|traffic|bus|train|computer|printer|queue|homework|exams?)\b"
]

CUES: dict[str, float] = {
    r"blood\w*|bled|bleed(?:s|ing)?": 0.6,
    r"gore|gory": 0.7,
    r"scabs?|gash(?:es)?": 0.3,
    r"(?:spat|spits|spit|spitting|coughed|coughs|coughing) (?:up )?(?:red|crimson|scarlet)|(?:bright|red|scarlet|crimson) (?:drops|"
    r"droplets|spatters?|streaks|smears?)": 0.4,
    r"nose (?:is |was |started |kept )?(?:gushing|pouring|streaming|dripping)": 0.45,
}
GRAPHIC: list[str] = GORE
FIGURATIVE: list[str] = (
    BLOODY_SWEAR
    + BLOODY_INTENSIFIER
    + BLEEDING_INTENSIFIER
    + [
        r"bloody (?:hell|idiot|git|brilliant|well|good|fool|mary)",
        r"blood (?:type|test|sugar|pressure|orange)",
        r"(?:bad|new|royal|young|pure) blood",
        r"in cold blood",
        r"blood (?:relative|brother|line)s?",
        r"out for blood",
        r"first blood",
        r"(?:blue|noble|mixed|unmixed|\w+ish|\w+-saxon|gentle|common) blood",
        r"blood-?lines?|bloodhounds?|bloodless\w*",
        r"flesh and blood",
        r"blood (?:is|being) thicker",
        r"blood will (?:out|tell)",
        r"blood[- ]?red|blood colou?r|blood oranges?",
        r"(?:cold|hot|warm|full|blue|half|pure|red|mixed)-?blooded",
        r"blood (?:ran|runs|run|running|turned|went) (?:cold|hot|thin|icy|like ice)|blood (?:runs?|ran) in (?:the|his|her|their|my|our) (?:family|veins)",
        r"blood (?:boil\w*|curdl\w*|froze|freezes|chill\w*)",
        r"blood (?:of (?:the )?\w+ )?(?:curdl\w*|boil\w*)",
        r"blood (?:rush\w*|rose|mounted|flew|drained|surged)(?: \w+)? (?:to|from|in(?:to)?) (?:his|her|my|their) (?:face|cheeks?|head|ears)",
        r"(?:in|of) (?:their|his|her|my|our) blood",
        # blood as a kind of thing, not blood shed: sports, feuds, oaths, magic, donations
        r"blood[- ]?(?:sports?|feuds?|oaths?|pacts?|magic|money|debts?|price|moons?|banks?|donors?|drives?|"
        r"donations?|samples?|work|counts?|groups?|thirst\w*|lust)",
        r"(?:give|gives|gave|given|giving|donat\w*) blood",
        r"blood is thicker than water|pure-?bloods?|half-?bloods?|"
        r"mudbloods?|sweat(?:ed|s|ing)? blood|blood (?:group|type)s?",
        # blood as lineage: purity, status, the traitors of a doctrine of blood; a history called bloody
        r"blood[- ]?(?:purity|status|traitors?|supremac\w*|prejudices?|lines?|relatives?|relations?|ties|kin)|"
        r"purity of (?:the |their |his |her )?blood|related by blood",
        r"bloody (?:history|histories|past|reign|legacy|record|reputation)",
    ]
)
SENSES: tuple[OtherSense, ...] = (
    # red paint, ketchup or stage blood taken for blood: "you're bleeding -- it's paint"
    OtherSense(
        words=[r"blood\w*|bled|bleed(?:s|ing)?"],
        context=[
            r"paint|paintball\w*|ketchup|jam|fake|stage blood|costume|halloween|"
            r"corn syrup|food colou?ring|lipstick|nail polish|props?|mascots?|stuffing|plush\w*|puppets?|"
            r"stuffed (?:toys?|animals?)"
        ],
        factor=0.3,
        scope=250,
    ),
    # once "bloody" swears in a passage ("bloody hell"), its other "bloody X" are swearing too
    OtherSense(
        words=[r"bloody"],
        context=[r"bloody (?:hell|well|idiot|git|fool|vicar|typical|marvellous|brilliant)"],
        factor=0.2,
        scope=400,
    ),
)
