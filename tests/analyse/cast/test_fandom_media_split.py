"""Where AO3 splits one canon into a TV fandom and a book fandom (The Witcher), a text is reported under the one
its cast belongs to, and the AO3 tags map to their own fandom; spin-offs with their own AO3 fandom (Legends of
Tomorrow, Smallville) are reported as themselves."""

from __future__ import annotations

from cast_helpers import cast_for
from ficlens.knowledge import load_kb

TV = ("Geralt sharpened his sword while Jaskier sang. \"Geralt,\" Jaskier said, \"toss a coin.\" Geralt of Rivia "
      "sighed. Jaskier laughed and Geralt smiled at Jaskier. Roach snorted. Yennefer watched from Kaer Morhen.")
BOOKS = ("Geralt of Rivia rode with Milva and Regis toward Nilfgaard. Regis smiled; Milva drew her bow. Cahir "
         "watched Geralt. Dandelion sang. Geralt said nothing to Regis.")
LEGENDS = ("Sara Lance walked onto the Waverider. Ava Sharpe followed. Mick Rory grunted at Sara and Ray Palmer "
           "waved. \"Captain,\" Ava said. Sara kissed Ava. Mick drank. The Time Bureau called Ava again.")
SMALLVILLE = ("Clark Kent walked through the Kent farm. Lex Luthor waited at the Talon. Chloe Sullivan wrote for the "
              "Torch. Clark smiled at Lex, and Lex smiled back. Chloe rolled her eyes at Clark. Lana waved at Clark.")


def _fandom(text: str) -> str | None:
    fandoms = cast_for(text).fandoms
    return fandoms[0][0] if fandoms else None


def test_a_tv_cast_is_the_tv_fandom_and_a_book_cast_the_books() -> None:
    assert _fandom(TV) == "The Witcher (TV)"
    assert _fandom(BOOKS) == "Wiedźmin | The Witcher Series - Andrzej Sapkowski"


def test_each_witcher_tag_maps_to_its_own_fandom() -> None:
    kb = load_kb()
    assert kb.canonical_fandom("The Witcher (TV)") == "The Witcher (TV)"
    assert kb.canonical_fandom("Wiedźmin | The Witcher - All Media Types") == \
        "Wiedźmin | The Witcher Series - Andrzej Sapkowski"


def test_spin_offs_with_their_own_ao3_fandom() -> None:
    assert _fandom(LEGENDS) == "DC's Legends of Tomorrow (TV)"
    assert _fandom(SMALLVILLE) == "Smallville"
