"""Audit ficlens's regular expressions for catastrophic (super-linear) backtracking on hostile text.

Collects every pattern reachable from the modules of ``ficlens`` (module globals, walking into containers, dataclasses
and slotted objects such as the compiled cue lexicons, and ``LazyPattern`` stand-ins), plus every literal pattern
passed to ``re.compile``/``re.search``/... in the source (those compiled inside functions), and runs each on runs of
hostile text (one character or a short unit repeated, then a suffix that makes the match fail) in a worker process
with a time limit. A pattern is flagged when a run times out, or when its time grows far faster than the text
(long/short ratio well above the length ratio).

    PYTHONPATH=src python scripts/audit_regexes.py [--short 2000] [--long 20000] [--limit 10] [--only TEXT]
        [--skip PLACE]

Prints one line per flagged pattern (where it lives, the input that hurts, the growth) and exits 1 when any is
flagged. The audit runs for minutes: it is a check to rerun after editing patterns, not a test.
"""

from __future__ import annotations

import argparse
import ast
import dataclasses
import importlib
import multiprocessing as mp
import pkgutil
import re
import sys
import time
from collections.abc import Iterator
from multiprocessing.connection import Connection
from pathlib import Path
from types import ModuleType
from typing import Any

import ficlens

# what hostile text is made of: runs of one character class, and short units repeated (words, words and spaces,
# sentence ends, markup), each ended by a character that makes most matches fail
UNITS = (
    "a", "A", "1", " ", "\t", "\n", "\n\n", "!", ".", ",", "-", "_", "'", '"', "“", "”", "‘", "’", "*", "~", "#", "<",
    ">", "/", "(", "—", "…", "\u00a0", "é", "ab ", "Ab ", "ab-", "a.", ". ", "a, ", "Ab. ", "the ", "The ab ", "a\n",
    " \n", "* ", "- ", "a'", "<a>", "<!-- a -->", "<p>", "I ",
)
# a construct opened, then its body repeated (a tag, a comment, a quote that never closes)
OPENED = (("<a", "b"), ("<a ", "b "), ("<!--", "a"), ("<!--", "-"), ("<?xml", " "), ("A", "a"), ("A", "a "),
          ('"', "a "), ("“", "a "), ("(", "a"), ("[", "1"), ("&", "a"), ("title:", " "), ("Mr. A", " A"))
INPUTS = tuple(("", unit) for unit in UNITS) + OPENED
SUFFIXES = ("\x00", "a\x00!")
#: Patterns built at run time rather than at import, each compiled in the worker by a function named here (the
#: lexicons' pre-filter is compiled from a parsed tree: it has no pattern text to send).
BUILT = ("ficlens.analyse.warnings.cue_scan:trigger",)
#: Patterns that grow super-linearly on a run but are only ever applied to a bounded stretch of text, or matched at
#: one position per call (``match``/``fullmatch``, each call scanning text no other call scans), so that the whole
#: scan stays linear. Listed by their place; a flagged pattern here is reported as reviewed, not as flagged.
REVIEWED = {
    "analyse.cast.author_notes.OPENERS": "match at each paragraph's start",
    "analyse.cast.build._WORD_BEFORE": "searched in the 12-20 characters before a mention",
    "analyse.cast.build._TAG_GAP": "fullmatch of at most 20 characters",
    "analyse.cast.build._VERB_AFTER": "match right after a quote's tag",
    "analyse.cast.name_judge._PLACE_PREDICATE": "match in 80 characters after a name",
    "analyse.cast.name_judge._WORD_BEFORE": "searched in the 20 characters before a name",
    "analyse.cast.roles._ACT": "match right after a role",
    "analyse.cast.roles._TAG_AFTER": "match in 40 characters",
    "analyse.cast.roles._ROLE_THEN_NAME": "match right after a role",
    "analyse.cast.roles._SUBJECT_LAST": "match in 80 characters after a quote",
    "analyse.cast.roles._SUBJECT_FIRST": "match in 80 characters after a quote",
    "analyse.cast.roles._VOICE_CAME": "match in 80 characters after a quote",
    "analyse.dialogue._ROLE_AFTER_VERB": "match on the 60 characters after a quote",
    "analyse.relations.TITLE_USE": "match right after a kinship word",
    "analyse.speakers.conversation._TAG_AFTER_VERB_FIRST": "match on the 60 characters after a quote",
    "analyse.speakers.conversation._TAG_AFTER_WHO_FIRST": "match on the 60 characters after a quote",
    "analyse.speakers.conversation._NARRATOR_TAG_LOOSE": "match on the 60 characters after a quote",
    "analyse.speakers.conversation._SCENE_BREAK": "fullmatch of one paragraph: one start",
    "analyse.speakers.rules._SPOUSE_TAG": "match after a quote, in its tag's span",
    "analyse.speakers.rules._NAME_TAG": "match at the start of a quote's tag",
    "ingest.title_line._TITLE_FIELD": "searched in the first 20 lines: at most 20 starts",
}
_RE_FUNCTIONS = {"compile", "search", "match", "fullmatch", "sub", "subn", "split", "finditer", "findall"}


