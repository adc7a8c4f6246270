# ruff: noqa: E501  (one cue a line; a pattern is not split to fit)
"""``war``: war, battle, soldiers and bombing."""

from __future__ import annotations

from ficlens.analyse.warnings.labels.fragments import GORE
from ficlens.analyse.warnings.labels.schema import OtherSense

# A battle or war with oneself, one's feelings or an illness is a struggle ("lost the battle to hold them back",
# "a losing battle with sleep", "a war of words", "a battle of wills"), not war.
STRUGGLE = [
    r"(?:los[et]|losing|won|win|winning|fought|fight|fighting|wag(?:e|ed|ing)|gave up|give up|giving up) (?:the|a|an|this|"
    r"that|his|her|their|my|our|its|every|one) (?:\w+ )?(?:battle|war)s? (?:to|with|against|for|of)\b",
    r"(?:uphill|losing|inner|internal|private|silent|constant|endless|daily|long|eternal|little|psychological|mental|"
    r"emotional|verbal) (?:battle|war|warfare)s?",
    r"(?:battle|war)s? (?:of (?:wills|wits|words|nerves|the sexes|attrition)|with (?:(?:his|her|my|their|your|the) )?(?:self|"
    r"conscience|feelings|emotions|tears|sleep|nerves|temper|weight|illness|cancer|depression|addiction|bottle)|"
    r"with (?:himself|herself|myself|themselves|yourself)|against (?:(?:his|her|my|their|the) )?(?:tears|sleep|feelings|"
    r"emotions|urge|temptation|illness|cancer|disease))",
    r"(?:price|turf|flame|bidding|pillow|culture|console|format|browser|prank|snowball|water|food|nerf|paintball|"
    r"tickle|staring|glaring|thumb|edit|meme|cookie|sticky[- ]note|passive[- ]aggressive) wars?",
    r"war[- ](?:bag|paint)s?",
]
# A bomb that is no weapon of war: a toy, a prank, a bath product, a game's item, a word ("an f-bomb"), a success.
NOT_A_WEAPON = [
    r"(?:paper|bath|stink|dung|glitter|photo|f|love|truth|water|cherry|cheri|seed|sex|confetti|cake|calorie|"
    r"sugar|cuteness|cute|fashion|time|chocolate|fizz|pokemon|pokémon) ?-?bombs?",
    r"(?:dropp\w*|drops?|threw|throws?|throwing|lobbed) (?:an?|the) (?:\w+-)?bomb (?:on|of)\b",
    r"(?:is|was|are|were|'s|'re) (?:totally |so |just )?the bomb\b",
    r"bomb(?:ed|ing|s)? (?:the|an?|my|his|her|their|that) (?:test|exam|interview|audition|quiz|presentation|essay|"
    r"paper|class|course|date)",
]

CUES: dict[str, float] = {
    r"wars?|warfare|wartime": 0.5,
    r"battlefields?|battle|battles": 0.35,
    r"soldiers?|troops|army|armies|infantry|regiment": 0.25,
    r"bomb(?:s|ed|ing|ings)?|grenades?|air ?raids?|shell(?:ed|ing|fire)|artillery|trenches": 0.4,
    r"front ?lines?|enemy fire": 0.45,
    r"deployed|deployment|veterans?|shell[- ]?shock": 0.35,
    r"invasion|invaded|siege|(?:military|enemy|army|german|nazi|japanese|allied|foreign|british|french|american|"
    r"soviet|russian|roman|israeli|wartime) occupation|occupied (?:territor(?:y|ies)|zones?|lands?|france|europe)": 0.3,
    r"nazis?|death eaters?": 0.2,
}
GRAPHIC: list[str] = GORE
FIGURATIVE: list[str] = [
    r"(?:his|her|my|their|your|our|an?|any|whose|no|sole|usual|daily|favou?rite|quiet|chief|some|"
    r"other|own) occupations?",
    r"war n't",
    r"veteran (?:smoker|drinker|actor|actress|player|"
    r"reporter|journalist|teacher|detective|cop|traveller|traveler|politician|member|\w+ist)",
] + STRUGGLE + NOT_A_WEAPON
# Words that put a war near a cue: a "battle" or a "bomb" with none of them (or of its own list) within 250
# characters counts half.
WAR_NEAR = (r"wars?|warfare|wartime|army|armies|soldiers?|troops|siege|invasion|invad\w*|regiments?|infantry|"
            r"battalions?|platoons?|artillery|front ?lines?|trenches|fleets?|navy|allies|allied")

SENSES: tuple[OtherSense, ...] = (
    # a battle, an army or a bomb in a game, a sport or a match: a Pokemon battle, a duelling club's armies, a
    # video game's bombs, a chess army
    OtherSense(
        words=[r"battlefields?|battles?|armies|army|bomb(?:s|ed|ing|ings)?|troops|soldiers?|front ?lines?|invasion|"
               r"invaded|siege"],
        context=[r"pok[eé]mon|trainers?|gym (?:leader|battle|badge)|tournaments?|match(?:es)?|arena|sparr\w*|"
                 r"duel\w*|dueling club|duelling club|video ?games?|board ?games?|chess|quidditch|game ?boards?|"
                 r"level(?:ed|led)? up|hit points|\bhp\b|exp(?:erience)? points|xp|mock|practice|scrimmage|"
                 r"games? of|play(?:ed|ing)? (?:at )?(?:war|soldiers?|army|armies)|toy soldiers?|laser ?tag|"
                 r"paintball|nerf|snowball|pillow|capture the flag|team captain|the other team"],
        factor=0.3,
        scope=200,
    ),
    # a battle with no war, army or siege near it is a fight (two rivals' battles, a duel, a brawl), not a war
    OtherSense(words=[r"battles?"], context=[WAR_NEAR + r"|cavalry|generals?|legions?|bombs?|battlefields?|frigates?|"
                                             r"warships?|ranks"], factor=0.5, scope=250, absent=True),
    # a bomb with no war, army or front near it is a bombing or a blast (a bomber's attack on a city, a sealed
    # explosive in a fight): violence, not a war
    OtherSense(words=[r"bomb(?:s|ed|ing|ings)?"], context=[WAR_NEAR + r"|air ?raids?|bombers?(?= (?:planes?|squadrons?|"
                                                       r"crews?|pilots?))|squadrons?|enemy|luftwaffe|blitz"],
               factor=0.5, scope=250, absent=True),
    # a war named as the time of something else, in passing: "during the war", "before the war", "since the war"
    OtherSense(
        words=[r"wars?"],
        context=[r"(?:during|before|after|since|through|throughout|in|from|until|till) the (?:\w+ )?wars?"],
        factor=0.5,
        scope=40,
    ),
)
