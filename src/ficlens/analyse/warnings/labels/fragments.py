# ruff: noqa: E501  (one pattern a line; a pattern is not split to fit)
"""Phrase fragments that several labels' lexicons share: regex source text, no behaviour.

Grammar (possessives, reflexives, a person as object, the ages of a minor), the figures of speech of death and
blood, gore and explicit sex (what makes a passage ``graphic``), animals, the settings that give a cue word another
sense (teasing, a course about the topic), and the belittling that abuse and child abuse both read as a cue.
"""

from __future__ import annotations

# --- grammar -------------------------------------------------------------------------------------------------
POSS = r"(?:his|her|my|their|your|our)"
SELF = r"(?:myself|himself|herself|themselves|themself|yourself|ourselves)"
PERSON = r"(?:him|her|me|them|us|you)"  # a person as object: "kicked it" / "hit it off" are not violence
NUM_MINOR = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|1[0-7])"

# --- figures of speech ---------------------------------------------------------------------------------------
# Idioms that look like violence/death but are figures of speech (docs/taxonomy.md's traps).
I_AM_DYING = r"(?:i|i'm|i am) (?:so )?dying"
FIGURATIVE_DEATH = [
    r"dead (?:end|ends|tired|serious|silence|weight|ringer|set|last|center|centre|on|wrong|right|sure|beat|asleep)",
    r"deadline\w*",
    # "hit her dead-on"; in trouble, not dead: "I'm so dead", "you're totally dead when Mum sees this"
    r"dead-on",
    r"(?:i'm|i am|you're|you are|we're|we are|he's|she's|they're) (?:so|totally|sooo*|so totally|so very) dead\b",
    r"drop[- ]dead",
    r"dying (?:to|for|of (?:embarrassment|shame|laughter|boredom|curiosity))",
    r"(?:bored|scared|frightened|worried|tickled|loved) to death",
    r"to die for",
    r"die (?:laughing|of embarrassment)",
    I_AM_DYING,
    r"kill(?:s|ing)? (?:me|him|her) (?:now|already)",
    r"(?:you're|you are|it's|this is) killing me",
    r"killer (?:smile|look|instinct|body|abs|outfit|heels|app|solos?|riffs?|songs?|tracks?|lines?|jokes?|ideas?|"
    r"views?|dress|moves?|voice|queens?|whales?|bees|sudoku|workouts?|deals?|combo|legs|cheekbones|wardrobe)",
    r"over my dead body",
    r"dead to (?:me|the world)",
    r"kill (?:time|the (?:mood|lights|engine|music))",
    r"murder (?:a|the) (?:song|burger|pizza|sandwich)",
    r"(?:would|could|might|gonna|going to) die of (?:embarrassment|shame)",
    r"(?:wanted|want) to die of",
    r"if looks could kill",
    r"deathly (?:pale|quiet|still|afraid)",
    r"death glare",
    r"death grip",
    r"killed it",
    r"slayed",
    r"(?:mental|emotional) (?:punch|blow|slap)\w*",
    r"(?:like )?a punch (?:to|in) the gut",
    r"fear of dying",
    r"abort (?:the )?(?:mission|plan)",
    r"bloody (?:hell|idiot|git|brilliant|well|good|fool)",
    # "buried his face in Derek's neck", "died out of knowledge", "a grave man", "a dead loss", "mournful gloom"
    r"bur(?:y|ies|ied|ying) (?:(?:his|her|my|their|your|its|our) )?(?:face|head|nose|hands?|fingers|chin|mouth)",
    r"buried (?:\w+ ){0,3}in (?:the |his |her |my |their |a )?(?:pockets?|pillows?|hands|hair|work|books?|thoughts?|papers?|blankets?|covers|sheets|snow|sand)",
    r"(?:died|dies|dying|die) (?:out|away|down)",
    r"dead (?:loss|calm|heat|giveaway|drunk|of (?:night|winter))",
    r"(?:a|an|and|very|most|more|so|too|rather|quite|looked|look|looking|seemed|grew|became) grave (?!(?:of|in|was|where|by|"
    r"beside|with|to|and|for|at|on|under|that|which|had|has|is|digger|\w*stone|yard)\b)[a-z]+",
    r"(?:was|were|is|are|looked|seemed|grew|became|very|most|so|too|rather|quite) grave(?=[,;.!?])",
    r"grave (?:man|men|woman|women|face|faces|voice|tone|look|looks|air|manner|expression|eyes|danger|mistake|error|concern|doubts?|matter|issue|consequences|offen[cs]e|risk|fault|countenance|smile|silence|demeanou?r|question|news|situation|misgivings|reservations)",
    r"mournful\w*",
    # "a hollow, dead voice", "dead leaves", "a dead battery": lifeless-seeming things, not a death
    r"dead (?:voice|voices|tone|tones|monotone|stare|gaze|expression|hush|stillness|leaves|flowers|grass|wood|branch\w*|"
    r"twigs?|batter(?:y|ies)|phone|line|letter|language|bolt|march|reckoning|level|straight|ahead|still|quiet)",
    # a plant, a light or a machine that dies: "dead, gnarled roots", "the dying rays", "a dying battery", "the phone
    # died", "her smile died"
    r"(?:dead|dying)(?:,? (?:mangled|gnarled|withered|rotten|rotting|old|brown|dry|dried|twisted|black(?:ened)?|grey|"
    r"gray|bare|broken|cold|golden|red|orange|crimson|pale|last))?,? (?:roots?|trees?|stumps?|plants?|vines?|weeds?|"
    r"foliage|bushes|shrubs?|stalks?|hedges?|orchids?|roses?|lawn|garden|houseplants?|rays?|light|sunlight|daylight|"
    r"embers?|fire|sun|sunset|static|signal|screen|pixels?|bulbs?|torch|flashlight|engine|skin|hair|cells?|neurons?|"
    r"brain cells|end|space|air|zone|pixel|bug|code|links?|mall|town|city|batter(?:y|ies))",
    r"(?:battery|batteries|phone|laptop|computer|tablet|camera|car|truck|van|generator|signal|lights?|fire|flames?|"
    r"embers?|engine|motor|torch|flashlight|bulb|screen|radio|"
    r"conversation|laughter|music|wind|breeze|noise|smile|grin|hope|rays?|sunset|daylight|sunlight|voice|words|"
    r"protests?|plant|plants|flowers?|roses?|orchids?|tree|trees) (?:had |have |has |finally |slowly |quickly |all |"
    r"just )?(?:died|dies|dying|was dead|were dead|is dead|are dead|went dead)",
    # looks: "a cadaverousness of complexion", "corpse-like pallor"
    r"cadaverous\w*",
    r"corpse-?like",
    # moving on or handing on: "accosted me and passed on", "passed on the news", "passed on to the next room"
    r"(?:and|then) passed on(?= *[,.;:!?])",
    r"passed on (?:without|through|into|along|down|up|across|over|towards?|the|a|an|"
    r"his|her|their|my|its|some|word|news|messages?|information|to (?!(?:a |the )?(?:better|next|other) (?:place|world|"
    r"life|side)\b))",
]
# "bloody" as a swear word: before a people noun, a demonym, an insult or an adjective/adverb ("these bloody
# English", "a bloody fool", "bloody well", "bloody awful"), not before what can bleed ("a bloody nose").
BLOODY_SWEAR = [
    r"bloody(?:-minded\w*| (?:(?:\w+ish|\w+ese|english|french|dutch|scots?|irish|yanks?|yankees?|germans?|"
    r"americans?|russians?|italians?|foreigners?|fool\w*|idiot\w*|bastards?|beggars?|rascals?|swine|brutes?|"
    r"people|lot|men|women|kids?|children|thing|things|business|nonsense|nuisance|shame|cheek|mess|hell|well|"
    r"good|great|awful|stupid|mad|marvell?ous|ridiculous|lucky|sure|right|typical|silly|cold|hot|stuff|"
    r"[a-z]+ly)\b))",
    # a string of insults that opens with it: "Bloody, rotten, big-nosed...", "bloody, stinking git"
    r"bloody,? (?:rotten|stinking|sodding|damned?|fucking|stupid|useless|greasy|smug|arrogant|lousy|"
    r"\w+-(?:nosed|faced|haired|brained|headed|eyed))\b",
]

