"""Characters: name forms, alias clustering, canonical names through the KB, pronoun credit (fast profile)."""

from __future__ import annotations

import pytest

from cast_helpers import cast_for
from ficlens.analyse.cast import Cast, Cluster
from ficlens.analyse.cast.names import find_name_forms
from ficlens.work import Work
from repo_paths import FIXTURES

FIXTURE = FIXTURES / "characters" / "sterek_snippet.txt"


def by_name(cast: Cast) -> dict[str, Cluster]:
    return {c.name: c for c in cast.clusters}


def test_sentence_starters_and_interjections_are_not_names() -> None:
    text = "Oh Derek, come here. Well, Derek smiled. Hey Stiles. Derek and Stiles left. Tomorrow they would talk."
    forms = {f.text for f in find_name_forms(text).values()}
    assert "Derek" in forms and "Stiles" in forms
    assert not forms & {"Oh", "Well", "Hey", "Oh Derek"}
    assert "Tomorrow" not in {c.name for c in cast_for(text).clusters}


def test_titles_are_kept_apart_from_the_name() -> None:
    forms = find_name_forms("She met Mr. Stilinski and Mrs. Bennet at the door of Dr. Deaton.")
    assert (("Mr", ("Stilinski",)) in forms) and (("Mrs", ("Bennet",)) in forms) and (("Dr", ("Deaton",)) in forms)


def test_aliases_cluster_and_get_canonical_names() -> None:
    cast = cast_for(FIXTURE.read_text(encoding="utf-8"))
    names = by_name(cast)
    assert cast.fandoms and cast.fandoms[0][0] == "Teen Wolf (TV)"
    stiles = names["Stiles Stilinski"]
    assert {"Stiles", "Stiles Stilinski", "Stilinski"} <= set(stiles.forms)
    assert "Derek Hale" in names and "Scott McCall" in names
    # "Mr. Stilinski" and "the Sheriff" are his father, not Stiles.
    assert "Mr Stilinski" not in stiles.forms and "Sheriff" not in stiles.forms
    father = [c for c in cast.clusters if "Mr Stilinski" in c.forms]
    assert father and father[0].id != stiles.id


def test_pronouns_and_descriptors_are_credited() -> None:
    text = ("Derek Hale walked in. He sat down. Stiles Stilinski looked at the werewolf. "
            "Derek Hale and Stiles Stilinski talked.")
    cast = cast_for(text)
    derek = by_name(cast)["Derek Hale"]
    assert derek.resolved >= 2  # "He" and "the werewolf"
    assert derek.mentions == derek.names + derek.resolved


def test_gender_from_pronouns_and_titles() -> None:
    text = ("Lydia Martin smiled. She laughed. Then Lydia said nothing and she left. Mrs. Whitfield waved. "
            "We saw Mrs. Whitfield, and then Mrs. Whitfield again; she waved.")
    cast = cast_for(text)
    names = by_name(cast)
    assert names["Lydia Martin"].gender == "f"
    assert any(c.gender == "f" for c in cast.clusters if "Mrs Whitfield" in c.forms)


def test_unknown_names_cluster_without_kb() -> None:
    text = ("Marta Kowalczyk opened the shop. Then Marta counted coins while Kowalczyk the elder slept. "
            "Later Marta Kowalczyk sighed. Later Marta left, and Marta came back.")
    cast = cast_for(text)
    marta = [c for c in cast.clusters if "Marta" in c.forms]
    assert len(marta) == 1 and "Marta Kowalczyk" in marta[0].forms


@pytest.mark.parametrize("text", ["", "no names here at all, just words.", "THE END"])
def test_empty_texts(text: str) -> None:
    assert [c for c in cast_for(text).clusters if c.names] == []


def test_a_title_alone_is_nobody() -> None:
    text = "It said;\n\nDear Mr. Stilinski,\n\nStiles fell down. Stiles laughed, and Stiles left with Derek and Derek."
    forms = find_name_forms(text)
    assert (None, ("Mr",)) not in forms and ("Mr", ("Stilinski",)) in forms
    names = {c.name for c in cast_for(text).clusters}
    assert "Mr" not in names and "Dear" not in names


