"""scripts/fetch_realfic.py's conversion of stored Markdown to the plain text the labels are written against."""

from __future__ import annotations

import io
import subprocess
import zipfile
from pathlib import Path
from types import ModuleType

import pytest

from script_loader import load_script


def load_fetch() -> ModuleType:
    return load_script("scripts/fetch_realfic.py")


def test_markdown_becomes_plain_paragraphs() -> None:
    markup = (
        "---\ntitle: A Work\nrating: Explicit\n---\n\n# Chapter One\n\nShe *ran* to the [gate](http://x.org),\n"
        "breathing hard \\-\\- and <em>late</em>.\n\n\\* \\* \\*\n\n---\n\n**The end.**\n"
    )
    text = load_fetch().plain_text(markup)
    assert text == "Chapter One\n\nShe ran to the gate, breathing hard -- and late.\n\n* * *\n\n* * *\n\nThe end.\n"
    assert "Explicit" not in text


def test_toml_front_matter_is_dropped_like_yaml() -> None:
    markup = '+++\ntitle = "A Work"\nsummary = "<p>Two friends move in.</p>"\n+++\n\nThe car ride was *quiet*.\n'
    assert load_fetch().plain_text(markup) == "The car ride was quiet.\n"


def committed_repo(work: Path, name: str, text: str) -> Path:
    """A git repository at ``work`` holding one committed file (the test is skipped where git is missing)."""
    work.mkdir(parents=True)
    (work / name).write_text(text, encoding="utf-8")
    git = ["git", "-C", str(work), "-c", "user.email=t@t", "-c", "user.name=t"]
    try:
        subprocess.run([*git, "init", "-q"], check=True)
        subprocess.run([*git, "add", "."], check=True)
        subprocess.run([*git, "commit", "-qm", "x"], check=True)
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("git is not available")
    return work


def test_a_line_range_selects_a_chapter_of_a_book_file() -> None:
    fetch = load_fetch()
    assert fetch.line_range("book.md#L3-L5") == ("book.md", 3, 5)
    assert fetch.line_range("posts/12.md") == ("posts/12.md", None, None)


def test_texts_are_read_from_a_mirror(tmp_path: Path) -> None:
    fetch = load_fetch()
    work = committed_repo(tmp_path / "work", "book.md", "intro\n\n**Chapter 1**\n\nOne.\n\n**Chapter 2**\n\nTwo.\n")
    mirrors = tmp_path / "mirrors"
    (mirrors / "me+book").mkdir(parents=True)
    (mirrors / "me+book" / "repo").symlink_to(work / ".git")
    row = {"id": "w", "repo": "me/book", "commit": "HEAD", "path": "book.md#L3-L5"}
    assert fetch.work_text(mirrors, row) == "Chapter 1\n\nOne.\n"


def test_texts_are_read_from_a_checkout_in_the_mirror_folder(tmp_path: Path) -> None:
    fetch = load_fetch()
    committed_repo(tmp_path / "mirrors" / "me+book" / "repo", "story.md", "# One\n\nShe *ran*.\n")
    row = {"id": "w", "repo": "me/book", "commit": "HEAD", "path": "story.md"}
    assert fetch.work_text(tmp_path / "mirrors", row) == "One\n\nShe ran.\n"


def test_a_javascript_chapter_module_gives_its_scenes_as_paragraphs() -> None:
    fetch = load_fetch()
    module = (
        "export const chapters = [{ parts: [\n"
        "  { title: \"One\", content: `First line, <i>thought</i>.\n                    Second line.` },\n"
        "  { title: \"Two\", content: `Content for Two...` },\n"
        "  { title: \"Three\", content: `Third \\`quoted\\` line.` },\n"
        "]}];\n"
    )
    markup = fetch.template_scenes(module)
    assert markup == "First line, <i>thought</i>.\n\nSecond line.\n\nThird `quoted` line."
    assert fetch.plain_text(markup) == "First line, thought.\n\nSecond line.\n\nThird `quoted` line.\n"


def test_a_paragraph_table_gives_its_text_column_as_paragraphs() -> None:
    fetch = load_fetch()
    table = (
        "fic_id,chapter_id,para_id,text\n"
        '7,1,1,"“Hello,” she said, ""twice""."\n'
        "7,1,2,Second paragraph.\n"
        "7,1,3,Third paragraph.\n"
    )
    assert fetch.table_paragraphs(table) == "“Hello,” she said, \"twice\".\n\nSecond paragraph.\n\nThird paragraph."
    assert fetch.table_paragraphs(table, 2, 3) == "Second paragraph.\n\nThird paragraph."
    with pytest.raises(RuntimeError):
        fetch.table_paragraphs("a,b\n1,2\n")


def test_a_table_in_the_windows_code_page_keeps_its_curly_quotes() -> None:
    fetch = load_fetch()
    assert fetch.legacy_text("\u201cHi\u201d".encode("cp1252")) == "\u201cHi\u201d"
    assert fetch.legacy_text("\u201cHi\u201d".encode("utf-8")) == "\u201cHi\u201d"


