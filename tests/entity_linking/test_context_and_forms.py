"""Context evidence (place, sector, group) and name forms (English, suffixes, ASCII, typos).

Same-name clients are told apart by what the sentence says about them, in Turkish and
English; an even or empty context leaves them to a person. Names written the way news
writes them (English renderings, "X firması", ASCII, a dropped letter) link as their
Turkish register titles do.
"""

from __future__ import annotations

import pytest

from entity_linking import Linker
from entity_linking.config import load_sector_words
from entity_linking.evidence import ContextEvidence, SectorMatcher, place_keys
from entity_linking.normalize import normalize_name
from radar_core.records import ClientRecord


def _client(cid: str, legal: str, city: str, sector: str, parent: str | None = None,
            aliases: tuple[str, ...] = ()) -> ClientRecord:
    return ClientRecord(client_id=cid, legal_name=legal, aliases=list(aliases), city=city,
                        sector=sector, parent_id=parent)


@pytest.fixture(scope="module")
def twins() -> Linker:
    """Two "Gölyaka Gıda" (dairy in Tekirdağ, flour in Balıkesir), two "Ilgaroba Mobilya"
    (sofas, office furniture) in one city, and a group with a same-name outsider."""
    return Linker.from_clients([
        _client("T1", "Gölyaka Gıda Sanayi ve Ticaret A.Ş.", "Tekirdağ", "Gıda (süt ürünleri)"),
        _client("T2", "Gölyaka Gıda A.Ş.", "Balıkesir", "Gıda (un)"),
        _client("M1", "Ilgaroba Mobilya A.Ş.", "Kayseri", "Mobilya (koltuk)"),
        _client("M2", "Ilgaroba Mobilya San. A.Ş.", "Kayseri", "Mobilya (ofis)"),
        _client("H1", "Sarıkavak Holding A.Ş.", "İstanbul", "Holding",
                aliases=("Sarıkavak Grubu",)),
        _client("S1", "Dorukent Enerji A.Ş.", "İzmir", "Enerji (RES)", parent="H1"),
        _client("S2", "Dorukent Enerji Üretim A.Ş.", "Manisa", "Enerji (RES)"),
        _client("D1", "Kızılçam Tekstil A.Ş.", "Çorlu/Tekirdağ", "Tekstil (dokuma)"),
        _client("D2", "Kızılçam Tekstil Ltd. Şti.", "Uşak", "Tekstil (dokuma)"),
    ])


# -- place ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("context", "expected"),
    [
        ("Tekirdağ'daki tesisiyle bilinen Gölyaka Gıda kapasitesini artırdı.", "T1"),
        ("Balıkesir'de faaliyet gösteren Gölyaka Gıda ihracata başladı.", "T2"),
        ("Tekirdag'daki Gölyaka Gida yeni hat kurdu.", "T1"),      # ASCII, apostrophe
        ("Balikesirde Golyaka Gida yatirim yapti.", "T2"),        # ASCII, no apostrophe
        ("Tekirdağ merkezli Gölyaka Gıda borçlanıyor.", "T1"),
        ("Balıkesir'in köklü firması Gölyaka Gıda büyüyor.", "T2"),
        ("Tekirdag-based Gölyaka Food raised a loan.", "T1"),       # English
        ("In Balikesir, Golyaka Foods opened a plant.", "T2"),
    ],
)
def test_city_in_context_breaks_a_same_name_tie(twins: Linker, context: str,
                                                expected: str) -> None:
    mention = next(m for m in ("Gölyaka Gıda", "Gölyaka Gida", "Golyaka Gida", "Gölyaka Food",
                               "Golyaka Foods") if m in context)
    result = twins.link(mention, context)
    assert (result.status, result.client_id) == ("linked", expected), context
    assert "city" in result.features["features"]
    assert result.features["tie_broken_by"] == ["city"]


def test_district_from_the_register_city_field(twins: Linker) -> None:
    result = twins.link("Kızılçam Tekstil", "Çorlu'daki Kızılçam Tekstil ihracat yaptı.")
    assert result.client_id == "D1"
    assert "corlu" in result.features["features"]["city"]["detail"]


def test_district_through_the_application_place_finder() -> None:
    clients = [_client("B1", "Akyazı Çelik A.Ş.", "Balıkesir", "Metal (çelik)"),
               _client("B2", "Akyazı Çelik Ltd. Şti.", "Kocaeli", "Metal (çelik)")]

    def finder(text: str) -> list[tuple[str, str | None]]:
        return [("Bandırma", "Balıkesir")] if "Bandırma" in text else []

    with_places = Linker.from_clients(clients, place_finder=finder)
    context = "Bandırma'daki Akyazı Çelik yeni haddehane kurdu."
    assert with_places.link("Akyazı Çelik", context).client_id == "B1"
    assert Linker.from_clients(clients).link("Akyazı Çelik", context).status == "ambiguous"


