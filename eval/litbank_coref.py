"""LitBank's gold coreference (brat) and the speaker score BookNLP reports with it.

Data: ../shared/data/litbank/coref/brat/*_brat.{txt,ann}: the same tokenised excerpts as the quotations (one
sentence per line, tokens separated by one space); every mention is a ``T`` row twice, once typed by its entity
category ("PROP_PER 696 701") and once by its coreference chain ("Alice-1 696 701"), with character offsets into
the .txt. The chain labels are the ones the quotations' ATTRIB rows name, so a gold speaker is a gold chain.

BookNLP (README: "Speaker attribution (B3) 86.4" for the small model, 89.9 big) scores its speaker model on
LitBank by B-cubed over the quotes: each quote's predicted speaker is the gold chain of the mention the model
picks (a quote with no pick is its own cluster), each quote's gold speaker its gold chain; B3 precision and
recall are averaged over the quotes and F1 taken of the two (booknlp/common/b3.py; speaker_attribution.py also
prints accuracy: the picked mention is in the gold speaker's chain). It uses gold quote spans, and its
candidates are gold mentions, so every pick has a gold chain.

ficlens has no mentions of LitBank's, so its speaker is mapped to a chain (``speaker_chain``): the occurrences
of that speaker in the text (the cast's name mentions of the character, or all its mentions where it has no
name mention; for the first-person narrator every "I"/"me" outside ficlens's own quotes) are matched to the gold
mentions they overlap; the chain of the occurrence nearest the quote (within NEAR characters) wins, else the
chain most occurrences fall in anywhere (ties: none). A speaker no occurrence of which overlaps a gold mention
has no chain and counts as its own cluster, like BookNLP's quotes with no pick.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ENTITY_TYPE = re.compile(r"^(?:PROP|NOM|PRON)_[A-Z]+$")  # the category rows; every other T row names a chain
NEAR = 500  # characters between a quote and a speaker occurrence for the nearest one to decide
FIRST_PERSON = re.compile(r"\b(?:I|me)\b")


@dataclass(frozen=True)
class ChainMention:
    start: int
    end: int
    chain: str


def token_offsets(lines: Sequence[str]) -> list[list[tuple[int, int]]]:
    """Each token's character offsets in the .txt as brat counts them (lines joined by newlines, tokens by one
    space), per sentence: the same shape as ``quotes_litbank.rebuild``'s offsets."""
    out: list[list[tuple[int, int]]] = []
    pos = 0
    for line in lines:
        sent: list[tuple[int, int]] = []
        if line.strip():
            for tok in line.split(" "):
                sent.append((pos, pos + len(tok)))
                pos += len(tok) + 1
            pos -= 1
        out.append(sent)
        pos += 1  # the newline
    return out


def read_chains(ann: Path, lines: Sequence[str], rebuilt: Sequence[Sequence[tuple[int, int]]]) -> list[ChainMention]:
    """The gold mentions of a coreference .ann with their chains, in the rebuilt text's offsets (``rebuilt``: the
    token offsets ``quotes_litbank.rebuild`` returns for the same ``lines``). A mention with a category row only
    takes the chain of the mention an appositive or copula row (``R``) links it to ("my good friend, Master John
    Rolfe": the name has no chain row of its own). A mention whose ends fall inside a token is dropped with a
    one-line warning naming the file."""
    starts: dict[int, int] = {}
    ends: dict[int, int] = {}
    for sent, new in zip(token_offsets(lines), rebuilt, strict=True):
        for (s, e), (ns, ne) in zip(sent, new, strict=True):
            starts[s], ends[e] = ns, ne
    row_span: dict[str, tuple[int, int]] = {}
    chain_of: dict[tuple[int, int], str] = {}
    links: list[tuple[str, str]] = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) >= 2 and cols[0].startswith("R"):
            args = [a.partition(":")[2] for a in cols[1].split(" ")[1:3]]
            links.append((args[0], args[-1]))
        if len(cols) < 2 or not cols[0].startswith("T"):
            continue
        label, s_text, e_text = cols[1].split(" ")[:3]
        s, e = int(s_text), int(e_text)
        if s not in starts or e not in ends:
            print(f"{ann}: mention {cols[0]} does not fall on token boundaries; skipped")
            continue
        row_span[cols[0]] = (starts[s], ends[e])
        if not ENTITY_TYPE.match(label):
            chain_of[(starts[s], ends[e])] = label
    changed = True
    while changed:  # a linked mention may itself take its chain through a link
        changed = False
        for a, b in links:
            spans = [row_span[x] for x in (a, b) if x in row_span]
            chains = [chain_of[x] for x in spans if x in chain_of]
            for x in spans:
                if chains and x not in chain_of:
                    chain_of[x] = chains[0]
                    changed = True
    return sorted((ChainMention(s, e, c) for (s, e), c in chain_of.items()), key=lambda m: (m.start, m.end))


def chain_at(span: tuple[int, int], mentions: Sequence[ChainMention]) -> str | None:
    """The chain of the gold mention overlapping ``span`` most (the shortest such mention on a tie: "Anne" in
    "Anne 's sister" is Anne), or None when none overlaps."""
    best: tuple[int, int, str] | None = None
    for m in mentions:
        if m.start >= span[1]:
            break
        inter = min(m.end, span[1]) - max(m.start, span[0])
        if inter > 0 and (best is None or (inter, -(m.end - m.start)) > best[:2]):
            best = (inter, -(m.end - m.start), m.chain)
    return best[2] if best else None


def speaker_chain(quote: tuple[int, int], occurrences: Iterable[tuple[int, int]],
                  mentions: Sequence[ChainMention]) -> str | None:
    """The gold chain a predicted speaker stands for at ``quote``, from the speaker's occurrences in the text
    (rules in the module docstring)."""
    located = [(span, chain) for span in occurrences if (chain := chain_at(span, mentions)) is not None]
    if not located:
        return None
    dist, chain = min((max(quote[0] - span[1], span[0] - quote[1], 0), chain) for span, chain in located)
    if dist <= NEAR:
        return chain
    votes = Counter(chain for _, chain in located).most_common(2)
    return votes[0][0] if len(votes) == 1 or votes[0][1] > votes[1][1] else None


def first_person(text: str, quotes: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The "I" and "me" of the narration: outside every one of the given quote spans."""
    spans = sorted(quotes)
    out = []
    for m in FIRST_PERSON.finditer(text):
        if not any(s <= m.start() < e for s, e in spans):
            out.append(m.span())
    return out


def pair_key(doc: str, gold: str, predicted: str | None, index: int) -> str:
    """A Counter key for one quote's (gold chain, predicted chain) in file ``doc``; a quote with no predicted
    chain is its own cluster, as in BookNLP's scorer."""
    return f"{doc}\t{gold}\t{predicted if predicted is not None else f'none-{index}'}"


def b3(pairs: Counter[str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 over quotes, from counts of ``pair_key`` keys (clusters are per file)."""
    gold_size: Counter[str] = Counter()
    pred_size: Counter[str] = Counter()
    for key, n in pairs.items():
        doc, gold, pred = key.split("\t")
        gold_size[f"{doc}\t{gold}"] += n
        pred_size[f"{doc}\t{pred}"] += n
    total = sum(pairs.values())
    if not total:
        return 0.0, 0.0, 0.0
    precision = recall = 0.0
    for key, n in pairs.items():
        doc, gold, pred = key.split("\t")
        precision += n * n / pred_size[f"{doc}\t{pred}"]
        recall += n * n / gold_size[f"{doc}\t{gold}"]
    precision, recall = precision / total, recall / total
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1
