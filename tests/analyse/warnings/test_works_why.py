"""eval/works_realfic.py --why: what stopped each evidence passage of a missed gold label (diagnostics only)."""

from __future__ import annotations

from script_loader import load_script

TEXT = ("Ann waited by the gate for a long while.\n\n"
        "The old soldier said the war had taken his sons, one by one.\n\n"
        "Bo laughed and went home.")
GOLD = {"warnings": {
    "suicide": {"severity": "mentioned", "evidence": ["Bo laughed and went home."]},
    "violence": {"severity": "mentioned", "evidence": ["Ann waited by the gate"]},
}}


def test_a_missed_label_without_a_cue_is_told_as_stopped_by_the_cue_gate() -> None:
    works = load_script("eval/works_realfic.py")
    lines = works.why_missed(TEXT, GOLD, works.Predicted(warnings={"violence": ("depicted", [])}))
    assert lines[0].startswith("  suicide: missed")
    assert "no cue of the label (cue gate)" in lines[1] and "Bo laughed" in lines[1]
    assert not any("violence" in line for line in lines)  # raised, so not explained


def test_nothing_missed_nothing_to_explain() -> None:
    works = load_script("eval/works_realfic.py")
    assert works.why_missed(TEXT, {"warnings": {}}, works.Predicted()) == []
