# ruff: noqa: E501  (one cue a line; a pattern is not split to fit)
"""``fat-phobia``: fat people mocked, shamed or refused."""

from __future__ import annotations

CUES: dict[str, float] = {
    # two seats, the thinner girl who gets the part, weighed by a parent, insults shouted, calories "burnt off"
    r"(?:should|must|ought to|would) have to (?:buy|pay for|book) (?:two|2|an extra|a second) seats|(?:buy|buys|bought|buying|"
    r"pay for|paid for|paying for|book|purchase) (?:two|2|an extra|a second) seats": 0.5,
    r"(?:the|a|some|another) (?:thinner|slimmer|skinnier|smaller) (?:girl|woman|boy|man|one|actress|model|dancer|candidate|kid)": 0.35,
    r"(?:look|looks|looked|looking) [a-z]+ up and down": 0.2,
    r"(?:fits?|fit into|fitting) (?:the|a) (?:costume|dress|uniform|sample size|mould|mold|image)": 0.3,
    r"(?:weigh|weighed|weighing|weighs) (?:me|him|her|them|us) (?:every|each|on|in front|at)": 0.4,
    r"(?:nobody|no one|no man|no boy|no girl|no woman) (?:\w+ ){0,2}(?:fancy|want|love|date|marry|look at|kiss) (?:a )?(?:fat|chubby|"
    r"tubby|big|plump|overweight|heavy|podgy|pudgy) (?:girl|boy|woman|man|kid|one)": 0.55,
    r"slimming world|weight ?watchers|fat camp|fat farm": 0.3,
    r"(?:fatty|fatso|tubby|porky|lardy|lard-?ass|piggy|chubs|fat lard)(?= *[!,?.\"])": 0.45,
    r"(?:burn|burns|burned|burnt|work|works|worked|working) (?:\w+ )?off (?:those|the|that|all those|all that) (?:cookies|burgers|"
    r"donuts|doughnuts|fries|pies|cakes|calories|pounds|chips|pizzas?)|(?:cookies|burgers|donuts|doughnuts|fries|pies|cakes|calories) "
    r"(?:aren't|won't|are not|will not) (?:gonna |going to )?burn themselves off": 0.5,
    r"(?:make|made|making|makes) (?:myself|himself|herself|themselves) (?:as )?small": 0.2,
    r"fatso|fat (?:pig|cow|ass|slob|pig|freak)|fatphob\w*": 0.75,
    r"too fat|so fat|lose (?:some )?weight": 0.35,
    r"too fat to (?:be|wear|dance|run|play|fit|get|ride|swim|date|love)": 0.5,
    r"(?:put|puts|putting) (?:her|him|me|them) on (?:a |another )?(?:starvation |crash |strict )?diet": 0.35,
    r"whale|lard(?:ass)?|porker": 0.3,
    # names, jokes and "advice" aimed at a fat body
    r"fat[- ]?sham\w*": 0.8,
    r"(?:called|calls|calling|call) (?:him|her|me|them|us) (?:['\"]?(?:fat|tubby|chubby|porky|piggy|a pig|a whale|a cow|lardass|fatso|"
    r"blubber\w*|fatty|miss piggy|piggy|pig ?face|fatass|fat ass|thunder thighs|blimp|hippo))": 0.55,
    r"diet (?:pamphlets|books|pills|plans|leaflets|shakes)": 0.25,
    r"fat (?:people|kids?|friend|boy|girl|bastard|fuck|man|woman|guy|one)": 0.35,
    r"obes(?:e|ity)": 0.35,
    r"(?:oink\w*|moo(?:ed|ing)?) (?:when|at|as|whenever)": 0.45,
    r"(?:losing|lost|lose) (?:some |a little |a bit of |the )?weight|diet and exercise": 0.3,
    r"(?:might|would|(?:it|he|she|that|this)'ll|will|won't|wouldn't|might not|may not) (?:not )?(?:hold|take|break|survive) (?:him|her|you|me|them|the weight)|"
    r"(?:break|broke|breaking) the (?:chair|bed|scales?|bench|swing)": 0.45,
    r"taking up (?:too much )?space|(?:grabbed|grab|grabs|pinched|poked|jiggled) (?:my|his|her|their) (?:stomach|belly|fat|rolls|"
    r"love handles|gut)": 0.45,
    r"(?:shift|move|lift) that (?:lard|fat|arse|ass|bulk|blubber)|(?:ate|eat|eats|eaten) the whole (?:tuck shop|fridge|buffet|"
    r"kitchen|bakery)": 0.45,
    r"(?:weren't|aren't|wasn't|isn't) built for (?:sport|running|speed|that)": 0.2,
    r"plus[- ]size\w*|looked (?:her|him|me) up and down": 0.2,
    r"(?:someone|somebody|a girl|a woman|an actress|a model|a dancer|a boy|a man) (?:less \w+|thinner|slimmer|smaller|skinnier)": 0.35,
    r"(?:your|his|her|their|my) weight (?:is|was) (?:the )?(?:cause|problem|reason|issue)|(?:blamed|blames|blaming|blame) "
    r"(?:\w+ ){0,3}(?:on )?(?:your|his|her|their|my) weight": 0.55,
    r"(?:sure|really) (?:you )?(?:need|want|should have) (?:seconds|another|more|dessert|pudding|that)": 0.35,
    r"(?:pointed |long )?(?:look|glance|stare)s? at (?:her|his|my|their) (?:waistline|waist|stomach|belly|thighs|weight|hips)": 0.35,
    r"(?:you'd|you would|she'd|he'd|she would|he would) be (?:so |really |much |very )?(?:pretty|beautiful|handsome|attractive|"
    r"gorgeous|cute) if (?:you|she|he) (?:just |only )?(?:lost|lose|dropped|drop)": 0.6,
    r"(?:a |an )?(?:girl|boy|woman|man|person|someone|lady) (?:of )?your size": 0.4,
    r"(?:such a )?pretty face,? (?:but|shame|pity)|shame about the rest|heifers?|(?:like|of) a (?:beached )?whale(?! ?-| (?:vessel|ship|boat|fisher\w*|fishing|oil|bone|song|shark))|beached whale|"
    r"(?:you|fat|big) whale": 0.35,
    r"(?:started |start |starts )?moo(?:ing|ed)\b|waddl\w*|save some (?:pies|food|cake|for) (?:for )?|(?:eat|ate|eaten|eating) all the pies": 0.35,
    r"(?:you mean|meaning|code for|by which (?:he|she|they) meant) (?:thin|skinny|slim)": 0.35,
    r"(?:a )?certain (?:image|look|body type)": 0.3,
    r"(?:poke|pokes|poked|poking|prod|prods|prodded|jab|jabs|jabbed) (?:at )?(?:his|her|my|their) (?:belly|stomach|gut|rolls|fat)": 0.35,
}
HABITUAL = True
