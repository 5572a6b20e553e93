"""Benchmark entity linking on a synthetic register: quality, speed, memory, vs a baseline.

Reports precision (correct links / links made), recall (correct links / mentions of
register firms), accuracy on firms not in the register (share left unlinked), mentions/s
on one core, index build time and memory, a confidence reliability table, and the same
figures for a naive baseline (rapidfuzz ``process.extractOne`` over every name, on a
sample because it is slow).

    python benchmarks/linking.py                          # 150,000 firms, 10,000 mentions
    python benchmarks/linking.py --firms 2000 --mentions 500
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import sys
import time
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.gen_register import Firm, generate  # noqa: E402
from entity_linking import Linker  # noqa: E402
from radar_core.records import ClientRecord  # noqa: E402
from radar_core.text import fold  # noqa: E402


def to_records(firms: list[Firm]) -> list[ClientRecord]:
    return [
        ClientRecord(
            client_id=f.client_id, legal_name=f.legal_name, aliases=list(f.aliases),
            tax_id=f.tax_id, city=f.city, sector=f.sector_label, parent_id=f.parent_id or None,
            former_names=[f.former] if f.former else [],
        )
        for f in firms
    ]


def rss_mb() -> float:
    """Peak resident set size of this process so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def score(predictions: list[str | None], mentions: list[dict[str, Any]]) -> dict[str, float]:
    linked = correct = known = unknown = unknown_ok = 0
    for pred, m in zip(predictions, mentions, strict=True):
        gold = m["gold"]
        if gold is None:
            unknown += 1
            unknown_ok += pred is None
        else:
            known += 1
        if pred is not None:
            linked += 1
            correct += pred == gold
    return {
        "precision": correct / linked if linked else 1.0,
        "recall": correct / known if known else 1.0,
        "unknown_accuracy": unknown_ok / unknown if unknown else 1.0,
        "links": linked,
        "mentions": len(mentions),
    }


class Baseline:
    """Naive linker: extractOne over every folded name, WRatio >= cutoff links."""

    def __init__(self, clients: list[ClientRecord], cutoff: float = 90.0) -> None:
        self.names: list[str] = []
        self.owner: list[str] = []
        for c in clients:
            for name in [c.legal_name, *c.aliases, *c.former_names]:
                self.names.append(fold(name))
                self.owner.append(c.client_id)
        self.cutoff = cutoff

    def link(self, mention: str) -> str | None:
        hit = process.extractOne(fold(mention), self.names, scorer=fuzz.WRatio,
                                 score_cutoff=self.cutoff)
        return None if hit is None else self.owner[hit[2]]


def run(firms: int, mentions: int, baseline_sample: int, seed: int) -> dict[str, Any]:
    register, labelled = generate(firms, mentions, seed)
    clients = to_records(register)
    del register
    gc.collect()
    before = rss_mb()
    start, cpu_start = time.perf_counter(), time.process_time()
    linker = Linker.from_clients(clients)
    build_s = time.perf_counter() - start
    build_cpu_s = time.process_time() - cpu_start
    after = rss_mb()
    start, cpu_start = time.perf_counter(), time.process_time()
    results = [linker.link(m["mention"], m["context"]) for m in labelled]
    link_s = time.perf_counter() - start
    # CPU time of this single-threaded process: "per core", even on a shared machine.
    link_cpu = time.process_time() - cpu_start
    preds = [r.client_id for r in results]
    ours = score(preds, labelled)
    ours.update(
        build_s=build_s, build_cpu_s=build_cpu_s, peak_rss_mb=after, index_rss_mb=after - before,
        mentions_per_s=len(labelled) / link_s,
        mentions_per_cpu_s=len(labelled) / link_cpu if link_cpu else 0.0,
        ambiguous=sum(r.status == "ambiguous" for r in results),
    )
    reliability: list[dict[str, Any]] = []
    for low in (0.5, 0.6, 0.7, 0.8, 0.9, 0.95):
        high = {0.5: 0.6, 0.6: 0.7, 0.7: 0.8, 0.8: 0.9, 0.9: 0.95, 0.95: 1.01}[low]
        bucket = [(r, m) for r, m in zip(results, labelled, strict=True)
                  if r.client_id is not None and low <= r.confidence < high]
        if bucket:
            right = sum(r.client_id == m["gold"] for r, m in bucket)
            reliability.append({"confidence": f"{low:.2f}-{min(high, 1):.2f}", "links": len(bucket),
                                "precision": round(right / len(bucket), 4)})
    sample = labelled[:baseline_sample]
    start = time.perf_counter()
    base = Baseline(clients)
    base_build = time.perf_counter() - start
    start = time.perf_counter()
    base_preds = [base.link(m["mention"]) for m in sample]
    base_s = time.perf_counter() - start
    theirs = score(base_preds, sample)
    theirs.update(build_s=base_build, mentions_per_s=len(sample) / base_s if base_s else 0.0)
    ours_on_sample = score(preds[: len(sample)], sample)
    return {"firms": len(clients), "linker": ours, "linker_on_baseline_sample": ours_on_sample,
            "baseline": theirs, "reliability": reliability}


