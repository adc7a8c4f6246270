# ruff: noqa: E501  (one cue a line; a pattern is not split to fit)
"""``violence``: blows, weapons, attacks, killing and torture."""

from __future__ import annotations

from ficlens.analyse.warnings.labels.fragments import BLOODY_SWEAR, FIGURATIVE_DEATH, GORE, PERSON, POSS, SELF

# Cutting cloth and prices: "white cashmere slashed with pale blue satin", "slashed sleeves", "slashed prices".
SLASHED_CLOTH = [
    r"slash(?:ed|es|ing)? (?:with|in|to show) (?:\w+ ){0,3}?(?:satin|silk|velvet|lace|linen|taffeta|brocade|"
    r"cloth|gold|silver|scarlet|crimson|white|black|blue|red|green|yellow|purple|pink|rose|cream|ivory)\w*",
    r"slashed (?:sleeves?|doublets?|bodices?|skirts?|breeches|hose|gowns?|jackets?|prices?|costs?|rates?|"
    r"budgets?|taxes|fares|wages|salaries|spending)",
]
# Verbs with a thing as object that are no act on a person: attacking a meal or a task ("attacked a second lump of
# sugar", "attacked the problem").
FOOD = (
    r"(?:sugar|food|breakfast|lunch|luncheon|dinner|supper|tea|meal|meat|bread|cake|pie|pudding|toast|eggs?|"
    r"bacon|beef|mutton|ham|chicken|soup|porridge|salad|sandwich(?:es)?|biscuits?|plate|dish(?:es)?|bowl|"
    r"muffins?|oysters?|fish|cheese|dessert|fruit|apples?|victuals|provisions|viands)"
)
TASK = (
    r"(?:problem|task|work|job|question|subject|puzzle|essay|homework|chores?|accounts|papers|letters?|"
    r"correspondence|pile|heap|dishes|garden|weeds|crossword|speech|book|chapter|case)"
)
ATTACK_THING = [
    r"attack(?:s|ed|ing)? (?:(?:a|an|the|his|her|their|my|our|its|your|some|another|a second|a third|"
    r"the rest of (?:the|his|her|their|my)) )?(?:\w+ )?(?:(?:lumps?|pieces?|slices?|plates?|platefuls?|"
    r"bowls?|helpings?|portions?|mouthfuls?|heaps?|piles?|cups?|rest) of (?:the |his |her |their |my )?)?"
    + f"(?:{FOOD}|{TASK})",
    # tearing into a meal, a task or a tune: "he tore into a killer solo"
    r"(?:tore|tears|tearing|torn) into (?:(?:a|an|the|his|her|their|my|our|its|your) )?(?:\w+ )?"
    + f"(?:{FOOD}|{TASK}|solos?|songs?|riffs?|sets?|tunes?|numbers?|encores?)",
]
# Phrasal verbs whose object is sent away, not hurt: "kick her out", "kicked him off the team".
KICK_OUT = [r"kick(?:s|ed|ing)? " + PERSON + r" (?:out|off|upstairs|downstairs)\b(?! of (?:bed|the way))"]