def test_no_clue_or_both_cities_stays_ambiguous(twins: Linker) -> None:
    for context in ("Gölyaka Gıda yeni yatırım açıkladı.", "Gölyaka Food raised a loan.",
                    "Tekirdağ ve Balıkesir'de satış yapan Gölyaka Gıda büyüyor.",
                    "Düzce merkezli Gölyaka Gıda"):
        mention = "Gölyaka Food" if "Food" in context else "Gölyaka Gıda"
        result = twins.link(mention, context)
        assert (result.status, result.client_id) == ("ambiguous", None), context
        assert {c.client_id for c in result.candidates} == {"T1", "T2"}


def test_place_keys_and_case_endings() -> None:
    client = _client("X", "X", "Tuzla (İstanbul)", "")
    assert place_keys(client) == ("tuzla", "istanbul")
    ctx = ContextEvidence.build("Izmirde ve Bursa'da, Düzceli bir firma")
    assert ctx.place(("izmir",)) == "izmir"
    assert ctx.place(("bursa",)) == "bursa"
    assert ctx.place(("duzce",)) == "duzce"
    # A short word is not read as a place plus an ending ("Vana" is not "Van"+"a").
    assert ContextEvidence.build("Vana değişti").place(("van",)) is None


# -- sector -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("context", "expected"),
    [
        ("Süt işleme tesisiyle bilinen Gölyaka Gıda yeni peynir hattı kurdu.", "T1"),
        ("Un fabrikası bulunan Gölyaka Gıda buğday alımını artırdı.", "T2"),
        ("Dairy producer Gölyaka Food expands its cheese plant.", "T1"),
        ("Gölyaka Food, a flour maker, bought wheat.", "T2"),
        ("Kanepe ve koltuk üreten Ilgaroba Mobilya ihracat yaptı.", "M1"),
        ("Ofis mobilyası üreticisi Ilgaroba Mobilya yeni showroom açtı.", "M2"),
        ("Sofa maker Ilgaroba Furniture raised prices.", "M1"),
        ("Office furniture supplier Ilgaroba Furniture won a tender.", "M2"),
    ],
)
def test_sector_words_break_a_same_name_tie(twins: Linker, context: str,
                                            expected: str) -> None:
    mention = next(m for m in ("Gölyaka Gıda", "Gölyaka Food", "Ilgaroba Mobilya",
                               "Ilgaroba Furniture") if m in context)
    result = twins.link(mention, context)
    assert (result.status, result.client_id) == ("linked", expected), context
    # Sector words outweigh the ambiguity margin, or else break the tie.
    assert "sector" in result.features["features"]
    assert result.features.get("tie_broken_by", ["sector"]) == ["sector"]


def test_shared_sector_words_tell_nothing(twins: Linker) -> None:
    # "mobilya" fits both furniture makers; the mention's own words are no evidence.
    result = twins.link("Ilgaroba Mobilya", "Mobilya sektöründen Ilgaroba Mobilya büyüyor.")
    assert result.status == "ambiguous"


def test_sector_matcher_reads_register_labels() -> None:
    matcher = SectorMatcher(load_sector_words())
    dairy = matcher.sectors_of("Gıda (süt ürünleri)")
    assert "dairy" in dairy.found_in(ContextEvidence.build("peynir ve yoğurt"))
    assert "dairy" in dairy.found_in(ContextEvidence.build("a milk processor"))
    wind = matcher.sectors_of("Enerji (RES)")
    assert "wind" in wind.found_in(ContextEvidence.build("yeni rüzgar türbinleri"))
    assert wind.found_in(ContextEvidence.build("resmi açıklama")) == {}  # "RES" is a word
    assert matcher.sectors_of(None).found_in(ContextEvidence.build("süt")) == {}


# -- parent group -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "context",
    ["Sarıkavak Grubu'na bağlı Dorukent Enerji yeni türbin aldı.",
     "Sarıkavak Holding iştiraki Dorukent Enerji tahvil ihraç etti.",
     "Sarıkavak Group's unit Dorukent Energy signed a loan."],
)
def test_parent_group_named_nearby_breaks_a_tie(twins: Linker, context: str) -> None:
    mention = "Dorukent Energy" if "Energy" in context else "Dorukent Enerji"
    result = twins.link(mention, context)
    assert (result.status, result.client_id) == ("linked", "S1"), context
    assert "parent_group" in result.features["features"]


