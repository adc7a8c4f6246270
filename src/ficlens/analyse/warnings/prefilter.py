"""A literal pre-filter for the lexicons' word-initial alternations: every label's ``finditer`` matches, ~5x faster.

A cue pattern ``\\b(?:punch(?:ed)?|kick(?:ed)? him|...)\\b`` costs Python's regex engine a ``\\b`` test at every
character and a try of every alternative at every word start, and there are 33 labels: ~0.5 s per 100,000 words.
But each alternative begins with a literal prefix ("punch", "kick him", "the rope", ...). :class:`CueFinder` puts
every label's prefixes into one trie-shaped regex, finds at every word start the longest prefix there (a zero-width
look-ahead, so a hit never hides the start of the next word), and runs a label's full pattern, with ``match``, only
where one of its prefixes occurs and where its ``finditer`` would look next. Every match of a pattern begins with
one of its prefixes at a word start, so the matches found are exactly ``finditer``'s
(``tests/analyse/warnings/test_prefilter.py`` checks it). Prefixes run over spaces and punctuation as long as the
pattern is literal there (a group's alternatives are carried on while there are at most :data:`MAX_PREFIXES`): a cue
such as "the rope" is tried where "the rope" occurs, not at every "the"; an optional literal part runs on into what
follows ("(?:the )?first time": "the first time" or "first time"), and so does an alternation with an empty
branch (the parser's "in(?:|side) the"). The trigger is built lazily (see :class:`CueFinder`), and what the build
makes can be kept on disk for the next process (:mod:`.prefilter_store`). When the prefixes
cannot be read off a pattern (an alternative begins with a category such as ``\\w`` or a non-word character), that
pattern is scanned with plain ``finditer``.

Common prefixes ("the ", "his", "had ", "know": see :func:`is_common`) would stop the trigger at a fifth of all
word starts, each stop costing a Python round trip for a pattern that almost never matches there. So each such
prefix carries, in the trigger itself, the condition that one of the patterns it begins matches there (a
look-behind over the prefix holding a look-ahead of those patterns: ``the (?<=(?=P1|P2)the )``); the regex engine
checks it in C, and the trigger stops only where a match may begin, which is all the scan needs. The trigger is
put together as a parse tree from the patterns' own parsed trees (see :func:`trigger_pattern`) rather than parsed
from text: parsing the conditions' text again would add ~0.4 s to the build, which stays at ~0.45 s for the
lexicons (with the garbage collector paused, see :func:`_gc_paused`).
"""

from __future__ import annotations

import gc
import importlib
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ficlens.analyse.warnings import prefilter_store
from ficlens.nlp.stop_words import STOP_WORDS

# The stdlib's own regex parser and compiler (stable since 3.11, untyped); any surprise in the parser's output
# means "no prefilter", in the compiler's "no conditions" (see trigger_pattern).
sre: Any = importlib.import_module("re._constants")
sre_parser: Any = importlib.import_module("re._parser")

MIN_PREFIX = 1  # a one-letter word ("a woman's place") is still cheaper to pre-filter than to scan for
MAX_CLASS = 4  # a character class of at most this many literals is expanded into the prefixes
BUILD_AFTER = 5_000_000  # pattern-characters scanned plainly before the pre-filter is built (see CueFinder)
# Prefixes are cut to this many characters in the trigger: every cut prefix still begins every match, and the
# lexicons' trie shrinks from ~18,200 prefixes (18.2 characters on average; a 178,000-character regex) to ~9,600
# (67,600 characters), building about twice as fast while scanning as fast (12 against 8, 10 and 16, measured on
# the bench work and the labelled passages of bench/bench_warnings.py: speed only, the matches are the same).
MAX_PREFIX_CHARS = 12
MAX_PREFIXES = 16  # a group's alternatives are carried on into what follows while there are at most this many
# A prefix this short ("his", "know", "war") begins many words; so does one made of stop words ("the ", "he was").
# In the lexicons' trigger such prefixes stopped it 66,500 times on 317,000 words of the bench's short works; carrying
# their patterns as a condition (see the module doc) leaves ~11,800 stops, with the same matches.
COMMON_CHARS = 4
_WORD_CHAR = re.compile(r"\w")
_WORD = re.compile(r"[\w']+")


