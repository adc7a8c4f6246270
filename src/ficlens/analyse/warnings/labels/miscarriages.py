# ruff: noqa: E501  (one cue a line; a pattern is not split to fit)
"""``miscarriages``: a pregnancy lost, a stillbirth."""

from __future__ import annotations

CUES: dict[str, float] = {
    r"(?:i'd|she'd|we'd|i would|she would|we would) have had a (?:girl|boy|daughter|son)": 0.35,
    # born too early and never breathing, lost in the first months, the rush of blood, the empty womb
    r"(?:came|come|born|arrived) too (?:early|soon) and never (?:breathed|cried|lived|drew breath)|never drew breath|(?:lost|lose|were lost|"
    r"was lost) (?:\w+ )?(?:in|during) the (?:first|early) (?:months|weeks|trimester)": 0.55,
    r"(?:blood and cramp(?:s|ing)|cramp(?:s|ing) and (?:bleeding|blood))": 0.4,
    r"(?:rush|gush|trickle|flood) (?:\w+ ){0,2}between (?:her|my) (?:legs|thighs)": 0.3,
    r"(?:would|will|was going to|were going to) never be born": 0.5,
    r"empty (?:ache|feeling|space|hollow) in (?:her|my) (?:belly|womb|stomach)|(?:her|my) (?:belly|womb) (?:was |felt |is |feels )?"
    r"(?:empty|hollow)": 0.45,
    r"miscarr\w*|stillb(?:orn|irth)": 0.85,
    r"lost the baby|(?:lose|loses|losing) the baby": 0.75,
    # the loss: no heartbeat, the baby stopped moving, losses counted
    r"(?:lost|lose|loses|losing) (?:the|a|our|their|her|my|his|your) (?:first |second |third |last |only )?(?:baby|babies|pregnancy|pregnancies)": 0.75,
    r"pregnancy loss|fetal loss|foetal loss|rainbow baby|angel baby|empty (?:gestational )?sac": 0.6,
    r"(?:no|without a|couldn't find (?:a|the)|could not find (?:a|the)|there was no) (?:fetal |foetal )?heartbeat": 0.4,
    r"baby (?:had )?(?:stopped|stop|wasn't|was not) (?:moving|kicking)|(?:born|delivered) (?:still|silent|sleeping|dead)|"
    r"perfect and silent": 0.6,
    r"(?:lost|losing|lose) (?:two|three|four|five|several|so many) (?:before|babies|pregnancies|little ones)": 0.45,
    r"d&c|dilation and curettage": 0.5,
    r"nothing (?:more )?(?:to be done|(?:they|we|she|he|anyone) could do) for (?:the|her|their|my|his) (?:baby|babe|child|pregnancy)": 0.6,
    # the scan's verdict, the losses counted, born too early and still, the bleeding and its practicalities
    r"(?:pregnancy|baby|it) (?:isn't|is not|wasn't|was not) viable|non-?viable|(?:body|womb) (?:is |was )?(?:already )?"
    r"(?:letting|let) (?:it|the baby|the pregnancy) go": 0.6,
    r"lost (?:one|two|three|four|a baby|a child|twins) (?:before|at|after)|(?:each|one|all|every one) lost before (?:it|they|she|he) "
    r"(?:quickened|was born|were born)|before (?:it|they) quickened": 0.5,
    r"(?:baby|child|son|daughter|he|she) came (?:\w+ )?too (?:early|soon)": 0.4,
    r"(?:small|tiny|little) (?:still|silent|cold) (?:body|form|bundle)": 0.4,
    r"(?:the )?baby (?:[\w']+ ){0,8}(?:was|is|had) gone": 0.4,
    r"(?:the )?bleeding (?:went on|started|began|continued|got heavier)": 0.3,
    r"(?:stained|bloody|soaked) (?:sheets|towels)|(?:big|maternity) pads": 0.3,
}
FIGURATIVE: list[str] = [
    r"miscarriages? of justice",
    r"miscarriages? of (?!(?:a|the|her|their|my|our|his|twins?|pregnanc\w*)\b)\w+",
    r"(?:plans?|schemes?|sagacity|letters?|efforts?|attempts?|designs?|projects?|hopes?|"
    r"intentions?|it|this|that) (?:had |has |have )?miscarr\w*",
    r"(?:letters?|message|messages|parcels?|notes?|dispatch\w*) (?:\w+ ){0,3}(?:had |has |have )?miscarr\w*",
]
