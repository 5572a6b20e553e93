"""Phrasing gate: the sentences of two phrasing studies stay read.

Helpers who never read the extractor studied how real outlets (wire copy, local and trade
news, regulator releases, court digests, KAP disclosures, complaint sites) phrase each event
type, and wrote their own sentences with invented firms that reproduce those phrasings
(``phrasings/{en,tr}.jsonl``: type, firm, sentence, the structure it reproduces; ``type``
"none" marks a hard negative: the named firm carries no event). The firms are registered
here, so the gate measures cue coverage and modality, not the recognition of unknown names.
Floors are the figures of session 27; raise them when the extractor improves, lower them
only with a reason in the commit.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from entity_linking import Linker
from radar_core.records import ClientRecord, DocumentRecord
from radar_core.text import fold
from signals import Extractor

HERE = Path(__file__).parent / "phrasings"
# lang: (events read at least, hard negatives flagged at most)
FLOORS = {"en": (282, 13), "tr": (240, 11)}


def _rows(lang: str) -> list[dict[str, str]]:
    return [json.loads(line) for line in (HERE / f"{lang}.jsonl").open(encoding="utf-8")]


def _firms(row: dict[str, str]) -> list[str]:
    return [name.strip() for name in row["firm"].split(";") if name.strip()]


def score(lang: str) -> tuple[int, int, int, int]:
    """(events read, events, negatives flagged, negatives) for one language."""
    rows = _rows(lang)
    names = sorted({name for row in rows for name in _firms(row)})
    clients = [ClientRecord(f"P{i}", name, []) for i, name in enumerate(names)]
    extractor = Extractor(clients, Linker.from_clients(clients))
    read = events = flagged = negatives = 0
    for n, row in enumerate(rows):
        found = extractor.extract(DocumentRecord(id=f"p{n}", text=row["sentence"], lang=lang))
        keys = [fold(name).split()[0][:5] for name in _firms(row)]
        mine = [e for e in found if any(k in fold(e.company or "") for k in keys)]
        if row["type"] == "none":
            negatives += 1
            flagged += bool(mine)
        else:
            events += 1
            read += any(e.type == row["type"] for e in mine)
    return read, events, flagged, negatives


@pytest.mark.parametrize("lang", sorted(FLOORS))
def test_phrasings_of_real_outlets_are_read(lang: str) -> None:
    read, events, flagged, negatives = score(lang)
    least_read, most_flagged = FLOORS[lang]
    assert read >= least_read, f"{lang}: {read}/{events} events read (floor {least_read})"
    assert flagged <= most_flagged, \
        f"{lang}: {flagged}/{negatives} negatives flagged (ceiling {most_flagged})"
