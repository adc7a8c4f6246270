"""Who says each quotation of a work: the rules (rules.py), then the conversation decoder (conversation.py) for
every turn no sure tag names, then the learned ranker (ranker.py) for every quote no explicit tag names, then
speeches resumed after a dash."""

from __future__ import annotations

from ficlens.analyse.cast.model import Cast
from ficlens.analyse.speakers.conversation import decode_conversations
from ficlens.analyse.speakers.joint import JOINT, joint_rerank
from ficlens.analyse.speakers.ranker import rerank, shipped_ranker
from ficlens.analyse.speakers.rules import (
    Attribution,
    Attributor,
    not_the_addressee,
    resumed_speeches,
    rule_attributions,
)
from ficlens.nlp.document import TextSpan


def attribute(text: str, paragraphs: list[TextSpan], cast: Cast, conversation: bool = True,
              learned: bool = True, joint: bool = JOINT) -> list[Attribution]:
    """A speaker (or None) for every quotation of the cast's text, in order: the rules, then (``conversation``)
    the conversation model for every turn no sure tag names, then (``learned``, when the install has its
    weights) the ranker for every quote no explicit tag names, each quote alone or (``joint``) the quotes of each
    exchange together (joint.py)."""
    at = Attributor(text, paragraphs, cast)
    rules = rule_attributions(at)
    found = list(rules)
    if conversation:
        decode_conversations(at, found)
    ranker = shipped_ranker() if learned else None
    if ranker is not None:
        found = joint_rerank(at, found, ranker, rules) if joint else rerank(at, found, ranker, rules)
    resumed_speeches(at, found)
    not_the_addressee(at, found)
    return [Attribution(q, *found[i]) for i, q in enumerate(at.quotes)]
