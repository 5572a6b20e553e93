"""Context evidence: identifiers, city and sector words, casing, legal form after a name."""

from __future__ import annotations

from entity_linking.evidence import ContextEvidence, city_key, sector_words
from radar_core.records import ClientRecord


def test_identifiers_found() -> None:
    ctx = ContextEvidence.build("VKN: 1234567890, Ticaret Sicil No: 55123; tutar 12345678901")
    assert ctx.tax_ids == ("1234567890",)
    assert ctx.registry_numbers == ("55123",)


def test_city_and_sector() -> None:
    client = ClientRecord(client_id="E1", legal_name="X", city="Afyonkarahisar",
                          sector="Madencilik (mermer)")
    ctx = ContextEvidence.build("AFYONKARAHİSAR'da mermer ocakları genişliyor")
    assert ctx.city(city_key(client))
    assert ctx.sector(sector_words(client)) == ["mermer"]
    assert not ContextEvidence.build("").city(city_key(client))


def test_capitalised_mid_sentence_and_legal_form_after() -> None:
    ctx = ContextEvidence.build("Yıldız yükseldi. Dün Yıldız A.Ş. açıklama yaptı.")
    assert ctx.capitalised_mid_sentence("Yıldız")
    assert ctx.legal_form_after("Yıldız")
    start_only = ContextEvidence.build("Yıldız bugün parladı.")
    assert not start_only.capitalised_mid_sentence("Yıldız")
    assert not start_only.legal_form_after("Yıldız")