@dataclasses.dataclass(frozen=True)
class Found:
    where: str
    pattern: str | bytes
    flags: int


def _as_pattern(value: Any) -> tuple[str | bytes, int] | None:
    if isinstance(value, re.Pattern):
        return value.pattern, value.flags
    pattern, compile_ = getattr(value, "pattern", None), getattr(value, "_compile", None)
    if isinstance(pattern, str) and callable(compile_):  # a lazily compiled pattern (lexicon.LazyPattern)
        compiled = compile_()
        return (compiled.pattern, compiled.flags) if isinstance(compiled, re.Pattern) else None
    return None


def _children(value: Any) -> Iterator[tuple[str, Any]]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield f"[{key!r}]", item
    elif isinstance(value, (list, tuple, set, frozenset)):
        for index, item in enumerate(value):
            yield f"[{index}]", item
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield f".{field.name}", getattr(value, field.name, None)
    elif type(value).__module__.startswith("ficlens"):
        names = list(getattr(value, "__dict__", {}))
        for cls in type(value).__mro__:
            names += [n for n in getattr(cls, "__slots__", ()) if isinstance(n, str)]
        for name in names:
            yield f".{name}", getattr(value, name, None)


def _walk(where: str, value: Any, seen: set[int], depth: int) -> Iterator[Found]:
    if id(value) in seen or depth > 8 or isinstance(value, (str, bytes, int, float, ModuleType, type)):
        return
    seen.add(id(value))
    found = _as_pattern(value)
    if found is not None:
        yield Found(where, *found)
        return
    for step, child in _children(value):
        yield from _walk(where + step, child, seen, depth + 1)


def _modules() -> Iterator[ModuleType]:
    for info in pkgutil.walk_packages(ficlens.__path__, "ficlens."):
        if info.name.endswith("__main__"):
            continue
        try:
            yield importlib.import_module(info.name)
        except Exception as error:  # an optional dependency missing: its literal patterns are still read from source
            print(f"skipped {info.name}: {error!r:.120}", file=sys.stderr)


def reachable_patterns() -> list[Found]:
    """Every compiled pattern reachable from a ficlens module's globals (under each name that reaches it)."""
    found: list[Found] = []
    for module in _modules():
        for name, value in list(vars(module).items()):
            if isinstance(value, type) and value.__module__ == module.__name__:
                for attr, item in list(vars(value).items()):
                    found += _walk(f"{module.__name__}.{name}.{attr}", item, set(), 1)
            else:
                found += _walk(f"{module.__name__}.{name}", value, set(), 0)
    return found


def _constant_flags(call: ast.Call) -> int:
    flags = 0
    arguments = call.args[1:] + [k.value for k in call.keywords if k.arg == "flags"]
    for node in (n for argument in arguments for n in ast.walk(argument)):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "re":
            flags |= int(getattr(re, node.attr, 0)) if isinstance(getattr(re, node.attr, 0), int) else 0
    return flags


def literal_patterns(root: Path) -> list[Found]:
    """Every pattern given as a literal string to a ``re`` function in the source under ``root``."""
    found: list[Found] = []
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in _RE_FUNCTIONS
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "re" and node.args
                    and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, (str, bytes))):
                pattern = node.args[0].value
                found.append(Found(f"{path}:{node.lineno}", pattern, re.compile(pattern, _constant_flags(node)).flags))
    return found


def _built(name: str) -> re.Pattern[str] | None:
    module, what = name.split(":")
    if what == "trigger":
        return importlib.import_module(module).lexicon_scan().finder.trigger
    raise ValueError(name)


