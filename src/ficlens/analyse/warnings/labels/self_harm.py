# ruff: noqa: E501  (one cue a line; a pattern is not split to fit)
"""``self-harm``: cutting, burning and other harm done to oneself."""

from __future__ import annotations

from ficlens.analyse.warnings.labels.fragments import EDUCATION, POSS, SELF
from ficlens.analyse.warnings.labels.schema import OtherSense

CUES: dict[str, float] = {
    # where it is done and with what, hitting one's head, carving, reopening, picking and pulling
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
    r"(?:cut|cutting|cuts|burn|burned|burnt|burning|burns|scratch(?:ed|es|ing)?) " + SELF: 0.6,
    # "hurt himself" is mostly an accident; on purpose or again it is self-harm
    r"(?:hurt|hurts|hurting) " + SELF: 0.25,
    r"(?:hurt|hurts|hurting) " + SELF + r" (?:again|on purpose|deliberately|intentionally)": 0.7,
    r"razor blades?": 0.4,
    r"(?:his|her|my|their|your) wrists?": 0.15,
    r"relapse\w*": 0.3,
    r"(?:razor|blade|knife|glass) (?:to|against|across|into) (?:his|her|my|their) (?:wrists?|arms?|skin|thighs?|forearms?)": 0.7,
    # cutting as a habit, its scars, scratching and hitting oneself, the excuses
    r"(?:used to|started to|began to|would|(?:he|she|i|they|you)'d|still|stopped|tried not to|urge to|need to|wanted to) cut(?:ting)?(?= (?:when|again|if|"
    r"whenever|because|anymore|any more)\b|[,.;!?\"])|(?:the )?urge to (?:cut|burn)": 0.6,
    r"scars? (?:on|along|across|up|down|lining|covering|over) (?:the (?:inside|insides|backs?|tops?) of )?"
    + POSS
    + r" (?:\w+ )?(?:wrists?|arms?|forearms?|thighs?|hips?)": 0.45,
    r"(?:thin|white|silver|silvery|pale|neat|straight|raised|fresh|parallel) (?:\w+ )?(?:lines|scars|cuts) (?:on|along|across|above|"
    r"up|down|in|there)": 0.35,
    r"(?:dig|digs|dug|digging) (?:his|her|my|their) (?:finger)?nails (?:\w+ ){0,2}(?:into|in)\b": 0.4,
    r"(?:scratch\w*|pick\w*|pinch\w*|claw\w*|scrub\w*) (?:\w+ ){0,5}(?:until|till) (?:it|they|he|she|i|the skin|his skin|her skin|"
    r"my skin) (?:\w+ )?(?:bled|bleed|bleeding|was raw|were raw|broke)|(?:raw|red) (?:red )?tracks": 0.55,
    r"blamed (?:it on )?the cat|(?:said|say|says|told (?:\w+ ){0,2}) it was the cat": 0.3,
    r"(?:kept|keep|keeps|keeping) (?:hitting|punching|banging|slamming|smashing) (?:\w+ ){0,3}(?:wall|mirror|head|fist|hand)|"
    r"punched (?:the|a|his|her|my) (?:\w+ )?(?:mirror|wall)": 0.3,
    r"on purpose|deliberately|not an accident|wasn't an accident": 0.15,
    r"razors?": 0.3,
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
    r"(?:row|rows|ladder|ladders) of (?:\w+ )?(?:lines|cuts|scars|marks|burns|dots|bruises)": 0.4,
    r"(?:took|takes|take|taking|got|gets|pulled|pulls) (?:out )?(?:the|a|her|his|my) (?:razor|blade|razor blade|scalpel)": 0.25,
    r"(?:bruis(?:e|es|ed|ing)|punch(?:es|ed|ing)?|pinch(?:es|ed|ing)?|bit(?:es|ing)?) " + SELF: 0.45,
    r"(?:until|till) (?:the skin|it|they) (?:comes?|came) up (?:purple|red|raw|in welts)": 0.3,
    r"(?:traced|kissed|touched|ran (?:his|her) (?:thumb|fingers?) over) (?:the |each |every |her |his )?(?:\w+ )?(?:scars?|lines) (?:on|"
    r"along|across|of) (?:his|her|my|their|[\w']+'s) (?:\w+ )?(?:arms?|wrists?|forearms?|thighs?)": 0.3,
    r"(?:pressed|pushed|dug|stuck|jabbed) (?:the |a )?(?:drawing pin|pin|needle|thumbtack|tack|compass point|point) (?:\w+ ){0,2}into "
    r"(?:the (?:pad|palm|back|skin) of )?(?:his|her|my|their) (?:own )?(?:thumb|finger|palm|hand|arm|wrist|thigh|skin)": 0.45,
}
GRAPHIC: list[str] = [
    r"blood\w*",
    r"deep(?:er)? cuts?",
    r"sliced",
]
FIGURATIVE: list[str] = [
    r"(?:cut|cuts|cutting) " + SELF + r" (?:a|an|some|another|off|short)\b",
    r"(?:cut|cuts|cutting) " + SELF + r" (?:shaving|on (?:a|the|some|broken)|while (?:cooking|shaving|chopping|slicing)|by accident|"
    r"accidentally)",
    r"(?:hurt|hurts|hurting|burn(?:ed|t|s|ing)?) " + SELF + r" (?:cooking|on the stove|by accident|accidentally)",
]
INTENT_COUNTS = True
SENSES: tuple[OtherSense, ...] = (
    # a course, a debate or a law about the topic, not a character's own
    OtherSense(words=[r"self[- ]?harm\w*|self[- ]?injur\w*"], context=EDUCATION, factor=0.3),
)
HABITUAL = True
