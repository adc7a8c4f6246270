"""How the cast of a work is built: name forms clustered into characters, and every mention credited to one.

Name forms (names.py) are judged (name_judge.py), canonicalised through the fandom KB for the detected fandom(s)
(fandom.py), clustered ("Stiles", "Stilinski", "Stiles Stilinski" together; "Mr. Stilinski" apart), given a gender
(KB prior, titles, pronouns after the name) and then pronouns and descriptors ("he", "the boy", "the teen wolf")
are resolved to them (coref.py). The pipeline's cast stage (stages.py) builds it once per work.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from functools import cache

from ficlens.analyse.cast import coref, learned_judge
from ficlens.analyse.cast.author_notes import mask, note_spans, title_spans
from ficlens.analyse.cast.fandom import TextWords, score_fandoms
from ficlens.analyse.cast.gendered import gendered_variants
from ficlens.analyse.cast.given_names import PRIOR_VOTES, given_name_gender
from ficlens.analyse.cast.judge_features import Signals, candidate_features, lower_word_counts
from ficlens.analyse.cast.kb_variants import MisspeltNames, closed_up_names
from ficlens.analyse.cast.model import Cast, Cluster, Mention
from ficlens.analyse.cast.name_judge import (
    NATIONS,
    Uses,
    accept,
    address_term,
    common_word_unused,
    exclamation_only,
    not_a_person,
    quoted_titles,
    uses_of,
)
from ficlens.analyse.cast.names import NameForm, find_name_forms
from ficlens.analyse.cast.narrator import ENDEARMENTS
from ficlens.analyse.cast.nicknames import nickname_merges
from ficlens.analyse.cast.originals import with_originals
from ficlens.analyse.cast.reader import with_reader
from ficlens.analyse.cast.roles import (
    NOT_MODIFIERS,
    NOT_ROLE_HEADS,
    RoleMention,
    TagSubject,
    acts_after,
    find_roles,
    is_generic_role,
    role_scenes,
    tag_subjects,
)
from ficlens.analyse.cast.scene_roles import one_person_links, role_links
from ficlens.analyse.cast.stated_fandom import stated_fandoms, with_stated
from ficlens.analyse.cast.vocabulary import (
    ABBREVIATED_TITLES,
    COMPARATIVE_NOUNS,
    DESCRIPTOR_NOUNS,
    FAMILY_TITLES,
    GENERIC,
    GIVEN_NAME_TITLES,
    HONORIFIC_SUFFIXES,
    MALE_BY_USE,
    TITLES,
    UNKNOWN_PERSONS,
    noun_gender,
    title_gender,
)
from ficlens.analyse.dialogue import (
    SPEECH_VERBS,
    QuoteSpan,
    find_quotes,
    is_vocative,
    quote_at,
    quote_index,
    speaking_roles,
    vocatives,
)
from ficlens.knowledge import KBCharacter, load_kb
from ficlens.knowledge.common_words import is_common_word
from ficlens.knowledge.fandom_kb import FandomKB
from ficlens.nlp.document import Document, TextSpan
from ficlens.nlp.stop_words import STOP_WORDS

_DETERMINER_BEFORE = re.compile(r"\b(?:[Tt]he|several|both|two|three|many|all|other|those|these)\Z")  # then [ \t]+
_LONGEST_DETERMINER = len("several")
_BOUNDARY = re.compile(r"\b")
_PERSON_NOUNS = (DESCRIPTOR_NOUNS | GENERIC) - COMPARATIVE_NOUNS - {"human"}  # who may be brought in
_INTRODUCTION = re.compile(r"(?=[AaTt])\b(?:[Aa]n?|([Tt]he))[ \t]+((?:[a-z][a-z\-]*[ \t]+){0,2}?)("
                           + "|".join(sorted(_PERSON_NOUNS)) + r")\b")
# The patterns whose leading lookahead only speeds the scan up (tests/analyse/test_regex_guards.py: no match changes).
GUARDED_PATTERNS: tuple[re.Pattern[str], ...] = (_INTRODUCTION,)
_WORD_BEFORE = re.compile(r"([A-Za-z']+)[ \t,]*$")
_NOT_INTRODUCING = frozenset({"was", "is", "be", "been", "being", "were", "are", "as", "like", "such", "what",
                              "of", "quite", "rather", "than", "become", "became", "seemed", "for", "with", "into"})
_HONORIFIC = re.compile(r"-(?:sama|san|kun|chan|sensei|senpai|dono)$", re.IGNORECASE)
MAIN_SHARE = 0.1
PLACES_PER_DOING = 4  # an acting name may stand after a place preposition once per this many doings ("towards Talon")
KB_THING_ACTS = 3  # doings that make a KB place or a fandom's term a name (_acting_name)
NAMING_REACH = 400  # characters after an unnamed person's last mention where a new name may still be theirs


def cast_of(doc: Document) -> Cast:
    """The cast of a document, built anew on each call: the pipeline's cast stage builds it once per work and
    the other stages read it from the work's Analysis."""
    # --fast is triage: characters by name only, so no pronoun/descriptor resolution and no genders.
    work = doc.work
    cast = build_cast(doc.text, doc.paragraphs, doc.sentences, doc.entities, fast=doc.fast,
                      resolve_references=not doc.fast, chapters=[(c.start, c.end) for c in work.chapters],
                      titles=[t for t in [work.title, *(c.title for c in work.chapters)] if t])
    return with_originals(with_reader(doc.text, cast))


