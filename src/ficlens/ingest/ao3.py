"""AO3 works: the HTML download, a saved live work page, and the AO3 EPUB (the same HTML split by calibre).

One parser serves all three. It works on a list of document roots (one for HTML, the spine documents for an EPUB)
and trusts ids (``#preface``, ``#chapters``, ``#afterword``, ``#workskin``) and label text, which survive calibre,
more than class names, which calibre rewrites.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ficlens.ingest.ao3_tags import TagCollector, ao3_id_from, class_field, label_field, split_tags, work_url
from ficlens.ingest.markup import Element, classes, is_comment, squash, tag_of, text_of
from ficlens.ingest.render import SKIP_CLASSES, TextBuilder
from ficlens.ingest.work_facts import ao3_meta, stats_elements
from ficlens.styles import StyleSpan
from ficlens.work import AuthorNote, AuthorTags, Chapter
from ficlens.work_meta import WorkMeta

_META_CLASSES = frozenset({"meta", "preface", "notes", "endnote-link", "end"})
_RELATIVE_WORK = re.compile(r"^/works/(\d+)")
_CHAPTER_MARK = "chapter content"


@dataclass(slots=True)
class Ao3Work:
    """What an AO3 document says: the body text with its chapters, kept apart from title, tags and notes."""

    text: str
    chapters: list[Chapter]
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    author_tags: AuthorTags | None = None
    summary: str | None = None
    notes: list[AuthorNote] = field(default_factory=list)  # in reading order, each with its place
    ao3_id: str | None = None
    language: str | None = None
    styles: list[StyleSpan] = field(default_factory=list)
    meta: WorkMeta | None = None


def is_ao3(roots: list[Element]) -> bool:
    """An AO3 download has ``#preface`` and a labelled tag list ("Rating:" …); a live page has ``#workskin``."""
    if _all(roots, "//*[@id='workskin']"):
        return True
    return bool(_all(roots, "//*[@id='preface']")) and _has_tag_list(roots)


@dataclass(slots=True)
class _ChapterNotes:
    """Chapter notes as they are met: each after the chapter headings met so far, before or after that chapter's
    text (``mark`` -1: before any heading)."""

    marks: int = 0
    has_text: bool = False
    found: list[tuple[str, int, bool]] = field(default_factory=list)  # (text, mark, after the text)

    def placed(self, chapters: int) -> list[AuthorNote]:
        """The notes with indexes into the built chapters (one more than the headings when text came first)."""
        shift = chapters - self.marks
        return [AuthorNote(text, "after" if after else "before", max(0, mark + shift))
                for text, mark, after in self.found if text]


def parse_ao3(roots: list[Element]) -> Ao3Work:
    builder = TextBuilder()
    notes = _ChapterNotes()
    for container in _all(roots, "//*[@id='chapters']"):
        _read_chapters(container, builder, notes)
    text, chapters = builder.build()
    prefaces = _all(roots, "//*[@id='preface'] | //*[@id='workskin']/*[contains(@class, 'preface')]")
    summary, preface_notes = _summary_and_notes(prefaces)
    end_notes = [text_of(q) for q in _all(roots, "//*[@id='afterword']//blockquote | //*[@id='work_endnotes']"
                                                 "//blockquote")]
    tag_lists = _all(roots, _TAG_LISTS)  # searched once: the tags and the stats both come from them
    return Ao3Work(
        text=text,
        chapters=chapters,
        title=_title(prefaces),
        authors=_authors(prefaces),
        author_tags=_tags(tag_lists),
        summary=summary,
        notes=[*(AuthorNote(n) for n in preface_notes if n), *notes.placed(len(chapters)),
               *(AuthorNote(n, "end") for n in end_notes if n)],
        ao3_id=_work_id(roots),
        language=(roots[0].get("lang") or roots[0].get("{http://www.w3.org/XML/1998/namespace}lang")) or None,
        styles=builder.styles,
        meta=ao3_meta(*stats_elements(tag_lists)),
    )


def _all(roots: list[Element], xpath: str) -> list[Element]:
    return [el for root in roots for el in root.xpath(xpath)]


# -- body ------------------------------------------------------------------------------------------------------


def _blocks(container: Element) -> list[Element]:
    """The children of ``#chapters``, with a live page's ``div.chapter`` wrappers opened up."""
    out: list[Element] = []
    for child in container:
        names = classes(child)
        if tag_of(child) == "div" and "chapter" in names and "preface" not in names:
            out.extend(_blocks(child))
        else:
            out.append(child)
    return out


