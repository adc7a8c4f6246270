# ruff: noqa: E501  (one cue a line; a pattern is not split to fit)
"""``transphobia``: trans people misgendered, deadnamed, mocked or refused."""

from __future__ import annotations

from ficlens.analyse.warnings.labels.schema import OtherSense

CUES: dict[str, float] = {
    r"(?:not in there|wrong (?:toilet|bathroom|loo|changing room)|(?:gents|men's|ladies'?) (?:is|are) (?:that way|over there|next door)|"
    r"(?:use|go to) the (?:gents|men's|ladies|other) (?:toilet|bathroom|loo|room)?)": 0.45,
    r"(?:course|of course|sure) you are(?= *[.!])": 0.2,
    r"(?:i'm|i am) a (?:woman|man|girl|boy)(?= *[.!])": 0.25,
    # "only two genders", pronouns mocked, misgendering by pronoun, "biologically, you are", care refused,
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
    r"transphob\w*|trann(?:y|ies)|shemales?": 0.8,
    r"dead[- ]?nam\w*": 0.6,
    r"(?:not|never be|never going to be|won't ever be|isn't|aren't|ain't) (?:a )?real (?:man|woman|girl|boy|men|women)": 0.5,
    # misgendering: the story's own pronoun against the word thrown at the person ("called her 'son'")
    r"misgender\w*": 0.6,
    r"(?:called|calls|calling|call) her ['\"]?(?:son|young man|sir|mister|boy|lad|bro|dude|mate|man|he|him|my grandson|my nephew|"
    r"my brother|grandson|nephew)\b|(?:called|calls|calling|call) him ['\"]?(?:daughter|young lady|miss|ma'am|girl|lass|sis|"
    r"madam|missy|she|her|my granddaughter|my niece|my sister|granddaughter|niece|my girl)\b": 0.5,
    r"(?:birth|legal|old|given) name": 0.25,
    r"(?:kept|keeps|keep|keeping|still|insist\w* on) (?:using|calling (?:her|him|them) by) (?:her|his|their) (?:old|birth|dead|legal|"
    r"former|given) name": 0.55,
    r"(?:that's|that is|it's) not (?:my|her|his|their) name": 0.3,
    r"(?:you're|you are|he's|she's|you were|he was|she was) (?:still )?(?:just )?a (?:girl|boy|man|woman) under (?:there|that|it|all that)|"
    r"(?:born|biologically) (?:a )?(?:male|female|man|woman|boy|girl)|biological (?:sex|male|female|man|woman)": 0.45,
    r"(?:dude|he|she) looks like a (?:lady|dude|man)|(?:bloke|guy|man|dude) in a (?:dress|wig|skirt)|nice wig": 0.5,
    r"trans (?:people|women|men|kids|folks?) (?:are|aren't|should|shouldn't|can't|don't|belong)": 0.55,
    r"(?:found out|discovered|learned) (?:that )?(?:she|he|they) (?:was|were|is|are) trans|(?:because|for being|just for being) trans": 0.45,
    r"(?:grabbed|yanked|ripped|pulled|tore) (?:\w+ ){0,2}binder": 0.5,
    r"this phase|a phase": 0.2,
    r"just a phase": 0.3,
    r"(?:threw|thrown|throw|throws|burned|burnt|cut up|ripped up|binned) (?:out |away )?(?:all )?(?:her|his|their) (?:dresses|skirts|"
    r"binders?|makeup|make-up|hormones|pills|wigs?|heels)": 0.45,
    r"(?:i'm|i am) not calling (?:you|him|her|them) (?:that|by that name)|(?:won't|will not|refuse to|refused to|never) call "
    r"(?:you|him|her|them) (?:that|by that name|by (?:her|his|their) (?:new|chosen) name)": 0.5,
    r"(?:worked out|realised|realized|guessed|clocked|figured out) (?:that )?(?:he|she|they) (?:was|were|is|are) trans\b": 0.45,
    r"(?:called|calling|calls|call) (?:him|her|them|me) (?:a freak,? )?an ['\"]?it['\"]?(?= *[,.;!?])": 0.35,
    r"(?:sure|course|of course|yeah,? right) you(?:'re| are) not(?= *[.!])|(?:i'm|i am) not a (?:man|woman|boy|girl)(?= *[.!])": 0.3,
    r"men's (?:cuts?|section|clothes|toilets?|changing rooms?)|(?:we|they) don't (?:do|serve|cut|allow) (?:men|women|people like)": 0.3,
    r"what(?:'s| is| was) (?:really )?(?:in|under|inside) (?:his|her|their|my) (?:trousers|pants|jeans|skirt|knickers)": 0.45,
}
SENSES: tuple[OtherSense, ...] = (
    # a slip that is corrected at once
    OtherSense(
        words=[r"misgender\w*|dead[- ]?nam\w*|(?:birth|old) name"],
        context=[
            r"sorry|apologi[sz]\w*|corrected (?:himself|herself|themselves|"
            r"themself)|my bad|oops"
        ],
        factor=0.3,
        scope=150,
    ),
)
HABITUAL = True
