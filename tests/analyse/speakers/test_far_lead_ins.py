"""Lead-in sentences whose speech verb stands far from its subject: the subject a role or an unnamed person ("a
Canary called out in a trembling voice to its children, "…"", "an old Crab took the opportunity of saying to her
daughter "…""), a name with a subordinate clause inside the lead-in, and a clause after one quote that leads into
the next."""

from __future__ import annotations

import re

from cast_helpers import speakers
from ficlens.analyse.cast.roles import tag_subjects
from ficlens.analyse.dialogue import loose_lead_in_verb

_QUOTE = re.compile(r'"[^"]*"')

BIRDS = ("Alice sat down on the bank, and Alice looked at the birds. Alice sighed, and Alice said nothing.\n\n")


def subjects(text: str) -> list[tuple[str, str]]:
    quotes = list(_QUOTE.finditer(text))
    found = tag_subjects(text, [q.end() for q in quotes], [q.start() for q in quotes])
    return [(t.role.label, t.kind) for t in found]


def test_a_speech_verb_far_from_its_unnamed_subject_makes_a_speaker() -> None:
    assert subjects('"Stay!" and a Canary called out in a trembling voice to its children, "Come away!"') == [
        ("the Canary", "role")]
    assert subjects('It was late; and an old Crab took the opportunity of saying to her daughter "Ah, my dear!"') == [
        ("the old Crab", "role")]
    assert subjects('The birds hurried off: one old Magpie began wrapping itself up very carefully, remarking, '
                    '"I must be going."') == [("the old Magpie", "role")]
    assert subjects('It was late when the servant came in, announcing "Madame Mila!"') == [("the servant", "head")]
    assert subjects('A man came in and then said, "Hi."') == [("a man #1", "anonymous")]


def test_a_name_or_a_pronoun_between_subject_and_verb_makes_none() -> None:
    for text in ('A man came in as she turned and then said, "Hi."',
                 'The doctor looked up while Harriet turned round and said, "Hi."',
                 'A man came in. Then she said, "Hi."'):
        assert not any(kind in ("anonymous", "role") for _, kind in subjects(text)), text
    # a name a preposition governs is no subject: the doctor speaks
    assert subjects('The doctor looked at Harriet for a long while and said, "Hi."') == [("the doctor", "head")]


def test_words_of_manner_and_address_may_follow_the_lead_in_verb() -> None:
    text = 'and a Canary called out in a trembling voice to its children, "Come away!"'
    assert loose_lead_in_verb(text, 0, text.index('"')) == text.index("called")
    text = 'an old Crab took the opportunity of saying to her daughter "Ah!"'
    assert loose_lead_in_verb(text, 0, text.index('"')) == text.index("saying")
    text = 'an old Crab took the opportunity of saying to her daughter and to the rest of the party about town "Ah!"'
    assert loose_lead_in_verb(text, 0, text.index('"')) is None


def test_the_unnamed_speaker_of_a_far_lead_in_speaks_its_quote() -> None:
    text = BIRDS + ('"What a pity it would not stay!" sighed Alice; and a Canary called out in a trembling voice to '
                    'its children, "Come away, my dears!"')
    _, found = speakers(text)
    assert found == ["Alice", "the Canary"]


def test_a_clause_after_a_quote_that_runs_into_the_next_quote_tags_the_next_one() -> None:
    text = BIRDS + ('Some of the birds hurried off at once: one old Magpie began wrapping itself up very carefully, '
                    'remarking, "I really must be getting home!" and a Canary called out in a trembling voice to its '
                    'children, "Come away, my dears!"')
    _, found = speakers(text)
    assert found == ["the old Magpie", "the Canary"]


def test_the_subject_of_a_subordinate_clause_in_a_lead_in_is_not_the_speaker() -> None:
    text = ("Harry walked to the gate, and Harry stopped. Lucy came out, and Lucy waved.\n\n"
            "Very soon Harry noticed Lucy, as she went hunting about, and called out to her in an angry tone, "
            '"Why, what are you doing out here?"')
    _, found = speakers(text)
    assert found == ["Harry"]


def test_the_one_whose_view_or_reply_the_quote_was_speaks_it() -> None:
    text = ("Harry walked to the gate, and Harry stopped. Sandy Wadgers came out, and Sandy Wadgers waved.\n\n"
            '"It is witchcraft," was the view of Mr. Sandy Wadgers.\n\n"Nonsense," said Harry.')
    _, found = speakers(text)
    assert found == ["Sandy Wadgers", "Harry"]


def test_the_subject_of_a_subordinate_clause_that_runs_into_the_quote_speaks() -> None:
    text = ("Harry walked to the gate, and Harry stopped. Lucy came out, and Lucy waved.\n\n"
            "Harry had little to hope, but he was still urging the subject when Lucy entered the room, fresh from "
            'the garden, calling out, "Is it settled?"')
    _, found = speakers(text)
    assert found == ["Lucy"]
