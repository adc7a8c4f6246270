"""scripts/relations_priors.py: relationships scored with the KB's pairing priors switched off."""

from __future__ import annotations

from ficlens.analyse import relations
from ficlens.analyse.cast import Cluster
from script_loader import load_script


def test_priors_off_hides_the_kbs_couples_and_pair_works_then_restores_them() -> None:
    script = load_script("scripts/relations_priors.py")
    pair_works, canon_couple = relations._pair_works, relations._canon_couple
    a, b = Cluster(0, "Kaia"), Cluster(1, "Riversong")
    with script.no_priors():
        assert relations._pair_works(a, b, ["Harry Potter - J. K. Rowling"]) == []
        assert relations._canon_couple(a, b, ["Harry Potter - J. K. Rowling"]) is False
    assert (relations._pair_works, relations._canon_couple) == (pair_works, canon_couple)
