"""The demo client register shipped with Radar (invented firms, valid-format tax ids).

``radar demo`` imports ``CLIENTS_CSV``; the demo website in ``crawlers/demo_site`` writes
its news, tenders and complaints about these firms.
"""

from __future__ import annotations

from pathlib import Path

CLIENTS_CSV = Path(__file__).with_name("clients.csv")

__all__ = ["CLIENTS_CSV"]
