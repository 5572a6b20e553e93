"""Builds the stages from settings and runs them in order; the commands call into this.

The core is the only place that knows every stage: it reads the client register from the
database, wires the entity linker into the extractor through the ``MentionLinker``
protocol, and hands rules and mail their inputs.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session, sessionmaker

from radar_core.clock import naive_utc
from radar_core.config import Settings
from radar_core.errors import ConfigError
from radar_core.records import ClientRecord

if TYPE_CHECKING:
    from entity_linking import Linker
    from entity_linking.index import NameIndex
    from radar.register_cache import RegisterIndexes
    from rules import RuleSet
    from signals import Extractor
    from signals.rescorer import Rescorer

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def default_rules_path(settings: Settings) -> Path:
    """The rules folder: the setting, else the starter set shipped in ``rules/starter``."""
    if settings.rules_path is not None:
        return settings.rules_path
    import rules

    return Path(rules.__file__).resolve().parent / "starter"


def load_register(sessions: sessionmaker[Session]) -> list[ClientRecord]:
    """The client register as stored (with former names), for the linker and extractor."""
    from radar.clients import load_clients
    from radar_core.db import session_scope

    with session_scope(sessions) as session:
        return load_clients(session)


def load_indexes(sessions: sessionmaker[Session], data_dir: Path | None) -> RegisterIndexes:
    """The stored register with its linker and extractor indexes.

    Loaded from the register cache in ``data_dir`` when the register has not changed
    since they were built (see ``radar.register_cache``); else built now and cached.
    ``data_dir`` None builds them without a cache.
    """
    from radar.clients import load_clients
    from radar.register_cache import (
        RegisterCache,
        build_indexes,
        cache_dir,
        db_fingerprint,
        key_of,
    )
    from radar_core.db import session_scope

    with session_scope(sessions) as session:
        if data_dir is None:
            clients = load_clients(session)
        else:
            cache = RegisterCache(cache_dir(data_dir))
            key = key_of(db_fingerprint(session))
            cached = cache.load(key)
            if cached is not None:
                return cached
            clients = load_clients(session)
    if data_dir is None:
        return build_indexes(clients)
    return cache.build(key, clients)


def build_extractor(register: list[ClientRecord] | RegisterIndexes,
                    rescorer: Rescorer | None = None) -> Extractor:
    """The signals extractor with the entity linker wired in, over the register's records
    (indexes built now) or over indexes already built (``load_indexes``)."""
    import signals
    from radar.register_cache import RegisterIndexes

    if isinstance(register, RegisterIndexes):
        return signals.Extractor(register.clients, build_linker(register.clients,
                                                                index=register.names),
                                 rescorer=rescorer, index=register.mentions)
    return signals.Extractor(register, build_linker(register), rescorer=rescorer)


def build_linker(clients: Sequence[ClientRecord], registry_numbers: dict[str, str] | None = None,
                 *, index: NameIndex | None = None) -> Linker:
    """The entity linker over the register, reading places with the signals gazetteer
    (so a district in a sentence counts for a client registered by its province).
    ``index``: the name index of these ``clients`` built earlier (a register cache)."""
    from entity_linking import Linker
    from entity_linking.index import NameIndex
    from signals.places import default_gazetteer

    gazetteer = default_gazetteer()

    def places(text: str) -> list[tuple[str, str | None]]:
        return [(span.name, span.province) for span in gazetteer.find(text)]

    return Linker.from_index(index if index is not None else NameIndex(clients),
                             registry_numbers=registry_numbers, place_finder=places)


def build_rescorer(settings: Settings) -> Rescorer | None:
    """The optional learned re-scorer, only when ``model_path`` is set (extra ``ml``)."""
    if settings.model_path is None:
        return None
    from signals.rescorer import Rescorer

    return Rescorer.load(settings.model_path)


def load_ruleset(settings: Settings) -> RuleSet:
    """Load and validate the rules; any invalid file is a configuration error."""
    import rules

    result = rules.load_rules(default_rules_path(settings))
    if result.errors:
        raise ConfigError("; ".join(str(e) for e in result.errors))
    return result.ruleset


def parse_as_of(value: str | None) -> datetime | None:
    """Parse ``--as-of`` (a date means the end of that day)."""
    if value is None:
        return None
    try:
        if len(value) == 10:
            return datetime.fromisoformat(value).replace(hour=23, minute=59, second=59)
        parsed = datetime.fromisoformat(value)
    except ValueError as exc:
        from radar_core.errors import UsageError

        raise UsageError(f"--as-of {value!r}: expected YYYY-MM-DD or an ISO date-time") from exc
    return naive_utc(parsed)