def _seq_prefixes(items: Any) -> set[str] | None:
    """Literal strings one of which begins every match of the parsed sequence ``items`` (None: cannot tell)."""
    found = _seq(items)
    return None if found is None else found[0]


def _seq(items: Any) -> tuple[set[str], bool] | None:
    """(prefixes, whether they are the whole of every match) of the parsed sequence ``items``."""
    out = {""}
    for idx, (op, av) in enumerate(items):
        if op is sre.LITERAL:
            out = {p + chr(av) for p in out}
            continue
        if op is sre.IN and len(av) <= MAX_CLASS and all(o is sre.LITERAL for o, _ in av):
            out = {p + chr(a) for p in out for _, a in av}
            continue
        whole = final = False
        subs: set[str] | None = None
        if op is sre.SUBPATTERN:
            inner = _seq(av[3])
            subs, whole = (None, False) if inner is None else inner
        elif op is sre.BRANCH:
            alts = [_seq(alt) for alt in av[1]]
            if all(a is not None for a in alts):
                subs = set().union(*(a[0] for a in alts if a is not None))
                whole = all(a is not None and a[1] for a in alts)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] == 0:  # "(?:just )?a woman": either part may begin
            first, rest = _seq(av[2]), _seq(items[idx + 1 :])
            if first is not None and rest is not None:
                subs = first[0] | rest[0]
                joined = {f + r for f in first[0] for r in rest[0]} | rest[0]
                if av[1] == 1 and first[1] and len(joined) <= MAX_PREFIXES:
                    # an optional literal part runs on into what follows: "the first time" or "first time", not
                    # every "the"
                    subs, whole, final = joined, rest[1], True
        if subs is None or ("" in subs and not whole):
            return out, False  # stop extending here; what is collected so far still begins every match
        out = {p + q for p in out for q in subs}
        if final:
            return out, whole
        if not whole or len(out) > MAX_PREFIXES:
            return out, False
    return out, True


def literal_prefixes(pattern: str) -> set[str] | None:
    """Literal prefixes, each beginning with at least :data:`MIN_PREFIX` word characters, one of which begins
    every match of ``pattern``,
    which must begin with ``\\b`` (outside any group or alternation; look-arounds after it are skipped); None when
    the pattern is not so anchored or its prefixes cannot be read off."""
    try:
        tree = sre_parser.parse(pattern)
    except Exception:  # noqa: BLE001  (an internal, untyped API: on any surprise, no prefilter)
        return None
    return _tree_prefixes(tree)


def _tree_prefixes(tree: Any) -> set[str] | None:
    """:func:`literal_prefixes` of a pattern already parsed (``re._parser.parse``)."""
    try:
        items = list(tree)
        if not items or items[0] != (sre.AT, sre.AT_BOUNDARY):
            return None  # "\\bfoo|bar" is not anchored: "bar" may match inside a word
        items = items[1:]
        while items and items[0][0] is sre.ASSERT:
            items = items[1:]
        found = _seq_prefixes(items)
    except Exception:  # noqa: BLE001  (an internal, untyped API: on any surprise, no prefilter)
        return None
    if not found:
        return None
    for prefix in found:
        if next((i for i, ch in enumerate(prefix) if not _WORD_CHAR.match(ch)), len(prefix)) < MIN_PREFIX:
            return None
    return _without_extensions(found)


def _without_extensions(prefixes: set[str]) -> set[str]:
    """``prefixes`` less those that extend another: wherever such a one occurs, the shorter one does too."""
    return {p for p in prefixes if not any(p[:j] in prefixes for j in range(1, len(p)))}