def build_cast(text: str, paragraphs: list[TextSpan], sentences: list[TextSpan], entities: list,
               fast: bool = False, resolve_references: bool = True, chapters: list[tuple[int, int]] | None = None,
               titles: list[str] | None = None) -> Cast:
    """The cast: name forms clustered into characters. ``fast`` = no NER votes; ``resolve_references`` credits
    pronouns and descriptors ("the werewolf") to characters and votes their genders. Names in author's notes
    (found per chapter of ``chapters``) and in the work's or chapters' ``titles`` written in the text are not
    read."""
    kb = load_kb()
    quotes = find_quotes(text, paragraphs)
    notes = note_spans(text, paragraphs, chapters)
    story = mask(text, notes + title_spans(text, titles or []))
    forms = _story_forms(kb, story, entities if not fast else None)
    quoted = quoted_titles(story)
    text_uses = _uses_once(text, quoted)
    story_uses = text_uses if story is text else _uses_once(story, quoted)  # the same where nothing was blanked
    name_counts = {f.text: len(f.spans) for f in forms.values()
                   if _kb_name(kb, f, lambda form: replace(story_uses(form), quoted=0))}
    fandoms = with_stated(score_fandoms(name_counts, cache(lambda: TextWords(story))), stated_fandoms(text, notes))
    fset = {f for f, _ in fandoms}

    clusters: list[Cluster] = []
    by_name: dict[str, Cluster] = {}

    def cluster_for(name: str, kbc: KBCharacter | None = None, title: str | None = None) -> Cluster:
        c = by_name.get(name)
        if c is None:
            c = Cluster(len(clusters), name, kb=kbc, title=title)
            clusters.append(c)
            by_name[name] = c
        return c

    accepted: list[NameForm] = []
    by_article: dict[tuple[str | None, tuple[str, ...]], KBCharacter] = {}  # "the Doctor": "The Doctor (Doctor Who)"
    quote_starts = quote_index(quotes)
    epithets: set[tuple[str, ...]] = set()  # names written after "the" in most of their uses ("the Caterpillar")
    lowered = cache(lambda: lower_word_counts(story))  # read only where the learned judge reads a candidate
    for form in forms.values():
        lookup_text = f"{form.title} {form.text}" if form.title else form.text
        known = bool(kb.lookup(lookup_text, fset) or (form.title is None and kb.lookup(form.text, fset))) \
            if fset else False
        if not known and form.title is not None and fset:
            known = bool(kb.lookup(form.tokens[-1], fset))
        if not known and fset and (with_article := _known_with_article(kb, story, form, fset)) is not None:
            known, by_article[form.key] = True, with_article
        uses = text_uses(form)
        if form.title is None and 2 * uses.the > uses.total:
            epithets.add(form.tokens)
        not_name = (not known and _not_a_name(kb, form, fset, uses)) or (
            known and _group_epithet(form, uses, [h.character.name for h in kb.lookup(form.text, fset)]))
        if not_name and (fast or not learned_judge.wanted()):
            continue
        rule_accept = not not_name and (accept(form, known, _main_kb_name(kb, form.text, uses), fast, uses) or (
            fast and _named_person(story, form, uses, quotes, quote_starts)) or (
            _called_by_name(kb, story, form, uses, quotes, quote_starts)) or _acting_name(form, uses)
            or _called_often(story, form, uses, quotes, quote_starts, known))
        if rule_accept if fast else _judged(kb, story, form, uses, known, not_name, rule_accept, quotes, quote_starts,
                                            lowered, forms):
            accepted.append(form)
    accepted.extend(_full_names_of_singles(kb, forms, accepted, story_uses))
    name_parts = {t for f in accepted if f.title is None and len(f.tokens) > 1 for t in (f.tokens[0], f.tokens[-1])}
    accepted_keys = {f.key for f in accepted}
    surnames = {f.tokens[-1] for f in accepted if f.title is None and len(f.tokens) > 1 and len(f.spans) > 1}
    accepted.extend(f for f in forms.values()  # "Lydia" once "Lydia Martin" is a name; "Hallward" (one ORG vote)
                    if f.key not in accepted_keys and f.title is None and len(f.tokens) == 1
                    and f.tokens[0] in name_parts and (f.other_votes <= f.person_votes + (f.tokens[0] in surnames)
                                                       or _acts(story_uses(f), f)))
    tokens = {t for f in accepted for t in f.tokens}
    accepted = [f for f in accepted if not _family_plural(story, f, tokens, kb.is_alias(f.text))
                and not _sibling_epithet(story, f)]
    untitled_singles = {f.tokens[0] for f in accepted if f.title is None and len(f.tokens) == 1}

    assignment: dict[tuple[str | None, tuple[str, ...]], Cluster] = {}
    # 1. Forms the KB knows (for the detected fandoms).
    pending: list[NameForm] = []
    written = {f.text for f in accepted if f.title is None}
    local_parts = {t for f in accepted if f.title is None and len(f.tokens) > 1 and not kb.lookup(f.text, fset)
                   for t in (f.tokens[0], f.tokens[-1])}
    full_owners: dict[str, set[str]] = {}  # a word of a full name the KB knows -> those KB characters
    variant = _kb_variants(kb, fset)
    kb_of = {f.key: _kb_character(f, fset, untitled_singles) or by_article.get(f.key) or variant(f)
             for f in accepted} if fset else {}
    for form in sorted(accepted, key=lambda f: (-len(f.tokens), f.title is not None)):
        kbc = kb_of.get(form.key)
        if (kbc is not None and len(form.tokens) == 1 and form.title is None and form.tokens[0] in local_parts
                and not _named_otherwise(kbc, form, accepted, kb_of, written)):
            kbc = None  # "James" of "James Mortimer", not the KB's James Bond whom the text never names
        if kbc is not None and len(form.tokens) == 1 and form.title is None:
            owners = full_owners.get(form.tokens[0], set())
            if owners and kbc.name not in owners:  # "Bruce" beside "Bruce Wayne" is not another fandom's Bruce
                kbc = next((h.character for h in kb.lookup(form.text, fset) if h.character.name in owners), kbc)
        if kbc is not None and len(form.tokens) > 1 and form.title is None:
            for part in (form.tokens[0], form.tokens[-1]):
                full_owners.setdefault(part, set()).add(kbc.name)
        if kbc is not None:
            assignment[form.key] = cluster_for(kbc.name, kbc)
        else:
            pending.append(form)
    # 2. The rest: full names head clusters; a single name joins the one full name it starts or ends.
    multi = sorted((f for f in pending if len(f.tokens) > 1 and f.title is None), key=lambda f: -len(f.tokens))
    for form in multi:  # "Soo Lin" joins the one longer name it starts or ends ("Soo Lin Yao")
        n = len(form.tokens)
        longer = {assignment[f.key].id: assignment[f.key] for f in multi if f.key in assignment
                  and len(f.tokens) > n and form.tokens in (f.tokens[:n], f.tokens[-n:])}
        assignment[form.key] = next(iter(longer.values())) if len(longer) == 1 else cluster_for(form.text)
    # Full names by their first and last word (all assigned by now: the loop below assigns single or titled forms).
    heads_by_part: dict[str, dict[int, Cluster]] = {}
    head_uses: Counter[int] = Counter()  # a head -> how often its full names are written
    for full in accepted:
        if full.key in assignment and len(full.tokens) > 1 and full.title is None:
            head = assignment[full.key]
            head_uses[head.id] += len(full.spans)
            for part in {full.tokens[0], full.tokens[-1]}:
                heads_by_part.setdefault(part, {})[head.id] = head
    titles_of: dict[str, set[str]] = {}  # surname -> the titles written before it ("Mr. Lucian Gregory": Gregory)
    for form in accepted:
        if form.title is not None:
            titles_of.setdefault(form.tokens[-1], set()).add(form.title)
    # titled forms last (they may join the others), longer ones first ("Miss Daisy Miller" before "Miss Miller")
    sentence_starts = [s.start for s in sentences]
    for form in sorted(pending, key=lambda f: (f.title is not None, f.title is not None and -len(f.tokens))):
        if form.key in assignment:
            continue
        if form.title is not None:
            bare = _untitled_home(form, assignment, titles_of, pending)
            if bare is not None and _beside_given_name(form, bare, forms, sentence_starts):
                bare = None
            if bare is not None:
                assignment[form.key] = bare
                continue
            named = _longer_titled(form, pending) or form  # "Lord Henry" is the text's one "Lord Henry Wotton"
            # "Miss Miller" is "Miss Daisy Miller", who joined "Daisy Miller"; "Mr. Emerson" is not "Mr. George
            # Emerson" when one sentence names him and "George"
            if named is not form and named.key in assignment and _beside_given_name(
                    form, assignment[named.key], forms, sentence_starts):
                named = form
            if named.key in assignment:
                assignment[form.key] = assignment[named.key]
                continue
            assignment[form.key] = cluster_for(titled_label(form.title, named.text), title=form.title)
            continue
        heads = heads_by_part.get(form.tokens[0], {})
        bearer = next(iter(heads.values())) if len(heads) == 1 else _main_bearer(form, heads, head_uses)
        if bearer is not None and (_wife_not_husband(form, bearer, titles_of)
                                   or _younger_namesake(story, form, bearer, titles_of)):
            bearer = None
        assignment[form.key] = bearer if bearer is not None else cluster_for(form.text)
    _join_bare_titles(accepted, assignment)
    _merge_nicknames(accepted, assignment, clusters, sentence_starts, epithets)

    mentions: list[Mention] = []
    narrated: Counter[str] = Counter()  # a form -> its uses outside quotes
    for form in accepted:
        c = assignment[form.key]
        written_as = (f"{form.title} " if form.title else "") + form.text
        c.forms[written_as] += len(form.spans)
        g = title_gender(form.title)
        if g:
            c.gender_votes[g] += 3 * len(form.spans)
        for s, e in form.spans:
            in_quote = quote_at(quotes, quote_starts, s) is not None
            mentions.append(Mention(s, e, c.id, "name", in_quote))
            narrated[written_as] += not in_quote
            c.names += 1
    for c in clusters:
        if (name := _most_used_form(c, narrated)) != c.name:
            by_name.setdefault(name, c)
            c.name = name
    subjects = tag_subjects(text, [q.end for q in quotes], quote_starts)  # read once: roles and anonymous speakers
    roles = _add_roles(text, quotes, quote_starts, mentions, clusters, cluster_for, subjects)
    _answering_epithets(text, quotes, mentions, clusters)
    _one_person_roles(text, quotes, mentions, clusters, roles)
    introduced = _add_introductions(text, quotes, quote_starts, mentions, clusters, cluster_for)
    for c in clusters:
        if c.kb is not None and c.kb.gender:
            c.gender_votes[c.kb.gender] += 3
        elif not c.role:
            _vote_given_name(c)
    if not resolve_references:
        clusters = _drop_empty(clusters, mentions)
        return Cast(clusters, mentions, quotes, fandoms, *anonymous_speakers(quotes, clusters, subjects))
    coref.vote_genders(text, sentences, mentions, clusters, quotes)
    for c in clusters:
        m, f = c.gender_votes["m"], c.gender_votes["f"]
        c.gender = "m" if m > f else "f" if f > m else None
    gendered_variants(kb, clusters)
    mentions.extend(coref.resolve(text, paragraphs, sentences, mentions, clusters, quotes))
    _name_unnamed(introduced, mentions, clusters, _acting(text, mentions), [p.start for p in paragraphs])
    clusters = _drop_empty(clusters, mentions)
    return Cast(clusters, mentions, quotes, fandoms, *anonymous_speakers(quotes, clusters, subjects))


