"""Write a back-test or offers report: one self-contained HTML file, plus CSV and JSON.

The HTML carries its CSS inline and its plots as base64 PNGs (matplotlib, Agg backend),
so it can be mailed or archived as a single file and opened offline; it has no script.
Every table is also written as ``<name>.csv``, and the whole report as ``report.json``.

Turkish RMs read it in Turkish (the default), others may choose English: ``<stem>.html`` is
in the chosen language and ``<stem>.tr.html``/``<stem>.en.html`` sit next to it, so the web
page can show each reader their own language without recomputing the back-test.
"""

from __future__ import annotations

import base64
import csv
import io
import json
import logging
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape

from radar_core.i18n import (
    DEFAULT_LANGUAGE,
    LANGUAGES,
    N_,
    Phrase,
    decimal_text,
    format_date,
    format_number,
    format_time,
    gettext_for,
    language_of,
)
from radar_core.i18n_jinja import install
from reports.backtest_report import BacktestReport, Table
from reports.report_text import text_in

log = logging.getLogger(__name__)

TEMPLATES = Path(__file__).with_name("templates")
HTML_ROWS = 60  # longer tables are cut in the HTML; their CSV is complete
FORMATS = ("html", "json", "csv")
SECTION_TITLES = {"opportunity": N_("Opportunity alerts"), "risk": N_("Risk alerts"),
                  "sources": N_("Sources"), "review": N_("Review"), "offers": N_("Offers"),
                  "back-test": N_("Back-test")}
# Column headers as readers see them (the CSV keeps the codes, for machines).
COLUMN_LABELS = {
    "dimension": N_("dimension"), "group": N_("group"), "n": N_("n"), "k": N_("k"),
    "rate": N_("rate"), "ci_low": N_("CI low"), "ci_high": N_("CI high"), "verdict": N_("verdict"),
    "alerts_n": N_("alerts n"), "alerts_k": N_("alerts k"), "alerts_rate": N_("precision"),
    "alerts_ci_low": N_("precision CI low"), "alerts_ci_high": N_("precision CI high"),
    "alerts_verdict": N_("precision verdict"), "recall_n": N_("recall n"), "recall_k": N_("recall k"),
    "recall": N_("recall"), "recall_verdict": N_("recall verdict"),
    "lead_median_days": N_("median lead (days)"), "lead_q1_days": N_("lead Q1 (days)"),
    "lead_q3_days": N_("lead Q3 (days)"), "lift": N_("lift"), "lift_low": N_("lift low"),
    "lift_high": N_("lift high"), "threshold": N_("threshold"), "precision": N_("precision"),
    "client_id": N_("client"), "kind": N_("kind"), "date": N_("date"),
    "first_alert_id": N_("first alert"), "first_alert_rule": N_("first alert's rule"),
    "first_alert_scoring_version": N_("first alert's scoring version"), "lead_days": N_("lead (days)"),
    "source": N_("source"), "foresight": N_("foresight"), "stories_first": N_("stories first"),
    "stories_reported": N_("stories reported"), "flag": N_("flag"), "rule": N_("rule"),
    "analyst": N_("analyst"), "measure": N_("measure"), "reason": N_("reason"),
    "top_competitor": N_("top competitor"), "competitor": N_("competitor"),
    "priced_n": N_("priced n"), "gap_median": N_("median gap"), "gap_q1": N_("gap Q1"),
    "gap_q3": N_("gap Q3"), "top_reason": N_("top reason"), "segment": N_("segment"),
    "intercept": N_("intercept"), "slope": N_("slope"), "slope_se": N_("slope SE"),
    "slope_p": N_("slope p"), "price_centre": N_("price centre"), "band_low": N_("band low"),
    "band_high": N_("band high"), "assessment": N_("assessment"), "price": N_("price"),
    "p_win": N_("P(win)"), "p_low": N_("P low"), "p_high": N_("P high"),
    "accepted_n": N_("accepted n"), "headroom_median": N_("median headroom"),
    "value_at_stake": N_("value at stake"),
}
# Codes that appear as table cells (dimension names, pseudo-groups, outcome kinds).
CELL_LABELS = {
    "all": N_("all"), "(none)": N_("(none)"), "(not given)": N_("(not given)"),
    "(unknown)": N_("(unknown)"), "event_type": N_("event type"), "source_type": N_("source type"),
    "sector": N_("sector"), "scoring_version": N_("scoring version"), "rule": N_("rule"),
    "source": N_("source"), "segment": N_("segment"),
    "loan_opened": N_("loan opened"), "offer_accepted": N_("offer accepted"),
    "offer_rejected": N_("offer rejected"), "default": N_("loan default"), "npl": N_("NPL"),
    "restructuring": N_("restructuring"),
}
TEXT_COLUMNS = ("verdict", "recall_verdict", "alerts_verdict", "assessment", "flag")


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


