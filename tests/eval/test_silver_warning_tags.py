"""AO3 authors' tags -> content-warning labels for the silver set: archive warnings, additional tags, the Explicit
rating; an opted-out archive warning leaves its labels unknown, and fixes, denials and puns state nothing."""

from __future__ import annotations

from script_loader import load_script

tags = load_script("scripts/silver_warning_tags.py")


def test_archive_warnings_and_tags_state_their_labels() -> None:
    positive, unknown = tags.silver_labels(
        "Mature", ["Rape/Non-Con", "Major Character Death"],
        ["Suicidal Thoughts", "Self-Harm", "Implied/Referenced Child Abuse", "Panic Attacks", "Kidnapping"])
    assert {"sexual-assault", "death", "suicide", "self-harm", "child-abuse", "mental-illness",
            "kidnapping"} <= positive
    assert unknown == set()


def test_the_explicit_rating_states_explicit_sex() -> None:
    assert "pornographic-content" in tags.silver_labels("Explicit", ["No Archive Warnings Apply"], [])[0]
    assert "pornographic-content" not in tags.silver_labels("Teen And Up Audiences", [], ["No Smut"])[0]


def test_an_opted_out_archive_warning_leaves_its_labels_unknown_unless_a_tag_states_one() -> None:
    positive, unknown = tags.silver_labels("Mature", ["Choose Not To Use Archive Warnings"], ["Character Death"])
    assert "death" in positive
    assert unknown == {"sexual-assault", "violence"}


def test_fixes_denials_and_other_senses_state_nothing() -> None:
    found = tags.tag_labels(["Character Death Fix", "Alternate Universe - Everyone Lives/Nobody Dies",
                             "Alcohol Abuse/Alcoholism", "Blood Magic", "Enthusiastic Consent", "Birthday Party",
                             "Post-Captain America: Civil War (Movie)", "Threats of Violence", "Pseudo-Incest"])
    assert found == set()


def test_every_mapped_label_is_a_taxonomy_label() -> None:
    from ficlens.analyse.warnings.labels import LABELS

    assert set(tags.TAGS) <= set(LABELS)
    assert set(tags.ARCHIVE.values()) <= set(LABELS)