def _story_forms(kb: FandomKB, story: str, entities: list | None) -> dict[tuple[str | None, tuple[str, ...]], NameForm]:
    """The story's name forms (NER votes from ``entities``, none in fast mode), bare of speech verbs and honorifics."""
    return _bare_of_honorifics(_bare_of_speech_verbs(story, find_name_forms(story, entities, known=kb.is_alias)),
                               lambda word: bool(kb.fandoms_with_word(word)))


def story_names(text: str, paragraphs: list[TextSpan], entities: list | None,
                chapters: list[tuple[int, int]] | None = None, titles: list[str] | None = None
                ) -> tuple[dict[str, int], str]:
    """What the fandom detector reads of a work, as :func:`build_cast` reads it: the uses of each name form that
    counts towards a fandom, and the story (the text less its author's notes and titles)."""
    kb = load_kb()
    story = mask(text, note_spans(text, paragraphs, chapters) + title_spans(text, titles or []))
    forms = _story_forms(kb, story, entities)
    return {f.text: len(f.spans) for f in forms.values() if _kb_name(kb, f, lambda form: uses_of(story, form))}, story


def anonymous_speakers(quotes: list[QuoteSpan], clusters: list[Cluster], subjects: list[TagSubject]
                       ) -> tuple[dict[int, int], dict[int, int]]:
    """The quotes whose tag names an anonymous speaker ("said one", "said another", "somebody exclaimed", "called
    a voice from the darkness"; ``subjects``: roles.tag_subjects of the quotes), by quote index, for a tag after and
    before the quote: a role cluster of its own per tag, added to ``clusters`` (a one-off speaker, "none of the
    named characters"; LitBank gives each its own entity), named by the phrase ("another"). It gets no mention: a
    pronoun after the tag ("cried one of the women. He took no notice of her") is someone else's, so it must
    neither vote its gender nor take part in coreference."""
    after = {q.end: i for i, q in enumerate(quotes)}
    before = {q.start: i for i, q in enumerate(quotes)}
    found: tuple[dict[int, int], dict[int, int]] = ({}, {})
    for tag in subjects:
        if tag.kind != "anonymous":
            continue
        name = tag.role.label.rsplit(" #", 1)[0]  # "another #2": the second "said another" of the text
        cluster = Cluster(len(clusters), name, role=True, gender=tag.role.gender)
        cluster.forms[name] += 1
        clusters.append(cluster)
        for pos in tag.anchors:
            if pos in after:
                found[0][after[pos]] = cluster.id
            else:
                found[1][before[pos]] = cluster.id
    return found


def _merge_nicknames(accepted: list[NameForm], assignment: dict[tuple[str | None, tuple[str, ...]], Cluster],
                     clusters: list[Cluster], sentence_starts: list[int],
                     epithets: set[tuple[str, ...]]) -> None:
    """Send the forms of a nickname's character ("Lizzy", "Jake") to the one character named by the given name
    it shortens ("Elizabeth Bennet", "Jacob Brown"); see nicknames.py for the guards. A name written after "the"
    in most of its uses (``epithets``: "the Cat", "the Caterpillar") is a creature's or an office's, no given
    name: it neither shortens nor is shortened."""
    spans: dict[int, list[tuple[int, int]]] = {}
    for form in accepted:
        spans.setdefault(assignment[form.key].id, []).extend(form.spans)
    names: dict[int, tuple[str, ...]] = {}
    for c in clusters:
        words = tuple(c.name.split(" | ")[0].split())
        if c.role or c.id not in spans or words in epithets:
            continue
        if c.title is None:
            names[c.id] = words
        elif c.title.lower() in GIVEN_NAME_TITLES and len(words) >= 2:
            names[c.id] = words[1:]  # "Lord Henry" is Henry to a nickname ("Harry"), never a nickname himself
    nicknamable = {c.id for c in clusters if c.id in names and c.kb is None and c.title is None}
    merges = nickname_merges(names, spans, nicknamable, sentence_starts)
    if merges:
        for key, c in assignment.items():
            if c.id in merges:
                assignment[key] = clusters[merges[c.id]]


def _add_roles(text: str, quotes: list[QuoteSpan], quote_starts: list[int], mentions: list[Mention],
               clusters: list[Cluster], cluster_for: Callable[[str], Cluster], subjects: list[TagSubject]
               ) -> list[RoleMention]:
    """Unnamed characters known by a role ("said the parson", "the old man replied", "The doctor bent down"; see
    roles.py): each role is a cluster; its phrases in narration are its name mentions. A scene of a role the text
    equates with one named character ("the artist himself, Basil Hallward", "Young Wilcox" ... "said the young
    man") is that character's (scene_roles.role_links); its other scenes stay the role's. Returns the role
    mentions added."""
    speaking = speaking_roles(text, quotes, NOT_ROLE_HEADS)
    titled = {c.title.lower().rstrip(".") for c in clusters if c.title}
    taken = {m.start for m in mentions}
    found = find_roles(text, speaking, [q.end for q in quotes], quote_starts, titled,
                       lambda pos: quote_at(quotes, quote_starts, pos) is not None, subjects,
                       {w.lower() for c in clusters for w in c.name.split()})
    links = role_links(text, found, [(m.start, m.end, m.cluster) for m in mentions if not m.in_quote],
                       quotes=[(q.start, q.end) for q in quotes],
                       quoted=[(m.start, m.end, m.cluster) for m in mentions if m.in_quote])
    added = [r for r in found if r.start not in taken]
    for r in added:
        c = clusters[links[r.start]] if r.start in links else cluster_for(r.label)
        c.role = r.start not in links
        c.forms[r.label] += 1
        if r.gender:
            c.gender_votes[r.gender] += 3
        mentions.append(Mention(r.start, r.end, c.id, "name"))
        c.names += 1
    return added


_TAG_GAP = re.compile(r"[\s,]*(?:([a-z]+)[ \t]+)?$")  # between a quote and the subject of its tag ("," / " said ")
_VERB_AFTER = re.compile(r"[ \t]+(?:[a-z]+ly[ \t]+)?([a-z]+)")


def _answering_epithets(text: str, quotes: list[QuoteSpan], mentions: list[Mention], clusters: list[Cluster]) -> None:
    """A role ("the angel", "the doctor") that answers a quote calling one named character is that character in
    the scene of the answer: ""Cas, how sure are you?" / "Quite sure," the angel said." and ""John, we're leaving."
    / "Sorry," the doctor said." Fan fiction calls its named characters by epithets of kind, occupation or house;
    the one called by name in the turn before is the one who answers. The role's mentions of that scene (chained
    while less than roles.SCENE_GAP apart) go to that character, so its other lines and actions there ("The angel
    tilted his head") are that character's too; its mentions elsewhere stay the role's (a novel's "the old
    gentleman" or "the young man" is someone else in another chapter). Needs the answer's tag right after its
    quote and the call in the paragraph just before, from one quote naming exactly one character as a vocative
    that opens the quote or one of its sentences, or closes it (not "... there was my sister's son, Tom, jest cut
    his arm"; fan-fiction dev: 4 quotes of Castiel's, 1 of John's). A generic role ("the young man", "the little
    girl") is no epithet: it answers for someone unnamed beside the one called as often ("Tibby, love, you must
    go." / "It isn't of any consequence," said the young man), and scene_roles links it."""
    roles = {c.id for c in clusters if c.role}
    epithets = {c for c in roles if not is_generic_role(clusters[c].name)}
    if not epithets:
        return
    ends = [q.end for q in quotes]
    by_start = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in by_start]
    narrated: dict[int, list[Mention]] = {}
    for m in by_start:
        if m.cluster in epithets and not m.in_quote:
            narrated.setdefault(m.cluster, []).append(m)
    scenes = {role: role_scenes(found) for role, found in narrated.items()}  # role -> its scenes in narration
    merged: dict[tuple[int, int], int] = {}  # (role, scene start) -> named character
    for m in by_start:
        if m.cluster not in epithets or m.in_quote:
            continue
        scene = next(((lo, hi) for lo, hi in scenes.get(m.cluster, []) if lo <= m.start <= hi), None)
        if scene is None or (m.cluster, scene[0]) in merged:
            continue
        qi = bisect.bisect_right(ends, m.start) - 1
        if qi < 1 or not _tags(text, quotes[qi].end, m):
            continue
        called = _called(text, quotes, qi, by_start, starts)
        if called is not None and called not in roles and _compatible(clusters[m.cluster], clusters[called]):
            merged[(m.cluster, scene[0])] = called
    for (role, lo), named in merged.items():
        hi = next(h for s, h in scenes[role] if s == lo)
        _move_role_mentions([m for m in mentions if m.cluster == role and lo <= m.start <= hi], clusters[role],
                            clusters[named])


