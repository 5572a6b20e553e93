"""linker_v1 decisions: linked, unknown, ambiguous, groups, identifiers, common words."""

from __future__ import annotations

from entity_linking import Linker
from radar_core.records import ClientRecord


def test_links_legal_title_short_form_and_variants(linker: Linker) -> None:
    for mention in ("Yeşiltepe Gıda Sanayi ve Ticaret A.Ş.", "Yeşiltepe Gıda",
                    "YEŞİLTEPE GIDA SAN. VE TİC. A.Ş.", "Yesiltepe Gida", "Yeşiltepe Gıda'nın",
                    "Yeşiltepe Gıda’ya"):
        result = linker.link(mention)
        assert (result.status, result.client_id) == ("linked", "K003"), mention
        assert result.confidence > 0.9


def test_typo_still_links(linker: Linker) -> None:
    result = linker.link("Selvihn Seramik")
    assert result.client_id == "K008"


def test_confusable_first_token(linker: Linker) -> None:
    assert linker.link("Yeşiltepe Tekstil").client_id == "K004"
    assert linker.link("Yeşiltepe Gıda").client_id == "K003"
    bare = linker.link("Yeşiltepe")
    assert bare.status == "ambiguous" and bare.client_id is None
    assert {c.client_id for c in bare.candidates} == {"K003", "K004"}


def test_context_resolves_bare_name(linker: Linker) -> None:
    result = linker.link("Yeşiltepe", "Denizli'de dokuma tekstil üreten Yeşiltepe yeni tezgah aldı.")
    assert result.client_id == "K004"
    assert "sector" in result.features["features"]


def test_holding_and_subsidiary(linker: Linker) -> None:
    assert linker.link("Kuzeyhan Holding").client_id == "K001"
    assert linker.link("Kuzeyhan Holding'in").client_id == "K001"
    assert linker.link("Kuzeyhan Enerji").client_id == "K002"
    assert linker.link("Kuzeyhan").status == "ambiguous"


def test_parent_group_named_nearby(linker: Linker) -> None:
    result = linker.link("Tepecik", "Kuzeyhan Holding iştiraki Tepecik açıkladı.")
    assert result.client_id == "K007"
    assert "parent_group" in result.features["features"]


def test_unknown_firm_is_a_prospect(linker: Linker) -> None:
    for mention in ("Gürsoylar Metal San. Ltd. Şti.", "Yeşiltepe İnşaat A.Ş.",
                    "Rheinwald Logistics GmbH", "Kuzeyhan Tekstil"):
        result = linker.link(mention)
        assert result.client_id is None and result.status in {"unknown", "ambiguous"}, mention
    assert linker.link("Gürsoylar Metal").status == "unknown"


def test_legal_form_conflict_lowers_score(linker: Linker) -> None:
    same = linker.link("Selvihan Seramik A.Ş.")
    other = linker.link("Selvihan Seramik Ltd. Şti.")
    assert same.confidence > other.confidence
    assert "legal_form_conflict" in other.features["features"]


def test_tax_id_in_context_confirms(clients: list[ClientRecord], linker: Linker) -> None:
    tax = clients[2].tax_id
    assert tax is not None
    result = linker.link("Yeşiltepe", f"Vergi No: {tax} olan Yeşiltepe firması")
    assert result.client_id == "K003"
    assert "identifier" in result.features["features"]
    # An identifier does not rescue an unrelated name.
    assert linker.link("Gürsoylar Metal", f"VKN {tax}").client_id is None


def test_trade_registry_number(clients: list[ClientRecord]) -> None:
    linker = Linker.from_clients(clients, registry_numbers={"K004": "44821"})
    result = linker.link("Yeşiltepe", "Ticaret Sicil No: 44821 Yeşiltepe sermaye artırdı")
    assert result.client_id == "K004"


def test_common_word_needs_evidence(linker: Linker) -> None:
    bare = linker.link("Doğan", "Doğan bugün açıklama yaptı.")
    assert bare.client_id is None and bare.status == "unknown"
    assert bare.features["common_word"]["word"] == "dogan"
    with_form = linker.link("Doğan", "Gaziantep'teki Doğan Ltd. Şti. ambalaj hattını büyüttü.")
    assert with_form.client_id == "K005"
    sector = linker.link("Nova", "Kozmetik üreticisi Nova yeni fabrika kuruyor.")
    assert sector.client_id == "K009"
    assert linker.link("Nova").client_id is None


def test_distinctive_name_needs_no_extra_evidence(linker: Linker) -> None:
    assert linker.link("Orkide Yazılım").client_id == "K006"


def test_ticker(linker: Linker) -> None:
    result = linker.link("ORKDE")
    assert result.client_id == "K006"
    assert "ticker" in result.features["features"]
    assert linker.link("ORKDE A.Ş.").client_id == "K006"


def test_register_name_in_capitals_with_a_legal_form_links() -> None:
    linker = Linker.from_clients([ClientRecord("C1", "TÜPRAŞ A.Ş.", [])])
    for mention in ("Tüpraş", "Tüpraş A.Ş.", "TÜPRAŞ A.Ş.", "Tüpraş'ın"):
        assert linker.link(mention).client_id == "C1", mention


def test_features_explain_the_score(linker: Linker) -> None:
    result = linker.link("Marmaris", "Muğla'daki rüzgar santrali")
    assert result.features["version"] == "linker_v1"
    feats = result.features["features"]
    for name in ("mention_coverage", "name_coverage", "string_similarity", "city"):
        assert set(feats[name]) == {"score", "weight", "detail"}


def test_clear_name_does_not_need_the_context(linker: Linker) -> None:
    result = linker.link("Marmaris Enerji Üretim A.Ş.", "Muğla'da yeni türbinler kuruldu.")
    assert result.client_id == "K010"
    assert result.features["context"].startswith("not read")


def test_idf_common_tokens_prove_little(linker: Linker) -> None:
    # "Enerji" is shared by two clients: on its own it links nobody.
    assert linker.link("Enerji").client_id is None


def test_candidates_for(linker: Linker) -> None:
    found = linker.candidates_for("Yeşiltepe")
    assert [c.client_id for c in found][:2] in (["K003", "K004"], ["K004", "K003"])
    assert all(0.0 <= c.score <= 1.0 for c in found)
    assert linker.candidates_for("Zzyzx Quux") == []


def test_renamed_firm_matches_former_name() -> None:
    record = ClientRecord(client_id="R1", legal_name="Poyrazkent Cam A.Ş.",
                          former_names=["Eskicam Sanayi A.Ş."])
    linker = Linker.from_clients([record])
    assert linker.link("Eskicam Sanayi").client_id == "R1"


def test_tax_id_as_mention_links_directly(clients: list[ClientRecord], linker: Linker) -> None:
    tax = clients[5].tax_id
    result = linker.link(f"VKN {tax}")
    assert (result.status, result.client_id) == ("linked", "K006")
