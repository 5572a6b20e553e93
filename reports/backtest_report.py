"""The back-test's result: named tables (each also a CSV) plus series for plots.

Kept separate from the arithmetic so that the HTML writer, the CSV/JSON writer, the web
page and the tests all read the same structure.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any


@dataclass
class Table:
    """One table of the report; ``name`` is its file stem (``<name>.csv``)."""

    name: str
    title: str
    columns: list[str]
    rows: list[list[Any]]
    note: str = ""
    section: str = "back-test"

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row, strict=False)) for row in self.rows]

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "title": self.title, "section": self.section, "note": self.note,
                "columns": self.columns, "rows": self.records()}


@dataclass
class BacktestReport:
    """Everything a back-test (or an offers report) found, ready to write or render."""

    title: str
    start: date | None
    end: date | None
    horizon_days: int | None
    generated_at: datetime
    headlines: list[str] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    series: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def table(self, name: str) -> Table:
        for table in self.tables:
            if table.name == name:
                return table
        raise KeyError(name)

    def to_json(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "horizon_days": self.horizon_days,
            "generated_at": self.generated_at.isoformat(),
            "headlines": self.headlines,
            "notes": self.notes,
            "tables": [t.to_json() for t in self.tables],
            "series": self.series,
        }