def test_capitalised_common_nouns_are_not_characters() -> None:
    # Fantasy capitals: "a Gift", "an untrained Firestarting Gift", "the Elders", "an Outlander" are common nouns.
    text = ("Kaia stared. Riversong said, \"what you have is a Firestarting Gift.\" Kaia frowned. "
            "\"Nothing is wrong with your Gift,\" Riversong said. Riversong had an untrained Firestarting Gift "
            "on her hands. She found an Outlander, and Riversong told the Elders. Kaia was an Outlander, and "
            "the Elders would decide. Then Kaia slept, then Kaia woke, and Riversong left with Kaia.")
    names = {c.name for c in cast_for(text).clusters}
    assert {"Kaia", "Riversong"} <= names
    assert not names & {"Firestarting Gift", "Gift", "Elders", "Outlander"}


def test_a_name_after_her_or_a_determiner_once_stays_a_name() -> None:
    text = "Marta waved. Later Marta sang, and Marta laughed. He told her Marta was late. Marta left with Marta."
    assert "Marta" in {c.name for c in cast_for(text).clusters}


def test_a_full_name_opening_two_sentences_stays_whole() -> None:
    text = "Basil Hallward painted. Basil Hallward sighed. Later Hallward laughed, and then Hallward left."
    forms = {f.text for f in find_name_forms(text).values()}
    assert "Basil Hallward" in forms
    once = {f.text for f in find_name_forms("Aggravated Stiles left. Then Stiles came back.").values()}
    assert "Aggravated Stiles" not in once


def test_a_participle_opening_a_clause_is_no_part_of_the_name_after_it() -> None:
    """Guards a past bug: "Letting Hawke's …" after a quote (not a sentence start for the tag rules) and twice at a
    sentence start was kept whole; "Hawke" joined the run it ends and the main character was listed as "Letting Hawke
    (Original Character)" (AO3 silver works; "Studying Jimin" likewise)."""
    text = ("“Varric…” Letting Hawke’s hand go, he left. Letting Hawke sleep was hard. Hawke smiled. "
            "Hawke ran.")
    assert {f.text for f in find_name_forms(text).values()} == {"Varric", "Hawke"}
    text = "Sterling Archer drove. He met Sterling Archer. Later Sterling Archer left."
    assert "Sterling Archer" in {f.text for f in find_name_forms(text).values()}  # written mid-sentence twice


def test_a_stop_word_inside_a_run_cuts_the_name_after_it() -> None:
    forms = {f.text for f in find_name_forms("THERE IS NO ONE LEFT When Mary Lennox was sent away. "
                                             "Mary Lennox cried.").values()}
    assert "Mary Lennox" in forms and not any("When" in f for f in forms)


def test_the_cast_is_built_once_per_document(monkeypatch: pytest.MonkeyPatch) -> None:
    """Characters, warnings and fandom all read the cast: the pipeline's cast stage builds it once per work and
    the other stages read it from the work's Analysis."""
    from ficlens.analyse.cast import build as cast_module
    from ficlens.analyse.pipeline import analyse_work

    calls: list[int] = []
    real = cast_module.build_cast

    def counting(*args, **kwargs) -> Cast:  # noqa: ANN002, ANN003
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(cast_module, "build_cast", counting)
    text = FIXTURE.read_text(encoding="utf-8")
    for n in range(2):
        analyse_work(Work(text=text, source=f"t{n}", format="text"), "fast")
    assert len(calls) == 2


def test_a_vocative_o_is_no_part_of_the_name() -> None:
    text = ('Alice called after it, "Please, O Mouse, do come back!" The Mouse looked at her. "Not I," said the '
            'Mouse. The Mouse swam away.')
    forms = {f.text for f in find_name_forms(text).values()}
    assert "Mouse" in forms and not forms & {"O", "O Mouse"}
