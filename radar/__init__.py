"""Radar: a Social CRM signal monitor for B2B opportunity and risk.

The ``radar`` package is the shared core (configuration, database, CLI, orchestration).
The stages live in sibling top-level packages: ``crawlers``, ``signals``,
``entity_linking``, ``rules`` and ``reports``; they exchange the records of
``radar_core.records`` and may import ``radar`` but not each other.
"""

__version__ = "0.1.0"
