"""Who says each quotation of a work: the rules (rules.py), then the conversation decoder (conversation.py) for
every turn no sure tag names, then speeches resumed after a dash."""

from __future__ import annotations

from ficlens.analyse.cast.model import Cast
from ficlens.analyse.speakers.conversation import decode_conversations
from ficlens.analyse.speakers.rules import (
    Attribution,
    Attributor,
    not_the_addressee,
    resumed_speeches,
    rule_attributions,
)
from ficlens.nlp.document import TextSpan


def attribute(text: str, paragraphs: list[TextSpan], cast: Cast, conversation: bool = True) -> list[Attribution]:
    """A speaker (or None) for every quotation of the cast's text, in order: the rules, then (``conversation``)
    the conversation model for every turn no sure tag names."""
    at = Attributor(text, paragraphs, cast)
    found = rule_attributions(at)
    if conversation:
        decode_conversations(at, found)
    resumed_speeches(at, found)
    not_the_addressee(at, found)
    return [Attribution(q, *found[i]) for i, q in enumerate(at.quotes)]