def _move_role_mentions(moved: list[Mention], role: Cluster, named: Cluster) -> None:
    """Role ``role``'s mentions ``moved`` become the named character ``named``'s, its label one of his forms."""
    for m in moved:
        m.cluster = named.id
    label = role.name
    named.forms[label] += len(moved)
    named.names += len(moved)
    role.forms[label] -= len(moved)
    role.names -= len(moved)
    if role.forms[label] <= 0:
        del role.forms[label]


def _one_person_roles(text: str, quotes: list[QuoteSpan], mentions: list[Mention], clusters: list[Cluster],
                      roles: list[RoleMention]) -> None:
    """A role used for one person throughout ("the painter", linked to Basil in most of its scenes by apposition
    or by answering his name) is that person in its scenes without evidence too (scene_roles.one_person_links);
    a role used for several people stays scene-local. ``roles``: the role mentions _add_roles added."""
    if not roles:
        return
    at_role = {r.start for r in roles}
    role_mentions = {m.start: m for m in mentions if m.start in at_role and m.kind == "name"}
    linked = {s: m.cluster for s, m in role_mentions.items() if not clusters[m.cluster].role}
    if not linked:
        return
    names = [(m.start, m.end, m.cluster) for m in mentions
             if m.kind == "name" and not m.in_quote and m.start not in at_role]
    quoted = [(m.start, m.end, m.cluster) for m in mentions if m.kind == "name" and m.in_quote]
    moves: dict[tuple[int, int], list[Mention]] = {}
    for start, named in one_person_links(text, roles, linked, names, [(q.start, q.end) for q in quotes],
                                         quoted).items():
        m = role_mentions[start]
        moves.setdefault((m.cluster, named), []).append(m)
    for (role, named), moved in moves.items():
        _move_role_mentions(moved, clusters[role], clusters[named])


def _tags(text: str, quote_end: int, m: Mention) -> bool:
    """Whether mention ``m`` is the subject of the dialogue tag of the quote ending at ``quote_end``: ""…," the
    angel said" or ""…," said the angel"."""
    gap = _TAG_GAP.fullmatch(text, quote_end, m.start) if m.start - quote_end <= 20 else None
    if gap is None:
        return False
    if gap.group(1):
        return gap.group(1) in SPEECH_VERBS
    verb = _VERB_AFTER.match(text, m.end)
    return verb is not None and verb.group(1) in SPEECH_VERBS


# where a call stands in its quote: opening it or one of its sentences ("Cas, how sure are you?"), or closing it
_CALL_PLACE = re.compile(r"(?:.*[.!?…][ \t]+)?\W*(?:[A-Z][a-z]*\.?[ \t]+)?", re.DOTALL)
_CALL_CLOSING = re.compile(r"\W*")


def _called(text: str, quotes: list[QuoteSpan], qi: int, mentions: list[Mention], starts: list[int]) -> int | None:
    """The one character the last quote of the paragraph before quote ``qi`` calls by name, if there is one
    (``mentions`` in text order, ``starts`` their starts)."""
    q = quotes[qi]
    prev = quotes[qi - 1]
    if prev.last_para != q.para - 1:
        return None
    lo = bisect.bisect_left(starts, prev.start)
    hi = bisect.bisect_left(starts, prev.end, lo)
    called = {m.cluster for m in mentions[lo:hi] if m.kind == "name" and is_vocative(text, prev.start, m.start, m.end)
              and (_CALL_PLACE.fullmatch(text, prev.start, m.start) or _CALL_CLOSING.fullmatch(text, m.end, prev.end))}
    return called.pop() if len(called) == 1 else None


def _compatible(role: Cluster, named: Cluster) -> bool:
    """No gender clash between a role's noun ("the old woman": f) and the named character's title or KB gender."""
    g_role = role.gender_votes.most_common(1)[0][0] if role.gender_votes else None
    g_named = named.kb.gender if named.kb is not None else title_gender(named.title)
    return g_role is None or g_named is None or g_role == g_named


def _named_person(text: str, form: NameForm, uses: Uses, quotes: list[QuoteSpan], quote_starts: list[int]) -> bool:
    """Fast profile (no tagger votes): a form the text itself shows to be a person. A title before a given name and a
    surname ("Captain Elena Vasquez", "Professor Minerva McGonagall") even once; a single name that does something
    in the narration ("Tomas came up the stairs") and is spoken to in a quote ("Tomas." / "..., Tomas?"). Without it
    an original character met once by rank and full name, and the squire she talks to, were no characters at all
    (fan-fiction dev: 16 quotes of one scene with no speaker)."""
    if not_a_person(form, uses) or uses.places > uses.subjects + uses.tags:
        return False
    if form.title is not None:
        return len(form.tokens) >= 2
    return len(form.tokens) == 1 and uses.subjects >= 1 and _addressed(text, form, quotes, quote_starts)


def _called_by_name(kb: FandomKB, text: str, form: NameForm, uses: Uses, quotes: list[QuoteSpan],
                    quote_starts: list[int]) -> bool:
    """A one-word name spoken to in a quote ("“Maribel, you look terrible,” she said."; :func:`_addressed`) that is
    a usual given name or the first name of a KB character: a person even when named once (the others call a
    first-person narrator so, and the narration never names them; narrator.py)."""
    word = form.tokens[0]
    if (form.title is not None or len(form.tokens) != 1 or word.lower() in ENDEARMENTS
            or (is_common_word(word) and not given_name_gender(word)) or not_a_person(form, uses)):
        return False
    named = given_name_gender(word) is not None or any(h.kind == "first" for h in kb.lookup(word))
    return named and _addressed(text, form, quotes, quote_starts)


def _addressed(text: str, form: NameForm, quotes: list[QuoteSpan], quote_starts: list[int]) -> bool:
    """Whether ``form`` is used as a vocative in a quote ("Tomas.", "Listen, Tomas!"; dialogue.is_vocative)."""
    return _vocatives(text, form, quotes, quote_starts, 1) >= 1


_AFTER_COMMA = re.compile(r",[ \t]*\Z")


def _vocatives(text: str, form: NameForm, quotes: list[QuoteSpan], quote_starts: list[int], enough: int,
               after_comma: bool = False) -> int:
    """How many uses of ``form`` are vocatives in quotes, counted up to ``enough``; ``after_comma``: only those
    after a comma ("“Thank you, Bixby.”", not the opening "“Aye, I'll be good”" an interjection also makes)."""
    spans = [(s, e) for s, e in form.spans if not after_comma or _AFTER_COMMA.search(text, max(0, s - 3), s)]
    return vocatives(text, quotes, quote_starts, spans, enough)


CALLS_FOR_A_NAME = 2  # vocatives that make a one-word name no usual given name a person (_called_often)


def _called_often(text: str, form: NameForm, uses: Uses, quotes: list[QuoteSpan], quote_starts: list[int],
                  known: bool) -> bool:
    """A one-word name spoken to after a comma in quotes CALLS_FOR_A_NAME times or more ("“You haven't, Patra.”",
    "“Thank you, Bixby.”"), no common word, title, endearment or word of address, never after a place preposition:
    someone of the story, whatever the tagger votes (an original character whose name spaCy reads as a place or
    organisation, in present-tense narration that :func:`_acting_name` cannot read). Only calls after a comma count:
    a quote's opening word before a comma is as often an interjection or an answer ("“Aye, ...”", "“Corsair,”
    Stryker interrupted"). :func:`_called_by_name` takes a usual given name called once."""
    word = form.tokens[0]
    if (known or form.title is not None or len(form.tokens) != 1 or len(word) < 3 or word.lower() in ENDEARMENTS
            or word.lower().rstrip(".") in TITLES or is_common_word(word) or uses.places or not_a_person(form, uses)):
        return False
    return _vocatives(text, form, quotes, quote_starts, CALLS_FOR_A_NAME, True) >= CALLS_FOR_A_NAME


def _acting_name(form: NameForm, uses: Uses, times: int = 2) -> bool:
    """A one-word name that does things ``times`` times or more ("Magenta was", "Wooper's tail"), stands after a place
    preposition at most once per PLACES_PER_DOING doings ("towards Talon" beside ten doings of Talon's) and is
    mostly written without "the": a person, whatever the tagger votes. A word the KB holds as a place of
    some fandom or a term of the detected one is such a name from KB_THING_ACTS doings ("Hogwarts waited" twice is
    still the school)."""
    return (form.title is None and len(form.tokens) == 1 and uses.subjects >= times
            and PLACES_PER_DOING * uses.places <= uses.subjects
            and 2 * uses.the < uses.total and not not_a_person(form, uses))