def _text(prefix: str, unit: str, suffix: str, length: int, as_bytes: bool) -> str | bytes:
    text = prefix + unit * (length // len(unit)) + suffix
    return text.encode("utf-8") if as_bytes else text


def _worker(jobs: Connection) -> None:
    while True:
        job = jobs.recv()
        if job is None:
            return
        pattern, flags, (prefix, unit), suffix, length = job
        built = isinstance(pattern, str) and pattern.startswith("built:")
        compiled: re.Pattern[Any] | None = _built(str(pattern)[len("built:"):]) if built else re.compile(pattern, flags)
        if compiled is None:
            jobs.send(0.0)
            continue
        text = _text(prefix, unit, suffix, length, isinstance(pattern, bytes))
        start = time.perf_counter()
        for _ in compiled.finditer(text):
            pass
        compiled.search(text)
        jobs.send(time.perf_counter() - start)


class Runner:
    """A worker process timing one match at a time, replaced when a match runs past the limit."""

    def __init__(self, limit: float) -> None:
        self.limit = limit
        self._start()

    def _start(self) -> None:
        self.conn, child = mp.Pipe()
        self.process = mp.Process(target=_worker, args=(child,), daemon=True)
        self.process.start()

    def time(self, pattern: str | bytes, flags: int, made: tuple[str, str], suffix: str, length: int
             ) -> float | None:
        """Seconds one finditer+search takes on ``made`` (a prefix, a unit to repeat), or None when it ran past the
        limit."""
        self.conn.send((pattern, flags, made, suffix, length))
        if self.conn.poll(self.limit):
            return float(self.conn.recv())
        self.process.kill()
        self.process.join()
        self._start()
        return None

    def close(self) -> None:
        self.conn.send(None)
        self.process.join(5)


def audit(found: Found, runner: Runner, short: int, long: int) -> list[str]:
    """The hostile inputs on which ``found`` grows super-linearly (each as one line), empty when none."""
    complaints = []
    for prefix, unit in INPUTS:
        for suffix in SUFFIXES:
            short_time = runner.time(found.pattern, found.flags, (prefix, unit), suffix, short)
            if short_time is None:
                return [f"{prefix!r}+{unit!r}*n+{suffix!r}: over {runner.limit:.0f} s at {short} chars"]
            if short_time < 0.003:  # a quadratic match of this many characters takes far longer
                continue
            long_time = runner.time(found.pattern, found.flags, (prefix, unit), suffix, long)
            ratio = (long_time if long_time is not None else float("inf")) / short_time
            if ratio > 3 * long / short:
                shown = f"{long_time:.3f} s" if long_time is not None else f"over {runner.limit:.0f} s"
                complaints.append(f"{prefix!r}+{unit!r}*n+{suffix!r}: {short_time:.4f} s at {short}, {shown} at {long} "
                                  f"(x{ratio:.0f} for x{long // short} the text)")
                return complaints
    return complaints


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--short", type=int, default=2_000, help="characters of the short hostile run")
    parser.add_argument("--long", type=int, default=20_000, help="characters of the long hostile run")
    parser.add_argument("--limit", type=float, default=10.0, help="seconds one match may take")
    parser.add_argument("--only", default="", help="audit only the patterns whose place or text holds this")
    parser.add_argument("--skip", default="", help="skip the patterns whose place holds this")
    args = parser.parse_args(argv)
    patterns: dict[tuple[str | bytes, int], list[str]] = {}
    built = [Found(name, f"built:{name}", 0) for name in BUILT]
    for found in literal_patterns(Path(ficlens.__file__).parent) + reachable_patterns() + built:
        patterns.setdefault((found.pattern, found.flags), []).append(found.where)
    chosen = [(key, wheres) for key, wheres in patterns.items()
              if (not args.only or args.only in str(key[0]) or any(args.only in w for w in wheres))
              and not (args.skip and any(args.skip in w for w in wheres))]
    print(f"{len(chosen)} distinct patterns", file=sys.stderr)
    runner, flagged = Runner(args.limit), 0
    try:
        for (pattern, flags), wheres in chosen:
            complaints = audit(Found(wheres[0], pattern, flags), runner, args.short, args.long)
            reviewed = [reason for place, reason in REVIEWED.items() if any(w.endswith(place) for w in wheres)]
            if complaints and reviewed:
                print(f"reviewed {wheres[0]} ({reviewed[0]}): " + "; ".join(complaints), flush=True)
            elif complaints:
                flagged += 1
                print(f"FLAGGED {', '.join(wheres[:3])}{' ...' if len(wheres) > 3 else ''}\n"
                      f"  pattern {str(pattern)[:300]!r} flags={flags}\n  " + "\n  ".join(complaints), flush=True)
    finally:
        runner.close()
    print(f"{flagged} of {len(chosen)} patterns flagged", file=sys.stderr)
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
