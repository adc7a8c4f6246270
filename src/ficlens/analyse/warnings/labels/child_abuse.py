# ruff: noqa: E501  (one cue a line; a pattern is not split to fit)
"""``child-abuse``: a child beaten, neglected, terrorised or groomed."""

from __future__ import annotations

from ficlens.analyse.warnings.labels.fragments import TOLD_WORTHLESS

# A child's age as told in backstory: "Billy was nine the first time", "She was four."
CHILD_AGE = (
    r"(?:was|were|been|turned|aged) (?:only |just |barely )?(?:two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve)(?= years? old| when| the first time| and|[,.;!?])|at (?:only |just )?(?:two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve) years old|at the age of (?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|(?:as a|when (?:he|she|i|they) (?:was|were) "
    r"(?:a|just a|only a)) (?:small )?(?:child|kid|little (?:boy|girl)|toddler)"
)

CUES: dict[str, float] = {
    # burns and the cover story, grooming, the cane, locked out or in, dragged by the hair, child labour
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
    r"(?:father|dad|mother|mom|mum|parents?|stepfather|stepdad|stepmother|stepmum|stepmom|uncle|aunt)(?: \w+){0,3} (?:beat|beats|hit|hits|"
    r"hurt|hurts|abused?|abuses|slap(?:ped|s)?|burn(?:ed|t|s)?|whip(?:ped|s)?|lock(?:ed|s)?|kick(?:ed|s)?|punch(?:ed|es)?|starv(?:e|ed|es)|belt(?:ed|s)?) (?:him|her|me|them)": 0.6,
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
    CHILD_AGE: 0.2,
    r"(?:men|boys|big boys) don't cry": 0.2,
    # the cover story for a child's marks, a child left with nobody home, a parent's "you ruined my life", grooming online
    r"(?:marks|bruises|welts|burns|cuts|scratches) (?:\w+ ){0,6}(?:that|which) (?:his|her|their) (?:mum|mom|mother|dad|father|parents?|"
    r"stepfather|stepmother|stepdad|stepmum) (?:said|says|claimed|swore) (?:came|were|was) from": 0.45,
    r"(?:nobody|no one|no-one|(?:his|her|their) (?:mum|mom|mother|dad|father|parents)) (?:had )?(?:come|came|been) home (?:since|for)": 0.4,
    r"(?:you|she|he) ruined my life|(?:and )?then you came along|(?:wish|wished) (?:you|she|he) (?:had )?(?:never been|was never|"
    r"were never) born": 0.4,
    r"(?:can't|couldn't|mustn't|shouldn't|not to|never) tell (?:your|her|his|their) (?:mum|mom|mother|dad|father|parents)": 0.35,
    r"(?:asked|asks|ask|asking) (?:her|him|them) (?:for|to send) (?:a |some )?(?:photos?|pictures?|pics?) (?:of (?:her|him|them)"
    r"(?:self|selves)? )?in (?:her|his|their) (?:pyjamas|pajamas|underwear|bath|nightie|nightdress)": 0.45,
}
FIGURATIVE: list[str] = [
    r"(?:literally|basically|practically|technically|borderline) (?:\w+ )?(?:child )?abuse",
]
HABITUAL = True