def _acts(uses: Uses, form: NameForm) -> bool:
    """A part of a full name that does things twice or more ("Dale made out", "Dale's keen ear") and is never a
    place: a person, whatever the tagger votes ("Dale" of "Milt Dale": 8 place votes, 4 doings in half A).
    ``uses``: the form's uses in the story."""
    return uses.subjects >= 2 and not uses.places and not not_a_person(form, uses)


def _add_introductions(text: str, quotes: list[QuoteSpan], quote_starts: list[int], mentions: list[Mention],
                       clusters: list[Cluster], cluster_for: Callable[[str], Cluster]) -> list[int]:
    """Unnamed people the narration brings in with an indefinite noun phrase that does something ("Presently a
    small boy came walking", "a youth appeared in the distance"): each is a role cluster ("the small boy") whose
    mention is that phrase, so that the descriptors and pronouns after it ("The child ...", "the lad quickened
    his pace", "he asked") find it instead of the named character last mentioned; so is "the stranger" or "the
    newcomer" doing something ("The stranger came early in February"). Half A: Daisy Miller's small boy, Tess's
    youth, the Invisible Man. Returns the ids of the clusters made, in order."""
    taken = {m.start for m in mentions}
    made: list[int] = []
    for m in _INTRODUCTION.finditer(text):
        definite, noun, end = m.group(1), m.group(3), m.end(3)
        if (m.start() in taken or quote_at(quotes, quote_starts, m.start()) is not None
                or text[end:end + 1] in ("'", "’") or (definite and noun not in UNKNOWN_PERSONS)):
            continue
        before = _WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())
        if before and before.group(1).lower() in _NOT_INTRODUCING:
            continue  # "he was a boy who ...", "as a child": a predicate, nobody new
        modifiers = [] if definite else m.group(2).split()  # "the tall stranger" is the role "the stranger"
        if any(w in NOT_MODIFIERS or w in STOP_WORDS for w in modifiers) or not acts_after(text, end):
            continue
        c = cluster_for(" ".join(["the", *modifiers, noun]))
        c.role = True
        c.forms[c.name] += 1
        gender = noun_gender(noun) or ("m" if noun in MALE_BY_USE else None)
        if gender:
            c.gender_votes[gender] += 3
        mentions.append(Mention(m.start(), end, c.id, "name"))
        c.names += 1
        if c.id not in made:
            made.append(c.id)
    return made


def _acting(text: str, mentions: list[Mention]) -> set[int]:
    """The characters named in narration as the subject of a verb ("Kronborg hung up") or of a dialogue tag
    ("replied Randolph")."""
    out: set[int] = set()
    for m in mentions:
        if m.kind == "name" and not m.in_quote and m.cluster not in out:
            before = _WORD_BEFORE.search(text, max(0, m.start - 20), m.start)
            if acts_after(text, m.end) or (before is not None and before.group(1).lower() in SPEECH_VERBS):
                out.add(m.cluster)
    return out


def _name_unnamed(introduced: list[int], mentions: list[Mention], clusters: list[Cluster], acting: set[int],
                  paragraph_starts: list[int]) -> None:
    """An unnamed person, brought in by the narration (``introduced``: "a small boy came walking"), who is named
    while still being talked about, or just after (``NAMING_REACH``:
    "Randolph" first written 70 characters after "he was springing about"), is the character of that name: the
    one character of a fitting gender named for the first time then (with two, it may be neither: Room with a
    View's "old man" is neither George nor Mr. Beebe), unless a paragraph names both ("“This is my son,” said the
    old man; “his name’s George."). Candidates: characters the KB does not know that act in narration
    (``acting``; not "Blackmoor", a vale named just after Tess's "middle-aged man"), each taking one person. All
    of the person's mentions and forms go to the named character. Half A: Randolph, Mrs. Carey ("a woman was
    lying"). Generic roles ("the old lady" -> Aunt Polly) are not merged so: that gained on one half-A file only."""
    first: dict[int, int] = {}
    last: dict[int, int] = {}
    paragraphs: dict[int, set[int]] = {}  # cluster -> paragraphs where it is named
    for m in mentions:
        first[m.cluster] = min(first.get(m.cluster, m.start), m.start)
        last[m.cluster] = max(last.get(m.cluster, m.start), m.start)
        if m.kind == "name":
            paragraphs.setdefault(m.cluster, set()).add(bisect.bisect_right(paragraph_starts, m.start))
    unnamed = introduced
    merges: dict[int, int] = {}
    for eid in sorted((i for i in unnamed if i in first), key=first.__getitem__):
        e = clusters[eid]
        named = [c for c in clusters if not c.role and c.kb is None and c.id in acting
                 and c.id not in merges.values() and first[eid] < first[c.id] < last[eid] + NAMING_REACH
                 and (e.gender is None or c.gender in (None, e.gender))]
        if len(named) == 1 and not paragraphs.get(named[0].id, set()) & paragraphs.get(eid, set()):
            merges[eid] = named[0].id
    for m in mentions:
        m.cluster = merges.get(m.cluster, m.cluster)
    for eid, tid in merges.items():
        e, t = clusters[eid], clusters[tid]
        t.forms.update(e.forms)
        t.names += e.names
        t.resolved += e.resolved
        t.quotes += e.quotes
        e.forms.clear()
        e.names = e.resolved = e.quotes = 0


def _drop_empty(clusters: list[Cluster], mentions: list[Mention]) -> list[Cluster]:
    """The clusters that kept a form or a mention, renumbered (``mentions`` follow): a nickname's character merged
    into its full name ("Sid" into "Sidney") or an unnamed person merged into the name given next is left empty and
    must neither be listed nor be found by a name part ("said Sid")."""
    used = {m.cluster for m in mentions}
    kept = [c for c in clusters if c.forms or c.id in used]
    if len(kept) == len(clusters):
        return clusters
    new_id = {c.id: i for i, c in enumerate(kept)}
    for c in kept:
        c.id = new_id[c.id]
    for m in mentions:
        m.cluster = new_id[m.cluster]
    return kept


def _kb_variants(kb: FandomKB, fandoms: set[str]) -> Callable[[NameForm], KBCharacter | None]:
    """The character of ``fandoms`` that an accepted one-word form the KB does not hold names, written as one word
    ("Applebloom": Apple Bloom), misspelt by a letter ("Cadence": Princess Cadance), cut before its "s" by a
    slipped apostrophe ("Stile's": Stiles Stilinski), romanised with other long vowels ("Gojou": Gojo Satoru) or
    shortened as English shortens a given name ("Jen": Jennifer); kb_variants.py. Only names
    the rules accepted: a misspelling never makes a name of a word ("Heaving" is no "Hevring")."""
    closed = cache(lambda: closed_up_names(kb, fandoms))
    misspelt = cache(lambda: MisspeltNames(kb, fandoms))

    def variant(form: NameForm) -> KBCharacter | None:
        if form.title is not None or len(form.tokens) != 1:
            return None
        return (closed().get(form.text) or misspelt().character(form.text) or misspelt().possessive_slip(form.text)
                or misspelt().romanised(form.text) or misspelt().diminutive(form.text))

    return variant


def _known_with_article(kb: FandomKB, text: str, form: NameForm, fandoms: set[str]) -> KBCharacter | None:
    """The character of ``fandoms`` that a one-word form names with its article, "The Doctor (Doctor Who)" for
    "the Doctor", "The Master (Doctor Who)" for "the Master", when the form is written after "the" in at least half
    of its uses: a character known by a title only, whom the KB holds as "The X"."""
    if form.title is not None or len(form.tokens) != 1:
        return None
    after_the = sum(_THE_BEFORE.search(text, max(0, s - 5), s) is not None for s, _ in form.spans)
    if 2 * after_the < len(form.spans):
        return None
    hits = kb.lookup(f"The {form.text}", fandoms)
    return hits[0].character if hits else None


def _named_otherwise(kbc: KBCharacter, form: NameForm, accepted: list[NameForm],
                     kb_of: dict[tuple[str | None, tuple[str, ...]], KBCharacter | None], written: set[str]) -> bool:
    """Whether the text names the KB character a bare first name finds by more than that first name: its full name
    written, or another of its forms ("Potter" beside "Harry"), so that a full name the KB does not know that the
    first name opens ("This lead to Harry Hunting.") does not take the canon character's first name."""
    if kbc.name.split(" | ")[0] in written:
        return True
    return any(f.tokens[0] != form.tokens[0] and (other := kb_of.get(f.key)) is not None and other.name == kbc.name
               for f in accepted)