# --- what makes a passage graphic ----------------------------------------------------------------------------
# Gore: graphic violence, death, blood, dissection and war.
GORE = [
    r"gore",
    r"gory",
    r"entrails",
    r"intestines",
    r"guts spill\w*",
    r"brains? (?:matter|splatter\w*)",
    r"splatter\w*",
    r"spurt\w*",
    r"gush\w*",
    r"pool(?:s|ed)? of blood",
    r"soaked in blood",
    r"blood[- ]soaked",
    r"torn (?:flesh|open)",
    r"ripped (?:open|apart|out)",
    r"(?:bone|skull)s? (?:crack|snap|shatter|crunch)\w*",
    r"crunch of bone",
    r"exposed bone",
    r"severed",
    r"decapitat\w*",
    r"disembowel\w*",
    r"mangled",
    r"viscera",
    r"slit (?:his|her|their) throat",
    r"eyes? gouged",
]
# "cock" is the penis only as a noun: not "cock his head", "cocked the pistol", "cocktail", "cockpit", "cocky"
COCK = r"cock(?:s)?(?! (?:(?:his|her|my|their|your|its|an|one|the|a) )?(?:heads?|ears?|eyebrows?|brows?|hats?|guns?|pistols?|rifles?|revolvers?|hammers?|triggers?|fists?|legs?|hips?|eyes?|chins?|crow\w*|a-hoop)\b)"
NOT_COCK = [
    r"cock(?:s|ed|ing)? (?:(?:his|her|my|their|your|its|an|one|the|a) )?(?:heads?|ears?|eyebrows?|brows?|hats?|guns?|pistols?|rifles?|revolvers?|hammers?|triggers?|fists?|legs?|hips?|eyes?|chins?)",
    r"(?:the |a )?cock (?:crow\w*|a-hoop)|cock-?crow\w*|cocked hats?",
]
SEX_EXPLICIT = [
    COCK,
    r"cum(?:s|ming|med)?",
    r"pussy",
    r"clit\w*",
    r"orgasm\w*",
    r"ejaculat\w*",
    r"semen",
    r"come(?:s)? (?:inside|all over|in (?:his|her|my) (?:mouth|ass))",
    r"dick",
    r"penis",
    r"vagina",
    r"balls deep",
    r"thrust(?:s|ed|ing)? (?:into|inside)",
    r"blowjob|blow job|handjob|hand job",
    r"rimm(?:ed|ing) (?:him|her|me|his|my)",
    r"prostate",
    r"hole",
    r"lube\w*",
]

