"""Write a back-test or offers report: one self-contained HTML file, plus CSV and JSON.

The HTML carries its CSS inline and its plots as base64 PNGs (matplotlib, Agg backend),
so it can be mailed or archived as a single file and opened offline; it has no script.
Every table is also written as ``<name>.csv``, and the whole report as ``report.json``.
"""

from __future__ import annotations

import base64
import csv
import io
import json
import logging
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape

from reports.backtest_report import BacktestReport, Table

log = logging.getLogger(__name__)

TEMPLATES = Path(__file__).with_name("templates")
HTML_ROWS = 60  # longer tables are cut in the HTML; their CSV is complete
FORMATS = ("html", "json", "csv")
SECTION_TITLES = {"opportunity": "Opportunity alerts", "risk": "Risk alerts", "sources": "Sources",
                  "review": "Review", "offers": "Offers"}


def _png(fig: Any) -> str:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=90, bbox_inches="tight")
    import matplotlib.pyplot as plt

    plt.close(fig)
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def _maybe(report: BacktestReport, name: str) -> Table | None:
    try:
        return report.table(name)
    except KeyError:
        return None


def figures(report: BacktestReport) -> list[dict[str, str]]:
    """The report's plots as ``{"title", "section", "png"}`` (base64)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    out: list[dict[str, str]] = []
    for polarity in ("opportunity", "risk"):
        leads = report.series.get(f"{polarity}_leads") or []
        if leads:
            fig, ax = plt.subplots(figsize=(5.2, 3.0))
            ax.hist(leads, bins=min(30, max(5, len(set(leads)))), color="#2f6f9f")
            ax.set_xlabel("days from first alert to outcome")
            ax.set_ylabel("outcomes")
            out.append({"title": f"{polarity.capitalize()}: lead time", "section": polarity, "png": _png(fig)})
        curve = _maybe(report, f"{polarity}_pr_curve")
        if curve and curve.rows:
            recs = curve.records()
            fig, ax = plt.subplots(figsize=(5.2, 3.0))
            ax.plot([r["recall"] or 0 for r in recs], [r["precision"] or 0 for r in recs], marker="o",
                    ms=3, color="#9f2f2f" if polarity == "risk" else "#2f8f4f")
            ax.set_xlabel("recall")
            ax.set_ylabel("precision")
            ax.set_xlim(0, 1)
            ax.set_ylim(0, 1)
            out.append({"title": f"{polarity.capitalize()}: precision-recall over the score threshold",
                        "section": polarity, "png": _png(fig)})
        groups = _maybe(report, f"{polarity}_groups")
        if groups:
            recs = [r for r in groups.records() if r["dimension"] == "rule" and r["alerts_n"]][:20]
            if recs:
                fig, ax = plt.subplots(figsize=(6.0, 0.35 * len(recs) + 1.0))
                values = [r["alerts_rate"] or 0 for r in recs]
                lows = [v - (r["alerts_ci_low"] or 0) for v, r in zip(values, recs, strict=True)]
                highs = [(r["alerts_ci_high"] or 0) - v for v, r in zip(values, recs, strict=True)]
                ax.barh([f"{r['group']} (n={r['alerts_n']})" for r in recs], values,
                        xerr=[lows, highs], color="#7f9fbf", ecolor="#333")
                ax.set_xlim(0, 1)
                ax.invert_yaxis()
                ax.set_xlabel("precision (95% Wilson interval)")
                out.append({"title": f"{polarity.capitalize()}: precision per rule", "section": polarity,
                            "png": _png(fig)})
    sources = _maybe(report, "sources")
    if sources:
        recs = [r for r in sources.records() if r["foresight"] is not None][:15]
        if recs:
            fig, ax = plt.subplots(figsize=(6.0, 0.35 * len(recs) + 1.0))
            ax.barh([r["source"] for r in recs], [r["foresight"] for r in recs], color="#bf9f4f")
            ax.invert_yaxis()
            ax.set_xlabel("foresight (median lead days x precision)")
            out.append({"title": "Foresight per source", "section": "sources", "png": _png(fig)})
    for segment, curve_data in (report.series.get("offer_curves") or {}).items():
        pts = curve_data["points"]
        fig, ax = plt.subplots(figsize=(5.2, 3.0))
        ax.fill_between([p[0] for p in pts], [p[2] for p in pts], [p[3] for p in pts], alpha=0.25,
                        color="#2f6f9f")
        ax.plot([p[0] for p in pts], [p[1] for p in pts], color="#2f6f9f")
        obs = curve_data["observed"]
        ax.scatter([o[0] for o in obs], [o[1] for o in obs], s=6, alpha=0.3, color="#333")
        if curve_data.get("band"):
            ax.axvspan(*curve_data["band"], color="#2f8f4f", alpha=0.15)
        ax.set_xlabel("offered price")
        ax.set_ylabel("P(win)")
        ax.set_ylim(-0.05, 1.05)
        out.append({"title": f"Offers, segment {segment}: win probability by price", "section": "offers",
                    "png": _png(fig)})
    return out


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.3f}".rstrip("0").rstrip(".") if abs(value) < 1e6 else f"{value:,.0f}"
    return str(value)


def render_html(report: BacktestReport) -> str:
    """The report as one HTML document (no external resources, no script)."""
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(default=True))
    env.filters["cell"] = _cell
    plots = figures(report)
    sections = []
    for key in ("opportunity", "risk", "sources", "review", "offers", "back-test"):
        tables = [t for t in report.tables if t.section == key]
        figs = [f for f in plots if f["section"] == key]
        if tables or figs:
            sections.append({"key": key, "title": SECTION_TITLES.get(key, key.capitalize()),
                             "tables": tables, "figures": figs})
    return env.get_template("backtest.html.j2").render(report=report, sections=sections,
                                                       max_rows=HTML_ROWS)


def _write_csv(table: Table, path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(table.columns)
        writer.writerows([["" if v is None else v for v in row] for row in table.rows])


def write_report(report: BacktestReport, output_dir: Path | str,
                 formats: Iterable[str] = FORMATS, stem: str = "backtest") -> Path:
    """Write the report into ``output_dir``; returns the HTML path (or the JSON/folder)."""
    out = Path(output_dir)
    out.mkdir(parents=True, exist_ok=True)
    chosen = set(formats)
    result = out
    if "csv" in chosen:
        for table in report.tables:
            _write_csv(table, out / f"{table.name}.csv")
    if "json" in chosen:
        result = out / "report.json"
        result.write_text(json.dumps(report.to_json(), ensure_ascii=False, indent=1, default=str),
                          encoding="utf-8")
    if "html" in chosen:
        result = out / f"{stem}.html"
        result.write_text(render_html(report), encoding="utf-8")
    log.info("report written to %s", out)
    return result
