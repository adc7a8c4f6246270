# ruff: noqa: E501  (one cue a line; a pattern is not split to fit)
"""``ableism``: disabled people slurred, mocked or refused."""

from __future__ import annotations

CUES: dict[str, float] = {
    r"retard\w*|cripple[sd]?|spaz|spastic|mongoloid": 0.6,
    r"psychos?|lunatics?|nutcases?|mental cases?|schizo": 0.35,
    r"crazy|insane|moron\w*|idiot\w*|freaks?": 0.1,
    r"handicapped|invalid|wheelchair[- ]bound|confined to a wheelchair": 0.35,
    r"deaf and dumb|blind as a bat": 0.6,
    r"ableis\w*": 0.8,
}
FIGURATIVE: list[str] = [
    r"retard(?:ed|ing|s)? (?:the|his|her|its|their|our|my|your|this|that|progress|growth|development|movement)",
]
