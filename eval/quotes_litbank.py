"""Quote detection and speaker attribution on LitBank's quotations (Bamman et al., CC BY 4.0).

Data: ../shared/data/litbank/quotations/tsv/*_brat.{txt,ann}: one sentence per line, tokens separated by spaces;
QUOTE rows give a quotation as (start sentence, start token, end sentence, end token), ATTRIB rows its speaker as
"Name_Parts-ID" (ID = the entity). The text is rebuilt by joining tokens (punctuation and clitics attached to the
word before) and sentences; paragraphs are rebuilt from dialogue alone: a new paragraph starts where no quotation
is open and the sentence opens with a quote mark, or the previous sentence held one and this one does not start
like a dialogue tag (lower-case word, or "I" + lower-case word). No gold annotation is used
to build the input.

Metrics:
- detection recall: gold quotations matched by a predicted one with character overlap / union >= 0.5;
- speaker accuracy on detected quotations. Matching rule: the predicted speaker's names (canonical name and every
  form it was written as, titles and stop words dropped, lower-cased) are compared with the gold names of all the
  speakers of that file; the prediction names the gold entity whose name words are most similar to its own
  (Jaccard similarity of the two word sets), if that one is unique (a shared title such as Mr/Mrs breaks ties:
  "Mr. Bennet" vs "Mrs. Bennet"); it is right when that entity is the quote's gold speaker. A first-person
  narrator prediction is right when the gold speaker is "I"/"narrator". Descriptor-only gold speakers
  ("The_boy") can only be missed.
- speaker accuracy "by name + narrator" (the fair figure): the same, except that LitBank often names the
  first-person narrator ("Watson", "JANE_EYRE", "Ralph_Percy"); a narrator prediction is also right when the gold
  speaker is the file's narrator entity, found from gold and text alone (narrator_entities: the entity the
  annotators call I/narrator, else the gold speaker of most quotes tagged "I said"/"said I").
- speaker score "gold coreference" (the BookNLP way; eval/litbank_coref.py has the details): LitBank's gold
  coreference (../shared/data/litbank/coref/brat, same excerpts) makes each gold speaker a chain; ficlens's speaker
  is mapped to the chain of the gold mention its nearest occurrence overlaps (the character's name mentions, the
  narration's "I"/"me" for the narrator; else the chain most of them fall in); printed: B3 F1 over the detected
  quotes (BookNLP's figure, 86.4 for its small model) and accuracy (predicted chain = gold chain). Differences
  from BookNLP's protocol: ficlens finds its own quotes (scored on the detected ones; BookNLP used gold quote
  spans), its speakers are its own characters mapped to chains by name occurrences (BookNLP picks among gold
  mentions), and half A was tuned on (BookNLP's figure is cross-validated).
- speaker accuracy "aligned": LitBank names an entity by one of its mentions ("a_small_boy" for Randolph,
  "young_American" for Winterbourne), so names alone miss right answers. Aligned accuracy maps each file's
  predicted speakers (characters, the narrator) one-to-one onto its gold entities so as to maximise agreement
  (Hungarian algorithm) and counts the quotes that agree. It is lenient (the mapping is chosen on the answers) but
  one-to-one: a speaker can stand for one gold entity only.
- added figure, "attainable": the detected quotes whose gold speaker some character of the predicted cast (or
  the narrator) names by the "by name + narrator" rule, and the by name + narrator accuracy on those only: how
  far the speaker attribution is from right where the cast allows it to be right at all.
- added figure, aligned accuracy split by whether the speaker rules (before the conversation model) found a
  dialogue tag naming the speaker ("said Emma", "he said") or not: the split BookNLP reports on another corpus
  (98.6% explicit, 68.9% the rest).
- added figure, aligned accuracy by the kind of gold speaker (gold_kind): a proper name, a descriptor only
  ("a_small_boy", "The_doctor"), or the narrator. Descriptor speakers are mostly one-off, minor people.
Also printed: the same figures on two halves of the files (even / odd position in sorted order). Half A is the
tuning half (rules and the conversation model's weights adjusted on it); half B is held out. For half A only:
how often two neighbouring quotes share the gold speaker, by what lies between them (for the conversation model).

Run: .venv/bin/python eval/quotes_litbank.py [--data DIR] [--coref DIR] [--limit N] [--fast] [--rules-only]
[--dump FILE]
(--dump writes one TSV row per detected quote of half A only, for error analysis: file, right under the
aligned mapping, right by name + narrator, gold, predicted, rule, context).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent))

from litbank_coref import b3, first_person, pair_key, read_chains, speaker_chain  # noqa: E402

if TYPE_CHECKING:
    from ficlens.analyse.cast import Cast
    from ficlens.analyse.speakers import Attribution, Attributor

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "litbank" / "quotations" / "tsv"
DEFAULT_COREF = ROOT.parent / "shared" / "data" / "litbank" / "coref" / "brat"
ATTACH = {",", ".", ";", ":", "!", "?", ")", "]", "'s", "n't", "'re", "'ve", "'ll", "'d", "'m", "’s", "...", "'S"}
DOUBLE_QUOTE_TOKENS = {'"', "“", "”", "``", "''"}
SINGLE_QUOTE_TOKENS = {"'", "‘", "’"}
TOGGLES = {'"', "``", "''", "'"}
OPENERS = {"“", "‘"}
CLOSERS = {"”", "’"}
STOP = {"mr", "mrs", "ms", "miss", "dr", "sir", "lady", "lord", "the", "a", "an", "of", "my", "his", "her", "young",
        "old", "little", "st", "madame", "monsieur", "uncle", "aunt", "captain", "mister", "master", ""}
MIN_OVERLAP = 0.5  # a gold quote is detected by a predicted one with overlap / union at least this
TAG_RULES = {"explicit", "anaphoric"}  # the rules (before the conversation model) of a quote whose dialogue tag
# names its speaker ("said Emma", "he said")
NARRATOR_GOLD = {"i", "narrator", "me"}
TITLES = {"mr", "mrs", "ms", "miss", "dr", "sir", "lady", "lord", "madame", "monsieur", "uncle", "aunt", "captain",
          "mister", "master"}
K = TypeVar("K")


@dataclass
class Gold:
    start: int
    end: int
    speaker: str  # entity id
    name: str
    label: str = ""  # the ATTRIB label as written ("Alice-1"): the gold coreference chain's label


def rebuild(lines: list[str]) -> tuple[str, list[list[tuple[int, int]]]]:
    """Text from tokenised sentences, with each token's character offsets.

    Quote tokens are the double ones, or the single ones (' ‘ ’) in a file that has more of those standing alone."""
    tokens = [t for line in lines for t in line.split(" ")]
    doubles = sum(1 for t in tokens if t in DOUBLE_QUOTE_TOKENS)
    singles = sum(1 for t in tokens if t in SINGLE_QUOTE_TOKENS)
    quote_tokens = SINGLE_QUOTE_TOKENS if singles > doubles else DOUBLE_QUOTE_TOKENS
    return _rebuild(lines, quote_tokens)


def _rebuild(lines: list[str], quote_tokens: set[str]) -> tuple[str, list[list[tuple[int, int]]]]:
    parts: list[str] = []
    pos = 0
    offsets: list[list[tuple[int, int]]] = []
    open_quote = False
    prev_had_quote = False
    for li, line in enumerate(lines):
        toks = line.split(" ") if line.strip() else []
        starts_quote = bool(toks) and toks[0] in quote_tokens
        if li > 0:
            tag_like = bool(toks) and (toks[0][:1].islower() or (toks[0] == "I" and len(toks) > 1
                                                                and toks[1][:1].islower()))
            sep = "\n" if not open_quote and (starts_quote or (prev_had_quote and not tag_like)) else " "
            parts.append(sep)
            pos += 1
        sent_offsets: list[tuple[int, int]] = []
        had_quote = False
        for ti, tok in enumerate(toks):
            is_q = tok in quote_tokens
            if ti > 0:
                prev = toks[ti - 1]
                glue = tok in ATTACH or (prev in quote_tokens and _opening(prev, open_quote_before(
                    toks, ti - 1, open_quote, quote_tokens)))
                glue = glue or (is_q and open_quote_before(toks, ti, open_quote, quote_tokens))  # a closing quote
                if not glue:
                    parts.append(" ")
                    pos += 1
            sent_offsets.append((pos, pos + len(tok)))
            parts.append(tok)
            pos += len(tok)
            if is_q:
                had_quote = True
        open_quote = open_quote_before(toks, len(toks), open_quote, quote_tokens)
        prev_had_quote = had_quote
        offsets.append(sent_offsets)
    return "".join(parts), offsets


def open_quote_before(toks: list[str], idx: int, open_at_line_start: bool, quote_tokens: set[str]) -> bool:
    """Whether a quotation is open just before token ``idx`` of the sentence."""
    state = open_at_line_start
    for tok in toks[:idx]:
        if tok not in quote_tokens:
            continue
        if tok in TOGGLES:
            state = not state
        elif tok in OPENERS:
            state = True
        elif tok in CLOSERS:
            state = False
    return state


def _opening(tok: str, open_before: bool) -> bool:
    return tok in OPENERS or (tok in TOGGLES and not open_before)


def read_gold(ann: Path, offsets: list[list[tuple[int, int]]]) -> list[Gold]:
    quotes: dict[str, tuple[int, int]] = {}
    attrib: dict[str, str] = {}
    for line in ann.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if cols[0] == "QUOTE":
            s_sent, s_tok, e_sent, e_tok = (int(x) for x in cols[2:6])
            quotes[cols[1]] = (offsets[s_sent][s_tok][0], offsets[e_sent][e_tok][1])
        elif cols[0] == "ATTRIB":
            attrib[cols[1]] = cols[2]
    out = []
    for qid, (s, e) in quotes.items():
        label = attrib.get(qid, "")
        name, _, ent = label.rpartition("-")
        out.append(Gold(s, e, ent or label, name or label, label))
    return sorted(out, key=lambda g: g.start)


def name_words(name: str) -> set[str]:
    return {w for w in re.split(r"[\s_.]+", name.lower().replace("’", "'")) if w not in STOP}


def titles(name: str) -> set[str]:
    return {w for w in re.split(r"[\s_.]+", name.lower()) if w in TITLES}


def narrator_entities(text: str, golds: list[Gold]) -> set[str]:
    """The gold entity (or entities) that is the first-person narrator: named "I"/"narrator" by the annotators,
    or (only when none is so named) the gold speaker of most quotes whose own dialogue tag is "I said" / "said I"
    (from gold and text alone, never from a prediction)."""
    from ficlens.analyse.dialogue import SPEECH_VERBS

    named = {g.speaker for g in golds if g.name.lower().strip("_") in NARRATOR_GOLD or "narrator" in g.name.lower()}
    if named:
        return named
    votes: Counter[str] = Counter()
    for g in golds:
        after = text[g.end:g.end + 40].split("\n")[0]
        before = text[max(0, g.start - 40):g.start].split("\n")[-1]
        m = _I_AFTER.match(after) or _I_BEFORE.search(before)
        verb = next((x for x in m.groups() if x), "") if m else ""
        if verb.lower() in SPEECH_VERBS:
            votes[g.speaker] += 1
    if votes:
        top = votes.most_common(1)[0][1]
        named |= {ent for ent, n in votes.items() if n == top}
    return named


_I_AFTER = re.compile(r"^[\s,;:—-]*(?:I\s+(?:\w+ly\s+)?(\w+)|(\w+)\s+I\b)")
_I_BEFORE = re.compile(r"\bI\s+(?:\w+ly\s+)?(\w+)[\s,:]*$")


def gold_kind(name: str, text: str) -> str:
    """What the gold speaker's LitBank name is: "narrator" (I / narrator), "named" (a proper name: a word of it,
    title and determiners aside, is written capitalised in the text and never in lower case: "Randolph",
    "MARY_LENNOX"), else "descriptor" ("a_small_boy", "The_doctor", "FAIR_BOY_OFFICER": every word is a common
    noun or adjective of the text)."""
    low = name.lower().strip("_")
    if low in NARRATOR_GOLD or "narrator" in low:
        return "narrator"
    for word in re.split(r"[\s_]+", name):
        w = word.lower()
        if not w.isalpha() or w in STOP or w in ("one", "another", "this", "that", "these", "those"):
            continue
        if re.search(r"\b" + w.capitalize() + r"\b", text) and not re.search(r"\b" + w + r"\b", text):
            return "named"
    return "descriptor"


def speaker_matches(pred_names: set[str] | None, narrator: bool, gold: Gold, golds: dict[str, str],
                    narrators: set[str] | None = None) -> bool:
    """Whether a prediction names the gold speaker (rules in the module docstring). ``narrators``: the gold
    entities that are the first-person narrator; without them only a gold "I"/"narrator" matches the narrator."""
    if narrator:
        return gold.name.lower().strip("_") in NARRATOR_GOLD or (narrators is not None and gold.speaker in narrators)
    if not pred_names:
        return False
    words, pred_titles = name_parts(pred_names)
    return unique_best({ent: name_score(words, pred_titles, nm) for ent, nm in golds.items()}) == gold.speaker


def name_parts(names: Iterable[str]) -> tuple[set[str], set[str]]:
    """The name words (``name_words``) and the titles of a predicted speaker's names, all of them together."""
    names = list(names)
    return set().union(*(name_words(n) for n in names)), set().union(*(titles(n) for n in names))


def name_score(words: set[str], pred_titles: set[str], name: str) -> float:
    """How well predicted name words and titles (``name_parts``) fit a gold ``name``: the Jaccard similarity of the
    name words, plus 0.1 per shared title (a tie breaker); 0 when no word is shared."""
    gold_words = name_words(name)
    shared = words & gold_words
    return (len(shared) / len(words | gold_words) + 0.1 * len(pred_titles & titles(name))) if shared else 0.0


def unique_best(scores: Mapping[K, float]) -> K | None:
    """The key of the highest positive score, or None when no score is positive or the highest is shared."""
    best = max(scores.values(), default=0.0)
    if best <= 0:
        return None
    winners = [key for key, n in scores.items() if n == best]
    return winners[0] if len(winners) == 1 else None


def aligned_correct(pairs: Counter[tuple[int, str]]) -> int:
    """Quotes right under the best one-to-one mapping of predicted speakers to gold entities (per file)."""
    mapping = alignment(pairs)
    return sum(n for (p, g), n in pairs.items() if mapping.get(p) == g)


def alignment(pairs: Counter[tuple[int, str]]) -> dict[int, str]:
    """The best one-to-one mapping of a file's predicted speakers to its gold entities (Hungarian algorithm)."""
    if not pairs:
        return {}
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    preds = sorted({p for p, _ in pairs})
    golds = sorted({g for _, g in pairs})
    table = np.zeros((len(preds), len(golds)))
    for (p, g), n in pairs.items():
        table[preds.index(p), golds.index(g)] = n
    rows, cols = linear_sum_assignment(-table)
    return {preds[r]: golds[c] for r, c in zip(rows, cols, strict=True) if table[r, c] > 0}


def attainable(cast: Cast, gold: Gold, golds: dict[str, str], narrators: set[str]) -> bool:
    """Whether any character of the cast (or the narrator) names the gold speaker by the "by name + narrator"
    rule: the quotes a speaker attribution could get right at all with this cast."""
    return speaker_matches(None, True, gold, golds, narrators) or any(
        speaker_matches({c.name, *c.forms}, False, gold, golds, narrators) for c in cast.clusters)


def overlap_ratio(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def best_match(gold: Gold, atts: list[Attribution]) -> Attribution | None:
    """The predicted quote overlapping ``gold`` most, if its overlap / union is at least MIN_OVERLAP."""
    best = max(atts, key=lambda a: overlap_ratio((gold.start, gold.end), (a.quote.start, a.quote.end)), default=None)
    if best is None or overlap_ratio((gold.start, gold.end), (best.quote.start, best.quote.end)) < MIN_OVERLAP:
        return None
    return best


def predicted_names(cast: Cast, att: Attribution) -> tuple[set[str] | None, bool]:
    """The predicted speaker's names (canonical name and forms) and whether it is the first-person narrator."""
    from ficlens.analyse.speakers import NARRATOR

    if att.cluster == NARRATOR:
        return None, True
    if att.cluster is None:
        return None, False
    c = cast.clusters[att.cluster]
    return {c.name, *c.forms}, False


def turn_pairs(at: Attributor, golds: list[Gold]) -> Counter[str]:
    """How often two neighbouring quotes have the same gold speaker, by what lies between them: in one paragraph
    nothing or narration; across two adjacent paragraphs, the first ending with its quote or with narration."""
    speaker: dict[int, str] = {}
    for g in golds:
        qi = max(range(len(at.quotes)), key=lambda i: overlap_ratio((g.start, g.end), (at.quotes[i].start,
                                                                                        at.quotes[i].end)))
        if overlap_ratio((g.start, g.end), (at.quotes[qi].start, at.quotes[qi].end)) >= 0.5:
            speaker.setdefault(qi, g.speaker)
    out: Counter[str] = Counter()
    for i in range(len(at.quotes) - 1):
        a, b = at.quotes[i], at.quotes[i + 1]
        if i not in speaker or i + 1 not in speaker or b.para > a.last_para + 1:
            continue
        between = at.text[a.end:b.start].strip()
        if b.para == a.last_para:
            kind = "same paragraph, narration between" if between else "same paragraph, nothing between"
        else:
            tail = at.text[a.end:at.paragraphs[a.last_para].end].strip()
            kind = "next paragraph, after narration" if tail else "next paragraph, after a quote"
        out[f"{kind}: {'same' if speaker[i] == speaker[i + 1] else 'other'}"] += 1
    return out


def speaker_occurrences(cast: Cast, att: Attribution, narration_first_person: list[tuple[int, int]]
                        ) -> list[tuple[int, int]]:
    """Where the predicted speaker of ``att`` occurs in the text: the cast's name mentions of the character (all
    its mentions where it has none), or for the narrator the narration's "I"/"me"; none for no speaker."""
    from ficlens.analyse.speakers import NARRATOR

    if att.cluster == NARRATOR:
        return narration_first_person
    own = [m for m in cast.mentions if m.cluster == att.cluster]
    names = [(m.start, m.end) for m in own if m.kind == "name"]
    return names or [(m.start, m.end) for m in own]


def evaluate_file(txt: Path, ann: Path, profile: str, dump: list[str] | None = None,
                  conversation: bool = True, coref: Path | None = None) -> dict[str, Counter[str]]:
    """Scores of one file; ``coref``: LitBank's gold coreference .ann for it, for the BookNLP-way score (res
    "coref": counts of litbank_coref.pair_key keys over the detected quotes)."""
    from ficlens.analyse.cast import cast_of
    from ficlens.analyse.speakers import Attributor, attribute, rule_attributions
    from ficlens.nlp import build_document
    from ficlens.work import Work

    lines = txt.read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    text, offsets = rebuild(lines)
    golds = read_gold(ann, offsets)
    doc = build_document(Work(text=text, source=str(txt), format="text"), profile)  # type: ignore[arg-type]
    cast = cast_of(doc)
    atts = attribute(text, doc.paragraphs, cast, conversation=conversation)
    tag_rule = {id(a): r for a, (_, _, r) in zip(atts, rule_attributions(Attributor(text, doc.paragraphs, cast)),
                                                  strict=True)}  # the rule before the conversation model
    gold_names = {g.speaker: g.name for g in golds}
    narrators = narrator_entities(text, golds)
    chains = read_chains(coref, lines, offsets) if coref is not None and coref.is_file() else None
    narration_i = first_person(text, [(a.quote.start, a.quote.end) for a in atts])
    coref_pairs: Counter[str] = Counter()
    stats: Counter[str] = Counter()
    by_rule: Counter[str] = Counter()
    pairs: Counter[tuple[int, str]] = Counter()  # (predicted cluster, gold entity) over detected quotes
    kinds: list[str] = []  # per row: the gold speaker's kind (gold_kind)
    rows: list[tuple[int | None, str, str, str, str]] = []  # (cluster, gold entity, rule, rule's rule, dump row)
    for g in golds:
        stats["gold"] += 1
        best = best_match(g, atts)
        if best is None:
            continue
        stats["detected"] += 1
        names, narrator = predicted_names(cast, best)
        ok = speaker_matches(names, narrator, g, gold_names)
        fair = speaker_matches(names, narrator, g, gold_names, narrators)
        if attainable(cast, g, gold_names, narrators):
            stats["attainable"] += 1
            stats["attainable_fair"] += fair
        stats["correct"] += ok
        stats["fair"] += fair
        if chains is not None:
            chain = speaker_chain((best.quote.start, best.quote.end),
                                  speaker_occurrences(cast, best, narration_i), chains)
            stats["coref_scored"] += 1
            stats["coref"] += chain == g.label
            coref_pairs[pair_key(txt.stem, g.label, chain, stats["detected"])] += 1
        if best.cluster is not None:
            pairs[(best.cluster, g.speaker)] += 1
        row = ""
        if dump is not None:
            pred = "I" if narrator else (cast.clusters[best.cluster].name if best.cluster is not None else "-")
            ctx = (text[max(0, g.start - 80):g.start] + " [[" + text[g.start:g.end][:80] + "]] "
                   + text[g.end:g.end + 80]).replace("\n", " | ").replace("\t", " ")
            star = "*" if g.speaker in narrators else ""
            row = f"{int(fair)}\t{g.name}{star}\t{pred}\t{best.rule}\t{ctx}"
        rows.append((best.cluster, g.speaker, best.rule, tag_rule[id(best)], row))
        kinds.append(gold_kind(g.name, text))
    stats["predicted"] += len(atts)
    pairs_seen = turn_pairs(Attributor(text, doc.paragraphs, cast), golds) if dump is not None and atts else Counter()
    mapping = alignment(pairs)
    for (speaker, ent, rule, first_rule, row), kind in zip(rows, kinds, strict=True):
        ok = speaker is not None and mapping.get(speaker) == ent
        stats["aligned"] += ok
        by_rule[f"{rule}:{'ok' if ok else 'wrong'}"] += 1
        tagged = "tagged" if first_rule in TAG_RULES else "untagged"
        stats[tagged] += 1
        stats[f"{tagged}_aligned"] += ok
        stats[f"gold_{kind}"] += 1
        stats[f"gold_{kind}_aligned"] += ok
        if dump is not None:
            dump.append(f"{txt.stem}\t{int(ok)}\t{row}")
    return {"stats": stats, "rules": by_rule, "pairs": pairs_seen, "coref": coref_pairs}


def report_coref(name: str, stats: Counter[str], pairs: Counter[str]) -> str:
    """The BookNLP-way line: accuracy and B3 under LitBank's gold coreference, on the detected quotes."""
    precision, recall, f1 = b3(pairs)
    return (f"{name}: gold coreference (BookNLP way, B3 over quotes; BookNLP 86.4 on gold quotes): B3 F1 "
            f"{f1:.3f} (P {precision:.3f}, R {recall:.3f}), accuracy "
            f"{stats['coref'] / max(stats['coref_scored'], 1):.3f} "
            f"({stats['coref']}/{stats['coref_scored']} detected quotes; {stats['gold']} gold)")


def report(name: str, stats: Counter[str]) -> str:
    rec = stats["detected"] / max(stats["gold"], 1)
    acc = stats["correct"] / max(stats["detected"], 1)
    prec = stats["detected"] / max(stats["predicted"], 1)
    aligned = stats["aligned"] / max(stats["detected"], 1)
    fair = stats["fair"] / max(stats["detected"], 1)
    return (f"{name}: gold {stats['gold']}, detected {stats['detected']} (recall {rec:.3f}, "
            f"precision~ {prec:.3f}), speaker accuracy on detected: by name {acc:.3f} "
            f"({stats['correct']}/{stats['detected']}), by name + narrator {fair:.3f} ({stats['fair']}), "
            f"aligned {aligned:.3f} ({stats['aligned']}/{stats['detected']}); on the {stats['attainable']} "
            f"attainable (some character or the narrator names the gold speaker): by name + narrator "
            f"{stats['attainable_fair'] / max(stats['attainable'], 1):.3f}; aligned on the {stats['tagged']} "
            f"quotes with a dialogue tag naming their speaker (the rules say explicit / anaphoric) "
            f"{stats['tagged_aligned'] / max(stats['tagged'], 1):.3f}, on the {stats['untagged']} others "
            f"{stats['untagged_aligned'] / max(stats['untagged'], 1):.3f}; aligned by the gold speaker's kind: "
            + ", ".join(f"{k} {stats[f'gold_{k}_aligned'] / max(stats[f'gold_{k}'], 1):.3f} ({stats[f'gold_{k}']})"
                        for k in ("named", "descriptor", "narrator")))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="LitBank quotation detection and speaker attribution")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--coref", type=Path, default=DEFAULT_COREF,
                    help="LitBank gold coreference (brat); the BookNLP-way score is printed where it is there")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--fast", action="store_true", help="fast profile (no NER)")
    ap.add_argument("--rules-only", action="store_true", help="the speaker rules alone (no conversation model)")
    ap.add_argument("--dump", type=Path, help="write one TSV row per detected quote of half A (for error analysis)")
    args = ap.parse_args(argv)
    if not args.data.is_dir():
        print(f"LitBank data not found at {args.data}; skipping", file=sys.stderr)
        return 0
    files = sorted(p for p in args.data.glob("*_brat.ann") if p.stat().st_size > 0)
    if args.limit:
        files = files[: args.limit]
    total: Counter[str] = Counter()
    halves: list[Counter[str]] = [Counter(), Counter()]
    coref_halves: list[Counter[str]] = [Counter(), Counter()]
    rules: Counter[str] = Counter()
    neighbours: Counter[str] = Counter()
    dump: list[str] = []
    t0 = time.perf_counter()
    for i, ann in enumerate(files):
        rows = dump if i % 2 == 0 else None  # only the tuning half is ever looked at (rows, neighbour counts)
        res = evaluate_file(ann.with_suffix(".txt"), ann, "fast" if args.fast else "full", rows,
                            not args.rules_only, args.coref / ann.name)
        total.update(res["stats"])
        halves[i % 2].update(res["stats"])
        coref_halves[i % 2].update(res["coref"])
        rules.update(res["rules"])
        neighbours.update(res["pairs"])
    print(f"{len(files)} files with quotations, {time.perf_counter() - t0:.0f} s")
    print(report("all", total))
    print(report("half A (even files)", halves[0]))
    print(report("half B (odd files)", halves[1]))
    if total["coref_scored"]:
        print(report_coref("all", total, coref_halves[0] + coref_halves[1]))
        print(report_coref("half A (even files)", halves[0], coref_halves[0]))
        print(report_coref("half B (odd files)", halves[1], coref_halves[1]))
    if args.dump:
        args.dump.write_text("\n".join(dump) + "\n", encoding="utf-8")
    print("by rule (aligned):", ", ".join(f"{k} {v}" for k, v in sorted(rules.items())))
    print("half A, neighbouring quotes by gold speaker:", ", ".join(f"{k} {v}" for k, v in sorted(neighbours.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
