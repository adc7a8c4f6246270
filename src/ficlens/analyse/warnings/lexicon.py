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
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import cast

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


class LazyPattern:
    """A regex compiled on first use, standing in for the ``re.Pattern`` it compiles to (``pattern`` is read
    without compiling). A label's ``any_cue`` is one: the 33 alternations of every label's cues cost
    ~0.18 s to compile, more than half the lexicons' import, and each cue is compiled alone anyway; a command that
    reads no text (``ficlens list``, ``--version``, the web library) never compiles them. The first ``search``,
    ``match`` or ``finditer`` (or reading ``flags``: ``re.compile`` adds to the flags given, re.UNICODE at least)
    compiles the pattern and puts the compiled pattern's own methods in their place, so matching costs no more
    than on the ``re.Pattern`` (the pre-filter calls ``match`` in its hot loop)."""

    __slots__ = ("pattern", "_flags", "_compiled", "search", "match", "finditer")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None
        self.search: Callable[..., re.Match[str] | None] = lambda *args: self._compile().search(*args)
        self.match: Callable[..., re.Match[str] | None] = lambda *args: self._compile().match(*args)
        self.finditer: Callable[..., Iterator[re.Match[str]]] = lambda *args: self._compile().finditer(*args)

    @property
    def flags(self) -> int:
        """The compiled pattern's flags (as ``re.Pattern.flags``)."""
        return self._compile().flags

    def _compile(self) -> re.Pattern[str]:
        """The compiled pattern, compiled on the first call, which also binds its methods in place of the
        compiling ones."""
        if self._compiled is None:
            compiled = self._compiled = re.compile(self.pattern, self._flags)
            self.search, self.match, self.finditer = compiled.search, compiled.match, compiled.finditer
        return self._compiled

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (LazyPattern, re.Pattern)):
            return (self.pattern, self.flags) == (other.pattern, other.flags)  # compiles: flags as re's
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.pattern)

    def __reduce__(self) -> tuple[type[LazyPattern], tuple[str, int]]:
        return LazyPattern, (self.pattern, self._flags)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern[:40]!r}..., {self._flags})"


