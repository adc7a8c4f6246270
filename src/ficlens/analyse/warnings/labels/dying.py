# ruff: noqa: E501  (one cue a line; a pattern is not split to fit)
"""``dying``: a death on the page: the life going out, the last breaths and words."""

from __future__ import annotations

from ficlens.analyse.warnings.labels.fragments import FIGURATIVE_DEATH, I_AM_DYING

CUES: dict[str, float] = {
    # knowing one is dying, the life going out, the last words and breaths, the air running out
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
    r"dying|(?:about|going) to die": 0.4,
    r"last breaths?|deathbed|death bed": 0.7,
    r"slipping away|bled out|bleed(?:s|ing)? out": 0.55,
    r"(?:his|her|their|my|your) (?:life|pulse|heartbeat) (?:fading|slowing|stopped)|flatlin\w*": 0.65,
    r"terminal(?:ly ill)?": 0.45,
    # the hospice, the breathing, the last hours
    r"hospice|palliative|end[- ]of[- ]life care|last rites|death rattle": 0.55,
    r"(?:days|weeks|months|hours) (?:left )?to live|(?:had|has|have|given) (?:only |just )?(?:a few |\w+ )?(?:days|weeks|months|hours) "
    r"(?:left|to live)|(?:days|hours), not (?:weeks|days)": 0.55,
    r"(?:his|her|their|my) breath(?:ing|s)? (?:\w+ ){0,2}(?:slow(?:ed|ing)|chang(?:ed|ing)|rattl\w*|shallow\w*|fading|faltering)|"
    r"(?:long )?pauses between (?:each )?breaths?": 0.5,
    r"(?:pulse|heartbeat|heart ?rate) (?:\w+ )?(?:weak\w*|faint\w*|thready|fluttering|dropping|slowing|fading)": 0.5,
    r"incurable|inoperable|metasta\w*|spread to (?:the|his|her|my) (?:liver|lungs?|brain|bones|lymph\w*)": 0.5,
    r"morphine": 0.3,
    r"(?:lips|skin|fingers|face) (?:turning|turned|going|gone) (?:blue|grey|gray|ashen)|convuls\w*": 0.3,
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
    r"(?:can't|cannot|couldn't|could not|can no longer) feel (?:your|his|her|my|their) (?:legs|hands|feet|arms|fingers|body)": 0.35,
    r"stay with me": 0.35,
    r"(?:did not|didn't|never|would never|wouldn't) (?:open|opened) (?:them|(?:his|her|their|my) eyes) again|never woke(?: up)?"
    r"(?: again)?(?= *[,.;])": 0.5,
    r"(?:a season|a month|a week|a year|weeks|months|days),? (?:perhaps|maybe|at most|if that) (?:less|more)": 0.3,
}
# "I'm dying" is a figure only before a pause or "here", "of", "laughing": "I know I'm dying" is not one.
FIGURATIVE: list[str] = [p for p in FIGURATIVE_DEATH if p != I_AM_DYING] + [
    I_AM_DYING + r"(?= *[,.!?\"]| here| over| inside| of| for| to| laughing)",
    r"dying (?:his|her|my|their|the|your|our) (?:\w+ )?(?:hair|clothes|shirts?|fabric|wool|"
    r"eggs|roots|beard|fringe|curtains|sheets|jeans)",
]
