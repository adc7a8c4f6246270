# ruff: noqa: E501  (one cue a line; a pattern is not split to fit)
"""``sexual-assault``: rape and sexual assault, dubious consent and coercion included."""

from __future__ import annotations

from ficlens.analyse.warnings.labels.fragments import SEX_EXPLICIT
from ficlens.analyse.warnings.labels.schema import OtherSense

# Clothes dragged down or torn off.
_CLOTHES_DOWN = (
    r"(?:trousers|jeans|skirt|dress|knickers|underwear|pants|nightgown|nightdress|shorts) (?:were |was )?(?:being )?"
    r"(?:dragged|pulled|yanked|torn|shoved|pushed) (?:down|up|off|away)"
)

# Things, not people: what "raped" someone in slang hyperbole.
_THING = (r"(?:exams?|tests?|quiz(?:zes)?|finals?|midterms?|essays?|assignments?|homework|physics|chemistry|maths?|calculus|"
          r"games?|levels?|boss(?:es)? fights?|raids?|matches|traffic|workouts?|gym|leg day|taxes|bills?|rent|weather|sun|heat|"
          r"hangover|shots?|tequila|curry|spice|deadlines?|shifts?|schedule|interview)")
CUES: dict[str, float] = {
    # wrists held down after "stop", a refusal overridden, the hand on a stranger's body in a crowd, pressure
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
    r"(?:just )?to make (?:it|him|her|them) stop": 0.3,
    r"(?:kept|keep|keeps|keeping) (?:on )?asking": 0.2,
    r"rap(?:e|ed|es|ing|ist|ists)": 0.8,
    r"molest\w*": 0.8,
    r"sexual(?:ly)? (?:assault\w*|abus(?:e|ed|es|er|ers|ing))": 0.85,
    r"non-?con\w*|dub-?con\w*": 0.7,
    r"against (?:his|her|my|their|your|our) will": 0.45,
    r"(?:forced|forces|forcing) (?:himself|herself|themselves|themself) (?:on|onto|upon|inside|into)": 0.7,
    r"without (?:his|her|my|their|your|our) consent|(?:didn't|did not|couldn't|could not|hadn't|had not|never) (?:consent\w*|agree\w* "
    r"to (?:anything|it|this|that|any of it))": 0.6,
    r"grop(?:e|ed|es|ing|er|ers)": 0.5,
    r"(?:pinned|pins|pinning|held|holds|holding) (?:him|her|me|them|you) (?:down|against)": 0.3,
    r"coerc\w*": 0.3,
    r"(?:stop|no),? please": 0.2,
    # saying no, not being able to say it, and what is done then
    r"(?:she|he|i|they) said no(?= (?:twice|again|three times|clearly|but|and (?:he|she) (?:didn't|did not|kept)|"
    r"and tried to (?:push|pull|shove|fight|get) (?:him|her|them) (?:away|off))\b|[,.;!?])|"
    r"(?:said|says|say|saying) no (?:twice|again|three times|over and over)": 0.35,
    r"(?:couldn't|could not|can't|cannot|wasn't able to) (?:\w+ ){0,4}(?:say|form|speak|make) (?:\w+ ){0,3}(?:no|stop)\b": 0.5,
    r"(?:took|take|takes|taking) what (?:he|she|they) (?:wanted|had been promised|was owed|was promised|thought (?:he|she) was owed)": 0.5,
    r"(?:put|slipped|spiked|dropped) (?:something|a pill|a drug|drugs|\w+) (?:in|into) (?:her|his|my|their) (?:drink|glass|wine|beer)|"
    r"roofie\w*|rohypnol|date rape|drugged (?:her|him|me|them|you)": 0.6,
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
    r"clothes|shirt|skirt|dress|blouse|belt|trousers|underwear|knickers|tights)": 0.45,
    r"(?:had|got) (?:her|him|me) pinned": 0.3,
    r"(?:did|done|do|does|went ahead|kept going|carried on) (?:it )?anyway": 0.3,
    r"(?:she|he|i) froze|went (?:still|limp|rigid)|(?:couldn't|could not) (?:move|scream|speak|breathe)": 0.15,
    r"(?:he|she|they) (?:didn't|did not) (?:care|stop|listen)": 0.3,
    r"(?:woke|wakes|waking|woken) (?:up )?(?:\w+ ){0,3}(?:with no memory|in a stranger's bed|with (?:her|his|my) (?:clothes|tights|"
    r"underwear|knickers) (?:torn|gone|missing))": 0.35,
    r"(?:while|as|until) (?:he|they) (?:did|was doing|finished) (?:it|what he (?:liked|wanted))|(?:did|do|does|doing) what(?:ever)? "
    r"(?:he|they) (?:liked|wanted|pleased) (?:with|to) (?:me|her|him)|(?:did|does|doing) what (?:he|they) liked": 0.35,
    r"(?:telling|told|tell|tells) (?:herself|himself|myself|themselves) it would (?:be over|end) soon|(?:waited|wait|waiting) for it to "
    r"be over": 0.4,
    r"(?:didn't|did not|never) say (?:yes|no)|took (?:that|it|his silence|her silence|silence) (?:as|for) (?:enough|a yes|consent|yes)": 0.45,
    r"unbuckl\w* (?:his|the) belt|(?:unzipped|unzipping|unzips|undid|undoing) (?:his|the) (?:fly|flies|trousers|jeans|belt)": 0.25,
    r"you (?:wanted|want|know you want) (?:this|it)|relax,? relax": 0.35,
    r"(?:hand|palm) (?:was |clamped |pressed )?(?:over|across) (?:his|her|my) mouth": 0.3,
    _CLOTHES_DOWN: 0.2,
    r"forced (?:him|her|me|them) (?:down|onto|against|over|across)": 0.3,
    r"(?:told|tell|asked|begged|beg|pleaded with) (?:him|her|them) to stop,? (?:and|but) (?:he|she|they) (?:laughed|didn't|did not|"
    r"wouldn't|kept going|carried on|ignored)": 0.45,
    r"(?:wifely|marital|my|her) duty|a husband can't|(?:his|a husband's) right": 0.3,
}
GRAPHIC: list[str] = SEX_EXPLICIT
FIGURATIVE: list[str] = [
    # consent to a marriage, a plan or a sale ("her father would never consent to the union")
    r"consent\w* to (?:the|a|an|their|our|his|her|my|this|that|such an?) (?:\w+ )?(?:union|match|marriage|engagement|wedding|"
    r"plan|scheme|proposal|arrangement|terms|sale|treaty|request|bargain|alliance|journey|voyage|departure|separation)",
    # groping one's way, groping for the latch: searching, not touching someone
    r"grop(?:e|es|ed|ing) (?:his|her|my|their|its|our|your) way",
    r"(?<!was )(?<!were )(?<!been )(?<!being )(?<!got )grop(?:e|es|ed|ing)(?! (?:him|her|me|them|us|you|at (?:him|her|me|them|us|you))\b)",
    # the slang hyperbole of a thing that "raped" someone: an exam, a game, the traffic (no person does it)
    rf"{_THING} (?:\w+ ){{0,2}}rap(?:ed|es|ing) (?:me|us|him|her|them|my|our|his|her|their)|"
    rf"(?:got|get|gets|getting) (?:\w+ )?raped by (?:the|that|this|my|our|his|her|their|a|an) (?:\w+ )?{_THING}",
]
# Chat laughter at the cue ("raped me lol"): the speaker is joking, so the cue counts a fifth.
SENSES: tuple[OtherSense, ...] = (
    OtherSense(words=[r"rap(?:e|ed|es|ing)"], context=[r"lol|lmao|lmfao|rofl|haha\w*|jk|xd"], factor=0.2, scope=40),
    # a drugged drink or a date-rape drug with nothing sexual near it is a drugging (to rob, to question, to make a
    # man forget), not a sexual assault: the cue keeps 0.4 of its weight, a feature that needs a second cue
    OtherSense(
        words=[r"roofie\w*|rohypnol|drugged (?:her|him|me)|(?:put|slipped|spiked|dropped) (?:something|a pill|a drug|"
               r"drugs|\w+) (?:in|into) (?:her|his|my|their) (?:drink|glass|wine|beer)"],
        context=[r"sex\w*|rap(?:e|ed|es|ing|ist)|bed|beds|bedroom|naked|undress\w*|clothes|shirt|skirt|dress|underwear|"
                 r"panties|bra|strip\w*|touch\w*|kiss\w*|grop\w*|molest\w*|fondl\w*|assault\w*|consent\w*|thighs?|"
                 r"breasts?|crotch|hips|body|date rape|took advantage|have his way|"
                 + "|".join(SEX_EXPLICIT)],
        factor=0.4,
        scope=500,
        absent=True,
    ),
)
HABITUAL = True
