# ruff: noqa: E501  (one cue a line; a pattern is not split to fit)
"""``animal-death``: an animal dies or is killed."""

from __future__ import annotations

from ficlens.analyse.warnings.labels.fragments import ANIMAL, ANIMAL_IN_VIEW
from ficlens.analyse.warnings.labels.schema import OtherSense

# Toys and games: a teddy "killed by a dragon" is no animal death.
TOY = r"(?:tedd(?:y|ies)|toys?|stuffed|plush\w*|soft toy|cuddly toy|pretend\w*|make-believe)"

CUES: dict[str, float] = {
    r"(?:held|hold|holds|holding) (?:her|him|it) (?:until|till) (?:she|he|it) (?:stopped|went still|was still|died)": 0.45,
    r"(?:arrow|bullet|spear|bolt|shot) (?:\w+ ){0,2}(?:hit|struck|took|pierced|caught|through) (?:her|his|its) (?:neck|chest|flank|side|"
    r"eye|throat|head|shoulder|heart)": 0.35,
    r"(?:didn't|did not|never) (?:come|came) (?:back )?up": 0.3,
    # the vet's injection and the heart that stops, a dead animal found, wolves at the herd, horses shot on a
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
    r"(?:killed|kills|shot|shoots|drowned|drowns) (?:the|a|his|her|my|their|your|our) (?:dog|cat|horse|puppy|kitten|pet|bird|deer|rabbit)": 0.75,
    r"roadkill|carcass\w*": 0.45,
    r"put (?:him|her|it) down": 0.25,
    r"(?:had to be|has to be|was|were|being|get|got) put (?:down|to sleep)": 0.5,
    # an animal with a death verb near it; the vet's needle; the hunter's kill; a pet's grave
    ANIMAL
    + r"(?:[^\w.!?\n]+\w+){0,6}?[^\w.!?\n]+(?:died|dies|dead|killed|shot|run over|hit by a car|put down|put to sleep|"
    r"stopped breathing|went still|lay still|bled out|slaughtered|drowned|fell dead|never moved again|crumpled|collapsed|"
    r"keeled over|lay dying|lay everywhere|lay in heaps)\b": 0.55,
    r"(?:bullet|arrow|shot|spear|bolt) (?:\w+ ){0,2}(?:caught|hit|struck|took|pierced) (?:the|a|its|his|her) (?:\w+ )?"
    + ANIMAL: 0.5,
    r"(?:killed|shot|drowned|slaughtered|butchered|put down|euthanis\w*|euthaniz\w*|speared|poisoned) (?:\w+ ){0,2}"
    + ANIMAL: 0.55,
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
    # a death word near an animal (see ANIMAL_IN_VIEW); a fox in the night; a neck bent wrong
    r"died|dies": 0.35,
    r"(?:was|were) put (?:down|to sleep)|stopped breathing|(?:didn't|did not|never) (?:get|got) up again": 0.3,
    r"(?:breathing|breaths|heart(?:beat)?) (?:slowed|stopped|faded)": 0.3,
    r"(?:the )?fox(?:es)? (?:had )?(?:got|killed|took|come|came|get)": 0.35,
    r"neck (?:bent|twisted|broken) (?:wrong|at an angle)|(?:bent|twisted) wrong": 0.3,
}
FIGURATIVE: list[str] = [
    r"more dead than alive|half[- ]dead|dead on (?:its|his|her) feet",
    r"(?:beat|beating|beats|flog|flogging) a dead horse",
    r"(?:dead|killed|shot) (?:\w+ )?(?:monsters?|creatures?|"
    r"zombies?|demons?|orcs?)",
]
SENSES: tuple[OtherSense, ...] = (
    # a heart stopped, a shot to the head, a body gone still: an animal's death only with an animal in view
    OtherSense(
        words=[
            r"(?:stop|stops|stopped|stopping) (?:her|his|its|the) heart|(?:feel|feels|felt) (?:her|him|it) go|(?:first|second|"
            r"last|final|lethal|fatal) (?:injection|shot|needle|dose)|(?:shooting|shot|shoot|shoots) (?:each|every|the|one)|"
            r"(?:and )?(?:then )?(?:was|lay|went|fell) still|shuddered|foaming|(?:poisoned|poison)|(?:laid|put down|left out|set)|"
            r"(?:held|hold|holds|holding) (?:her|him|it) (?:until|till)|(?:arrow|bullet|spear|bolt|shot) |"
            r"(?:didn't|did not|never) (?:come|came)"
        ],
        context=[
            ANIMAL + r"|vets?|veterinar\w*|fur|paws?|muzzle|tail|whiskers|mane|hooves|kennel|litter|stables?|pasture|"
            r"barn|herd|flock|pack|collar|leash|lead"
        ],
        factor=0.0,
        scope=400,
        absent=True,
    ),
    OtherSense(words=[r"[a-z]+"], context=[TOY], factor=0.2, scope=300),
    OtherSense(
        words=[
            r"died|dies|(?:was|were) put (?:down|to sleep)|stopped breathing|(?:didn't|did not|never) (?:get|got) up "
            r"again|(?:breathing|breaths|heart(?:beat)?) (?:slowed|stopped|faded)|neck (?:bent|twisted|broken)|"
            r"(?:bent|twisted) wrong"
        ],
        context=ANIMAL_IN_VIEW,
        factor=0.0,
        scope=300,
        absent=True,
    ),
)
