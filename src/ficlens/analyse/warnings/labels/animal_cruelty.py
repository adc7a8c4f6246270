# ruff: noqa: E501  (one cue a line; a pattern is not split to fit)
"""``animal-cruelty``: an animal hurt, starved or tormented."""

from __future__ import annotations

from ficlens.analyse.warnings.labels.fragments import ANIMAL, ANIMAL_IN_VIEW
from ficlens.analyse.warnings.labels.schema import OtherSense

CUES: dict[str, float] = {
    # the hook and the chain sores, "they only understand pain", neglected yards, baiting, a pet tortured
    r"(?:sores|wounds|scars|welts|raw patches) (?:\w+ ){0,4}where the (?:chains?|ropes?|harness|collar|shackles?|hobbles?|straps?) "
    r"(?:rubbed|cut|bit|dug|had been)": 0.45,
    r"(?:they|animals|beasts|dogs|horses|elephants|brutes) only (?:understand|respond to|learn from|know) (?:pain|the whip|fear|the stick|"
    r"force|the hook|the lash)": 0.5,
    r"(?:hit|hits|struck|beat|beats|whipped|hooked|jabbed|prodded|kicked) (?:her|him|it) again,? (?:and again|until)": 0.3,
    r"(?:ribs|every rib|each rib) (?:like|showing|visible|sticking out|poking)|collar (?:had )?(?:grown|embedded) into": 0.45,
    r"(?:water|food) bowls? (?:\w+ ){0,2}(?:dry|empty|crusted)": 0.35,
    r"(?:bear|bull|badger)[- ]?baiting|set (?:their|the|his|her) (?:\w+ )?(?:dogs|hounds|mastiffs|terriers) on (?:it|the \w+)": 0.6,
    r"(?:its|the|her|his) (?:teeth|claws|fangs|talons|beak) (?:\w+ )?(?:broken|pulled|clipped|pulled out|removed|filed|ripped out)": 0.4,
    r"animal (?:abuse|cruelty)": 0.85,
    r"(?:kick|kicked|kicks|kicking|beat|beats|beaten|beating|tortur\w*|abus\w*|starv\w*|drown\w*) (?:the|a|his|her|their|my|your) "
    r"(?:dog|cat|puppy|kitten|horse|animals?)": 0.7,
    r"dogfight\w*|cockfight\w*": 0.6,
    # hurting an animal on purpose, fighting rings, lab animals suffering
    r"(?:kick(?:ed|ing|s)?|beat(?:s|ing)?|tortur\w*|burn(?:ed|t|ing)|drown(?:ed|ing)|whipp(?:ed|ing)|starv(?:ed|ing)|hang(?:ed|ing)|"
    r"poison(?:ed|ing)|strangl\w*|set fire to|tied|skinned|held|inject(?:ed|ing)|experiment(?:ed|ing) on|test(?:ed|ing) on) (?:\w+ ){0,2}(?:the|a|an|its|his|her) (?:[\w']+ ){0,2}"
    + ANIMAL
    + r"(?! (?:fight|show|lover|bed|food)\b)": 0.45,
    r"(?:its|the (?:dog|cat|horse|puppy|kitten|animal|bird|mare)'s) (?:fur|tail|paws?|legs|ears|whiskers) (?:\w+ ){0,5}(?:burn\w*|"
    r"blacken\w*|singe\w*|candle|flame|fire|lighter)|(?:tied|tying|tie) (?:its|the \w+'s) (?:legs|paws|tail)": 0.6,
    r"(?:dog ?fight(?:ing)?|fighting) (?:ring|pit|dogs)|bait dogs?|(?:too thin to stand|ribs showing)": 0.5,
    r"animal (?:testing|experiments?|experimentation)|experiment\w* on animals|(?:tests?|trials?) on animals|lab animals": 0.6,
    r"(?:whip|welts|whip marks|lash marks|sores) (?:\w+ ){0,3}(?:on )?(?:the|its|her|his) (?:[\w']+ ){0,2}(?:flanks?|hide|back|withers)": 0.45,
    r"(?:left|leave|leaves|leaving|turned|kept) (?:her|him|it|them|the \w+) out in the (?:sleet|snow|rain|cold|frost|storm)": 0.35,
    r"(?:yowl|yelp|whimper|squeal|shriek|scream)\w*": 0.15,
    r"(?:throw|threw|throwing|thrown|pelt\w*|hurl\w*) (?:stones|rocks|bricks|bottles|sticks|fireworks?) at (?:a|the|an|its) (?:[\w']+ )?"
    + ANIMAL: 0.55,
    r"(?:until|till) it (?:bled|screamed|stopped moving|died|collapsed|couldn't stand|could not stand|howled|yelped|squealed|shrieked)": 0.3,
    r"bullhooks?|cattle prods?": 0.2,
    r"(?:tied|tying|tie|taped|strapped) (?:\w+ ){0,2}to (?:the|a|its) (?:\w+ )?(?:dog|cat|puppy|kitten|horse|animal|bird|goat|pig)'s "
    r"(?:tail|legs?|paws?|neck)": 0.5,
    r"(?:laughing|laughed|laugh|grinning) (?:as|while) (?:it|the (?:dog|cat|animal|puppy|kitten|horse|bird)) (?:ran|yelped|howled|"
    r"screamed|squealed|cried|struggled|thrashed|whimpered)": 0.35,
    ANIMAL + r" (?:\w+ ){0,2}(?:chained|caged|tied) (?:up )?(?:in|to|outside|all|for)": 0.35,
    ANIMAL
    + r" (?:\w+ ){0,2}(?:starved|beaten|whipped|tortured|abused|burned|mutilated|neglected|covered in sores)": 0.45,
    r"(?:no|without|hardly any|barely any) (?:shelter|shade|food|water|bedding)": 0.3,
    r"(?:left|leave|leaving|abandoned) (?:\w+ ){0,4}(?:to die|to starve|to drown|to burn|to freeze)": 0.4,
    r"(?:lowered|held|pushed|forced|dunked) (?:the (?:animal|puppy|kitten|cat|dog)|it) (?:\w+ ){0,2}(?:into|under) (?:the )?(?:water|trough|bucket)": 0.5,
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
}
FIGURATIVE: list[str] = [
    r"(?:beat|beating|beats|flog|flogging) a dead horse",
    r"held (?:his|her|my|their) horses?",
]
SENSES: tuple[OtherSense, ...] = (
    # a vet's injection, a treatment
    OtherSense(
        words=[r"inject(?:ed|ing)|held"],
        context=[
            r"vets?|veterinar\w*|vaccin\w*|sedat\w*|anaesthe\w*|anesthe\w*|antibiotic\w*|"
            r"treat\w*|heal\w*|medicine|gently|carefully|cuddl\w*|stroked"
        ],
        factor=0.2,
        scope=150,
    ),
    OtherSense(
        words=[
            r"(?:beat|beats|beating|hit|hits|whipped|thrashed|struck|kicked) it|(?:dragging|dragged|drag|pulled|"
            r"pulling|yanked) it|(?:took|taken|take|takes|caught|catch|catches) (?:it|the \w+|a \w+)|half-starved|"
            r"(?:kept|keeps|keep)"
        ],
        context=ANIMAL_IN_VIEW,
        factor=0.0,
        scope=300,
        absent=True,
    ),
)
HABITUAL = True
