"""Tests for signals.amounts: every money form of the brief, in both languages, and non-amounts."""

from __future__ import annotations

import random

import pytest

from signals.amounts import AmountSpan, find_amounts, parse_number


def one(text: str, lang: str | None = None) -> AmountSpan:
    found = find_amounts(text, lang)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "lang", "value", "currency"),
    [
        ("250 milyon TL", "tr", 250e6, "TRY"),
        ("1,2 milyar dolar", "tr", 1.2e9, "USD"),
        ("1,2 milyar liralık", "tr", 1.2e9, "TRY"),
        ("₺45 mn", "tr", 45e6, "TRY"),
        ("45 mn TL", "tr", 45e6, "TRY"),
        ("USD 30 million", "en", 30e6, "USD"),
        ("$1.5bn", "en", 1.5e9, "USD"),
        ("€ 12,5 milyon", "tr", 12.5e6, "EUR"),
        ("12.5 million euros", "en", 12.5e6, "EUR"),
        ("TRY 640 million", "en", 640e6, "TRY"),
        ("3 milyar 200 milyon TL", "tr", 3.2e9, "TRY"),
        ("145.600.000 TL", "tr", 145_600_000, "TRY"),
        ("1.000.000.000 TL", "tr", 1e9, "TRY"),
        ("2,4 milyon avro", "tr", 2.4e6, "EUR"),
        ("50 bin TL", "tr", 50_000, "TRY"),
        ("50.000 TL", "tr", 50_000, "TRY"),
        ("7 milyon avroluk", "tr", 7e6, "EUR"),
        ("310 milyon dolarlık", "tr", 310e6, "USD"),
        ("5 milyon ABD doları", "tr", 5e6, "USD"),
        ("8 milyon Türk lirası", "tr", 8e6, "TRY"),
        ("2 milyon sterlin", "tr", 2e6, "GBP"),
        ("£3m", "en", 3e6, "GBP"),
        ("GBP 6,800", "en", 6800, "GBP"),
        ("TRY 800,000,000", "en", 800e6, "TRY"),
        ("US$ 12 million", "en", 12e6, "USD"),
        ("$500k", "en", 500e3, "USD"),
        ("1.2 billion lira", "en", 1.2e9, "TRY"),
        ("40 million dollars", "en", 40e6, "USD"),
        ("TL1.2bn", "en", 1.2e9, "TRY"),
        ("€2.4 billion", "en", 2.4e9, "EUR"),
        ("1.250.000,50 TL", "tr", 1_250_000.5, "TRY"),
        ("1,250,000.50 USD", "en", 1_250_000.5, "USD"),
        ("3 trilyon TL", "tr", 3e12, "TRY"),
        ("2 mlr TL", "tr", 2e9, "TRY"),
        ("12 milyon CHF", "tr", 12e6, "CHF"),
    ],
)
def test_money_forms(text: str, lang: str, value: float, currency: str) -> None:
    span = one(text, lang)
    assert span.value == pytest.approx(value)
    assert span.currency == currency
    assert span.text == text
    assert (span.start, span.end) == (0, len(text))
    # The currency or scale word settles the number format, so an unknown language agrees.
    assert one(text, None).value == pytest.approx(value)


@pytest.mark.parametrize("lang", ["tr", "en", None])
def test_language_does_not_change_unambiguous_forms(lang: str | None) -> None:
    assert one("1,2 milyar TL", lang).value == pytest.approx(1.2e9)
    assert one("12.5 million euros", lang).value == pytest.approx(12.5e6)


def test_ambiguous_separator_follows_scale_word_language() -> None:
    # English thousands comma before "million", Turkish decimal comma before "milyon".
    assert one("1,200 million dollars").value == pytest.approx(1.2e9)
    assert one("1,250 milyon TL").value == pytest.approx(1.25e6)
    # Without a scale word three trailing digits are thousands in both conventions.
    assert one("$1,200", "en").value == 1200
    assert one("1.500 TL", "tr").value == 1500


def test_document_language_breaks_ties_for_shared_scale_words() -> None:
    assert one("TL 1.250 mn", "tr").value == pytest.approx(1.25e9)
    assert one("TL 1.250 mn", "en").value == pytest.approx(1.25e6)


