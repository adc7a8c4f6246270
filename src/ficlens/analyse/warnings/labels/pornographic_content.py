# ruff: noqa: E501  (one cue a line; a pattern is not split to fit)
"""``pornographic-content``: explicit sexual activity on the page (not kissing, not fade-to-black)."""

from __future__ import annotations

from ficlens.analyse.warnings.labels.fragments import COCK, NOT_COCK, SEX_EXPLICIT

CUES: dict[str, float] = {
    # coming told with a pronoun, tongues and fingers at work, getting slick, pushing in
    r"(?:until|till) (?:she|he|i|you|they|we) (?:comes?|came)(?= *[,.;!?])|(?:she|he|i|you|they|we) (?:comes?|came) (?:hard|again|"
    r"apart|undone|all over|with a (?:cry|shout|moan|groan|gasp|sob)|around|inside)\b": 0.45,
    r"(?:work|works|worked|working) (?:her|him|me) (?:\w+ )?with (?:your|his|her|my) (?:tongue|fingers|mouth)|(?:your|his|her|my) "
    r"tongue (?:\w+ ){0,3}(?:into|inside) (?:her|him|me)": 0.45,
    r"spread(?:s|ing)? (?:her|his|my|your) (?:thighs|legs) (?:for|wider|apart)": 0.3,
    r"(?:pushed|pushes|pushing|slid|slides|sliding|sank|sinks|sinking) in (?:slowly|deep|deeper|to the hilt|all the way)": 0.4,
    r"slick(?:s|ed|ing)? (?:himself|herself|myself|yourself|his cock|his fingers|him|her) up": 0.45,
    r"(?:his|your|my) prick": 0.45,
    COCK + r"|dick|penis|vagina|pussy|clit\w*|cunt": 0.45,
    r"orgasm\w*|ejaculat\w*|semen|climax(?:ed|ing)": 0.45,
    r"cum(?:s|ming|med)?|come(?:s)? (?:inside|all over)|came (?:inside|all over|in (?:his|her|my) (?:mouth|hand|ass|arse))|"
    r"until (?:he|she|i|they|we) (?:both )?came\b": 0.45,
    r"precome|pre-cum|precum": 0.6,
    r"blowjob|blow job|handjob|hand job|rimm(?:ed|ing) (?:him|her|me|his|my)": 0.6,
    r"thrust(?:s|ed|ing)? (?:up )?(?:into|inside|deeper|harder)": 0.45,
    r"(?:fuck|fucked|fucking) (?:him|her|me|you|them) "
    r"(?:hard|harder|deep|deeper|senseless|into|against)": 0.6,
    r"erection|hard-?on|arousal|aroused": 0.3,
    r"lube\w*|condom\w*": 0.3,
    r"nipples?": 0.25,
    r"(?:had|having|have) sex|made love|making love": 0.35,
    r"moan(?:ed|ing|s)?": 0.15,
    r"naked|nude": 0.15,
    r"(?:his|her) (?:length|shaft|entrance)": 0.35,
    r"finger(?:ed|ing|s)? (?:him|her)self|finger(?:ed|ing) (?:him|her)": 0.4,
    r"prostate": 0.4,
    r"grind(?:ing|ed)? (?:against|into)": 0.25,
    r"stroked? (?:him|his|her) (?:cock|dick|length)": 0.6,
    # riding, fingers and tongues inside, clothes shoved down
    r"(?:rode|ride|rides|riding) (?:him|her|me)(?= (?:slowly|hard|harder|faster|fast|through|until)\b|[,.;!?])": 0.45,
    r"(?:slid|slides|sliding|pushed|pushes|pushing|crooked|curled|curling) (?:two |three |a |one )?(?:\w+ )?fingers? "
    r"(?:into|inside|in) (?:her|him|me)": 0.5,
    r"(?:licked|licking|licks|tongue) (?:\w+ ){0,4}(?:clit|cock|cunt|hole|nipples?|(?:his|her) thighs)": 0.45,
    r"(?:stretch(?:ed|es|ing)? (?:me|him|her|them|you) (?:open|wide|out)|every inch of (?:him|her) (?:inside|stretch\w*))|"
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
    r"(?:clenching|clenched) around (?:him|her|me)": 0.4,
    r"to the hilt|balls deep": 0.4,
    r"fuck(?:ed|ing|s)? into (?:him|her|me|them)|(?:fucked|fucking) (?:him|her|me|them)\b(?! (?:up|over|off|around)\b)": 0.5,
    r"(?:sank|sinks|sinking|sink|slid|slides|sliding|eased|eases|easing|lowered) (?:\w+ ){0,2}(?:onto|on to|into|inside) "
    r"(?:him|her|me|his (?:cock|dick|length|fingers)|her (?:cunt|pussy|fingers))": 0.45,
    # slang for the act and its end, fingers inside
    r"jerk(?:ed|s|ing)? (?:him|her|me|you|them) off|wank(?:ed|ing|s)? (?:him|me|you)\b|(?:spilled|spills|spilling|spurted|spurts) "
    r"(?:all )?over (?:my|his|her|your) (?:fist|hand|stomach|belly|chest|fingers|thighs)": 0.45,
    r"(?:two|three|his|her|my|your) fingers (?:curling |curled |sliding |slid |pushing |pushed |crooked )?(?:inside|into) (?:her|him|me|you)"
    r"(?! (?:hair|pocket|coat|mouth)\b)": 0.45,
}
GRAPHIC: list[str] = SEX_EXPLICIT
FIGURATIVE: list[str] = NOT_COCK
