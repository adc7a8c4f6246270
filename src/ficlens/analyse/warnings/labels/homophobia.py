# ruff: noqa: E501  (one cue a line; a pattern is not split to fit)
"""``homophobia``: slurs, hatred and violence against gay, lesbian and bisexual people."""

from __future__ import annotations

CUES: dict[str, float] = {
    # "queer" alone means strange, or is a self-description; only its insulting uses count
    r"fag\w*|dykes?|homos?|poofs?|queers|(?:you|fucking|fuckin'|dirty|filthy|little|stupid|damn|goddamn) queer": 0.45,
    r"homophob\w*": 0.8,
    r"no homo|that's so gay": 0.55,
    r"conversion therapy|pray the gay away": 0.8,
    r"unnatural|abomination|sinful|disgusting": 0.2,
    r"gay|lesbian|bisexual|queer": 0.1,
    r"(?:beat|bashed|attacked|kicked out|disowned) (?:him|her|them)? ?(?:for|because) "
    r"(?:being|he was|she was|they were) (?:gay|queer|lesbian|bi)": 0.8,
}
FIGURATIVE: list[str] = [
    r"fag(?:ged)? out|fag[- ]ends?|faggots? of (?:wood|sticks)",
    r"homo (?:sapiens|erectus)",
]
