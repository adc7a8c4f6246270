# ruff: noqa: E501  (one cue a line; a pattern is not split to fit)
"""``racism``: racial slurs and racist treatment."""

from __future__ import annotations

CUES: dict[str, float] = {
    r"racis\w*|racial slurs?|white supremac\w*": 0.8,
    r"n[i1]gg(?!l|ard)\w*|chinks?|spics?|wetbacks?|gooks?|kikes?|towelheads?|ragheads?": 0.7,
    r"go back to (?:your|their|his|her) (?:own )?country": 0.7,
    r"half-?breeds?|mudbloods?|savages?": 0.4,
    r"(?:because|for being) (?:black|asian|mexican|jewish|brown)": 0.45,
}
FIGURATIVE: list[str] = [
    # a chink is also a gap ("through the chinks in the shutters") or a clink of coins
    r"chinks? (?:of|in|between|it|them)",
    r"(?:through|between) (?:the |its |their |a )?(?:\w+ )?chinks?",
    r"(?:reduced|narrowed) to (?:mere )?chinks",
    r"(?:narrow|tiny) chinks?",
    # the adjective: "a savage growl", "savage music"
    r"savage (?!(?:was|is|had|has|could|would|who|and|said|tribes?|men|women|people|races?)\b)[a-z]+",
]
