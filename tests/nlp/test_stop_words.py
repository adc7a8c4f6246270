"""The copied stop-word list must stay equal to spaCy's (it exists only so analysers need not import spaCy)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from ficlens.nlp.stop_words import STOP_WORDS


def test_stop_words_equal_spacys() -> None:
    spacy_stop_words = pytest.importorskip("spacy.lang.en.stop_words")
    assert set(spacy_stop_words.STOP_WORDS) == STOP_WORDS


def test_fast_analysis_imports_no_spacy() -> None:
    code = ("import sys; from ficlens.analyse import analyse_work; from ficlens.work import Work; "
            "analyse_work(Work(text='Derek said hello to Stiles. Stiles smiled.', source='t', format='text'), 'fast'); "
            "print('spacy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