def dev_accuracy(folder: Path) -> dict[str, Any]:
    """Link every gold event's ``company`` (document text as context) in a labelled set
    laid out like /work/shared/eval (clients.csv, docs.jsonl, gold.jsonl)."""
    from entity_linking import read_register

    register = read_register(folder / "clients.csv")
    linker = Linker.from_clients(register.clients)
    docs = {}
    with open(folder / "docs.jsonl", encoding="utf-8") as handle:
        for line in handle:
            doc = json.loads(line)
            docs[doc["id"]] = doc.get("text") or ""
    total = right = right_no_context = 0
    with open(folder / "gold.jsonl", encoding="utf-8") as handle:
        for line in handle:
            gold = json.loads(line)
            for event in gold["events"]:
                total += 1
                found = linker.link(event["company"], docs.get(gold["id"], ""))
                right += found.client_id == event["client_id"]
                bare = linker.link(event["company"])
                right_no_context += bare.client_id == event["client_id"]
    return {"mentions": total, "accuracy": right / total if total else 1.0,
            "accuracy_without_context": right_no_context / total if total else 1.0}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--firms", type=int, default=150_000)
    parser.add_argument("--mentions", type=int, default=10_000)
    parser.add_argument("--baseline-sample", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", action="store_true", help="Print the raw figures as JSON.")
    parser.add_argument("--dev", type=Path,
                        help="Instead: accuracy on a labelled folder (clients.csv, docs, gold).")
    args = parser.parse_args()
    if args.dev is not None:
        print(json.dumps(dev_accuracy(args.dev), indent=2))
        return
    report = run(args.firms, args.mentions, args.baseline_sample, args.seed)
    if args.json:
        print(json.dumps(report, indent=2))
        return
    ours, theirs, same = report["linker"], report["baseline"], report["linker_on_baseline_sample"]
    print(f"register: {report['firms']} firms, {ours['mentions']} mentions "
          f"(baseline on the first {theirs['mentions']})")
    print(f"{'':24}{'linker_v1':>12}{'v1 on sample':>14}{'baseline':>12}")
    for key in ("precision", "recall", "unknown_accuracy"):
        print(f"{key:24}{ours[key]:>12.4f}{same[key]:>14.4f}{theirs[key]:>12.4f}")
    print(f"{'mentions/s (wall, 1 core)':24}{ours['mentions_per_s']:>12.0f}{'':>14}"
          f"{theirs['mentions_per_s']:>12.1f}")
    print(f"{'mentions/CPU-s':24}{ours['mentions_per_cpu_s']:>12.0f}")
    print(f"{'index build s':24}{ours['build_s']:>12.2f}{'':>14}{theirs['build_s']:>12.2f}")
    print(f"{'index build CPU-s':24}{ours['build_cpu_s']:>12.2f}")
    print(f"peak RSS {ours['peak_rss_mb']:.0f} MB, index {ours['index_rss_mb']:.0f} MB; "
          f"ambiguous {ours['ambiguous']}")
    print("reliability (linked mentions by confidence):")
    for row in report["reliability"]:
        print(f"  {row['confidence']}: {row['links']} links, precision {row['precision']}")


if __name__ == "__main__":
    main()
