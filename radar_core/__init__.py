"""The ground of Radar: what every stage and the application stand on.

Records exchanged between stages (design.md contracts), the event taxonomy, Turkish-aware
text folding, errors with stable codes, settings, the database models and sessions, the
declared-data loader and the clock. Nothing here imports a stage (``crawlers``, ``signals``,
``entity_linking``, ``rules``, ``reports``) or the application (``radar``); CI checks that
with import-linter contracts (setup.cfg).
"""
