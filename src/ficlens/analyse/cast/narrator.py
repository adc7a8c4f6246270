"""First-person narrators named by the others: in a story told by "I", the one name that is only ever said to the
narrator ("“Maribel, you look terrible,” she said.") is the narrator's; so is the one name the narration declares its
own ("Here is the cafeteria, where my name, Mewtwo, was first mentioned.").

A work is told in the first person when its narration (outside the quotes) writes I/me/my/myself/mine at least
MIN_FIRST times and in FIRST_SHARE of its words. The narrator's name is then the one character name of the cast
that the text writes only inside quotes, at least once as a vocative (``dialogue.is_vocative``: "Maribel, …",
"…, Maribel?"), and never in the narration, no word of endearment ("Angel, …"): the narration says "I" for the
narrator, and the others call them by name. When exactly one name is so, it is the narrator, the work's main
character: listed first in the report, even when named once. A name the narration (outside the quotes) writes after
"my name is", "my name was", "my name's" or "my name," (name_judge.DECLARED) is the narrator's before that rule, when
exactly one character is so declared.
"""

from __future__ import annotations

import re

from ficlens.analyse.cast.model import Cast
from ficlens.analyse.cast.name_judge import DECLARED, DECLARED_REACH
from ficlens.analyse.cast.reader import narration_words
from ficlens.analyse.dialogue import is_vocative, quote_at, quote_index

MIN_FIRST = 10
FIRST_SHARE = 0.03
# "I" in capitals only (a roman numeral or a letter is rare in narration); the leading lookahead only speeds the scan
# up (tests/analyse/test_regex_guards.py: no match changes).
FIRST_PERSON = re.compile(r"(?=[IMm])\b(?:I|[Mm]e|[Mm]y|[Mm]yself|[Mm]ine)\b")
GUARDED_PATTERNS: tuple[re.Pattern[str], ...] = (FIRST_PERSON,)
# Words of endearment or address spoken like a name ("Angel, come here", "Doc, you okay?"): no one's name.
ENDEARMENTS = frozenset({"angel", "doc", "boss", "babe", "baby", "sweetheart", "sweetie", "love", "dear", "darling",
                         "buddy", "dude", "pal", "chief", "kid", "champ", "sunshine", "princess", "kitten", "bro"})


def first_person(text: str, cast: Cast, starts: list[int]) -> bool:
    """Whether the narration of ``text`` is told by "I" (see the module doc); ``starts``: the quotes' index
    (dialogue.quote_index)."""
    said = sum(1 for m in FIRST_PERSON.finditer(text) if quote_at(cast.quotes, starts, m.start()) is None)
    return said >= MIN_FIRST and said >= FIRST_SHARE * narration_words(text, cast.quotes)


def narrator_of(text: str, cast: Cast) -> int | None:
    """The id of the cluster that names the first-person narrator (see the module doc), else None."""
    starts = quote_index(cast.quotes)
    if not first_person(text, cast, starts):
        return None
    in_narration: set[int] = set()
    called: set[int] = set()
    declared: set[int] = set()
    for m in cast.mentions:
        if m.kind != "name":
            continue
        q = quote_at(cast.quotes, starts, m.start)
        if q is None:
            in_narration.add(m.cluster)
            said = DECLARED.search(text, max(0, m.start - DECLARED_REACH), m.start)
            if said is not None and said.group(0)[:2].lower() == "my":
                declared.add(m.cluster)
        elif is_vocative(text, cast.quotes[q].start, m.start, m.end):
            called.add(m.cluster)
    own = [c.id for c in cast.clusters if c.id in declared and not c.role]
    if len(own) == 1:
        return own[0]
    named = [c.id for c in cast.clusters if c.id in called and c.id not in in_narration and not c.role and c.names
             and c.name.lower() not in ENDEARMENTS]
    return named[0] if len(named) == 1 else None
