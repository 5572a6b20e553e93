"""Scoring: hits by document, type and client id; loose company match for prospects."""

from __future__ import annotations

from signals.evaluate import companies_match, evaluate


def ev(etype: str, client: str | None, company: str = "X") -> dict[str, object]:
    return {"type": etype, "client_id": client, "company": company}


def test_loose_company_match() -> None:
    assert companies_match("TUNÇEL ALÜMİNYUM SAN. LTD. ŞTİ.", "Tunçel Alüminyum")
    assert companies_match("Vantor Systems GmbH", "vantor systems")
    assert not companies_match("Vantor Systems GmbH", "Brenvik Medikal Ltd. Şti.")


def test_counts_per_type_language_micro_and_macro() -> None:
    gold = [
        {"id": "1", "events": [ev("lawsuit", "K1"), ev("insolvency", None, "Tunçel Metal A.Ş.")]},
        {"id": "2", "events": []},
        {"id": "3", "events": [ev("lawsuit", "K2")]},
    ]
    pred = [
        {"id": "1", "events": [ev("lawsuit", "K1"), ev("insolvency", None, "TUNÇEL METAL"),
                               ev("lawsuit", "K1")]},
        {"id": "2", "events": [ev("asset_sale", "K3")]},
        {"id": "3", "events": []},
    ]
    report = evaluate(gold, pred, {"1": "tr", "2": "tr", "3": "en"})
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (2, 2, 1)
    assert report.by_type["lawsuit"].tp == 1 and report.by_type["lawsuit"].fn == 1
    assert report.by_type["asset_sale"].fp == 1
    assert report.by_lang["en"].fn == 1 and report.by_lang["tr"].tp == 2
    assert round(report.overall.precision, 2) == 0.5
    assert 0 < report.macro_f1 < 1
    assert report.to_json()["micro"]["tp"] == 2


def test_a_letter_lost_to_a_code_page_matches_any_letter() -> None:
    assert companies_match("Do?an Gıda", "Doğan Gıda A.Ş.")
    assert companies_match("Korvan Kağıt", "Korvan Ka?ıt")
    assert not companies_match("Do?an Gıda", "Korvan Gıda")
