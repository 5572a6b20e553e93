"""The source pack: declared real public sources, shipped disabled, enabled one by one.

``crawlers/sources/pack/NAME.yml`` holds one source each (KAP, EKAP, ilan.gov.tr, Resmî
Gazete, TTSG, TÜRKPATENT, incentive lists, complaint, property and job sites, business
news feeds), every one ``enabled: false``, with its terms of use under ``terms``. The
pack is never crawled from where it ships: enabling a source copies its file into the
deployment's own sources folder with ``enabled: true`` (``radar sources enable NAME``),
where it can be tuned (politeness, a new month's file URL) without touching the pack.
"""

from __future__ import annotations

import re
from pathlib import Path

from radar_core.errors import ConfigError, UsageError

_ENABLED = re.compile(r"^(\s*)enabled:\s*(true|false)\s*$", re.M)


def pack_path() -> Path:
    """The folder of the shipped source pack."""
    return Path(__file__).with_name("sources") / "pack"


def pack_file(name: str) -> Path:
    """The pack file declaring source ``name``; a ``UsageError`` naming the choices if none."""
    path = pack_path() / f"{name}.yml"
    if not path.is_file():
        names = ", ".join(sorted(p.stem for p in pack_path().glob("*.yml")))
        raise UsageError(f"{name!r} is not in the source pack ({names})")
    return path


def with_enabled(text: str, enabled: bool, where: str) -> str:
    """``text`` of a one-source file with its ``enabled:`` line set (comments kept)."""
    lines = _ENABLED.findall(text)
    if len(lines) != 1:
        raise ConfigError(f"{where}: expected exactly one 'enabled:' line, found {len(lines)}")
    value = "true" if enabled else "false"
    return _ENABLED.sub(lambda m: f"{m.group(1)}enabled: {value}", text, count=1)


def enable(name: str, folder: Path) -> Path:
    """Copy pack source ``name`` into ``folder`` switched on; an existing copy is switched on.

    An existing copy keeps the edits made to it; only its ``enabled`` line changes.
    """
    if folder.exists() and not folder.is_dir():
        raise UsageError(f"{folder}: sources must be a folder to enable pack sources into")
    if folder.resolve() == pack_path().resolve():
        raise UsageError("enable into your own sources folder, not the pack itself")
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{name}.yml"
    source = target if target.exists() else pack_file(name)
    target.write_text(with_enabled(source.read_text(encoding="utf-8"), True, str(source)),
                      encoding="utf-8")
    return target


def disable(name: str, folder: Path) -> Path:
    """Switch off the enabled copy of ``name`` in ``folder`` (kept, with its edits)."""
    target = folder / f"{name}.yml"
    if not target.is_file():
        raise UsageError(f"{target}: no enabled copy of {name!r} to disable")
    target.write_text(with_enabled(target.read_text(encoding="utf-8"), False, str(target)),
                      encoding="utf-8")
    return target
