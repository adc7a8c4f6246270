# ruff: noqa: E501  (tables of patterns read best one label per block)
"""Per-label cue lexicons: the cheap first stage of the passage classifier.

Each label has weighted cue patterns (evidence that the content is there), patterns that mark explicit or gory
telling (severity ``graphic``) and figures of speech that cancel an overlapping cue ("dying of embarrassment",
"dead end"). Weights are hand-set evidence strengths in [0, 1], combined by noisy-or in :mod:`.context`; they were
written from TAXONOMY.md's definitions and the dataset authors' keyword lists, not fitted to labelled data.
Matching runs on :func:`normalize`-d text: lower-cased, curly apostrophes folded to ``'``, same length (so
offsets hold); patterns are compiled without IGNORECASE, which makes Python's regex engine about 2.5x faster.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ficlens.analyse.warnings.labels import LABELS

_FLAGS = 0  # patterns are lower-case and run on normalize()d text
_APOSTROPHES = (("\u2019", "'"), ("\u2018", "'"), ("\u02bc", "'"), ("\u201c", '"'), ("\u201d", '"'))

PRON = r"(?:him|her|me|them|us|you|it)"
POSS = r"(?:his|her|my|their|your|our)"
SELF = r"(?:myself|himself|herself|themselves|themself|yourself|ourselves)"
PERSON = r"(?:him|her|me|them|us|you)"  # a person as object: "kicked it" / "hit it off" are not violence
NUM_MINOR = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|1[0-7])"


def fold(text: str) -> str:
    """Curly quotes to straight ones; the result has the same length as ``text``."""
    for curly, straight in _APOSTROPHES:  # five str.replace passes are ~10x faster than one str.translate
        if curly in text:
            text = text.replace(curly, straight)
    return text


def normalize(text: str) -> str:
    """Folded and lower-cased, character for character (a character whose lower case is longer stays as is)."""
    folded = fold(text)
    low = folded.lower()
    if len(low) == len(folded):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in folded)


@dataclass(frozen=True, slots=True)
class Cue:
    pattern: re.Pattern[str]
    weight: float


@dataclass(frozen=True, slots=True)
class Sense:
    """Another sense of a cue word, told by its sentence: a cue overlapping ``word`` has its weight multiplied by
    ``factor`` when ``context`` occurs in the cue's sentence ("bitch" next to "puppies" is a dog: 0; in a joke it is
    teasing: 0.5)."""

    word: re.Pattern[str]
    context: re.Pattern[str]
    factor: float


@dataclass(frozen=True, slots=True)
class LabelLexicon:
    label: str
    cues: tuple[Cue, ...]
    graphic: re.Pattern[str] | None
    figurative: re.Pattern[str] | None
    intent_counts: bool  # a wish, plan or threat is itself the content (suicide ideation), so modals don't cancel
    any_cue: re.Pattern[str]
    senses: tuple[Sense, ...] = ()


def _words(alternatives: list[str]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", _FLAGS)


# Idioms that look like violence/death but are figures of speech (TAXONOMY.md's traps).
FIGURATIVE_DEATH = [
    r"dead (?:end|ends|tired|serious|silence|weight|ringer|set|last|center|centre|on|wrong|right|sure|beat|asleep)",
    r"deadline\w*", r"drop[- ]dead", r"dying (?:to|for|of (?:embarrassment|shame|laughter|boredom|curiosity))",
    r"(?:bored|scared|frightened|worried|tickled|loved) to death", r"to die for", r"die (?:laughing|of embarrassment)",
    r"(?:i|i'm|i am) (?:so )?dying", r"kill(?:s|ing)? (?:me|him|her) (?:now|already)", r"(?:you're|you are|it's|this is) killing me",
    r"killer (?:smile|look|instinct|body|abs|outfit|heels|app)", r"over my dead body", r"dead to (?:me|the world)",
    r"kill (?:time|the (?:mood|lights|engine|music))", r"murder (?:a|the) (?:song|burger|pizza|sandwich)",
    r"(?:would|could|might|gonna|going to) die of (?:embarrassment|shame)", r"(?:wanted|want) to die of",
    r"if looks could kill", r"deathly (?:pale|quiet|still|afraid)", r"death glare", r"death grip",
    r"killed it", r"slayed", r"(?:mental|emotional) (?:punch|blow|slap)\w*", r"(?:like )?a punch (?:to|in) the gut",
    r"fear of dying", r"abort (?:the )?(?:mission|plan)", r"bloody (?:hell|idiot|git|brilliant|well|good|fool)",
    # "buried his face in Derek's neck", "died out of knowledge", "a grave man", "a dead loss", "mournful gloom"
    r"bur(?:y|ies|ied|ying) (?:(?:his|her|my|their|your|its|our) )?(?:face|head|nose|hands?|fingers|chin|mouth)",
    r"buried (?:\w+ ){0,3}in (?:the |his |her |my |their |a )?(?:pockets?|pillows?|hands|hair|work|books?|thoughts?|papers?|blankets?|covers|sheets|snow|sand)",
    r"(?:died|dies|dying|die) (?:out|away|down)", r"dead (?:loss|calm|heat|giveaway|drunk|of (?:night|winter))",
    r"(?:a|an|and|very|most|more|so|too|rather|quite|looked|look|looking|seemed|grew|became) grave (?!(?:of|in|was|where|by|"
    r"beside|with|to|and|for|at|on|under|that|which|had|has|is|digger|\w*stone|yard)\b)[a-z]+",
    r"(?:was|were|is|are|looked|seemed|grew|became|very|most|so|too|rather|quite) grave(?=[,;.!?])",
    r"grave (?:man|men|woman|women|face|faces|voice|tone|look|looks|air|manner|expression|eyes|danger|mistake|error|concern|doubts?|matter|issue|consequences|offen[cs]e|risk|fault|countenance|smile|silence|demeanou?r|question|news|situation|misgivings|reservations)",
    r"mournful\w*",
    # "a hollow, dead voice", "dead leaves", "a dead battery": lifeless-seeming things, not a death
    r"dead (?:voice|voices|tone|tones|monotone|stare|gaze|expression|hush|stillness|leaves|flowers|grass|wood|branch\w*|"
    r"twigs?|batter(?:y|ies)|phone|line|letter|language|bolt|march|reckoning|level|straight|ahead|still|quiet)",
    # looks: "a cadaverousness of complexion", "corpse-like pallor"
    r"cadaverous\w*", r"corpse-?like",
    # moving on or handing on: "accosted me and passed on", "passed on the news", "passed on to the next room"
    r"(?:and|then) passed on(?= *[,.;:!?])", r"passed on (?:without|through|into|along|down|up|across|over|towards?|the|a|an|"
    r"his|her|their|my|its|some|word|news|messages?|information|to (?!(?:a |the )?(?:better|next|other) (?:place|world|"
    r"life|side)\b))",
]


# "bloody" as a swear word: before a people noun, a demonym, an insult or an adjective/adverb ("these bloody
# English", "a bloody fool", "bloody well", "bloody awful"), not before what can bleed ("a bloody nose").
BLOODY_SWEAR = [r"bloody(?:-minded\w*| (?:(?:\w+ish|\w+ese|english|french|dutch|scots?|irish|yanks?|yankees?|germans?|"
                r"americans?|russians?|italians?|foreigners?|fool\w*|idiot\w*|bastards?|beggars?|rascals?|swine|brutes?|"
                r"people|lot|men|women|kids?|children|thing|things|business|nonsense|nuisance|shame|cheek|mess|hell|well|"
                r"good|great|awful|stupid|mad|marvell?ous|ridiculous|lucky|sure|right|typical|silly|cold|hot|stuff|"
                r"[a-z]+ly)\b))"]
# Cutting cloth and prices: "white cashmere slashed with pale blue satin", "slashed sleeves", "slashed prices".
SLASHED_CLOTH = [r"slash(?:ed|es|ing)? (?:with|in|to show) (?:\w+ ){0,3}?(?:satin|silk|velvet|lace|linen|taffeta|brocade|"
                 r"cloth|gold|silver|scarlet|crimson|white|black|blue|red|green|yellow|purple|pink|rose|cream|ivory)\w*",
                 r"slashed (?:sleeves?|doublets?|bodices?|skirts?|breeches|hose|gowns?|jackets?|prices?|costs?|rates?|"
                 r"budgets?|taxes|fares|wages|salaries|spending)"]
# Verbs with a thing as object that are no act on a person: attacking a meal or a task ("attacked a second lump of
# sugar", "attacked the problem").
FOOD = (r"(?:sugar|food|breakfast|lunch|luncheon|dinner|supper|tea|meal|meat|bread|cake|pie|pudding|toast|eggs?|"
        r"bacon|beef|mutton|ham|chicken|soup|porridge|salad|sandwich(?:es)?|biscuits?|plate|dish(?:es)?|bowl|"
        r"muffins?|oysters?|fish|cheese|dessert|fruit|apples?|victuals|provisions|viands)")
TASK = (r"(?:problem|task|work|job|question|subject|puzzle|essay|homework|chores?|accounts|papers|letters?|"
        r"correspondence|pile|heap|dishes|garden|weeds|crossword|speech|book|chapter|case)")
ATTACK_THING = [r"attack(?:s|ed|ing)? (?:(?:a|an|the|his|her|their|my|our|its|your|some|another|a second|a third|"
                r"the rest of (?:the|his|her|their|my)) )?(?:\w+ )?(?:(?:lumps?|pieces?|slices?|plates?|platefuls?|"
                r"bowls?|helpings?|portions?|mouthfuls?|heaps?|piles?|cups?|rest) of (?:the |his |her |their |my )?)?"
                + f"(?:{FOOD}|{TASK})"]
# A battle or war with oneself, one's feelings or an illness is a struggle ("lost the battle to hold them back",
# "a losing battle with sleep", "a war of words", "a battle of wills"), not war.
STRUGGLE = [r"(?:los[et]|losing|won|win|winning|fought|fight|fighting|wag(?:e|ed|ing)|gave up|give up|giving up) (?:the|a|an|this|"
            r"that|his|her|their|my|our|its|every|one) (?:\w+ )?(?:battle|war)s? (?:to|with|against|for|of)\b",
            r"(?:uphill|losing|inner|internal|private|silent|constant|endless|daily|long|eternal|little) (?:battle|war)s?",
            r"(?:battle|war)s? (?:of (?:wills|wits|words|nerves|the sexes|attrition)|with (?:(?:his|her|my|their|your|the) )?(?:self|"
            r"conscience|feelings|emotions|tears|sleep|nerves|temper|weight|illness|cancer|depression|addiction|bottle)|"
            r"with (?:himself|herself|myself|themselves|yourself)|against (?:(?:his|her|my|their|the) )?(?:tears|sleep|feelings|"
            r"emotions|urge|temptation|illness|cancer|disease))",
            r"(?:price|turf|flame|bidding|pillow|culture|console|format|browser) wars?", r"war[- ](?:bag|paint)s?"]
# Phrasal verbs whose object is sent away, not hurt: "kick her out", "kicked him off the team".
KICK_OUT = [r"kick(?:s|ed|ing)? " + PERSON + r" (?:out|off|upstairs|downstairs)\b(?! of (?:bed|the way))"]


def _sense(words: list[str], context: list[str], factor: float) -> Sense:
    return Sense(_words(words), _words(context), factor)


def _lex(label: str, cues: dict[str, float], graphic: list[str] | None = None,
         figurative: list[str] | None = None, intent_counts: bool = False,
         senses: tuple[Sense, ...] = ()) -> LabelLexicon:
    compiled = tuple(Cue(re.compile(r"\b(?:" + pattern + r")\b", _FLAGS), weight) for pattern, weight in cues.items())
    return LabelLexicon(
        label=label,
        cues=compiled,
        graphic=_words(graphic) if graphic else None,
        figurative=_words(figurative) if figurative else None,
        intent_counts=intent_counts,
        any_cue=re.compile(r"\b(?:" + "|".join(cues) + r")\b", _FLAGS),
        senses=senses,
    )


GORE = [r"gore", r"gory", r"entrails", r"intestines", r"guts spill\w*", r"brains? (?:matter|splatter\w*)",
        r"splatter\w*", r"spurt\w*", r"gush\w*", r"pool(?:s|ed)? of blood", r"soaked in blood", r"blood[- ]soaked",
        r"torn (?:flesh|open)", r"ripped (?:open|apart|out)", r"(?:bone|skull)s? (?:crack|snap|shatter|crunch)\w*",
        r"crunch of bone", r"exposed bone", r"severed", r"decapitat\w*", r"disembowel\w*", r"mangled",
        r"viscera", r"slit (?:his|her|their) throat", r"eyes? gouged"]
# "cock" is the penis only as a noun: not "cock his head", "cocked the pistol", "cocktail", "cockpit", "cocky"
COCK = r"cock(?:s)?(?! (?:(?:his|her|my|their|your|its|an|one|the|a) )?(?:heads?|ears?|eyebrows?|brows?|hats?|guns?|pistols?|rifles?|revolvers?|hammers?|triggers?|fists?|legs?|hips?|eyes?|chins?|crow\w*|a-hoop)\b)"
NOT_COCK = [r"cock(?:s|ed|ing)? (?:(?:his|her|my|their|your|its|an|one|the|a) )?(?:heads?|ears?|eyebrows?|brows?|hats?|guns?|pistols?|rifles?|revolvers?|hammers?|triggers?|fists?|legs?|hips?|eyes?|chins?)",
            r"(?:the |a )?cock (?:crow\w*|a-hoop)|cock-?crow\w*|cocked hats?"]
SEX_EXPLICIT = [COCK, r"cum(?:s|ming|med)?", r"pussy", r"clit\w*", r"orgasm\w*", r"ejaculat\w*", r"semen",
                r"come(?:s)? (?:inside|all over|in (?:his|her|my) (?:mouth|ass))", r"dick", r"penis", r"vagina",
                r"balls deep", r"thrust(?:s|ed|ing)? (?:into|inside)", r"blowjob|blow job|handjob|hand job",
                r"rimm(?:ed|ing) (?:him|her|me|his|my)", r"prostate", r"hole", r"lube\w*"]

_LEXICONS: list[LabelLexicon] = [
    _lex("pornographic-content", {
        COCK + r"|dick|penis|vagina|pussy|clit\w*": 0.45, r"orgasm\w*|ejaculat\w*|semen|climax(?:ed|ing)": 0.45,
        r"cum(?:s|ming|med)?|come(?:s)? (?:inside|all over)": 0.45, r"blowjob|blow job|handjob|hand job|rimm(?:ed|ing) (?:him|her|me|his|my)": 0.6,
        r"thrust(?:s|ed|ing)? (?:into|inside|deeper|harder)": 0.45, r"(?:fuck|fucked|fucking) (?:him|her|me|you|them) "
        r"(?:hard|harder|deep|deeper|senseless|into|against)": 0.6, r"erection|hard-?on|arousal|aroused": 0.3,
        r"lube\w*|condom\w*": 0.3, r"nipples?": 0.25, r"(?:had|having|have) sex|made love|making love": 0.35,
        r"moan(?:ed|ing|s)?": 0.15, r"naked|nude": 0.15, r"(?:his|her) (?:length|shaft|entrance)": 0.35,
        r"finger(?:ed|ing|s)? (?:him|her)self|finger(?:ed|ing) (?:him|her)": 0.4, r"prostate": 0.4,
        r"grind(?:ing|ed)? (?:against|into)": 0.25, r"stroked? (?:him|his|her) (?:cock|dick|length)": 0.6,
    }, graphic=SEX_EXPLICIT, figurative=NOT_COCK),
    _lex("violence", {
        r"punch(?:ed|es|ing)?": 0.6, r"kick(?:ed|ing)? " + PERSON: 0.55, r"stab(?:bed|bing|s)?": 0.65,
        r"slash(?:ed|es|ing)?": 0.45, r"strangl\w*|chok(?:ed|ing) (?:him|her|me|them)": 0.6, r"shot (?:him|her|me|them|dead)|"
        r"shoot(?:ing|s)? (?:him|her|me|them|at)|gunshot\w*|gunfire": 0.6, r"murder(?:ed|ing|er|ers|s)?": 0.55,
        r"tortur\w*": 0.65, r"assault(?:ed|ing|s)?|attack(?:ed|ing|er|ers)?": 0.45, r"brass knuckles": 0.6,
        r"(?:hit|hits|hitting|slapped|slapping|smacked|beat|beating|beaten) " + PERSON: 0.5,
        r"beat(?:ing)? (?:\w+ )?(?:up|to death)|beaten up": 0.6, r"mugg(?:ed|ing)|mugger\w*": 0.5,
        r"bruis(?:e|es|ed|ing)": 0.35, r"(?:blow|blows) (?:met|to) " + POSS: 0.55, r"wound(?:s|ed)?|injur\w*": 0.35,
        r"kill(?:s|ed|ing)?|killer\w*": 0.45, r"fight(?:s|ing)?|fought|brawl\w*": 0.25, r"slammed (?:him|her|me|them) "
        r"(?:into|against)|pinned (?:him|her|me) (?:to|against)": 0.45, r"broke (?:his|her|my) (?:nose|arm|jaw|ribs?|leg|neck)": 0.6,
        r"bleed\w*|blood\w*": 0.2, r"weapon\w*|knife|knives|blade|gun|pistol|rifle": 0.2, r"scream(?:ed|ing|s)? in pain": 0.35,
        r"claw(?:ed|s)? (?:at|into)|tore into|slashes": 0.35, r"violen(?:ce|t)": 0.45, r"massacre\w*|slaughter\w*": 0.6,
        r"(?:knife|blade|dagger|sword|bullet|claws?) (?:slid|sank|plunged|drove|buried|ripped|tore|cut|sliced) (?:\w+ )?(?:into|between|through|across)": 0.6,
    }, graphic=GORE, figurative=FIGURATIVE_DEATH + BLOODY_SWEAR + SLASHED_CLOTH + ATTACK_THING + KICK_OUT + [
        r"kill(?:s|ed|ing)? " + SELF,
        # looks and glances are shot and stab; attacks of illness; beating someone at a game; violent weather
        r"(?:shot|shoot(?:s|ing)?) (?:" + PERSON + r" )?(?:a |an |one )?(?:\w+ ){0,2}(?:looks?|glances?|glares?|smiles?|grins?|winks?|stares?|frowns?|scowls?)",
        r"stab(?:s|bed|bing)? " + PERSON + r" with (?:a |an |his |her |their |my )?(?:\w+ )?(?:glances?|looks?|glares?|stares?|eyes|fingers?)",
        r"stabs? (?:of|at)|verbal stabs?|(?:took|take|takes|taking|have|had|make|made) a stab",
        r"(?:heart|panic|anxiety|asthma|allergy) attacks?|attacks? of|attacked by (?:no |a )?(?:regrets?|doubts?|fits?|fever|illness|nausea|sickness)",
        r"beat(?:s|en)? " + PERSON + r" (?:at|to (?:it|the)|hands down|fair and square|any ?(?:time|day))",
        r"violent(?:ly)? (?:storms?|winds?|gusts?|rain|cough\w*|headaches?|tempers?|passions?|emotions?|blush\w*|trembl\w*|shak\w*|shiver\w*|sneez\w*|fits?|colds?|fevers?|reactions?|changes?|contrasts?|indignation|grief|love|jealousy|agitation|abrogation)",
        r"violent in (?:his|her|their|my) temper",
    ]),
    _lex("death", {
        r"died|dies|dead|death|deaths": 0.55, r"corpse\w*|dead body|cadaver\w*": 0.7, r"funeral\w*|burial|buried|grave(?:s|yard|stone)?": 0.5,
        r"killed|murdered|passed away|passed on": 0.6, r"mourn\w*|griev\w*|grief": 0.45, r"(?:lost|lose) (?:his|her|my|their) "
        r"(?:mother|father|mom|dad|sister|brother|wife|husband|son|daughter|parents?|family)": 0.45, r"dying": 0.4,
        r"drown(?:ed|ing)": 0.4, r"lifeless|no pulse|stopped breathing": 0.5,
    }, graphic=GORE, figurative=FIGURATIVE_DEATH),
    _lex("sexual-assault", {
        r"rap(?:e|ed|es|ing|ist|ists)": 0.8, r"molest\w*": 0.8, r"sexual(?:ly)? assault\w*|sexual abuse": 0.85,
        r"non-?con\w*|dub-?con\w*": 0.7, r"against (?:his|her|my|their) will": 0.45, r"forced (?:himself|herself|themselves) (?:on|onto)": 0.7,
        r"without (?:his|her|my|their) consent|(?:didn't|did not|couldn't) consent": 0.6, r"grop(?:e|ed|ing)": 0.5,
        r"(?:pinned|held) (?:him|her|me) down": 0.3, r"coerc\w*": 0.3, r"(?:stop|no),? please": 0.2,
    }, graphic=SEX_EXPLICIT, figurative=[  # groping one's way, groping for the latch: searching, not touching someone
        r"grop(?:e|es|ed|ing) (?:his|her|my|their|its|our|your) way",
        r"(?<!was )(?<!were )(?<!been )(?<!being )(?<!got )grop(?:e|es|ed|ing)(?! (?:him|her|me|them|us|you|at (?:him|her|me|them|us|you))\b)"]),
    _lex("abuse", {
        r"abus(?:e|ed|es|ive|er|ers|ing)": 0.55, r"domestic violence": 0.8, r"gaslight\w*": 0.6,
        r"bull(?:y|ied|ies|ying)": 0.5, r"belittl\w*|demean\w*": 0.35, r"manipulat\w*": 0.3, r"neglect(?:ed|ful)?": 0.35,
        r"(?:hit|beat|slapped|hurt) (?:him|her|me) again": 0.5, r"worthless|pathetic excuse": 0.2,
        r"used to (?:beat|hit|slap|hurt|punch|kick|lock) (?:him|her|me|them)|(?:beat|hit|slapped) (?:him|her|me) (?:when|whenever|every time)": 0.6,
    }, figurative=[r"bully (?:for|shine|good|pulpit)"]),
    _lex("blood", {
        r"blood\w*|bled|bleed(?:s|ing)?": 0.6, r"gore|gory": 0.7, r"scabs?|gash(?:es)?": 0.3,
    }, graphic=GORE, figurative=BLOODY_SWEAR + [r"bloody (?:hell|idiot|git|brilliant|well|good|fool|mary)", r"blood (?:type|test|sugar|pressure|orange)",
                                r"(?:bad|new|royal|young|pure) blood", r"in cold blood", r"blood (?:relative|brother|line)s?",
                                r"out for blood", r"first blood",
                                r"(?:blue|noble|mixed|unmixed|\w+ish|\w+-saxon|gentle|common) blood", r"blood-?lines?|bloodhounds?|bloodless\w*",
                                r"flesh and blood", r"blood (?:is|being) thicker", r"blood will (?:out|tell)",
                                r"blood[- ]?red|blood colou?r|blood orange", r"(?:cold|hot|warm|full|blue|half|pure|red|mixed)-?blooded",
                                r"blood (?:ran|runs|run|boil\w*|curdl\w*|froze|freezes|chill\w*)",
                                r"blood (?:of (?:the )?\w+ )?(?:curdl\w*|boil\w*)",
                                r"blood (?:rush\w*|rose|mounted|flew|drained|surged)(?: \w+)? (?:to|from|in(?:to)?) (?:his|her|my|their) (?:face|cheeks?|head|ears)",
                                r"(?:in|of) (?:their|his|her|my|our) blood"]),
    _lex("suicide", {
        r"suicid\w*": 0.85, r"(?:kill|killed|killing|kills) " + SELF: 0.35,
        r"(?:take|took|taking) " + POSS + r" own life": 0.8, r"end(?:ed|ing)? (?:it all|" + POSS + r" (?:own )?life)": 0.6,
        r"make (?:it|the \w+|everything) (?:all )?end": 0.45, r"let (?:them|him|her|it) kill (?:me|him|her)": 0.45,
        r"let (?:myself|himself|herself|themselves) die": 0.6, r"(?:want|wanted|wants|wanting) to die": 0.55,
        r"wish(?:ed)? (?:i|he|she|they) (?:was|were) dead": 0.6, r"better off dead": 0.6,
        r"overdos\w*|slit (?:my|his|her|their) wrists": 0.6, r"jump(?:ed|ing)? (?:off|from) (?:the|a) (?:bridge|roof|building|cliff)": 0.5,
        r"noose": 0.5, r"throw (?:away )?" + POSS + r" life|life (?:that )?(?:he|she|i|they) (?:had been|was|were) ready to throw away": 0.5,
        r"no reason to live|not worth living|(?:don't|didn't|doesn't) want to (?:live|be alive)": 0.6,
        r"(?:was|were|am) (?:about|ready) to (?:die|let (?:myself|himself|herself) die)": 0.3, r"pills": 0.15,
        r"(?:swallowed|took|taking|downed) (?:a|the|his|her|my) (?:whole |entire )?(?:bottle|handful|bottles) of (?:\w+ )?(?:pills|tablets|painkillers)": 0.6,
        r"(?:hoping|hoped|wish(?:ed|ing)?|praying) (?:never to wake|(?:he|she|i|they) (?:would|wouldn't) (?:never )?wake)(?: up)?|never wake up again": 0.45,
    }, graphic=[r"slit (?:my|his|her|their) wrists", r"hang(?:ed|ing) (?:himself|herself|myself)", r"noose", r"blood\w*"],
        figurative=FIGURATIVE_DEATH + [r"(?:gonna|going to|want(?:ed)? to|could|would) kill " + SELF + r" (?:if|when|for)",
                                       r"kill " + SELF + r" laughing", r"suicide (?:mission|squad|run|doors)"],
        intent_counts=True),
    _lex("pregnancy", {
        r"pregnan\w*": 0.8, r"expecting (?:a|their|his|her) (?:baby|child|pup)": 0.6, r"baby bump|morning sickness|trimester": 0.7,
        r"mpreg|knocked up": 0.7, r"ultrasound|sonogram": 0.4, r"unborn": 0.5,
    }),
    _lex("child-abuse", {
        r"child abuse|abused (?:as|when he was|when she was) (?:a )?(?:child|kid|boy|girl)": 0.85,
        r"(?:father|dad|mother|mom|mum|parents?|stepfather|stepdad|uncle)(?: \w+){0,3} (?:beat|hit|hurt|abused|slapped|burned|whipped|locked) (?:him|her|me|them)": 0.6,
        r"(?:beat|hit|abused|hurt|molested) (?:his|her|their) (?:son|daughter|kids?|children|child)": 0.7,
        r"abused child|battered child": 0.7, r"(?:locked|kept) (?:him|her) in (?:the|a) (?:closet|cupboard|basement)": 0.5,
    }),
    _lex("incest", {
        r"incest\w*|twincest": 0.85, r"(?:his|her|my) (?:own )?(?:brother|sister|father|mother|cousin|twin)'s (?:cock|lips|body)": 0.5,
        r"sibling (?:sex|lovers|romance)": 0.7,
    }),
    # underage is decided by rules over sexual content plus the work's age cues (see underage.py); these cues
    # are the sexual/sexualising content that makes a minor's presence a warning.
    _lex("underage", {
        r"sexual\w*|arous(?:ed|al)|lust(?:ed|ing|ful)?|horny": 0.4, r"temptations?|cravings?": 0.3,
        r"(?:suck|sucked|sucking) on|licked|licking|nipped at|nibbl\w*": 0.35,
        r"kiss(?:ed|es|ing)? (?:him|her|me) (?:on the (?:lips|mouth|neck)|deeply|hungrily|passionately)": 0.4,
        r"(?:supple|swollen|soft) lips|begging to be (?:loved|kissed|touched)": 0.3, r"turned on|hard-?on|erection": 0.45,
        r"(?:cock|dick|penis|pussy|orgasm\w*|cum(?:ming|med)?|blowjob|had sex|having sex)": 0.6,
        r"undress\w*|naked": 0.2, r"moan(?:ed|ing|s)?": 0.15,
    }, graphic=SEX_EXPLICIT, figurative=NOT_COCK),
    _lex("homophobia", {
        # "queer" alone means strange, or is a self-description; only its insulting uses count
        r"fag\w*|dykes?|homos?|poofs?|queers|(?:you|fucking|fuckin'|dirty|filthy|little|stupid|damn|goddamn) queer": 0.45,
        r"homophob\w*": 0.8, r"no homo|that's so gay": 0.55,
        r"conversion therapy|pray the gay away": 0.8, r"unnatural|abomination|sinful|disgusting": 0.2,
        r"gay|lesbian|bisexual|queer": 0.1, r"(?:beat|bashed|attacked|kicked out|disowned) (?:him|her|them)? ?(?:for|because) "
        r"(?:being|he was|she was|they were) (?:gay|queer|lesbian|bi)": 0.8,
    }, figurative=[r"fag(?:ged)? out|fag[- ]ends?|faggots? of (?:wood|sticks)", r"homo (?:sapiens|erectus)"]),
    _lex("self-harm", {
        r"self[- ]?harm\w*|self[- ]?injur\w*|self[- ]?mutilat\w*": 0.85,
        r"(?:cut|cutting|cuts|burn|burned|burning|scratch(?:ed|ing)?) " + SELF: 0.6,
        # "hurt himself" is mostly an accident; on purpose or again it is self-harm
        r"(?:hurt|hurts|hurting) " + SELF: 0.25, r"(?:hurt|hurts|hurting) " + SELF + r" (?:again|on purpose|deliberately|intentionally)": 0.7,
        r"razor blades?": 0.4, r"scars? (?:on|along|across) " + POSS + r" (?:wrists?|arms?|thighs?)": 0.6,
        r"(?:his|her|my) wrists?": 0.15, r"relapse\w*": 0.3,
        r"(?:razor|blade|knife|glass) (?:to|against|across|into) (?:his|her|my|their) (?:wrists?|arms?|skin|thighs?|forearms?)": 0.7,
    }, graphic=[r"blood\w*", r"deep(?:er)? cuts?", r"sliced"], intent_counts=True,
        figurative=[r"cut (?:myself|himself|herself|themselves|yourself) (?:a|an|some|another|off|short)\b",
                    r"(?:hurt|burn(?:ed)?) (?:myself|himself|herself|yourself) (?:cooking|on the stove|by accident|accidentally)"]),
    _lex("dying", {
        r"dying|(?:about|going) to die": 0.4, r"last breaths?|deathbed|death bed": 0.7, r"slipping away|bled out|bleeding out": 0.55,
        r"(?:his|her) (?:life|pulse|heartbeat) (?:fading|slowing|stopped)|flatlin\w*": 0.65, r"terminal(?:ly ill)?": 0.45,
    }, figurative=FIGURATIVE_DEATH),
    _lex("kidnapping", {
        r"kidnap\w*": 0.8, r"ransom\w*": 0.7, r"hostages?": 0.6, r"held (?:him|her|them) (?:captive|for ransom)": 0.7,
    }),
    _lex("mental-illness", {
        r"panic attacks?|anxiety attacks?": 0.85, r"anxiety|anxious": 0.45, r"depress(?:ed|ion|ive|ing)": 0.45,
        r"ptsd|post-?traumatic|traumati[sz]ed|trauma": 0.5, r"hallucinat\w*|dissociat\w*|delusion\w*": 0.5,
        r"schizophreni\w*|bipolar|psychosis|psychotic|ocd|obsessive-compulsive": 0.7,
        r"mental(?:ly)? (?:illness|ill|health|breakdown)|nervous breakdown": 0.7,
        r"break(?:s|ing)? down|break ?downs?|broke down": 0.4, r"utterly pathetic|worthless|hated himself|hated herself": 0.25,
        r"hyperventilat\w*": 0.55, r"panic(?:ked|king|ky|s)?": 0.35, r"(?:chest|lungs|throat) (?:constrict|tighten|clench)\w*": 0.35,
        r"(?:gasping|struggling|fighting) (?:for )?breaths?|gasping breaths|(?:couldn't|could not|can't) breathe": 0.3,
        r"black spots": 0.25, r"self[- ]esteem issues|insecurit(?:y|ies)": 0.45, r"insomnia|nightmares?": 0.3,
        r"therap(?:y|ist)|antidepressants?|medication": 0.35, r"sobb(?:ed|ing) hysterically|hysterical(?:ly)?": 0.25,
    }, figurative=[r"don't panic", r"panic room", r"panic button", r"depressing (?:weather|song|movie)"]),
    _lex("dissection", {
        r"dissect\w*|vivisect\w*": 0.8, r"cut (?:him|her|them|it) open|sliced open|flay\w*|disembowel\w*|eviscerat\w*": 0.7,
        r"autops\w*": 0.55, r"scalpel\w*|amputat\w*|mutilat\w*": 0.45, r"organs|entrails|innards": 0.4,
    }, graphic=GORE),
    _lex("eating-disorders", {
        r"anorexi\w*|bulimi\w*|eating disorders?": 0.85, r"purg(?:e|ed|ing)": 0.35, r"binge\w*": 0.3,
        r"starv(?:e|ed|ing) " + SELF: 0.7, r"count(?:ed|ing)? calories|calorie count\w*": 0.5, r"skip(?:ped|ping)? (?:meals|lunch|dinner)": 0.35,
        r"(?:made|make|making) " + SELF + r" (?:throw up|vomit|sick)": 0.7,
    }),
    _lex("abduction", {
        r"abduct\w*": 0.8, r"taken by force|dragged (?:him|her|them|me) (?:into|away|off)": 0.55,
        # a person snatched or gagged, not "snatched her skirts" or "he gagged and fell over" (retching)
        r"snatched (?:(?:him|her|them|me|us)(?= away| from| off| up| into| out|[,.;:!?])|the (?:child|baby|boy|girl|kid))|"
        r"(?:was|were|been|got|being) snatched|"
        r"bundled (?:him|her|them|me|us) into": 0.45,
        r"captors?|captiv(?:e|es|ity)|held captive": 0.55, r"chloroform\w*": 0.6,
        r"(?:was|were|been|got|being|lay|lying|left|found (?:him|her|them)) tied up|tied (?:him|her|them|me|us) up|"
        r"bound and gagged|gagged and bound|(?:was|were|been|got|being) gagged|gagged (?:him|her|them|me|us)": 0.4,
        r"blindfold\w*": 0.35, r"(?:was|were|been|got|get) taken": 0.3, r"woke up (?:in a|tied|chained)": 0.45,
    }, figurative=[r"taken (?:ill|sick|aback|in|by surprise|for granted|seriously|care of|into account|apart|with|"
                   r"to task|advantage of|up)"]),
    _lex("body-hatred", {
        r"hat(?:ed|es|e) (?:his|her|my|their) (?:body|reflection|face|skin|stomach|thighs)": 0.75, r"body dysmorphi\w*": 0.85,
        r"(?:disgusting|ugly|hideous|revolting) (?:body|self)|self-loathing": 0.45, r"(?:couldn't|can't|could not) (?:stand to )?look at "
        r"(?:himself|herself|myself) in the mirror": 0.6,
    }),
    _lex("childbirth", {
        r"gave birth|giving birth|give birth|childbirth|labou?r pains|in labou?r|went into labou?r": 0.8, r"contractions": 0.5,
        r"midwife|c-section|caesarean|cesarean|(?:her|his) water broke|deliver(?:ed|ing)? the baby": 0.6,
    }),
    _lex("racism", {
        r"racis\w*|racial slurs?|white supremac\w*": 0.8, r"n[i1]gg\w*|chinks?|spics?|wetbacks?|gooks?|kikes?|towelheads?|ragheads?": 0.7,
        r"go back to (?:your|their|his|her) (?:own )?country": 0.7, r"half-?breeds?|mudbloods?|savages?": 0.4,
        r"(?:because|for being) (?:black|asian|mexican|jewish|brown)": 0.45,
    }, figurative=[r"niggard\w*",  # a chink is also a gap ("through the chinks in the shutters") or a clink of coins
                   r"chinks? (?:of|in|between|it|them)", r"(?:through|between) (?:the |its |their |a )?(?:\w+ )?chinks?",
                   r"(?:reduced|narrowed) to (?:mere )?chinks", r"(?:narrow|tiny) chinks?",
                   # the adjective: "a savage growl", "savage music"
                   r"savage (?!(?:was|is|had|has|could|would|who|and|said|tribes?|men|women|people|races?)\b)[a-z]+"]),
    _lex("sexism", {
        r"sexis\w*|chauvinis\w*": 0.8, r"a woman's place|belongs? in the kitchen": 0.7, r"like a girl": 0.35,
        r"(?:because|since) (?:she's|she is|you're|you are) a (?:woman|girl)": 0.55, r"women (?:can't|shouldn't|are too)": 0.5,
    }),
    _lex("miscarriages", {r"miscarr\w*|stillb(?:orn|irth)": 0.85, r"lost the baby|lose the baby": 0.75},
         figurative=[r"miscarriages? of justice", r"(?:plans?|schemes?|sagacity|letters?|efforts?|attempts?|designs?|projects?|hopes?|"
                     r"intentions?|it|this|that) (?:had |has |have )?miscarr\w*"]),
    _lex("transphobia", {
        r"transphob\w*|trann(?:y|ies)|shemales?": 0.8, r"dead-?nam\w*": 0.6, r"not a real (?:man|woman|girl|boy)": 0.5,
    }),
    _lex("abortion", {r"abortions?|aborted (?:the|a|her|my) (?:baby|pregnancy|fetus)": 0.8, r"terminat\w* (?:the|her|my) pregnancy": 0.8},
         figurative=[r"abort (?:the )?(?:mission|plan|launch)", r"aborted (?:the )?(?:mission|plan|launch)"]),
    _lex("fat-phobia", {
        r"fatso|fat (?:pig|cow|ass|slob|pig|freak)|fatphob\w*": 0.75, r"too fat|so fat|lose (?:some )?weight": 0.35,
        r"whale|lard(?:ass)?|porker": 0.3,
    }),
    _lex("animal-death", {
        r"(?:dog|cat|horse|puppy|kitten|pet|bird|deer|rabbit|pony|hamster)s? (?:was |had |has )?(?:died|dead|killed|run over|put down)": 0.8,
        r"(?:killed|shot|drowned) (?:the|a|his|her|my) (?:dog|cat|horse|puppy|kitten|pet|bird|deer|rabbit)": 0.75,
        r"roadkill|carcass\w*": 0.45, r"put (?:him|her|it) down": 0.25,
    }),
    _lex("animal-cruelty", {
        r"animal (?:abuse|cruelty)": 0.85, r"(?:kick|kicked|beat|beating|tortur\w*|abus\w*|starv\w*|drown\w*) (?:the|a|his|her) "
        r"(?:dog|cat|puppy|kitten|horse|animals?)": 0.7, r"dogfight\w*|cockfight\w*": 0.6,
    }),
    _lex("ableism", {
        r"retard\w*|cripple[sd]?|spaz|spastic|mongoloid": 0.6, r"psychos?|lunatics?|nutcases?|mental cases?|schizo": 0.35,
        r"crazy|insane|moron\w*|idiot\w*|freaks?": 0.1, r"handicapped|invalid|wheelchair[- ]bound|confined to a wheelchair": 0.35,
        r"deaf and dumb|blind as a bat": 0.6, r"ableis\w*": 0.8,
    }, figurative=[r"retard(?:ed|ing|s)? (?:the|his|her|its|their|our|my|your|this|that|progress|growth|development|movement)"]),
    _lex("classism", {
        r"trailer trash|white trash|gutter rats?|street rats?": 0.7, r"peasants?|commoners?|riff-?raff|low[- ]?(?:class|born)": 0.35,
        r"poor people|welfare|ghetto": 0.2, r"classis\w*": 0.8, r"beneath (?:him|her|us|them)": 0.2,
    }),
    _lex("misogyny", {
        r"misogyn\w*": 0.8, r"bitch(?:es|y)?|sluts?|whores?|skanks?|hoes?": 0.35, r"cunts?|bimbos?|gold ?diggers?": 0.35,
        # "just a woman" is dismissive; "she was a woman of wisdom" is not
        r"asking for it|(?:just|only|merely|nothing but) a (?:woman|girl)|(?:stupid|dumb|silly) (?:girl|woman|bitch|blonde)": 0.4,
        r"hysterical|nagging|shrill": 0.1, r"(?:make|get) me a sandwich|barefoot and pregnant": 0.6,
    }, figurative=[r"sons? of (?:a )?bitch(?:es)?", r"resting bitch face", r"(?:life|karma|payback|revenge)(?:'s| is) a bitch",
                   r"bitch(?:ed|es|ing) (?:about|at)", r"bitch[- ]?slap\w*", r"man-?whores?|man-?sluts?|attention whores?"],
        senses=(
            # a female dog ("a liver-coloured bitch pointer ... her puppies")
            _sense([r"bitch(?:es)?"], [r"dogs?|hounds?|puppies|puppy|pups?|litters?|whelp\w*|kennels?|pointers?|terriers?|"
                                       r"spaniels?|setters?|greyhounds?|collies?|wolves|she-wolf|breed\w*|sired"], 0.0),
            # an insult inside a joke, a nickname or teasing among friends ("every Alpha Bitch joke he makes")
            _sense([r"bitch(?:es|y)?|sluts?|whores?|hoes?"],
                   [r"jok(?:e|es|ed|ing|ingly)|teas(?:e|es|ed|ing|ingly)|kidding|banter\w*|nicknam\w*|pet names?|"
                    r"playful(?:ly)?|affectionate(?:ly)?"], 0.5),
        )),
    _lex("war", {
        r"wars?|warfare|wartime": 0.5, r"battlefields?|battle|battles": 0.35, r"soldiers?|troops|army|armies|infantry|regiment": 0.35,
        r"bomb(?:s|ed|ing|ings)?|grenades?|air ?raids?|shell(?:ed|ing|fire)|artillery|trenches": 0.4, r"front ?lines?|enemy fire": 0.45,
        r"deployed|deployment|veterans?|shell[- ]?shock": 0.35, r"invasion|invaded|siege|(?:military|enemy|army|german|nazi|japanese|allied|foreign|british|french|american|"
        r"soviet|russian|roman|israeli|wartime) occupation|occupied (?:territor(?:y|ies)|zones?|lands?|france|europe)": 0.3,
        r"nazis?|death eaters?": 0.2,
    }, graphic=GORE, figurative=[r"(?:his|her|my|their|your|our|an?|any|whose|no|sole|usual|daily|favou?rite|quiet|chief|some|"
                                 r"other|own) occupations?", r"war n't", r"veteran (?:smoker|drinker|actor|actress|player|"
                                 r"reporter|journalist|teacher|detective|cop|traveller|traveler|politician|member|\w+ist)"]
                  + STRUGGLE),
]

LEXICONS: dict[str, LabelLexicon] = {lex.label: lex for lex in _LEXICONS}
assert set(LEXICONS) == set(LABELS), set(LABELS) ^ set(LEXICONS)


@lru_cache(maxsize=1)
def any_cue_pattern() -> re.Pattern[str]:
    """One pattern matching any label's cue: the candidate filter for long works."""
    return re.compile("|".join(f"(?:{lex.any_cue.pattern})" for lex in _LEXICONS), _FLAGS)
