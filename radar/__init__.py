"""Radar: a Social CRM signal monitor for B2B opportunity and risk.

``radar`` is the application layer: it builds the stages (``crawlers``, ``signals``,
``entity_linking``, ``rules``, ``reports``) from settings, owns storage (crawl sink, report
queries, processing, alerting), and serves people (CLI, web, scheduler, workers). The stages
stand on the ground package ``radar_core`` and never import each other or this package.
"""

__version__ = "0.1.0"