def test_a_lyx_document_gives_its_layouts_as_paragraphs_and_dividers_as_breaks() -> None:
    document = (
        "#LyX 2.1\n\\begin_header\n\\textclass memoir\n\\end_header\n\\begin_body\n\n"
        "\\begin_layout Chapter\n\\noindent\nLiterally Incredible\n\\end_layout\n\n"
        "\\begin_layout Standard\nLex had been lounging when he'd first heard\n of a man whose name was "
        "unimportan\nt.\n"
        "\\end_layout\n\n\\begin_layout Standard\n\\align center\n\\begin_inset Graphics\n\tfilename divider.png\n"
        "\\end_inset\n\n\\end_layout\n\n\\begin_layout Standard\n\n\\shape italic\nThe end.\n\\shape default\n"
        "\\end_layout\n\n\\end_body\n\\end_document\n"
    )
    text = load_fetch().plain_text(load_fetch().lyx_paragraphs(document))
    assert text == (
        "Literally Incredible\n\nLex had been lounging when he'd first heard of a man whose name was unimportant.\n\n"
        "* * *\n\nThe end.\n"
    )


def test_a_perl_page_story_gives_one_paragraph_a_line_with_its_quotes_and_breaks() -> None:
    fetch = load_fetch()
    data = "2 Dreamscapes\nLee ran in.\nQ<Oh God Amanda, no!> he said.\nhr\n\nShe woke, Q<Hi.> Q<Bye.>\n"
    markup = fetch.perl_story_paragraphs(data)
    assert markup == 'Dreamscapes\n\nLee ran in.\n\n"Oh God Amanda, no!" he said.\n\n* * *\n\nShe woke, "Hi." "Bye."'
    assert fetch.plain_text(markup).endswith('* * *\n\nShe woke, "Hi." "Bye."\n')


def test_a_plain_text_export_gives_one_paragraph_a_line() -> None:
    fetch = load_fetch()
    markup = fetch.line_paragraphs("It was a normal day.\n  She ran.\n\n\nHe said *no*.\n")
    assert markup == "It was a normal day.\n\nShe ran.\n\nHe said *no*."
    assert fetch.plain_text(markup) == "It was a normal day.\n\nShe ran.\n\nHe said no.\n"


def test_wrapped_pdf_lines_are_rejoined_into_paragraphs() -> None:
    fetch = load_fetch()
    lines = (
        "He had spent far too long working in the lab and his back\n"
        "ached.\n"
        "Most evenings he would retire to his room and await her, as he\n"
        "always had done.\n"
        "\n"
        "\u201cBeloved sister.\u201d\n"
    )
    assert fetch.wrapped_paragraphs(lines) == (
        "He had spent far too long working in the lab and his back ached.\n\n"
        "Most evenings he would retire to his room and await her, as he always had done.\n\n"
        "\u201cBeloved sister.\u201d"
    )


def test_a_zip_archive_member_is_read_by_name() -> None:
    fetch = load_fetch()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("texts/story.txt", "One line.\n")
    assert fetch.zip_member_text(buffer.getvalue(), "texts/story.txt") == "One line.\n"


def test_an_epub_chapter_file_gives_its_body_text_without_the_head() -> None:
    fetch = load_fetch()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as book:
        book.writestr("mimetype", "application/epub+zip")
        book.writestr(
            "OEBPS/chapter1.html",
            '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><head>'
            "<title>Chapter 1 - A Work</title><style>p { margin: 0 }</style></head>\n<body>\n"
            "<h2>Chapter 1</h2>\n<p>She <em>ran</em>.</p><p>He\nfollowed.</p>\n</body></html>",
        )
    markup = fetch.epub_chapter_markup(buffer.getvalue(), "OEBPS/chapter1.html")
    assert fetch.plain_text(markup) == "Chapter 1\n\nShe ran.\n\nHe followed.\n"


RENPY_DEFINITIONS = (
    "define narrator = Character(ctc=\"ctc\")\n"
    "define mc = DynamicCharacter('player', what_prefix='\"')\n"
    "define s = DynamicCharacter('s_name', image='sayori')\n"
    "define g = Character('Guard')\n"
    "default player = persistent.playername\n"
    "default s_name = \"Sayori\"\n"
)


def test_a_renpy_script_gives_narration_and_named_speech_in_order() -> None:
    script = (
        "label ch1:\n"
        "    scene bg club_day\n"
        "    play music t2\n"
        "    \"The room is {i}quiet{/i}.{w=0.5}\"\n"
        "    s 1a \"Hi, [player]!\"\n"
        "    extend \" Ready?\"\n"
        "    menu:\n"
        "        \"Yes\":\n"
        "            mc \"Sure.\"\n"
        "    g \"Halt.\" with dissolve\n"
        "    \"Captor\" \"Where is he?\"\n"
        "    $ s_name = \"???\"\n"
        "    s \"Who am I?\"\n"
    )
    text = load_fetch().renpy_paragraphs(script, RENPY_DEFINITIONS)
    assert text.split("\n\n") == [
        "The room is quiet.",
        'Sayori: "Hi, [player]! Ready?"',
        '[player]: "Sure."',
        'Guard: "Halt."',
        'Captor: "Where is he?"',
        '???: "Who am I?"',
    ]


def test_a_renpy_line_range_keeps_the_speaker_names_set_before_it() -> None:
    script = '    $ s_name = "Girl"\n    s "One."\n    s "Two."\n'
    assert load_fetch().renpy_paragraphs(script, RENPY_DEFINITIONS, 3, 3) == 'Girl: "Two."'
