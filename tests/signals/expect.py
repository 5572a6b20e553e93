"""What the structure tests compare: the (type, firm) events read from a text, and a
match that lets firms differ as the evaluation allows (case, legal form)."""

from __future__ import annotations

from radar_core.records import DocumentRecord
from signals import Extractor
from signals.evaluate import companies_match


def read(extractor: Extractor, text: str, lang: str,
         title: str | None = None) -> set[tuple[str, str]]:
    """The (type, firm) pairs the extractor reads from ``text`` (under ``title``)."""
    record = DocumentRecord(id="t", text=text, lang=lang, title=title)
    return {(e.type, e.company or "") for e in extractor.extract(record)}


def same(got: set[tuple[str, str]], expected: set[tuple[str, str]]) -> bool:
    """Every expected event found once, nothing else."""
    return len(got) == len(expected) and all(
        any(t == gt and companies_match(c, gc) for gt, gc in got) for t, c in expected)
