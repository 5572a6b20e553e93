"""A synthetic day of documents about the demo register's firms (for ops tests).

Sentences are written for these tests; they are not taken from any labelled set.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy.orm import Session, sessionmaker

from radar.demo import import_demo_register
from radar_core.db import session_scope
from radar_core.db.models import Document

FIRMS = ("Çamlıbel Holding A.Ş.", "Çamlıbel Çimento Sanayi A.Ş.", "Çamlıbel Enerji Üretim A.Ş.")
TEMPLATES = (
    ("tr", "{firm} hakkında alacaklıları tarafından iflas davası açıldı. Borç {n} milyon TL."),
    ("tr", "{firm} yeni fabrika yatırımı için {n} milyon dolar harcayacağını açıkladı."),
    ("en", "{firm} announced it will build a new plant for USD {n} million."),
    ("tr", "Şehirde bugün hava güneşli, akşam saatlerinde trafik yoğun olacak."),
)


def seed_day(sessions: sessionmaker[Session], clock: Callable[[], datetime], count: int,
             register: bool = True) -> list[int]:
    """Import the demo register and store ``count`` unprocessed documents; returns their ids."""
    if register:
        import_demo_register(sessions, clock)
    fetched = clock() - timedelta(hours=1)
    ids = []
    with session_scope(sessions) as session:
        for i in range(count):
            lang, template = TEMPLATES[i % len(TEMPLATES)]
            text = template.format(firm=FIRMS[(i // len(TEMPLATES)) % len(FIRMS)], n=10 + i)
            doc = Document(external_id=f"day-{i}", url=f"http://news.example/{i}",
                           canonical_url=f"http://news.example/{i}",
                           content_hash=hashlib.sha256(text.encode()).hexdigest(),
                           source="ops-test", source_type="news", published=fetched,
                           fetched=fetched, lang=lang, title=text[:40], text=text)
            session.add(doc)
            session.flush()
            ids.append(doc.id)
    return ids
