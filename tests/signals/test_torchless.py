"""spaCy's thinc is loaded without torch, and torch stays importable for the re-scorer."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = """
import sys
from datetime import datetime
from radar_core.records import ClientRecord, DocumentRecord
from signals import Extractor
extractor = Extractor([ClientRecord("A1", "Anka Gıda A.Ş.")])
events = extractor.extract(DocumentRecord(id="d", text="Anka Gıda A.Ş. hakkında mahkeme geçici konkordato mühleti verdi.",
                                          lang="tr", source_type="news",
                                          published=datetime(2025, 1, 1)))
print("torch" in sys.modules, len(events))
import torch
print(torch.__name__)
"""


@pytest.mark.skipif(importlib.util.find_spec("torch") is None,
                    reason="torch is not installed (the ml extra): nothing to keep out")
def test_the_extractor_runs_without_loading_torch() -> None:
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                         cwd=ROOT, check=True, env={"PYTHONPATH": str(ROOT)}).stdout.split()
    assert out[0] == "False"  # torch was not imported by spaCy/thinc
    assert int(out[1]) >= 1  # and the pipeline works
    assert out[2] == "torch"  # importable afterwards, for the re-scorer
