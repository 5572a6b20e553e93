"""Tests for signals.places: provinces in every spelling, districts, zones, foreign places."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from radar_core.errors import ConfigError
from signals.places import DEFAULT_PATH, PlaceSpan, find_places, load_gazetteer


def names(text: str) -> list[str]:
    return [p.name for p in find_places(text)]


def test_all_81_provinces_are_declared() -> None:
    data = yaml.safe_load(DEFAULT_PATH.read_text(encoding="utf-8"))
    provinces = [entry["name"] for entry in data["provinces"]]
    assert len(provinces) == len(set(provinces)) == 81


@pytest.mark.parametrize(
    "text", ["İzmir", "İzmir'de", "İzmir’den", "IZMIR", "İZMİR", "Izmir", "Izmir-based", "İzmirli"]
)
def test_province_spellings(text: str) -> None:
    [span] = find_places(f"Şirket {text} merkezli.")
    assert span.name == "İzmir"
    assert span.kind == "province"
    assert span.province == "İzmir"
    assert span.text in text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("İSTANBUL", "İstanbul"),
        ("Istanbul-based", "İstanbul"),
        ("ŞANLIURFA", "Şanlıurfa"),
        ("Sanliurfa", "Şanlıurfa"),
        ("Urfa'da", "Şanlıurfa"),
        ("K.Maraş", "Kahramanmaraş"),
        ("Afyon'da", "Afyonkarahisar"),
        ("Antep", "Gaziantep"),
        ("ÇANAKKALE", "Çanakkale"),
        ("Eskisehir", "Eskişehir"),
        ("Iğdır", "Iğdır"),
        ("IGDIR", "Iğdır"),
        ("Elazig", "Elazığ"),
    ],
)
def test_province_variants(text: str, name: str) -> None:
    assert names(text) == [name]


def test_offsets_point_into_original_text() -> None:
    text = "Firma, İSTANBUL’daki merkezini  Kocaeli Gebze OSB'ye taşıdı."
    found = find_places(text)
    assert [p.text for p in found] == ["İSTANBUL", "Kocaeli", "Gebze", "OSB"]
    assert all(text[p.start:p.end] == p.text for p in found)
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))


def test_districts_carry_their_province() -> None:
    [gebze] = find_places("Gebze'deki tesis")
    assert (gebze.name, gebze.kind, gebze.province) == ("Gebze", "district", "Kocaeli")
    [corlu] = find_places("ÇORLU fabrikası")
    assert (corlu.name, corlu.province) == ("Çorlu", "Tekirdağ")
    assert names("Kdz. Ereğli'de") == ["Karadeniz Ereğli"]


def test_industrial_zones() -> None:
    [osb] = find_places("Konya Organize Sanayi Bölgesi'nde")[1:]
    assert osb == PlaceSpan(
        osb.start, osb.end, "Organize Sanayi Bölgesi", "Organize Sanayi Bölgesi", "zone", None
    )
    assert names("Manisa OSB") == ["Manisa", "Organize Sanayi Bölgesi"]
    assert names("an Organized Industrial Zone") == ["Organize Sanayi Bölgesi"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("exports to Germany and the United Kingdom", ["Almanya", "İngiltere"]),
        ("Almanya ve İngiltere'ye ihracat", ["Almanya", "İngiltere"]),
        ("Dubai ve Abu Dabi ofisleri", ["Dubai", "Abu Dabi"]),
        ("offices in London, New York and Moscow", ["Londra", "New York", "Moskova"]),
        ("Turkey's largest", ["Türkiye"]),
        ("TÜRKİYE genelinde", ["Türkiye"]),
    ],
)
def test_foreign_places(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ordu kararı açıkladı", []),
        ("Ordu'da yeni fabrika", ["Ordu"]),
        ("Van Gogh sergisi", []),
        ("Van ilinde", ["Van"]),
        ("İl: VAN", ["Van"]),
        ("Aydın Yılmaz istifa etti", []),
        ("Aydın'da üretim", ["Aydın"]),
        ("the Batman movie", []),
        ("Genel Müdür Mehmet Karaman açıkladı", []),
        ("Karaman'daki fabrika", ["Karaman"]),
        ("Batman OSB", ["Batman", "Organize Sanayi Bölgesi"]),
    ],
)
def test_ambiguous_names_need_a_cue(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    ["turkey sandwich", "ordu", "izmir'de küçük harf", "Konyak", "Bursalık", "ankaralı", ""],
)
def test_not_places(text: str) -> None:
    assert find_places(text) == []


def test_gazetteer_lookup() -> None:
    gazetteer = load_gazetteer()
    assert gazetteer.lookup("IZMIR") == "İzmir"
    assert gazetteer.lookup("Kuzey Kıbrıs") == "KKTC"
    assert gazetteer.lookup("Atlantis") is None
    assert len(gazetteer) > 250


def test_custom_gazetteer_file(tmp_path: Path) -> None:
    path = tmp_path / "places.yml"
    path.write_text("provinces:\n  - {name: Ankara, aliases: [Angora]}\n", encoding="utf-8")
    gazetteer = load_gazetteer(path)
    assert [p.name for p in find_places("Angora ve İzmir", gazetteer)] == ["Ankara"]


def test_invalid_gazetteer_names_file_line_and_field(tmp_path: Path) -> None:
    path = tmp_path / "places.yml"
    path.write_text(
        "provinces:\n  - {name: Ankara}\n  - {name: Bursa, aliasez: [X]}\n", encoding="utf-8"
    )
    with pytest.raises(ConfigError) as info:
        load_gazetteer(path)
    assert f"{path}:3 provinces[1].aliasez" in str(info.value)


def test_unreadable_gazetteer_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError):
        load_gazetteer(tmp_path / "missing.yml")
