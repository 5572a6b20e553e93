"""The register cache: indexes loaded from it link and extract exactly like fresh ones,
and a changed register (or damaged file, or other code) is rebuilt, never reused."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import asdict
from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy.orm import Session, sessionmaker

from benchmarks.extract import make_docs, to_records
from benchmarks.gen_register import generate
from entity_linking import Linker
from radar.cli import cli
from radar.clients import import_clients, load_clients
from radar.pipeline import build_extractor, load_indexes
from radar.register_cache import (
    ClientTable,
    RegisterCache,
    cache_dir,
    code_version,
    db_fingerprint,
    file_fingerprint,
    key_of,
)
from radar_core.db import session_scope
from radar_core.records import ClientRecord
from signals import Extractor


@pytest.fixture(scope="module")
def sample() -> tuple[list[ClientRecord], list[dict[str, str]]]:
    firms, mentions = generate(1500, 400, seed=5)
    return to_records(firms), mentions


def test_cached_linker_links_exactly_like_a_fresh_one(tmp_path: Path, sample) -> None:  # type: ignore[no-untyped-def]
    clients, mentions = sample
    cache = RegisterCache(tmp_path)
    cache.build("k" * 64, clients)
    loaded = cache.load("k" * 64)
    assert loaded is not None and loaded.from_cache
    assert [asdict(c) for c in loaded.clients] == [asdict(c) for c in clients]
    fresh = Linker.from_clients(clients)
    cached = Linker.from_index(loaded.names)
    linked = 0
    for m in mentions:
        a = fresh.link(m["mention"], m["context"])
        b = cached.link(m["mention"], m["context"])
        assert asdict(b) == asdict(a), m
        linked += a.status == "linked"
    assert linked > len(mentions) // 2  # the sample exercises real links, not only misses


def test_cached_extractor_extracts_exactly_like_a_fresh_one(tmp_path: Path, sample) -> None:  # type: ignore[no-untyped-def]
    clients, _ = sample
    firms, _ = generate(1500, 0, seed=5)
    docs = make_docs(firms, 40)
    cache = RegisterCache(tmp_path)
    cache.build("e" * 64, clients)
    loaded = cache.load("e" * 64)
    assert loaded is not None
    fresh = Extractor(clients, Linker.from_clients(clients))
    cached = Extractor(loaded.clients, Linker.from_index(loaded.names), index=loaded.mentions)
    events = 0
    for doc in docs:
        a = [asdict(e) for e in fresh.extract(doc)]
        assert [asdict(e) for e in cached.extract(doc)] == a
        events += len(a)
    assert events > 0


def _register(sessions: sessionmaker[Session], clock: Callable[[], datetime],
              city: str = "Bursa") -> None:
    with session_scope(sessions) as session:
        import_clients(session, [
            ClientRecord("G1", "Eskimavi Cam Sanayi A.Ş.", ["Eskimavi Cam"], city=city,
                         sector="Cam"),
            ClientRecord("G2", "Karatepe Plastik Sanayi ve Ticaret A.Ş.", city="İzmir"),
        ], clock)


def test_a_changed_register_row_rebuilds_the_cache(
    tmp_path: Path, sessions: sessionmaker[Session], clock: Callable[[], datetime]
) -> None:
    _register(sessions, clock)
    first = load_indexes(sessions, tmp_path)
    assert not first.from_cache
    again = load_indexes(sessions, tmp_path)
    assert again.from_cache
    assert [c.city for c in again.clients] == ["Bursa", "İzmir"]
    # The same clock: no timestamp changes, only the row's content does.
    _register(sessions, clock, city="Ankara")
    changed = load_indexes(sessions, tmp_path)
    assert not changed.from_cache
    assert [c.city for c in changed.clients] == ["Ankara", "İzmir"]
    with session_scope(sessions) as session:
        assert [c.city for c in changed.clients] == [c.city for c in load_clients(session)]
    assert load_indexes(sessions, tmp_path).from_cache
    # An import that changes nothing keeps the cache, on a later day too.
    _register(sessions, clock, city="Ankara")
    assert load_indexes(sessions, tmp_path).from_cache
    _register(sessions, lambda: datetime(2031, 1, 1), city="Ankara")
    assert load_indexes(sessions, tmp_path).from_cache


def test_a_renamed_firm_is_linked_under_both_names_after_the_rebuild(
    tmp_path: Path, sessions: sessionmaker[Session], clock: Callable[[], datetime]
) -> None:
    _register(sessions, clock)
    load_indexes(sessions, tmp_path)
    with session_scope(sessions) as session:
        import_clients(session, [ClientRecord("G2", "Denizyolu Ambalaj A.Ş.", city="İzmir")],
                       clock)
    register = load_indexes(sessions, tmp_path)
    assert not register.from_cache
    linker = Linker.from_index(register.names)
    assert linker.link("Denizyolu Ambalaj").client_id == "G2"
    assert linker.link("Karatepe Plastik").client_id == "G2"


def test_a_damaged_cache_file_is_rebuilt(
    tmp_path: Path, sessions: sessionmaker[Session], clock: Callable[[], datetime],
    caplog: pytest.LogCaptureFixture,
) -> None:
    _register(sessions, clock)
    load_indexes(sessions, tmp_path)
    with session_scope(sessions) as session:
        key = key_of(db_fingerprint(session))
    path = RegisterCache(cache_dir(tmp_path)).path(key)
    body = bytearray(path.read_bytes())
    body[-10] ^= 0xFF
    path.write_bytes(bytes(body))
    with caplog.at_level(logging.WARNING, logger="radar.register_cache"):
        rebuilt = load_indexes(sessions, tmp_path)
    assert not rebuilt.from_cache
    assert "damaged" in caplog.text
    assert load_indexes(sessions, tmp_path).from_cache
    path.write_bytes(b"not a cache")
    assert not load_indexes(sessions, tmp_path).from_cache


def test_the_key_follows_the_register_and_the_code(tmp_path: Path) -> None:
    register = tmp_path / "c.csv"
    register.write_text("client_id,legal_name\nA1,Anka Gıda A.Ş.\n", encoding="utf-8")
    before = file_fingerprint(register)
    register.write_text("client_id,legal_name\nA1,Anka Gıda Ltd. Şti.\n", encoding="utf-8")
    assert file_fingerprint(register) != before
    code = tmp_path / "code"
    (code / "signals").mkdir(parents=True)
    (code / "signals" / "lexicon.py").write_text("A = 1\n")
    version = code_version(code)
    assert code_version(code) == version
    (code / "signals" / "lexicon.py").write_text("A = 2\n")
    assert code_version(code) != version


def test_old_register_versions_are_pruned(tmp_path: Path) -> None:
    cache = RegisterCache(tmp_path)
    clients = [ClientRecord("A1", "Anka Gıda A.Ş.")]
    for n in range(7):
        cache.build(f"{n}" * 64, clients)
    files = sorted(tmp_path.glob("register-*.cache"))
    assert len(files) == 4
    assert cache.load("6" * 64) is not None


def test_an_unwritable_cache_folder_still_gives_the_indexes(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    cache = RegisterCache(blocker / "cache")
    built = cache.build("u" * 64, [ClientRecord("A1", "Anka Gıda A.Ş.")])
    assert Linker.from_index(built.names).link("Anka Gıda").client_id == "A1"
    assert cache.load("u" * 64) is None


REGISTER = ("client_id,legal_name,aliases,city,sector,rm_email,tax_id\n"
            "A1,Anka Gıda Sanayi A.Ş.,Anka,Konya,Gıda,,\n"
            "A2,Defne Tekstil A.Ş.,,Uşak,Tekstil,,12345\n")


def test_radar_extract_reuses_the_cache_and_still_reports_register_problems(
    tmp_path: Path,
) -> None:
    (tmp_path / "c.csv").write_text(REGISTER, encoding="utf-8")
    (tmp_path / "d.jsonl").write_text(
        '{"id": "1", "lang": "tr", "text": "Defne Tekstil A.Ş. Uşak fabrikasını kapattı."}\n',
        encoding="utf-8")
    args = ["--data-dir", str(tmp_path / "data"), "extract", "--clients",
            str(tmp_path / "c.csv"), "--input", str(tmp_path / "d.jsonl"), "--output"]
    runs = [CliRunner().invoke(cli, [*args, str(tmp_path / f"e{n}.jsonl")]) for n in (1, 2)]
    for result in runs:
        assert result.exit_code == 0, result.output
        assert "tax_id" in result.output  # the bad tax number, on the warm start too
    assert len(list((tmp_path / "data" / "cache").glob("register-*.cache"))) == 1
    first, second = ((tmp_path / f"e{n}.jsonl").read_text() for n in (1, 2))
    assert first == second and '"A2"' in first


def test_build_extractor_from_cached_indexes_matches_the_register(
    tmp_path: Path, sessions: sessionmaker[Session], clock: Callable[[], datetime]
) -> None:
    _register(sessions, clock)
    load_indexes(sessions, tmp_path)
    register = load_indexes(sessions, tmp_path)
    assert register.from_cache
    extractor = build_extractor(register)
    assert extractor.index is register.mentions
    assert extractor.linker is not None
    assert extractor.linker.link("Eskimavi Cam").client_id == "G1"


def test_the_client_table_reads_like_the_list_it_was_made_from() -> None:
    clients = [ClientRecord("A1", "Anka Gıda A.Ş.", ["Anka"], "1234567890", "Konya", "Gıda",
                            "rm@bank.example", None, "KOBİ", ["Anka Un A.Ş."], False),
               ClientRecord("A2", "Defne Tekstil A.Ş.", parent_id="A1")]
    table = ClientTable(clients)
    assert len(table) == 2 and list(table) == clients
    assert table[-1] == clients[1] and table[0:1] == clients[:1]
    assert table[0] is table[0]  # decoded once, then the same record
    with pytest.raises(IndexError):
        table[2]
    import pickle

    assert list(pickle.loads(pickle.dumps(table, protocol=5))) == clients


def test_workers_build_their_extractor_through_the_cache(
    tmp_path: Path, sessions: sessionmaker[Session], clock: Callable[[], datetime]
) -> None:
    from radar.workers import default_extractor

    _register(sessions, clock)
    default_extractor(sessions, data_dir=tmp_path)
    assert len(list((tmp_path / "cache").glob("register-*.cache"))) == 1
    extractor = default_extractor(sessions, data_dir=tmp_path)
    assert isinstance(extractor, Extractor)
    assert extractor.linker is not None
    assert extractor.linker.link("Eskimavi Cam").client_id == "G1"
