"""Extraction quality on real public texts: the set labelled in tests/realtext/.

The repository keeps only what is not third-party text: each document's address, source
type, language and labels (type, firm as written, client id), and the register the labels
refer to. The texts themselves stay outside the repository, in a JSON Lines file of
design.md documents (``id``, ``title``, ``text``, ...) named by ``--texts`` or
``RADAR_REALTEXT_DOCS``; whoever re-creates it fetches each address again. A body that
repeats the headline as its first line is read without it, as crawled documents are.

    .venv/bin/python benchmarks/realtext.py --texts /work/realtext/all/docs.jsonl
    .venv/bin/python benchmarks/realtext.py --half even --errors   # the blind half only

Document ids ending in an odd number are the analysis half (errors may be read there);
even ids are the blind half, scored but not studied.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from entity_linking import Linker  # noqa: E402
from entity_linking.register import read_register  # noqa: E402
from radar_core.records import DocumentRecord  # noqa: E402
from signals import Extractor  # noqa: E402
from signals.evaluate import evaluate, format_report  # noqa: E402

HERE = Path(__file__).resolve().parent.parent / "tests" / "realtext"
DEFAULT_TEXTS = "/work/realtext/all/docs.jsonl"


def _in_half(doc_id: str, half: str) -> bool:
    number = int(doc_id.rsplit("-", 1)[1])
    return half == "all" or (number % 2 == 1) == (half == "odd")


def _body_apart(doc: dict[str, Any]) -> dict[str, Any]:
    """The document as a crawler stores it: the headline in ``title``, not again as the
    body's first line (a re-fetched excerpt often starts with it; read twice, it would
    count twice)."""
    title = (doc.get("title") or "").strip()
    text = doc.get("text") or ""
    first, _, rest = text.lstrip("\n").partition("\n")
    if title and first.strip() == title and rest.strip():
        return {**doc, "text": rest}
    return doc


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", default=os.environ.get("RADAR_REALTEXT_DOCS", DEFAULT_TEXTS),
                        help="JSON Lines of the documents' texts (kept outside the repository)")
    parser.add_argument("--labels", default=str(HERE / "labels.jsonl"),
                        help="labels to score against (a fresh set kept outside the repository "
                             "before it joins tests/realtext/labels.jsonl)")
    parser.add_argument("--half", choices=("all", "odd", "even"), default="all")
    parser.add_argument("--errors", action="store_true", help="list false positives/negatives")
    parser.add_argument("--pred", help="also write the predictions here (JSON Lines)")
    parser.add_argument("--json", action="store_true", help="machine-readable scores")
    args = parser.parse_args(argv)

    texts_path = Path(args.texts)
    if not texts_path.exists():
        print(f"realtext: no texts at {texts_path} (see the module docstring)", file=sys.stderr)
        return 2
    labels = [json.loads(line) for line in Path(args.labels).open(encoding="utf-8")]
    labels = [lab for lab in labels if _in_half(lab["id"], args.half)]
    texts = {}
    for line in texts_path.open(encoding="utf-8"):
        obj = json.loads(line)
        texts[obj["id"]] = obj
    missing = [lab["id"] for lab in labels if lab["id"] not in texts]
    if missing:
        print(f"realtext: {len(missing)} labelled documents have no text: {missing[:5]}",
              file=sys.stderr)
        labels = [lab for lab in labels if lab["id"] in texts]

    # Each language's documents were labelled against their own register.
    extractors = {}
    for lang in ("tr", "en"):
        register = read_register(HERE / f"clients_{lang}.csv")
        extractors[lang] = Extractor(register.clients, Linker.from_clients(register.clients))
    started = time.process_time()
    predictions = []
    for lab in labels:
        doc = DocumentRecord.from_json({**_body_apart(texts[lab["id"]]), "lang": lab["lang"],
                                        "source_type": lab["source_type"]})
        events = [e.to_json() for e in extractors[lab["lang"]].extract(doc)]
        predictions.append({"id": lab["id"], "events": events})
    cpu = time.process_time() - started
    report = evaluate(labels, predictions, {lab["id"]: lab["lang"] for lab in labels})
    if args.pred:
        with open(args.pred, "w", encoding="utf-8") as out:
            for p in predictions:
                out.write(json.dumps(p, ensure_ascii=False) + "\n")
    if args.json:
        print(json.dumps(report.to_json() | {"documents": len(labels)}, ensure_ascii=False))
    else:
        print(f"real-text set, {args.half} half: {len(labels)} documents, "
              f"{sum(len(lab['events']) for lab in labels)} events; {cpu:.1f} CPU-s")
        print(format_report(report))
        if args.errors:
            for e in report.errors:
                print(f"{e['kind']} {e['id']} {e['type']} {e['client_id']} {e['company']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
