"""Rebuild the plain texts of the real-fanfic works set (data/works/sources.jsonl) from fetched repository mirrors.

Run: .venv/bin/python scripts/fetch_realfic.py MIRRORS [--out /work/realfic-cache] [--check]

MIRRORS is a folder holding one bare git mirror per source repository, named ``<owner>+<name>/repo`` (the layout
the team's ``fetch`` tool writes under /work/.mirror; a plain ``git clone --mirror`` renamed that way works too, and so
does a checkout there, whose ``repo/.git`` is read).
Each row of sources.jsonl names the repository, the commit and the path of one work; a path ending in ``/`` is a
chapter stored as several scene files, joined in file-name order, ``file#La-Lb`` is a chapter inside a whole-book
file (lines a to b), and ``file.js#content`` is a chapter kept in a JavaScript module as ``content:`` template
literals (one per scene, one paragraph a line), ``file.lyx`` is a LyX document (one paragraph a layout, a graphics
inset such as a scene divider becoming a scene break), and ``file.csv`` is a paragraph table with a ``text`` column (one
paragraph a row, as the fanfiction-nlp pipeline stores AO3 chapters; ``file.csv#La-Lb`` keeps data rows a to b), and
``file.pl#La-Lb`` is a story kept in a Perl page's ``__DATA__`` block (one paragraph a line, ``Q<...>`` for quoted
speech, ``hr``/``br`` lines as scene breaks, ``2 Title`` lines as headings; lines a to b of the whole file),
and ``file.txt`` is a plain-text story export that keeps one paragraph a line (Fimfiction's downloads;
``file.txt#La-Lb`` keeps lines a to b), and ``archive.zip#member.txt#La-Lb`` is lines a to b of a member of a zip
archive holding text extracted from a PDF (wrapped lines rejoined into paragraphs by :func:`wrapped_paragraphs`),
and ``book.epub#OEBPS/chapter1.html`` is the body of one chapter file of an EPUB (an e-book saved from AO3 or
fanfiction.net by a downloader), read as HTML. The text is read with ``git show COMMIT:PATH``
and converted to plain text by :func:`plain_text` below (the conversion the labels were written against: YAML or TOML
front matter dropped, Markdown emphasis, escapes, headings and links reduced to their words, HTML reduced to its text
with lxml, paragraphs kept as blank-line-separated blocks). ``--check`` also compares each text's sha256 and word count
with the row, so a changed conversion is caught before the labels' evidence offsets drift.
Rows whose licence allows redistribution also have their text committed under data/works/texts/.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "data" / "works" / "sources.jsonl"
DEFAULT_OUT = Path("/work/realfic-cache")

FRONT_MATTER = re.compile(r"\A(---|\+\+\+)\n.*?\n\1\n", re.S)  # YAML (Jekyll) or TOML (Hugo) front matter
ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|~>\"'])")
LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
HEADING = re.compile(r"^#{1,6}\s*", re.M)
SETEXT = re.compile(r"^(=+|-+)\s*$", re.M)
EMPHASIS = re.compile(r"(\*{1,3}|_{1,3})(?=\S)(.+?)(?<=\S)\1", re.S)
RULE = re.compile(r"^\s*(?:[*\-_]\s*){3,}$", re.M)
TAG = re.compile(r"<[A-Za-z/!][^>]*>")
LINES = re.compile(r"(.+)#L(\d+)-L(\d+)")
JS_CONTENT = "#content"
TEMPLATE = re.compile(r"\bcontent:\s*`((?:[^`\\]|\\.)*)`", re.S)
PLACEHOLDER = re.compile(r"\AContent for .*\.\.\.\Z", re.S)
PERL_QUOTE = re.compile(r"Q<([^<>]*)>")
PERL_HEADING = re.compile(r"^[1-6] (?=\S)")
PERL_BREAKS = {"hr", "br"}
ZIP_MEMBER = ".zip#"
EPUB_MEMBER = ".epub#"
BODY = re.compile(r"<body[^>]*>(.*)</body>", re.S | re.I)
RENPY_SAY = re.compile(
    r'(?:(?P<who>[A-Za-z_]\w*)(?:\s+[\w-]+)*\s+|"(?P<named>[^"]+)"\s+)?"(?P<what>(?:[^"\\]|\\.)*)"(?:\s+with\s+\w+)?'
)
RENPY_DEFINE = re.compile(r"define\s+(\w+)\s*=\s*(Dynamic)?Character\(\s*(?:'([^']*)'|\"([^\"]*)\")?")
RENPY_NAME = re.compile(r'\$?\s*(\w+)\s*=\s*"((?:[^"\\]|\\.)*)"')
RENPY_TEXT_TAG = re.compile(r"\{[^{}]*\}")
RENPY_DEFAULT = re.compile(r"default\s+(\w+)\s*=\s*(.+)")
RENPY_CONTINUE = "extend"
SENTENCE_END = tuple('.!?"\u201d\u2019\u2026')


def _html_text(text: str) -> str:
    """The text of a fragment that holds HTML tags: block elements become paragraphs."""
    from lxml import html

    text = re.sub(r"(?i)<br\s*/?>", "\n", text)
    text = re.sub(r"(?i)</(p|div|h[1-6]|li|blockquote)>", "\n\n", text)
    root = html.fromstring(f"<div>{text}</div>")
    return str(root.text_content())


def plain_text(markup: str) -> str:
    """The plain text of one Markdown (possibly HTML-bearing) document, paragraphs separated by one blank line."""
    text = markup.replace("\r\n", "\n").replace("\r", "\n")
    text = FRONT_MATTER.sub("", text, count=1)
    if TAG.search(text):
        text = _html_text(text)
    text = LINK.sub(r"\1", text)
    text = RULE.sub("\n\n* * *\n\n", text)
    text = HEADING.sub("", text)
    text = SETEXT.sub("", text)
    for _ in range(2):
        text = EMPHASIS.sub(r"\2", text)
    text = ESCAPE.sub(r"\1", text)
    paragraphs = []
    for block in re.split(r"\n\s*\n", text):
        lines = [line.strip() for line in block.split("\n")]
        joined = " ".join(line for line in lines if line)
        if joined:
            paragraphs.append(joined)
    return "\n\n".join(paragraphs) + "\n"


def _git_bytes(mirror: Path, *args: str) -> bytes:
    proc = subprocess.run(["git", "--git-dir", str(mirror), *args], capture_output=True)
    if proc.returncode != 0:
        raise RuntimeError(f"{mirror}: git {' '.join(args)}: {proc.stderr.decode(errors='replace').strip()}")
    return proc.stdout


def _git(mirror: Path, *args: str) -> str:
    return _git_bytes(mirror, *args).decode("utf-8", errors="replace")


def legacy_text(data: bytes) -> str:
    """Bytes as UTF-8, or as Windows-1252 when they are not valid UTF-8 (tables exported with curly quotes in
    the Windows code page)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def line_range(path: str) -> tuple[str, int | None, int | None]:
    """``file.md#L10-L20`` is lines 10 to 20 (1-based, inclusive) of file.md: a chapter inside a whole-book file."""
    match = LINES.fullmatch(path)
    if not match:
        return path, None, None
    return match.group(1), int(match.group(2)), int(match.group(3))


