"""Event taxonomy and source types, spelled exactly as in design.md.

Every stage takes these names from here so that a typo in one place cannot
silently create a seventeenth event type.
"""

from __future__ import annotations

from typing import Final, Literal

Polarity = Literal["opportunity", "risk"]

OPPORTUNITY_TYPES: Final[tuple[str, ...]] = (
    "investment_incentive",
    "capacity_expansion",
    "tender_opened",
    "contract_won",
    "patent_granted",
    "land_acquisition",
    "investment_announcement",
    "capital_increase",
)

RISK_TYPES: Final[tuple[str, ...]] = (
    "asset_sale",
    "customer_complaint",
    "regulatory_fine",
    "lawsuit",
    "refund_problem",
    "insolvency",
    "layoffs_closure",
    "management_exit",
    "rating_downgrade",
)

EVENT_TYPES: Final[tuple[str, ...]] = OPPORTUNITY_TYPES + RISK_TYPES

POLARITY: Final[dict[str, Polarity]] = {
    **{t: "opportunity" for t in OPPORTUNITY_TYPES},
    **{t: "risk" for t in RISK_TYPES},
}

SOURCE_TYPES: Final[tuple[str, ...]] = (
    "news",
    "disclosure",
    "tender",
    "incentive",
    "registry",
    "court",
    "patent",
    "complaint",
    "property",
    "social",
)

OUTCOME_KINDS: Final[tuple[str, ...]] = (
    "loan_opened",
    "offer_accepted",
    "offer_rejected",
    "default",
    "npl",
    "restructuring",
)


def polarity_of(event_type: str) -> Polarity:
    """Return the polarity of an event type; raise KeyError for an unknown type."""
    return POLARITY[event_type]