def _family_plural(text: str, form: NameForm, tokens: set[str], known: bool) -> bool:
    """A family, not a person: one word that is another name plus "s", written after "the" or a quantifier at
    least once ("the Mortimers", "several Mortimers" beside "Dr. Mortimer"; "Williams" beside "William" stays a
    name unless "the Williams" occurs)."""
    word = form.tokens[0]
    return (not known and form.title is None and len(form.tokens) == 1 and word.endswith("s")
            and word[:-1] in tokens and _after_determiner(text, word))


_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+\Z")
_SIBLING_BEFORE = re.compile(r"\b[Tt]he[ \t]+(?:older|elder|eldest|oldest|younger|youngest|other)[ \t]+$")


def _group_epithet(form: NameForm, uses: Uses, kb_names: list[str]) -> bool:
    """A word only ever written after "the" whose first KB character is a group ("The Slytherin glanced up" ->
    "Slytherin Students"): an epithet of house or kind for one named character, not the group (fan-fiction dev: it
    took two of Malfoy's lines)."""
    return (form.title is None and len(form.tokens) == 1 and uses.the >= uses.total > 0 and bool(kb_names)
            and _plural(kb_names[0].split(" | ")[0].split()[-1]))


def _plural(word: str) -> bool:
    return word.endswith("s") and not word.endswith("ss") and word[:1].isupper()


def _sibling_epithet(text: str, form: NameForm) -> bool:
    """A surname only ever written after "the older / younger / elder / other" ("The older Winchester turned the
    music up") is an epithet for one of a family's named members, not a character "Winchester" of its own
    (fan-fiction dev: it took a brother's lines in the fast profile)."""
    return form.title is None and len(form.tokens) == 1 and all(
        _SIBLING_BEFORE.search(text, max(0, s - 20), s) for s, _ in form.spans)


def _after_determiner(text: str, word: str) -> bool:
    """Whether ``word`` is written after "the" or a quantifier and spaces, and ends a word there. Walks the word's
    occurrences (str.find) rather than compiling a regex per word and scanning the whole text with it."""
    i = text.find(word)
    while i >= 0:
        j = i
        while j > 0 and text[j - 1] in " \t":
            j -= 1
        if (j < i and _DETERMINER_BEFORE.search(text, max(0, j - _LONGEST_DETERMINER), j)
                and _BOUNDARY.match(text, i + len(word))):
            return True
        i = text.find(word, i + 1)
    return False


def _untitled_home(form: NameForm, assignment: dict[tuple[str | None, tuple[str, ...]], Cluster],
                   titles_of: dict[str, set[str]], pending: list[NameForm]) -> Cluster | None:
    """The character a titled form names when the text also writes that name without the title: "Master Thorne"
    beside a bare "Thorne", "Mr. Syme" beside "Syme" of "Gabriel Syme", "Mr. Lucian Gregory" beside "Gregory".
    The untitled form (the whole name, else its surname) must belong to one character the KB does not know,
    whose own full name, if any, is this one and whose given name does not tell the other gender; and this must
    be the only title written before that surname: "Mr." and "Mrs. Bennet" are a family, and "Mrs. Bennet" is
    not her daughter "Elizabeth Bennet"; a titled full name the text also writes bare ("Miss Daisy Miller" beside
    "Daisy Miller", not "Mrs. Newland Archer" beside "Newland Archer") is that character whatever other titles the
    surname takes. Half A: joins Syme and Gregory."""
    # "Mrs. Newland Archer" is Newland Archer's wife: a married woman's title takes her husband's full name
    full = assignment.get((None, form.tokens)) if len(form.tokens) > 1 and form.title != "Mrs" else None
    home = full or assignment.get((None, form.tokens[-1:]))
    if home is None or home.kb is not None or home.role:
        return None
    if (full is None and titles_of.get(form.tokens[-1]) != {form.title} and not _family_head(form, home)
            and not _one_of_its_gender(form, home, titles_of, pending)):
        return None
    words = tuple(home.name.split())
    if len(form.tokens) > 1 and words not in (form.tokens, form.tokens[-1:]):
        return None  # "Mr. Lucian Gregory" is not the text's "Gabriel Gregory"
    gender, title = given_name_gender(words[0]), title_gender(form.title)  # not "Mrs. Charles" for "Charles"
    return None if gender and title and gender != title else home


def _one_of_its_gender(form: NameForm, home: Cluster, titles_of: dict[str, set[str]], pending: list[NameForm]
                      ) -> bool:
    """Whether a titled surname ("Mr. Crawford") is the one full name of the family whose given name tells the
    title's gender ("Henry Crawford"), the surname's other titles all telling the other gender ("Miss Crawford",
    "Mrs. Crawford") and no titled full name of that title ("Mr. John Crawford") making "Mr. Crawford" the
    family's other man."""
    words = home.name.split()
    gender = title_gender(form.title)
    if len(form.tokens) > 1 or len(words) < 2 or words[-1] != form.tokens[0] or gender is None:
        return False
    if given_name_gender(words[0]) != gender:
        return False
    if any(title_gender(t) in (None, gender) for t in titles_of.get(form.tokens[0], set()) - {form.title}):
        return False
    return not any(f.title == form.title and len(f.tokens) > 1 and f.tokens[-1] == form.tokens[0] for f in pending)


def _join_bare_titles(accepted: list[NameForm], assignment: dict[tuple[str | None, tuple[str, ...]], Cluster]) -> None:
    """A title written as a name ("the King said", "the Sheriff") is the one character the text names with that
    title ("King Aldric", "Sheriff Stilinski"), when there is exactly one."""
    titled: dict[str, set[int]] = {}
    by_id: dict[int, Cluster] = {}
    for form in accepted:
        if form.title is not None:
            c = assignment[form.key]
            titled.setdefault(form.title.lower(), set()).add(c.id)
            by_id[c.id] = c
    for form in accepted:
        if form.title is None and len(form.tokens) == 1:
            owners = titled.get(form.tokens[0].lower(), set())
            if len(owners) == 1 and assignment[form.key].kb is None:
                assignment[form.key] = by_id[next(iter(owners))]


def _main_bearer(form: NameForm, heads: dict[int, Cluster], head_uses: Counter[int]) -> Cluster | None:
    """The character a bare surname names when several full names end with it: the one whose full name the text
    writes at least twice as often as any other's ("Oakley" is Maurice Oakley, written nine times, not Francis
    Oakley, written once), else none."""
    if len(heads) < 2 or any(h.kb is not None or h.name.split()[-1] != form.tokens[0] for h in heads.values()):
        return None
    ranked = sorted(heads.values(), key=lambda h: -head_uses[h.id])
    return ranked[0] if head_uses[ranked[0].id] >= 2 * head_uses[ranked[1].id] else None


def _wife_not_husband(form: NameForm, head: Cluster, titles_of: dict[str, set[str]]) -> bool:
    """Whether a bare surname is not the woman whose full name ends with it, the text also writing a man's title
    before it: "Pontellier" beside "Edna Pontellier" and "Mr. Pontellier" is her husband."""
    words = head.name.split()
    return (head.kb is None and len(words) > 1 and words[-1] == form.tokens[0] and given_name_gender(words[0]) == "f"
            and any(title_gender(t) == "m" for t in titles_of.get(form.tokens[0], ())))


def _younger_namesake(text: str, form: NameForm, head: Cluster, titles_of: dict[str, set[str]]) -> bool:
    """Whether a bare given name is a son or daughter named after the parent whose full name it opens, not that
    parent: the text writes it after "young", "little", "son" or "daughter" ("young Thomas", "his son, Thomas"
    beside "Thomas Gradgrind" and "Mr. Gradgrind"), and a title that may be the parent's (not of the other
    gender) is written before the full name's surname: the parent is there too, as the full name."""
    words = head.name.split()
    if head.kb is not None or len(words) < 2 or words[0] != form.tokens[0]:
        return False
    gender = given_name_gender(words[0])
    if not any(gender is None or title_gender(t) in (None, gender) for t in titles_of.get(words[-1], ())):
        return False
    return any(_YOUNGER_BEFORE.search(text, max(0, s - 12), s) for s, _ in form.spans)


_YOUNGER_BEFORE = re.compile(r"\b(?:[Yy]oung|[Ll]ittle|son|daughter)[ \t,]+\Z")