def template_scenes(module: str) -> str:
    """The scenes of a chapter kept as ``content: `...` `` template literals in a JavaScript module, as Markdown
    paragraphs (each source line is a paragraph); a part's placeholder ("Content for ...") is skipped."""
    scenes = []
    for match in TEMPLATE.finditer(module):
        body = match.group(1).replace("\\`", "`").strip()
        if body and not PLACEHOLDER.match(body):
            scenes.append("\n\n".join(line.strip() for line in body.split("\n") if line.strip()))
    return "\n\n".join(scenes)


def lyx_paragraphs(document: str) -> str:
    """The body of a LyX document as Markdown paragraphs: each ``\\begin_layout`` block is a paragraph whose text
    lines are joined as LyX wrapped them (a continuation line keeps its own leading space); commands (lines starting
    with a backslash) are dropped, insets are skipped and a graphics inset (a scene divider) becomes ``* * *``."""
    body = document.split("\\begin_body", 1)[-1]
    paragraphs: list[str] = []
    current: list[str] = []
    depth = 0
    for line in body.split("\n"):
        if line.startswith("\\begin_inset"):
            depth += 1
            if line.startswith("\\begin_inset Graphics"):
                paragraphs.append("* * *")
            continue
        if line.startswith("\\end_inset"):
            depth -= 1
            continue
        if depth:
            continue
        if line.startswith("\\end_layout"):
            text = "".join(current).strip()
            if text:
                paragraphs.append(text)
            current = []
        elif not line.startswith("\\"):
            current.append(line)
    return "\n\n".join(paragraphs)


