# ruff: noqa: E501  (one cue a line; a pattern is not split to fit)
"""``pregnancy``: a pregnancy named or shown (the bump, the scans, the weeks counted)."""

from __future__ import annotations

from ficlens.analyse.warnings.labels.schema import OtherSense

# The pregnancy named or shown; abortion.py reads these too, scaled down, as corroborating evidence.
SIGNS: dict[str, float] = {
    r"pregnan\w*": 0.8,
    r"baby bump|morning sickness|trimester": 0.7,
    r"mpreg|knocked up": 0.7,
    r"expecting (?:a|their|his|her|our|my) (?:baby|child|pup|first|second)|(?:i'm|i am|she's|she is|she was|we're|we are|"
    r"they're|you're) expecting": 0.6,
    r"ultrasound|sonogram": 0.4,
    r"unborn": 0.5,
    r"with child|carrying (?:his|her|their|my|your|our|a|the) (?:child|baby|babies|heir|twins|pups?)|carrying (?:twins|triplets)": 0.7,
    r"(?:swollen|rounded|round|growing|pregnant) (?:belly|bump|stomach)": 0.45,
    r"(?:baby|babies|twins?)(?:'s| is| was| were)? (?:kick(?:s|ed|ing)?)|(?:felt|feel|feeling|feels) (?:the |a )?(?:baby|babies|twins?) "
    r"(?:kick|move)": 0.6,
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
    r"nineteen|twenty|thirty|forty)(?:-\w+)? "
    r"(?:weeks?|months?) (?:along|pregnant|gone)": 0.7,
    r"(?:at|about|nearly|almost) (?:twenty|thirty|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?:-\w+)? "
    r"weeks": 0.3,
    r"due date|(?:she's|she is|she was|i'm|i am|baby's|baby is|the baby was) due (?:in|any|next|on)": 0.4,
    r"(?:pregnancy|the) test (?:was |came back |read |said )?positive|(?:two|double) (?:pink |blue )?lines|"
    r"positive (?:pregnancy )?test": 0.55,
    r"(?:hand|hands|palm) (?:\w+ ){0,2}(?:on|over|against|to|across) (?:her|his|my) (?:stomach|belly|abdomen|bump)": 0.25,
    r"swollen ankles|swollen-ankled|stretch marks": 0.2,
    r"(?:swell|curve|bump|roundness) of (?:his|her|my|their) (?:stomach|belly)": 0.5,
    r"(?:by|in) (?:the|her|his) (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|last) (?:month|trimester)": 0.35,
    r"(?:hiding|hide|hid|hides) (?:it|the bump|her belly|her stomach|his belly|his stomach) under (?:\w+ ){0,2}(?:jumpers|sweaters|"
    r"robes|coats|dresses|clothes|shirts|tunics|hoodies)": 0.4,
    r"(?:the )?baby (?:\w+ ){0,3}(?:restless|moving|kicking|squirming|turning) (?:inside|in (?:her|him|me)|all (?:morning|day|night))": 0.45,
}

CUES: dict[str, float] = {
    **SIGNS,
    # antenatal care; a missed period; the bump; the weeks counted; the body's signs
    r"midwi(?:fe|ves|fery)|sonographers?|obstetricians?|antenatal|ante-natal|prenatal|pre-natal|dopplers?|"
    r"(?:dating|anomaly|twelve-week|twenty-week|growth) scans?": 0.35,
    r"(?:baby's|babies'|foetal|fetal|tiny|two|twin) heart ?beats?": 0.3,
    r"(?:belly|bump|stomach)(?:'s| is| was) (?:starting to |beginning to )?showing|(?:started|starting|begun|beginning) to show\b": 0.4,
    r"(?:missed|skipped|late) (?:(?:her|my|your|a|two|three|their) )?(?:periods?|courses|monthl(?:y|ies)|bleeds?)|(?:period|courses) "
    r"(?:was|were|is|are|had been) late|(?:when did you|since (?:she|i|you)) last (?:bled|bleed)": 0.4,
    r"(?:her|my|your|his) (?:baby |growing |little |pregnancy )?bump": 0.35,
    r"(?:six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty)"
    r"(?:-\w+)? weeks(?! (?:ago|later|before|after|earlier|of|in|at|on|away|off|since|to|until|till|and|with|without)\b)": 0.25,
    r"(?:hand|palm)s? (?:\w+ ){0,2}(?:on|over|against) [\w']+'s (?:belly|stomach|bump|womb)": 0.25,
    r"(?:sore|tender|aching|swollen) breasts|breasts (?:had been |were |are |felt |feel )?(?:so |very |really )?(?:sore|tender|aching)|heartburn|"
    r"cravings? (?:for|of)": 0.2,
}
# Other senses of "pregnant": "a pregnant pause", "pregnant with meaning" (abortion.py reads these too).
FIGURATIVE: list[str] = [
    r"pregnancy scares?",
    r"pregnant (?:pause|silence|moment|hush|with (?:meaning|possibilit\w*|significance|menace|promise|"
    r"import\w*|\w+ness))",
    r"food baby",
    r"pregnant with (?:\w+(?:ness|ity|ion|ance|ence|ment|ism|ure)|hope|dread|doom|fear|portent|threat|danger|"
    r"menace|import|omen|fate|secrets?|ideas?|tension|feeling|emotion)\b",
    r"(?:you|he|i|you're|he's) (?:look|looks|looked|looking) pregnant",
    r"(?:silence|pause|moment|air|sky|words?|hush|atmosphere|quiet) (?:was|is|were|grew|seemed|felt|hung) "
    r"(?:heavy and |thick and )?pregnant",
]
SENSES: tuple[OtherSense, ...] = (
    # a hangover called "morning sickness"; "we're expecting" rain or guests
    OtherSense(
        words=[r"morning sickness|eating for two"],
        context=[r"hangover|mead|drank|drunk|beer|booze|wine|pints?|barrel"],
        factor=0.2,
        scope=300,
    ),
    OtherSense(
        words=[r"expecting"],
        context=[r"rain|snow|storm|company|guests|visitors|delivery|parcel|package|post"],
        factor=0.0,
        scope=150,
    ),
)
