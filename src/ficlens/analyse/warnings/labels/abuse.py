# ruff: noqa: E501  (one cue a line; a pattern is not split to fit)
"""``abuse``: physical and emotional abuse, control, gaslighting and isolation."""

from __future__ import annotations

from ficlens.analyse.warnings.labels.fragments import TEASING, TOLD_WORTHLESS
from ficlens.analyse.warnings.labels.schema import OtherSense

# The abuser's excuse: "I only do it because you make me".
_ONLY_BECAUSE = r"(?:only|just) (?:do|did|does|doing) (?:it|this|that) because"

CUES: dict[str, float] = {
    # gaslighting, isolation from family, what the neighbours heard, the punishment rituals of a household
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
    r"abus(?:e|ed|es|ive|er|ers|ing)": 0.55,
    r"domestic violence": 0.8,
    r"gaslight\w*": 0.6,
    r"bull(?:y|ied|ies|ying)": 0.5,
    r"belittl\w*|demean\w*": 0.35,
    r"manipulat\w*": 0.3,
    r"neglect(?:ed|ful|s|ing)?": 0.35,
    r"(?:hit|hits|beat|beats|slapped|slaps|hurt|hurts) (?:him|her|me|them|you) again": 0.5,
    r"worthless|pathetic excuse": 0.2,
    r"used to (?:beat|hit|slap|hurt|punch|kick|lock) (?:him|her|me|them)|(?:beat|beats|hit|hits|slapped|slaps) (?:him|her|me|them|you) (?:when|whenever|every time)": 0.6,
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
    r"(?:never |only |always )?(?:hit|hits|hurt|hurts|mark(?:ed|s)?|bruis(?:e|ed|es)|punch(?:ed|es)?|kick(?:ed|s)?) (?:him|her|me|them|you) where (?:it|they|the "
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
}
FIGURATIVE: list[str] = [
    r"bully (?:for|shine|good|pulpit)",
    r"(?:alcohol|substance|drug|drugs|solvent|steroid|opioid|opiate|prescription|cocaine|heroin) (?:ab|mis)us(?:e|er|ers)",
    r"abus(?:e|ed|es|ing) (?:the|a|an|this|that|his|her|their|my|your|our|its) (?:[\w'-]+ )?(?:glitch|bug|exploit|system|"
    r"rules?|loophole|privileges?|powers?|position|authority|hospitality|patience|credit|card|access|mechanic|cheat|"
    r"drugs?|alcohol|substances?|painkillers|word|language|term|office|rank|prerogative|goodwill|generosity|"
    r"buttons?|remote|features?|function|keys?|shortcuts?|abilit(?:y|ies)|spells?|skills?|combo|glitches|sofa|"
    r"cushions?|furniture|car|keyboard|piano|phone|toys?|carpet|door|machine|engine|gears?|brakes|clutch)",
    r"(?:literally|basically|practically|technically|borderline) (?:\w+ )?abuse",
]
SENSES: tuple[OtherSense, ...] = (OtherSense(words=[r"abus\w*"], context=TEASING, factor=0.4),)
HABITUAL = True
