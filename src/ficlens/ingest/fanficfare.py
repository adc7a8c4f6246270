"""FanFicFare EPUBs: metadata from the OPF and the title page's ``<b>Label:</b> value<br/>`` lines.

For AO3 stories FanFicFare puts the FANDOMS in "Category" and the Additional Tags plus AO3's categories in "Genre";
its "Warnings" are then AO3's archive warnings. For other sites "Category" is the fandom too, and genres and
warnings are free-form tags.
"""

from __future__ import annotations

from ficlens.ingest.ao3_tags import CATEGORIES, TagCollector, ao3_id_from, split_tags, work_url
from ficlens.ingest.epub_package import Package, SpineItem
from ficlens.ingest.markup import Element, classes, first, squash, tag_of, text_of
from ficlens.ingest.render import TextBuilder
from ficlens.ingest.work_facts import fanficfare_meta
from ficlens.work import AuthorTags, Work

_SKIPPED_PAGES = frozenset({"title_page", "toc_page", "log_page"})
_SKIPPED_BODY_CLASSES = frozenset({"fff_titlepage", "fff_tocpage", "fff_logpage"})

#: Title-page label (lower case) → AuthorTags field, the same for every site.
_FIELDS = {
    "category": "fandoms", "fandoms": "fandoms", "fandom": "fandoms",
    "characters": "characters", "relationships": "relationships", "rating": "rating",
    "freeform tags": "freeforms", "additional tags": "freeforms", "ao3 categories": "categories",
}


def is_fanficfare(pkg: Package) -> bool:
    marks = [*pkg.meta("contributor"), *pkg.meta("identifier")]
    return any("fanficfare" in m.lower() for m in marks) or any(i.id == "title_page" for i in pkg.spine)


def read_fanficfare(pkg: Package, source: str) -> Work:
    title_item = next((i for i in pkg.spine if i.id == "title_page" or i.name.endswith("/title_page.xhtml")), None)
    labels = title_page_fields(pkg.document(title_item)) if title_item is not None else {}
    url = pkg.first("source") or next((v for v in pkg.meta("identifier") if v.startswith("http")), None)
    is_ao3 = any("archiveofourown.org" in (v or "") for v in (url, pkg.first("publisher"), labels.get("publisher")))
    builder = TextBuilder()
    for item in pkg.spine:
        if not _is_skipped(pkg, item):
            _add_chapter(builder, pkg.document(item))
    text, chapters = builder.build()
    ao3_id = ao3_id_from([url]) if is_ao3 and url else None
    return Work(
        text=text,
        source=source,
        format="fanficfare-epub",
        title=pkg.first("title"),
        authors=pkg.meta("creator"),
        chapters=chapters,
        author_tags=author_tags(labels, is_ao3),
        summary=labels.get("summary") or pkg.first("description"),
        url=work_url(ao3_id) if ao3_id else url,
        ao3_id=ao3_id,
        language=pkg.first("language"),
        styles=builder.styles,
        meta=fanficfare_meta(labels),
    )


def title_page_fields(root: Element) -> dict[str, str]:
    """``{"category": "Sherlock (TV)", …}`` from the title page's bold labels (lower-case keys, no colon)."""
    fields: dict[str, str] = {}
    for b in root.iter("b"):
        label = text_of(b).rstrip(":").strip().lower()
        if not label or label in fields:
            continue
        parts = [b.tail or ""]
        sib = b.getnext()
        while sib is not None and tag_of(sib) not in ("br", "b"):
            parts.append("".join(sib.itertext()) + (sib.tail or ""))
            sib = sib.getnext()
        fields[label] = squash(" ".join(parts))
    return fields


def author_tags(labels: dict[str, str], is_ao3: bool) -> AuthorTags | None:
    collector = TagCollector()
    for label, value in labels.items():
        values = split_tags(value)
        if label in _FIELDS:
            collector.add(_FIELDS[label], values)
        elif label == "genre" and is_ao3:
            collector.add("categories", [v for v in values if v in CATEGORIES])
            collector.add("freeforms", [v for v in values if v not in CATEGORIES])
        elif label == "warnings":
            collector.add("archive_warnings" if is_ao3 else "freeforms", values)
        elif label == "genre":
            collector.add("freeforms", values)
    return collector.result()


def _is_skipped(pkg: Package, item: SpineItem) -> bool:
    if item.id in _SKIPPED_PAGES or item.name.rsplit("/", 1)[-1].removesuffix(".xhtml") in _SKIPPED_PAGES:
        return True
    body = first(pkg.document(item).xpath("//body"))
    return body is not None and bool(classes(body) & _SKIPPED_BODY_CLASSES)


def _add_chapter(builder: TextBuilder, root: Element) -> None:
    body = first(root.xpath("//body"))
    if body is None:
        return
    heading = first(body.xpath(".//*[contains(@class, 'fff_chapter_title')]"))
    meta_title = first(root.xpath("//meta[@name='chaptertitle']/@content"))
    title = text_of(heading) if heading is not None else (squash(meta_title) if meta_title else None)
    builder.start_chapter(title or None)
    for child in body:
        if child is not heading and tag_of(child) is not None:
            builder.add(child)
