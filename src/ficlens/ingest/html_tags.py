"""Which HTML elements start a paragraph and which never hold text to read (for rendering and flattening)."""

from __future__ import annotations

#: Elements that stand as paragraphs of their own.
BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
    "html", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
    "thead", "tr", "ul",
})
#: Elements whose content is never text of the work (scripts, styles, forms, SVG …).
SKIP_TAGS = frozenset({
    "button", "head", "iframe", "input", "link", "math", "meta", "noscript", "object", "script", "select",
    "style", "svg", "template", "textarea", "title",
})
