# ruff: noqa: E501  (one cue a line; a pattern is not split to fit)
"""``death``: a character dead, killed, mourned or buried."""

from __future__ import annotations

from ficlens.analyse.warnings.labels.fragments import FIGURATIVE_DEATH, GORE

CUES: dict[str, float] = {
    r"died|dies|dead|death|deaths": 0.55,
    r"corpse\w*|dead body|cadaver\w*": 0.7,
    r"funeral\w*|burial|buried|grave(?:s|yard|stone)?": 0.5,
    r"killed|murdered|passed away|passed on": 0.6,
    r"mourn\w*|griev\w*|grief": 0.45,
    r"(?:lost|lose|loses|losing) (?:his|her|my|their|your|our) "
    r"(?:mother|father|mom|mum|dad|sister|brother|wife|husband|son|daughter|parents?|family)": 0.45,
    r"dying": 0.4,
    r"drown(?:ed|ing|s)": 0.4,
    r"lifeless|no pulse|stopped breathing": 0.5,
}
GRAPHIC: list[str] = GORE
FIGURATIVE: list[str] = FIGURATIVE_DEATH