def _lazy(pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled (with the lexicons' flags) on first use; it quacks as the ``re.Pattern`` it becomes
    (search, match, finditer, pattern, flags), which is all the lexicons' readers use."""
    return cast("re.Pattern[str]", LazyPattern(pattern, _FLAGS))


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
    scope: int = 0  # 0: the cue's sentence; else this many characters either side of the cue (a joke set up earlier)
    absent: bool = False  # the factor applies when ``context`` does NOT occur (a heart that stops, with no animal near)


@dataclass(frozen=True, slots=True)
class LabelLexicon:
    label: str
    cues: tuple[Cue, ...]
    graphic: re.Pattern[str] | None
    figurative: re.Pattern[str] | None
    intent_counts: bool  # a wish, plan or threat is itself the content (suicide ideation), so modals don't cancel
    any_cue: re.Pattern[str]
    senses: tuple[Sense, ...] = ()
    habitual: bool = False  # told as a habit ("she'd scream at him for hours"): "would" and "'d" do not halve a cue


def _words(alternatives: list[str]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", _FLAGS)


# Idioms that look like violence/death but are figures of speech (TAXONOMY.md's traps).
I_AM_DYING = r"(?:i|i'm|i am) (?:so )?dying"
FIGURATIVE_DEATH = [
    r"dead (?:end|ends|tired|serious|silence|weight|ringer|set|last|center|centre|on|wrong|right|sure|beat|asleep)",
    r"deadline\w*", r"drop[- ]dead", r"dying (?:to|for|of (?:embarrassment|shame|laughter|boredom|curiosity))",
    r"(?:bored|scared|frightened|worried|tickled|loved) to death", r"to die for", r"die (?:laughing|of embarrassment)",
    I_AM_DYING, r"kill(?:s|ing)? (?:me|him|her) (?:now|already)", r"(?:you're|you are|it's|this is) killing me",
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


def _sense(words: list[str], context: list[str], factor: float, scope: int = 0, absent: bool = False) -> Sense:
    return Sense(_words(words), _words(context), factor, scope, absent)


def _scaled(cues: dict[str, float], factor: float) -> dict[str, float]:
    """Another label's cues at a fraction of their weight: corroborating evidence that is not the content itself
    (a pregnancy is the ground an abortion stands on, not an abortion)."""
    return {pattern: round(weight * factor, 3) for pattern, weight in cues.items()}


# Labels whose content is mostly told as a habit or a pattern ("he'd lock her in", "she'd skip dinner"): for them
# "would" and "'d" are not read as hypothetical (see :mod:`.context`).
HABITUAL = frozenset({"abuse", "child-abuse", "sexual-assault", "self-harm", "eating-disorders", "body-hatred", "sexism", "transphobia",
                      "fat-phobia", "classism", "animal-cruelty"})


def _lex(label: str, cues: dict[str, float], graphic: list[str] | None = None,
         figurative: list[str] | None = None, intent_counts: bool = False,
         senses: tuple[Sense, ...] = ()) -> LabelLexicon:
    """A label's lexicon: its ``cues`` with the round-3 topic classes of :data:`TOPIC_CUES` added, and likewise
    :data:`TOPIC_SENSES` and :data:`TOPIC_FIGURATIVE` (defined further down, read when the lexicons are built)."""
    cues = {**cues, **TOPIC_CUES.get(label, {})}
    senses = senses + TOPIC_SENSES.get(label, ())
    figurative = (figurative or []) + TOPIC_FIGURATIVE.get(label, []) or None
    compiled = tuple(Cue(re.compile(r"\b(?:" + pattern + r")\b", _FLAGS), weight) for pattern, weight in cues.items())
    return LabelLexicon(
        label=label,
        cues=compiled,
        graphic=_words(graphic) if graphic else None,
        figurative=_words(figurative) if figurative else None,
        intent_counts=intent_counts,
        any_cue=_lazy(r"\b(?:" + "|".join(cues) + r")\b"),
        senses=senses,
        habitual=label in HABITUAL,
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

# --- shared phrase classes of the lexicon-only labels -------------------------------------------------------------
# Kin, for incest: "his twin brother", "her own father".
KIN = (r"(?:brothers?|sisters?|twins?|siblings?|father|mother|dad|daddy|mum|mom|uncle|aunt|auntie|cousin|niece|nephew|"
       r"daughters?|sons?|stepbrother|stepsister|half-brother|half-sister)")
KIN_CLOSE = r"(?:own |twin |little |big |older |younger |baby |kid |half-)(?:brother|sister)"
# Animals a story may lose or hurt (no "creature" or "monster": a slain monster is no animal death).
ANIMAL = (r"(?:dogs?|cats?|horses?|mares?|stallions?|ponies|pony|foals?|pupp(?:y|ies)|pups?|kittens?|kitty|pets?|birds?|"
          r"deer|doe|stags?|rabbits?|bunn(?:y|ies)|hamsters?|guinea pigs?|dragons?|fox(?:es)?|wolf|wolves|cows?|calf|"
          r"calves|lambs?|sheep|goats?|pigs?|piglets?|chickens?|hens?|owls?|ferrets?|mice|mouse|rats?|goldfish|"
          r"tortoises?|parrots?|budgies?|hounds?|animals?|chimps?|chimpanzees?|monkeys?|frogs?|ducks?|geese|goose|"
          r"donkeys?|oxen|ox|bulls?|elephants?|whales?|dolphins?|seals?|bears?)")
# Teasing, a joke or a party around a cue word: "stop abusing me," he said, laughing; a birthday "kidnapping".
TEASING = [r"jok(?:e|es|ed|ing|ingly)|teas(?:e|es|ed|ing|ingly)|kidding|banter\w*|laugh\w*|grin(?:s|ned|ning)?|"
           r"giggl\w*|playful(?:ly)?|cheerful(?:ly)?|mock(?:ing)?ly|sarcas\w*|snort(?:s|ed|ing)?|rolled (?:his|her|their) eyes"]
PARTY = [r"birthday|surprise|party|cake|presents?|pranks?|games?"]
# Words that stand for a person's worth in abuse: "told him every day that he was a burden".
BELITTLED = (r"(?:a |an |such a |nothing but a |just a )?(?:burden|disappointment|worthless|useless|mistake|failure|"
             r"freak|waste of space|good[- ]for[- ]nothing|stray|stupid|pathetic|nothing|lucky (?:he|she|i|they|to))")
TOLD_WORTHLESS = (r"(?:call(?:s|ed|ing)?|tell(?:s|ing)?|told|sa(?:id|ys)|remind(?:s|ed|ing)?) (?:(?:him|her|me|them|us) )?"
                  r"(?:every day |daily |constantly |again and again |over and over )?(?:that )?"
                  r"(?:(?:he|she|i|they|you)(?:'s|'m|'re| was| were| is| am| are) )?" + BELITTLED + r"\b")
# A child's age as told in backstory: "Billy was nine the first time", "She was four."
CHILD_AGE = (r"(?:was|were|been|turned|aged) (?:only |just |barely )?(?:two|three|four|five|six|seven|eight|nine|ten|"
             r"eleven|twelve)(?= years? old| when| the first time| and|[,.;!?])|at (?:only |just )?(?:two|three|four|five|six|seven|"
             r"eight|nine|ten|eleven|twelve) years old|at the age of (?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|(?:as a|when (?:he|she|i|they) (?:was|were) "
             r"(?:a|just a|only a)) (?:small )?(?:child|kid|little (?:boy|girl)|toddler)")
# Machines and other things that a joke calls "sexist" ("the dishwasher is sexist").
APPLIANCE = (r"(?:dishwasher|computer|printer|car|oven|toaster|machine|app|fridge|washing machine|kettle|coffee machine|"
             r"vending machine|weather|game|console|lift|elevator|microwave|phone|laptop|sat ?nav|vacuum)")
# Toys and games: a teddy "killed by a dragon" is no animal death.
TOY = r"(?:tedd(?:y|ies)|toys?|stuffed|plush\w*|soft toy|cuddly toy|pretend\w*|make-believe)"
# Pregnancy cues, also corroborating evidence (scaled down) for abortion.
PREGNANCY = {
    r"pregnan\w*": 0.8, r"baby bump|morning sickness|trimester": 0.7, r"mpreg|knocked up": 0.7,
    r"expecting (?:a|their|his|her|our|my) (?:baby|child|pup|first|second)|(?:i'm|i am|she's|she is|she was|we're|we are|"
    r"they're|you're) expecting": 0.6, r"ultrasound|sonogram": 0.4, r"unborn": 0.5,
    r"with child|carrying (?:his|her|their|my|your|our|a|the) (?:child|baby|babies|heir|twins|pups?)|carrying (?:twins|triplets)": 0.7,
    r"(?:swollen|rounded|round|growing|pregnant) (?:belly|bump|stomach)": 0.45,
    r"(?:baby|babies|twins?)(?:'s| is| was| were)? (?:kick(?:s|ed|ing)?)|(?:felt|feel|feeling|feels) (?:the |a )?(?:baby|babies|twins?) "
    r"(?:kick|move)": 0.6,
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
    r"nineteen|twenty|thirty|forty)(?:-\w+)? "
    r"(?:weeks?|months?) (?:along|pregnant|gone)": 0.7,
    r"(?:at|about|nearly|almost) (?:twenty|thirty|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?:-\w+)? "
    r"weeks": 0.3,
    r"due date|(?:she's|she is|she was|i'm|i am|baby's|baby is|the baby was) due (?:in|any|next|on)": 0.4,
    r"(?:pregnancy|the) test (?:was |came back |read |said )?positive|(?:two|double) (?:pink |blue )?lines|"
    r"positive (?:pregnancy )?test": 0.55,
    r"(?:hand|hands|palm) (?:\w+ ){0,2}(?:on|over|against|to|across) (?:her|his|my) (?:stomach|belly|abdomen|bump)": 0.25,
    r"swollen ankles|swollen-ankled|stretch marks": 0.2,
    r"(?:swell|curve|bump|roundness) of (?:his|her|my|their) (?:stomach|belly)": 0.5,
    r"(?:by|in) (?:the|her|his) (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|last) (?:month|trimester)": 0.35,
    r"(?:hiding|hide|hid|hides) (?:it|the bump|her belly|her stomach|his belly|his stomach) under (?:\w+ ){0,2}(?:jumpers|sweaters|"
    r"robes|coats|dresses|clothes|shirts|tunics|hoodies)": 0.4,
    r"(?:the )?baby (?:\w+ ){0,3}(?:restless|moving|kicking|squirming|turning) (?:inside|in (?:her|him|me)|all (?:morning|day|night))": 0.45,
}
# Other senses of "pregnant": "a pregnant pause", "pregnant with meaning".
PREGNANT_FIGURE = [r"pregnancy scares?", r"pregnant (?:pause|silence|moment|hush|with (?:meaning|possibilit\w*|significance|menace|promise|"
                   r"import\w*|\w+ness))", r"food baby",
                   r"pregnant with (?:\w+(?:ness|ity|ion|ance|ence|ment|ism|ure)|hope|dread|doom|fear|portent|threat|danger|"
                   r"menace|import|omen|fate|secrets?|ideas?|tension|feeling|emotion)\b",
                   r"(?:you|he|i|you're|he's) (?:look|looks|looked|looking) pregnant",
                   r"(?:silence|pause|moment|air|sky|words?|hush|atmosphere|quiet) (?:was|is|were|grew|seemed|felt|hung) "
                   r"(?:heavy and |thick and )?pregnant"]
# More of "bloody" as the swear word, for the blood label only (the violence model was trained with BLOODY_SWEAR):
# before an -ing word, a time, an idea or an everyday thing ("bloody freezing", "whose bloody idea"), not before what
# can bleed or be bled on ("a bloody nose", "a bloody handkerchief", "bloody and swollen").
BLOODY_INTENSIFIER = [r"bloody (?:(?!(?:dripping|streaming|oozing|gushing|soaking|seeping|pulsing|spurting|bleeding)\b)[a-z]+ing|"
                      r"idea|ideas|time|times|day|days|night|week|job|jobs|car|door|phone|weather|rain|rules?|jokes?|"
                      r"questions?|answers?|moron|wanker|tosser|prat|nerve|minute|hour|place|house|point|waste|pain|ages|"
                      r"useless|genius|hero|miracle|christ|jesus|god|heck|obvious|impossible|knackered|exhausted|tired|late|"
                      r"early|busy|fine|sick|difficult|hard|easy|long|big|little|huge|massive|stupid|awful|terrible|traffic|bus|"
                      r"trains?|kids|neighbou?rs|government|council|computer|printer|internet|wifi|laptop|tv|telly|queue|"
                      r"meetings?|homework|exams?|paperwork|forms|tourists|pigeons|seagulls|music|noise|alarm|cat|dog)\b"]

# --- round 3 (issue 3): topic classes learnt from the misses of test2 (docs/warnings-unlabelled.md) ---------------
# Round 2's cues were phrasings; on the fresh test2 split most positives still had no cue at all (score 0), because a
# story tells these contents through the typical things of the topic rather than its name: the midwife and the bump,
# the receipts and the car keys, a brother who is also a lover, the vet's injection. Each class below is such a thing,
# written with all its inflections and synonyms. Most weigh 0.2-0.45, which proves nothing alone: a passage is positive
# when two classes of the label meet (noisy-or of 0.3 and 0.3 is 0.51) or one meets an older cue; the few at 0.5-0.6
# say the content outright ("the pregnancy isn't viable", "I'm not calling you that"). The context rules (negation,
# hypotheticals, other senses) read them as any cue. Each class was checked against false alarms on real prose:
# lexicon-only positives on LitBank's dev half (100-word windows) and on the 1,818 fan-fiction passages of
# ../shared/data/passages/train.jsonl did not change (19 and 273, the same passages).
_STOPPED_DOING = (r"(?:stopped|stops|stop|had stopped|quit) (?:getting dressed|going out|leaving the (?:house|flat)|answering (?:the )?"
                  r"(?:phone|door)|washing|showering|getting out of bed|going to (?:work|the allotment|church|the pub))")
_BOUND = r"(?:wrists?|hands|ankles|arms) (?:were |was )?(?:zip-?tied|cable-?tied|taped|bound|tied) (?:behind|together)|zip-?ties?"
_CLOTHES_DOWN = (r"(?:trousers|jeans|skirt|dress|knickers|underwear|pants|nightgown|nightdress|shorts) (?:were |was )?(?:being )?"
                 r"(?:dragged|pulled|yanked|torn|shoved|pushed) (?:down|up|off|away)")
_ONLY_BECAUSE = r"(?:only|just) (?:do|did|does|doing) (?:it|this|that) because"
TOPIC_CUES: dict[str, dict[str, float]] = {
    "pornographic-content": {
        # slang for the act and its end, fingers inside
        r"jerk(?:ed|s|ing)? (?:him|her|me|you|them) off|wank(?:ed|ing|s)? (?:him|me|you)\b|(?:spilled|spills|spilling|spurted|spurts) "
        r"(?:all )?over (?:my|his|her|your) (?:fist|hand|stomach|belly|chest|fingers|thighs)": 0.45,
        r"(?:two|three|his|her|my|your) fingers (?:curling |curled |sliding |slid |pushing |pushed |crooked )?(?:inside|into) (?:her|him|me|you)"
        r"(?! (?:hair|pocket|coat|mouth)\b)": 0.45,
    },
    "pregnancy": {
        # antenatal care; a missed period; the bump; the weeks counted; the body's signs
        r"midwi(?:fe|ves|fery)|sonographers?|obstetricians?|antenatal|ante-natal|prenatal|pre-natal|dopplers?|"
        r"(?:dating|anomaly|twelve-week|twenty-week|growth) scans?": 0.35,
        r"(?:baby's|babies'|foetal|fetal|tiny|two|twin) heart ?beats?": 0.3,
        r"(?:belly|bump|stomach)(?:'s| is| was) (?:starting to |beginning to )?showing|(?:started|starting|begun|beginning) to show\b": 0.4,
        r"(?:missed|skipped|late) (?:(?:her|my|your|a|two|three|their) )?(?:periods?|courses|monthl(?:y|ies)|bleeds?)|(?:period|courses) "
        r"(?:was|were|is|are|had been) late|(?:when did you|since (?:she|i|you)) last (?:bled|bleed)": 0.4,
        r"(?:her|my|your|his) (?:baby |growing |little |pregnancy )?bump": 0.35,
        r"(?:six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty)"
        r"(?:-\w+)? weeks(?! (?:ago|later|before|after|earlier|of|in|at|on|away|off|since|to|until|till|and|with|without)\b)": 0.25,
        r"(?:hand|palm)s? (?:\w+ ){0,2}(?:on|over|against) [\w']+'s (?:belly|stomach|bump|womb)": 0.25,
        r"(?:sore|tender|aching|swollen) breasts|breasts (?:had been |were |are |felt |feel )?(?:so |very |really )?(?:sore|tender|aching)|heartburn|"
        r"cravings? (?:for|of)": 0.2,
    },
    "miscarriages": {
        # the scan's verdict, the losses counted, born too early and still, the bleeding and its practicalities
        r"(?:pregnancy|baby|it) (?:isn't|is not|wasn't|was not) viable|non-?viable|(?:body|womb) (?:is |was )?(?:already )?"
        r"(?:letting|let) (?:it|the baby|the pregnancy) go": 0.6,
        r"lost (?:one|two|three|four|a baby|a child|twins) (?:before|at|after)|(?:each|one|all|every one) lost before (?:it|they|she|he) "
        r"(?:quickened|was born|were born)|before (?:it|they) quickened": 0.5,
        r"(?:baby|child|son|daughter|he|she) came (?:\w+ )?too (?:early|soon)": 0.4,
        r"(?:small|tiny|little) (?:still|silent|cold) (?:body|form|bundle)": 0.4,
        r"(?:the )?baby (?:[\w']+ ){0,8}(?:was|is|had) gone": 0.4,
        r"(?:the )?bleeding (?:went on|started|began|continued|got heavier)": 0.3,
        r"(?:stained|bloody|soaked) (?:sheets|towels)|(?:big|maternity) pads": 0.3,
    },
    "abortion": {
        r"(?:not|never) (?:having|keeping|going to have) (?:his|the|this|it|a|their|that) (?:baby|child|kid)|(?:not|never) (?:having|keeping) it\b": 0.45,
        r"when it was (?:still )?(?:a crime|illegal|against the law)": 0.35,
        r"(?:chose|choose|took|take|takes|taking|swallowed) the (?:pills|tablets)": 0.25,
        r"(?:done|did|made|making) the right (?:thing|choice|decision)": 0.3,
    },
    "incest": {
        # the relation stated, then the couple: a kiss returned, a bed or bedroom shared, a door shut on the family
        r"(?:my|his|her|our|their) (?:own )?(?:cousin|brother|sister|uncle|aunt|niece|nephew|father|mother|daughter|son) [a-z]+ "
        r"(?:kissed|kisses|kissing) (?:me|him|her)": 0.5,
        r"(?:our|their|your) (?:mothers|fathers|mums|moms|dads) (?:are|were) (?:sisters|brothers)|(?:her|his|my) (?:mother's|father's|mum's|"
        r"mom's|dad's) (?:brother|sister)|(?:his|her|my) (?:grown|adult|grown-up) (?:daughter|son)": 0.3,
        r"(?:knew|know|knows|knowing) (?:that )?(?:he|she) (?:was|is) (?:her|his|my) (?:own )?(?:brother|sister|father|mother|uncle|niece|"
        r"nephew|cousin|son|daughter)": 0.35,
        r"(?:sleeping|slept) together|shared (?:the|a|one) (?:big )?(?:bed|bedroom)|(?:i|he|she) kissed (?:him|her|me) back|(?:went|go|goes|"
        r"going) back to (?:her|his|my) (?:flat|room|place|apartment) and (?:shut|closed|locked) the door|stopped sleeping in (?:his|her) "
        r"own (?:room|bed)": 0.3,
    },
    "kidnapping": {
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
    },
    "abuse": {
        # control (the phone, the money, the keys), gaslighting and isolation, the excuses for the bruises
        r"(?:goes|went|going|go) through (?:her|his|my) (?:phone|messages|texts)|check(?:s|ed|ing)? (?:her|his|my) (?:phone|messages|texts) "
        r"every (?:night|day|evening|morning)|read(?:s|ing)? (?:all )?(?:her|his|my) (?:messages|texts|emails)": 0.35,
        _ONLY_BECAUSE: 0.35,
        r"(?:walked|walk|walks|walking) into (?:a|the) (?:\w+ )?(?:door|cupboard|doorframe|wall)|long sleeves (?:in|all|through) "
        r"(?:\w+ )?(?:july|august|june|summer|the heat)": 0.35,
        r"(?:you're|you are|you've been) (?:misremembering|imagining things|remembering it wrong|being hysterical)|that's not what happened|"
        r"that never happened": 0.35,
        r"(?:friends?|family) (?:were|was) a bad influence|one by one,? (?:they|her friends|his friends)(?:'d| had)? stopped (?:calling|"
        r"visiting|coming)": 0.35,
        r"(?:struck|hit|slapped|backhanded) (?:him|her|me|them) across the (?:face|mouth|cheek)": 0.3,
        r"(?:want|wants|wanted|bring|brings|brought|show|shows|showed|demand|demanded|demands) (?:me |him |her )?(?:the |all the |every )?"
        r"receipts": 0.35,
        r"(?:controlled|controls|kept|keeps|took|takes) (?:all )?(?:the|her|his|my) (?:money|bank cards?|wages|salary)|"
        r"(?:took|takes|kept|keeps|hid|hides) the car keys": 0.35,
    },
    "classism": {
        r"(?:mimick|mimic|imitat|mock|ap)\w* (?:his|her|their|my) (?:\w+ )?accent": 0.4,
        r"(?:grateful|lucky) to be (?:here|there) at all": 0.3,
        r"(?:mum|mom|mother|dad|father|parents?) (?:cleaned|cleans|cleaning) (?:offices|houses|toilets)": 0.3,
        r"(?:people|those|them|families|scroungers) on (?:benefits|welfare|the dole|food stamps)": 0.4,
        r"council (?:flats?|houses?)": 0.2, r"choos(?:e|es|ing) to be poor|(?:an )?honest day's work": 0.3,
        r"(?:the )?servants (?:were|are) (?:not|never) to be": 0.35,
        r"(?:ones|people|children|boys|girls) from the (?:workhouse|slums?|gutter|estate|projects)|one can always tell": 0.35,
        r"hid(?:e|ing)? the (?:family )?(?:silver|valuables|spoons)|count the spoons": 0.4,
        r"(?:whether|if) (?:he|she|they)(?:'d| had) (?:hired|rented|borrowed) (?:the|that|his|her|their) (?:suit|dress|car|clothes)": 0.3,
        r"(?:your|their|her|his) (?:kind|sort|type|lot) (?:carry|carries|spread|spreads|breed|breeds|smell|smells|stink|stinks)": 0.4,
    },
    "transphobia": {
        r"(?:i'm|i am) not calling (?:you|him|her|them) (?:that|by that name)|(?:won't|will not|refuse to|refused to|never) call "
        r"(?:you|him|her|them) (?:that|by that name|by (?:her|his|their) (?:new|chosen) name)": 0.5,
        r"(?:worked out|realised|realized|guessed|clocked|figured out) (?:that )?(?:he|she|they) (?:was|were|is|are) trans\b": 0.45,
        r"(?:called|calling|calls|call) (?:him|her|them|me) (?:a freak,? )?an ['\"]?it['\"]?(?= *[,.;!?])": 0.35,
        r"(?:sure|course|of course|yeah,? right) you(?:'re| are) not(?= *[.!])|(?:i'm|i am) not a (?:man|woman|boy|girl)(?= *[.!])": 0.3,
        r"men's (?:cuts?|section|clothes|toilets?|changing rooms?)|(?:we|they) don't (?:do|serve|cut|allow) (?:men|women|people like)": 0.3,
        r"what(?:'s| is| was) (?:really )?(?:in|under|inside) (?:his|her|their|my) (?:trousers|pants|jeans|skirt|knickers)": 0.45,
    },
    "sexism": {
        r"(?:is there|isn't there|can i (?:speak|talk) to|get me|i want) a man (?:who|to|here|around)|(?:speak|talk) to (?:a man|the man in "
        r"charge|your husband)": 0.5,
        r"no offence,? (?:love|darling|sweetheart|dear|hen|babe|sweetie)": 0.3,
        r"(?:a|no) (?:woman|girl|lady|female) (?:at the helm|in charge|in command|on (?:a|the|my) (?:ship|crew|team|boat)) (?:is|was|would be|"
        r"'s) (?:bad luck|unnatural|a joke|a disgrace|no good|wrong)|take orders from (?:her|a woman|a girl|a lady|a female)": 0.45,
        r"(?:a|no) (?:woman|girl|lady|female) (?:at the helm|in command)": 0.25,
        r"(?:the )?female (?:mind|brain|constitution|temperament|nerves)|(?:weaker|fairer|gentler) sex": 0.4,
        r"because (?:he|she) (?:happened to be|was) a (?:man|woman|boy|girl)|(?:just |only )?because (?:i'm|i am|she's|she is|she was|i was) "
        r"a (?:woman|girl)": 0.4,
        r"feminine (?:touch|assistance|help|wiles)|(?:your|her) pretty (?:little )?head": 0.35,
        r"(?:photographers|they|he|the director) (?:took|takes) (?:pictures|photos) of the men|took (?:the )?credit for (?:her|my) (?:work|"
        r"idea|research|discovery)": 0.4,
    },
    "body-hatred": {
        # mirrors covered or shunned, disgust at one's own body, photos cut out
        r"(?:covered|cover|covers|covering|turned|draped|smashed|avoided|avoid|avoids|avoiding) (?:every |the |all the |all |each )?"
        r"(?:bathroom |long |full-length |hall )?mirrors?|mirrors? (?:\w+ ){0,4}(?:covered|draped|turned (?:to|against) the wall)": 0.35,
        r"(?:i'm|i am|i look|i looked|i feel) (?:so |just |completely |utterly )?(?:disgusting|revolting|hideous|repulsive|grotesque|vile)": 0.4,
        r"(?:my|his|her) (?:arms|thighs|stomach|belly|legs|face|body|skin|hips) (?:are|is|were|was|look|looks|looked) (?:so )?(?:disgusting|"
        r"revolting|hideous|gross|repulsive|ugly)": 0.35,
        r"(?:despised|despises|loathed|loathes|hated|hates|revulsion at|disgust at|disgusted by) (?:this|that|his|her|my|their) (?:own )?"
        r"(?:body|reflection|flesh)|(?:butchered|betraying|collapsing) (?:thing|body|ruin)": 0.35,
        r"cut (?:herself|himself|myself|themselves) out of (?:every|all|the) (?:\w+ )?(?:photos?|pictures?|photographs?)": 0.3,
        r"(?:she|he) (?:looked|looks) (?:diseased|disgusting|hideous|revolting|grotesque)": 0.3,
        r"(?:pinch|pinches|pinched|pinching|grab|grabbed|squeez\w*) (?:at )?(?:the )?(?:skin|fat|flesh|roll) (?:at|of|on|around) (?:her|his|my) "
        r"(?:waist|stomach|belly|thighs|arms|hips)": 0.3,
    },
    "fat-phobia": {
        r"(?:a |an )?(?:girl|boy|woman|man|person|someone|lady) (?:of )?your size": 0.4,
        r"(?:such a )?pretty face,? (?:but|shame|pity)|shame about the rest|heifers?|(?:like|of) a (?:beached )?whale(?! ?-| (?:vessel|ship|boat|fisher\w*|fishing|oil|bone|song|shark))|beached whale|"
        r"(?:you|fat|big) whale": 0.35,
        r"(?:started |start |starts )?moo(?:ing|ed)\b|waddl\w*|save some (?:pies|food|cake|for) (?:for )?|(?:eat|ate|eaten|eating) all the pies": 0.35,
        r"(?:you mean|meaning|code for|by which (?:he|she|they) meant) (?:thin|skinny|slim)": 0.35,
        r"(?:a )?certain (?:image|look|body type)": 0.3,
        r"(?:poke|pokes|poked|poking|prod|prods|prodded|jab|jabs|jabbed) (?:at )?(?:his|her|my|their) (?:belly|stomach|gut|rolls|fat)": 0.35,
    },
    "suicide": {
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
    },
    "dying": {
        r"(?:can't|cannot|couldn't|could not|can no longer) feel (?:your|his|her|my|their) (?:legs|hands|feet|arms|fingers|body)": 0.35,
        r"stay with me": 0.35,
        r"(?:did not|didn't|never|would never|wouldn't) (?:open|opened) (?:them|(?:his|her|their|my) eyes) again|never woke(?: up)?"
        r"(?: again)?(?= *[,.;])": 0.5,
        r"(?:a season|a month|a week|a year|weeks|months|days),? (?:perhaps|maybe|at most|if that) (?:less|more)": 0.3,
    },
    "sexual-assault": {
        r"(?:while|as|until) (?:he|they) (?:did|was doing|finished) (?:it|what he (?:liked|wanted))|(?:did|do|does|doing) what(?:ever)? "
        r"(?:he|they) (?:liked|wanted|pleased) (?:with|to) (?:me|her|him)|(?:did|does|doing) what (?:he|they) liked": 0.35,
        r"(?:telling|told|tell|tells) (?:herself|himself|myself|themselves) it would (?:be over|end) soon|(?:waited|wait|waiting) for it to "
        r"be over": 0.4,
        r"(?:didn't|did not|never) say (?:yes|no)|took (?:that|it|his silence|her silence|silence) (?:as|for) (?:enough|a yes|consent|yes)": 0.45,
        r"unbuckl\w* (?:his|the) belt|(?:unzipped|unzipping|unzips|undid|undoing) (?:his|the) (?:fly|flies|trousers|jeans|belt)": 0.25,
        r"you (?:wanted|want|know you want) (?:this|it)|relax,? relax": 0.35,
        r"(?:hand|palm) (?:was |clamped |pressed )?(?:over|across) (?:his|her|my) mouth": 0.3, _CLOTHES_DOWN: 0.2,
        r"forced (?:him|her|me|them) (?:down|onto|against|over|across)": 0.3,
        r"(?:told|tell|asked|begged|beg|pleaded with) (?:him|her|them) to stop,? (?:and|but) (?:he|she|they) (?:laughed|didn't|did not|"
        r"wouldn't|kept going|carried on|ignored)": 0.45,
        r"(?:wifely|marital|my|her) duty|a husband can't|(?:his|a husband's) right": 0.3,
    },
    "mental-illness": {
        _STOPPED_DOING: 0.3,
        r"prescribed (?:him |her |me |them )?(?:tablets|pills|medication|antidepressants|something)": 0.3,
        r"(?:checking|checked|checks|check),? (?:and )?(?:checking|checked|checks|check),? and (?:checking|checked|checks|check)|"
        r"(?:googled|checked|washed|counted) (?:\w+ ){0,4}(?:nineteen|twenty|thirty|forty|fifty|a hundred|\d+) times": 0.45,
        r"the fear (?:sat|lived|was) in (?:his|her|my) (?:chest|stomach|throat)|(?:couldn't|could not|can't) (?:stop|help) (?:checking|"
        r"counting|washing)": 0.3,
        r"crisis team": 0.4,
        r"(?:hadn't|hasn't|wasn't|stopped|stop|not) tak(?:en|ing) (?:his|her|my|their) (?:tablets|meds|medication|pills)": 0.35,
        r"tin ?foil (?:over|on) (?:the|his|her|my) (?:windows?|head)|(?:they're|they are|someone's|someone is) (?:following|watching|"
        r"listening to) (?:me|us)": 0.35,
    },
    "dissection": {
        r"(?:lifted|lifts|lift|took|takes|scooped|pulled|removed|removes) (?:it|them|the (?:liver|heart|lungs?|kidneys?|brain|stomach|"
        r"spleen|organs?)) out|(?:set|put|placed|laid|weighed) (?:it|them|the (?:liver|heart|lungs?|kidneys?|brain|organs?)) (?:on|in) "
        r"the (?:scales?|tray|dish|jar)|(?:lifted|lifts|lift|took|takes|scooped|pulled|removed|removes) out (?:the )?(?:guts|organs|"
        r"entrails|liver|heart|lungs?|kidneys?|brain|intestines|innards|viscera)": 0.4,
        r"sternum|rib ?cage|bone saw": 0.25, r"(?:the )?(?:liver|kidneys?|spleen|lungs|stomach contents)": 0.2,
        r"(?:cut|cuts|slit|slits|incision) (?:up|down|along|across) the (?:belly|abdomen|chest|stomach|torso)|from (?:throat|chin|tail|"
        r"sternum|breastbone|collarbone) to (?:groin|tail|throat|navel|pelvis|belly)": 0.45,
        r"(?:peel\w*|fold\w*|work\w*|pull\w*) (?:the )?(?:skin|hide|pelt|scalp) (?:\w+ ){0,3}(?:back|away|off)": 0.35,
    },
    "eating-disorders": {
        r"(?:without|not) tasting (?:it|anything|any of it|a thing)": 0.35,
        r"(?:ate|eating|eat|eats) (?:[\w,]+ ){0,12}?(?:until|till) (?:her|his|my|their) (?:stomach|belly) (?:hurt|ached|was sore)": 0.35,
        r"(?:knelt|kneeling|kneels|kneel) (?:at|by|over|in front of) the (?:toilet|loo|bowl)|(?:turned|turns|ran|runs) (?:on )?the "
        r"(?:tap|taps|shower|water) (?:on)?,? (?:\w+ ){0,3}and (?:knelt|kneels)": 0.4,
        r"(?:hid|hide|hides|hiding|buried|bury) (?:the )?(?:empty )?(?:wrappers|packets|tubs?|boxes|food) (?:\w+ ){0,5}(?:bin|bag|under|"
        r"drawer)": 0.3,
        r"(?:weighed|weigh|weighs|weighing) (?:about |only |just |barely |less than )?(?:five|six|seven|\d+) (?:stone|kilos|kg)": 0.35,
        r"inpatient|admitted (?:me|her|him)": 0.25,
        r"(?:every|each) calorie|calories? (?:written|logged|counted|noted)|(?:logged|logs|counted|wrote down|writes down) (?:every |each "
        r"|all the )?(?:calories|mouthful|bite|morsel)": 0.4,
        r"(?:belt|jeans|trousers|clothes) (?:\w+ ){0,4}(?:last hole|hung off|hanging off|falling off)|punched new holes?": 0.35,
    },
    "child-abuse": {
        # the cover story for a child's marks, a child left with nobody home, a parent's "you ruined my life", grooming online
        r"(?:marks|bruises|welts|burns|cuts|scratches) (?:\w+ ){0,6}(?:that|which) (?:his|her|their) (?:mum|mom|mother|dad|father|parents?|"
        r"stepfather|stepmother|stepdad|stepmum) (?:said|says|claimed|swore) (?:came|were|was) from": 0.45,
        r"(?:nobody|no one|no-one|(?:his|her|their) (?:mum|mom|mother|dad|father|parents)) (?:had )?(?:come|came|been) home (?:since|for)": 0.4,
        r"(?:you|she|he) ruined my life|(?:and )?then you came along|(?:wish|wished) (?:you|she|he) (?:had )?(?:never been|was never|"
        r"were never) born": 0.4,
        r"(?:can't|couldn't|mustn't|shouldn't|not to|never) tell (?:your|her|his|their) (?:mum|mom|mother|dad|father|parents)": 0.35,
        r"(?:asked|asks|ask|asking) (?:her|him|them) (?:for|to send) (?:a |some )?(?:photos?|pictures?|pics?) (?:of (?:her|him|them)"
        r"(?:self|selves)? )?in (?:her|his|their) (?:pyjamas|pajamas|underwear|bath|nightie|nightdress)": 0.45,
    },
    "underage": {
        # the sexual side only: the age is read by age.py
        r"(?:hand|hands|fingers) (?:up )?(?:under|inside|down) (?:her|his|my|their) (?:\w+ )?(?:shirt|top|skirt|dress|jumper|blouse|jeans|"
        r"trousers|shorts|knickers|pants)": 0.45,
        r"send (?:him|her|me) (?:something|a (?:photo|picture|pic)|pics|photos|nudes)|nudes": 0.4,
        r"let (?:everything|it all|the rest) (?:else )?happen|went (?:a lot |much )?further than kissing|(?:both )?(?:their|our) first times?": 0.45,
        r"(?:how )?grown-up (?:she|he|you) (?:looked|looks|seemed)|girls (?:your|her) age|boys (?:your|his) age": 0.35,
        r"(?:told|tells|tell) (?:her|him) to (?:keep quiet|keep it quiet|keep it (?:a )?secret)": 0.35, r"condoms?(?: wrappers?)?": 0.3,
    },
    "blood": {
        r"(?:spat|spits|spit|spitting|coughed|coughs|coughing) (?:up )?(?:red|crimson|scarlet)|(?:bright|red|scarlet|crimson) (?:drops|"
        r"droplets|spatters?|streaks|smears?)": 0.4,
        r"nose (?:is |was |started |kept )?(?:gushing|pouring|streaming|dripping)": 0.45,
    },
    "self-harm": {
        r"(?:row|rows|ladder|ladders) of (?:\w+ )?(?:lines|cuts|scars|marks|burns|dots|bruises)": 0.4,
        r"(?:took|takes|take|taking|got|gets|pulled|pulls) (?:out )?(?:the|a|her|his|my) (?:razor|blade|razor blade|scalpel)": 0.25,
        r"(?:bruis(?:e|es|ed|ing)|punch(?:es|ed|ing)?|pinch(?:es|ed|ing)?|bit(?:es|ing)?) " + SELF: 0.45,
        r"(?:until|till) (?:the skin|it|they) (?:comes?|came) up (?:purple|red|raw|in welts)": 0.3,
        r"(?:traced|kissed|touched|ran (?:his|her) (?:thumb|fingers?) over) (?:the |each |every |her |his )?(?:\w+ )?(?:scars?|lines) (?:on|"
        r"along|across|of) (?:his|her|my|their|[\w']+'s) (?:\w+ )?(?:arms?|wrists?|forearms?|thighs?)": 0.3,
        r"(?:pressed|pushed|dug|stuck|jabbed) (?:the |a )?(?:drawing pin|pin|needle|thumbtack|tack|compass point|point) (?:\w+ ){0,2}into "
        r"(?:the (?:pad|palm|back|skin) of )?(?:his|her|my|their) (?:own )?(?:thumb|finger|palm|hand|arm|wrist|thigh|skin)": 0.45,
    },
    "animal-death": {
        # a death word near an animal (see ANIMAL_IN_VIEW); a fox in the night; a neck bent wrong
        r"died|dies": 0.35, r"(?:was|were) put (?:down|to sleep)|stopped breathing|(?:didn't|did not|never) (?:get|got) up again": 0.3,
        r"(?:breathing|breaths|heart(?:beat)?) (?:slowed|stopped|faded)": 0.3,
        r"(?:the )?fox(?:es)? (?:had )?(?:got|killed|took|come|came|get)": 0.35,
        r"neck (?:bent|twisted|broken) (?:wrong|at an angle)|(?:bent|twisted) wrong": 0.3,
    },
    "animal-cruelty": {
        # hurting "it" counts only with an animal in view (see ANIMAL_IN_VIEW)
        r"(?:beat|beats|beating|hit|hits|whipped|thrashed|struck|kicked) it (?:with|until|till|across|on)": 0.4,
        r"half-starved|(?:kept|keeps|keep) (?:\w+ ){0,3}(?:half-)?starved": 0.35,
        r"held (?:its|the \w+'s) (?:nose|head|muzzle) (?:in|under)": 0.45,
        r"(?:claws|nails) (?:had )?(?:grown|grew) (?:round |right )?(?:into|through)|(?:matted|caked|crusted) (?:solid )?with (?:their|its|"
        r"his|her) own (?:muck|filth|faeces|feces|urine|waste|excrement|dirt)|stacked (?:two|three|four) high|puppy (?:farms?|mills?)": 0.45,
        r"(?:they're|they are|they were|were|are) only animals|just animals": 0.3,
        r"(?:ring|hook|chain) (?:through|in) (?:its|the \w+'s) (?:nose|snout|lip)|dancing bears?": 0.45,
        r"(?:took|taken|take|takes|caught|catch|catches) (?:it|the \w+|a \w+) (?:\w+ ){0,4}with (?:a|the) (?:lighter|matches|match|"
        r"magnifying glass|fireworks?|blowtorch|air ?gun|catapult|bb gun|pellet gun)": 0.45,
        r"(?:dragging|dragged|drag|pulled|pulling|yanked) it (?:back )?by (?:the|its) (?:legs?|tail|ears?|scruff|neck)": 0.35,
    },
}
# An animal near the cue: the round-3 "it" and death classes of the animal labels need one within 300 characters.
ANIMAL_IN_VIEW = [ANIMAL + r"|vets?|veterinar\w*|fur|paws?|muzzle|snout|tail|whiskers|mane|hooves|kennel|hutch|litter|stables?|"
                  r"pasture|barn|herd|flock|collar|leash|sheepdog|tank"]
# Talk about a topic in a course, a debate or its law: "the self-harm awareness session", "the 1967 Abortion Act".
EDUCATION = [r"training|awareness|courses?|slides?|workshops?|debat\w*|motions?|lectures?|seminars?|statistics|curriculum|"
             r"modules?|syllabus|laws?|legislation|topics?"]
TOPIC_SENSES: dict[str, tuple[Sense, ...]] = {
    "animal-death": (_sense([r"died|dies|(?:was|were) put (?:down|to sleep)|stopped breathing|(?:didn't|did not|never) (?:get|got) up "
                             r"again|(?:breathing|breaths|heart(?:beat)?) (?:slowed|stopped|faded)|neck (?:bent|twisted|broken)|"
                             r"(?:bent|twisted) wrong"], ANIMAL_IN_VIEW, 0.0, scope=300, absent=True),),
    "animal-cruelty": (_sense([r"(?:beat|beats|beating|hit|hits|whipped|thrashed|struck|kicked) it|(?:dragging|dragged|drag|pulled|"
                               r"pulling|yanked) it|(?:took|taken|take|takes|caught|catch|catches) (?:it|the \w+|a \w+)|half-starved|"
                               r"(?:kept|keeps|keep)"], ANIMAL_IN_VIEW, 0.0, scope=300, absent=True),),
    # a hangover called "morning sickness"; "we're expecting" rain or guests
    "pregnancy": (_sense([r"morning sickness|eating for two"], [r"hangover|mead|drank|drunk|beer|booze|wine|pints?|barrel"], 0.2,
                         scope=300),
                  _sense([r"expecting"], [r"rain|snow|storm|company|guests|visitors|delivery|parcel|package|post"], 0.0, scope=150)),
    # a course, a debate or a law about the topic, not a character's own
    "self-harm": (_sense([r"self[- ]?harm\w*|self[- ]?injur\w*"], EDUCATION, 0.3),),
    "abortion": (_sense([r"abortions?"], EDUCATION, 0.3),),
    # a novel's title or a set text
    "kidnapping": (_sense([r"kidnap\w*"], [r"novels?|set texts?|chapters?|authors?|paperback|reading list"], 0.3, scope=200),),
    # a game's or a sport's "suicide"
    "suicide": (_sense([r"suicid\w*"], [r"respawn\w*|bunt|inning|dugout|pitch|squeeze|video ?game|headset|level|player"], 0.0,
                       scope=250),),
    # a lecture on the manual's categories
    "mental-illness": (_sense([r"[a-z]+"], [r"dsm(?:-\w+)?|diagnostic criteria|mnemonic|rotation|syllabus|textbooks?|lectures?|"
                                            r"seminars?|curriculum|module"], 0.4),),
    # once "bloody" swears in a passage ("bloody hell"), its other "bloody X" are swearing too
    "blood": (_sense([r"bloody"], [r"bloody (?:hell|well|idiot|git|fool|vicar|typical|marvellous|brilliant)"], 0.2, scope=400),),
}
TOPIC_FIGURATIVE: dict[str, list[str]] = {
    "blood": [r"blood is thicker than water|pure-?bloods?|half-?bloods?|"
              r"mudbloods?|sweat(?:ed|s|ing)? blood|blood (?:group|type)s?"],
    "suicide": [r"suicide (?:squeeze|doors?)"],
    "kidnapping": [r"(?:held|hold|holds|holding) (?:the|a|this|that|our|their|his|her) (?:whole |entire )?(?:city|country|town|nation|"
                   r"world|club|team|industry|government|economy|market|company|league|fans|public) (?:to )?(?:ransom|hostage)"],
}


_LEXICONS: list[LabelLexicon] = [
    _lex("pornographic-content", {
        # round 2: coming told with a pronoun, tongues and fingers at work, getting slick, pushing in
        r"(?:until|till) (?:she|he|i|you|they|we) (?:comes?|came)(?= *[,.;!?])|(?:she|he|i|you|they|we) (?:comes?|came) (?:hard|again|"
        r"apart|undone|all over|with a (?:cry|shout|moan|groan|gasp|sob)|around|inside)\b": 0.45,
        r"(?:work|works|worked|working) (?:her|him|me) (?:\w+ )?with (?:your|his|her|my) (?:tongue|fingers|mouth)|(?:your|his|her|my) "
        r"tongue (?:\w+ ){0,3}(?:into|inside) (?:her|him|me)": 0.45,
        r"spread(?:s|ing)? (?:her|his|my|your) (?:thighs|legs) (?:for|wider|apart)": 0.3,
        r"(?:pushed|pushes|pushing|slid|slides|sliding|sank|sinks|sinking) in (?:slowly|deep|deeper|to the hilt|all the way)": 0.4,
        r"slick(?:s|ed|ing)? (?:himself|herself|myself|yourself|his cock|his fingers|him|her) up": 0.45,
        r"(?:his|your|my) prick": 0.45,
        COCK + r"|dick|penis|vagina|pussy|clit\w*|cunt": 0.45, r"orgasm\w*|ejaculat\w*|semen|climax(?:ed|ing)": 0.45,
        r"cum(?:s|ming|med)?|come(?:s)? (?:inside|all over)|came (?:inside|all over|in (?:his|her|my) (?:mouth|hand|ass|arse))|"
        r"until (?:he|she|i|they|we) (?:both )?came\b": 0.45, r"precome|pre-cum|precum": 0.6,
        r"blowjob|blow job|handjob|hand job|rimm(?:ed|ing) (?:him|her|me|his|my)": 0.6,
        r"thrust(?:s|ed|ing)? (?:up )?(?:into|inside|deeper|harder)": 0.45, r"(?:fuck|fucked|fucking) (?:him|her|me|you|them) "
        r"(?:hard|harder|deep|deeper|senseless|into|against)": 0.6, r"erection|hard-?on|arousal|aroused": 0.3,
        r"lube\w*|condom\w*": 0.3, r"nipples?": 0.25, r"(?:had|having|have) sex|made love|making love": 0.35,
        r"moan(?:ed|ing|s)?": 0.15, r"naked|nude": 0.15, r"(?:his|her) (?:length|shaft|entrance)": 0.35,
        r"finger(?:ed|ing|s)? (?:him|her)self|finger(?:ed|ing) (?:him|her)": 0.4, r"prostate": 0.4,
        r"grind(?:ing|ed)? (?:against|into)": 0.25, r"stroked? (?:him|his|her) (?:cock|dick|length)": 0.6,
        # riding, fingers and tongues inside, clothes shoved down
        r"(?:rode|ride|rides|riding) (?:him|her|me)(?= (?:slowly|hard|harder|faster|fast|through|until)\b|[,.;!?])": 0.45,
        r"(?:slid|slides|sliding|pushed|pushes|pushing|crooked|curled|curling) (?:two |three |a |one )?(?:\w+ )?fingers? "
        r"(?:into|inside|in) (?:her|him|me)": 0.5,
        r"(?:licked|licking|licks|tongue) (?:\w+ ){0,4}(?:clit|cock|cunt|hole|nipples?|(?:his|her) thighs)": 0.45,
        r"(?:stretch(?:ed|ing)? (?:me|him|her) (?:open|wide|out)|every inch of (?:him|her) (?:inside|stretch\w*))|"
        r"feeling every inch of (?:him|her)": 0.35,
        r"(?:trousers|jeans|pants|knickers|boxers|panties|briefs|underwear) (?:shoved|pulled|tugged|yanked) (?:down|off)|"
        r"(?:shoved|pulled|tugged|yanked) (?:his|her|my) (?:trousers|jeans|pants|knickers|boxers|panties|briefs|underwear) "
        r"(?:down|off)": 0.3,
        r"slick with (?:sweat|lube|slick|come|cum)": 0.25,
        r"(?:mouth|lips) (?:closed|wrapped|sank|slid|tightened) (?:around|over|down on) (?:him|her|his (?:cock|dick|length))": 0.45,
        r"hips (?:jerked|bucked|snapped|rolled|stuttered) (?:up|into|forward|against)|hips snapping": 0.3,
        r"(?:mouth|lips|tongue) on (?:his|her|[\w']+) (?:cock|dick|clit|cunt|pussy)": 0.5,
        r"(?:coming|come|comes|came) (?:down|in|on|all over) (?:his|her|my) (?:throat|mouth|face|chest|stomach|tongue)": 0.45,
        r"(?:worked|working|opened|opening|stretched|stretching|fingered|fingering) (?:him|her|me) (?:open|wide|loose)": 0.45,
        r"(?:clench(?:ed|ing)?|tighten(?:ed|ing)?|squeez(?:ed|ing)) (?:\w+ )?around (?:her|his|my) (?:fingers|cock|length)|"
        r"(?:clenching|clenched) around (?:him|her|me)": 0.4, r"to the hilt|balls deep": 0.4,
        r"fuck(?:ed|ing|s)? into (?:him|her|me|them)|(?:fucked|fucking) (?:him|her|me|them)\b(?! (?:up|over|off|around)\b)": 0.5,
        r"(?:sank|sinks|sinking|sink|slid|slides|sliding|eased|eases|easing|lowered) (?:\w+ ){0,2}(?:onto|on to|into|inside) "
        r"(?:him|her|me|his (?:cock|dick|length|fingers)|her (?:cunt|pussy|fingers))": 0.45,
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
        # round 2: wrists held down after "stop", a refusal overridden, the hand on a stranger's body in a crowd, pressure
        # until "fine", and what a survivor will not put into words
        r"(?:pinned|held|holding|pinning|pressed|pressing) (?:his|her|my|their) wrists? (?:down|above|over|against|to)": 0.35,
        r"(?:told|asked|begged|tells|asks|begs|telling|asking|begging) (?:him|her|them) to stop": 0.3,
        r"(?:and|but) (?:didn't|did not|wouldn't|would not) stop\b": 0.3,
        r"(?:went|go|goes|going) (?:somewhere|someplace) else in (?:her|his|my|their) head": 0.35,
        r"refused,? (?:\w+ ){0,3}(?:held|pinned|forced|dragged|tied|grabbed) (?:him|her|me|them)\b": 0.45,
        r"what happened (?:after|next|then|that night),? (?:\w+ )?(?:did not|didn't|couldn't|could not|wouldn't|would not|never) "
        r"(?:let (?:himself|herself|myself|themselves) )?(?:remember|think about|speak of|talk about|name|put into words)": 0.4,
        r"(?:hand|hands) on (?:her|his|my) (?:bum|arse|backside|behind)": 0.35,
        r"(?:packed|crowded|rush[- ]hour) (?:tube|train|bus|carriage|subway|platform|lift|elevator)": 0.2,
        r"(?:just )?to make (?:it|him|her|them) stop": 0.3, r"(?:kept|keep|keeps|keeping) (?:on )?asking": 0.2,
        r"rap(?:e|ed|es|ing|ist|ists)": 0.8, r"molest\w*": 0.8, r"sexual(?:ly)? assault\w*|sexual abuse": 0.85,
        r"non-?con\w*|dub-?con\w*": 0.7, r"against (?:his|her|my|their) will": 0.45, r"forced (?:himself|herself|themselves) (?:on|onto)": 0.7,
        r"without (?:his|her|my|their) consent|(?:didn't|did not|couldn't|could not|hadn't|had not|never) (?:consent\w*|agree\w* "
        r"to (?:anything|it|this|that|any of it))": 0.6, r"grop(?:e|ed|ing)": 0.5,
        r"(?:pinned|held) (?:him|her|me) (?:down|against)": 0.3, r"coerc\w*": 0.3, r"(?:stop|no),? please": 0.2,
        # saying no, not being able to say it, and what is done then
        r"(?:she|he|i|they) said no(?= (?:twice|again|three times|clearly|but|and (?:he|she) (?:didn't|did not|kept))\b|[,.;!?])|"
        r"(?:said|says|say|saying) no (?:twice|again|three times|over and over)": 0.35,
        r"(?:couldn't|could not|can't|cannot|wasn't able to) (?:\w+ ){0,4}(?:say|form|speak|make) (?:\w+ ){0,3}(?:no|stop)\b": 0.5,
        r"(?:took|take|takes|taking) what (?:he|she|they) (?:wanted|had been promised|was owed|was promised|thought (?:he|she) was owed)": 0.5,
        r"(?:put|slipped|spiked|dropped) (?:something|a pill|a drug|drugs|\w+) (?:in|into) (?:her|his|my|their) (?:drink|glass|wine|beer)|"
        r"roofie\w*|rohypnol|date rape|drugged (?:her|him|me)": 0.6,
        r"while (?:she|he|i|they) (?:was|were) (?:unconscious|passed out|drugged|out cold|too drunk)": 0.45,
        r"(?:hands?|fingers) (?:\w+ ){0,3}(?:under|up) (?:her|his|my) (?:skirt|dress|shirt)": 0.3,
        r"(?:tights|underwear|knickers|panties|clothes|dress) (?:were |was )?(?:torn|ripped)": 0.3,
        r"(?:eyes|gaze) crawl(?:ed|ing|s)? over|leer(?:ed|ing|s)? at": 0.25,
        r"(?:you know|that's) what it costs|(?:pay|paid|repay|settle) (?:\w+ ){0,2}with (?:her|his|my|your) body": 0.45,
        r"(?:what to call|a name for|the words for) what (?:had )?happened": 0.25,
        r"(?:kept going|didn't stop|did not stop|wouldn't stop|would not stop|carried on) (?:\w+ ){0,3}(?:when|after|even (?:when|after|"
        r"though)) (?:she|he|i|they) (?:told|asked|begged|said|screamed|cried|pushed)": 0.5,
        r"spiked (?:her|his|my|their) (?:drink|glass|wine|beer|coffee)": 0.6,
        r"(?:tore|tearing|tugged|tugging|ripped|ripping|yanked|yanking|clawed|clawing|pulled|pulling) at (?:her|his|my) (?:jeans|"
        r"clothes|shirt|skirt|dress|blouse|belt|trousers|underwear|knickers|tights)": 0.45, r"(?:had|got) (?:her|him|me) pinned": 0.3,
        r"(?:did|done|do|does|went ahead|kept going|carried on) (?:it )?anyway": 0.3,
        r"(?:she|he|i) froze|went (?:still|limp|rigid)|(?:couldn't|could not) (?:move|scream|speak|breathe)": 0.15,
        r"(?:he|she|they) (?:didn't|did not) (?:care|stop|listen)": 0.3,
        r"(?:woke|wakes|waking|woken) (?:up )?(?:\w+ ){0,3}(?:with no memory|in a stranger's bed|with (?:her|his|my) (?:clothes|tights|"
        r"underwear|knickers) (?:torn|gone|missing))": 0.35,
    }, graphic=SEX_EXPLICIT, figurative=[
        # consent to a marriage, a plan or a sale ("her father would never consent to the union")
        r"consent\w* to (?:the|a|an|their|our|his|her|my|this|that|such an?) (?:\w+ )?(?:union|match|marriage|engagement|wedding|"
        r"plan|scheme|proposal|arrangement|terms|sale|treaty|request|bargain|alliance|journey|voyage|departure|separation)",
        # groping one's way, groping for the latch: searching, not touching someone
        r"grop(?:e|es|ed|ing) (?:his|her|my|their|its|our|your) way",
        r"(?<!was )(?<!were )(?<!been )(?<!being )(?<!got )grop(?:e|es|ed|ing)(?! (?:him|her|me|them|us|you|at (?:him|her|me|them|us|you))\b)"]),
    _lex("abuse", {
        # round 2: gaslighting, isolation from family, what the neighbours heard, the punishment rituals of a household
        r"(?:says|said|tells|told|insists|insisted) (?:\w+ ){0,2}(?:she|he|i|they)(?:'s| is| was| am|'m|'re| are| were) "
        r"(?:always |just )?(?:forgetful|forgetting|crazy|imagining (?:it|things)|losing (?:it|her mind|his mind|my mind)|"
        r"remembering (?:it )?wrong|overreacting|too sensitive|getting worse)|(?:she|he|i) (?:must|must've|must have) (?:put|moved|"
        r"lost|hidden|said|done) (?:it|them) (?:there|herself|himself|myself)": 0.45,
        r"(?:can't|cannot|couldn't|could not|isn't allowed to|wasn't allowed to|weren't allowed to|not allowed to|forbade (?:her|him|me) "
        r"to|forbids (?:her|him|me) to) (?:see|visit|call|phone|talk to|speak to) (?:her|his|my|their) (?:own )?(?:sister|brother|"
        r"friends|family|mother|mum|mom|father|dad|parents)": 0.45,
        r"(?:handle|handles|handled|handling|take over|took over|takes over|taking over|manage|manages|managed) (?:the|all the|her|"
        r"his|my) (?:money|finances|accounts|bank cards?)": 0.3,
        r"(?:knew|know|knows|heard|remember|remembered|saw) what (?:he|she|[a-z]+) (?:did|does|was doing|had done|used to do) to "
        r"(?:her|him|them|me)": 0.35,
        r"(?:hear|heard|hears|hearing) (?:it|them|him|her|everything|the fights?|the shouting|the yelling|(?:her|his) (?:crying|screams|"
        r"screaming)) through the (?:walls?|floor|floorboards|ceiling)": 0.4,
        r"(?:wore|wearing|wears|wear|in) (?:dark )?(?:sunglasses|long sleeves|a scarf|a turtleneck|polo necks?|a polo neck) (?:\w+ ){0,2}"
        r"(?:in (?:december|january|february|winter|the rain|july|august|the heat|summer)|indoors)": 0.4,
        r"(?:kneel|knelt|kneeling|kneels) on (?:rice|gravel|glass|stones|dried peas|broken glass|the stone floor) (?:\w+ ){0,3}(?:for|until|till)": 0.5,
        r"(?:decided|decides|decide|chose|chooses|choose) (?:who|whether) (?:\w+ ){0,2}(?:ate|eats|married|marries|slept|sleeps|spoke|"
        r"speaks|left|leaves|went|goes)\b": 0.35,
        r"(?:lock(?:ed|s|ing)?|shut(?:s|ting)?|had (?:him|her|me|them) locked) (?:(?:him|her|me|them|up) )?(?:in|into) (?:the|a|an) (?:\w+ )?"
        r"(?:cellar|basement|cupboard|closet|attic|shed|feed bin|bin|trunk|box|cage|root cellar|bathroom|room|coal ?hole) (?:\w+ ){0,2}"
        r"(?:for (?:a week|days|hours|the night|a day)|overnight|all night|without (?:food|water))": 0.5,
        r"(?:hold|held|holds|holding|pin|pinned|pins|pinning) (?:him|her|me|them) down (?:\w+ ){0,4}?(?:and|while|to) (?:\w+ ){0,2}(?:call|called|"
        r"hit|punch|kick|spit|shove|shoved|force|forced)": 0.4,
        r"(?:read|reads|reading) (?:their|her|his|my|our) (?:diar(?:y|ies)|letters|journals?) (?:out )?aloud": 0.35,
        r"abus(?:e|ed|es|ive|er|ers|ing)": 0.55, r"domestic violence": 0.8, r"gaslight\w*": 0.6,
        r"bull(?:y|ied|ies|ying)": 0.5, r"belittl\w*|demean\w*": 0.35, r"manipulat\w*": 0.3, r"neglect(?:ed|ful)?": 0.35,
        r"(?:hit|beat|slapped|hurt) (?:him|her|me) again": 0.5, r"worthless|pathetic excuse": 0.2,
        r"used to (?:beat|hit|slap|hurt|punch|kick|lock) (?:him|her|me|them)|(?:beat|hit|slapped) (?:him|her|me) (?:when|whenever|every time)": 0.6,
        # the abuser's script, control and isolation, the victim's fear
        r"(?:look|see) what you(?:'ve)? made me do|you made me (?:do (?:this|that)|hurt you|hit you)|"
        r"(?:i|you know i) hate it when you make me": 0.65,
        r"first time (?:he|she|they) (?:hit|slapped|hurt|struck|beat|shoved|pushed|choked|grabbed) (?:me|him|her|them)": 0.6,
        r"walk(?:ed|ing|s)? on eggshells": 0.45,
        r"(?:husband|wife|boyfriend|girlfriend|partner|fiancée?|fiance)'s (?:fists?|hands?|belt|temper|rages?|beatings?)": 0.45,
        r"(?:flowers|apolog(?:y|ies)|gifts) the next (?:morning|day)|(?:swore|swears|promised|promises|promise|swear) (?:\w+ )?(?:it|that "
        r"it)(?:'d| would| will|'ll) never happen again": 0.45,
        r"(?:beat|beats|beating|beaten|hit|hits|whipped|thrashed|thrash) (?:him|her|me|them) with (?:a |the |their |his |her )?(?:belts?|"
        r"canes?|sticks?|fists|brooms?|whips?|hoses?|wire|cords?|shoes?|slippers?|hangers?)": 0.5,
        r"(?:made|make|making|makes) (?:him|her|me|them) (?:scrub|clean|kneel|beg|crawl|grovel|eat off)": 0.25,
        r"(?:controlled|controls|controlling|control) (?:the|all the|her|his|my|their) (?:money|finances|bank|purse strings|accounts)": 0.45,
        r"(?:told|tells|telling) (?:everyone|everybody|people|the neighbours|the neighbors|the family) (?:\w+ ){0,3}(?:that )?(?:she|he|i|they) "
        r"(?:was|is|were|am|are) (?:unstable|crazy|mad|insane|lying|a liar|hysterical|imagining)": 0.45,
        r"(?:never |only |always )?(?:hit|hurt|mark(?:ed)?|bruised?|punch(?:ed)?|kick(?:ed)?) (?:him|her|me|them) where (?:it|they|the "
        r"bruises|anyone|people|nobody) (?:would|wouldn't|would not|won't|couldn't|could|will) (?:show|see)": 0.55,
        r"(?:checked|checks|checking|went through|goes through|going through) (?:my|his|her|their) (?:phone|messages|texts|emails)|"
        r"read (?:his|her|my) (?:letters|messages|diary) before (?:he|she|i) (?:did|could)": 0.3,
        r"isolat(?:ed|ing|es|e) (?:me|him|her|them) from|(?:decided|decides|controlled|controls|controlling|chose|chooses) "
        r"(?:who|what|where|when|how) (?:he|she|i|they) (?:\w+ )?(?:spoke|speak|saw|see|ate|eat|went|go|wore|wear|talked|talk|spent)": 0.5,
        r"(?:punished|punishes|punishing|punish) (?:him|her|me|them) (?:with|by) (?:silence|the silent treatment|starving|withholding|"
        r"ignoring)|(?:the )?silent treatment": 0.4,
        r"(?:thrown|threw|throws|throwing|hurled|hurls) (?:the |a |his |her )?(?:\w+ )?at (?:the wall|my head|his head|her head)": 0.3,
        r"(?:bruises|marks|welts|fingerprints|handprints?) (?:on|along|up|around|across) (?:his|her|my|their|[\w']+'s) "
        r"(?:\w+ )?(?:arms?|forearms?|wrists?|neck|throat|ribs|back|face|cheek|thighs?)": 0.35,
        r"flinch(?:ed|es|ing)? (?:\w+ ){0,5}(?:raised (?:his|her|their) (?:voice|hand|cane|belt|fist|arm|wand|stick))|flinch(?:ed|es|ing)? (?:when|whenever|every "
        r"time|at every)": 0.35,
        TOLD_WORTHLESS: 0.45,
        r"(?:didn't|did not|don't|doesn't) have (?:my|his|her|their) own (?:bank card|bank account|money|phone|key)|(?:takes|took|"
        r"taking|stole|steals|stealing) (?:my|his|her|their) (?:pension|wages|money|bank card|paycheck|benefits)": 0.35,
        r"(?:hold|held|holds|holding|push(?:ed|es|ing)?|shov(?:e|ed|es|ing)|forc(?:e|ed|es|ing)) (?:his|her|my|their) head "
        r"(?:under|in|into|down in)(?: the)? (?:water|trough|bucket|tub|toilet|bath|sink)": 0.55,
        r"(?:came|comes|come|got|gets) home drunk|(?:hear|heard|hearing|hears) (?:the )?(?:slaps?|blows|screaming|thuds?) "
        r"(?:through|from|downstairs|upstairs|and)": 0.3,
        r"(?:cover(?:ed|ing|s)?|hid(?:e|es|ing)?|hidden|conceal(?:ed|ing|s)?) (?:up )?(?:the |his |her |my |their )?(?:fresh |new )?"
        r"bruises": 0.45,
        r"bruises (?:\w+ ){0,2}(?:with|under|beneath|behind) (?:concealer|make-?up|foundation|long sleeves|a scarf|sunglasses|"
        r"a turtleneck|powder)": 0.6,
        r"lock(?:ed|s|ing)? (?:the door|him in|her in|me in|them in) so (?:he|she|i|they) (?:couldn't|could not|can't) (?:leave|get out|"
        r"escape)": 0.4,
        r"(?:hos(?:e|ed|ing)) (?:him|her|me|them) down|(?:made|make|making) (?:him|her|me|them) (?:stand|kneel|sit) (?:\w+ ){0,5}"
        r"(?:until|till|for hours)|kick(?:ed|ing|s)? (?:him|her|me|them) for (?:falling|crying|talking)": 0.4,
    }, figurative=[r"bully (?:for|shine|good|pulpit)",
                   r"(?:alcohol|substance|drug|drugs|solvent|steroid|opioid|opiate|prescription|cocaine|heroin) (?:ab|mis)us(?:e|er|ers)",
                   r"abus(?:e|ed|es|ing) (?:the|a|an|this|that|his|her|their|my|your|our|its) (?:[\w'-]+ )?(?:glitch|bug|exploit|system|"
                   r"rules?|loophole|privileges?|powers?|position|authority|hospitality|patience|credit|card|access|mechanic|cheat|"
                   r"drugs?|alcohol|substances?|painkillers|word|language|term|office|rank|prerogative|goodwill|generosity|"
                   r"buttons?|remote|features?|function|keys?|shortcuts?|abilit(?:y|ies)|spells?|skills?|combo|glitches|sofa|"
                   r"cushions?|furniture|car|keyboard|piano|phone|toys?|carpet|door|machine|engine|gears?|brakes|clutch)",
                   r"(?:literally|basically|practically|technically|borderline) (?:\w+ )?abuse"],
        senses=(_sense([r"abus\w*"], TEASING, 0.4),)),
    _lex("blood", {
        r"blood\w*|bled|bleed(?:s|ing)?": 0.6, r"gore|gory": 0.7, r"scabs?|gash(?:es)?": 0.3,
    }, graphic=GORE, figurative=BLOODY_SWEAR + BLOODY_INTENSIFIER + [r"bloody (?:hell|idiot|git|brilliant|well|good|fool|mary)", r"blood (?:type|test|sugar|pressure|orange)",
                                r"(?:bad|new|royal|young|pure) blood", r"in cold blood", r"blood (?:relative|brother|line)s?",
                                r"out for blood", r"first blood",
                                r"(?:blue|noble|mixed|unmixed|\w+ish|\w+-saxon|gentle|common) blood", r"blood-?lines?|bloodhounds?|bloodless\w*",
                                r"flesh and blood", r"blood (?:is|being) thicker", r"blood will (?:out|tell)",
                                r"blood[- ]?red|blood colou?r|blood oranges?", r"(?:cold|hot|warm|full|blue|half|pure|red|mixed)-?blooded",
                                r"blood (?:ran|runs|run|boil\w*|curdl\w*|froze|freezes|chill\w*)",
                                r"blood (?:of (?:the )?\w+ )?(?:curdl\w*|boil\w*)",
                                r"blood (?:rush\w*|rose|mounted|flew|drained|surged)(?: \w+)? (?:to|from|in(?:to)?) (?:his|her|my|their) (?:face|cheeks?|head|ears)",
                                r"(?:in|of) (?:their|his|her|my|our) blood",
                                # blood as a kind of thing, not blood shed: sports, feuds, oaths, magic, donations
                                r"blood[- ]?(?:sports?|feuds?|oaths?|pacts?|magic|money|debts?|price|moons?|banks?|donors?|drives?|"
                                r"donations?|samples?|work|counts?|groups?|thirst\w*|lust)",
                                r"(?:give|gives|gave|given|giving|donat\w*) blood"],
        # red paint, ketchup or stage blood taken for blood: "you're bleeding -- it's paint"
        senses=(_sense([r"blood\w*|bled|bleed(?:s|ing)?"], [r"paint|paintball\w*|ketchup|jam|fake|stage blood|costume|halloween|"
                                                           r"corn syrup|food colou?ring|lipstick|nail polish|props?"], 0.3, scope=250),)),
    _lex("suicide", {
        # round 2: the rope or pills ready, the ledge and the step off, not wanting to wake up, the life "taken"
        r"(?:rope|noose|pills|tablets) (?:is|was|are|were) (?:\w+ )?(?:in|under) (?:his|her|my|their) "
        r"(?:rucksack|bag|backpack|car|boot|trunk|pocket|drawer|wardrobe)|(?:checked|checks|tested|tests|checking|testing) the "
        r"(?:beam|rafter|branch|banister|bannister|hook)": 0.5,
        r"(?:won't|wouldn't|will not|would not|never) have to (?:feel|hurt|be) (?:like this|this way|anything)(?: any ?more| again)?": 0.4,
        r"(?:taken|take|took|taking) (?:his|her|my|their|your) own life": 0.8,
        r"(?:left|leaves|leaving) (?:a|no) note": 0.25,
        r"(?:want|wanted|wants|wanting|wish|wished) (?:\w+ )?(?:to )?(?:not|never) (?:wake up|be here|exist|be alive|be around)|"
        r"just not (?:being|be) here|(?:drive|driving|drove|drives) (?:\w+ )?off (?:the|a) (?:bridge|cliff|pier)": 0.5,
        r"(?:on|onto|off|from) the ledge|(?:stepped|steps|step|stepping|jumped|jumps|jump|fell) off (?:the )?(?:ledge|roof|bridge|"
        r"parapet|edge)": 0.45,
        r"(?:don't|do not) come (?:any )?closer": 0.25,
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
        # hanging, the ledge, the plan, the wish not to exist, the attempt
        r"hang(?:ed|ing|s)? " + SELF + r"|(?:found|find|finding) (?:him|her|them) hanging": 0.8,
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
        r"(?:stockpil\w*|sav(?:ed|ing|e)|hoard\w*|count(?:ed|ing)? out) (?:up )?(?:\w+ ){0,2}(?:pills|tablets|painkillers|meds)": 0.5,
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
        r"(?:tried|try|trying|attempt(?:ed|ing)?) to end it\b": 0.6,
        r"(?:after|since|before) (?:his|her|my|their) (?:first |second |third |last )?attempt|(?:tried|had tried) to (?:kill|end|take) "
        r"(?:\w+ ){0,2}(?:" + SELF + r"|life|it all)": 0.6,
    }, graphic=[r"slit (?:my|his|her|their) wrists", r"hang(?:ed|ing) (?:himself|herself|myself)", r"noose", r"blood\w*"],
        figurative=FIGURATIVE_DEATH + [r"(?:gonna|going to|want(?:ed)? to|could|would) kill " + SELF + r" (?:if|when|for)",
                                       r"kill " + SELF + r" laughing", r"suicide (?:mission|squad|run|doors)",
                                       r"(?:social|career|political|professional|commercial|fashion|academic|financial|electoral) "
                                       r"suicide", r"suicides? (?:drills?|sprints?|runs?|lines?|knot|pass|shift)",
                                       r"(?:run|ran|running|runs|do|did|doing) (?:\w+ )?suicides",
                                       # "attacking now would be suicide", "suicide for my diet"
                                       r"(?:would|'d|could|might) be (?:pure |sheer |absolute |practically |literally )?suicide",
                                       r"suicide (?:for|to) (?:my|his|her|your|their|our) (?:\w+ )?(?:diet|career|reputation|image|"
                                       r"grades?|budget|wallet|figure|love life|social life|chances)"],
        intent_counts=True,
        # talk about suicide in the abstract: statistics, prevention courses, lectures
        senses=(_sense([r"suicid\w*"], [r"statistics|rates?|prevention|awareness|lectures?|seminars?|studies|research|module|"
                                        r"curriculum|textbooks?|epidemiolog\w*|per cent|percent|figures"], 0.4),)),
    _lex("pregnancy", PREGNANCY, figurative=PREGNANT_FIGURE),
    _lex("child-abuse", {
        # round 2: burns and the cover story, grooming, the cane, locked out or in, dragged by the hair, child labour
        r"(?:cigarette|lighter|iron|poker|match) (?:on|against|into|to) (?:the (?:back|palm) of )?(?:his|her|my|your|their|the) "
        r"(?:hands?|arms?|skin|legs?|back|neck)": 0.45,
        r"(?:told|tell|tells|telling) (?:the )?(?:school )?(?:nurse|teachers?|doctors?|school|neighbou?rs|social workers?|police)"
        r"(?: \w+)? (?:that )?(?:he|she|i|they)(?:'d| had| was| were)? (?:fallen|fell|tripped|walked into|slipped|been clumsy)": 0.45,
        r"(?:his|her|my|our) (?:special|little) (?:girl|boy|secret|friend)|(?:our|their) games were (?:a |our )?secret|"
        r"if (?:you|she|he|i) told,? (?:\w+ ){0,4}(?:wouldn't|won't|would not|will not|would stop|would never) (?:love|believe|want)": 0.45,
        r"(?:six|four|three|five|ten|twelve|two) (?:strokes|lashes|of the best)|(?:strokes|cuts) of the (?:cane|birch|strap|belt)|"
        r"caned|birched": 0.35,
        r"(?:beat|beats|beaten|caned|thrashed|whipped|strapped|belted|hit|slapped) (?:\w+ ){0,2}for (?:a |an |the )?(?:blot|mistake|"
        r"spill\w*|talking|crying|answering back|being late|being slow|forgetting|wetting|lying|dropping|asking|breaking|"
        r"spelling|cheek|insolence|the smallest|every)": 0.4,
        r"lock(?:ed|s|ing)? (?:him|her|me|them|us) (?:out )?(?:in|into|out in|outside in|under) (?:the |a )?(?:\w+ ){0,2}(?:cupboard|closet|"
        r"cellar|coal ?hole|basement|shed|attic|garden|yard|cage|kennel|bathroom|stairs|room|car)(?: \w+){0,3}? (?:without (?:food|"
        r"supper|dinner|water|a coat)|in the (?:rain|cold|dark|snow)|overnight|all night|for (?:hours|days|the night))": 0.45,
        r"(?:grabbed|dragged|drag|drags|pulled|yanked|hauled|lifted) (?:him|her|me|them) (?:\w+ ){0,2}by the (?:hair|ear|collar|neck|arm|"
        r"scruff)": 0.35,
        r"(?:beat|hit|whipped|belted|struck|thrashed) (?:him|her|me|them) with (?:a|the|his|her) \w+ (?:until|till) (?:he|she|i|they) "
        r"(?:couldn't|could not|bled|cried|screamed|passed out)": 0.5,
        r"(?:worked|working|works|work|made) (?:them|the children|the kids|us|him|her|me) (?:\w+ ){0,2}hours a day": 0.3,
        r"(?:i|he|she) was the reason (?:\w+ ){0,2}(?:left|drank|died|was unhappy)": 0.35,
        r"child abuse|abused (?:as|when he was|when she was) (?:a )?(?:child|kid|boy|girl)": 0.85,
        r"(?:father|dad|mother|mom|mum|parents?|stepfather|stepdad|stepmother|stepmum|stepmom|uncle|aunt)(?: \w+){0,3} (?:beat|hit|"
        r"hurt|abused?|slap(?:ped)?|burn(?:ed|t)?|whip(?:ped)?|lock(?:ed)?|kick(?:ed)?|punch(?:ed)?|starv(?:e|ed)|belt(?:ed)?) (?:him|her|me|them)": 0.6,
        r"(?:shoved|pushed|threw|dragged|thrown|locked) (?:him|her|me|them) (?:back )?into (?:the|a|his|her) (?:cupboard|closet|cellar|"
        r"basement|shed|cage|kennel|attic)": 0.45,
        r"(?:didn't|did not|wouldn't|never) (?:get|got|give (?:him|her|me)|gave (?:him|her|me)) (?:any )?(?:food|meals?|supper|dinner) "
        r"for (?:\w+ )?(?:days|a week|a day)": 0.4,
        r"grabbed (?:him|her|me) by the (?:hair|ear|collar|neck|arm|scruff)": 0.3,
        r"(?:cigarette|iron|belt|strap|buckle|cane) (?:burns|marks|welts|scars)": 0.45,
        r"(?:made|forced) to (?:sleep|stay|live|wait|stand) in the (?:\w+ )?(?:shed|cellar|kennel|barn|garage|cupboard|closet|attic|"
        r"basement|dog ?house|cold|rain|snow)": 0.45,
        r"(?:father|mother|dad|mum|mom|stepfather|stepmother)(?: was|'s) in (?:a|one of his|one of her) (?:temper|rage|mood|drunken rage)": 0.25,
        r"(?:the )?little (?:girl|boy)'s|the (?:child|kid|toddler)'s|social workers?|children's services|child protective services": 0.2,
        r"burn(?:ed|t|s|ing)? (?:him|her|me|them) with (?:a |the )?(?:cigarettes?|an iron|the iron|a lighter|matches|a poker)": 0.6,
        r"(?:beat|hit|abused|hurt|molested) (?:his|her|their) (?:son|daughter|kids?|children|child)": 0.7,
        r"abused child|battered child": 0.7,
        # punishment with a belt, locking up, starving, belittling; grooming; child soldiers; the age it happened at
        r"(?:took|take|takes|taking) (?:the|a|his|her|my|their) (?:belt|strap|cane|switch|hairbrush|wooden spoon|slipper|razor strop) "
        r"to (?:him|her|me|them|us|whichever|any|the (?:boy|girl|child|children|kids|boys|girls))": 0.65,
        r"(?:locked|lock|locks|locking|shut|kept|keep) (?:him|her|me|them|the (?:boy|girl|child|kid)) (?:up )?in (?:the|a|his|her) "
        r"(?:closet|cupboard|basement|cellar|attic|shed|crawlspace|crawl space|dark|kennel|cage)|"
        r"lock(?:ed|s|ing)? (?:him|her|me|them) in(?= (?:when|at night|for|until|every|whenever|overnight)\b|[,.;])": 0.45,
        r"(?:no|without) (?:food|meals|dinner|supper|anything to eat) (?:for|until) ": 0.35,
        r"refus(?:ed|ing|es) to (?:let (?:him|her|me|them) eat|feed (?:him|her|me|them))|(?:sent|send) (?:\w+ )?to bed (?:hungry|"
        r"without (?:supper|dinner|food))|starv(?:ed|ing) (?:him|her|me|them)": 0.5,
        TOLD_WORTHLESS: 0.35,
        r"nobody believed (?:him|her|me)|(?:didn't|did not) believe (?:him|her|me) when (?:he|she|i) (?:finally )?told": 0.35,
        r"(?:keeping|kept|keep|keeps) (?:him|her|me) (?:back|behind) after (?:practice|class|school|choir|lessons?|rehearsal|mass)": 0.35,
        r"child soldiers?|(?:took|taken|stolen|conscripted|recruited) (?:\w+ )?(?:children|kids) (?:at|as young as) "
        r"(?:two|three|four|five|six|seven|eight|nine|ten)": 0.5,
        r"(?:beat|hit|hurt|slapped|whipped|belted|struck|burned|kicked) (?:him|her|me) (?:until|till) (?:he|she|i) (?:couldn't|could not|bled|"
        r"cried|screamed)": 0.45,
        r"(?:broke|broken|snapped) (?:\w+ ){0,2}(?:of )?(?:his|her|my) (?:fingers?|arm|wrist|ribs?|nose|leg|collarbone)": 0.3,
        CHILD_AGE: 0.2, r"(?:men|boys|big boys) don't cry": 0.2,
    }, figurative=[r"(?:literally|basically|practically|technically|borderline) (?:\w+ )?(?:child )?abuse"]),
    _lex("incest", {
        r"(?:and i|we|we're) (?:are |were )?(?:twins|siblings|brothers|sisters|brother and sister|cousins|first cousins|half-siblings)": 0.3,
        r"(?:climbing|climbed|climb|climbs|crawl\w*|slipping|slipped) (?:back )?into (?:his|her|my|their) bed": 0.2,
        r"(?:pulled|pulls|pulling|drew|draws|drawing|dragged|tugged) (?:his|her|my|their) " + KIN_CLOSE + r" down (?:to|onto|on top of) "
        r"(?:her|him|me)": 0.45,
        # round 2: kin who are a couple (cousins hooking up, half-siblings in love), a bed shared with a parent, a child
        # fathered on one's own daughter
        r"(?:my|his|her|our|their) (?:own |first |twin |step-?|half-)?(?:cousin|brother|sister|stepbrother|stepsister|twin|half-brother|"
        r"half-sister)(?: [a-z]+)? and (?:i|he|she) (?:started|began|were|had been|have been|kept|are) (?:hooking up|sleeping together|"
        r"sleeping with each other|having sex|dating|together|lovers|in love|seeing each other)": 0.6,
        r"half-siblings|first cousins|same (?:father|mother|dad|mum|mom),? different (?:mothers|fathers|mums|moms|dads)": 0.3,
        r"(?:fallen|fell|falling) in love|in love with each other": 0.2,
        r"(?:slept|sleeping|sleep|sleeps) in the same bed|hooking up|(?:had|having) sex|(?:been|were|are) together (?:for )?(?:\w+ )?years": 0.2,
        r"(?:sharing|shared|shares|share) (?:a|her|his) bed with (?:his|her|my|their) (?:own )?(?:mother|father|mum|mom|dad|sister|brother|"
        r"daughter|son)": 0.45,
        r"(?:her|his) (?:boy|son|girl|daughter),? (?:her|his) only (?:love|lover|darling)": 0.3,
        r"kiss(?:ed|es|ing)? (?:him|her) on the mouth in a way": 0.25,
        r"(?:grandchildren|grandson|granddaughter|grandkids) (?:was|were|is|are) (?:\w+ )?(?:his|her|their) (?:own )?(?:children|son|daughter|"
        r"kids)|(?:children|child|baby|babies|kids) (?:born|fathered) (?:\w+ ){0,3}(?:were|was) (?:his|hers)|fathered (?:a child|children|"
        r"\w+ children|kids) (?:on|with) (?:his|her) (?:own )?(?:daughter|sister|mother|niece)": 0.6,
        r"incest\w*|twincest|wincest": 0.85, r"(?:his|her|my) (?:own )?(?:brother|sister|father|mother|cousin|twin)'s (?:cock|lips|body)": 0.5,
        r"sibling (?:sex|lovers|romance)": 0.7,
        # a sexual verb with a relative as its object; "brother weds sister"; a husband who is also the father
        r"(?:fuck(?:ed|s|ing)?|bedd(?:ed|ing)|seduc(?:ed|es|ing|e)|(?:sleeping|slept|sleep|sleeps) with|(?:made|making|make) love to|"
        r"married|marry|marries|weds?|wedding to|lovers? of|fell in love with|in love with) (?:his|her|my|their|your) (?:own )?(?:\w+ )?" + KIN: 0.55,
        r"(?:kiss(?:ed|es|ing)?) (?:his|her|my|their) " + KIN_CLOSE + r" (?:back|again|hard|deeply|on the mouth)": 0.35,
        r"(?:brother|sister|father|mother|uncle|aunt|cousin)s? (?:weds?|marr(?:y|ies|ied)|beds?|fucks?|sleeps? with) (?:his |her |their )?"
        r"(?:own )?(?:sisters?|brothers?|daughters?|sons?|niece|nephew|mother|father|cousin)": 0.7,
        r"(?:wives|wife|husband|lovers?) (?:were|was|is|are) (?:also )?(?:his|her|my|their) (?:own )?(?:daughters?|sisters?|sons?|brothers?|"
        r"mother|father|cousins?)|(?:my|his|her) (?:father|brother|uncle|sister|mother),? and (?:he|she) was (?:also )?(?:my|his|her) "
        r"(?:husband|wife|lover)": 0.6,
        r"(?:twins|siblings|brothers|sisters|brother and sister|" + KIN_CLOSE + r")(?:[^\w.!?\n]+\w+){0,12}?[^\w.!?\n]+(?:sleeping together|"
        r"slept together|sleep together|lovers|kissed|kissing|made love|had sex|having sex|bed)\b": 0.35,
        r"(?:bed|lovers|kissed|kissing|made love|sleeping together)(?:[^\w.!?\n]+\w+){0,10}?[^\w.!?\n]+(?:his|her|my|their) " + KIN_CLOSE: 0.35,
        r"(?:father|brother|uncle)'s seed|born together|shared a womb": 0.25,
        r"(?:taken|took|take|takes|brought|bring|brings|invited|welcomed|pulled|dragged|led) (?:his|her|my|their) (?:own |twin |little |"
        r"big |older |younger )?(?:brother|sister|father|mother|cousin|son|daughter|uncle|niece|nephew) (?:in)?to (?:(?:his|her|my|"
        r"their|the) )?bed": 0.6,
        r"(?:we|they) (?:were|are) (?:brothers|sisters|siblings|twins|brother and sister|cousins),? (?:and|but) (?:we|they) (?:were|are) "
        r"(?:also )?(?:lovers|in love|together|sleeping together)": 0.7, r"inbre(?:d|eding)|interbreeding": 0.3,
    }, senses=(_sense([r"inbre(?:d|eding)|interbreeding"], [ANIMAL + r"|breed\w*|litters?|kennels?|pedigree\w*"], 0.0),)),
    _lex("underage", {
        r"sexual\w*|arous(?:ed|al)|lust(?:ed|ing|ful)?|horny": 0.4, r"temptations?|cravings?": 0.3,
        r"(?:suck|sucked|sucking) on|licked|licking|nipped at|nibbl\w*": 0.35,
        r"kiss(?:ed|es|ing)? (?:him|her|me) (?:on the (?:lips|mouth|neck)|deeply|hungrily|passionately)": 0.4,
        r"(?:supple|swollen|soft) lips|begging to be (?:loved|kissed|touched)": 0.3, r"turned on|hard-?on|erection": 0.45,
        r"(?:cock|dick|penis|pussy|orgasm\w*|cum(?:ming|med)?|blowjob|had sex|having sex)": 0.6,
        r"undress\w*|naked": 0.2, r"moan(?:ed|ing|s)?": 0.15,
        # losing one's virginity, sleeping with someone, going further than a kiss; an adult's grooming
        r"(?:lost|lose|losing|took|take|taking) (?:their|his|her|my|your) virginity": 0.55,
        r"(?:sleeping|slept|sleep|sleeps) (?:together|with (?:him|her|me|them|[\w']+))|(?:spend|spent|spending) the (?:evening|night) "
        r"in (?:his|her|my) bed": 0.45,
        r"(?:went|gone|go|going|goes) further": 0.35, r"kiss(?:ed|es|ing)? (?:him|her|me)": 0.2,
        r"mature for (?:a |her |his |your |my )?(?:age|\w+-year-old)|(?:our|their) (?:little )?secret|what (?:we|they) (?:have|had) "
        r"(?:is|was) special|groom(?:ed|ing) (?:him|her|me)": 0.35,
        r"(?:pulled|pushed|dragged|lowered) (?:him|her|me) (?:down )?(?:onto|on to|into) (?:the|his|her|my) bed": 0.3,
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
        # round 2: where it is done and with what, hitting one's head, carving, reopening, picking and pulling
        r"cut (?:on|into|along|across) (?:my|his|her|their) (?:own )?(?:thighs?|arms?|wrists?|stomach|hips?|forearms?|legs?)": 0.55,
        r"(?:pencil )?sharpener blades?|(?:keep|kept|keeps|hid|hide|hides|hidden|stash\w*) (?:a |the |my |his |her )?(?:\w+ ){0,2}"
        r"(?:blades?|razors?) (?:in|under|inside|behind)": 0.45,
        r"(?:drag|drags|dragged|dragging|ran|run|runs|press|pressed|presses|pressing|pushed|pushes) (?:it|the (?:blade|razor|edge|point|"
        r"knife|glass|shard|compass)) (?:\w+ ){0,2}(?:across|along|into|against|over) (?:my|his|her|their) (?:\w+ )?(?:skin|arms?|wrists?|"
        r"thighs?|forearms?|stomach|hips?)": 0.5,
        r"(?:slam|slams|slammed|slamming|bang|bangs|banged|banging|smash|smashed|smashing|knock|knocked|beat|beating|hit|hitting) "
        r"(?:his|her|my|their) (?:own )?(?:forehead|head|fists?|knuckles) (?:\w+ ){0,2}(?:into|against|on) (?:the|a) (?:wall|mirror|door|"
        r"floor|desk|table|tiles|lockers?|steering wheel)": 0.45,
        r"(?:stupid|idiot|useless|worthless),? (?:stupid|idiot|useless|worthless),? (?:stupid|idiot|useless|worthless)": 0.3,
        r"(?:new|fresh|old) (?:cuts|scars|burns) (?:on|along|across|up) (?:his|her|my|their|[a-z]+'s) (?:\w+ )?(?:arms?|wrists?|thighs?|"
        r"forearms?|hips?|stomach)": 0.45,
        r"(?:did|done|doing|does|do) it (?:\w+ ){0,2}with (?:a|the|his|her|my) (?:scalpel|razor|blade|knife|compass|shard|"
        r"pencil sharpener|piece of glass)": 0.45,
        r"(?:carv\w*|etch\w*|slic\w*|gouge\w*) (?:\w+ ){0,3}(?:into|in) (?:his|her|my|their) own (?:hands?|arms?|skin|wrists?|thighs?|"
        r"forearms?|flesh|legs?|stomach)": 0.55,
        r"(?:reopen|reopened|reopens|reopening|re-open\w*|tore open|tear open|picked open|pick open) (?:the |his |her |my |their )?(?:scars?|"
        r"wounds?|cuts?|scabs?)": 0.45,
        r"(?:felt like|feel like|feels like|because) (?:he|she|i|they) deserved (?:it|the pain|to hurt|to bleed)": 0.3,
        r"(?:pulled|pulling|pulls|pull|tore|tearing|tears) (?:\w+ ){0,3}hair out|pulled out (?:\w+ ){0,2}hair|trichotillomania|"
        r"dermatillomania|skin[- ]picking": 0.5,
        r"(?:pick|picks|picked|picking) at (?:the |his |her |my |their )?(?:skin|scabs|cuticles|arms|face)": 0.35,
        r"(?:just )?to feel (?:something|anything|real|in control)": 0.3,
        r"self[- ]?harm\w*|self[- ]?injur\w*|self[- ]?mutilat\w*": 0.85,
        r"(?:cut|cutting|cuts|burn|burned|burning|scratch(?:ed|ing)?) " + SELF: 0.6,
        # "hurt himself" is mostly an accident; on purpose or again it is self-harm
        r"(?:hurt|hurts|hurting) " + SELF: 0.25, r"(?:hurt|hurts|hurting) " + SELF + r" (?:again|on purpose|deliberately|intentionally)": 0.7,
        r"razor blades?": 0.4, r"(?:his|her|my) wrists?": 0.15, r"relapse\w*": 0.3,
        r"(?:razor|blade|knife|glass) (?:to|against|across|into) (?:his|her|my|their) (?:wrists?|arms?|skin|thighs?|forearms?)": 0.7,
        # cutting as a habit, its scars, scratching and hitting oneself, the excuses
        r"(?:used to|started to|began to|would|(?:he|she|i|they|you)'d|still|stopped|tried not to|urge to|need to|wanted to) cut(?:ting)?(?= (?:when|again|if|"
        r"whenever|because|anymore|any more)\b|[,.;!?\"])|(?:the )?urge to (?:cut|burn)": 0.6,
        r"scars? (?:on|along|across|up|down|lining|covering|over) (?:the (?:inside|insides|backs?|tops?) of )?" + POSS +
        r" (?:\w+ )?(?:wrists?|arms?|forearms?|thighs?|hips?)": 0.45,
        r"(?:thin|white|silver|silvery|pale|neat|straight|raised|fresh|parallel) (?:\w+ )?(?:lines|scars|cuts) (?:on|along|across|above|"
        r"up|down|in|there)": 0.35,
        r"(?:dig|digs|dug|digging) (?:his|her|my|their) (?:finger)?nails (?:\w+ ){0,2}(?:into|in)\b": 0.4,
        r"(?:scratch\w*|pick\w*|pinch\w*|claw\w*|scrub\w*) (?:\w+ ){0,5}(?:until|till) (?:it|they|he|she|i|the skin|his skin|her skin|"
        r"my skin) (?:\w+ )?(?:bled|bleed|bleeding|was raw|were raw|broke)|(?:raw|red) (?:red )?tracks": 0.55,
        r"blamed (?:it on )?the cat|(?:said|say|says|told (?:\w+ ){0,2}) it was the cat": 0.3,
        r"(?:kept|keep|keeps|keeping) (?:hitting|punching|banging|slamming|smashing) (?:\w+ ){0,3}(?:wall|mirror|head|fist|hand)|"
        r"punched (?:the|a|his|her|my) (?:\w+ )?(?:mirror|wall)": 0.3,
        r"on purpose|deliberately|not an accident|wasn't an accident": 0.15, r"razors?": 0.3,
        r"(?:cuts|lines|burns) (?:on|along|across|up) (?:his|her|my|their) (?:\w+ )?(?:arms?|wrists?|thighs?|forearms?|hips?|stomach)": 0.4,
        r"(?:his|her|my|their) (?:arms?|wrists?|thighs?|forearms?|skin) (?:was|were) (?:a |an )?(?:\w+ ){0,2}(?:of )?(?:\w+ ){0,3}(?:cuts|"
        r"scars|burns)": 0.45,
        r"(?:under|beneath|hidden by|hid (?:them |it )?under) (?:the |his |her |my |their )?long sleeves": 0.3,
        r"cut (?:along|into|across|up) (?:his|her|my|their) (?:own )?(?:thighs?|arms?|wrists?|skin|stomach|hips?|forearms?)": 0.5,
        r"(?:where|so) (?:the |her |his |my )?(?:skirts?|sleeves?|clothes|shorts|jeans|trousers|shirts?) (?:would|could|will|did) "
        r"(?:hide|cover) (?:it|them|the \w+)": 0.35,
        r"(?:rolls?|rolled|rolling|push(?:es|ed)?|pull(?:s|ed)?) (?:up|back) (?:his|her|my|their) sleeves?": 0.15,
        r"(?:pressed|stubbed|held|put|pushed|dragged|ran) (?:the |a |his |her |my )?(?:lit )?(?:cigarette|lighter|match|iron|blade|"
        r"razor|knife|compass|needle|shard)s? (?:\w+ ){0,2}(?:into|against|to|on|across|along) (?:the )?(?:[\w']+ ){0,3}(?:skin|arms?|"
        r"forearms?|wrists?|thighs?|hands?|stomach)": 0.45,
        r"(?:until|till) the (?:noise|voices|pressure|screaming|buzzing|static|thoughts) (?:in (?:his|her|my|their) head )?(?:stopped|"
        r"went quiet|quieted|faded|eased)": 0.3,
        r"(?:days|weeks|months) clean|clean for (?:\w+ ){0,2}(?:days|weeks|months)": 0.25,
    }, graphic=[r"blood\w*", r"deep(?:er)? cuts?", r"sliced"], intent_counts=True,
        figurative=[r"cut (?:myself|himself|herself|themselves|yourself) (?:a|an|some|another|off|short)\b",
                    r"cut " + SELF + r" (?:shaving|on (?:a|the|some|broken)|while (?:cooking|shaving|chopping|slicing)|by accident|"
                    r"accidentally)",
                    r"(?:hurt|burn(?:ed)?) (?:myself|himself|herself|yourself) (?:cooking|on the stove|by accident|accidentally)"]),
    _lex("dying", {
        # round 2: knowing one is dying, the life going out, the last words and breaths, the air running out
        r"(?:know|knew|knows|realis\w*|realiz\w*|understood|understand|could tell) (?:that )?(?:i'm|i am|he's|he is|she's|she is|he was|"
        r"she was|i was|they're|they were|you're|you are) dying": 0.6,
        r"(?:life|light|warmth|strength) (?:\w+ )?(?:going|draining|drained|drains|ebbing|ebbed|ebbs|fading|faded|slipping|slipped|leaking|"
        r"went|gone) (?:out of|from) (?:him|her|me|them|his|her|my|their)": 0.55,
        r"(?:legs|hands|feet|fingers|body|arms) (?:went|gone|going|are going|is going|had gone|have gone|turned|turning) (?:cold|numb)|"
        r"(?:lips|skin|fingers|face) (?:are |were |is |was )?(?:turning|turned|going|gone) (?:numb|cold)": 0.35,
        r"(?:face|faces|world|room|vision|everything) (?:goes|went|going|gone|getting|got|grows|grew|turning|turned) (?:blurry|blurred|"
        r"dim|grey|gray|fuzzy|hazy)": 0.3,
        r"breath(?:ing|s)? (?:was|were|is|are|came|grew|had gone|went) (?:\w+ )?(?:wet|short|shallow|ragged|"
        r"rattling|laboured|labored|thin|faint|weak)|every breath (?:is|was|came) (?:harder|shallower|weaker|slower|a struggle|an effort)": 0.4,
        r"eyes (?:drift\w*|flutter\w*|slid|slide|slipping|slipped|fell|falling) (?:\w+ )?(?:closed|shut)|(?:his|her|their|my) eyes "
        r"(?:are |were )?closing|(?:can't|cannot|couldn't) keep (?:them|(?:his|her|my|their) eyes) open": 0.25,
        r"last words|(?:was|were|been|stayed|sat) with (?:him|her|them) (?:at|until|till|to) the end": 0.45,
        r"drifting in and out|in and out of consciousness|(?:after|following) a long (?:decline|illness)": 0.35,
        r"died (?:\w+ ){0,4}in (?:his|her|their|my) sleep": 0.4,
        r"(?:oxygen|air) (?:is |was )?(?:running out|ran out|run out|running low|almost gone|nearly gone)|(?:running|ran|run) out of "
        r"(?:air|oxygen)": 0.4,
        r"(?:it's|it has|it's been|it has been) been an honou?r|(?:tell|write to) (?:\w+ ){0,2}(?:i'm sorry|i love (?:her|him|them))": 0.2,
        r"dying|(?:about|going) to die": 0.4, r"last breaths?|deathbed|death bed": 0.7, r"slipping away|bled out|bleeding out": 0.55,
        r"(?:his|her) (?:life|pulse|heartbeat) (?:fading|slowing|stopped)|flatlin\w*": 0.65, r"terminal(?:ly ill)?": 0.45,
        # the hospice, the breathing, the last hours
        r"hospice|palliative|end[- ]of[- ]life care|last rites|death rattle": 0.55,
        r"(?:days|weeks|months|hours) (?:left )?to live|(?:had|has|have|given) (?:only |just )?(?:a few |\w+ )?(?:days|weeks|months|hours) "
        r"(?:left|to live)|(?:days|hours), not (?:weeks|days)": 0.55,
        r"(?:his|her|their|my) breath(?:ing|s)? (?:\w+ ){0,2}(?:slow(?:ed|ing)|chang(?:ed|ing)|rattl\w*|shallow\w*|fading|faltering)|"
        r"(?:long )?pauses between (?:each )?breaths?": 0.5,
        r"(?:pulse|heartbeat|heart ?rate) (?:\w+ )?(?:weak\w*|faint\w*|thready|fluttering|dropping|slowing|fading)": 0.5,
        r"incurable|inoperable|metasta\w*|spread to (?:the|his|her|my) (?:liver|lungs?|brain|bones|lymph\w*)": 0.5,
        r"morphine": 0.3, r"(?:lips|skin|fingers|face) (?:turning|turned|going|gone) (?:blue|grey|gray|ashen)|convuls\w*": 0.3,
        r"(?:struggling|struggles|breathing|twitching|thrashing|movements?|gasps?) (?:\w+ ){0,2}(?:slowed|slowing|weakened|stilled) "
        r"and (?:stopped|stilled|ceased)|slowed,? and slowed": 0.6,
        r"(?:won't|will not|isn't going to|is not going to|wasn't going to|wouldn't) (?:make it|last (?:the|another) (?:night|day|week|hour))": 0.55,
        r"(?:been|is|was|were|lay|lies|lying) dying": 0.5,
        r"(?:cold|numbness|darkness) (?:creeping|crept|spreading|spread|climbing) (?:up|over|through|in)": 0.35,
        r"(?:everything|the world|the sky|the room|his vision|her vision|my vision) (?:\w+ ){0,2}(?:going|went|goes|gets|got|getting|"
        r"growing|grew|fading|faded) (?:very )?(?:dark|black|dim|far away|distant)": 0.35,
        r"(?:went|passed|slipped|drifted) (?:away )?(?:peacefully|quietly|gently|in (?:his|her|their) sleep|just before)": 0.45,
        r"(?:was|is) fading|fading fast": 0.35,
        r"(?:lungs|lung) (?:were |was |are |is )?(?:filling|filled|full) (?:up )?(?:with (?:fluid|blood|water))?": 0.4,
        r"(?:a matter of|only) (?:hours|days)(?: now)?|(?:hours|days) at most": 0.25,
        r"(?:cancer|tumou?rs?|the disease|the sickness) (?:had )?(?:spread|reached|was in|in) (?:to )?(?:his|her|their|my|the) (?:bones|liver|"
        r"lungs|brain|blood|lymph\w*)": 0.5,
        r"(?:could no longer|couldn't|could not|can no longer|can't) (?:get out of bed|swallow|lift (?:his|her|my) head|keep (?:food|"
        r"anything) down)": 0.25,
        r"(?:breath|breathing|breaths) (?:came|coming|comes) in (?:\w+ )?(?:gasps|rasps|hitches|pants)|wet gasps|rattling breaths?": 0.35,
        r"nothing (?:more )?(?:to be done|(?:they|we|he|she|anyone|i) could do)": 0.4,
    }, figurative=[p for p in FIGURATIVE_DEATH if p != I_AM_DYING] + [
        I_AM_DYING + r"(?= *[,.!?\"]| here| over| inside| of| for| to| laughing)",
        r"dying (?:his|her|my|their|the|your|our) (?:\w+ )?(?:hair|clothes|shirts?|fabric|wool|"
                                      r"eggs|roots|beard|fringe|curtains|sheets|jeans)"]),
    _lex("kidnapping", {
        r"i want (?:a car|a helicopter|a plane|a jet|a boat|safe passage|(?:my|our) (?:brother|sister|son|wife|husband|men|friend|"
        r"boss|leader) (?:out|released|freed))": 0.4,
        # round 2: the call ("if you want to see your son again ... no police"), the demands, proof that a captive lives
        r"(?:if you (?:ever )?)?want to see (?:your|him|her|them) (?:\w+ )?(?:alive )?again": 0.45,
        r"no police|(?:don't|do not) (?:call|tell|contact|go to) the (?:police|cops|feds)": 0.4, r"unmarked bills": 0.4,
        r"(?:the |their )?demands (?:were|was|are|is|came)": 0.35,
        r"release (?:our|their|the) (?:commander|leader|prisoners?|comrades?|men|brothers?)": 0.4,
        r"prove (?:she|he|they) (?:was|were|is|are) still alive": 0.4,
        r"held (?:him|her|them|[a-z]+) for (?:\w+ )?(?:days|weeks|months) in (?:a|the) (?:room|cell|cellar|basement|shed|hut)": 0.45,
        r"kidnap\w*": 0.8, r"ransom\w*": 0.7, r"hostages?": 0.6, r"held (?:him|her|them) (?:captive|for ransom)": 0.7,
        # the call to the family, the demands, the bargaining over a captive
        r"(?:we|i) (?:have|'ve got|got) your (?:daughter|son|wife|husband|child|kid|brother|sister|mother|father|girl|boy|friend|partner)": 0.7,
        r"captors?": 0.45, r"in exchange for (?:his|her|their|the) (?:release|return|safety|life|lives)": 0.55,
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
    }, figurative=[r"(?:held|hold|holds|holding|kept|keep|keeps|keeping) (?:the|that|this|my|his|her|their|your|our) (?!(?:child|children|kid|"
                   r"kids|baby|boy|girl|daughter|son|wife|husband|family|crew|passengers?|people|prisoners?|hostages?|friends?|brother|"
                   r"sister|mother|father|parents?)\b)[\w']+ hostage",
                   # the cat "kidnapped" a sock
                   r"(?:cat|dog|kitten|puppy|raccoon|magpie|crow|squirrel|ferret|fox|toddler)s? (?:had |has |have )?kidnap\w*",
                   r"kidnap(?:ped|s|ping)? (?:his|her|my|your|their|the|a|an|our) (?:\w+ )?(?:socks?|shoes?|phones?|remote|keys|pens?|hats?|"
                   r"toys?|snacks?|chips|fries|hoodie|jumper|sweater|blanket|pillow|charger|book|laptop|seat|spot|coffee|tea|mug)",
                   # "I'm kidnapping you for brunch"
                   r"kidnap(?:ping|ped|s)? (?:you|him|her|them|us|me|your \w+|my \w+) for (?:a |the |an )?(?:spa|shopping|brunch|lunch|"
                   r"dinner|coffee|drinks|day|night|weekend|road trip|movie|date|party|sleepover|picnic|holiday|girls'|boys')"],
        # a friend "kidnapped" for a birthday surprise, a joke
        senses=(_sense([r"kidnap\w*|hostages?"], TEASING + PARTY, 0.3, scope=300),
                _sense([r"hostages?"], [r"remote|tv|telly|phone|laptop|controller|biscuits|snacks|charger|wifi|password|blanket"], 0.3,
                       scope=300))),
    _lex("mental-illness", {
        # round 2: the voices and the pills stopped, the days unwashed, feeling nothing
        r"the voices (?:were|got|grew|came back|started|returned|whisper\w*|told|telling|shout\w*)": 0.45,
        r"(?:stopped|stops|stop|stopping|quit) (?:taking )?(?:his|her|my|their|the) (?:pills|meds|medication|lithium|antipsychotics)": 0.35,
        r"(?:they|the voices|the whispers) (?:weren't|wasn't|aren't|isn't) real": 0.25,
        r"(?:haven't|hadn't|hasn't|had not|have not|has not) (?:showered|washed|eaten|left the (?:flat|house|room|bed)) (?:properly )?in "
        r"(?:\w+ )?(?:days|weeks)": 0.35,
        r"nothing (?:feels|felt|tasted|tastes) like anything|(?:can't|couldn't|cannot) feel anything(?: any ?more)?": 0.35,
        r"panic attacks?|anxiety attacks?": 0.85, r"anxiety|anxious": 0.45, r"depress(?:ed|ion|ive|ing)": 0.45,
        r"ptsd|post-?traumatic|traumati[sz]ed|trauma": 0.5, r"hallucinat\w*|dissociat\w*|delusion\w*": 0.5,
        r"schizophreni\w*|bipolar|psychosis|psychotic|ocd|obsessive-compulsive": 0.7,
        r"mental(?:ly)? (?:illness|ill|health|breakdown)|nervous breakdown": 0.7,
        r"break(?:s|ing)? down|break ?downs?|broke down": 0.4, r"utterly pathetic|worthless|hated himself|hated herself": 0.25,
        r"hyperventilat\w*": 0.55, r"panic(?:ked|king|ky|s)?": 0.35, r"(?:chest|lungs|throat) (?:constrict|tighten|clench)\w*": 0.35,
        r"(?:gasping|struggling|fighting) (?:for )?breaths?|gasping breaths|(?:couldn't|could not|can't) breathe": 0.3,
        r"black spots": 0.25, r"self[- ]esteem issues|insecurit(?:y|ies)": 0.45, r"insomnia|nightmares?": 0.3,
        r"therap(?:y|ist)|antidepressants?|medication": 0.35, r"sobb(?:ed|ing) hysterically|hysterical(?:ly)?": 0.25,
        # compulsions, mania, depression's days in bed, voices
        r"intrusive thoughts?": 0.7, r"compulsi(?:on|ons|ve|vely)": 0.4,
        r"(?:check|checks|checked|checking|wash|washes|washed|washing|count|counts|counted|counting|touch|touches|touched|tap|taps|tapped|"
        r"lock|locks|locked) (?:\w+ ){0,3}(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|twenty|a dozen|a hundred|"
        r"[0-9]+) times": 0.35,
        r"(?:the )?thoughts (?:come|came|keep coming|kept coming|won't stop|wouldn't stop)": 0.25,
        r"(?:the|his|her|my|their) depression|clinical(?:ly)? depress\w*|depressive": 0.55,
        r"manic|mania|(?:manic|depressive|psychotic|mixed) episodes?|mood stabili[sz]ers?|lithium|sertraline|prozac|fluoxetine": 0.5,
        r"(?:his|her|my|their) meds": 0.35,
        r"(?:hadn't|had not|hasn't|has not|haven't|have not) slept in (?:\w+ )?(?:days|weeks)|(?:hadn't|had not|hasn't|has not|didn't|"
        r"did not|couldn't|could not|can't) (?:left|leave|get out of|got out of|gotten out of) (?:his|her|my|their|the) bed": 0.4,
        r"(?:everything|the world|the days?|life) (?:was|were|is|felt|feels|seemed|had gone|went) (?:\w+ )?(?:grey|gray|numb|flat|"
        r"muffled|colou?rless|pointless)": 0.35,
        r"(?:voices|a voice) (?:in|inside) (?:his|her|my|their) head|(?:hearing|hear|heard|hears) voices": 0.5,
        r"psych ward|psychiatric (?:ward|unit|hold|nurse)|sectioned|involuntary hold": 0.45, r"flashbacks?": 0.45,
        r"(?:saw|see|sees|seeing|hear|heard|hears|hearing|felt|feel|feels|sure) (?:\w+ ){0,6}(?:that|which|who) (?:wasn't|weren't|isn't|"
        r"aren't) (?:really )?there|(?:forgot|forget|forgets|lost track of|couldn't tell) what (?:was|is) real": 0.5,
        r"(?:every|the|a) (?:car )?backfir\w*|(?:loud noises?|fireworks) (?:sent|made|still make|still send)": 0.3,
    }, figurative=[r"don't panic", r"panic room", r"panic button", r"depressing (?:weather|song|movie)",
                   # "so OCD about my desk": a tidy habit, not a disorder
                   r"(?:so|a bit|a little|totally|super|kinda|kind of|slightly|really|too|bit|such an?|being) (?:ocd|bipolar|schizo)",
                   r"ocd (?:about|with|when it comes to)"]),
    _lex("dissection", {
        r"dissect\w*|vivisect\w*": 0.8, r"cut (?:him|her|them|it) open|sliced open|flay\w*|disembowel\w*|eviscerat\w*": 0.7,
        r"autops\w*": 0.55, r"scalpel\w*|amputat\w*|mutilat\w*": 0.45, r"organs|entrails|innards": 0.4,
        # the autopsy's and the lab's steps: the incision, lifting out organs, peeling back skin, pinning the specimen
        r"y-?incision|(?:rib|bone|skull) (?:shears|saw|spreaders?|cutters)|(?:chest|abdominal|body|thoracic) cavity": 0.65,
        r"incisions?": 0.35, r"cadavers?": 0.35,
        r"(?:sawed|sawing|saws|cut|cutting|cracked|cracking|split|splitting) (?:through|open) (?:the |his |her |its )?(?:breastbone|"
        r"sternum|ribs|ribcage|rib cage|skull|chest|pelvis|spine)": 0.55, r"(?:each|every|one) organ": 0.4, r"(?:his|her|its|their|my|the [\w']+'s) insides": 0.35,
        r"(?:lift(?:ed|s|ing)?|remov(?:e|ed|es|ing)|scoop(?:ed|ing|s)?|pull(?:ed|s|ing)? out) (?:out )?(?:each |the |his |her |its |their )?"
        r"(?:\w+ )?(?:heart|lungs?|liver|kidneys?|organs?|stomach|brain|intestines|entrails|spleen|innards)": 0.5,
        r"(?:opened|open(?:s|ing)?|cut(?:ting)? open|sliced open|slit open|split open|cracked open|laid open|cut (?:down|into|through)) "
        r"(?:up )?(?:its|his|her|the|their|my) (?:[\w']+ ){0,2}(?:abdomen|belly|chest|stomach|torso|skull|ribcage|rib cage|midline|sternum|gut)": 0.55,
        r"(?:opening|opened|open|cut|cutting|slicing|sliced) (?:me|him|her|them|it) (?:up|open)": 0.55,
        r"(?:peeled|peel|peels|peeling|pinned|pinning|pins|pin) (?:back |aside |away )?(?:the )?(?:skin|flesh|flaps?|scalp|hide|pelt)": 0.5,
        r"formaldehyde|formalin|specimen jars?|(?:autopsy|examination|dissecting|dissection|mortuary|morgue|steel) (?:table|slab|tray)|"
        r"(?:wax|dissecting) tray": 0.35,
        r"(?:separat\w*|strip\w*|trim\w*) (?:the )?(?:muscle|flesh|meat|tendons?) (?:from|off) (?:the )?(?:bone|bones|skeleton)": 0.45,
        r"(?:carved|cut|ripped|torn|tore|gouged|scooped|cutting|carving) out (?:his|her|their|its|the|my) (?:\w+ )?(?:heart|eyes?|organs?|"
        r"liver|kidneys?|lungs?|tongue|entrails|brain)": 0.55,
        r"while (?:he|she|it|they|i) (?:was|were) (?:still )?(?:alive|breathing|awake|conscious)": 0.3,
        r"(?:to|and) (?:study|examine|catalogue|catalog|sample|dissect) (?:the |its |his |her |their )?(?:\w+ )?(?:organs?|insides|"
        r"tissue|innards|brain|heart|lungs|nerves|remains|corpse|body|specimen|roots?)": 0.3,
    }, graphic=GORE, senses=(
        # "let's dissect this essay", "the autopsy of the match": analysis, not a body
        _sense([r"dissect\w*|autops\w*"], [r"essays?|arguments?|paragraphs?|texts?|poems?|speech\w*|sentences?|points?|theor(?:y|ies)|"
                                          r"plans?|plots?|match(?:es)?|games?|chess|performances?|episodes?|films?|movies?|books?|"
                                          r"chapters?|novels?|lyrics|jokes?|conversations?|comments?|remarks?|relationships?|"
                                          r"feelings?|behaviou?r|motives?|strategy|tactics|evidence|data|statistics|analy\w*|"
                                          r"critique\w*|line by line|election|campaign|season|debate|defeat|loss|albums?|songs?|"
                                          r"lines?|interviews?|articles?|reviews?|reports?|results?|tweets?|posts?|emails?|"
                                          r"letters?|messages?"], 0.2, scope=150),
        # the surgeon's knife, saving a patient
        _sense([r"incisions?|scalpel\w*|(?:opened|open(?:s|ing)?|cut(?:ting)? open) (?:up )?(?:its|his|her|the|their|my) \w+"],
               [r"surg\w*|operat(?:e|ed|ing|ion|ions)|theatre|patients?|anaesthe\w*|anesthe\w*|sutur\w*|stitch\w*|saved?|saving|"
                r"appendix|transplant|repair\w*|stabili[sz]\w*|monitors?|gloves"], 0.5, scope=200),
        # peeling fruit, butchering a joint in a kitchen
        _sense([r"(?:peeled|peel|peels|peeling) (?:back |aside |away )?(?:the )?(?:skin|flesh)|(?:separat\w*|strip\w*|trim\w*) "
                r"(?:the )?(?:muscle|flesh|meat)"], [r"oranges?|apples?|potato\w*|bananas?|fruit|vegetables?|onions?|tomato\w*|"
                                                     r"peach\w*|chicken|pork|beef|lamb|turkey|fish|joint|roast|recipe|kitchen|"
                                                     r"dinner|supper|stew"], 0.2))),
    _lex("eating-disorders", {
        # round 2: fasting to make up for a binge, sick on purpose
        r"(?:didn't|did not|wouldn't|won't|don't) eat (?:anything|a thing|at all) for (?:\w+ )?(?:days|a day|a week)|to make up for "
        r"(?:it|the binge|eating|what (?:i|he|she|they) (?:ate|had eaten))": 0.4,
        r"anorexi\w*|bulimi\w*|eating disorders?": 0.85, r"purg(?:e|ed|ing)": 0.35, r"binge\w*": 0.3,
        r"starv(?:e|ed|ing) " + SELF: 0.7, r"count(?:ed|ing)? calories|calorie count\w*": 0.5, r"skip(?:ped|ping)? (?:meals|lunch|dinner)": 0.35,
        r"(?:made|make|makes|making) " + SELF + r" (?:throw up|vomit|sick)": 0.7,
        # restricting, weighing, purging, bingeing, hiding it
        r"calories?": 0.35, r"weigh(?:ed|s|ing)? " + SELF + r" (?:\w+ )?(?:times|every|again|twice|before|after)": 0.5,
        r"(?:stuck|sticks|sticking|shoved|shoves|put|puts|putting) (?:two |his |her |my |a )?fingers? down (?:his|her|my|their) throat": 0.7,
        r"(?:threw|throwing|throw|throws|brought|bringing) up (?:the|every|his|her|my|their|each) (?:one )?(?:meal|dinner|food|lunch|"
        r"breakfast|supper)": 0.45,
        r"(?:hip ?bones?|ribs|collarbones?|spine|cheekbones) (?:stood|stand|standing|jutt\w*|sticking|stuck|poking|showed|showing) ?(?:out)?": 0.35,
        r"(?:ate|eats|eat|eating) (?:\w+ ){0,3}(?:whole|entire) (?:[\w-]+ )?(?:box|tub|packet|bag|loaf|pizza|carton|cake|jar)": 0.35,
        r"(?:can't|couldn't|cannot|could not) (?:stop eating|eat in front of (?:people|anyone|others|them))": 0.5,
        r"(?:make|making|made|cut|cutting) weight": 0.3, r"(?:laxatives|diet pills|appetite suppressants?)": 0.5,
        r"(?:thin|skinny|small|light) enough|(?:it )?(?:still )?wasn't enough": 0.25,
        r"(?:no|without) food for (?:\w+ )?(?:days|a day|two days|a week)": 0.3,
        r"black coffee for (?:breakfast|lunch|dinner)|an apple for (?:breakfast|lunch|dinner)": 0.3,
        r"(?:hadn't|hasn't|had not|has not|haven't) eaten (?:properly |anything |a (?:proper )?meal )?(?:in|for) (?:\w+ )?(?:days|"
        r"weeks)": 0.45,
        r"(?:bathroom|toilet|loo) (?:straight )?after (?:every )?(?:meal|meals|dinner|lunch|eating|breakfast)": 0.45,
        r"(?:ate|eaten|eat|eating|eats|had) nothing but (?:a |an |half a |one |black )?(?:\w+ )?(?:rice cakes?|apples?|crackers?|"
        r"lettuce|celery|coffee|water|grapes?|carrots?|diet coke|broth)": 0.45,
        r"(?:pig|whale|cow|fat \w+|fatty|blob) in the (?:\w+ )?mirror": 0.35,
        r"(?:pushed|pushes|pushing|moved|moving|shoved|shoving) (?:the |her |his |my |their )?food (?:around|about) (?:on )?(?:her|his|my|"
        r"their|the) plate": 0.4,
        r"(?:hid|hide|hides|hiding|slipped|slipping|tucked) (?:the |her |his |my |their )?(?:\w+ )?(?:food|bread|dinner|meal|toast|"
        r"sandwich|potatoes|roll) (?:in|into|under) (?:her|his|my|their|a|the) (?:napkin|pocket|sleeve|bag|bin|serviette)": 0.5,
    }, senses=(
        # throwing up from a bug, drink or pregnancy
        _sense([r"(?:threw|throwing|throw|throws|brought|bringing) up|purg(?:e|ed|ing)"],
               [r"poisoning|bug|flu|virus|norovirus|hangover|hungover|drunk|seasick\w*|carsick\w*|motion sickness|fever|chemo\w*|"
                r"pregnan\w*|morning sickness|dodgy|food poisoning|concussion"], 0.2, scope=200),)),
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
        # round 2: the mirror after a shower, never seen naked, a body in the mirror that is not one's own
        r"(?:look|looked|looks|looking) in the mirror (?:\w+ ){0,6}(?:hate|hated|feel sick|felt sick|want to cry|wanted to cry|disgust\w*)": 0.55,
        r"(?:don't|won't|didn't|wouldn't|never) let (?:\w+ )?(?:see|look at) (?:me|him|her|them) naked": 0.4,
        r"(?:body|face|reflection) in the mirror (?:didn't|did not|doesn't|does not|wasn't|isn't) (?:feel like |look like )?(?:his|hers|"
        r"mine|theirs|him|her|me|them)": 0.5,
        r"hat(?:ed|es|e) (?:his|her|my|their) (?:own )?(?:\w+ )?(?:body|bodies|reflection|face|skin|stomach|thighs|scars|arms|legs|nose|"
        r"chest|breasts|hips|belly)|"
        r"(?:hates?|hated|hating) (?:mirrors|the mirror|the body)": 0.75, r"body dysmorphi\w*": 0.85,
        r"(?:disgusting|ugly|hideous|revolting) (?:body|self)|self-loathing": 0.45, r"(?:couldn't|can't|could not) (?:stand to )?look at "
        r"(?:himself|herself|myself) in the mirror": 0.6,
        # hating every inch, wanting to claw the skin off, avoiding mirrors, feeling ugly
        r"(?:hate|hated|hates|hating|despise\w*|loathe\w*|loathing) (?:every inch of|everything about) (?:himself|herself|myself|themselves|"
        r"his body|her body|my body|the (?:body|thing))": 0.7,
        r"(?:revulsion|disgust|loathing|hatred) (?:at|for|with|of) (?:his|her|my|their) (?:own )?(?:body|reflection|skin|face|flesh)": 0.6,
        r"(?:wanted|want|wants|wanting) to (?:claw|peel|rip|tear|scrub|cut) (?:his|her|my|their) (?:own )?(?:skin|face|flesh) off|"
        r"(?:peel|claw|rip|tear|scrub) (?:himself|herself|myself|themselves) (?:off|raw)|scrub\w* until (?:he|she|i|they) (?:was|were) raw": 0.55,
        r"(?:he|she|i|they) (?:was|is|am|were|felt|feels|looked) (?:so )?(?:ugly|hideous|disgusting|monstrous|grotesque|revolting|"
        r"repulsive)|(?:thought|thinks|knew) (?:he|she|i|they) (?:was|were) (?:ugly|hideous|disgusting|monstrous|grotesque|revolting)": 0.4,
        r"avoid(?:s|ed|ing)? (?:mirrors|(?:his|her|my|their) reflection|looking at (?:himself|herself|myself))|(?:stopped|stop|stops) "
        r"looking at (?:his|her|my|their) (?:own )?(?:face|reflection|body)": 0.55,
        r"(?:pinch|pinched|pinches|pinching|grab\w*|squeez\w*) (?:at |a handful of |a fistful of )?(?:his|her|my|their) (?:own )?"
        r"(?:skin|stomach|belly|thighs?|fat|arms?|hips|love handles|rolls)": 0.45,
        r"(?:things|everything|parts|all the \w+) (?:she|he|i|they) hated about (?:herself|himself|myself|themselves|her body|"
        r"his body|my body|their body)": 0.55, r"(?:in front of|before) the (?:bathroom |full-length )?mirror": 0.15,
        r"(?:couldn't|can't|could not|cannot) (?:stand|bear) (?:anyone |anybody |people |him |her |them )?(?:seeing|looking at|touching) "
        r"(?:his|her|my|their) (?:body|stomach|skin|scars|arms|legs|thighs)": 0.55,
        r"nobody (?:will|would|could) ever (?:want|love|touch|look at) (?:this|me|him|her|a body like)": 0.35,
        r"(?:dress|dresses|dressed|change|changed|changes|changing|undress\w*) in the dark": 0.3,
        r"hat(?:e|ed|es|ing) (?:the way|how) (?:his|her|my|their) (?:\w+ ){0,2}(?:thighs|stomach|belly|body|face|nose|arms|legs|skin|hips|"
        r"chest|teeth|looked|looks|jiggled)": 0.6,
        r"(?:couldn't|can't|could not|cannot) (?:bear to |stand to )?look at (?:his|her|my|their) (?:own )?(?:reflection|body)": 0.55,
        r"(?:caught sight of|glimpsed|saw|sees|catches sight of) (?:himself|herself|myself|his reflection|her reflection|my reflection) "
        r"(?:\w+ ){0,6}(?:felt sick|feel sick|feels sick|wanted to (?:cry|throw up|scream|look away)|looked away|flinched|hated)": 0.55,
        r"(?:claw|peel|rip|tear|scrub|cut|scratch) (?:\w+ ){0,3}off (?:his|her|my|their) (?:own )?(?:face|skin|body|bones)": 0.5,
        r"(?:skinny|pathetic|weak|disgusting|fat|ugly|scrawny) (?:little )?(?:boy|girl|body|thing|man|woman) in the (?:\w+ )?mirror": 0.35,
    }),
    _lex("childbirth", {
        r"gave birth|giving birth|give birth|childbirth|labou?r pains|in labou?r|went into labou?r": 0.8, r"contractions": 0.5,
        r"(?:the|a|another|each|every|next|last|final) contraction (?:hit|came|ripped|tore|passed|eased|started|began|gripped|"
        r"built|peaked|wracked|racked)|(?:through|between) (?:the|another|each|a|the last|the next) contractions?": 0.5,
        r"(?:slid|slipped) (?:out )?into (?:the |his |her |their )?(?:[\w']+ ){0,2}(?:waiting )?(?:hands|arms)": 0.35,
        r"midwife|c-section|caesarean|cesarean|(?:her|his|my) waters? (?:broke|had broken|breaking|breaks)|deliver(?:ed|ing)? the baby": 0.6,
        r"(?:holding|held|cradling|cradled) (?:her|his|their) (?:newborn|new-?born|new baby)|(?:holding|cradling) (?:her|his|their) "
        r"(?:son|daughter)": 0.25,
        # the birth itself: pushing, the head crowning, the cord, the labour ward
        r"baby(?:'s| is| was) (?:coming|crowning|on (?:its|the) way)|(?:bear|bearing|bore) down": 0.55,
        r"(?:one more|another|last|final|big) push": 0.4,
        r"(?:see|saw|seen) the head|(?:head|baby) (?:was )?crown(?:ed|ing)|crowning": 0.6,
        r"(?:cut|clamp|clamped|cutting) the (?:umbilical )?cord|umbilical cord|placenta|afterbirth": 0.55,
        r"(?:hours?|days?) of (?:hard )?labou?r|labou?r (?:ward|room)|delivery (?:room|suite|ward)|maternity (?:ward|wing|unit)": 0.7,
        r"induc(?:e|ed|ing) (?:labou?r|her)|fully dilated|centim(?:e|è)t(?:er|re)s dilated": 0.7,
        r"(?:the )?(?:night|day|morning|evening|hour) (?:that )?(?:he|she|you|i|they|[\w']+) (?:was|were) born": 0.35,
        r"deliver(?:ed|ing)? (?:their|her|his|a|the|my|our) (?:son|daughter|baby|child|twins|heir)|(?:was|were) delivered of": 0.7,
        r"(?:the|a|her|their|his) (?:baby|babe|child|son|daughter|twins|heir) (?:was|were) born": 0.45,
        r"(?:screamed|groaned|cried out|bore down) and pushed|push(?:ed|ing)? (?:again|harder|one more time)": 0.4,
        r"(?:the|a) (?:baby|newborn) (?:came|slid|slipped) (?:out|free)|came out (?:yelling|screaming|crying|squalling|into (?:his|her) hands)": 0.5,
    }, figurative=[r"g(?:ave|ive|ives|iving) birth to (?:a |an |the |this |that |his |her |their |our |my )?(?:whole new |brand new |new |whole )?(?:idea|ideas|"
                   r"band|movement|genre|nation|revolution|legends?|era|style|tradition|myths?|concept|theory|company|empire|religion|"
                   r"cult|dynasty|art|industry|city|universe|world|monster|rumou?rs?|story|stories|plan|scheme|project|song|album|"
                   r"career|friendship|feud|rivalry|trend|fashion)\b", r"birth of (?:a|the) (?:nation|idea|movement|new)"],
        # a litter is born: puppies, kittens, a foal
        senses=(_sense([r"gave birth|giving birth|give birth|in labou?r|went into labou?r|contractions|deliver\w*"],
                       [r"pupp(?:y|ies)|kittens?|litters?|foals?|calf|calves|lambs?|piglets?|whelp\w*|mares?|ewes?|sows?|bitch|"
                        r"cows?|cats?|dogs?"], 0.0),)),
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
        # round 2: "the weaker sex", "unladylike", a wife's job, a husband's permission, the job given to a less qualified man
        r"(?:the )?(?:weaker|fairer|gentler) sex|unladylike|unwomanly|(?:isn't|is not|wasn't|was not|not) (?:very )?ladylike": 0.45,
        r"leave the (?:thinking|deciding|decisions|money|business) to (?:me|the men|us men|your husband|him)|(?:your|a wife's|a woman's|"
        r"her) (?:job|place|duty) (?:is|was) (?:the house|the home|the kids|the children|the kitchen|to (?:look|cook|keep|raise|obey))": 0.5,
        r"(?:asked|ask|asks|asking|needed|need|needs) (?:\w+ )?(?:permission|(?:her|a|his) husband's (?:permission|signature|consent)) "
        r"(?:to|for) (?:open|have|get|work|take|sign|buy)": 0.35,
        r"(?:women|girls|females|a woman|a girl) (?:couldn't|could not|can't|cannot|shouldn't|should not) be trusted": 0.5,
        r"(?:a|the) (?:man|men|male \w+|younger man|junior man) with (?:fewer|less|no|half (?:her|the)|lower) (?:qualifications|experience|"
        r"credentials|seniority|years)": 0.5,
        r"(?:wanting|want|wants|need|needing|needs|be taking|take) (?:\w+ )?time off to (?:start|have) a family": 0.35,
        r"no (?:girls|women|females)(?: allowed)?(?= *[,.!\"])|(?:boys|men) only(?= *[,.!\"])": 0.45,
        r"sexis\w*|chauvinis\w*": 0.8, r"a woman's place|belongs? in the kitchen": 0.7, r"like a girl": 0.35,
        r"(?:because|since) (?:she's|she is|you're|you are) a (?:woman|girl)": 0.55, r"women (?:can't|shouldn't|are too)": 0.5,
        # generalising about women; "a man's job"; keeping women out; condescension at work
        r"(?:this is|it's|it is|this was|it was|that's|is|was) a man's (?:job|world|work|game|business|profession|place)": 0.55,
        r"(?:women|girls|females|ladies|a woman|a girl|no woman|no girl) (?:can't|cannot|can not|don't|do not|shouldn't|should not|have no|lack|belong|aren't|are not|"
        r"were never|could never|will never|weren't meant|aren't meant|are not meant|are better suited|are too|were too|don't understand|"
        r"couldn't|could not|can't be trusted|aren't capable|are incapable|"
        r"do not understand|have no business|need not apply)\b": 0.45,
        r"(?:women|girls|females) (?:are|were) (?:all |naturally |just |simply |better |too |so )?(?:\w+ )?(?:at|for|to)\b": 0.3,
        r"(?:a|the) (?:woman's|girl's|female) (?:mind|brain|head|nature|temperament|role|duty|place)": 0.45,
        r"(?:go|get|went|going) back to (?:the |your )?(?:kitchens?|weaving|sewing|needlework|knitting|cooking|dolls|embroidery|"
        r"spinning|stove)|(?:where|in the kitchen where) (?:you|she|they|women|girls) belongs?": 0.6,
        r"(?:never|not|didn't|did not|don't|won't|wouldn't|refused to|refuse to|would not) (?:\w+ ){0,2}(?:admit\w*|award\w*|allow\w*|"
        r"hire\w*|promot\w*|accept\w*|employ\w*|let) (?:\w+ ){0,3}(?:to )?(?:women|a woman|girls|a girl|females|(?:a |any )?female "
        r"\w+)\b": 0.5,
        r"for a (?:girl|woman|lady)": 0.35,
        r"(?:you're|you are|she's|she is) (?:a |just a |only a )?(?:woman|girl)[,;] (?:you|she) (?:wouldn't|won't|can't|couldn't|don't|"
        r"shouldn't|could never)": 0.5,
        r"(?:gave|give|given|went|goes) (?:\w+ ){0,3}to (?:a |her |the |his )?(?:male|less qualified|junior) (?:colleague|candidate|"
        r"coworker|co-worker|applicant)": 0.35, r"(?:making|make) (?:babies|sandwiches|me a sandwich)|barefoot and pregnant": 0.5,
        r"(?:boys will be boys|(?:must be|is it) that time of the month|glass ceiling|pay gap)": 0.45,
        r"(?:hey |yes |okay |ok )?(?:sweetheart|sweetie|little lady|missy|toots)": 0.15, r"centerfolds?|centrefolds?|pin-?ups?": 0.2,
        r"(?:less|too|more|so) (?:sensitive|emotional|hysterical|hormonal)": 0.2,
    }, senses=(
        # museums and lectures on women's history; a joke
        _sense([r"(?:women|girls|females|ladies) \w+|sexis\w*"], [r"museum|exhibit\w*|lectures?|textbooks?|suffrag\w*|"
                                                                  r"centur(?:y|ies) ago|history (?:class|lesson|essay)"], 0.5, scope=200),
        _sense([r"sexis\w*"], TEASING, 0.5),
        _sense([r"sexis\w*"], [APPLIANCE], 0.3, scope=300),
    ), figurative=[APPLIANCE + r"s? (?:is|was|are|were) (?:so |totally |clearly |being )?sexis\w*"]),
    _lex("miscarriages", {
        r"(?:i'd|she'd|we'd|i would|she would|we would) have had a (?:girl|boy|daughter|son)": 0.35,
        # round 2: born too early and never breathing, lost in the first months, the rush of blood, the empty womb
        r"(?:came|come|born|arrived) too (?:early|soon) and never (?:breathed|cried|lived|drew breath)|never drew breath|(?:lost|lose|were lost|"
        r"was lost) (?:\w+ )?(?:in|during) the (?:first|early) (?:months|weeks|trimester)": 0.55,
        r"(?:blood and cramp(?:s|ing)|cramp(?:s|ing) and (?:bleeding|blood))": 0.4,
        r"(?:rush|gush|trickle|flood) (?:\w+ ){0,2}between (?:her|my) (?:legs|thighs)": 0.3,
        r"(?:would|will|was going to|were going to) never be born": 0.5,
        r"empty (?:ache|feeling|space|hollow) in (?:her|my) (?:belly|womb|stomach)|(?:her|my) (?:belly|womb) (?:was |felt |is |feels )?"
        r"(?:empty|hollow)": 0.45,
        r"miscarr\w*|stillb(?:orn|irth)": 0.85, r"lost the baby|lose the baby": 0.75,
        # the loss: no heartbeat, the baby stopped moving, losses counted
        r"(?:lost|lose|losing) (?:the|a|our|their|her|my|his) (?:first |second |third |last |only )?(?:baby|babies|pregnancy|pregnancies)": 0.75,
        r"pregnancy loss|fetal loss|foetal loss|rainbow baby|angel baby|empty (?:gestational )?sac": 0.6,
        r"(?:no|without a|couldn't find (?:a|the)|could not find (?:a|the)|there was no) (?:fetal |foetal )?heartbeat": 0.4,
        r"baby (?:had )?(?:stopped|stop|wasn't|was not) (?:moving|kicking)|(?:born|delivered) (?:still|silent|sleeping|dead)|"
        r"perfect and silent": 0.6,
        r"(?:lost|losing|lose) (?:two|three|four|five|several|so many) (?:before|babies|pregnancies|little ones)": 0.45,
        r"d&c|dilation and curettage": 0.5,
        r"nothing (?:more )?(?:to be done|(?:they|we|she|he|anyone) could do) for (?:the|her|their|my|his) (?:baby|babe|child|pregnancy)": 0.6,
    }, figurative=[r"miscarriages? of justice", r"miscarriages? of (?!(?:a|the|her|their|my|our|his|twins?|pregnanc\w*)\b)\w+", r"(?:plans?|schemes?|sagacity|letters?|efforts?|attempts?|designs?|projects?|hopes?|"
                   r"intentions?|it|this|that) (?:had |has |have )?miscarr\w*",
                   r"(?:letters?|message|messages|parcels?|notes?|dispatch\w*) (?:\w+ ){0,3}(?:had |has |have )?miscarr\w*"]),
    _lex("transphobia", {
        r"(?:not in there|wrong (?:toilet|bathroom|loo|changing room)|(?:gents|men's|ladies'?) (?:is|are) (?:that way|over there|next door)|"
        r"(?:use|go to) the (?:gents|men's|ladies|other) (?:toilet|bathroom|loo|room)?)": 0.45,
        r"(?:course|of course|sure) you are(?= *[.!])": 0.2, r"(?:i'm|i am) a (?:woman|man|girl|boy)(?= *[.!])": 0.25,
        # round 2: "only two genders", pronouns mocked, misgendering by pronoun, "biologically, you are", care refused,
        # the outing and the hate that follows
        r"only two genders|(?:man|men|bloke|guy) in (?:a )?(?:dress|dresses|wig|skirt|lipstick)": 0.6,
        r"(?:they/them|she/her|he/him|xe/xem|ze/zir)(?: pronouns)?|(?:her|his|their|your|preferred) pronouns": 0.2,
        r"(?:called|calls|calling|call|referred to|refers to|referring to) [a-z]+ (?:as )?['\"](?:she|he|her|him|it|sir|ma'am|miss|mister|"
        r"young lady|young man)['\"]": 0.45,
        r"biologically,? (?:you|he|she|they|you're|he's|she's|they're) (?:are|is|was|were|'re)?|(?:god|nature) made (?:her|him|you|them|"
        r"me) a (?:boy|girl|man|woman)|(?:really|actually|still) a (?:boy|girl|man|woman)(?= *[,.!?])": 0.45,
        r"(?:refused|refuses|refuse|won't|wouldn't|will not|would not|not comfortable|don't feel comfortable|doesn't feel comfortable) "
        r"(?:\w+ ){0,2}(?:prescrib\w*|giv\w*|treat\w*|start\w*) (?:\w+ ){0,2}(?:testosterone|oestrogen|estrogen|hormones|hrt|blockers|"
        r"puberty blockers)": 0.5,
        r"(?:found out|discovered|learned|learnt|news (?:broke|got out|came out|spread)|word got out|outed) (?:that )?(?:\w+ )?(?:was|were|"
        r"is|are) trans\b": 0.45,
        r"groomers?(?= *[.!]? *['\"])|(?:called|calling|calls|call) (?:her|him|them) (?:a )?groomer": 0.4,
        r"(?:mock|mocks|mocked|mocking) (?:her|his|their) (?:voice|body|pronouns|name|transition|appearance)": 0.3,
        r"(?:conversion|reparative) (?:therapy|camp)|(?:pray|prayed|praying) (?:away|for forgiveness for) (?:\w+ )?(?:confusion|it)": 0.45,
        r"transphob\w*|trann(?:y|ies)|shemales?": 0.8, r"dead[- ]?nam\w*": 0.6,
        r"(?:not|never be|never going to be|won't ever be|isn't|aren't|ain't) (?:a )?real (?:man|woman|girl|boy|men|women)": 0.5,
        # misgendering: the story's own pronoun against the word thrown at the person ("called her 'son'")
        r"misgender\w*": 0.6,
        r"(?:called|calls|calling|call) her ['\"]?(?:son|young man|sir|mister|boy|lad|bro|dude|mate|man|he|him|my grandson|my nephew|"
        r"my brother|grandson|nephew)\b|(?:called|calls|calling|call) him ['\"]?(?:daughter|young lady|miss|ma'am|girl|lass|sis|"
        r"madam|missy|she|her|my granddaughter|my niece|my sister|granddaughter|niece|my girl)\b": 0.5,
        r"(?:birth|legal|old|given) name": 0.25,
        r"(?:kept|keeps|keep|keeping|still|insist\w* on) (?:using|calling (?:her|him|them) by) (?:her|his|their) (?:old|birth|dead|legal|"
        r"former|given) name": 0.55, r"(?:that's|that is|it's) not (?:my|her|his|their) name": 0.3,
        r"(?:you're|you are|he's|she's|you were|he was|she was) (?:still )?(?:just )?a (?:girl|boy|man|woman) under (?:there|that|it|all that)|"
        r"(?:born|biologically) (?:a )?(?:male|female|man|woman|boy|girl)|biological (?:sex|male|female|man|woman)": 0.45,
        r"(?:dude|he|she) looks like a (?:lady|dude|man)|(?:bloke|guy|man|dude) in a (?:dress|wig|skirt)|nice wig": 0.5,
        r"trans (?:people|women|men|kids|folks?) (?:are|aren't|should|shouldn't|can't|don't|belong)": 0.55,
        r"(?:found out|discovered|learned) (?:that )?(?:she|he|they) (?:was|were|is|are) trans|(?:because|for being|just for being) trans": 0.45,
        r"(?:grabbed|yanked|ripped|pulled|tore) (?:\w+ ){0,2}binder": 0.5, r"this phase|a phase": 0.2, r"just a phase": 0.3,
        r"(?:threw|thrown|throw|throws|burned|burnt|cut up|ripped up|binned) (?:out |away )?(?:all )?(?:her|his|their) (?:dresses|skirts|"
        r"binders?|makeup|make-up|hormones|pills|wigs?|heels)": 0.45,
    }, senses=(
        # a slip that is corrected at once
        _sense([r"misgender\w*|dead[- ]?nam\w*|(?:birth|old) name"], [r"sorry|apologi[sz]\w*|corrected (?:himself|herself|themselves|"
                                                                  r"themself)|my bad|oops"], 0.3, scope=150),)),
    _lex("abortion", {
        # round 2: the back street and its instruments, protesters at the clinic, "before it was legal"
        r"(?:woman|doctor|man|midwife|someone|place|address|room) (?:in|on|down) (?:the |a )?back[- ]?(?:streets?|alleys?)": 0.35,
        r"(?:didn't|did not|never|wouldn't) ask(?:ed)? (?:any )?questions|no questions asked|and no questions": 0.25,
        r"protest(?:er|or)s? (?:\w+ ){0,3}(?:outside|at|in front of) the (?:clinic|hospital)|clinic protest(?:er|or)s": 0.55,
        r"(?:the )?procedure": 0.2, r"before it was legal": 0.35,
        r"abortions?|aborted (?:the|a|her|my) (?:baby|pregnancy|fetus)": 0.8, r"terminat\w* (?:the|her|my) pregnancy": 0.8,
        # the procedure, the pills and herbs, the clinic; pregnancy words corroborate
        r"terminat(?:ion|e|ed|ing)": 0.45, r"for (?:medical|foetal|fetal) reasons|incompatible with life": 0.35,
        r"(?:moon|tansy|pennyroyal) tea|pennyroyal|mifepristone|misoprostol|abortifacient\w*": 0.7,
        r"(?:get|got|getting|gets) rid of (?:the baby|the pregnancy|the child)|(?:end|ended|ending|ends) (?:the|a|her|my|this|that) pregnancy": 0.7,
        r"knitting needles?|coat ?hangers?|crochet hooks?": 0.25, r"back[- ]?(?:street|alley) (?:abortion\w*|butcher|job|doctor|clinic)": 0.6,
        r"(?:the )?clinic": 0.2, r"(?:the )?(?:first|second) (?:pill|tablet|dose)": 0.25,
        r"(?:wasn't|isn't|was no longer|is no longer|weren't|was not) pregnant (?:any ?more|any longer)": 0.4,
        **_scaled(PREGNANCY, 0.4),
    }, figurative=[r"abort (?:the )?(?:mission|plan|launch)", r"aborted (?:the )?(?:mission|plan|launch)",
                   # being fired or a contract ended; the Terminator
                   r"terminat(?:ion|e|ed|ing) (?:of (?:his|her|their|my|the|your) )?(?:employment|contract|lease|tenancy|service|"
                   r"agreement|partnership|appointment|position|job|programme|program|process|session|call|connection|signal|"
                   r"sequence|protocol|line|station)", r"(?:was|were|got|been|be|being) terminated", r"terminat(?:e|ed|ing) "
                   r"(?:him|her|them|me|you|the target)", r"terminators?"] + PREGNANT_FIGURE),
    _lex("fat-phobia", {
        # round 2: two seats, the thinner girl who gets the part, weighed by a parent, insults shouted, calories "burnt off"
        r"(?:should|must|ought to|would) have to (?:buy|pay for|book) (?:two|2|an extra|a second) seats|(?:buy|buys|bought|buying|"
        r"pay for|paid for|paying for|book|purchase) (?:two|2|an extra|a second) seats": 0.5,
        r"(?:the|a|some|another) (?:thinner|slimmer|skinnier|smaller) (?:girl|woman|boy|man|one|actress|model|dancer|candidate|kid)": 0.35,
        r"(?:look|looks|looked|looking) [a-z]+ up and down": 0.2,
        r"(?:fits?|fit into|fitting) (?:the|a) (?:costume|dress|uniform|sample size|mould|mold|image)": 0.3,
        r"(?:weigh|weighed|weighing|weighs) (?:me|him|her|them|us) (?:every|each|on|in front|at)": 0.4,
        r"(?:nobody|no one|no man|no boy|no girl|no woman) (?:\w+ ){0,2}(?:fancy|want|love|date|marry|look at|kiss) (?:a )?(?:fat|chubby|"
        r"tubby|big|plump|overweight|heavy|podgy|pudgy) (?:girl|boy|woman|man|kid|one)": 0.55,
        r"slimming world|weight ?watchers|fat camp|fat farm": 0.3,
        r"(?:fatty|fatso|tubby|porky|lardy|lard-?ass|piggy|chubs|fat lard)(?= *[!,?.\"])": 0.45,
        r"(?:burn|burns|burned|burnt|work|works|worked|working) (?:\w+ )?off (?:those|the|that|all those|all that) (?:cookies|burgers|"
        r"donuts|doughnuts|fries|pies|cakes|calories|pounds|chips|pizzas?)|(?:cookies|burgers|donuts|doughnuts|fries|pies|cakes|calories) "
        r"(?:aren't|won't|are not|will not) (?:gonna |going to )?burn themselves off": 0.5,
        r"(?:make|made|making|makes) (?:myself|himself|herself|themselves) (?:as )?small": 0.2,
        r"fatso|fat (?:pig|cow|ass|slob|pig|freak)|fatphob\w*": 0.75, r"too fat|so fat|lose (?:some )?weight": 0.35,
        r"too fat to (?:be|wear|dance|run|play|fit|get|ride|swim|date|love)": 0.5,
        r"(?:put|puts|putting) (?:her|him|me|them) on (?:a |another )?(?:starvation |crash |strict )?diet": 0.35,
        r"whale|lard(?:ass)?|porker": 0.3,
        # names, jokes and "advice" aimed at a fat body
        r"fat[- ]?sham\w*": 0.8,
        r"(?:called|calls|calling|call) (?:him|her|me|them|us) (?:['\"]?(?:fat|tubby|chubby|porky|piggy|a pig|a whale|a cow|lardass|fatso|"
        r"blubber\w*|fatty|miss piggy|piggy|pig ?face|fatass|fat ass|thunder thighs|blimp|hippo))": 0.55,
        r"diet (?:pamphlets|books|pills|plans|leaflets|shakes)": 0.25,
        r"fat (?:people|kids?|friend|boy|girl|bastard|fuck|man|woman|guy|one)": 0.35, r"obes(?:e|ity)": 0.35,
        r"(?:oink\w*|moo(?:ed|ing)?) (?:when|at|as|whenever)": 0.45,
        r"(?:losing|lost|lose) (?:some |a little |a bit of |the )?weight|diet and exercise": 0.3,
        r"(?:might|would|(?:it|he|she|that|this)'ll|will|won't|wouldn't|might not|may not) (?:not )?(?:hold|take|break|survive) (?:him|her|you|me|them|the weight)|"
        r"(?:break|broke|breaking) the (?:chair|bed|scales?|bench|swing)": 0.45,
        r"taking up (?:too much )?space|(?:grabbed|grab|grabs|pinched|poked|jiggled) (?:my|his|her|their) (?:stomach|belly|fat|rolls|"
        r"love handles|gut)": 0.45,
        r"(?:shift|move|lift) that (?:lard|fat|arse|ass|bulk|blubber)|(?:ate|eat|eats|eaten) the whole (?:tuck shop|fridge|buffet|"
        r"kitchen|bakery)": 0.45,
        r"(?:weren't|aren't|wasn't|isn't) built for (?:sport|running|speed|that)": 0.2,
        r"plus[- ]size\w*|looked (?:her|him|me) up and down": 0.2,
        r"(?:someone|somebody|a girl|a woman|an actress|a model|a dancer|a boy|a man) (?:less \w+|thinner|slimmer|smaller|skinnier)": 0.35,
        r"(?:your|his|her|their|my) weight (?:is|was) (?:the )?(?:cause|problem|reason|issue)|(?:blamed|blames|blaming|blame) "
        r"(?:\w+ ){0,3}(?:on )?(?:your|his|her|their|my) weight": 0.55,
        r"(?:sure|really) (?:you )?(?:need|want|should have) (?:seconds|another|more|dessert|pudding|that)": 0.35,
        r"(?:pointed |long )?(?:look|glance|stare)s? at (?:her|his|my|their) (?:waistline|waist|stomach|belly|thighs|weight|hips)": 0.35,
        r"(?:you'd|you would|she'd|he'd|she would|he would) be (?:so |really |much |very )?(?:pretty|beautiful|handsome|attractive|"
        r"gorgeous|cute) if (?:you|she|he) (?:just |only )?(?:lost|lose|dropped|drop)": 0.6,
    }),
    _lex("animal-death", {
        r"(?:held|hold|holds|holding) (?:her|him|it) (?:until|till) (?:she|he|it) (?:stopped|went still|was still|died)": 0.45,
        r"(?:arrow|bullet|spear|bolt|shot) (?:\w+ ){0,2}(?:hit|struck|took|pierced|caught|through) (?:her|his|its) (?:neck|chest|flank|side|"
        r"eye|throat|head|shoulder|heart)": 0.35,
        r"(?:didn't|did not|never) (?:come|came) (?:back )?up": 0.3,
        # round 2: the vet's injection and the heart that stops, a dead animal found, wolves at the herd, horses shot on a
        # battlefield, poisoned bait (the heart and the stillness count only with an animal near: see the senses)
        r"dead " + ANIMAL: 0.45,
        r"(?:wolves|coyotes|foxes|a fox|a bear|bears|the dogs|a lion|lions|a wolf|the pack) (?:\w+ )?(?:gotten to|got to|killed|took|taken|"
        r"savaged|mauled|torn|tore) (?:her|him|it|them|the \w+)": 0.45,
        r"(?:stop|stops|stopped|stopping) (?:her|his|its|the) heart|(?:feel|feels|felt) (?:her|him|it) go\b": 0.45,
        r"(?:first|second|last|final|lethal|fatal) (?:injection|shot|needle|dose)": 0.3,
        r"(?:shooting|shot|shoot|shoots) (?:each|every|the|one) (?:\w+ )?(?:one|horse|dog|animal|mule|cow) (?:in the head|through the head|"
        r"between the eyes)": 0.45,
        r"(?:poisoned|poison) (?:the )?(?:meat|bait|food|water|feed)|(?:laid|put down|left out|set) poison": 0.4,
        r"(?:and )?(?:then )?(?:was|lay|went|fell) still(?= *[.!])|shuddered and (?:was|lay|went) still": 0.3,
        r"foaming at the mouth": 0.2,
        r"(?:dog|cat|horse|puppy|kitten|pet|bird|deer|rabbit|pony|hamster)s? (?:was |had |has )?(?:died|dead|killed|run over|put down)": 0.8,
        r"(?:killed|shot|drowned) (?:the|a|his|her|my) (?:dog|cat|horse|puppy|kitten|pet|bird|deer|rabbit)": 0.75,
        r"roadkill|carcass\w*": 0.45, r"put (?:him|her|it) down": 0.25,
        r"(?:had to be|has to be|was|were|being|get|got) put (?:down|to sleep)": 0.5,
        # an animal with a death verb near it; the vet's needle; the hunter's kill; a pet's grave
        ANIMAL + r"(?:[^\w.!?\n]+\w+){0,6}?[^\w.!?\n]+(?:died|dies|dead|killed|shot|run over|hit by a car|put down|put to sleep|"
        r"stopped breathing|went still|lay still|bled out|slaughtered|drowned|fell dead|never moved again|crumpled|collapsed|"
        r"keeled over|lay dying|lay everywhere|lay in heaps)\b": 0.55,
        r"(?:bullet|arrow|shot|spear|bolt) (?:\w+ ){0,2}(?:caught|hit|struck|took|pierced) (?:the|a|its|his|her) (?:\w+ )?" + ANIMAL: 0.5,
        r"(?:killed|shot|drowned|slaughtered|butchered|put down|euthanis\w*|euthaniz\w*|speared|poisoned) (?:\w+ ){0,2}" + ANIMAL: 0.55,
        r"(?:the )?vet(?:[^\w.!?\n]+\w+){0,8}?[^\w.!?\n]+(?:needle|injection|syringe|put|putting|euthanis\w*|euthaniz\w*)|put (?:him|her|"
        r"it|the \w+) to sleep": 0.45,
        r"(?:dog|cat|horse|pony|rabbit|puppy|kitten)'s (?:head|body)": 0.2,
        r"(?:didn't|did not|never) move again|(?:went|lay|fell) still": 0.2,
        r"(?:his|her|its) tail (?:thumped|wagged|twitched)|(?:his|her|its) (?:muzzle|paws?|hooves|mane|flanks?|whiskers|snout|fur)": 0.2,
        r"(?:cut|slit) (?:its|the animal's) throat|(?:its|the animal's) (?:eyes?|breath) (?:\w+ ){0,3}(?:glaz\w*|stopped|dimm\w*)|"
        r"put (?:it|him|her|the \w+) out of (?:its|his|her) misery": 0.5,
        r"found (?:him|her|it|the (?:cat|dog|kitten|puppy|fox|bird|rabbit)) (?:dead )?(?:at|by|on|in) the (?:side of the road|roadside|"
        r"kerb|curb|gutter)": 0.5,
        r"(?:buried|bury|burying) (?:him|her|it|the \w+) (?:\w+ ){0,2}(?:under|in|beneath) (?:the|a) (?:\w+ )?(?:tree|garden|yard|shoebox)": 0.4,
    }, figurative=[r"more dead than alive|half[- ]dead|dead on (?:its|his|her) feet", r"(?:beat|beating|beats|flog|flogging) a dead horse",
                   r"(?:dead|killed|shot) (?:\w+ )?(?:monsters?|creatures?|"
                   r"zombies?|demons?|orcs?)"],
        # a heart stopped, a shot to the head, a body gone still: an animal's death only with an animal in view
        senses=(_sense([r"(?:stop|stops|stopped|stopping) (?:her|his|its|the) heart|(?:feel|feels|felt) (?:her|him|it) go|(?:first|second|"
                        r"last|final|lethal|fatal) (?:injection|shot|needle|dose)|(?:shooting|shot|shoot|shoots) (?:each|every|the|one)|"
                        r"(?:and )?(?:then )?(?:was|lay|went|fell) still|shuddered|foaming|(?:poisoned|poison)|(?:laid|put down|left out|set)|"
                        r"(?:held|hold|holds|holding) (?:her|him|it) (?:until|till)|(?:arrow|bullet|spear|bolt|shot) |"
                        r"(?:didn't|did not|never) (?:come|came)"],
                       [ANIMAL + r"|vets?|veterinar\w*|fur|paws?|muzzle|tail|whiskers|mane|hooves|kennel|litter|stables?|pasture|"
                        r"barn|herd|flock|pack|collar|leash|lead"], 0.0, scope=400, absent=True),
                _sense([r"[a-z]+"], [TOY], 0.2, scope=300))),
    _lex("animal-cruelty", {
        # round 2: the hook and the chain sores, "they only understand pain", neglected yards, baiting, a pet tortured
        r"(?:sores|wounds|scars|welts|raw patches) (?:\w+ ){0,4}where the (?:chains?|ropes?|harness|collar|shackles?|hobbles?|straps?) "
        r"(?:rubbed|cut|bit|dug|had been)": 0.45,
        r"(?:they|animals|beasts|dogs|horses|elephants|brutes) only (?:understand|respond to|learn from|know) (?:pain|the whip|fear|the stick|"
        r"force|the hook|the lash)": 0.5,
        r"(?:hit|hits|struck|beat|beats|whipped|hooked|jabbed|prodded|kicked) (?:her|him|it) again,? (?:and again|until)": 0.3,
        r"(?:ribs|every rib|each rib) (?:like|showing|visible|sticking out|poking)|collar (?:had )?(?:grown|embedded) into": 0.45,
        r"(?:water|food) bowls? (?:\w+ ){0,2}(?:dry|empty|crusted)": 0.35,
        r"(?:bear|bull|badger)[- ]?baiting|set (?:their|the|his|her) (?:\w+ )?(?:dogs|hounds|mastiffs|terriers) on (?:it|the \w+)": 0.6,
        r"(?:its|the|her|his) (?:teeth|claws|fangs|talons|beak) (?:\w+ )?(?:broken|pulled|clipped|pulled out|removed|filed|ripped out)": 0.4,
        r"animal (?:abuse|cruelty)": 0.85, r"(?:kick|kicked|beat|beating|tortur\w*|abus\w*|starv\w*|drown\w*) (?:the|a|his|her) "
        r"(?:dog|cat|puppy|kitten|horse|animals?)": 0.7, r"dogfight\w*|cockfight\w*": 0.6,
        # hurting an animal on purpose, fighting rings, lab animals suffering
        r"(?:kick(?:ed|ing|s)?|beat(?:s|ing)?|tortur\w*|burn(?:ed|t|ing)|drown(?:ed|ing)|whipp(?:ed|ing)|starv(?:ed|ing)|hang(?:ed|ing)|"
        r"poison(?:ed|ing)|strangl\w*|set fire to|tied|skinned|held|inject(?:ed|ing)|experiment(?:ed|ing) on|test(?:ed|ing) on) (?:\w+ ){0,2}(?:the|a|an|its|his|her) (?:[\w']+ ){0,2}" + ANIMAL +
        r"(?! (?:fight|show|lover|bed|food)\b)": 0.45,
        r"(?:its|the (?:dog|cat|horse|puppy|kitten|animal|bird|mare)'s) (?:fur|tail|paws?|legs|ears|whiskers) (?:\w+ ){0,5}(?:burn\w*|"
        r"blacken\w*|singe\w*|candle|flame|fire|lighter)|(?:tied|tying|tie) (?:its|the \w+'s) (?:legs|paws|tail)": 0.6,
        r"(?:dog ?fight(?:ing)?|fighting) (?:ring|pit|dogs)|bait dogs?|(?:too thin to stand|ribs showing)": 0.5,
        r"animal (?:testing|experiments?|experimentation)|experiment\w* on animals|(?:tests?|trials?) on animals|lab animals": 0.6,
        r"(?:whip|welts|whip marks|lash marks|sores) (?:\w+ ){0,3}(?:on )?(?:the|its|her|his) (?:[\w']+ ){0,2}(?:flanks?|hide|back|withers)": 0.45,
        r"(?:left|leave|leaves|leaving|turned|kept) (?:her|him|it|them|the \w+) out in the (?:sleet|snow|rain|cold|frost|storm)": 0.35,
        r"(?:yowl|yelp|whimper|squeal|shriek|scream)\w*": 0.15,
        r"(?:throw|threw|throwing|thrown|pelt\w*|hurl\w*) (?:stones|rocks|bricks|bottles|sticks|fireworks?) at (?:a|the|an|its) (?:[\w']+ )?" + ANIMAL: 0.55,
        r"(?:until|till) it (?:bled|screamed|stopped moving|died|collapsed|couldn't stand|could not stand|howled|yelped|squealed|shrieked)": 0.3,
        r"bullhooks?|cattle prods?": 0.2,
        r"(?:tied|tying|tie|taped|strapped) (?:\w+ ){0,2}to (?:the|a|its) (?:\w+ )?(?:dog|cat|puppy|kitten|horse|animal|bird|goat|pig)'s "
        r"(?:tail|legs?|paws?|neck)": 0.5,
        r"(?:laughing|laughed|laugh|grinning) (?:as|while) (?:it|the (?:dog|cat|animal|puppy|kitten|horse|bird)) (?:ran|yelped|howled|"
        r"screamed|squealed|cried|struggled|thrashed|whimpered)": 0.35,
        ANIMAL + r" (?:\w+ ){0,2}(?:chained|caged|tied) (?:up )?(?:in|to|outside|all|for)": 0.35,
        ANIMAL + r" (?:\w+ ){0,2}(?:starved|beaten|whipped|tortured|abused|burned|mutilated|neglected|covered in sores)": 0.45,
        r"(?:no|without|hardly any|barely any) (?:shelter|shade|food|water|bedding)": 0.3,
        r"(?:left|leave|leaving|abandoned) (?:\w+ ){0,4}(?:to die|to starve|to drown|to burn|to freeze)": 0.4,
        r"(?:lowered|held|pushed|forced|dunked) (?:the (?:animal|puppy|kitten|cat|dog)|it) (?:\w+ ){0,2}(?:into|under) (?:the )?(?:water|trough|bucket)": 0.5,
    }, figurative=[r"(?:beat|beating|beats|flog|flogging) a dead horse", r"held (?:his|her|my|their) horses?"],
        # a vet's injection, a treatment
        senses=(_sense([r"inject(?:ed|ing)|held"], [r"vets?|veterinar\w*|vaccin\w*|sedat\w*|anaesthe\w*|anesthe\w*|antibiotic\w*|"
                                                    r"treat\w*|heal\w*|medicine|gently|carefully|cuddl\w*|stroked"], 0.2, scope=150),)),
    _lex("ableism", {
        r"retard\w*|cripple[sd]?|spaz|spastic|mongoloid": 0.6, r"psychos?|lunatics?|nutcases?|mental cases?|schizo": 0.35,
        r"crazy|insane|moron\w*|idiot\w*|freaks?": 0.1, r"handicapped|invalid|wheelchair[- ]bound|confined to a wheelchair": 0.35,
        r"deaf and dumb|blind as a bat": 0.6, r"ableis\w*": 0.8,
    }, figurative=[r"retard(?:ed|ing|s)? (?:the|his|her|its|their|our|my|your|this|that|progress|growth|development|movement)"]),
    _lex("classism", {
        # round 2: "in trade", "slumming it", which fork, the smell of the mill, the poor as stupid or disposable, laws of a caste
        r"in trade(?! (?:for|with|unions?|agreements?|deals?|routes?|talks|negotiations|wars?|secrets?)\b)": 0.4, r"new money|nouveau[- ]riche|parvenus?|social climbers?": 0.35,
        r"(?:can|could) smell (?:it|the \w+|poverty|the gutter|the streets|the farm|the mill|the docks) on (?:him|her|them|you)": 0.35,
        r"slumming(?: it)?": 0.4, r"which (?:fork|spoon|knife|glass) to use": 0.3,
        r"gold-?diggers?|(?:always |only )?(?:want|wants|wanted|after) (?:our|his|her|the family's) money": 0.3,
        r"(?:disposable|expendable|replaceable)(?! (?:cups?|plates?|razors?|cameras?|gloves|nappies|diapers|income|masks?|cutlery|"
        r"containers?|batteries|lighters?|vapes?|items?|products?|wipes?|parts?)\b)": 0.25,
        r"(?:couldn't|could not|can't|cannot|weren't allowed to|aren't allowed to|were forbidden to|are forbidden to|barred from) (?:own|"
        r"owning|hold|holding|vote|voting|testify|testifying|sit|sitting|enter|entering|walk|walking) (?:land|property|office|in court|"
        r"the (?:academy|exams?|bridges?|council|university|schools?))": 0.4,
        r"(?:upper|lower) (?:tiers?|castes?|districts?|town|city|orders)|castes?|untouchables?": 0.3,
        r"(?:tier|high|low|base|gutter|true|well)-born": 0.3,
        r"trailer trash|white trash|gutter rats?|street rats?": 0.7, r"peasants?|commoners?|riff-?raff|low[- ]?(?:class|born)": 0.35,
        r"poor people|welfare|ghetto": 0.2, r"classis\w*": 0.8, r"beneath (?:him|her|us|them)": 0.2,
        # "know your place", "not your world", contempt for servants, the poor and the accent
        r"(?:know|knows|knew|remember|forgot|forget|forgotten) (?:your|her|his|their) place|(?:you )?forget yourself|above (?:your|her|his|"
        r"their|my) station": 0.45,
        r"(?:(?:do not|don't|never|not to|you will not|you won't) )?(?:speak|spoken|talk) (?:only )?(?:unless|until|when) spoken to": 0.4,
        r"(?:not|isn't|wasn't|never) (?:really )?(?:your|our|their|his|her) (?:world|class|kind|sort|station)": 0.45,
        r"(?:scholarship|charity) (?:kid|case|student|girl|boy)s?": 0.5, r"on (?:a )?scholarship": 0.25,
        r"(?:called|calls|calling) (?:me|him|her|them|us) ['\"]?the help": 0.5, r"the help": 0.15,
        r"(?:clients|people|families|candidates?|folk|guests) of a (?:certain )?(?:background|class|sort|kind|breeding)": 0.3,
        r"(?:culture|cultural|better) fit": 0.3,
        r"(?:servants?|maids?|peasants?|commoners?|the poor|poor people|working class|lower class\w*|lower orders|the masses|plebs?|"
        r"plebeians?|chavs?|those people|these people|its people|their people|they) (?:are|were) (?:[\w']+ ){0,3}(?:filthy|lazy|dirty|"
        r"stupid|criminal|animals|vermin|rats|scum|trash|unwashed|ignorant|beneath)": 0.35,
        r"(?:breeds?|bred|breeding) (?:like )?(?:rats|vermin|rabbits)": 0.35,
        r"(?:people|kids|girls|boys|someone|scum|trash) like (?:you|her|him|them|us) (?:don't|do not|doesn't|does not|shouldn't|should "
        r"not|can't|will never) (?:\w+ ){0,2}(?:belong|fit in|deserve|be allowed)": 0.5,
        r"go back to (?:your|the|their|his|her) (?:council estate|slums?|gutter|trailer park|hovel|estate|projects)": 0.5,
        r"council estate|trailer park|the slums?": 0.2,
        r"(?:your|their|his|her) (?:sort|kind|type|class)(?: of people)? (?:here|in here|around here)|(?:we|they) (?:don't|do not) (?:serve|"
        r"want|allow|let in) (?:your|their|his|her|that) (?:sort|kind|type|class)": 0.45, r"(?:the )?wrong side of (?:the )?(?:town|tracks)": 0.35,
        r"(?:her|his|their|your) (?:family|people|parents|kind) (?:are|were|is|was) (?:\w+ )?(?:nobodies|nobody|common|trash|peasants|"
        r"beneath|nothing)": 0.45,
        r"(?:won't|will not|never|wouldn't) (?:have|let|allow) (?:my|our|his|her) (?:son|daughter|child|heir|nephew|niece) (?:marry|"
        r"marrying|marries|court|courting|to marry)": 0.35,
        r"(?:just|only|merely|nothing but) (?:the|a) (?:cook|maid|servant|stable|kitchen|scullery|gardener|butler|footman|tailor|miller|"
        r"blacksmith|farmer|peasant|fisherman|coachman|groom|laundress|washerwoman)(?:'s)? (?:boy|girl|son|daughter|brat|lad|lass|hand)": 0.45,
        r"(?:you|he|she|they) (?:don't|doesn't|do not|does not) get to (?:look at|touch|speak to|talk to|marry|court|dance with)": 0.3,
        r"(?:father|mother|dad|mum|mom|parents?)(?:'s| is| was| were) (?:a |just a |only a |some )?(?:bin ?man|dustman|cleaner|janitor|"
        r"miner|labourer|laborer|servant|maid|plumber|factory worker|cleaning lady|charwoman|peasant|farmhand|fishmonger|"
        r"butcher|chimney sweep|cook)": 0.3, r"who let (?:her|him|them|you|that|those) (?:\w+ )?in": 0.3,
        r"(?:common|low|lowly|humble|peasant|inferior|vulgar) (?:birth|stock|origins?|breeding|connections|family)|(?:low|common)-born|guttersnipe": 0.35,
        r"(?:as if|like) (?:it|he|she|they) (?:might|would|could) (?:dirty|soil|contaminate|infect) (?:him|her|them|his|her)": 0.35,
        r"(?:second-hand|hand-me-down|battered|shabby|threadbare) (?:\w+ )?(?:robes|clothes|books|textbooks|uniform|shoes)": 0.15,
        r"(?:can't|cannot|couldn't|could not|can) afford": 0.15,
        r"(?:sneer\w*|scoff\w*|looked down (?:on|at)|turned (?:his|her|their) nose up)": 0.2,
        r"(?:working|lower|upper)[- ]class (?:accent|background|family|kid|roots)|(?:his|her|my|their) accent": 0.2,
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
