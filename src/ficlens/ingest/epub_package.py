"""An EPUB's package: container.xml → the OPF → metadata, manifest and spine (parsed with zipfile + lxml)."""

from __future__ import annotations

import posixpath
import zipfile
from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import unquote

from lxml import etree

from ficlens.ingest.archive import ZipProblem, read_named
from ficlens.ingest.markup import Element, parse_xhtml, squash
from ficlens.ingest.repair import repair_mojibake

_XHTML_TYPES = frozenset({"application/xhtml+xml", "text/html", "application/xml", "text/xml"})


@dataclass(slots=True)
class SpineItem:
    id: str
    name: str  # the member's name in the zip


@dataclass
class Package:
    zf: zipfile.ZipFile
    metadata: dict[str, list[str]] = field(default_factory=dict)
    spine: list[SpineItem] = field(default_factory=list)
    toc_name: str | None = None  # the NCX (EPUB 2) or nav document (EPUB 3)
    repaired: bool = False  # some metadata or page text held mojibake, repaired as it was read (ingest.repair)

    def meta(self, name: str) -> list[str]:
        """Values of a Dublin Core element (``title``, ``creator``, ``subject`` …), in order."""
        return self.metadata.get(name, [])

    def first(self, name: str) -> str | None:
        values = self.meta(name)
        return values[0] if values else None

    def document(self, item: SpineItem) -> Element:
        return self._documents[item.name]

    @cached_property
    def toc_titles(self) -> dict[str, str]:
        """Member name → its first title in the table of contents (NCX or EPUB 3 nav); empty if there is none."""
        if self.toc_name is None:
            return {}
        try:
            root = parse_xhtml(read_named(self.zf, self.toc_name))
        except ZipProblem:
            return {}
        self.repaired = _repair_tree(root) or self.repaired
        base = posixpath.dirname(self.toc_name)
        titles: dict[str, str] = {}
        for point in root.xpath("//navPoint"):
            src = point.xpath("./content/@src")
            label = point.xpath("./navLabel/text")
            if src and label:
                titles.setdefault(_resolve(base, src[0]), squash("".join(label[0].itertext())))
        for link in root.xpath("//nav//a[@href]"):
            titles.setdefault(_resolve(base, link.get("href")), squash("".join(link.itertext())))
        return {name: title for name, title in titles.items() if title}

    @cached_property
    def _documents(self) -> dict[str, Element]:
        documents = {}
        for item in self.spine:
            root = parse_xhtml(read_named(self.zf, item.name))
            self.repaired = _repair_tree(root) or self.repaired
            documents[item.name] = root
        return documents


def _repair_tree(root: Element) -> bool:
    """Put back the mojibake of every text and tail under ``root`` (node by node, before any offset exists);
    True when something changed."""
    changed = False
    for el in root.iter():
        for attr in ("text", "tail"):
            value = getattr(el, attr)
            if value and not value.isascii():
                fixed = repair_mojibake(value)
                if fixed is not value:
                    try:
                        setattr(el, attr, fixed)
                    except ValueError:  # the repair made a character XML cannot hold: keep the text as it was
                        continue
                    changed = True
    return changed


def open_package(zf: zipfile.ZipFile) -> Package:
    container = _xml(read_named(zf, "META-INF/container.xml"), "META-INF/container.xml")
    rootfile = container.find(".//{*}rootfile")
    opf_path = rootfile.get("full-path") if rootfile is not None else None
    if not opf_path:
        raise ZipProblem("META-INF/container.xml names no package (OPF) file")
    opf = _xml(read_named(zf, opf_path), opf_path)
    base = posixpath.dirname(opf_path)
    metadata: dict[str, list[str]] = {}
    repaired = False
    meta_el = opf.find("{*}metadata")
    for el in meta_el if meta_el is not None else []:
        if isinstance(el.tag, str) and el.tag.startswith("{http://purl.org/dc/elements/1.1/}"):
            value = squash("".join(el.itertext()))
            if value:
                fixed = repair_mojibake(value)
                repaired = repaired or fixed is not value
                metadata.setdefault(etree.QName(el).localname, []).append(fixed)
    manifest: dict[str, tuple[str, str]] = {}
    toc_name: str | None = None
    for item in opf.iterfind("{*}manifest/{*}item"):
        href = item.get("href")
        if item.get("id") and href:
            name = _resolve(base, href)
            manifest[item.get("id", "")] = (name, item.get("media-type", ""))
            if item.get("media-type") == "application/x-dtbncx+xml" or "nav" in (item.get("properties") or "").split():
                toc_name = toc_name or name
    spine: list[SpineItem] = []
    for ref in opf.iterfind("{*}spine/{*}itemref"):
        entry = manifest.get(ref.get("idref", ""))
        if entry is not None and (entry[1] in _XHTML_TYPES or entry[0].endswith((".xhtml", ".html", ".htm"))):
            spine.append(SpineItem(id=ref.get("idref", ""), name=entry[0]))
    if not spine:
        raise ZipProblem("the EPUB's spine lists no documents")
    return Package(zf=zf, metadata=metadata, spine=spine, toc_name=toc_name, repaired=repaired)


def _resolve(base: str, href: str) -> str:
    """A manifest or TOC href (relative, URL-encoded, maybe with a #fragment) as a zip member name."""
    return posixpath.normpath(posixpath.join(base, unquote(href.split("#")[0])))


def _xml(data: bytes, name: str) -> Element:
    try:
        return etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError as exc:
        raise ZipProblem(f"{name} is not well-formed XML ({exc})") from exc
