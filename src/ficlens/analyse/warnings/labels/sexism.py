# ruff: noqa: E501  (one cue a line; a pattern is not split to fit)
"""``sexism``: women held lesser or kept from a place because they are women."""

from __future__ import annotations

from ficlens.analyse.warnings.labels.fragments import TEASING
from ficlens.analyse.warnings.labels.schema import OtherSense

# Machines and other things that a joke calls "sexist" ("the dishwasher is sexist").
APPLIANCE = (
    r"(?:dishwasher|computer|printer|car|oven|toaster|machine|app|fridge|washing machine|kettle|coffee machine|"
    r"vending machine|weather|game|console|lift|elevator|microwave|phone|laptop|sat ?nav|vacuum)"
)

CUES: dict[str, float] = {
    # "the weaker sex", "unladylike", a wife's job, a husband's permission, the job given to a less qualified man
    r"(?:the )?(?:weaker|fairer|gentler) sex|unladylike|unwomanly|(?:isn't|is not|wasn't|was not|not) (?:very )?ladylike": 0.45,
    r"leave the (?:thinking|deciding|decisions|money|business) to (?:me|the men|us men|your husband|him)|(?:your|a wife's|a woman's|"
    r"her) (?:job|place|duty) (?:is|was) (?:the house|the home|the kids|the children|the kitchen|to (?:look|cook|keep|raise|obey))": 0.5,
    r"(?:asked|ask|asks|asking|needed|need|needs) (?:\w+ )?(?:permission|(?:her|a|his) husband's (?:permission|signature|consent)) "
    r"(?:to|for) (?:open|have|get|work|take|sign|buy)": 0.35,
    r"(?:women|girls|females|a woman|a girl) (?:couldn't|could not|can't|cannot|shouldn't|should not) be trusted": 0.5,
    r"(?:a|the) (?:man|men|male \w+|younger man|junior man) with (?:fewer|less|no|half (?:her|the)|lower) (?:qualifications|experience|"
    r"credentials|seniority|years)": 0.5,
    r"(?:wanting|want|wants|need|needing|needs|be taking|take) (?:\w+ )?time off to (?:start|have) a family": 0.35,
    r"no (?:girls|women|females)(?: allowed)?(?= *[,.!\"])|(?:boys|men) only(?= *[,.!\"])": 0.45,
    r"sexis\w*|chauvinis\w*": 0.8,
    r"a woman's place|belongs? in the kitchen": 0.7,
    r"like a girl": 0.35,
    r"(?:because|since) (?:she's|she is|you're|you are) a (?:woman|girl)": 0.55,
    r"women (?:can't|shouldn't|are too)": 0.5,
    # generalising about women; "a man's job"; keeping women out; condescension at work
    r"(?:this is|it's|it is|this was|it was|that's|is|was) a man's (?:job|world|work|game|business|profession|place)": 0.55,
    r"(?:women|girls|females|ladies|a woman|a girl|no woman|no girl) (?:can't|cannot|can not|don't|do not|shouldn't|should not|have no|lack|belong|aren't|are not|"
    r"were never|could never|will never|weren't meant|aren't meant|are not meant|are better suited|are too|were too|don't understand|"
    r"couldn't|could not|can't be trusted|aren't capable|are incapable|"
    r"do not understand|have no business|need not apply)\b": 0.45,
    r"(?:women|girls|females) (?:are|were) (?:all |naturally |just |simply |better |too |so )?(?:\w+ )?(?:at|for|to)\b": 0.3,
    r"(?:a|the) (?:woman's|girl's|female) (?:mind|brain|head|nature|temperament|role|duty|place)": 0.45,
    r"(?:go|get|went|going) back to (?:the |your )?(?:kitchens?|weaving|sewing|needlework|knitting|cooking|dolls|embroidery|"
    r"spinning|stove)|(?:where|in the kitchen where) (?:you|she|they|women|girls) belongs?": 0.6,
    r"(?:never|not|didn't|did not|don't|won't|wouldn't|refused to|refuse to|would not) (?:\w+ ){0,2}(?:admit\w*|award\w*|allow\w*|"
    r"hire\w*|promot\w*|accept\w*|employ\w*|let) (?:\w+ ){0,3}(?:to )?(?:women|a woman|girls|a girl|females|(?:a |any )?female "
    r"\w+)\b": 0.5,
    r"for a (?:girl|woman|lady)": 0.35,
    r"(?:you're|you are|she's|she is) (?:a |just a |only a )?(?:woman|girl)[,;] (?:you|she) (?:wouldn't|won't|can't|couldn't|don't|"
    r"shouldn't|could never)": 0.5,
    r"(?:gave|give|given|went|goes) (?:\w+ ){0,3}to (?:a |her |the |his )?(?:male|less qualified|junior) (?:colleague|candidate|"
    r"coworker|co-worker|applicant)": 0.35,
    r"(?:making|make) (?:babies|sandwiches|me a sandwich)|barefoot and pregnant": 0.5,
    r"(?:boys will be boys|(?:must be|is it) that time of the month|glass ceiling|pay gap)": 0.45,
    r"(?:hey |yes |okay |ok )?(?:sweetheart|sweetie|little lady|missy|toots)": 0.15,
    r"centerfolds?|centrefolds?|pin-?ups?": 0.2,
    r"(?:less|too|more|so) (?:sensitive|emotional|hysterical|hormonal)": 0.2,
    r"(?:is there|isn't there|can i (?:speak|talk) to|get me|i want) a man (?:who|to|here|around)|(?:speak|talk) to (?:a man|the man in "
    r"charge|your husband)": 0.5,
    r"no offence,? (?:love|darling|sweetheart|dear|hen|babe|sweetie)": 0.3,
    r"(?:a|no) (?:woman|girl|lady|female) (?:at the helm|in charge|in command|on (?:a|the|my) (?:ship|crew|team|boat)) (?:is|was|would be|"
    r"'s) (?:bad luck|unnatural|a joke|a disgrace|no good|wrong)|take orders from (?:her|a woman|a girl|a lady|a female)": 0.45,
    r"(?:a|no) (?:woman|girl|lady|female) (?:at the helm|in command)": 0.25,
    r"(?:the )?female (?:mind|brain|constitution|temperament|nerves)|(?:weaker|fairer|gentler) sex": 0.4,
    r"because (?:he|she) (?:happened to be|was) a (?:man|woman|boy|girl)|(?:just |only )?because (?:i'm|i am|she's|she is|she was|i was) "
    r"a (?:woman|girl)": 0.4,
    r"feminine (?:touch|assistance|help|wiles)|(?:your|her) pretty (?:little )?head": 0.35,
    r"(?:photographers|they|he|the director) (?:took|takes) (?:pictures|photos) of the men|took (?:the )?credit for (?:her|my) (?:work|"
    r"idea|research|discovery)": 0.4,
}
FIGURATIVE: list[str] = [
    APPLIANCE + r"s? (?:is|was|are|were) (?:so |totally |clearly |being )?sexis\w*",
]
SENSES: tuple[OtherSense, ...] = (
    # museums and lectures on women's history; a joke
    OtherSense(
        words=[r"(?:women|girls|females|ladies) \w+|sexis\w*"],
        context=[
            r"museum|exhibit\w*|lectures?|textbooks?|suffrag\w*|"
            r"centur(?:y|ies) ago|history (?:class|lesson|essay)"
        ],
        factor=0.5,
        scope=200,
    ),
    OtherSense(words=[r"sexis\w*"], context=TEASING, factor=0.5),
    OtherSense(words=[r"sexis\w*"], context=[APPLIANCE], factor=0.3, scope=300),
)
HABITUAL = True
