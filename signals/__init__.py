"""Signals stage: mentions, business events and their attributes extracted from documents.

Exports are resolved lazily: ``import signals`` stays cheap (spaCy, and through thinc
possibly torch, load only when the extractor is first used).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from signals.batch import extract_documents
    from signals.extractor import Extractor, ExtractorConfig, Rescorer

_EXPORTS = {
    "Extractor": "signals.extractor",
    "ExtractorConfig": "signals.extractor",
    "Rescorer": "signals.extractor",
    "extract_documents": "signals.batch",
}
__all__ = ["Extractor", "ExtractorConfig", "Rescorer", "extract_documents"]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'signals' has no attribute {name!r}")
