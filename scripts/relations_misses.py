"""Why the author-tagged relationships of a split's works are missed, by cause (a diagnostic: no score changes).

For each gold relationship of two people that the relations stage does not report with the right type, the first
cause that holds:
- ``cast``: a person of the tag matches no character of the cast (missing or misnamed: the cast's, not the
  relations stage's);
- ``pairing cast``: both are characters, but one is outside the pairing cast (the top characters named twice);
- ``not proposed``: both in the pairing cast, sharing fewer sentences (exchanges included) than a candidate needs;
- ``offstage``: a candidate with one of the two off stage (never speaking in a work of known speakers) and no cue;
- ``below threshold``: a candidate the decision leaves untagged;
- ``wrong type``: tagged " & " for a "/" tag or the other way round;
- ``dropped``: tagged by the candidates but left out afterwards (a second romance, the consent stage).
Friendship groups and triads (three people or more) are counted apart. Each miss is printed with the pair's facts
(shared sentences, strong/weak romantic, platonic and kin evidence, shared scenes, touch, one naming the other
in a quotation, the scorer's tag probability where on).
Also counts the predicted relationships that name no gold one (false pairs).

Run: PYTHONPATH=src .venv/bin/python scripts/relations_misses.py [--split dev] [--priors off] [--quiet]
(dev only while tuning: never --split test.)
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import relations_priors as rp  # noqa: E402

from ficlens.analyse import pair_scorer, relations  # noqa: E402
from ficlens.analyse.analysis import Analysis  # noqa: E402

wr = rp.wr


def _clusters(analysis: Analysis, person: str) -> set[int]:
    """The clusters of the cast that go by a gold person's name."""
    return {c.id for c in analysis.cast.clusters if not c.role and c.names > 0 and wr.person_matches(person, c.name)}


def cause(analysis: Analysis, tag: str, predicted: list[tuple[str, str]]) -> tuple[str, str]:
    """The cause of a missed two-person tag and the pair's facts."""
    people, kind = wr.relationship_parts(tag)
    cast = analysis.cast
    found = [_clusters(analysis, p) for p in people]
    if not all(found):
        return "cast", "missing: " + ", ".join(p for p, f in zip(people, found, strict=True) if not f)
    top, same = relations.pairing_cast(cast)
    ids = {c.id for c in top}
    mapped = [{same.get(i, i) for i in f} & ids for f in found]
    if not all(mapped):
        out = [p for p, m in zip(people, mapped, strict=True) if not m]
        ranks = {c.id: i for i, c in enumerate(cast.ranked())}
        detail = "; ".join(f"{p}: rank {min(ranks.get(i, 99) for i in f)}, names "
                           f"{max(cast.clusters[i].names for i in f)}"
                           for p, f in zip(people, found, strict=True) if p in out)
        return "pairing cast", detail
    talks = rp_talks(analysis)
    named = relations.addresses(cast, [(a.quote, a.cluster) for a in analysis.attributions])
    table = relations.pair_table(analysis.doc, cast, talks, features=pair_scorer.active() is not None, named=named)
    rows = [f for f in table if set(f.people) <= mapped[0] | mapped[1] and len(set(f.people) & mapped[0]) > 0
            and len(set(f.people) & mapped[1]) > 0 and f.a.id != f.b.id]
    if not rows:
        evidence = relations.collect(analysis.doc, cast, top, same)
        together = max((ev.together for (a, b), ev in evidence.items()
                        if (a in mapped[0] and b in mapped[1]) or (a in mapped[1] and b in mapped[0])), default=0)
        return "not proposed", f"shares {together} sentences (plus exchanges)"
    f = rows[0]
    ev = f.ev
    facts = (f"together {ev.together}, strong {ev.romantic_strong:.1f} (close {ev.close:.1f}), romantic "
             f"{ev.romantic:.1f}, platonic {ev.platonic:.1f} (kin {ev.kin:.1f}), scene {f.scene}, silent {f.silent}, "
             f"canon {f.canon}, works {f.works[:1]}, share {ev.together / f.most if f.most else 0:.2f}, "
             f"scenes {ev.scenes} ({ev.scene_share:.2f} of either one's), touch {ev.touch:.1f}, "
             f"named in quotes {named.get(f.people, 0)}")
    scorer = pair_scorer.active()
    if scorer is not None and f.values:
        row = pair_scorer.vector(f.values)
        facts += f", p(tag) {scorer.tagged(row):.2f}, romantic {scorer.romantic(row)}"
    made = relations.candidates(analysis.doc, cast, talks, named)
    kinds = {c.kind for c in made if c.people == f.people}
    if f.silent and ev.romantic_strong == 0 and ev.platonic < relations.PLATONIC_MIN:
        return "offstage", facts
    want = "/" if kind == "romantic" else "&"
    if want not in kinds and kinds:
        return "wrong type", facts + f", candidates {sorted(kinds)}"
    if not kinds:
        return "below threshold", facts
    other = [t for t, k in predicted if k != kind and all(any(wr.person_matches(g, p) for p in
                                                               wr.relationship_parts(t)[0]) for g in people)]
    if other:
        return "wrong type", facts + f", reported as {other[0]}"
    return "dropped", facts


def rp_talks(analysis: Analysis) -> Counter[tuple[int, int]]:
    return relations.exchanges([(a.quote.para, a.quote.last_para, a.cluster) for a in analysis.attributions])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=("dev", "test"), default="dev")
    parser.add_argument("--texts", type=Path, default=wr.DEFAULT_CACHE)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/ficlens-rels-cache"))
    parser.add_argument("--priors", choices=("on", "off"), default="on")
    parser.add_argument("--quiet", action="store_true", help="the counts only")
    args = parser.parse_args(argv)
    args.cache.mkdir(parents=True, exist_ok=True)
    key = rp._code_key()
    causes: Counter[str] = Counter()
    gold_total = found_total = false_total = 0
    for row, text, gold in rp.split_works(args.split, args.texts):
        analysis = rp.analysed(text, args.cache, key)
        with rp.no_priors() if args.priors == "off" else contextlib.nullcontext():
            predicted = rp.relationships(analysis)
            lines = []
            for tag in gold:
                gold_total += 1
                if wr.relationship_found(tag, predicted):
                    found_total += 1
                    continue
                if len(wr.relationship_parts(tag)[0]) > 2:
                    why, facts = "group or triad", ""
                else:
                    why, facts = cause(analysis, tag, predicted)
                causes[why] += 1
                lines.append(f"  {why}: {tag} | {facts}")
        false = [t for t, k in predicted if not any(wr.relationship_found(g, [(t, k)]) for g in gold)]
        false_total += len(false)
        if lines and not args.quiet:
            print(f"{row['id']} ({row['repo']}): predicted {[f'{t} ({k[0]})' for t, k in predicted]}")
            print("\n".join(lines))
    print(f"split {args.split}, priors {args.priors}: found {found_total}/{gold_total}; false pairs {false_total}")
    for why, n in causes.most_common():
        print(f"  {why:<16} {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