def perl_story_paragraphs(lines: str) -> str:
    """Lines of a story kept in a Perl page's ``__DATA__`` block as Markdown paragraphs: each line is a paragraph,
    ``Q<speech>`` becomes "speech", a ``hr`` or ``br`` line a scene break and a ``2 Title`` heading line its title."""
    paragraphs = []
    for line in lines.split("\n"):
        line = line.strip()
        if not line:
            continue
        if line in PERL_BREAKS:
            paragraphs.append("* * *")
            continue
        paragraphs.append(PERL_QUOTE.sub(r'"\1"', PERL_HEADING.sub("", line)))
    return "\n\n".join(paragraphs)


def line_paragraphs(lines: str) -> str:
    """Lines of a plain-text story export that keeps one paragraph a line (with or without blank lines between,
    as Fimfiction's .txt downloads store chapters) as Markdown paragraphs."""
    return "\n\n".join(line.strip() for line in lines.split("\n") if line.strip())


def wrapped_paragraphs(lines: str) -> str:
    """Lines of text extracted from a PDF (wrapped at the page width, paragraphs not marked) as Markdown
    paragraphs: a line ends its paragraph when it is blank, shorter than 80% of the longest line, or ends a
    sentence and is shorter than 90% of it; the other lines run on into the next."""
    rows = [line.rstrip() for line in lines.split("\n")]
    width = max((len(row) for row in rows), default=0)
    paragraphs: list[str] = []
    current: list[str] = []
    for row in rows:
        if row.strip():
            current.append(row.strip())
        short = len(row) < 0.8 * width or (row.endswith(SENTENCE_END) and len(row) < 0.9 * width)
        if current and (not row.strip() or short):
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return "\n\n".join(paragraphs)


def zip_member_text(archive: bytes, member: str) -> str:
    """The text of one member of a zip archive (UTF-8)."""
    with zipfile.ZipFile(io.BytesIO(archive)) as opened:
        return opened.read(member).decode("utf-8")


def epub_chapter_markup(book: bytes, member: str) -> str:
    """The body of one XHTML chapter file inside an EPUB (a zip archive), its head (title, styles) left out."""
    document = zip_member_text(book, member)
    body = BODY.search(document)
    return body.group(1) if body else document


def renpy_speakers(definitions: str) -> tuple[dict[str, str], dict[str, str]]:
    """The speakers of a Ren'Py game from its ``define x = Character('Name')`` lines: a map of fixed names, and a map
    of ``DynamicCharacter('var')`` speakers to the variable holding their name (the narrator has neither)."""
    fixed: dict[str, str] = {}
    dynamic: dict[str, str] = {}
    for line in definitions.split("\n"):
        match = RENPY_DEFINE.match(line.strip())
        if not match or match.group(1) == "narrator":
            continue
        name = match.group(3) if match.group(3) is not None else match.group(4)
        if match.group(2):
            dynamic[match.group(1)] = name or match.group(1)
        else:
            fixed[match.group(1)] = name or match.group(1)
    return fixed, dynamic


