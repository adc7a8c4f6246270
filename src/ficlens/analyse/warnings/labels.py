"""The content-warning labels of TAXONOMY.md: PAN 2023's 32 labels in its frequency order, plus ``war``."""

from __future__ import annotations

LABELS: tuple[str, ...] = (
    "pornographic-content", "violence", "death", "sexual-assault", "abuse", "blood", "suicide", "pregnancy",
    "child-abuse", "incest", "underage", "homophobia", "self-harm", "dying", "kidnapping", "mental-illness",
    "dissection", "eating-disorders", "abduction", "body-hatred", "childbirth", "racism", "sexism", "miscarriages",
    "transphobia", "abortion", "fat-phobia", "animal-death", "ableism", "classism", "misogyny", "animal-cruelty",
    "war",
)

# The labels with labelled passages in shared/data/passages/train.jsonl (Wiegmann et al. 2024).
TRAINED_LABELS: tuple[str, ...] = (
    "abduction", "ableism", "death", "homophobia", "misogyny", "racism", "violence", "war",
)


def check_label(label: str) -> str:
    """The label itself if TAXONOMY.md knows it, else a :class:`~ficlens.errors.UsageError`."""
    from ficlens.errors import UsageError

    if label not in LABELS:
        raise UsageError(f"unknown warning label {label!r}; known labels: {', '.join(LABELS)}")
    return label