def _trie(words: set[str]) -> dict[str, Any]:
    """``words`` as nested dicts, one level per character; the key "" marks where a word ends."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return trie


def trie_regex(words: set[str]) -> str:
    """An alternation of ``words`` shaped as a trie (``ab(?:c|d)?``) that matches the longest of them present."""
    trie = _trie(words)

    def emit(node: dict[str, Any]) -> str:
        ends = "" in node
        parts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not parts:
            return ""
        body = parts[0] if len(parts) == 1 and not ends else "(?:" + "|".join(parts) + ")"
        return body + "?" if ends else body

    return emit(trie)


def is_common(prefix: str) -> bool:
    """Whether ``prefix`` is likely to begin many words of any text: at most :data:`COMMON_CHARS` word characters,
    or only stop words ("the ", "he was", "for the ")."""
    words = _WORD.findall(prefix)
    return sum(len(w) for w in words) <= COMMON_CHARS or all(w in STOP_WORDS for w in words)


def _trie_tree(words: set[str], conds: dict[str, Any], state: Any) -> list[Any]:
    """The parse-tree items of :func:`trie_regex`'s alternation, with each word of ``conds`` ending in its
    condition (a parse-tree item) instead of unconditionally."""
    trie = _trie(words)

    def sub(items: list[Any]) -> Any:
        return sre_parser.SubPattern(state, items)

    def emit(node: dict[str, Any], path: str) -> list[Any]:
        items: list[Any] = []
        while len(node) == 1 and "" not in node:  # a run of letters with no branch or end: plain literals
            ch, node = node.popitem()
            items.append((sre.LITERAL, ord(ch)))
            path += ch
        items.extend(branch(node, path))
        return items

    def branch(node: dict[str, Any], path: str) -> list[Any]:
        ends = "" in node
        parts = []
        for ch in sorted(node):  # each child's dict is let go once emitted: the trie and the tree are not both kept
            if ch:
                parts.append([(sre.LITERAL, ord(ch)), *emit(node.pop(ch), path + ch)])
        cond = conds.get(path) if ends else None
        if cond is not None:  # the word counts only where its condition holds: no "?" after its continuations
            parts.append([cond])
            ends = False
        if not parts:
            return []
        body = parts[0] if len(parts) == 1 else [(sre.BRANCH, (None, [sub(p) for p in parts]))]
        return [(sre.MAX_REPEAT, (0, 1, sub(body)))] if ends else body

    return emit(trie, "")


def _condition(prefix: str, trees: list[Any], state: Any) -> Any:
    """The parse-tree item ``(?<=(?=T1|T2|...)prefix)``: standing just after ``prefix``, one of the parsed
    patterns ``trees`` matches where it begins."""
    ahead = trees[0] if len(trees) == 1 else sre_parser.SubPattern(state, [(sre.BRANCH, (None, trees))])
    behind = [(sre.ASSERT, (1, ahead)), *((sre.LITERAL, ord(ch)) for ch in prefix)]
    return (sre.ASSERT, (-1, sre_parser.SubPattern(state, behind)))


def trigger_pattern(owners: dict[str, list[int]], trees: dict[int, Any], flags: int) -> re.Pattern[str]:
    """The pre-filter regex over the prefixes ``owners`` (prefix -> the patterns it begins): at every word start,
    the longest prefix there, captured in a look-ahead. A common prefix (:func:`is_common`) all of whose patterns
    are in ``trees`` (pattern -> its parse tree, for those that may be embedded) counts only where one of them
    matches (see the module doc). Built as a parse tree; on any surprise from the internal API, parsed from
    :func:`trie_regex`'s text, without conditions."""
    return _trigger(owners, trees, flags)[0]