def _renpy_text(what: str) -> str:
    return RENPY_TEXT_TAG.sub("", what.replace('\\"', '"').replace("\\n", " ")).strip()


def renpy_paragraphs(script: str, definitions: str, first: int | None = None, last: int | None = None) -> str:
    """Lines a to b of a Ren'Py script (a visual novel's say statements) as Markdown paragraphs.

    A narration line (a bare string) is a paragraph; a line said by a defined character (or by a name given as a
    string, ``"Guard" "text"``) is ``Name: "text"``; ``extend`` continues the line before. Text tags (``{i}``,
    ``{w=0.5}``) are dropped and interpolations such as ``[player]`` kept. A dynamic speaker's name is the last
    ``$ var = "Name"`` before the line in the script, or else the variable's ``default`` (``[var]`` when that is not
    a string, as for a name the player types), or else the game's most frequent value. Every other statement
    (scene, show, menu, python) is left out."""
    fixed, dynamic = renpy_speakers(definitions)
    values: dict[str, list[str]] = {}
    for line in definitions.split("\n"):
        match = RENPY_NAME.fullmatch(line.strip())
        if match and match.group(1) in dynamic.values():
            values.setdefault(match.group(1), []).append(match.group(2))
    names = {var: max(set(found), key=found.count) for var, found in values.items()}
    for line in definitions.split("\n"):
        default = RENPY_DEFAULT.fullmatch(line.strip())
        if default and default.group(1) in dynamic.values():
            literal = RENPY_NAME.fullmatch(f"{default.group(1)} = {default.group(2).strip()}")
            names[default.group(1)] = literal.group(2) if literal else f"[{default.group(1)}]"
    lines = script.split("\n")
    start = (first or 1) - 1
    paragraphs: list[str] = []
    for index, raw in enumerate(lines[: last if last is not None else len(lines)]):
        line = raw.strip()
        assigned = RENPY_NAME.fullmatch(line)
        if assigned and assigned.group(1) in dynamic.values():
            names[assigned.group(1)] = assigned.group(2)
            continue
        said = RENPY_SAY.fullmatch(line)
        if index < start or not said:
            continue
        who, text = said.group("who"), _renpy_text(said.group("what"))
        if not text:
            continue
        if who == RENPY_CONTINUE and paragraphs:
            last_line = paragraphs[-1]
            paragraphs[-1] = last_line[:-1] + " " + text + '"' if last_line.endswith('"') else last_line + " " + text
        elif said.group("named"):
            paragraphs.append(f'{said.group("named")}: "{text}"')
        elif who is None or who == "narrator":
            paragraphs.append(text)
        elif who in fixed or who in dynamic:
            speaker = fixed.get(who) or names.get(dynamic.get(who, ""), dynamic.get(who, who))
            paragraphs.append(f'{speaker}: "{text}"')
    return "\n\n".join(paragraphs)


def table_paragraphs(table: str, first: int | None = None, last: int | None = None) -> str:
    """The ``text`` column of a CSV paragraph table (rows a to b, 1-based and inclusive, when given) as Markdown
    paragraphs."""
    rows = list(csv.DictReader(table.splitlines(keepends=True)))
    if rows and "text" not in rows[0]:
        raise RuntimeError("paragraph table has no 'text' column")
    chosen = rows[(first or 1) - 1 : last]
    return "\n\n".join(row["text"].strip() for row in chosen if row["text"].strip())


