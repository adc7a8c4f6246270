"""Each format's reader is imported only when a work of that format is read: a text work imports neither the EPUB
nor the HTML reader (nor lxml or charset-normalizer), and an HTML work still reads."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from repo_paths import SRC


def test_a_text_work_imports_no_epub_or_html_reader(tmp_path: Path) -> None:
    work = tmp_path / "one.txt"
    work.write_text("Derek looked at Stiles.\n", encoding="utf-8")
    code = ("import sys\n"
            "from ficlens.ingest import read\n"
            f"works = list(read({str(work)!r}))\n"
            "heavy = ('lxml', 'charset_normalizer', 'ficlens.ingest.epub', 'ficlens.ingest.html')\n"
            "print(len(works), works[0].text.strip(), sorted(m for m in sys.modules if m.startswith(heavy)))\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          env={"PYTHONPATH": str(SRC), "PATH": ""})
    assert proc.stdout.split(maxsplit=1) == ["1", "Derek looked at Stiles. []\n"]


def test_an_html_work_still_reads(tmp_path: Path) -> None:
    from ficlens.ingest import read

    page = tmp_path / "page.html"
    page.write_text("<html><body><p>Derek looked at Stiles.</p></body></html>", encoding="utf-8")
    works = list(read(page))
    assert len(works) == 1 and "Derek looked at Stiles." in works[0].text
