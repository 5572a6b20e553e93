"""Load spaCy's thinc without torch: Radar's spaCy pipelines are rule-based.

thinc imports torch at import time whenever it is installed (the ``ml`` extra installs it
for the learned re-scorer): about a second and 250 MB in every process, for neural layers
Radar never uses. Hiding torch while thinc looks for it makes thinc behave as on an install
without torch; torch itself stays importable afterwards (the re-scorer imports it on its
own). Nothing is hidden when torch or thinc is already loaded. Imported before spaCy by the
modules that use spaCy.
"""

from __future__ import annotations

import sys


def load_thinc_without_torch() -> None:
    """Import ``thinc.compat`` with torch hidden, unless torch or thinc is loaded already."""
    if "thinc" in sys.modules or "torch" in sys.modules:
        return
    sys.modules["torch"] = None  # type: ignore[assignment]  # "import torch" -> ImportError
    try:
        import thinc.compat  # noqa: F401
    finally:
        del sys.modules["torch"]


load_thinc_without_torch()
