"""The cast's words, each listed once: titles (with their gender and uses), person nouns and the gender of a noun.

Behaviour-free: lists and one lookup. The modules that find names (names.py, name_judge.py, nicknames.py), roles
(roles.py) and references (coref.py), and the speaker rules read them from here.
"""

from __future__ import annotations

# Every title word the cast reads: its gender ("m", "f", "-" for none) and the uses it has:
#   T  a title written before a name ("Mr. Darcy", "Sheriff Stilinski", "Aunt Polly"): TITLES
#   A  a form of address that never names anyone on its own ("Dear Mr.", "Yes, Sir"), unlike "the Sheriff":
#      ADDRESS_TITLES
#   H  an honorific: the name after it is a person, never a place ("Mrs. Bennet"): HONORIFICS
#   G  written before a given name ("Lord Henry", "Uncle Peter"): such a character may be the one a nickname
#      shortens ("Harry", "Pete"): GIVEN_NAME_TITLES
#   P  abbreviated: a character's label writes it with a full stop ("Mr. Collins"): ABBREVIATED_TITLES
_TITLE_TABLE = """
mr m T A H P
mr. m T
mister m T A H
sir m T A H G
lord m T H G
uncle m T G
father m T
brother m T
king m T
prince m T
master m T G
monsieur m A H
mrs f T A H P
mrs. f T
ms f T A H P
ms. f T
miss f T A H
lady f T H G
aunt f T G
mother f T
sister f T
queen f T
princess f T
madam f T A H
madame f T A H
mme f T H P
mlle f T H P
mistress f T
dame f G
mx - A
dr - T A H P
doctor - T
sheriff - T
deputy - T
professor - T
prof - T
captain - T
coach - T
agent - T
detective - T
officer - T
colonel - T
general - T
major - T
lieutenant - T
sergeant - T
inspector - T
judge - T
parson - T
reverend - T
nurse - T
principal - T
admiral - T
commodore - T
commander - T
ensign - T
corporal - T
marshal - T
director - T
mayor - T
senator - T
governor - T
chancellor - T
president - T
headmaster m T
headmistress f T
emperor m T
empress f T
duke m T
duchess f T
cousin - G
"""
_TITLE_ROWS = [(row[0], row[1], set(row[2:])) for row in (line.split() for line in _TITLE_TABLE.strip().splitlines())]


def _titles(use: str, gender: str | None = None) -> frozenset[str]:
    return frozenset(w for w, g, uses in _TITLE_ROWS if use in uses and (gender is None or g == gender))


MALE_TITLES = _titles("T", "m")
FEMALE_TITLES = _titles("T", "f")
NEUTRAL_TITLES = _titles("T", "-")
TITLES = MALE_TITLES | FEMALE_TITLES | NEUTRAL_TITLES
ADDRESS_TITLES = _titles("A")
HONORIFICS = _titles("H")
GIVEN_NAME_TITLES = _titles("G")
ABBREVIATED_TITLES = frozenset(w.capitalize() for w in _titles("P"))  # as a character's title is written: "Mr"
# Titles of family and address ("Mr. Stilinski" is Stiles's father, not Stiles): the others are ranks and offices
# ("General Skywalker", "Professor Snape") that name the person the text calls by that surname's given name.
FAMILY_TITLES = frozenset({"mr", "mister", "mrs", "ms", "miss", "mx", "madam", "madame", "monsieur", "uncle", "aunt",
                           "cousin", "father", "mother", "brother", "sister"})
# Descriptors that are also titles: "the doctor" is the character called "Dr. Archie" when the text has one.
TITLE_NOUNS = {"doctor": {"dr", "doctor"}, "captain": {"captain", "capt"}}


def title_gender(title: str | None) -> str | None:
    """The gender a title tells ("Mrs." f, "Lord" m), or None ("Dr.", no title)."""
    if title is None:
        return None
    t = title.lower().rstrip(".")
    if t in MALE_TITLES:
        return "m"
    if t in FEMALE_TITLES:
        return "f"
    return None


# Person nouns that stand for a character in narration ("the boy", "the teen wolf", "the brunette"): coref.py's
# descriptors, by gender.
MALE_NOUNS = frozenset({"boy", "man", "guy", "lad", "gentleman", "brunet", "husband", "boyfriend", "father", "son",
                        "brother", "uncle", "king", "prince", "sir"})
FEMALE_NOUNS = frozenset({"girl", "woman", "lady", "wife", "girlfriend", "mother", "daughter", "sister", "aunt",
                          "queen", "princess", "madam"})
NEUTRAL_NOUNS = frozenset({"kid", "teen", "teenager", "werewolf", "wolf", "alpha", "beta", "omega", "brunette",
                           "blonde", "blond", "redhead", "human", "youth", "child", "vampire", "witch", "wizard",
                           "hunter", "detective", "doctor", "captain", "soldier", "boss", "stranger", "newcomer",
                           "elder", "younger", "older", "taller", "shorter", "smaller", "bigger", "latter", "former"})