def figures(report: BacktestReport, language: str = DEFAULT_LANGUAGE) -> list[dict[str, str]]:
    """The report's plots as ``{"title", "section", "png"}`` (base64), labelled in ``language``."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    _ = gettext_for(language)
    polarity_of = {"opportunity": _("Opportunity"), "risk": _("Risk")}
    out: list[dict[str, str]] = []
    for polarity in ("opportunity", "risk"):
        name = polarity_of[polarity]
        leads = report.series.get(f"{polarity}_leads") or []
        if leads:
            fig, ax = plt.subplots(figsize=(5.2, 3.0))
            ax.hist(leads, bins=min(30, max(5, len(set(leads)))), color="#2f6f9f")
            ax.set_xlabel(_("days from first alert to outcome"))
            ax.set_ylabel(_("outcomes"))
            out.append({"title": _("{polarity}: lead time").format(polarity=name), "section": polarity,
                        "png": _png(fig)})
        curve = _maybe(report, f"{polarity}_pr_curve")
        if curve and curve.rows:
            recs = curve.records()
            fig, ax = plt.subplots(figsize=(5.2, 3.0))
            ax.plot([r["recall"] or 0 for r in recs], [r["precision"] or 0 for r in recs], marker="o",
                    ms=3, color="#9f2f2f" if polarity == "risk" else "#2f8f4f")
            ax.set_xlabel(_("recall"))
            ax.set_ylabel(_("precision"))
            ax.set_xlim(0, 1)
            ax.set_ylim(0, 1)
            out.append({"title": _("{polarity}: precision-recall over the score threshold").format(
                polarity=name), "section": polarity, "png": _png(fig)})
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
                ax.set_xlabel(_("precision (95% Wilson interval)"))
                out.append({"title": _("{polarity}: precision per rule").format(polarity=name),
                            "section": polarity, "png": _png(fig)})
    sources = _maybe(report, "sources")
    if sources:
        recs = [r for r in sources.records() if r["foresight"] is not None][:15]
        if recs:
            fig, ax = plt.subplots(figsize=(6.0, 0.35 * len(recs) + 1.0))
            ax.barh([r["source"] for r in recs], [r["foresight"] for r in recs], color="#bf9f4f")
            ax.invert_yaxis()
            ax.set_xlabel(_("foresight (median lead days x precision)"))
            out.append({"title": _("Foresight per source"), "section": "sources", "png": _png(fig)})
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
        ax.set_xlabel(_("offered price"))
        ax.set_ylabel(_("P(win)"))
        ax.set_ylim(-0.05, 1.05)
        out.append({"title": _("Offers, segment {segment}: win probability by price").format(
            segment=_cell(segment, language)), "section": "offers", "png": _png(fig)})
    return out


def _cell(value: Any, language: str = DEFAULT_LANGUAGE) -> str:
    """A table cell the reader's way: words in their language, 0,125 / 1.234.567 in Turkish,
    ISO dates as dates."""
    if value is None:
        return ""
    if isinstance(value, Phrase):
        return value.text(language)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        if abs(value) >= 1e6:
            return format_number(value, language)
        return decimal_text(value, ".3f", language).rstrip("0").rstrip(".,")
    if isinstance(value, int):
        return format_number(value, language) if abs(value) >= 10000 else str(value)
    text = str(value)
    if text in CELL_LABELS:
        return gettext_for(language)(CELL_LABELS[text])
    if len(text) == 10 and text[4] == "-" and text[7] == "-":
        try:
            return format_date(date.fromisoformat(text), language)
        except ValueError:
            return text
    return text


def render_html(report: BacktestReport, language: str = DEFAULT_LANGUAGE) -> str:
    """The report as one HTML document in ``language`` (no external resources, no script)."""
    language = language_of(language)
    _ = gettext_for(language)
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(default=True))
    install(env, None)
    env.filters["cell"] = lambda value: _cell(value, language)
    env.filters["text"] = lambda value: text_in(value, language)
    env.filters["column"] = lambda name: _(COLUMN_LABELS[name]) if name in COLUMN_LABELS else name
    plots = figures(report, language)
    sections = []
    for key in ("opportunity", "risk", "sources", "review", "offers", "back-test"):
        tables = [t for t in report.tables if t.section == key]
        figs = [f for f in plots if f["section"] == key]
        if tables or figs:
            sections.append({"key": key, "title": _(SECTION_TITLES[key]) if key in SECTION_TITLES
                             else key.capitalize(), "tables": tables, "figures": figs})
    return env.get_template("backtest.html.j2").render(
        report=report, sections=sections, max_rows=HTML_ROWS, language=language,
        text_columns=TEXT_COLUMNS, generated=format_time(report.generated_at, language))


def _write_csv(table: Table, path: Path, language: str) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(table.columns)
        writer.writerows([["" if v is None else text_in(v, language) if isinstance(v, Phrase) else v
                           for v in row] for row in table.rows])


def report_variant(html: Path, language: str) -> Path:
    """Where the ``language`` copy of a report's HTML lives: ``backtest.html`` -> ``backtest.tr.html``."""
    return html.with_name(f"{html.stem}.{language_of(language)}.html")


def write_report(report: BacktestReport, output_dir: Path | str,
                 formats: Iterable[str] = FORMATS, stem: str = "backtest",
                 language: str = DEFAULT_LANGUAGE) -> Path:
    """Write the report into ``output_dir``; returns the HTML path (or the JSON/folder).

    ``<stem>.html`` and the CSV sentences are in ``language``; each language also gets
    ``<stem>.<language>.html`` for the web page's readers.
    """
    language = language_of(language)
    out = Path(output_dir)
    out.mkdir(parents=True, exist_ok=True)
    chosen = set(formats)
    result = out
    if "csv" in chosen:
        for table in report.tables:
            _write_csv(table, out / f"{table.name}.csv", language)
    if "json" in chosen:
        result = out / "report.json"
        result.write_text(json.dumps(report.to_json(), ensure_ascii=False, indent=1, default=str),
                          encoding="utf-8")
    if "html" in chosen:
        result = out / f"{stem}.html"
        for each in LANGUAGES:
            html = render_html(report, each)
            report_variant(result, each).write_text(html, encoding="utf-8")
            if each == language:
                result.write_text(html, encoding="utf-8")
    log.info("report written to %s", out)
    return result