def source_markup(mirror: Path, commit: str, path: str) -> str:
    """The stored markup of one work: a file, a line range of a file (``#La-Lb``), the scenes of a JavaScript
    chapter module (``#content``), the paragraphs of a LyX document (``.lyx``), the paragraphs of a CSV table
    (``.csv``, ``.csv#La-Lb`` for data rows a to b), the lines of a Perl page's story (``.pl#La-Lb``), the
    lines of a plain-text export with one paragraph a line (``.txt``, ``.txt#La-Lb``), the wrapped lines of a
    PDF's text kept inside a zip archive (``a.zip#member.txt#La-Lb``), the body of one chapter file of an EPUB
    (``book.epub#OEBPS/chapter1.html``), or (a path ending in /) its folder's files joined in name order."""
    if path.endswith(JS_CONTENT):
        return template_scenes(_git(mirror, "show", f"{commit}:{path[: -len(JS_CONTENT)]}"))
    if EPUB_MEMBER in path:
        book, member = path.split(EPUB_MEMBER, 1)
        return epub_chapter_markup(_git_bytes(mirror, "show", f"{commit}:{book}.epub"), member)
    file, first, last = line_range(path)
    if ZIP_MEMBER in file:
        archive, member = file.split(ZIP_MEMBER, 1)
        text = zip_member_text(_git_bytes(mirror, "show", f"{commit}:{archive}.zip"), member)
        return wrapped_paragraphs("\n".join(text.split("\n")[(first or 1) - 1 : last]))
    if file.endswith(".csv"):
        return table_paragraphs(legacy_text(_git_bytes(mirror, "show", f"{commit}:{file}")), first, last)
    if file.endswith(".rpy"):
        definitions = _git(mirror, "grep", "-h", "-E", r"^\s*(define|default|\$)?\s*\w+\s*=", commit, "--", "*.rpy")
        return renpy_paragraphs(_git(mirror, "show", f"{commit}:{file}"), definitions, first, last)
    if file.endswith(".lyx"):
        return lyx_paragraphs(_git(mirror, "show", f"{commit}:{file}"))
    if file.endswith(".pl"):
        lines = _git(mirror, "show", f"{commit}:{file}").split("\n")
        return perl_story_paragraphs("\n".join(lines[(first or 1) - 1 : last]))
    if file.endswith(".txt"):
        lines = _git(mirror, "show", f"{commit}:{file}").split("\n")
        return line_paragraphs("\n".join(lines[(first or 1) - 1 : last]))
    if first is not None and last is not None:
        lines = _git(mirror, "show", f"{commit}:{file}").split("\n")
        return "\n".join(lines[first - 1 : last])
    if not path.endswith("/"):
        return _git(mirror, "show", f"{commit}:{path}")
    listed = _git(mirror, "ls-tree", "-r", "--name-only", commit, path).splitlines()
    names = sorted(n for n in listed if n.endswith(".md"))
    return "\n\n".join(_git(mirror, "show", f"{commit}:{name}") for name in names)


def work_text(mirrors: Path, row: dict[str, str]) -> str:
    owner, name = row["repo"].split("/", 1)
    mirror = mirrors / f"{owner}+{name}" / "repo"
    if (mirror / ".git").is_dir():  # a checkout rather than a bare mirror: read its git directory
        mirror = mirror / ".git"
    if not mirror.is_dir():
        raise FileNotFoundError(f"{mirror}: no mirror of {row['repo']} (fetch it first)")
    return plain_text(source_markup(mirror, row["commit"], row["path"]))


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mirrors", type=Path, help="folder of <owner>+<name>/repo bare mirrors")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"where the texts go (default {DEFAULT_OUT})")
    parser.add_argument("--sources", type=Path, default=SOURCES)
    parser.add_argument("--check", action="store_true", help="fail when a text's sha256 or words differ from its row")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    failed = 0
    for line in args.sources.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        try:
            text = work_text(args.mirrors, row)
        except (OSError, RuntimeError) as err:
            print(f"{row['id']}: {err}", file=sys.stderr)
            failed += 1
            continue
        (args.out / f"{row['id']}.txt").write_text(text, encoding="utf-8")
        if args.check and (sha256(text) != row.get("sha256") or len(text.split()) != row.get("words")):
            print(f"{row['id']}: text differs from sources.jsonl (sha256/words)", file=sys.stderr)
            failed += 1
    print(f"wrote texts to {args.out}; {failed} problem(s)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
