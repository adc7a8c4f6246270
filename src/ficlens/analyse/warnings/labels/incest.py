# ruff: noqa: E501  (one cue a line; a pattern is not split to fit)
"""``incest``: sexual or romantic relations between kin."""

from __future__ import annotations

from ficlens.analyse.warnings.labels.fragments import ANIMAL
from ficlens.analyse.warnings.labels.schema import OtherSense

# --- shared phrase classes of the lexicon-only labels -------------------------------------------------------------
# Kin, for incest: "his twin brother", "her own father".
KIN = (
    r"(?:brothers?|sisters?|twins?|siblings?|father|mother|dad|daddy|mum|mom|uncle|aunt|auntie|cousin|niece|nephew|"
    r"daughters?|sons?|stepbrother|stepsister|half-brother|half-sister)"
)
KIN_CLOSE = r"(?:own |twin |little |big |older |younger |baby |kid |half-)(?:brother|sister)"

CUES: dict[str, float] = {
    r"(?:and i|we|we're) (?:are |were )?(?:twins|siblings|brothers|sisters|brother and sister|cousins|first cousins|half-siblings)": 0.3,
    r"(?:climbing|climbed|climb|climbs|crawl\w*|slipping|slipped) (?:back )?into (?:his|her|my|their) bed": 0.2,
    r"(?:pulled|pulls|pulling|drew|draws|drawing|dragged|tugged) (?:his|her|my|their) "
    + KIN_CLOSE
    + r" down (?:to|onto|on top of) "
    r"(?:her|him|me)": 0.45,
    # kin who are a couple (cousins hooking up, half-siblings in love), a bed shared with a parent, a child
    # fathered on one's own daughter
    r"(?:my|his|her|our|their) (?:own |first |twin |step-?|half-)?(?:cousin|brother|sister|stepbrother|stepsister|twin|half-brother|"
    r"half-sister)(?: [a-z]+)? and (?:i|he|she) (?:started|began|were|had been|have been|kept|are) (?:hooking up|sleeping together|"
    r"sleeping with each other|having sex|dating|together|lovers|in love|seeing each other)": 0.6,
    r"half-siblings|first cousins|same (?:father|mother|dad|mum|mom),? different (?:mothers|fathers|mums|moms|dads)": 0.3,
    r"(?:fallen|fell|falling) in love|in love with each other": 0.2,
    r"(?:slept|sleeping|sleep|sleeps) in the same bed|hooking up|(?:had|having) sex|(?:been|were|are) together (?:for )?(?:\w+ )?years": 0.2,
    r"(?:sharing|shared|shares|share) (?:a|her|his) bed with (?:his|her|my|their) (?:own )?(?:mother|father|mum|mom|dad|sister|brother|"
    r"daughter|son)": 0.45,
    r"(?:her|his) (?:boy|son|girl|daughter),? (?:her|his) only (?:love|lover|darling)": 0.3,
    r"kiss(?:ed|es|ing)? (?:him|her) on the mouth in a way": 0.25,
    r"(?:grandchildren|grandson|granddaughter|grandkids) (?:was|were|is|are) (?:\w+ )?(?:his|her|their) (?:own )?(?:children|son|daughter|"
    r"kids)|(?:children|child|baby|babies|kids) (?:born|fathered) (?:\w+ ){0,3}(?:were|was) (?:his|hers)|fathered (?:a child|children|"
    r"\w+ children|kids) (?:on|with) (?:his|her) (?:own )?(?:daughter|sister|mother|niece)": 0.6,
    r"incest\w*|twincest|wincest": 0.85,
    r"(?:his|her|my) (?:own )?(?:brother|sister|father|mother|cousin|twin)'s (?:cock|lips|body)": 0.5,
    r"sibling (?:sex|lovers|romance)": 0.7,
    # a sexual verb with a relative as its object; "brother weds sister"; a husband who is also the father
    r"(?:fuck(?:ed|s|ing)?|bedd(?:ed|ing)|seduc(?:ed|es|ing|e)|(?:sleeping|slept|sleep|sleeps) with|(?:made|making|make) love to|"
    r"married|marry|marries|weds?|wedding to|lovers? of|fell in love with|in love with) (?:his|her|my|their|your) (?:own )?(?:\w+ )?"
    + KIN: 0.55,
    r"(?:kiss(?:ed|es|ing)?) (?:his|her|my|their) " + KIN_CLOSE + r" (?:back|again|hard|deeply|on the mouth)": 0.35,
    r"(?:brother|sister|father|mother|uncle|aunt|cousin)s? (?:weds?|marr(?:y|ies|ied)|beds?|fucks?|sleeps? with) (?:his |her |their )?"
    r"(?:own )?(?:sisters?|brothers?|daughters?|sons?|niece|nephew|mother|father|cousin)": 0.7,
    r"(?:wives|wife|husband|lovers?) (?:were|was|is|are) (?:also )?(?:his|her|my|their) (?:own )?(?:daughters?|sisters?|sons?|brothers?|"
    r"mother|father|cousins?)|(?:my|his|her) (?:father|brother|uncle|sister|mother),? and (?:he|she) was (?:also )?(?:my|his|her) "
    r"(?:husband|wife|lover)": 0.6,
    r"(?:twins|siblings|brothers|sisters|brother and sister|"
    + KIN_CLOSE
    + r")(?:[^\w.!?\n]+\w+){0,12}?[^\w.!?\n]+(?:sleeping together|"
    r"slept together|sleep together|lovers|kissed|kissing|made love|had sex|having sex|bed)\b": 0.35,
    r"(?:bed|lovers|kissed|kissing|made love|sleeping together)(?:[^\w.!?\n]+\w+){0,10}?[^\w.!?\n]+(?:his|her|my|their) "
    + KIN_CLOSE: 0.35,
    r"(?:father|brother|uncle)'s seed|born together|shared a womb": 0.25,
    r"(?:taken|took|take|takes|brought|bring|brings|invited|welcomed|pulled|dragged|led) (?:his|her|my|their) (?:own |twin |little |"
    r"big |older |younger )?(?:brother|sister|father|mother|cousin|son|daughter|uncle|niece|nephew) (?:in)?to (?:(?:his|her|my|"
    r"their|the) )?bed": 0.6,
    r"(?:we|they) (?:were|are) (?:brothers|sisters|siblings|twins|brother and sister|cousins),? (?:and|but) (?:we|they) (?:were|are) "
    r"(?:also )?(?:lovers|in love|together|sleeping together)": 0.7,
    r"inbre(?:d|eding)|interbreeding": 0.3,
    # the relation stated, then the couple: a kiss returned, a bed or bedroom shared, a door shut on the family
    r"(?:my|his|her|our|their) (?:own )?(?:cousin|brother|sister|uncle|aunt|niece|nephew|father|mother|daughter|son) [a-z]+ "
    r"(?:kissed|kisses|kissing) (?:me|him|her)": 0.5,
    r"(?:our|their|your) (?:mothers|fathers|mums|moms|dads) (?:are|were) (?:sisters|brothers)|(?:her|his|my) (?:mother's|father's|mum's|"
    r"mom's|dad's) (?:brother|sister)|(?:his|her|my) (?:grown|adult|grown-up) (?:daughter|son)": 0.3,
    r"(?:knew|know|knows|knowing) (?:that )?(?:he|she) (?:was|is) (?:her|his|my) (?:own )?(?:brother|sister|father|mother|uncle|niece|"
    r"nephew|cousin|son|daughter)": 0.35,
    r"(?:sleeping|slept) together|shared (?:the|a|one) (?:big )?(?:bed|bedroom)|(?:i|he|she) kissed (?:him|her|me) back|(?:went|go|goes|"
    r"going) back to (?:her|his|my) (?:flat|room|place|apartment) and (?:shut|closed|locked) the door|stopped sleeping in (?:his|her) "
    r"own (?:room|bed)": 0.3,
}
SENSES: tuple[OtherSense, ...] = (
    OtherSense(
        words=[r"inbre(?:d|eding)|interbreeding"],
        context=[ANIMAL + r"|breed\w*|litters?|kennels?|pedigree\w*"],
        factor=0.0,
    ),
)
