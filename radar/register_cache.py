"""The register's indexes, built once per register version and reused by every process.

Normalising and indexing every name of 150,000 firms (the linker's ``NameIndex`` and the
extractor's ``RegisterIndex``) costs about 9 CPU-seconds; reading the same structures
back from a file costs about one. So ``radar process``, ``radar worker`` and
``radar extract`` load them from ``<data_dir>/cache/register-*.cache`` when the register
is the one they were built from, and build (then store) them otherwise.

The key is a SHA-256 over the register's content (every stored client and name row, or
the register file's bytes) and over the code that builds the indexes (a changed
normaliser must not reuse an index it would build differently). A cache file starts with
a header naming its format, key, length and payload checksum; any mismatch (another
register, other code, a truncated or corrupt file) rebuilds it. The payload is a pickle,
read only after its header and checksum match: the data dir, like the database in it,
must be writable by Radar's own user only.
"""

from __future__ import annotations

import gc
import hashlib
import json
import logging
import marshal
import os
import pickle
import sys
import tempfile
from array import array
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any, overload

from radar_core.records import ClientRecord

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from entity_linking.index import NameIndex
    from signals.mentions import RegisterIndex

log = logging.getLogger(__name__)

FORMAT = 1
MAGIC = b"RADAR-REGISTER-CACHE\n"
# Cache files kept side by side (the database's register, a register file or two).
KEEP = 4
_ROOT = Path(__file__).resolve().parent.parent
# What the indexes are built by: a change to any of these makes every cache stale.
_CODE = ("entity_linking", "signals", "radar_core/text.py", "radar_core/records.py",
         "radar/register_cache.py")


_FIELDS = tuple(f.name for f in fields(ClientRecord))


class ClientTable(Sequence[ClientRecord]):
    """The register's records, kept as one bytes blob and decoded when first asked for.

    150,000 ``ClientRecord`` objects take ~200 MB and a third of a second to unpickle;
    a process reads a few thousand of them (the firms its documents name). Each record
    is a ``marshal``-ed tuple of its fields; a decoded one is kept, so the linker sees
    the same object every time.
    """

    def __init__(self, clients: Iterable[ClientRecord]) -> None:
        parts: list[bytes] = []
        self._ends = array("Q")
        size = 0
        for client in clients:
            part = marshal.dumps(tuple(
                list(value) if isinstance(value, list) else value
                for value in (getattr(client, name) for name in _FIELDS)))
            parts.append(part)
            size += len(part)
            self._ends.append(size)
        self._blob = b"".join(parts)
        self._seen: dict[int, ClientRecord] = {}

    def __len__(self) -> int:
        return len(self._ends)

    def _decode(self, number: int) -> ClientRecord:
        start = self._ends[number - 1] if number else 0
        return ClientRecord(*marshal.loads(self._blob[start:self._ends[number]]))

    @overload
    def __getitem__(self, number: int) -> ClientRecord: ...

    @overload
    def __getitem__(self, number: slice) -> list[ClientRecord]: ...

    def __getitem__(self, number: int | slice) -> ClientRecord | list[ClientRecord]:
        if isinstance(number, slice):
            return [self[n] for n in range(*number.indices(len(self)))]
        if number < 0:
            number += len(self)
        if not 0 <= number < len(self):
            raise IndexError(number)
        record = self._seen.get(number)
        if record is None:
            record = self._seen[number] = self._decode(number)
        return record

    def __iter__(self) -> Iterator[ClientRecord]:
        """Every record, decoded anew (a full pass keeps none of them)."""
        for number in range(len(self)):
            yield self._seen.get(number) or self._decode(number)

    def __getstate__(self) -> tuple[bytes, array[int]]:
        return self._blob, self._ends

    def __setstate__(self, state: tuple[bytes, array[int]]) -> None:
        self._blob, self._ends = state
        self._seen = {}


@dataclass
class RegisterIndexes:
    """A register's records and both name indexes over them, as one process uses them."""

    clients: Sequence[ClientRecord]
    names: NameIndex
    mentions: RegisterIndex
    # What reading the register said (problems of a register file), repeated on a warm start.
    notes: list[Any] = field(default_factory=list)
    from_cache: bool = False


def build_indexes(clients: list[ClientRecord], notes: Iterable[Any] = ()) -> RegisterIndexes:
    """Both indexes over ``clients``, built now."""
    from entity_linking.index import NameIndex
    from signals.mentions import RegisterIndex

    names, mentions = NameIndex(clients), RegisterIndex(clients)
    # Built over the list, then read through the compact table, as a cached copy is.
    table = ClientTable(clients)
    names.clients = table
    return RegisterIndexes(table, names, mentions, list(notes))


def _files(root: Path) -> Iterator[Path]:
    for name in _CODE:
        path = root / name
        if path.is_file():
            yield path
        else:
            yield from sorted(p for p in path.rglob("*")
                              if p.is_file() and "__pycache__" not in p.parts)


