"""Diminutives and nicknames of English given names ("Lizzy" → Elizabeth, "Jim" → James), and the merge of a
nickname's character into the one character the text names in full.

The table is small and committed on purpose: common English diminutives only, each mapped to the given names it
shortens. A nickname joins a character only when exactly one character of the text has one of those given names;
a bare nickname must be used twice or more; one with a surname needs the same surname ("Jake Brown" → "Jacob
Brown", never "Jacob Black"); and the two are (almost) never named in one sentence, which would make them two
people talking to each other: one shared sentence per ten names of the rarer of the two is tolerated ("“Jacob,”
he says, because Jake’s missed the point"). Titled forms never merge ("Mr. Bennet" and "Mrs. Bennet" stay
apart), except that a nickname may join a character known by a title and a given name ("Harry" → "Lord Henry").
Beyond the table, the forms English makes of any name, as fan fiction does of its characters' (shortens): a
clipping of three letters or more ("Cas" of "Castiel") and a pet form in -y / -ie ("Sammy" of "Sam", which may
join even when named once: it is the name itself).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

_TABLE = {
    "Elizabeth": "Lizzy Lizzie Liz Lizbeth Eliza Beth Betsy Betsey Bess Bessie Betty Libby Elsie",
    "James": "Jim Jimmy Jamie Jem", "Robert": "Bob Bobby Rob Robbie Robin Bert",
    "William": "Bill Billy Will Willy Willie",
    "Richard": "Dick Dickie Rick Ricky Richie", "Thomas": "Tom Tommy", "Edward": "Ned Ted Teddy Eddie Ed",
    "Henry": "Harry Hal Hank", "Harold": "Harry Hal", "Harriet": "Harry Hattie", "John": "Jack Johnny Jackie",
    "Jacob": "Jake Jakey", "Catherine": "Kate Kitty Katie Cathy Kat Kay", "Katherine": "Kate Kitty Katie Kathy Kat",
    "Margaret": "Meg Maggie Peggy Madge Daisy Greta", "Mary": "Polly Molly Mamie Mae", "Sarah": "Sally Sadie",
    "Eleanor": "Nell Nelly Ellie Nora", "Ellen": "Nell Nelly Ellie", "Helen": "Nell Nelly", "Frances": "Fanny Fran",
    "Samuel": "Sam Sammy", "Benjamin": "Ben Benny", "Charles": "Charlie Chuck Chas", "Frederick": "Fred Freddie Freddy",
    "Joseph": "Joe Joey", "Daniel": "Dan Danny", "Nicholas": "Nick Nicky", "Anthony": "Tony", "Andrew": "Andy Drew",
    "Matthew": "Matt Matty", "Michael": "Mike Mikey Mick Mickey", "Stephen": "Steve Stevie", "Steven": "Steve Stevie",
    "Alexander": "Alex Sandy Alec", "Christopher": "Chris Kit", "Peter": "Pete", "Jane": "Jenny Janey Jennie",
    "Jennifer": "Jenny Jen", "Anne": "Annie Nan Nancy", "Ann": "Annie Nan Nancy", "Rebecca": "Becky Becca",
    "Susan": "Sue Susie Suzy", "Dorothy": "Dolly Dot Dottie", "Patricia": "Patty Pat Trish", "Martha": "Patty Mattie",
    "Theodore": "Theo Ted Teddy", "Timothy": "Tim Timmy", "Gregory": "Greg", "Lawrence": "Larry Laurie",
    "Leonard": "Leo Len Lenny", "Louisa": "Lou Louie", "Victoria": "Vicky Tori", "Abigail": "Abby Gail",
    "Isabella": "Bella Izzy Isa", "Isabel": "Bella Izzy", "Jonathan": "Jon Jonny", "Nathaniel": "Nat Nate",
    "Zachary": "Zach Zack", "Benedict": "Ben", "Gerald": "Gerry Jerry", "Walter": "Walt Wally",
    "Albert": "Al Bert Bertie", "Alfred": "Alf Alfie Fred", "Arthur": "Art Artie", "Edmund": "Ned Ed",
    "Geoffrey": "Geoff Jeff", "Jeffrey": "Jeff", "Kenneth": "Ken Kenny", "Raymond": "Ray", "Ronald": "Ron Ronnie",
    "Donald": "Don Donnie", "Philip": "Phil Pip", "Douglas": "Doug", "Josephine": "Jo Josie", "Joanna": "Jo Jojo",
    "Caroline": "Carrie Carol", "Emily": "Em Emmy Millie", "Emma": "Em Emmy", "Amelia": "Millie Amy",
    "Christine": "Chris Chrissy Tina", "Susannah": "Sue Susie Sukey", "Marjorie": "Marge Margie",
    "Lydia": "Liddy", "Sidney": "Sid", "Sydney": "Sid",
    "Georgiana": "Georgie", "Georgina": "Georgie", "Wilhelmina": "Mina Willa",
}
NICKNAMES: dict[str, frozenset[str]] = {}
for _formal, _short in _TABLE.items():
    for _nick in _short.split():
        NICKNAMES[_nick] = NICKNAMES.get(_nick, frozenset()) | {_formal}


def formal_names(first: str) -> frozenset[str]:
    """The given names ``first`` may shorten (empty if it is no known nickname)."""
    return NICKNAMES.get(first, frozenset())


def shared_sentences(a: Iterable[tuple[int, int]], b: Iterable[tuple[int, int]], sentence_starts: list[int]) -> int:
    """How many sentences hold a span of ``a`` and one of ``b`` (by sentence start offsets)."""
    sent_a = {bisect.bisect_right(sentence_starts, s) for s, _ in a}
    return len(sent_a & {bisect.bisect_right(sentence_starts, s) for s, _ in b})


def nickname_target(name: tuple[str, ...], candidates: dict[tuple[str, ...], int]) -> int | None:
    """The one candidate (full or single name → id) that ``name`` ("Lizzy", "Jake Brown") shortens, if exactly
    one does: same given name family, and the same surname when ``name`` has one.

    Only the candidates that begin as a clipping or pet form of ``name`` must (``_lead``), or that the table
    relates to it, are tested: the same result, without a call per candidate (a 98k-word work has ~140
    nicknamable characters × ~170 candidates)."""
    nick = name[0]
    formal = formal_names(nick)
    lead = _lead(nick)
    hits = {cid for cand, cid in candidates.items()
            if (cand[0].startswith(lead) or (formal and (cand[0] in formal or (len(nick) > len(cand[0])
                                                                             and cand[0] in NICKNAMES))))
            and shortens(nick, cand[0], formal) and (len(name) == 1 or cand[1:] == name[1:])}
    return next(iter(hits)) if len(hits) == 1 else None


def _lead(nick: str) -> str:
    """What every name that ``nick`` shortens as a clipping or a pet form (``shortens``) begins with: ``nick``
    itself ("Cas" of "Castiel"), or a pet form's stem less its last letter ("Sam" of "Sammy" and "Samuel", "Stev"
    of "Stevie" and "Steve"). A cheap test a candidate must pass before ``shortens`` is asked (a 1M-word work
    asked it ~59,000 times); the table's names are tested apart."""
    if nick.endswith("y"):
        return nick[:-2]
    if nick.endswith("ie"):
        return nick[:-3]
    return nick