DESCRIPTOR_NOUNS = MALE_NOUNS | FEMALE_NOUNS | NEUTRAL_NOUNS
# Descriptors that compare or order ("the taller", "the latter"): they name someone already there, nobody new.
COMPARATIVE_NOUNS = frozenset({"elder", "younger", "older", "taller", "shorter", "smaller", "bigger", "latter",
                               "former"})
SPOUSES = {"wife": "f", "husband": "m"}  # descriptor noun -> the spouse's gender
# One class for the nouns of a young person: "a small boy" is then "the child", "this little boy", "the lad".
YOUNG_NOUNS = frozenset({"boy", "girl", "child", "kid", "lad", "youth", "teen", "teenager"})
# Descriptor nouns that are roles of their own (an occupation, a stranger), unlike appearance words ("the
# brunette"), comparatives ("the taller") or kinds ("the werewolf") that fan fiction uses for its named characters.
ROLE_DESCRIPTORS = frozenset({"doctor", "captain", "stranger", "newcomer", "soldier", "detective", "hunter"})
# Generic person nouns: a role only with a describing modifier ("the old man").
GENERIC = frozenset({"man", "woman", "boy", "girl", "lady", "gentleman", "child", "kid", "youth", "fellow"})
# Heads of a "the" phrase that name no person ("said the voice", "the crowd shouted").
NOT_PERSONS = frozenset({"voice", "voices", "crowd", "others", "rest", "door", "wind", "clock", "bell", "letter"})
# Nouns that bring someone new in even after "the" ("The stranger came early in February").
UNKNOWN_PERSONS = frozenset({"stranger", "newcomer"})
# A person noun of no gender that old narration uses for young men ("a youth appeared in the distance").
MALE_BY_USE = frozenset({"youth"})

# The gender of a person noun: the gendered descriptors', and "fellow" (a generic noun, never a descriptor).
NOUN_GENDER: dict[str, str] = {**dict.fromkeys(MALE_NOUNS | {"fellow"}, "m"), **dict.fromkeys(FEMALE_NOUNS, "f")}


def noun_gender(noun: str) -> str | None:
    """The gender of a lower-case person noun ("man" m, "lady" f, "fellow" m), or None ("doctor", "kid")."""
    return NOUN_GENDER.get(noun)


# English words of kinship said as a name ("Father told me", "Mum's kitchen"): whom they mean depends on who speaks,
# and a reader knows that person by name, so they are words of address, never a character's listed name.
KIN_WORDS = frozenset({"father", "mother", "mum", "mom", "dad", "daddy", "mummy", "mommy", "mama", "mamma", "papa",
                       "grandfather", "grandmother", "grandma", "grandpa", "granny", "gran", "nana", "grandmama",
                       "grandpapa"})
# Words of address that name a relation or a rank, never a person's own name ("Sensei", "Tou-san", "Nii-chan",
# "Aniki"): Japanese address terms of fan fiction, and the kinship stems that take an honorific suffix.
ADDRESS_WORDS = frozenset({"sensei", "senpai", "sempai", "kouhai", "kohai", "shishou", "sama", "dono", "aniki",
                           "aneki", "anija", "oniisan", "oneesan", "otousan", "okaasan", "ojiisan", "obaasan",
                           "tousan", "kaasan", "niisan", "neesan", "jiji", "baba", "oyaji", "ofukuro", "hime",
                           "ojou", "bocchan", "taichou", "fukutaichou", "buchou", "kaichou", "shachou", "danna"})
KIN_STEMS = frozenset({"tou", "otou", "kaa", "okaa", "nii", "onii", "nee", "onee", "jii", "ojii", "baa", "obaa",
                       "oji", "oba", "ji", "ba", "ani", "ane", "chichi", "haha", "imouto", "otouto", "musume",
                       "musuko"})
HONORIFIC_SUFFIXES = frozenset({"san", "sama", "kun", "chan", "sensei", "senpai", "sempai", "dono", "ue", "tan",
                                "chin", "nii", "nee", "han", "shi", "jii", "baa"})
# Informal contractions that open sentences of dialogue ("Wanna get ramen?"): words, never names.
INFORMAL_WORDS = frozenset({"wanna", "gonna", "gotta", "kinda", "sorta", "dunno", "lemme", "gimme", "ya", "y'all",
                            "ain't", "outta", "lotta", "oughta", "hafta", "betcha", "gotcha", "whatcha", "dontcha",
                            "c'mon", "'cause", "cuz", "yknow", "y'know", "innit", "nah", "yup", "welp", "meh"})
