# ruff: noqa: E501  (one cue a line; a pattern is not split to fit)
"""``classism``: people held lesser for their class, money or birth."""

from __future__ import annotations

CUES: dict[str, float] = {
    # "in trade", "slumming it", which fork, the smell of the mill, the poor as stupid or disposable, laws of a caste
    r"in trade(?! (?:for|with|unions?|agreements?|deals?|routes?|talks|negotiations|wars?|secrets?)\b)": 0.4,
    r"new money|nouveau[- ]riche|parvenus?|social climbers?": 0.35,
    r"(?:can|could) smell (?:it|the \w+|poverty|the gutter|the streets|the farm|the mill|the docks) on (?:him|her|them|you)": 0.35,
    r"slumming(?: it)?": 0.4,
    r"which (?:fork|spoon|knife|glass) to use": 0.3,
    r"gold-?diggers?|(?:always |only )?(?:want|wants|wanted|after) (?:our|his|her|the family's) money": 0.3,
    r"(?:disposable|expendable|replaceable)(?! (?:cups?|plates?|razors?|cameras?|gloves|nappies|diapers|income|masks?|cutlery|"
    r"containers?|batteries|lighters?|vapes?|items?|products?|wipes?|parts?)\b)": 0.25,
    r"(?:couldn't|could not|can't|cannot|weren't allowed to|aren't allowed to|were forbidden to|are forbidden to|barred from) (?:own|"
    r"owning|hold|holding|vote|voting|testify|testifying|sit|sitting|enter|entering|walk|walking) (?:land|property|office|in court|"
    r"the (?:academy|exams?|bridges?|council|university|schools?))": 0.4,
    r"(?:upper|lower) (?:tiers?|castes?|districts?|town|city|orders)|castes?|untouchables?": 0.3,
    r"(?:tier|high|low|base|gutter|true|well)-born": 0.3,
    r"trailer trash|white trash|gutter rats?|street rats?": 0.7,
    r"peasants?|commoners?|riff-?raff|low[- ]?(?:class|born)": 0.35,
    r"poor people|welfare|ghetto": 0.2,
    r"classis\w*": 0.8,
    r"beneath (?:him|her|us|them)": 0.2,
    # "know your place", "not your world", contempt for servants, the poor and the accent
    r"(?:know|knows|knew|remember|forgot|forget|forgotten) (?:your|her|his|their) place|(?:you )?forget yourself|above (?:your|her|his|"
    r"their|my) station": 0.45,
    r"(?:(?:do not|don't|never|not to|you will not|you won't) )?(?:speak|spoken|talk) (?:only )?(?:unless|until|when) spoken to": 0.4,
    r"(?:not|isn't|wasn't|never) (?:really )?(?:your|our|their|his|her) (?:world|class|kind|sort|station)": 0.45,
    r"(?:scholarship|charity) (?:kid|case|student|girl|boy)s?": 0.5,
    r"on (?:a )?scholarship": 0.25,
    r"(?:called|calls|calling) (?:me|him|her|them|us) ['\"]?the help": 0.5,
    r"the help": 0.15,
    r"(?:clients|people|families|candidates?|folk|guests) of a (?:certain )?(?:background|class|sort|kind|breeding)": 0.3,
    r"(?:culture|cultural|better) fit": 0.3,
    r"(?:servants?|maids?|peasants?|commoners?|the poor|poor people|working class|lower class\w*|lower orders|the masses|plebs?|"
    r"plebeians?|chavs?|those people|these people|its people|their people|they) (?:are|were) (?:[\w']+ ){0,3}(?:filthy|lazy|dirty|"
    r"stupid|criminal|animals|vermin|rats|scum|trash|unwashed|ignorant|beneath)": 0.35,
    r"(?:breeds?|bred|breeding) (?:like )?(?:rats|vermin|rabbits)": 0.35,
    r"(?:people|kids|girls|boys|someone|scum|trash) like (?:you|her|him|them|us) (?:don't|do not|doesn't|does not|shouldn't|should "
    r"not|can't|will never) (?:\w+ ){0,2}(?:belong|fit in|deserve|be allowed)": 0.5,
    r"go back to (?:your|the|their|his|her) (?:council estate|slums?|gutter|trailer park|hovel|estate|projects)": 0.5,
    r"council estate|trailer park|the slums?": 0.2,
    r"(?:your|their|his|her) (?:sort|kind|type|class)(?: of people)? (?:here|in here|around here)|(?:we|they) (?:don't|do not) (?:serve|"
    r"want|allow|let in) (?:your|their|his|her|that) (?:sort|kind|type|class)": 0.45,
    r"(?:the )?wrong side of (?:the )?(?:town|tracks)": 0.35,
    r"(?:her|his|their|your) (?:family|people|parents|kind) (?:are|were|is|was) (?:\w+ )?(?:nobodies|nobody|common|trash|peasants|"
    r"beneath|nothing)": 0.45,
    r"(?:won't|will not|never|wouldn't) (?:have|let|allow) (?:my|our|his|her) (?:son|daughter|child|heir|nephew|niece) (?:marry|"
    r"marrying|marries|court|courting|to marry)": 0.35,
    r"(?:just|only|merely|nothing but) (?:the|a) (?:cook|maid|servant|stable|kitchen|scullery|gardener|butler|footman|tailor|miller|"
    r"blacksmith|farmer|peasant|fisherman|coachman|groom|laundress|washerwoman)(?:'s)? (?:boy|girl|son|daughter|brat|lad|lass|hand)": 0.45,
    r"(?:you|he|she|they) (?:don't|doesn't|do not|does not) get to (?:look at|touch|speak to|talk to|marry|court|dance with)": 0.3,
    r"(?:father|mother|dad|mum|mom|parents?)(?:'s| is| was| were) (?:a |just a |only a |some )?(?:bin ?man|dustman|cleaner|janitor|"
    r"miner|labourer|laborer|servant|maid|plumber|factory worker|cleaning lady|charwoman|peasant|farmhand|fishmonger|"
    r"butcher|chimney sweep|cook)": 0.3,
    r"who let (?:her|him|them|you|that|those) (?:\w+ )?in": 0.3,
    r"(?:common|low|lowly|humble|peasant|inferior|vulgar) (?:birth|stock|origins?|breeding|connections|family)|(?:low|common)-born|guttersnipe": 0.35,
    r"(?:as if|like) (?:it|he|she|they) (?:might|would|could) (?:dirty|soil|contaminate|infect) (?:him|her|them|his|her)": 0.35,
    r"(?:second-hand|hand-me-down|battered|shabby|threadbare) (?:\w+ )?(?:robes|clothes|books|textbooks|uniform|shoes)": 0.15,
    r"(?:can't|cannot|couldn't|could not|can) afford": 0.15,
    r"(?:sneer\w*|scoff\w*|looked down (?:on|at)|turned (?:his|her|their) nose up)": 0.2,
    r"(?:working|lower|upper)[- ]class (?:accent|background|family|kid|roots)|(?:his|her|my|their) accent": 0.2,
    r"(?:mimick|mimic|imitat|mock|ap)\w* (?:his|her|their|my) (?:\w+ )?accent": 0.4,
    r"(?:grateful|lucky) to be (?:here|there) at all": 0.3,
    r"(?:mum|mom|mother|dad|father|parents?) (?:cleaned|cleans|cleaning) (?:offices|houses|toilets)": 0.3,
    r"(?:people|those|them|families|scroungers) on (?:benefits|welfare|the dole|food stamps)": 0.4,
    r"council (?:flats?|houses?)": 0.2,
    r"choos(?:e|es|ing) to be poor|(?:an )?honest day's work": 0.3,
    r"(?:the )?servants (?:were|are) (?:not|never) to be": 0.35,
    r"(?:ones|people|children|boys|girls) from the (?:workhouse|slums?|gutter|estate|projects)|one can always tell": 0.35,
    r"hid(?:e|ing)? the (?:family )?(?:silver|valuables|spoons)|count the spoons": 0.4,
    r"(?:whether|if) (?:he|she|they)(?:'d| had) (?:hired|rented|borrowed) (?:the|that|his|her|their) (?:suit|dress|car|clothes)": 0.3,
    r"(?:your|their|her|his) (?:kind|sort|type|lot) (?:carry|carries|spread|spreads|breed|breeds|smell|smells|stink|stinks)": 0.4,
}
HABITUAL = True
