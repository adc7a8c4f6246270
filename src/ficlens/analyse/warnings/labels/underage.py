# ruff: noqa: E501  (one cue a line; a pattern is not split to fit)
"""``underage``: the sexual side of sexual content with a character under 18 (the age is read by :mod:`..age`)."""

from __future__ import annotations

from ficlens.analyse.warnings.labels.fragments import NOT_COCK, SEX_EXPLICIT

CUES: dict[str, float] = {
    r"sexual\w*|arous(?:ed|al)|lust(?:ed|ing|ful)?|horny": 0.4,
    r"temptations?|cravings?": 0.3,
    r"(?:suck|sucked|sucking) on|licked|licking|nipped at|nibbl\w*": 0.35,
    r"kiss(?:ed|es|ing)? (?:him|her|me) (?:on the (?:lips|mouth|neck)|deeply|hungrily|passionately)": 0.4,
    r"(?:supple|swollen|soft) lips|begging to be (?:loved|kissed|touched)": 0.3,
    r"turned on|hard-?on|erection": 0.45,
    r"(?:cock|dick|penis|pussy|orgasm\w*|cum(?:ming|med)?|blowjob|had sex|having sex)": 0.6,
    r"undress\w*|naked": 0.2,
    r"moan(?:ed|ing|s)?": 0.15,
    # losing one's virginity, sleeping with someone, going further than a kiss; an adult's grooming
    r"(?:lost|lose|losing|took|take|taking) (?:their|his|her|my|your) virginity": 0.55,
    r"(?:sleeping|slept|sleep|sleeps) (?:together|with (?:him|her|me|them|[\w']+))|(?:spend|spent|spending) the (?:evening|night) "
    r"in (?:his|her|my) bed": 0.45,
    r"(?:went|gone|go|going|goes) further": 0.35,
    r"kiss(?:ed|es|ing)? (?:him|her|me)": 0.2,
    r"mature for (?:a |her |his |your |my )?(?:age|\w+-year-old)|(?:our|their) (?:little )?secret|what (?:we|they) (?:have|had) "
    r"(?:is|was) special|groom(?:ed|ing) (?:him|her|me)": 0.35,
    r"(?:pulled|pushed|dragged|lowered) (?:him|her|me) (?:down )?(?:onto|on to|into) (?:the|his|her|my) bed": 0.3,
    # the sexual side only: the age is read by age.py
    r"(?:hand|hands|fingers) (?:up )?(?:under|inside|down) (?:her|his|my|their) (?:\w+ )?(?:shirt|top|skirt|dress|jumper|blouse|jeans|"
    r"trousers|shorts|knickers|pants)": 0.45,
    r"send (?:him|her|me) (?:something|a (?:photo|picture|pic)|pics|photos|nudes)|nudes": 0.4,
    r"let (?:everything|it all|the rest) (?:else )?happen|went (?:a lot |much )?further than kissing|(?:both )?(?:their|our) first times?": 0.45,
    r"(?:how )?grown-up (?:she|he|you) (?:looked|looks|seemed)|girls (?:your|her) age|boys (?:your|his) age": 0.35,
    r"(?:told|tells|tell) (?:her|him) to (?:keep quiet|keep it quiet|keep it (?:a )?secret)": 0.35,
    r"condoms?(?: wrappers?)?": 0.3,
}
GRAPHIC: list[str] = SEX_EXPLICIT
FIGURATIVE: list[str] = NOT_COCK