def _most_used_form(c: Cluster, narrated: Counter[str]) -> str:
    """The name a character the KB does not know is listed by: its most used form as long as its name (its
    longest: "Soo Lin Yao" stays, however often "Soo Lin" is written), so "Kitty", written more than the
    "Catherine" it shortens, lists her, but a clipping never does ("Desmond" stays, however often "Des" is
    written: AO3 tags give the name it clips); uses outside quotes (``narrated``) break a tie, and the name stays on a
    full tie. A character named by a title ("Mr. Gradgrind") keeps it."""
    if c.kb is not None or c.title is not None or c.role or c.name not in c.forms:
        return c.name
    size = len(c.name.split())
    candidates = [f for f in c.forms if len(f.split()) == size and f.split()[0].lower().rstrip(".") not in TITLES
                  and not (f != c.name and c.name.startswith(f))]  # a clipping ("Des" of "Desmond") names no one
    best = max(candidates, key=lambda f: (c.forms[f], narrated[f]), default=c.name)
    name = best if (c.forms[best], narrated[best]) > (c.forms[c.name], narrated[c.name]) else c.name
    return _titled_surname(c, name)


def titled_label(title: str, name: str) -> str:
    """How a character known by a title is listed: "Mr. Collins", "Lady Catherine"."""
    return f"{title}. {name}" if title in ABBREVIATED_TITLES else f"{title} {name}"


def _titled_surname(c: Cluster, name: str) -> str:
    """A one-word name the text writes at least as often after a title as bare is listed with that title (its
    most used one): "Mr. Beebe", not "Beebe", which a niece "Minnie Beebe" or a "Mrs. Beebe" may share."""
    if " " in name:
        return name
    titled = [f for f in c.forms if f.split()[1:] == [name] and f.split()[0].lower() in TITLES]
    best = max(titled, key=lambda f: c.forms[f], default=None)
    if best is None or c.forms[best] < c.forms[name]:
        return name
    return titled_label(best.split()[0], name)


def _beside_given_name(form: NameForm, home: Cluster, forms: dict[tuple[str | None, tuple[str, ...]], NameForm],
                       sentence_starts: list[int]) -> bool:
    """Whether a titled surname ("Mr. Emerson") is someone else than the full name it would join ("George
    Emerson"): one sentence writes it and that full name's bare given name ("Mr. Emerson told George to sit"),
    two people of one family."""
    words = home.name.split()
    given = forms.get((None, tuple(words[:1]))) if len(words) > 1 and home.kb is None else None
    if given is None:
        return False
    own = {bisect.bisect_right(sentence_starts, s) for s, _ in form.spans}
    return any(bisect.bisect_right(sentence_starts, s) in own for s, _ in given.spans)  # given: joined or not


def _family_head(form: NameForm, home: Cluster) -> bool:
    """Whether "Mr. X" is the man the text calls "X" bare though other titles also take that surname: a bare
    surname no one full name of the text owns is the man of the family ("Bingley" beside "Mr.", "Miss" and
    "Mrs. Hurst"... and "Mr. Bingley"; "Oakley" of Maurice and Francis Oakley beside "Mr. Oakley")."""
    return form.title == "Mr" and len(form.tokens) == 1 and home.name == form.tokens[0]


def _longer_titled(form: NameForm, forms: list[NameForm]) -> NameForm | None:
    """The one longer form with the same title that starts with ``form``'s words ("Lord Henry" -> "Lord Henry
    Wotton") or, for a single word, ends with it ("Dr. Archie" -> "Dr. Howard Archie"), if exactly one."""
    n = len(form.tokens)
    longer = [f for f in forms if f.title == form.title and len(f.tokens) > n
              and (f.tokens[:n] == form.tokens or (n == 1 and f.tokens[-1] == form.tokens[0]))]
    if len(longer) != 1 or n == 1 and _sibling_named(form, longer[0], forms):
        return None
    return longer[0]


MIN_SIBLING_USES = 3  # uses of another given name of a family that make it a sibling's


def _sibling_named(form: NameForm, longer: NameForm, forms: list[NameForm]) -> bool:
    """Whether the text names another of the family by a given name of the title's gender: then "Miss Bertram"
    is the eldest daughter, not "Miss Julia Bertram", whose given name is written to tell her from her sister
    "Maria Bertram"."""
    gender = title_gender(form.title)
    given = longer.tokens[0]
    siblings = {f.tokens[0] for f in forms if f.title is None and len(f.tokens) == 2 and f.tokens[1] == form.tokens[0]
                and f.tokens[0] != given and given_name_gender(f.tokens[0]) in (None, gender)}
    uses = Counter({s: 0 for s in siblings})
    for f in forms:
        if f.title is None and f.tokens[0] in siblings and f.tokens[1:] in ((), form.tokens):
            uses[f.tokens[0]] += len(f.spans)
    return any(n >= MIN_SIBLING_USES for n in uses.values())  # "Annie Miller" once is Daisy's own given name


def _vote_given_name(c: Cluster) -> None:
    """The usual gender of the character's given name (given_names.py) as a weak prior: its first written word
    that is not a title ("Lord Henry" -> Henry)."""
    words = [w for w in c.name.split() if w.lower().rstrip(".") not in TITLES]
    gender = given_name_gender(words[0]) if words else None
    if gender:
        c.gender_votes[gender] += PRIOR_VOTES


def _judged(kb: FandomKB, text: str, form: NameForm, uses: Uses, known: bool, not_name: bool, rule_accept: bool,
            quotes: list[QuoteSpan], quote_starts: list[int], lowered: Callable[[], Counter[str]],
            forms: dict[tuple[str | None, tuple[str, ...]], NameForm]) -> bool:
    """Whether the candidate ``form`` is a character in the full profile: the learned judge's verdict where one is
    active (learned_judge.py, the hand rules' verdicts among its features; it learned the tagger's votes, which fast
    mode lacks), else the hand rules' (``rule_accept``)."""
    def row() -> list[float]:
        parts = [forms[key] for key in {(None, form.tokens[:1]), (None, form.tokens[-1:])} if key in forms] \
            if len(form.tokens) > 1 else []
        signals = Signals(known, kb.is_alias(form.text), _main_kb_name(kb, form.text, uses),
                          kb.place_or_group(form.text), bool(kb.fandoms_with_word(form.text)), not_name, rule_accept,
                          max((len(f.spans) for f in parts), default=0))
        in_quote = [quote_at(quotes, quote_starts, s) is not None for s, _ in form.spans]
        return candidate_features(text, form, uses, signals, in_quote, lowered())

    return learned_judge.judged(form, row, rule_accept)


def _main_kb_name(kb: FandomKB, text: str, uses: Uses) -> bool:
    """Whether the form names a main character of some KB fandom (in MAIN_SHARE of its works): a hint that it is a
    name wherever it stands. A minor character's alias is none ("'Kay.'", okay, is not K-2SO's "Kay"), nor is a
    form in capitals that the KB writes otherwise ("REM" is not Re:Zero's "Rem"). A common English word or a title
    ("Even so": Skam's Even; "Four", "Heavy", "Near the river", "Doctor") is one only where the text has it act or
    speak ("Hope sat down")."""
    if (is_common_word(text) or text.lower() in TITLES) and not (uses.subjects or uses.tags):
        return False
    shouted = len(text) > 1 and text.isupper()  # "REM" is no "Rem"
    return any(h.character.works >= MAIN_SHARE * kb.fandoms[h.character.fandom].works
               and (not shouted or any(a.isupper() for a in (h.character.name, *h.character.aliases)))
               for h in kb.lookup(text))


def _uses_once(text: str, quoted: list[tuple[int, int]]) -> Callable[[NameForm], Uses]:
    """``uses_of(text, form, quoted)`` of each form, counted on the first call only: the name judge, the fandom's
    name counts (:func:`_kb_name`) and the full-name and acting checks read the same forms (a pass over every
    span of each; a form's spans do not change once the forms are found)."""
    memo: dict[int, tuple[NameForm, Uses]] = {}

    def uses(form: NameForm) -> Uses:
        got = memo.get(id(form))
        if got is None or got[0] is not form:
            got = memo[id(form)] = (form, uses_of(text, form, quoted))
        return got[1]

    return uses


def _kb_name(kb: FandomKB, form: NameForm, uses_in: Callable[[NameForm], Uses]) -> bool:
    """Whether an untitled form counts towards the fandom: a name of some KB character, used mid-sentence or voted
    a person, that the text does not use as a place more than as a person ("in England": Hetalia's nations in
    classic novels) and that
    the KB does not hold as a place or group ("Camelot"), whatever the tagger votes (it votes "Draco" and
    "Voldemort" organisations; the fandom's evidence weighs the name); a country only when it speaks."""
    if (form.title is not None or not (form.mid_sentence or form.person_votes) or not kb.is_alias(form.text)
            or kb.place_or_group(form.text)):
        return False
    uses = uses_in(form)
    if not_a_person(form, uses) or uses.places > uses.subjects + uses.tags:
        return False
    if form.text in NATIONS:
        return uses.tags > 0  # "England said": a Hetalia nation, else a country
    return True


