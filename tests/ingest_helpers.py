"""Helpers shared by the ingest tests (no tests here): exact-offset checks and small EPUB builders."""

from __future__ import annotations

import zipfile
from pathlib import Path

from ficlens.work import Work


def assert_clean_chapters(work: Work) -> None:
    """Chapters are ordered, inside the text, trimmed, and separated only by blank lines."""
    text = work.text
    prev_end = 0
    for i, ch in enumerate(work.chapters):
        assert 0 <= ch.start <= ch.end <= len(text)
        assert ch.start >= prev_end
        body = text[ch.start:ch.end]
        assert body == body.strip()
        assert text[prev_end:ch.start].strip() == "", f"text outside chapter {i}"
        prev_end = ch.end
    assert text[prev_end:].strip() == ""
    assert "\n\n\n" not in text
    for para in text.split("\n\n"):
        assert para == para.strip()
        assert "  " not in para


CONTAINER = """<?xml version="1.0"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles><rootfile full-path="{opf}" media-type="application/oebps-package+xml"/></rootfiles>
</container>"""

OPF = """<?xml version='1.0' encoding='utf-8'?>
<package xmlns="http://www.idpf.org/2007/opf" version="2.0" unique-identifier="uid">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:opf="http://www.idpf.org/2007/opf">
    {metadata}
  </metadata>
  <manifest>{manifest}</manifest>
  <spine>{spine}</spine>
</package>"""

XHTML = """<?xml version='1.0' encoding='utf-8'?>
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>{title}</title></head>
<body class="calibre">{body}</body></html>"""


NCX = """<?xml version="1.0"?><ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1"><navMap>
{points}</navMap></ncx>"""


def build_epub(path: Path, documents: list[tuple[str, str]], metadata: str, opf_dir: str = "OEBPS",
               toc: dict[str, str] | None = None) -> Path:
    """Write an EPUB: ``documents`` are (file name, body markup) in spine order; ``metadata`` is OPF XML;
    ``toc`` maps a document's href to its title in an NCX table of contents."""
    opf_path = f"{opf_dir}/content.opf" if opf_dir else "content.opf"
    prefix = f"{opf_dir}/" if opf_dir else ""
    manifest = "".join(f'<item id="d{i}" href="{name}" media-type="application/xhtml+xml"/>'
                       for i, (name, _) in enumerate(documents))
    if toc is not None:
        manifest += '<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>'

    spine = "".join(f'<itemref idref="d{i}"/>' for i in range(len(documents)))
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        zf.writestr("META-INF/container.xml", CONTAINER.format(opf=opf_path))
        zf.writestr(opf_path, OPF.format(metadata=metadata, manifest=manifest, spine=spine))
        if toc is not None:
            points = "".join(f'<navPoint id="p{i}"><navLabel><text>{label}</text></navLabel>'
                             f'<content src="{href}#start"/></navPoint>' for i, (href, label) in enumerate(toc.items()))
            zf.writestr(prefix + "toc.ncx", NCX.format(points=points))
        for name, body in documents:
            zf.writestr(prefix + name, XHTML.format(title="x", body=body), compress_type=zipfile.ZIP_DEFLATED)
    return path


def build_fanficfare_epub(path: Path, title: str, url: str, chapters: list[str]) -> Path:
    """Write an EPUB as FanFicFare makes one: its contributor mark, the story URL as ``dc:source``, a title page of
    labelled lines (skipped by the reader), then one document per chapter (``chapters``: each chapter's text)."""
    metadata = (f"<dc:title>{title}</dc:title><dc:creator>Ann Author</dc:creator>"
                "<dc:contributor>FanFicFare [https://github.com/JimmXinu/FanFicFare]</dc:contributor>"
                f"<dc:source>{url}</dc:source>")
    title_page = (f"<h3>{title}</h3><b>Source:</b> {url}<br/><b>Chapters:</b> {len(chapters)}<br/>"
                  "<b>Status:</b> In-Progress<br/><b>Category:</b> Teen Wolf<br/>")
    documents = [("title_page.xhtml", title_page)]
    documents += [(f"file{n:04d}_u{n}.xhtml",
                   f'<h3 class="fff_chapter_title">Chapter {n}</h3><p>{text}</p>')
                  for n, text in enumerate(chapters, 1)]
    return build_epub(path, documents, metadata)
