"""Scoring predicted events against gold: precision, recall and F1 per type, language, overall.

A prediction is a hit when document id, type and client id agree; for prospects (both
client ids null) the company strings must also match loosely (Turkish-aware case fold,
punctuation and legal-form suffixes stripped, equal or one containing the other; a "?" for
a letter a code page lost matches any letter). Each gold event is matched once. ``evaluate`` is the plain function behind ``radar eval``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from radar_core.tables import jsonl_rows
from radar_core.taxonomy import EVENT_TYPES
from radar_core.text import fold

_LEGAL_TAIL = re.compile(
    r"(?:\s+(?:a\s*s|anonim\s+sirketi|ltd|sti|limited|sirketi|inc|gmbh|llc|plc|corp|co|s\s*a|"
    r"b\s*v|n\s*v|ag|sanayi|san|ve|ticaret|tic))+$"
)


def company_key(name: str) -> str:
    """Loose company key: folded, punctuation dropped, legal-form suffixes stripped."""
    text = re.sub(r"[^\w\s]", " ", fold(name))
    text = re.sub(r"\s+", " ", text).strip()
    return _LEGAL_TAIL.sub("", " " + text).strip() or text


def companies_match(a: str, b: str) -> bool:
    """Equal or one contains the other, after :func:`company_key`; a "?" in either name
    (a letter a code page lost: "Do?u? Holding") stands for any one letter."""
    if a == b:
        return bool(company_key(a))
    if "?" in a or "?" in b:
        a, b = (a, b) if "?" in a else (b, a)
        if sum(ch.isalpha() for ch in a) < 4:
            return False  # "A?" would match almost any name
        pattern = company_key(a.replace("?", "qzq")).replace("qzq", r"\w")
        kb = company_key(b)
        return bool(pattern and kb) and (re.search(pattern, kb) is not None or (
            "?" not in b and company_key(a.replace("?", "")) in kb))
    ka, kb = company_key(a), company_key(b)
    return bool(ka and kb) and (ka == kb or ka in kb or kb in ka)


@dataclass
class Counts:
    """True positives, false positives and false negatives, with the derived scores."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4)}


@dataclass
class Report:
    """Scores overall (micro), per type (and their macro average) and per language."""

    overall: Counts = field(default_factory=Counts)
    by_type: dict[str, Counts] = field(default_factory=dict)
    by_lang: dict[str, Counts] = field(default_factory=dict)
    errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def macro_f1(self) -> float:
        scored = [c.f1 for c in self.by_type.values() if c.tp + c.fn > 0 or c.fp > 0]
        return sum(scored) / len(scored) if scored else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "micro": self.overall.to_json(),
            "macro_f1": round(self.macro_f1, 4),
            "by_type": {t: c.to_json() for t, c in sorted(self.by_type.items())},
            "by_lang": {lang: c.to_json() for lang, c in sorted(self.by_lang.items())},
            "errors": self.errors,
        }


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Objects of a JSON Lines file; raise InputError naming the bad line."""
    return [obj for _, obj in jsonl_rows(path)]


def _match(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    if gold.get("type") != pred.get("type") or gold.get("client_id") != pred.get("client_id"):
        return False
    if gold.get("client_id") is None:
        return companies_match(str(gold.get("company") or ""), str(pred.get("company") or ""))
    return True


def evaluate(
    gold: Iterable[dict[str, Any]],
    pred: Iterable[dict[str, Any]],
    langs: dict[str, str] | None = None,
) -> Report:
    """Score predicted document lines against gold document lines (matched by ``id``)."""
    report = Report()
    for t in EVENT_TYPES:
        report.by_type[t] = Counts()
    predicted = {str(p.get("id")): list(p.get("events") or []) for p in pred}
    for g in gold:
        doc_id = str(g.get("id"))
        lang = (langs or {}).get(doc_id)
        buckets = [report.overall]
        if lang:
            buckets.append(report.by_lang.setdefault(lang, Counts()))
        remaining = list(g.get("events") or [])
        for p in predicted.get(doc_id, []):
            hit = next((n for n, ge in enumerate(remaining) if _match(ge, p)), None)
            tcounts = report.by_type.setdefault(str(p.get("type")), Counts())
            if hit is None:
                for c in (*buckets, tcounts):
                    c.fp += 1
                report.errors.append({"id": doc_id, "kind": "fp", "type": p.get("type"),
                                      "client_id": p.get("client_id"),
                                      "company": p.get("company")})
            else:
                remaining.pop(hit)
                for c in (*buckets, tcounts):
                    c.tp += 1
        for ge in remaining:
            tcounts = report.by_type.setdefault(str(ge.get("type")), Counts())
            for c in (*buckets, tcounts):
                c.fn += 1
            report.errors.append({"id": doc_id, "kind": "fn", "type": ge.get("type"),
                                  "client_id": ge.get("client_id"), "company": ge.get("company")})
    return report


def format_report(report: Report) -> str:
    """A plain-text table: one row per type, then per language, micro and macro."""
    lines = [f"{'type':<26}{'P':>7}{'R':>7}{'F1':>7}{'tp':>5}{'fp':>5}{'fn':>5}"]

    def row(name: str, c: Counts) -> str:
        return (f"{name:<26}{c.precision:>7.3f}{c.recall:>7.3f}{c.f1:>7.3f}"
                f"{c.tp:>5}{c.fp:>5}{c.fn:>5}")

    lines += [row(t, c) for t, c in sorted(report.by_type.items())]
    lines += [row(f"lang={lang}", c) for lang, c in sorted(report.by_lang.items())]
    lines.append(row("micro", report.overall))
    lines.append(f"{'macro F1':<26}{report.macro_f1:>21.3f}")
    return "\n".join(lines)