def code_version(root: Path = _ROOT) -> str:
    """SHA-256 over the index-building code and data files (and the Python version)."""
    digest = hashlib.sha256(f"{FORMAT} {sys.version_info[:2]}".encode())
    for path in _files(root):
        digest.update(str(path.relative_to(root)).encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


def key_of(*parts: str) -> str:
    """The cache key of a register fingerprint under the current code."""
    return hashlib.sha256("\n".join((code_version(), *parts)).encode()).hexdigest()


def file_fingerprint(path: Path) -> str:
    """A register file's fingerprint: its bytes (the reader's result depends on nothing else)."""
    return "file " + hashlib.sha256(Path(path).read_bytes()).hexdigest()


def db_fingerprint(session: Session) -> str:
    """The stored register's fingerprint: every column of every client and name row.

    Read through the driver's own cursor as plain tuples hashed in bulk (no ORM objects,
    no type conversion: a tenth of ``load_clients``' cost). A counter or a timestamp
    would miss an import under a fixed clock, or a row written by hand; the content cannot.
    """
    from radar_core.db.models import Client, ClientName

    digest = hashlib.sha256()
    client_columns = ", ".join(c.name for c in Client.__table__.c)
    # ``last_seen`` moves on every import, even one that changes nothing: left out.
    name_columns = ", ".join(c.name for c in ClientName.__table__.c if c.name != "last_seen")
    cursor = session.connection().connection.cursor()
    try:
        for sql in (f"SELECT {client_columns} FROM clients ORDER BY client_id",
                    f"SELECT {name_columns} FROM client_names ORDER BY id"):
            cursor.execute(sql)
            while rows := cursor.fetchmany(50_000):
                digest.update(_row_bytes(rows))
    finally:
        cursor.close()
    return "db " + digest.hexdigest()


def _row_bytes(rows: Sequence[Any]) -> bytes:
    """Rows as bytes to hash: ``marshal`` for the plain values SQLite returns (a quarter
    of ``repr``'s cost), ``repr`` for drivers that return dates as objects. Either is
    fixed for a Python version, which the key holds."""
    try:
        return marshal.dumps(rows if isinstance(rows, list) else list(rows))
    except ValueError:
        return repr([tuple(row) for row in rows]).encode()


@contextmanager
def _no_gc() -> Iterator[None]:
    """Millions of small containers are created at once: a collection per 700 of them
    would walk them all again and again (several seconds at 150,000 firms)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _settle() -> None:
    """Move every object alive now (the indexes just made) out of the collector's sight.

    They live as long as the process and are read-only; left in the youngest generation,
    the next collection would walk all of them (~0.9 s at 150,000 firms) and later full
    collections again and again. ``gc.freeze`` is the standard library's tool for this;
    called before the collector is enabled again, so that no collection sees them first.
    """
    gc.freeze()


class RegisterCache:
    """Cache files of register indexes in one folder, one per register version."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def path(self, key: str) -> Path:
        return self.folder / f"register-{key[:24]}.cache"

    def load(self, key: str) -> RegisterIndexes | None:
        """The indexes stored under ``key``, or None (missing, stale or damaged: logged)."""
        path = self.path(key)
        try:
            with path.open("rb") as fh:
                if fh.read(len(MAGIC)) != MAGIC:
                    raise ValueError("not a register cache file")
                header = json.loads(fh.readline())
                if header.get("format") != FORMAT or header.get("key") != key:
                    raise ValueError("built for another register or code version")
                payload = fh.read()
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as exc:
            log.warning("register cache %s unusable (%s): rebuilding", path, exc)
            return None
        if len(payload) != header.get("length") or \
                hashlib.sha256(payload).hexdigest() != header.get("sha256"):
            log.warning("register cache %s is damaged (length or checksum): rebuilding", path)
            return None
        with _no_gc():
            indexes = pickle.loads(payload)
            _settle()
        if not isinstance(indexes, RegisterIndexes):
            log.warning("register cache %s holds no indexes: rebuilding", path)
            return None
        indexes.from_cache = True
        log.info("register indexes of %d clients loaded from %s", len(indexes.clients), path)
        return indexes

    def store(self, key: str, indexes: RegisterIndexes) -> Path | None:
        """Write the indexes atomically (temporary file, then rename); None when the
        folder is not writable (logged: the process goes on with what it built)."""
        path = self.path(key)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            payload = pickle.dumps(indexes, protocol=5)
            header = json.dumps({"format": FORMAT, "key": key, "length": len(payload),
                                 "sha256": hashlib.sha256(payload).hexdigest(),
                                 "clients": len(indexes.clients)})
            fd, tmp = tempfile.mkstemp(prefix=".register-", dir=self.folder)
            try:
                with os.fdopen(fd, "wb") as fh:
                    fh.write(MAGIC + header.encode() + b"\n")
                    fh.write(payload)
                    fh.flush()
                    os.fsync(fh.fileno())
                os.replace(tmp, path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError as exc:
            log.warning("register cache not written to %s: %s", path, exc)
            return None
        self._prune(keep=path)
        return path

    def _prune(self, keep: Path) -> None:
        """Drop the oldest cache files beyond ``KEEP`` (old register versions)."""
        others = sorted((p for p in self.folder.glob("register-*.cache") if p != keep),
                        key=lambda p: p.stat().st_mtime, reverse=True)
        for stale in others[KEEP - 1:]:
            stale.unlink(missing_ok=True)

    def build(self, key: str, clients: list[ClientRecord], notes: Iterable[Any] = ()
              ) -> RegisterIndexes:
        """Build the indexes over ``clients`` now and store them under ``key``."""
        with _no_gc():
            indexes = build_indexes(clients, notes)
            _settle()
        if self.store(key, indexes) is not None:
            log.info("register indexes of %d clients built and cached in %s", len(clients),
                     self.path(key))
        return indexes


def cache_dir(data_dir: Path) -> Path:
    """Where register caches live: ``<data_dir>/cache``."""
    return Path(data_dir) / "cache"