# --- animals -------------------------------------------------------------------------------------------------
# Animals a story may lose or hurt (no "creature" or "monster": a slain monster is no animal death).
ANIMAL = (
    r"(?:dogs?|cats?|horses?|mares?|stallions?|ponies|pony|foals?|pupp(?:y|ies)|pups?|kittens?|kitty|pets?|birds?|"
    r"deer|doe|stags?|rabbits?|bunn(?:y|ies)|hamsters?|guinea pigs?|dragons?|fox(?:es)?|wolf|wolves|cows?|calf|"
    r"calves|lambs?|sheep|goats?|pigs?|piglets?|chickens?|hens?|owls?|ferrets?|mice|mouse|rats?|goldfish|"
    r"tortoises?|parrots?|budgies?|hounds?|animals?|chimps?|chimpanzees?|monkeys?|frogs?|ducks?|geese|goose|"
    r"donkeys?|oxen|ox|bulls?|elephants?|whales?|dolphins?|seals?|bears?)"
)
# An animal near the cue: the animal labels' cues that name no animal ("beat it", "died") need one within 300
# characters.
ANIMAL_IN_VIEW = [
    ANIMAL + r"|vets?|veterinar\w*|fur|paws?|muzzle|snout|tail|whiskers|mane|hooves|kennel|hutch|litter|stables?|"
    r"pasture|barn|herd|flock|collar|leash|sheepdog|tank"
]

# --- settings that give a cue word another sense -------------------------------------------------------------
# Teasing or a joke around a cue word: "stop abusing me," he said, laughing.
TEASING = [
    r"jok(?:e|es|ed|ing|ingly)|teas(?:e|es|ed|ing|ingly)|kidding|banter\w*|laugh\w*|grin(?:s|ned|ning)?|"
    r"giggl\w*|playful(?:ly)?|cheerful(?:ly)?|mock(?:ing)?ly|sarcas\w*|snort(?:s|ed|ing)?|rolled (?:his|her|their) eyes"
]
# Talk about a topic in a course, a debate or its law: "the self-harm awareness session", "the 1967 Abortion Act".
EDUCATION = [
    r"training|awareness|courses?|slides?|workshops?|debat\w*|motions?|lectures?|seminars?|statistics|curriculum|"
    r"modules?|syllabus|laws?|legislation|topics?"
]

# --- cues of more than one label --------------------------------------------------------------------------
# Words that stand for a person's worth in abuse: "told him every day that he was a burden".
BELITTLED = (
    r"(?:a |an |such a |nothing but a |just a )?(?:burden|disappointment|worthless|useless|mistake|failure|"
    r"freak|waste of space|good[- ]for[- ]nothing|stray|stupid|pathetic|nothing|lucky (?:he|she|i|they|to))"
)
TOLD_WORTHLESS = (
    r"(?:call(?:s|ed|ing)?|tell(?:s|ing)?|told|sa(?:id|ys)|remind(?:s|ed|ing)?) (?:(?:him|her|me|them|us) )?"
    r"(?:every day |daily |constantly |again and again |over and over )?(?:that )?"
    r"(?:(?:he|she|i|they|you)(?:'s|'m|'re| was| were| is| am| are) )?" + BELITTLED + r"\b"
)
