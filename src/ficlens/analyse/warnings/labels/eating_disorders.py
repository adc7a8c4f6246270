# ruff: noqa: E501  (one cue a line; a pattern is not split to fit)
"""``eating-disorders``: anorexia, bulimia, bingeing and purging."""

from __future__ import annotations

from ficlens.analyse.warnings.labels.fragments import SELF
from ficlens.analyse.warnings.labels.schema import OtherSense

CUES: dict[str, float] = {
    # fasting to make up for a binge, sick on purpose
    r"(?:didn't|did not|wouldn't|won't|don't) eat (?:anything|a thing|at all) for (?:\w+ )?(?:days|a day|a week)|to make up for "
    r"(?:it|the binge|eating|what (?:i|he|she|they) (?:ate|had eaten))": 0.4,
    r"anorexi\w*|bulimi\w*|eating disorders?": 0.85,
    r"purg(?:e|ed|es|ing)": 0.35,
    r"binge\w*": 0.3,
    r"starv(?:e|ed|es|ing) " + SELF: 0.7,
    r"count(?:ed|ing|s)? calories|calorie count\w*": 0.5,
    r"skip(?:ped|ping|s)? (?:meals|lunch|dinner|breakfast)": 0.35,
    r"(?:made|make|makes|making) " + SELF + r" (?:throw up|vomit|sick)": 0.7,
    # restricting, weighing, purging, bingeing, hiding it
    r"calories?": 0.35,
    r"weigh(?:ed|s|ing)? " + SELF + r" (?:\w+ )?(?:times|every|again|twice|before|after)": 0.5,
    r"(?:stuck|sticks|sticking|shoved|shoves|put|puts|putting) (?:two |his |her |my |a )?fingers? down (?:his|her|my|their) throat": 0.7,
    r"(?:threw|throwing|throw|throws|brought|bringing) up (?:the|every|his|her|my|their|each) (?:one )?(?:meal|dinner|food|lunch|"
    r"breakfast|supper)": 0.45,
    r"(?:hip ?bones?|ribs|collarbones?|spine|cheekbones) (?:stood|stand|standing|jutt\w*|sticking|stuck|poking|showed|showing) ?(?:out)?": 0.35,
    r"(?:ate|eats|eat|eating) (?:\w+ ){0,3}(?:whole|entire) (?:[\w-]+ )?(?:box|tub|packet|bag|loaf|pizza|carton|cake|jar)": 0.35,
    r"(?:can't|couldn't|cannot|could not) (?:stop eating|eat in front of (?:people|anyone|others|them))": 0.5,
    r"(?:make|making|made|cut|cutting) weight": 0.3,
    r"(?:laxatives|diet pills|appetite suppressants?)": 0.5,
    r"(?:thin|skinny|small|light) enough|(?:it )?(?:still )?wasn't enough": 0.25,
    r"(?:no|without) food for (?:\w+ )?(?:days|a day|two days|a week)": 0.3,
    r"black coffee for (?:breakfast|lunch|dinner)|an apple for (?:breakfast|lunch|dinner)": 0.3,
    r"(?:hadn't|hasn't|had not|has not|haven't) eaten (?:properly |anything |a (?:proper )?meal )?(?:in|for) (?:\w+ )?(?:days|"
    r"weeks)": 0.45,
    r"(?:bathroom|toilet|loo) (?:straight )?after (?:every )?(?:meal|meals|dinner|lunch|eating|breakfast)": 0.45,
    r"(?:ate|eaten|eat|eating|eats|had) nothing but (?:a |an |half a |one |black )?(?:\w+ )?(?:rice cakes?|apples?|crackers?|"
    r"lettuce|celery|coffee|water|grapes?|carrots?|diet coke|broth)": 0.45,
    r"(?:pig|whale|cow|fat \w+|fatty|blob) in the (?:\w+ )?mirror": 0.35,
    r"(?:pushed|pushes|pushing|moved|moving|shoved|shoving) (?:the |her |his |my |their )?food (?:around|about) (?:on )?(?:her|his|my|"
    r"their|the) plate": 0.4,
    r"(?:hid|hide|hides|hiding|slipped|slipping|tucked) (?:the |her |his |my |their )?(?:\w+ )?(?:food|bread|dinner|meal|toast|"
    r"sandwich|potatoes|roll) (?:in|into|under) (?:her|his|my|their|a|the) (?:napkin|pocket|sleeve|bag|bin|serviette)": 0.5,
    r"(?:without|not) tasting (?:it|anything|any of it|a thing)": 0.35,
    r"(?:ate|eating|eat|eats) (?:[\w,]+ ){0,12}?(?:until|till) (?:her|his|my|their) (?:stomach|belly) (?:hurt|ached|was sore)": 0.35,
    r"(?:knelt|kneeling|kneels|kneel) (?:at|by|over|in front of) the (?:toilet|loo|bowl)|(?:turned|turns|ran|runs) (?:on )?the "
    r"(?:tap|taps|shower|water) (?:on)?,? (?:\w+ ){0,3}and (?:knelt|kneels)": 0.4,
    r"(?:hid|hide|hides|hiding|buried|bury) (?:the )?(?:empty )?(?:wrappers|packets|tubs?|boxes|food) (?:\w+ ){0,5}(?:bin|bag|under|"
    r"drawer)": 0.3,
    r"(?:weighed|weigh|weighs|weighing) (?:about |only |just |barely |less than )?(?:five|six|seven|\d+) (?:stone|kilos|kg)": 0.35,
    r"inpatient|admitted (?:me|her|him)": 0.25,
    r"(?:every|each) calorie|calories? (?:written|logged|counted|noted)|(?:logged|logs|counted|wrote down|writes down) (?:every |each "
    r"|all the )?(?:calories|mouthful|bite|morsel)": 0.4,
    r"(?:belt|jeans|trousers|clothes) (?:\w+ ){0,4}(?:last hole|hung off|hanging off|falling off)|punched new holes?": 0.35,
}
SENSES: tuple[OtherSense, ...] = (
    # throwing up from a bug, drink or pregnancy
    OtherSense(
        words=[r"(?:threw|throwing|throw|throws|brought|bringing) up|purg(?:e|ed|ing)"],
        context=[
            r"poisoning|bug|flu|virus|norovirus|hangover|hungover|drunk|seasick\w*|carsick\w*|motion sickness|fever|chemo\w*|"
            r"pregnan\w*|morning sickness|dodgy|food poisoning|concussion"
        ],
        factor=0.2,
        scope=200,
    ),
)
HABITUAL = True
