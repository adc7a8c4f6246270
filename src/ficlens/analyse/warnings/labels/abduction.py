# ruff: noqa: E501  (one cue a line; a pattern is not split to fit)
"""``abduction``: a person taken by force (also supernatural)."""

from __future__ import annotations

CUES: dict[str, float] = {
    r"abduct\w*": 0.8,
    r"taken by force|dragged (?:him|her|them|me) (?:into|away|off)": 0.55,
    # a person snatched or gagged, not "snatched her skirts" or "he gagged and fell over" (retching)
    r"snatched (?:(?:him|her|them|me|us)(?= away| from| off| up| into| out|[,.;:!?])|the (?:child|baby|boy|girl|kid))|"
    r"(?:was|were|been|got|being) snatched|"
    r"bundled (?:him|her|them|me|us) into": 0.45,
    r"captors?|captiv(?:e|es|ity)|held captive": 0.55,
    r"chloroform\w*": 0.6,
    r"(?:was|were|been|got|being|lay|lying|left|found (?:him|her|them)) tied up|tied (?:him|her|them|me|us) up|"
    r"bound and gagged|gagged and bound|(?:was|were|been|got|being) gagged|gagged (?:him|her|them|me|us)": 0.4,
    r"blindfold\w*": 0.35,
    r"(?:was|were|been|got|get) taken": 0.3,
    r"woke up (?:in a|tied|chained)": 0.45,
    # a child lured or led off by a stranger, away or to a car; a person led to a car alone is only a feature
    # ("he led her to his car" after a date)
    r"(?:a|the) stranger (?:[\w']+ ){0,8}?(?:led|lured|grabbed|carried|pulled|dragged|took) (?:him|her|them|the (?:boy|girl|child|kid)) "
    r"(?:\w+ ){0,4}?(?:away|off|to (?:a|an|the) (?:\w+ )?(?:car|van|truck))|"
    r"lur(?:ed|es|ing) (?:him|her|them|the (?:boy|girl|child|kid)) (?:\w+ ){0,3}(?:into|to|away|out)": 0.45,
    r"(?:led|took|pulled|carried|dragged) (?:him|her|them|the (?:boy|girl|child|kid)) (?:\w+ ){0,6}(?:to|into) (?:a|an|the) "
    r"(?:\w+ )?(?:car|van|truck)": 0.2,
}
FIGURATIVE: list[str] = [
    r"taken (?:ill|sick|aback|in|by surprise|for granted|seriously|care of|into account|apart|with|"
    r"to task|advantage of|up)",
    # a thing taken, or a person taken somewhere for care: "pictures were taken", "the case had been taken further",
    # "he was taken to the hospital"
    r"(?:pictures?|photos?|photographs?|shots|notes|samples?|measurements?|statements?|readings?|steps|seats?|"
    r"decisions?|cases?|lawsuits?|suits|votes?|precautions|liberties|names) (?:\w+ )?(?:was|were|been|had been|got) taken|"
    r"taken (?:to|into) (?:the |a )?(?:\w+ ){0,2}(?:hospital|infirmary|clinic|ward|orphanage|nurse|doctor|medical)",
]