CUES: dict[str, float] = {
    r"punch(?:ed|es|ing)?": 0.6,
    r"kick(?:ed|ing|s)? " + PERSON: 0.55,
    r"stab(?:bed|bing|s)?": 0.65,
    r"slash(?:ed|es|ing)?": 0.45,
    r"strangl\w*|chok(?:ed|es|ing) " + PERSON: 0.6,
    r"shot (?:him|her|me|them|us|you|dead)|"
    r"shoot(?:ing|s)? (?:him|her|me|them|us|you|at)|gunshot\w*|gunfire": 0.6,
    r"murder(?:ed|ing|er|ers|s)?": 0.55,
    r"tortur\w*": 0.65,
    r"assault(?:ed|ing|s)?|attack(?:ed|ing|er|ers)?": 0.45,
    r"brass knuckles": 0.6,
    r"(?:hit|hits|hitting|slapped|slapping|slaps|smacked|smacking|smacks|beat|beating|beaten|beats) " + PERSON: 0.5,
    r"beat(?:ing|s|en)? (?:\w+ )?(?:up|to death)": 0.6,
    r"mugg(?:ed|ing)|mugger\w*": 0.5,
    r"bruis(?:e|es|ed|ing)": 0.35,
    r"(?:blow|blows) (?:met|to) " + POSS: 0.55,
    r"wound(?:s|ed)?|injur\w*": 0.35,
    r"kill(?:s|ed|ing)?|killer\w*": 0.45,
    r"fight(?:s|ing)?|fought|brawl\w*": 0.25,
    r"(?:slammed|slams|slamming) (?:him|her|me|them|us|you) "
    r"(?:into|against)|pinned (?:him|her|me|them|us|you) (?:to|against)": 0.45,
    r"(?:broke|breaks|breaking) " + POSS + r" (?:nose|arm|jaw|ribs?|leg|neck)": 0.6,
    r"bleed\w*|blood\w*": 0.2,
    r"weapon\w*|knife|knives|blade|gun|pistol|rifle": 0.2,
    r"scream(?:ed|ing|s)? in pain": 0.35,
    r"claw(?:ed|s)? (?:at|into)|tore into|slashes": 0.35,
    r"violen(?:ce|t)": 0.45,
    r"massacre\w*|slaughter\w*": 0.6,
    r"(?:knife|blade|dagger|sword|bullet|claws?) (?:slid|sank|plunged|drove|buried|ripped|tore|cut|sliced) (?:\w+ )?(?:into|between|through|across)": 0.6,
}
GRAPHIC: list[str] = GORE
FIGURATIVE: list[str] = (
    FIGURATIVE_DEATH
    + BLOODY_SWEAR
    + SLASHED_CLOTH
    + ATTACK_THING
    + KICK_OUT
    + [
        r"kill(?:s|ed|ing)? " + SELF,
        # looks, glances and messages are shot and stab; attacks of illness; beating someone at a game; violent weather
        r"(?:shot|shoot(?:s|ing)?) (?:"
        + PERSON
        + r" )?(?:a |an |one )?(?:\w+ ){0,2}(?:looks?|glances?|glares?|smiles?|grins?|winks?|stares?|frowns?|scowls?|"
        r"texts?|messages?|e-?mails?|notes?|lines?|questions?|replies|reply|reminders?)",
        r"stab(?:s|bed|bing)? "
        + PERSON
        + r" with (?:a |an |his |her |their |my )?(?:\w+ )?(?:glances?|looks?|glares?|stares?|eyes|fingers?)",
        r"stabs? (?:of|at)|verbal stabs?|(?:took|take|takes|taking|have|had|make|made) a stab",
        r"(?:heart|panic|anxiety|asthma|allergy) attacks?|attacks? of|attacked by (?:no |a )?(?:regrets?|doubts?|fits?|fever|illness|nausea|sickness)",
        r"beat(?:s|en)? " + PERSON + r" (?:at|to (?:it|the)|hands down|fair and square|any ?(?:time|day))",
        r"violent(?:ly)? (?:storms?|winds?|gusts?|rain|cough\w*|headaches?|tempers?|passions?|emotions?|blush\w*|trembl\w*|shak\w*|shiver\w*|sneez\w*|fits?|colds?|fevers?|reactions?|changes?|contrasts?|indignation|grief|love|jealousy|agitation|abrogation)",
        r"violent in (?:his|her|their|my) temper",
        # violence talked of as a choice or a topic, not done: "no need to resort to violence", "violence is never the
        # answer", "more ways to get things done than violence"
        r"resort(?:s|ed|ing)? to (?:\w+ )?violence",
        r"(?:need|call|room|place|excuse|reason) for (?:\w+ )?violence",
        r"violence (?:is|was|isn't|wasn't|is not|was not|never) (?:never |not |always |rarely )?(?:the|an|a) "
        r"(?:answer|solution|way|option|choice)",
        r"than (?:just |mere |simple |more |brute )?violence",
        r"non-?violen(?:ce|t\w*)",
        r"(?:condon\w*|renounc\w*|abhor\w*|glorif\w*|preach\w*) (?:\w+ )?violence",
        # a strangled sound is a choked-off one: "a half-strangled moan", "a strangled laugh"
        r"(?:half-?)?strangled (?:little |low |high |soft |sort of )?(?:moans?|sounds?|cry|cries|gasps?|noises?|laughs?|"
        r"sobs?|voice|yelps?|whimpers?|groans?|whines?|breaths?|shouts?|screams?|squeaks?|grunts?|whispers?|"
        r"giggles?|snorts?|squawks?|yells?|curses?|chuckles?|hiccups?|protests?|exclamations?|syllables?|words?)",
        # "kicked her blanket away": "her" the possessive, a thing the object
        r"kick(?:s|ed|ing)? (?:his|her|their|my|your|our) (?:\w+ )?(?:blankets?|covers|sheets?|duvet|quilt|"
        r"comforter|shoes|boots|heels|sandals|slippers|socks|feet|legs|heels|bag|ball|door|chair|stool|pebbles?|"
        r"stones?|trunk|suitcase|habit|game|way|engine)",
    ]
)