def test_span_offsets_inside_sentence() -> None:
    text = "Şirket 240.000.000 TL bedelli arsayı satın aldı."
    span = one(text, "tr")
    assert text[span.start:span.end] == span.text == "240.000.000 TL"
    assert span.value == 240e6


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("Sabit Yatırım Tutarı: 145.600.000", 145_600_000, "TRY"),
        ("Bedeli: 62.350.000", 62_350_000, "TRY"),
        ("Ihale bedeli 2 milyon", 2e6, "TRY"),
        ("Tutar (USD): 1.500.000", 1.5e6, "USD"),
        ("Amount: 3,400,000", 3.4e6, "TRY"),
    ],
)
def test_bare_number_after_amount_label(text: str, value: float, currency: str) -> None:
    span = one(text)
    assert span.value == pytest.approx(value)
    assert span.currency == currency
    assert text.endswith(span.text)


@pytest.mark.parametrize(
    "text",
    [
        "yüzde 40",
        "yüzde 40 oranında vergi indirimi",
        "40%",
        "%40",
        "2025",
        "2025 yılında",
        "900 bin ton",
        "1,4 milyon ton kapasite",
        "220 kişiye istihdam",
        "145.600.000",
        "EP 4 218 536",
        "Tutar: 12",
        "v2.3.1",
        "12.03.2025",
        "KDV oranı yüzde 20, kapasite 300 bin ton",
        "TL 2025 yılında",
        "The plant employs 1,200 people and produces 3 million units.",
    ],
)
def test_not_money(text: str) -> None:
    assert find_amounts(text, "tr") == []
    assert find_amounts(text, "en") == []


def test_percent_next_to_amount_is_skipped_but_amount_kept() -> None:
    found = find_amounts("yüzde 40 katkı oranlı, 1,2 milyar TL tutarındaki yatırım", "tr")
    assert [(a.text, a.value) for a in found] == [("1,2 milyar TL", 1.2e9)]


def test_several_amounts_sorted_and_disjoint() -> None:
    text = "Sermaye 120.000.000 TL'den 360.000.000 TL'ye, yani 240 milyon TL artırıldı; $5m da."
    found = find_amounts(text, "tr")
    assert [a.value for a in found] == [120e6, 360e6, 240e6, 5e6]
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))
    assert all(text[a.start:a.end] == a.text for a in found)


def test_random_text_without_digits_has_no_amounts() -> None:
    rng = random.Random(20250312)
    words = [
        "milyon", "milyar", "bin", "TL", "₺", "$", "€", "£", "USD", "dolar", "liralık", "avro",
        "million", "bn", "m", "k", "yüzde", "%", "Tutarı:", "Amount:", ",", ".", "-", "ton",
        "şirket", "yatırım", "the", "firm", "Bedeli", "mn", "euros", "sterlin", "TRY",
    ]
    for _ in range(500):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 25)))
        assert find_amounts(text, rng.choice(["tr", "en", None])) == [], text


def test_random_numbers_in_prose_need_a_currency() -> None:
    rng = random.Random(7)
    for _ in range(300):
        number = f"{rng.randint(1, 999)}{rng.choice(['', ',5', '.000', '.250.000'])}"
        unit = rng.choice(["ton", "kişi", "adet", "metrekare", "units", "people", "%"])
        assert find_amounts(f"Toplam {number} {unit} oldu.", "tr") == []


def test_parse_number_shapes() -> None:
    assert parse_number("145.600.000") == 145_600_000
    assert parse_number("1,2") == 1.2
    assert parse_number("12.5") == 12.5
    assert parse_number("1,250", "en", scaled=True) == 1250
    assert parse_number("1,250", "tr", scaled=True) == 1.25
    assert parse_number("1.2.3") is None


def test_random_mixed_text_gives_valid_sorted_disjoint_spans() -> None:
    rng = random.Random(11)
    pieces = ["12", "1.000", ",5", "250", " ", "milyon", "milyar", "TL", "$", "€", "USD", "bn",
              "bin", "yüzde", "%", "Tutarı:", ".", ",", "liralık", "million", "m", "k", "2025"]
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))
        found = find_amounts(text, rng.choice(["tr", "en", None]))
        assert all(text[a.start:a.end] == a.text for a in found)
        assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))
        assert all(a.value > 0 and len(a.currency) == 3 for a in found)
