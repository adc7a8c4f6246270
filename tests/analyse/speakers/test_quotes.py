"""Quotes: detection (straight, curly, multi-paragraph, nested, em-dash) and speaker rules on small texts."""

from __future__ import annotations

from ficlens.analyse.cast import build_cast
from ficlens.analyse.dialogue import find_quotes
from ficlens.analyse.speakers import NARRATOR, attribute
from ficlens.nlp import build_document
from ficlens.nlp.document import paragraph_spans
from ficlens.work import Work


def quotes_of(text: str) -> list[str]:
    return [text[q.start:q.end] for q in find_quotes(text, paragraph_spans(text))]


def speakers(text: str, conversation: bool = True) -> list[str | None]:
    doc = build_document(Work(text=text, source="test", format="text"), "fast")
    cast = build_cast(text, doc.paragraphs, doc.sentences, [], fast=True)
    paras = doc.paragraphs
    out: list[str | None] = []
    for a in attribute(text, paras, cast, conversation=conversation):
        if a.cluster is None:
            out.append(None)
        elif a.cluster == NARRATOR:
            out.append("I")
        else:
            out.append(cast.clusters[a.cluster].name)
    return out


def test_straight_and_curly_quotes() -> None:
    assert quotes_of('"Hi," she said. “Bye.”') == ['"Hi,"', "“Bye.”"]


def test_quote_over_two_paragraphs_is_one_quote() -> None:
    text = '"First part of the speech.\n\n"Second part."\n\nNarration.'
    assert quotes_of(text) == ['"First part of the speech.\n\n"Second part."']


def test_nested_quotes_stay_inside() -> None:
    assert quotes_of("“He said ‘run’ and left.” She ran.") == ["“He said ‘run’ and left.”"]


def test_em_dash_dialogue() -> None:
    assert quotes_of("—Come here —he said.\n—No.") == ["—Come here", "—No."]


def test_unclosed_quote_ends_at_paragraph() -> None:
    assert quotes_of('"Never closed\n\nPlain narration here.') == ['"Never closed']


def test_explicit_speakers_both_orders() -> None:
    text = ('Stiles Stilinski and Derek Hale met.\n\n"Hi," Stiles said.\n\n"Hello," said Derek.\n\n'
            '"Bye," Derek Hale replied.')
    assert speakers(text) == ["Stiles Stilinski", "Derek Hale", "Derek Hale"]


def test_anaphoric_speaker_through_pronoun() -> None:
    text = 'Lydia Martin and Scott McCall sat down. Lydia frowned. She was tired.\n\n"No," she said.'
    assert speakers(text) == ["Lydia Martin"]


def test_turn_taking_in_a_two_person_exchange() -> None:
    text = ('"Where were you?" Stiles asked.\n\n"Out," Derek said.\n\n"Out where?"\n\n"Just out."\n\n'
            '"Fine."')
    first_names = [s.split()[0] if s else None for s in speakers(text)]
    assert first_names == ["Stiles", "Derek", "Stiles", "Derek", "Stiles"]


def test_vocative_is_not_the_speaker() -> None:
    text = '"Stiles, wait," Derek said.\n\n"What?" Stiles asked.\n\n"Derek, come on."'
    out = speakers(text)
    assert out[2] is not None and not out[2].startswith("Derek")


def test_first_person_narrator() -> None:
    assert speakers('"Hello," I said.') == ["I"]


def test_unnamed_speaker_known_by_role() -> None:
    text = 'The parson rode up.\n\n"Good night," said the parson.\n\n"Good night, sir," said Jack Durbeyfield.'
    assert speakers(text) == ["the parson", "Jack Durbeyfield"]


def test_possessive_is_not_the_speaker() -> None:
    text = ('Mr. Bennet read. Mrs. Bennet sewed. Mr. Bennet sighed.\n\n'
            '"My dear," replied his wife, "you must go."')
    out = speakers(text)
    assert out[0] != "Mr. Bennet"


def test_single_quote_house_style_wins_when_it_dominates() -> None:
    text = "‘Oh dear!’ said the Rabbit. ‘I shall be late!’ The bottle said “drink me”. ‘Don’t,’ said Alice."
    assert quotes_of(text) == ["‘Oh dear!’", "‘I shall be late!’", "‘Don’t,’"]


def test_pronoun_speaker_is_not_the_named_addressee() -> None:
    text = ('Derek Hale found Stiles Stilinski in the alley. Stiles was crying and Derek knelt.\n\n'
            '"You okay?" he asked Stiles softly.')
    assert speakers(text)[0] == "Derek Hale"


def test_inverted_first_person_tag() -> None:
    assert speakers('"Madame," said I, "for your sake I will go."') == ["I", "I"]


def test_continued_quote_keeps_the_tagged_speaker() -> None:
    text = ('Mr. Bennet read. Mrs. Bennet sewed. Kitty coughed.\n\n'
            '"Kitty has no discretion in her coughs," said Mr. Bennet; "she times them ill."')
    assert speakers(text) == ["Mr. Bennet", "Mr. Bennet"]


def test_pronoun_tag_is_not_the_addressee() -> None:
    text = ('Derek Hale walked in. Peter Hale stood by the stove and he looked up.\n\n'
            '"Have a troche, Peter," he said.')
    assert speakers(text, conversation=False)[0] == "Derek Hale"  # the rule alone
    assert speakers(text)[0] == "Derek Hale"


def test_spouse_tag_names_the_other_title() -> None:
    text = ('Mrs. Bennet sewed; she was cross. Lydia Bennet laughed and she ran out. Mr. Bennet sighed.\n\n'
            '"My dear Mr. Bennet," replied his wife, "you must go."')
    doc = build_document(Work(text=text, source="test", format="text"), "fast")
    cast = build_cast(text, doc.paragraphs, doc.sentences, [], fast=True)
    first = attribute(text, doc.paragraphs, cast, conversation=False)[0]
    assert first.cluster is not None and cast.clusters[first.cluster].name == "Mrs. Bennet"
    assert first.rule == "explicit"  # the tag itself names her, not a guess from the narration