def _bare_of_honorifics(forms: dict[tuple[str | None, tuple[str, ...]], NameForm], is_term: Callable[[str], bool]
                        ) -> dict[tuple[str | None, tuple[str, ...]], NameForm]:
    """The name forms with a name's honorific suffix taken off ("Hiroshi-sensei", "Emiko-chan" are uses of "Hiroshi"
    and "Emiko", their spans kept whole); words of address ("Tou-san", "Hokage-sama": name_judge.address_term) keep
    theirs, and are judged as they are."""
    out = dict(forms)
    for key, form in forms.items():
        stem, dash, suffix = form.tokens[-1].rpartition("-")
        if (form.title is not None or len(form.tokens) != 1 or not dash or not stem[:1].isupper()
                or suffix.lower() not in HONORIFIC_SUFFIXES or address_term(form, is_term)):
            continue
        del out[key]
        _fold_into(out, form, (stem,), form.spans)
    return out


def _full_names_of_singles(kb: FandomKB, forms: dict[tuple[str | None, tuple[str, ...]], NameForm],
                           accepted: list[NameForm], uses: Callable[[NameForm], Uses]) -> list[NameForm]:
    """The untitled two-word forms not yet accepted whose second word is an accepted one-word name and whose first
    is a usual given name or a KB name, whatever the tagger votes: the full name of that character ("Red Verres",
    voted an organisation five times, beside "Verres" who acts 53 times), which the one-word name then joins. Not
    where an accepted full name already ends with that word: it is a family's, and the one-word name stays with
    the bearer it joins ("Frank Oakley" written once beside "Maurice Oakley")."""
    keys = {f.key for f in accepted}
    ends = {f.tokens[-1] for f in accepted if f.title is None and len(f.tokens) > 1}
    singles = {f.tokens[0] for f in accepted if f.title is None and len(f.tokens) == 1} - ends
    return [f for f in forms.values()
            if f.key not in keys and f.title is None and len(f.tokens) == 2 and f.tokens[1] in singles
            and f.tokens[0].lower() not in TITLES
            and (given_name_gender(f.tokens[0]) is not None or kb.is_alias(f.tokens[0]))
            and not not_a_person(f, uses(f))]


def _bare_of_speech_verbs(text: str, forms: dict[tuple[str | None, tuple[str, ...]], NameForm]
                          ) -> dict[tuple[str | None, tuple[str, ...]], NameForm]:
    """The name forms with a verb that opens a sentence taken off ("“Fine,” Complained Starlight."; "Said
    Harry"): uses of the name after it ("Starlight"), their spans starting at the name. Kept whole, such a run is
    a full name of its own, and the character's one-word name no longer joins the canon character it names. The
    verb: a speech verb, or a common word of five letters or more ending in "ed" that is no given name and no KB
    name ("Complained"; not "Red Verres", "Alfred Pennyworth")."""
    kb = load_kb()
    out = dict(forms)
    for key, form in forms.items():
        if form.title is not None or len(form.tokens) < 2:
            continue
        verb = form.tokens[0]
        if verb.lower() not in SPEECH_VERBS and not (
                len(verb) >= 5 and verb.endswith("ed") and is_common_word(verb) and not given_name_gender(verb)
                and not kb.is_alias(verb)):
            continue
        del out[key]
        name = form.tokens[1:]
        _fold_into(out, form, name, [(text.find(name[0], s, e), e) for s, e in form.spans])
    return out


def _fold_into(out: dict[tuple[str | None, tuple[str, ...]], NameForm], form: NameForm, tokens: tuple[str, ...],
               spans: list[tuple[int, int]]) -> None:
    """Count ``form``'s uses (``spans``) and votes as uses of the untitled form of ``tokens`` in ``out``."""
    bare = out.setdefault((None, tokens), NameForm(tokens, None))
    bare.spans = sorted(bare.spans + spans)
    bare.mid_sentence += form.mid_sentence
    bare.person_votes += form.person_votes
    bare.other_votes += form.other_votes


def _not_a_name(kb: FandomKB, form: NameForm, fandoms: set[str], uses: Uses) -> bool:
    """A form the KB does not know as a character of the detected ``fandoms`` that names no one: a place, group or
    term of those fandoms (:func:`_fandom_thing`); a place or group of any KB fandom that never speaks ("Hogwarts"
    where no fandom is detected, and acts fewer than KB_THING_ACTS times: "Magenta was" five times is a
    person), or a phrase it opens that neither opens nor ends with a name ("Hogwarts Head
    Girl"; not "Florence Linden"); a word of address ("Sensei", "Tou-san", "Hokage-sama"); a run of no names
    ending in a plural common noun ("Gym Leaders"); an ordinary word that only opens sentences ("Kissed",
    "Wanna"); a sound that is every time a whole quote ("“Rawr?”")."""
    if fandoms and _fandom_thing(kb, form, fandoms, uses):
        return True
    if (not uses.tags and kb.place_or_group(form.text) and not kb.is_alias(form.text)
            and not _acting_name(form, uses, KB_THING_ACTS)):
        return True
    if (len(form.tokens) > 1 and form.title is None and kb.place_or_group(form.tokens[0])
            and not any(kb.is_alias(t) or given_name_gender(t) for t in (form.tokens[0], form.tokens[-1]))):
        return True  # "Hogwarts Head Girl", "Jedi Council": a place or group's office or body, not "Jedi Master Yoda"
    if address_term(form, lambda word: bool(kb.fandoms_with_word(word))):
        return True
    if (len(form.tokens) > 1 and form.title is None and not uses.tags and _plural(form.tokens[-1])
            and is_common_word(form.tokens[-1])
            and not any(kb.is_alias(t) or given_name_gender(t) for t in form.tokens)):
        return True  # "Gym Leaders", "Blast Seeds": a group or a kind of thing, not "Steve Jobs" nor "Mercy Graves"
    named = given_name_gender(form.tokens[0]) is not None or kb.is_alias(form.text)
    return common_word_unused(form, uses, named) or exclamation_only(form, uses, named)


def _fandom_thing(kb: FandomKB, form: NameForm, fandoms: set[str], uses: Uses) -> bool:
    """A place or a group of a detected fandom ("Coruscant", "Hogwarts", "Jedi", "ANBU"), or one of its terms
    ("Hokage", "Hokage-sama", "Sharingan") that is not the subject of dialogue tags nor declared a name ("my name,
    Mewtwo": a species named as its one member) nor a name that acts (:func:`_acting_name`, KB_THING_ACTS times:
    "Wooper sighed", a Pokemon known by its species): never a character."""
    text = f"{form.title} {form.text}" if form.title else form.text
    term = _HONORIFIC.sub("", text)  # "Hokage-sama" is the term "Hokage" with an honorific
    return kb.place_or_group(text, fandoms) or (kb.term(term, fandoms) and uses.tags < 2 and not uses.declared
                                                and not _acting_name(form, uses, KB_THING_ACTS))


def _kb_character(form: NameForm, fandoms: set[str], untitled_singles: set[str]) -> KBCharacter | None:
    kb = load_kb()
    if form.title is None:
        hits = kb.lookup(form.text, fandoms)
        return hits[0].character if hits else None
    hits = kb.lookup(f"{form.title} {form.text}", fandoms)
    if hits:
        return hits[0].character
    if len(form.tokens) > 1:
        hits = kb.lookup(form.text, fandoms)
        return hits[0].character if hits else None
    hits = kb.lookup(form.text, fandoms)
    firsts = [h for h in hits if h.kind == "first"]
    if firsts:
        return firsts[0].character  # "Uncle Peter": a title before a first name
    tg = title_gender(form.title)
    # "Mr. Stilinski" (a family title): someone of that surname whose first name the text does not use ("Stiles" is
    # used: the Sheriff, whose alias "Noah Stilinski" ends with it)
    surnamed = [h.character for h in hits if h.kind == "last"] + kb.by_surname(form.tokens[0], fandoms)

    def used_first(char: KBCharacter) -> bool:
        given = {char.name.split()[0], *(a.split()[0] for a in char.aliases if " " in a)}
        return any(f.lower() not in TITLES and f in untitled_singles for f in given)

    if form.title.lower() not in FAMILY_TITLES:
        # "General Skywalker", "Professor Snape": a rank names the one of that surname the text calls by name
        ranked = {c.name: c for c in surnamed if used_first(c) and not (tg and c.gender and c.gender != tg)}
        if len(ranked) == 1:
            return next(iter(ranked.values()))
    for char in surnamed:
        if used_first(char) or (tg and char.gender and char.gender != tg):
            continue
        return char
    return None
