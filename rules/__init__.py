"""Rules stage: turn event facts over time into few, strong, explained alerts.

Rules are YAML data (``rules/starter``); ``load_rules`` validates them with errors that
name file:line and field, and ``evaluate`` is pure: facts, prior alerts and reviews in,
``AlertDraft``s out. The core stores the drafts idempotently by ``dedupe_key``.
"""

from __future__ import annotations

from rules.engine import PriorAlert, dedupe_key, evaluate
from rules.loader import LoadResult, RuleError, RuleSet, load_rules
from rules.scoring import Feedback, SourceReliability

__all__ = [
    "Feedback",
    "LoadResult",
    "PriorAlert",
    "RuleError",
    "RuleSet",
    "SourceReliability",
    "dedupe_key",
    "evaluate",
    "load_rules",
]