def _trigger(owners: dict[str, list[int]], trees: dict[int, Any], flags: int
             ) -> tuple[re.Pattern[str], prefilter_store.Compiled | None]:
    """:func:`trigger_pattern`, with its compiled code to keep (:mod:`.prefilter_store`; None: the text regex)."""
    try:
        top = sre_parser.parse(r"(?<!\w)(?=(x))", flags)
        group = top[1][1][1][0][1][3]  # the capturing group's contents ("x")
        conds = {prefix: _condition(prefix, [trees[k] for k in ks], top.state) for prefix, ks in owners.items()
                 if is_common(prefix) and all(k in trees for k in ks)}
        group.data = _trie_tree(set(owners), conds, top.state)
        group.width = None
        return prefilter_store.compile_parts(top, flags)
    except Exception:  # noqa: BLE001  (an internal, untyped API: on any surprise, the text regex)
        return re.compile(r"(?<!\w)(?=(" + trie_regex(set(owners)) + "))", flags), None


def _embeddable(tree: Any, flags: int) -> bool:
    """Whether a parsed pattern may be embedded in the trigger: no groups to renumber, the trigger's flags."""
    state = tree.state
    return bool(state.groups == 1 and not state.groupdict and state.flags == flags)


@contextmanager
def _gc_paused() -> Iterator[None]:
    """No cyclic garbage collection meanwhile: building the pre-filter makes ~10^5 small tuples and lists (parse
    trees), and each collection they set off walks the whole heap, lexicons included; the build took ~40% longer."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class CueFinder:
    """Each pattern's ``finditer`` match spans over one text, all patterns found in one pre-filter pass.

    Patterns whose prefixes cannot be read (see :func:`literal_prefixes`) or that do not begin with ``\\b`` are
    scanned with plain ``finditer``. ``groups`` are alternations of some of the patterns, each given as (the
    alternation's own pattern, the indices of its members, in the alternation's order): ``\\b(?:a|b)\\b`` with
    members ``\\b(?:a)\\b`` and ``\\b(?:b)\\b``. Such a group matches where one of its members does, and where it
    does its match is its first member's that matches there (the regex engine tries the alternatives in order, each
    followed by the same ``\\b``); so :meth:`group_spans` finds its ``finditer`` spans in the same pass by matching,
    at each pre-filter hit, only the members whose prefixes occur there, and never compiles the alternation itself (a
    group with an unfilterable member, or with no members given, is scanned with plain ``finditer``).

    The trie regex costs ~0.5 s to build for the lexicons, far more than scanning a short text plainly, so it
    is built on first need only once about ``build_after`` pattern-characters (patterns x characters) have been
    scanned plainly: a one-line work never builds it, a long work or a batch of passages does at once. Given a
    ``store`` name, what the build makes is kept on disk and read back by the next process (:mod:`.prefilter_store`).
    """

    def __init__(self, patterns: list[re.Pattern[str]],
                 groups: Sequence[tuple[re.Pattern[str], Sequence[int]]] = (),
                 build_after: int = BUILD_AFTER, store: str | None = None) -> None:
        self.patterns = patterns
        self.groups = [(pattern, tuple(members)) for pattern, members in groups]
        self.build_after = build_after
        self.store = store
        self.loaded = False  # whether the last build was read from the store
        self._plain_cost = 0  # pattern-characters scanned plainly so far
        self._built = False
        self._trigger: re.Pattern[str] | None = None
        self.plain: list[int] = []
        self.owners: dict[str, list[int]] = {}  # literal prefix -> the patterns it begins
        # trigger word -> _hits' patterns, and each of their groups with its members among them
        self._path: dict[str, tuple[tuple[int, ...], tuple[tuple[int, tuple[int, ...]], ...]]] = {}
        self._group_of: dict[int, int] = {}  # pattern -> the group it is a member of
        self._plain_groups: list[int] = []
        self._rank = {k: i for _pattern, members in self.groups for i, k in enumerate(members)}  # alternation order
        self._codes: dict[int, prefilter_store.Compiled] = {}  # the compiled code handed to patterns compiled lazily

    @property
    def built(self) -> bool:
        """Whether the pre-filter has been built (see the class doc)."""
        return self._built

    @property
    def trigger(self) -> re.Pattern[str] | None:
        """The pre-filter regex (built on first access); None when no pattern can be pre-filtered."""
        self.build()
        return self._trigger

    def build(self) -> None:
        """Build the pre-filter now (else it is built when first needed, see the class doc)."""
        if self._built:
            return
        key = self._store_key() if self.store else ""
        state = prefilter_store.load(self.store, key) if self.store else None
        if state is not None and self._restore(state):
            self.loaded = True
        else:
            with _gc_paused():
                compiled = self._build()
            if self.store:
                prefilter_store.save(self.store, key, self._state(compiled))
        self._built = True

    def _store_key(self) -> str:
        """Everything the build depends on, as :func:`.prefilter_store.key_of`'s key."""
        source = _SOURCE.read_text(encoding="utf-8") if _SOURCE.is_file() else ""
        return prefilter_store.key_of([
            source, " ".join(sorted(STOP_WORDS)),
            *(f"{p.pattern}\0{p.flags}" for p in self.patterns),
            *(f"{p.pattern}\0{p.flags}\0{members}" for p, members in self.groups)])

    def _state(self, compiled: prefilter_store.Compiled | None) -> dict[str, Any]:
        return {"plain": self.plain, "owners": self.owners, "group_of": self._group_of,
                "plain_groups": self._plain_groups, "trigger": compiled, "codes": self._codes}

    def _adopt(self, k: int, compiled: re.Pattern[str], parts: prefilter_store.Compiled) -> prefilter_store.Compiled:
        """Hand pattern ``k`` (one compiled on first use, such as :class:`~.lexicon.LazyPattern`) its compiled
        form; ``parts``, to keep, are given back."""
        self.patterns[k].adopt(compiled)  # type: ignore[attr-defined]
        return parts

    def _restore(self, state: dict[str, Any]) -> bool:
        """Take a stored build (:meth:`_state`); False, nothing taken, when it cannot be used."""
        try:
            trigger = None if state["trigger"] is None else prefilter_store.from_parts(state["trigger"])
            if trigger is None and state["owners"]:
                return False  # the text regex of the fallback is not stored: build it
            plain, owners = list(state["plain"]), dict(state["owners"])
            group_of, plain_groups = dict(state["group_of"]), list(state["plain_groups"])
            for k, parts in state["codes"].items():
                self._codes[k] = self._adopt(k, prefilter_store.from_parts(parts, self.patterns[k].pattern), parts)
        except Exception:  # noqa: BLE001  (stored data or the engine's own check: on any surprise, build)
            return False
        self.plain, self.owners, self._group_of, self._plain_groups = plain, owners, group_of, plain_groups
        self._trigger = trigger
        return True

    def _build(self) -> prefilter_store.Compiled | None:
        """Read each pattern's prefixes (or mark it plain), sort the groups, and make the trigger (its compiled
        code is returned, to keep)."""
        flags = self.patterns[0].flags if self.patterns else 0
        trees: dict[int, Any] = {}
        for k, pattern in enumerate(self.patterns):
            try:
                tree = sre_parser.parse(pattern.pattern, pattern.flags)
            except Exception:  # noqa: BLE001  (an internal, untyped API: on any surprise, no prefilter)
                tree = None
            prefixes = None if tree is None else _tree_prefixes(tree)
            if prefixes is None:
                self.plain.append(k)
                continue
            if hasattr(pattern, "adopt"):  # compiled on first use: compiled now from the tree at hand, and kept
                self._codes[k] = self._adopt(k, *prefilter_store.compile_parts(tree, pattern.flags, pattern.pattern))
            cut = _without_extensions({p[:MAX_PREFIX_CHARS] for p in prefixes})
            if any(is_common(p) for p in cut) and _embeddable(tree, flags):
                trees[k] = tree  # kept only where a condition needs it: all 800 trees would add ~25 MB to peak RSS
            for prefix in cut:
                self.owners.setdefault(prefix, []).append(k)
        plain = set(self.plain)
        for g, (_pattern, members) in enumerate(self.groups):
            if not members or plain.intersection(members):
                self._plain_groups.append(g)
            else:
                self._group_of.update((k, g) for k in members)
        if not self.owners:
            return None
        self._trigger, compiled = _trigger(self.owners, trees, flags)
        return compiled

    def _filtered(self, text: str) -> bool:
        """Whether to scan ``text`` with the pre-filter (building it when plain scans have cost enough)."""
        if not self._built:
            cost = len(text) * (len(self.patterns) + len(self.groups))
            if self._plain_cost + cost < self.build_after:
                self._plain_cost += cost
                return False
            self.build()
        return self._trigger is not None

    def _hits(self, text: str) -> Iterator[tuple[int, tuple[int, ...]]]:
        """(position, the filterable patterns that may match there) at every pre-filter hit."""
        assert self._trigger is not None
        path = self._path
        for hit in self._trigger.finditer(text):
            word = hit.group(1)
            yield hit.start(), (path.get(word) or self._path_of(word))[0]

    def _path_of(self, word: str) -> tuple[tuple[int, ...], tuple[tuple[int, tuple[int, ...]], ...]]:
        """The patterns of every prefix present where the trigger found ``word`` (they all lie on the trie path of
        the longest one, ``word``), and the groups they are members of, each with its members among them."""
        ks = sorted({k for j in range(MIN_PREFIX, len(word) + 1) for k in self.owners.get(word[:j], ())})
        members: dict[int, list[int]] = {}
        for k in ks:
            if k in self._group_of:
                members.setdefault(self._group_of[k], []).append(k)
        rank = self._rank
        found = self._path[word] = (tuple(ks), tuple((g, tuple(sorted(members[g], key=rank.__getitem__)))
                                                     for g in sorted(members)))
        return found

    def spans(self, text: str) -> list[list[tuple[int, int]]]:
        """Each pattern's ``finditer`` spans over ``text``."""
        if not self._filtered(text):
            return [[m.span() for m in pattern.finditer(text)] for pattern in self.patterns]
        out: list[list[tuple[int, int]]] = [[] for _ in self.patterns]
        for k in self.plain:
            out[k] = [m.span() for m in self.patterns[k].finditer(text)]
        last = [0] * len(self.patterns)  # where each pattern's finditer would look next
        for start, ks in self._hits(text):
            for k in ks:
                if start < last[k]:
                    continue
                m = self.patterns[k].match(text, start)
                if m is not None:
                    out[k].append(m.span())
                    last[k] = m.end()
        return out

    def present(self, text: str) -> set[int]:
        """The indices of the patterns that match anywhere in ``text`` (where ``search`` finds something)."""
        if not self._filtered(text):
            return {k for k, pattern in enumerate(self.patterns) if pattern.search(text) is not None}
        found = {k for k in self.plain if self.patterns[k].search(text) is not None}
        for start, ks in self._hits(text):
            for k in ks:
                if k not in found and self.patterns[k].match(text, start) is not None:
                    found.add(k)
        return found

    def group_spans(self, text: str) -> list[list[tuple[int, int]]]:
        """Each group's ``finditer`` spans over ``text``."""
        if not self._filtered(text):
            return [[m.span() for m in pattern.finditer(text)] for pattern, _members in self.groups]
        out: list[list[tuple[int, int]]] = [[] for _ in self.groups]
        for plain in self._plain_groups:
            out[plain] = [m.span() for m in self.groups[plain][0].finditer(text)]
        last = [0] * len(self.groups)  # where each group's finditer would look next
        assert self._trigger is not None
        path, patterns = self._path, self.patterns
        for hit in self._trigger.finditer(text):  # _hits inlined: this loop is the hot one on long works
            word = hit.group(1)
            start = hit.start()
            for g, members in (path.get(word) or self._path_of(word))[1]:
                if start < last[g]:  # a group matches only where one of its members' prefixes occurs
                    continue
                for k in members:  # the group's match there is its first matching member's (see the class doc)
                    m = patterns[k].match(text, start)
                    if m is not None:
                        out[g].append(m.span())
                        last[g] = m.end()
                        break
        return out


_SOURCE = Path(__file__)
