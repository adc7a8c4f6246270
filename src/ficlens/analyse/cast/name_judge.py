"""Whether a name form names a person: its uses in the text (dialogue tags, places, common nouns) and the
evidence of spaCy's entities and the fandom KB.

Cheap cues that need no tagger, so fast mode can use them too:
- the subject of dialogue tags ("said Meg", "Meg answered", "said the Lory") is a person;
- a single word shaped like a people or language ("Persian", "Irish", "Chinese") that never does anything (never
  the subject of a verb, a possessive or a speaker) is no person;
- a form used after locative prepositions ("in London") is a place; after in/at/to/from in most of its uses,
  never as the subject of a verb, a possessive or a speaker, it is a place too ("at Hartfield", "to Hartfield");
- a form used where only a place can be ("the village of Raveloe", "east of Moonstone", "stopped at Chichester",
  "Raveloe was a village", "Old Baldy, highest of the White Mountains", "Lincoln's Inn") that never speaks and acts
  no more often than that is a place; so is a county ("Derbyshire") that never acts;
- a run ending in a place word ("Kellynch Hall", "Temple Bar", "the War Office", "Riverside Drive") or beginning
  with one ("Mount Hood", "Fort Worth") is a place; so is a place word alone after a capitalised word ("Prison
  Lane" read as "Lane");
- a word ending "<Capitalised> of X" ("the Warrior of Light", "the Court of Chancery") in half of its uses is
  part of an epithet or an institution; a plural-looking word before "were"/"are" is a group ("Outlanders were");
- a single letter that never acts ("P" of "P.M.") is no name;
- a form used inside quoted titles in half of its uses ("“Vows and Honor”") is a title;
- a form after an article or possessive ("a Gift", "your Gift") is a common noun; so is one used after "the" in
  half of its uses ("the Moonstone", "the Red Death"), unless a family noun follows ("the Hale house");
- a word after "Team" in half of its uses ("Team Cozy", "Team Rocket") names a team, never doing anything;
- a word that is every time a whole quote of its own ("“Rawr?”", "“Rawr!”") and no name is a sound
  (:func:`exclamation_only`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from ficlens.analyse.cast.names import NameForm
from ficlens.analyse.cast.vocabulary import (
    ADDRESS_WORDS,
    HONORIFIC_SUFFIXES,
    HONORIFICS,
    INFORMAL_WORDS,
    KIN_STEMS,
    KIN_WORDS,
    TITLES,
)
from ficlens.analyse.dialogue import SPEECH_VERBS
from ficlens.knowledge.common_words import is_common_word

LOCATIVES = {"in", "into", "near", "across", "around", "outside", "inside", "through", "throughout", "toward",
             "towards", "within", "via"}
DIRECTIONALS = LOCATIVES | {"at", "to", "from", "unto", "reached", "reach", "left", "visit", "visited", "leaving"}
DETERMINERS = {"a", "an", "my", "your", "his", "her", "its", "our", "their", "every", "each", "another"}
PLACE_WORDS = {"hall", "street", "st", "road", "lane", "avenue", "square", "park", "place", "house", "manor",
               "abbey", "castle", "court", "bridge", "river", "hill", "hills", "inn", "office", "bar", "church",
               "chapel", "college", "school", "station", "tower", "palace", "gardens", "garden", "city", "town",
               "county", "village", "island", "isle", "bay", "lake", "mountain", "mountains", "forest", "wood",
               "woods", "valley", "farm", "hospital", "hotel", "cottage", "lodge", "grange", "priory", "market",
               "gate", "row", "terrace", "heights", "academy", "university", "library", "museum", "theatre",
               "theater", "club", "company", "department", "ministry", "bank", "harbour", "harbor", "port",
               "sea", "ocean", "desert", "kingdom", "empire", "republic", "creek", "springs", "falls",
               # streets, heights and settlements ("Riverside Drive", "Windy Corner", "Dunnet Landing", "Howard
               # Grove", "Parliamentary Buildings"): words that end place names, rarely surnames
               "drive", "boulevard", "crescent", "plaza", "corner", "landing", "grove", "buildings", "streets",
               "vale", "peak", "peaks", "ridge", "canyon", "gulch", "cove", "moor", "hollow", "plains", "wharf",
               "quay", "docks", "alley", "yard", "highway", "airport", "stadium", "cathedral", "mansion", "tavern",
               "ranch", "shire"}
# Words that begin place names: "Mount Hood", "Fort Worth", "Cape Cod", "Lake Placid", "Port Royal".
PLACE_PREFIXES = {"mount", "mt", "fort", "cape", "lake", "port"}
# The head of "the village of X", "the hills of X", "the top of X", "east of X": X is where something is.
PLACE_OF = {"village", "town", "city", "county", "province", "kingdom", "country", "parish", "vale", "valley",
            "hills", "mountains", "streets", "island", "isle", "shores", "banks", "coast", "borough", "district",
            "region", "capital", "suburbs", "outskirts", "environs", "top", "summit", "slopes", "heights", "plains",
            "neighbourhood", "neighborhood", "port", "harbour", "harbor", "duchy", "principality", "township",
            "hamlet", "inhabitants", "citizens", "residents", "natives", "population", "borders", "frontier",
            "map", "grounds", "halls", "gates", "corridors", "ruins", "mayor", "governor", "king", "queen",
            "emperor", "duke", "earl", "east", "west", "north", "south", "northeast", "northwest", "southeast",
            "southwest"}
# Verbs of dwelling and arriving before "in/at/to/near X" ("born in X", "stopped at X", "moved to X").
SETTLING = {"born", "lived", "lives", "live", "living", "stopped", "arrived", "arrive", "arrives", "arriving",
            "stayed", "stay", "staying", "settled", "situated", "located", "landed", "moved", "resided", "resides",
            "residing", "emigrated", "travelled", "traveled", "sailed", "journeyed", "holidayed", "vacationed"}
SETTLING_PREPOSITIONS = {"in", "at", "to", "near"}
_PLACE_NOUNS = ("village|town|city|hamlet|county|country|kingdom|province|parish|island|valley|vale|mountain|peak|"
                "hill|lake|river|street|road|estate|manor|mansion|castle|farm|ranch|port|harbou?r|suburb|district|"
                "borough|region|capital|metropolis|settlement|colony|township|resort|inn|hotel|tavern|pub|school|"
                "college|university|church|cathedral|avenue")
# "X was a village where ...", "X, a small town in Kent": the noun phrase ends at the place noun (not "the town
# sheriff", "the town's alpha").
_PLACE_PREDICATE = re.compile(rf"(?:,|[ \t]+(?:was|is|remains|remained))[ \t]+(?:a|an|the)[ \t]+"
                              rf"(?:(?!(?:of|in|on|from|at|to|with|by|for|and|or|who|that|which)\b)[a-z\-]+[ \t]+)"
                              rf"{{0,2}}?(?:{_PLACE_NOUNS})"
                              rf"(?=[ \t]*(?:[,.;:!?)\n\u2014]|$|(?:of|in|on|near|where|that|which|with|called|named"
                              rf"|by|and|at|to|for|about)\b))")
# "Old Baldy, highest of the White Mountains", "X, one of the islands": one of a set of places.
_PLACE_PARTITIVE = re.compile(r",[ \t]+(?:the[ \t]+)?(?:[a-z]+est|one|part|some|any)[ \t]+of[ \t]+the[ \t]+"
                              r"(?:[\w\-]+[ \t]+){0,2}?(?i:mountains|hills|peaks|islands|isles|lakes|rivers|towns|"
                              r"villages|cities|counties|states|provinces|valleys|streets|countries|kingdoms)\b")
# "the Hale house", "the Stilinski household": a surname after "the", not a common noun.
FAMILY_NOUNS = {"house", "household", "family", "families", "home", "residence", "estate", "boys", "girls", "kids",
                "children", "brothers", "sisters", "twins", "men", "women", "pack", "clan", "line", "name", "farm",
                "manor", "kitchen", "living", "car", "jeep", "place", "loft", "way", "name's", "family's"}
# The words after "the X" that make X a family or kin group, not one of them ("the Winklevoss family operations").
KIN_GROUPS = {"family", "families", "family's", "household", "clan", "line", "dynasty"}
# Works a name before them is the maker of ("Katy Perry songs", "a Mary Oliver poem"): a cited artist. Only nouns that
# are no verb after a subject ("books", "films", "records" are: "Harry books a room").
WORK_NOUNS = {"song", "songs", "album", "albums", "lyrics", "poem", "poems", "poetry", "novel", "novels", "movie",
              "movies", "book", "film", "concert", "playlist", "soundtrack", "discography", "biography"}
# Verbs of doing (not "was", "had": places are subjects of those too, "Hartfield was quiet").
VERBISH = {"felt", "looked", "saw", "knew", "thought", "went", "came", "took", "made", "got", "gave", "told", "let",
           "sat", "stood", "rose", "ran", "began", "kept", "put", "found", "seemed", "wanted", "tried", "shook",
           "grinned", "spoke", "wrote", "smiles", "looks", "says", "knows", "thinks", "goes", "comes", "takes", "makes",
           "gets", "wants"}
_WORD_BEFORE = re.compile(r"(\w+)[ \t]*$")
_WORD_AFTER = re.compile(r"[ \t]*(\w+)")  # matched where a form ends, up to 20 characters on
# "said the burly Moze", "said the Lory": a speech verb, "the", at most one lower-case word, then the form
_DESCRIBED_TAG = re.compile(r"\b(\w+)[ \t]+the(?:[ \t]+[a-z][a-z\-]*)?[ \t]*$")
_NEXT = re.compile(r"[ \t]*(\S+)")
# a dash, then capitalised words at most ("— Mary Oliver, " before "Morning Poem"; not "— Come here, " of dialogue)
_DASH_CREDIT = re.compile(r"[ \t*_>]*(?:[—–―~]|-{1,2})[ \t]*(?:[A-Z][\w'’.\-]*[ \t,]+){0,6}")
_TITLE_CREDIT = re.compile(r"[”\"’'*_][ \t]*,?[ \t]+by[ \t]+\Z")
# "Recommended listening for this chapter is Float, " before "Janelle Monáe": a song named, then its artist
_LISTENING_CREDIT = re.compile(r"(?i)\b(?:listening|listen to|songs?|playlist|soundtrack)\b[^\n]{0,60}?"
                               r"(?:\bis|:)[ \t]+[^,\n]{1,60},[ \t]*\Z")
_CREDIT_END = re.compile(r"(?:\bby|:)[ \t]+\Z")
_CREDIT_NOUN = re.compile(r"(?i)\b(?:songs?|music|lyrics?|fonts?|typeface|art|artwork|fanart|cover|poem|poetry|"
                          r"quote|epigraph|playlist|soundtrack|album|illustrations?|banner|moodboard|credits?)\b")
_GLUED = "\"“”‘’'*_([«»"
PLURAL_VERBS = {"were", "are", "have", "do", "themselves"}
# "my name is", "her name was", "My name's", "my name, ": the words that declare the next one a name (ending where the
# name starts, a quote mark or emphasis allowed between).
DECLARED = re.compile(r"\b(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Yy]our) name(?:['’]s|[ \t]+is|[ \t]+was|,)[ \t]+"
                      r"[\"“'‘*_]?\Z")
DECLARED_REACH = 24  # the characters before a name that DECLARED is searched in
# a quote mark before and one after (a "?", "!", "." or "…" between): a word that is the whole of a quote
_ALONE_BEFORE = re.compile(r"[\"“]\Z")
_ALONE_AFTER = re.compile(r"[?!.…]{0,2}[\"”]")
_GENTILIC = re.compile(r"(?:ian|ish|ese)$")
# Countries, which Hetalia's characters are named after: in most texts a place, whatever they do ("the war which
# England and France last waged").
NATIONS = frozenset({
    "America", "Australia", "Austria", "Belarus", "Belgium", "Brazil", "Britain", "Bulgaria", "Canada", "China",
    "Cuba", "Denmark", "Egypt", "England", "Estonia", "Finland", "France", "Germany", "Greece", "Hungary",
    "Iceland", "India", "Ireland", "Italy", "Japan", "Korea", "Latvia", "Lithuania", "Mexico", "Netherlands",
    "Norway", "Poland", "Portugal", "Prussia", "Romania", "Russia", "Scotland", "Spain", "Sweden", "Switzerland",
    "Turkey", "Ukraine", "Wales"
})
_TITLE_WORD = r"[A-Z][\w'’\-]*"
# A title in double quotes: capitalised words and small function words, nothing else ("“Vows and Honor”").
_QUOTED_TITLE = re.compile(rf"[“\"]{_TITLE_WORD}(?:[ \t]+(?:{_TITLE_WORD}|of|and|the|a|an|in|on|at|to|for|with|"
                           rf"from|or|by))*[”\"]")


def quoted_titles(text: str) -> list[tuple[int, int]]:
    """Spans of quoted titles ("the “Red Death”", "“Vows and Honor”"), in order."""
    return [(m.start(), m.end()) for m in _QUOTED_TITLE.finditer(text)]


@dataclass(slots=True)
class Uses:
    """How a form is used in the text: counts of its occurrences of each kind."""

    total: int = 0
    tags: int = 0  # the subject of a dialogue tag
    places: int = 0  # after a locative preposition
    directions: int = 0  # after in/at/to/from … (also said of people: "to Derek")
    subjects: int = 0  # followed by a verb ("Emma smiled") or possessive ("Emma's"): a doer, not a place
    nouns: int = 0  # after an article or possessive
    the: int = 0  # after "the", no family noun following
    quoted: int = 0  # inside a quoted title
    epithet: int = 0  # after "<Capitalised> of": the end of an epithet or institution ("Warrior of Light")
    settings: int = 0  # a use only a place has: "the village of X", "born in X", "X was a village"
    cited: int = 0  # a credit: an epigraph's "— Mary Oliver", "Song: Cherry Wine by Hozier", "font by Jane Doe"
    family: int = 0  # after "the", before a word for a family: "the Rosaceae family", "the Winklevoss family"
    team: int = 0  # after "Team": "Team Cozy", "Team Rocket"
    alone: int = 0  # the whole of a quote: "“Rawr?”"
    declared: int = 0  # declared a name: "my name is Sable", "my name, Mewtwo, was first mentioned" (DECLARED)


def uses_of(text: str, form: NameForm, titles: list[tuple[int, int]] | None = None) -> Uses:
    """Count the uses of ``form`` in ``text`` (one pass over its spans); ``titles`` = ``quoted_titles(text)``."""
    u = Uses(total=len(form.spans))
    title_starts = [t[0] for t in titles or []]
    plural = (len(form.tokens) == 1 and form.title is None and form.tokens[0].endswith("s")
              and not form.tokens[0].endswith("ss"))
    titled = form.title is not None or form.tokens[0].lower().rstrip(".") in TITLES
    # "Lane" of "Prison Lane", "Row" of "Hell Row" (the first word not taken for a name): the end of a place name
    lone_place_word = len(form.tokens) == 1 and form.title is None and form.tokens[0].lower() in PLACE_WORDS
    for s, e in form.spans:
        before = _WORD_BEFORE.search(text, max(0, s - 20), s)
        prev = before.group(1).lower() if before else ""
        after = _WORD_AFTER.match(text, e, e + 20)
        nxt_m = _NEXT.match(text, e, e + 30)
        nxt = nxt_m.group(1) if nxt_m else ""
        # "said the burly Moze"; the str.find is a quick test of what the regex needs (the same result, faster)
        described = _DESCRIBED_TAG.search(text, max(0, s - 40), s) if text.find("the", max(0, s - 40), s) >= 0 \
            else None
        # the two words before, without quote marks or emphasis glued on ("“The Clan elders")
        # (a mark standing alone stays: "Shady an ' Burt" is no "an Burt")
        words = [w.strip(_GLUED) or w for w in text[max(0, s - 40):s].rpartition("\n")[2].split()[-2:]]
        if (prev in SPEECH_VERBS or (after and after.group(1) in SPEECH_VERBS)
                or (described and described.group(1).lower() in SPEECH_VERBS)):
            u.tags += 1
        k = bisect.bisect_right(title_starts, s) - 1
        if titles and k >= 0 and e <= titles[k][1]:
            u.quoted += 1
        possessive = text[e:e + 2] in ("'s", "’s")
        if prev in LOCATIVES and not possessive:
            u.places += 1
        if prev in DIRECTIONALS and not possessive:
            u.directions += 1
        low_next = nxt.lower()
        named_place = possessive and _named_place(text, e + 2)  # "Lincoln's Inn", "Leichardt's Town"
        if ((possessive and not named_place) or low_next in VERBISH
                or (nxt.isalpha() and nxt.islower() and nxt.endswith("ed"))):
            u.subjects += 1
        name_end = lone_place_word and before is not None and before.group(1)[:1].isupper()
        if named_place or (not possessive and (name_end or _setting(text, e, words))):
            u.settings += 1
        if prev == "team":
            u.team += 1
        if _ALONE_BEFORE.match(text, max(0, s - 1), s) and _ALONE_AFTER.match(text, e, e + 3):
            u.alone += 1
        if DECLARED.search(text, max(0, s - DECLARED_REACH), s):
            u.declared += 1
        if _credit(text, s) or (not possessive and low_next.strip(".,;:!?") in WORK_NOUNS):
            u.cited += 1  # "— Mary Oliver", "lyrics by Hozier", "the latest Katy Perry songs"
        if plural and low_next in PLURAL_VERBS:
            u.nouns += 1  # "Outlanders were Outlanders": a group
        elif len(words) == 2 and words[-1] == "of" and words[0][:1].isupper() and not form.title:
            u.epithet += 1  # "the Warrior of Light", "the Court of Chancery"
        elif words:
            last = words[-1].lower()
            if (last in DETERMINERS or (plural and last == "the")
                    or (len(words) == 2 and words[-1].isalpha() and words[-1].islower()
                        and words[0].lower() in DETERMINERS)):
                u.nouns += 1
            elif last == "the" and not titled and low_next.strip(".,;:!?") not in FAMILY_NOUNS:
                u.the += 1
            elif last == "the" and not titled and low_next.strip(".,;:!?") in KIN_GROUPS:
                u.family += 1
    return u


def _credit(text: str, start: int) -> bool:
    """Whether the name at ``start`` is credited on its line: after a dash and capitalised words at most ("— Mary
    Oliver", "~ Hozier, Cherry Wine"), after a quoted title and "by" ("“Wild Geese” by Mary Oliver"), or after "by"
    or a colon on a line that names a song, poem, font or artwork ("Song: Cherry Wine by Hozier", "Font credit: Jane
    Doe"), or after a song's title and a comma on a line that recommends listening to it ("Recommended listening for
    this chapter is Float, Janelle Monáe")."""
    line = text[max(0, start - 120):start].rpartition("\n")[2]
    if _DASH_CREDIT.fullmatch(line):
        return True
    # the other patterns end in "by", a colon or a comma, then spaces: a quick test of what they need (the same result)
    stripped = line.rstrip(" \t")
    if len(stripped) == len(line) or not stripped.endswith(("by", ":", ",")):
        return False
    if stripped.endswith(","):
        return bool(_LISTENING_CREDIT.search(line))
    return bool(_TITLE_CREDIT.search(line) or (_CREDIT_END.search(line) and _CREDIT_NOUN.search(line)))


def _setting(text: str, end: int, words: list[str]) -> bool:
    """Whether the use of a form ending at ``end``, after ``words`` (the two words before it), is one only a place
    has: "the village of X", "the top of X", "east of X", "born in X", "stopped at X", "X was a village where",
    "X, a small town", "X, highest of the White Mountains"."""
    if len(words) == 2:
        head, prep = words[0].lower().strip(",;:"), words[1].lower()
        if (prep == "of" and head in PLACE_OF) or (prep in SETTLING_PREPOSITIONS and head in SETTLING
                                                   and (head, prep) != ("born", "to")):  # "born to" a parent
            return True
    return (_PLACE_PREDICATE.match(text, end, end + 80) is not None
            or _PLACE_PARTITIVE.match(text, end, end + 80) is not None)


def _named_place(text: str, start: int) -> bool:
    """Whether a capitalised place word begins at ``start`` (after a possessive: "Lincoln's Inn Hall", "King's
    Chapel", "Leichardt's Town"): the possessive is part of a place's name, not a person's doing."""
    m = _NEXT.match(text, start, start + 30)
    return m is not None and m.group(1)[:1].isupper() and m.group(1).lower().strip(".,;:!?\"”’'") in PLACE_WORDS


def is_place_run(form: NameForm) -> bool:
    """A run of two or more words ending in a place word ("Kellynch Hall", "Temple Bar", "Riverside Drive") or
    beginning with a place prefix ("Mount Hood", "Fort Worth")."""
    return form.title is None and len(form.tokens) >= 2 and (form.tokens[-1].lower().rstrip(".") in PLACE_WORDS
                                                             or form.tokens[0].lower().rstrip(".") in PLACE_PREFIXES)


def _settled(form: NameForm, uses: Uses) -> bool:
    """A form used where only a place can be ("the village of Raveloe", "stopped at Chichester", "Raveloe was a
    village") that never speaks and does no more than it is placed ("the hills to the east of Moonstone gleamed"):
    a place. Half A (LitBank entity texts and quotation texts): 58 forms judged so, 52 places by the entity
    annotation, 2 no entity, 4 annotated as persons: two provinces ("the plains of Guienne"), an earldom ("Earl of
    Moreland") and Old Baldy (a mountain, annotated once each way). A person named after a place ("born in
    Brooklyn") acts more than that."""
    if not uses.settings or uses.tags or uses.subjects > uses.settings:
        return False
    if form.title is not None and form.title.lower() in HONORIFICS:
        return False
    return not uses.subjects or 3 * uses.settings >= uses.total


def not_a_person(form: NameForm, uses: Uses) -> bool:
    """The text's own cues say the form is a place or a thing."""
    n = uses.total
    if (len(form.tokens) == 1 and form.title is None and not uses.subjects and not uses.tags
            and (n >= 2 and _GENTILIC.search(form.tokens[0]) or form.tokens[0].lower().endswith("shire"))):
        return True  # "Persian", "Indian", "Irish": a language or people; "Derbyshire": a county; never doing anything
    if uses.places >= 2 and uses.places >= 0.3 * n:
        return True
    if _settled(form, uses):
        return True
    if (uses.directions >= 2 and 2 * uses.directions >= n and not uses.subjects and not uses.tags):
        return True  # "at Hartfield", "to Hartfield", never doing anything
    if is_place_run(form):
        return True
    if uses.nouns and 3 * uses.nouns >= n:
        return True  # "a Gift", "the Elders": a capitalised common noun
    if len(form.tokens) == 1 and len(form.tokens[0]) == 1 and form.title is None and not uses.subjects:
        return True  # a letter alone ("P.M.", "Plan B"), unless it acts ("K. went")
    if 2 * uses.epithet >= n:
        return True  # "Warrior of Light": part of someone's epithet, not the someone
    if 2 * uses.cited >= n and not uses.tags and uses.subjects <= uses.cited:
        return True  # a cited poet, singer or artist ("— Mary Oliver", "lyrics by Hozier"): no one of the story
    if (len(form.tokens) == 1 and form.title is None and n >= 2 and uses.family == n and not uses.subjects
            and not uses.tags):
        return True  # "the Rosaceae family" every time: a family, not someone (a member's full name keeps its surname)
    if (len(form.tokens) == 1 and form.title is None and 2 * uses.team >= n and not uses.subjects
            and not uses.tags):
        return True  # "Team Cozy": a team
    if 2 * uses.quoted >= n:
        return True  # a quoted title: "“Vows and Honor”", "the “Red Death”"
    return 2 * uses.the >= n and not uses.tags  # "the Moonstone", "the Red Death"


def accept(form: NameForm, kb_known: bool, kb_any: bool, fast: bool, uses: Uses) -> bool:
    """Whether ``form`` names a person. ``kb_known``: the KB knows it for the detected fandom; ``kb_any``: for any
    fandom."""
    if uses.tags >= 2 or uses.declared:  # speaks in dialogue tags or is declared a name: a person, whatever the tagger
        return True
    if not kb_known and not_a_person(form, uses):
        return False
    if uses.tags and uses.subjects >= 2 and not uses.places:
        return True  # speaks once and acts twice ("said Marlow", "Marlow sat"): a person whatever the tagger says
    if form.title is not None and form.title.lower() in HONORIFICS:
        return True  # "Mrs. Bennet", "Madame Lebrun": an honorific makes a person whatever the tagger says
    if form.other_votes > form.person_votes + uses.tags and not kb_known:
        return False
    if kb_known or (uses.tags and (form.mid_sentence >= 2 or len(form.tokens) >= 2)):
        return True
    multi = len(form.tokens) >= 2
    if fast:
        return (form.mid_sentence >= 3 or (kb_any and (form.mid_sentence >= 1 or multi))
                or (multi and len(form.spans) >= 2))
    return form.person_votes >= 1 and (form.mid_sentence >= 1 or form.person_votes >= 2 or kb_any)


def address_term(form: NameForm, is_term: Callable[[str], bool]) -> bool:
    """Whether a one-word form is a word of address, not anyone's name: an English kinship word ("Father",
    "Mum": KIN_WORDS), a Japanese address word ("Sensei", "Aniki"), a kinship stem, title or ``is_term`` word (a
    fandom's vocabulary: "Hokage") with an honorific suffix ("Tou-san", "Nii-chan", "Hokage-sama", "Captain-san").
    A name with a suffix ("Naruto-kun") is a name."""
    if form.title is not None or len(form.tokens) != 1:
        return False
    word = form.tokens[0].lower().replace("’", "'")
    if word.replace("-", "") in ADDRESS_WORDS or word in KIN_WORDS:
        return True
    stem, dash, suffix = word.rpartition("-")
    if not dash or suffix not in HONORIFIC_SUFFIXES:
        return False
    return stem in KIN_STEMS or stem.replace("-", "") in ADDRESS_WORDS or stem in TITLES or is_term(stem)


def exclamation_only(form: NameForm, uses: Uses, named: bool) -> bool:
    """Whether a one-word form that is no name (``named``: a usual given name or a KB name) is, twice or more, the
    whole of a quote every time ("“Rawr?”", "“Rawr!”"): a sound or a cry, not someone the text names."""
    return (len(form.tokens) == 1 and form.title is None and not named and uses.total >= 2
            and uses.alone == uses.total)


def common_word_unused(form: NameForm, uses: Uses, given_name: bool) -> bool:
    """Whether a one-word form is an ordinary word that only opens sentences or headings ("Kissed", "Wanna",
    "Clan"): an informal contraction, or a common English word that is no usual given name, that never speaks in
    a dialogue tag, never acts ("Hope smiled"), and either only opens sentences or is never voted a person
    ("even Weary, the sunny-hearted, had" is a cowboy's name: capitalised mid-sentence and voted a person)."""
    if form.title is not None or len(form.tokens) != 1 or uses.tags or uses.subjects:
        return False
    word = form.tokens[0]
    if word.lower() in INFORMAL_WORDS:
        return True
    return is_common_word(word) and not given_name and (not form.person_votes or not form.mid_sentence)
