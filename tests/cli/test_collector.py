"""While ``analyze`` reads works the collector runs less often and skips what start-up loaded; it is as before after."""

from __future__ import annotations

import gc

from ficlens.cli.collector import YOUNG_THRESHOLD, fewer_collections


class Node:
    def __init__(self) -> None:
        self.other: Node | None = None


def test_collections_are_fewer_meanwhile_and_as_before_after() -> None:
    before = gc.get_threshold()
    with fewer_collections():
        assert gc.get_threshold()[0] == max(YOUNG_THRESHOLD, before[0])
        assert gc.get_threshold()[1:] == before[1:]
        assert gc.get_freeze_count() > 0
        a, b = Node(), Node()
        a.other, b.other = b, a  # a cycle made meanwhile is still garbage the collector finds
        del a, b
        assert gc.collect() >= 2
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_a_lower_threshold_is_never_imposed() -> None:
    before = gc.get_threshold()
    with fewer_collections(threshold=1):
        assert gc.get_threshold() == before
