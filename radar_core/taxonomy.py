"""Event taxonomy and source types, spelled exactly as in design.md: one table for all.

Extraction, rules, e-mail, the web pages, training and the benchmarks read event types,
their polarity, their Turkish and English labels and their training stems from ``TAXONOMY``
below, so adding a type means adding one row here (and its cues in signals/patterns/).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

Polarity = Literal["opportunity", "risk"]


@dataclass(frozen=True)
class EventType:
    """One row of the taxonomy.

    ``stems`` are folded cue stems (radar_core.text.fold) in both languages; training uses
    them only to pick hard-negative sentences, they never decide an event.
    """

    code: str
    polarity: Polarity
    label_tr: str
    label_en: str
    stems: tuple[str, ...]

    def label(self, lang: str = "tr") -> str:
        """The label in ``lang`` (Turkish unless English is asked for)."""
        return self.label_en if lang == "en" else self.label_tr


TAXONOMY: Final[tuple[EventType, ...]] = (
    EventType("investment_incentive", "opportunity", "Yatırım teşvik belgesi",
              "Investment incentive", ("tesvik", "vergi indirim", "incentive")),
    EventType("capacity_expansion", "opportunity", "Kapasite artırımı", "Capacity expansion",
              ("kapasite", "yeni hat", "capacity", "production line")),
    EventType("tender_opened", "opportunity", "İhale açtı", "Tender opened", ("ihale", "tender")),
    EventType("contract_won", "opportunity", "İhale/sözleşme kazandı", "Contract won",
              ("ihale", "sozlesme", "tender", "contract")),
    EventType("patent_granted", "opportunity", "Patent tescili", "Patent granted",
              ("patent", "faydali model", "utility model")),
    EventType("land_acquisition", "opportunity", "Arsa/gayrimenkul alımı", "Land acquisition",
              ("arsa", "arazi", "land", "plot")),
    EventType("investment_announcement", "opportunity", "Yatırım duyurusu",
              "Investment announcement",
              ("yatirim", "fabrika", "tesis", "invest", "plant", "facility")),
    EventType("capital_increase", "opportunity", "Sermaye artırımı", "Capital increase",
              ("sermaye", "capital")),
    EventType("asset_sale", "risk", "Varlık satışı", "Asset sale",
              ("satisa", "satilik", "for sale", "sell")),
    EventType("customer_complaint", "risk", "Müşteri şikayeti", "Customer complaints",
              ("sikayet", "magdur", "complain")),
    EventType("regulatory_fine", "risk", "İdari para cezası", "Regulatory fine",
              ("ceza", "fine", "penalt")),
    EventType("lawsuit", "risk", "Dava/soruşturma", "Lawsuit or investigation",
              ("dava", "sorusturma", "lawsuit", "sued", "investigat")),
    EventType("refund_problem", "risk", "İade sorunu", "Refund problem", ("iade", "refund")),
    EventType("insolvency", "risk", "Konkordato/iflas/icra", "Insolvency",
              ("konkordato", "iflas", "icra", "haciz", "tasfiye", "bankrupt", "insolven",
               "liquidat", "default")),
    EventType("layoffs_closure", "risk", "İşten çıkarma/kapanış", "Layoffs or closure",
              ("isten cikar", "kapat", "layoff", "closure", "close", "halt")),
    EventType("management_exit", "risk", "Yönetici ayrılığı", "Management exit",
              ("istifa", "gorevden", "resign", "dismiss", "step down", "stepped down")),
    EventType("rating_downgrade", "risk", "Not indirimi", "Rating downgrade",
              ("not indirim", "notunu", "downgrad", "outlook")),
)

BY_CODE: Final[dict[str, EventType]] = {row.code: row for row in TAXONOMY}

OPPORTUNITY_TYPES: Final[tuple[str, ...]] = tuple(
    row.code for row in TAXONOMY if row.polarity == "opportunity")
RISK_TYPES: Final[tuple[str, ...]] = tuple(row.code for row in TAXONOMY if row.polarity == "risk")
EVENT_TYPES: Final[tuple[str, ...]] = OPPORTUNITY_TYPES + RISK_TYPES
POLARITY: Final[dict[str, Polarity]] = {row.code: row.polarity for row in TAXONOMY}

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


def label_of(event_type: str, lang: str = "tr") -> str:
    """The reader-facing label of an event type; the code itself for an unknown type."""
    row = BY_CODE.get(event_type)
    return row.label(lang) if row is not None else event_type


_TURKISH_LOWER = {"I": "ı", "İ": "i"}


def sentence_label(event_type: str, lang: str = "tr") -> str:
    """The label inside a sentence: Turkish writes it in lower case there ("... tarihinde
    yönetici ayrılığı"), dotted and dotless i kept apart; a leading acronym stays as it is."""
    text = label_of(event_type, lang)
    first = text.split(" ")[0].split("/")[0]
    if not text or (len(first) > 1 and first.isupper()):
        return text
    head = _TURKISH_LOWER.get(text[0], text[0].lower()) if lang == "tr" else text[0].lower()
    return head + text[1:]