# -- name forms -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("english", "turkish"),
    [
        ("Karabucak Textile Inc.", "Karabucak Tekstil A.Ş."),
        ("Karabucak Textiles Corp.", "Karabucak Tekstil Anonim Şirketi"),
        ("Karabucak Automotive Turkey", "Karabucak Otomotiv"),
        ("Karabucak Food Industry and Trade JSC", "Karabucak Gıda Sanayi ve Ticaret A.Ş."),
        ("Karabucak Energy Co.", "Karabucak Enerji"),
        ("Karabucak Construction", "Karabucak İnşaat"),
        ("Karabucak Chemicals", "Karabucak Kimya"),
        ("Karabucak Machinery", "Karabucak Makina"),
        ("Karabucak Logistics", "Karabucak Lojistik"),
        ("Karabucak Tourism", "Karabucak Turizm"),
        ("Karabucak Holding", "Karabucak Grubu"),
        ("Karabucak Group", "Karabucak Holding A.Ş."),
        ("Karabucak Türkiye", "Karabucak"),
    ],
)
def test_english_renderings_normalise_to_the_turkish_title(english: str, turkish: str) -> None:
    assert normalize_name(english).key == normalize_name(turkish).key


def test_english_legal_forms_are_joint_stock() -> None:
    for form in ("Inc.", "Corp.", "JSC", "A.S.", "A.Ş."):
        assert normalize_name(f"Karabucak Tekstil {form}").legal_family == "stock", form


@pytest.mark.parametrize(
    "mention",
    ["Kızıldere Kimya firması", "Kızıldere Kimya şirketi", "Kızıldere Kimya şirketinin",
     "Kızıldere Kimya firmasına", "Kızıldere Kimya'nın", "Kızıldere Kimya grubu",
     "Kızıldere Kimya Grubu'nun", "Kızıldere Kimya grubundan", "Kızıldere Chemicals Group"],
)
def test_descriptive_suffixes(mention: str) -> None:
    linker = Linker.from_clients([_client("K1", "Kızıldere Kimya Sanayi A.Ş.", "Kocaeli",
                                          "Kimya (boya)")])
    result = linker.link(mention, f"{mention} yeni tesis açtı.")
    assert (result.status, result.client_id) == ("linked", "K1"), mention
    assert result.confidence > 0.9, mention


def test_descriptor_is_not_a_legal_form() -> None:
    # "X şirketi" says what X is; it is not "Ltd. Şti." and conflicts with no A.Ş.
    norm = normalize_name("Kızıldere Kimya şirketi")
    assert norm.key == "kizildere kimya" and norm.legal_family is None


def test_group_of_a_subsidiary_prefers_the_holding_when_it_is_a_client(twins: Linker) -> None:
    assert twins.link("Sarıkavak Grubu").client_id == "H1"
    assert twins.link("Sarıkavak Group").client_id == "H1"


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("KIZILDERE KIMYA", "K1"), ("Kizildere Kimya'nin", "K1"), ("Kizildere Kimya", "K1"),
        ("Kızıldre Kimya", "K1"),     # dropped letter in a long word
        ("Kızıldere Kmya", "K1"),     # dropped letter in a short word
        ("Kızıldere Gda", "K2"),
        ("Kizildere Gida sirketi", "K2"),
    ],
)
def test_ascii_and_typos(mention: str, expected: str) -> None:
    linker = Linker.from_clients([
        _client("K1", "Kızıldere Kimya Sanayi A.Ş.", "Kocaeli", "Kimya (boya)"),
        _client("K2", "Kızıldere Gıda A.Ş.", "Konya", "Gıda (un)"),
    ])
    assert linker.link(mention).client_id == expected, mention


def test_unknown_firms_stay_unlinked(twins: Linker) -> None:
    for mention in ("Gölyaka Textile Inc.", "Kayalıbağ Food Industry and Trade JSC",
                    "Dorukent Lojistik firması", "Ilgaroba Automotive Turkey"):
        assert twins.link(mention).client_id is None, mention


def test_a_place_inside_the_name_is_no_evidence_of_the_clients_city() -> None:
    """"Ankara Doğal Elektrik Üretim ve Ticaret A.Ş." is another firm than the Ankara
    client "Elektrik Üretim A.Ş.": the city the name carries says nothing about it."""
    clients = [ClientRecord("E1", "Elektrik Üretim A.Ş.", ["Elektrik Üretim"], city="Ankara")]
    linker = Linker.from_clients(clients)
    name = "Ankara Doğal Elektrik Üretim ve Ticaret A.Ş."
    assert linker.link(name, f"Çeşme'de {name} mülkiyetindeki taşınmaz satıldı.").client_id is None
    # The city named apart from the name still counts.
    assert linker.link("Elektrik Üretim", "Ankara'da Elektrik Üretim yeni santral kuruyor."
                       ).client_id == "E1"