def _read_chapters(container: Element, builder: TextBuilder, notes: _ChapterNotes) -> None:
    blocks = _blocks(container)
    marked = any(is_comment(b) and squash(b.text or "").lower() == _CHAPTER_MARK for b in blocks)
    inside = False
    for block in blocks:
        if is_comment(block):
            mark = squash(block.text or "").lower()
            inside = mark == _CHAPTER_MARK if mark in (_CHAPTER_MARK, "/" + _CHAPTER_MARK) else inside
            continue
        if tag_of(block) is None or "toc-heading" in classes(block):
            continue
        if (marked and not inside) or (not marked and _is_meta(block)):
            heading = _chapter_heading(block)
            if heading is not None:
                builder.start_chapter(text_of(heading) or None)
                notes.marks, notes.has_text = notes.marks + 1, False
            notes.found.extend((text_of(q), notes.marks - 1, notes.has_text) for q in block.iter("blockquote"))
        else:
            builder.add(block)
            notes.has_text = True


def _chapter_heading(block: Element) -> Element | None:
    if tag_of(block) in ("h2", "h3"):
        return block
    for el in block.iter("h2", "h3"):
        names = classes(el)
        if tag_of(el) == "h2" or "title" in names:
            return el if "toc-heading" not in names else None
    return None


def _is_meta(block: Element) -> bool:
    """A chapter's heading/notes block or an end-notes block, as opposed to the chapter's text."""
    ident = block.get("id") or ""
    if classes(block) & _META_CLASSES or ident.startswith("endnotes") or ident.endswith("endnotes"):
        return True
    children = [c for c in block if tag_of(c) is not None]
    return bool(children) and tag_of(children[0]) in ("h2", "h3") and _looks_like_heading(children[0])


def _looks_like_heading(el: Element) -> bool:
    """AO3's chapter heading: class "heading"/"title", a calibre TOC anchor, or "Chapter N" text."""
    ident = el.get("id") or ""
    if classes(el) & SKIP_CLASSES:
        return False
    return bool(classes(el) & {"heading", "title"} or ident.startswith("calibre_toc")
                or re.match(r"chapter \d+", text_of(el).lower()))


# -- preface ---------------------------------------------------------------------------------------------------


def _title(prefaces: list[Element]) -> str | None:
    for preface in prefaces:
        for el in preface.xpath(".//h1 | .//h2[contains(@class, 'title')]"):
            title = text_of(el)
            if title:
                return title
    return None


def _authors(prefaces: list[Element]) -> list[str]:
    names: list[str] = []
    for preface in prefaces:
        for a in preface.xpath(".//*[contains(@class, 'byline')]//a[@rel='author']"):
            name = text_of(a)
            if name and name not in names:
                names.append(name)
    if names:
        return names
    for preface in prefaces:  # "by Anonymous": a byline without links
        for byline in preface.xpath(".//*[contains(@class, 'byline')]"):
            text = re.sub(r"^by\s+", "", text_of(byline))
            if text:
                return split_tags(text)
    return []


def _summary_and_notes(prefaces: list[Element]) -> tuple[str | None, list[str]]:
    summary: str | None = None
    notes: list[str] = []
    for preface in prefaces:
        for quote in preface.iter("blockquote"):
            text = text_of(quote)
            if summary is None and _label_before(quote).lower().startswith("summary"):
                summary = text
            elif text:
                notes.append(text)
    return summary, notes


def _label_before(el: Element) -> str:
    prev = el.getprevious()
    while prev is not None and tag_of(prev) is None:
        prev = prev.getprevious()
    return text_of(prev) if prev is not None else ""


# -- tags ------------------------------------------------------------------------------------------------------


#: The work's tag list: in the preface of a download or EPUB, ``dl.work.meta`` on a live page (never a list that
#: an author wrote into a chapter).
_TAG_LISTS = "//*[@id='preface']//dl | //dl[contains(concat(' ', normalize-space(@class), ' '), ' work ')]"


def _has_tag_list(roots: list[Element]) -> bool:
    return any(label_field(text_of(dt)) for dl in _all(roots, _TAG_LISTS) for dt in dl.iter("dt"))


def _tags(tag_lists: list[Element]) -> AuthorTags | None:
    """The author's tags from the work's tag lists (the ``dl`` elements :data:`_TAG_LISTS` finds)."""
    collector = TagCollector()
    for dl in tag_lists:
        label: str | None = None
        for child in dl:
            tag = tag_of(child)
            if tag == "dt":
                label = text_of(child)
            elif tag == "dd":
                name = class_field(classes(child)) or (label_field(label) if label else None)
                if name is not None:
                    collector.add(name, _dd_values(child))
                label = None
    return collector.result()


def _dd_values(dd: Element) -> list[str]:
    links = [text_of(a) for a in dd.iter("a")]
    return [v for v in links if v] if links else split_tags(text_of(dd))


def _work_id(roots: list[Element]) -> str | None:
    hrefs = [h for root in roots for h in root.xpath("//a/@href | //link/@href | //meta/@content | //form/@action")]
    found = ao3_id_from(hrefs)
    if found:
        return found
    relative = Counter(m.group(1) for h in hrefs if (m := _RELATIVE_WORK.match(h)))
    return relative.most_common(1)[0][0] if relative else None


def ao3_url(ao3_id: str | None) -> str | None:
    return work_url(ao3_id) if ao3_id else None