MIN_CLIPPED = 3  # letters a clipped name keeps ("Cas" of "Castiel"; never "Al", "Jo")


def shortens(nick: str, given: str, formal: frozenset[str] | None = None) -> bool:
    """Whether given name ``nick`` is a short form of ``given``: the table says so ("Lizzy" of "Elizabeth"), both
    shorten the same name ("Sammy" and "Sam" of Samuel), or English's productive forms, which fan fiction uses
    for its characters whatever the name: a clipping of three letters or more ("Cas" of "Castiel", "Ron" of
    "Ronald") and a pet form in -y / -ie ("Sammy" of "Sam", "Danny" of "Dan", "Stevie" of "Steve")."""
    if formal is None:
        formal = formal_names(nick)
    if given in formal or (len(nick) > len(given) and formal & formal_names(given)):
        return True  # the longer joins the shorter: "Sammy" goes to "Sam", not "Sam" to "Sammy"
    if (len(nick) >= MIN_CLIPPED and len(given) >= len(nick) + 2 and given.startswith(nick)
            and not _pet_form(given, nick)):
        return True  # "Sam" is no clipping of "Sammy": the pet form goes to the name, not back
    return _pet_form(nick, given)


def _pet_form(nick: str, given: str) -> bool:
    """"Sammy" / "Sammie" of "Sam", "Stevie" of "Steve": the given name (less a final e), its last consonant
    perhaps doubled, then -y or -ie."""
    if len(given) < MIN_CLIPPED or not nick.endswith(("y", "ie")):
        return False
    stem = nick[:-1] if nick.endswith("y") else nick[:-2]
    base = given[:-1] if given.endswith("e") else given
    return stem in (base, base + base[-1])


def nickname_merges(names: dict[int, tuple[str, ...]], spans: dict[int, list[tuple[int, int]]],
                    nicknamable: set[int], sentence_starts: list[int]) -> dict[int, int]:
    """Which characters are nicknames of another: {nickname character id: the character it joins}.

    ``names`` = untitled characters' names as words; ``nicknamable`` = the ids that may be nicknames (not known
    to the KB); ``spans`` = where each character is named."""
    merges: dict[int, int] = {}
    by_initial: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    for other, name in names.items():
        by_initial.setdefault(name[0][:1] if name else "", []).append((other, name))
    for cid in sorted(nicknamable):
        # Only the candidates that may hold its target (see nickname_target), in the same order: the same result.
        # Every character against every other grows with the square of the cast: 79 -> 13 ms on 300k words.
        pool = names.items() if formal_names(names[cid][0]) else by_initial.get(names[cid][0][:1], [])
        others = {name: other for other, name in pool if other != cid and other not in merges}
        target = nickname_target(names[cid], others)
        if target is None:
            continue
        if len(names[cid]) == 1 and len(spans.get(cid, [])) < 2 and not _pet_form(names[cid][0], names[target][0]):
            continue  # a bare nickname named once is too little to tell ("Harry", Allan's son, beside "Sir Henry"),
            # unless it is the name itself made a pet form ("Sammy" of "Sam")
        a, b = spans.get(cid, []), spans.get(target, [])
        if shared_sentences(a, b, sentence_starts) > min(len(a), len(b)) // 10:
            continue  # named together: two people ("Jim" talking to "James"), bar a rare "“Jacob,” … Jake’s"
        merges[cid] = merges.get(target, target)
    return merges
