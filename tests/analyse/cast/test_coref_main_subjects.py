"""Pronouns follow the main clause's subject: not a subject inside another clause ("how Matt had died"), and a line of
thought with no character between two sentences does not lose who "he" is."""

from __future__ import annotations

from cast_helpers import cast_for, resolved_to

TEXT = ("Stiles sat on the curb. Stiles rubbed his eyes.\n\n\u201cGo home,\u201d said Matt, and Matt laughed at "
        "him. Matt walked off into the dark.\n\nStiles sighed. He thought about how Matt had died, alone in his car. "
        "'What if it never stops?' He remembered his own words and stood up.")


def test_a_subject_inside_a_how_clause_does_not_take_the_next_he() -> None:
    cast = cast_for(TEXT)
    assert resolved_to(cast, TEXT, "He", "stops?' ") == "Stiles"


def test_a_main_subject_still_takes_the_next_he() -> None:
    text = ("Stiles sat on the curb, and Stiles waited. Stiles rubbed his eyes. Then Matt came over, and Matt smiled, "
            "and Matt sat down. He looked at the water.")
    assert resolved_to(cast_for(text), text, "He", "sat down. ") == "Matt"
