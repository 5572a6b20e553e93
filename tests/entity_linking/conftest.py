"""A small invented register shared by the entity-linking tests."""

from __future__ import annotations

import pytest

from entity_linking import Linker
from radar_core.records import ClientRecord


def make_vkn(prefix: str) -> str:
    """Complete a 9-digit prefix with the VKN check digit."""
    total = 0
    for i in range(9):
        tmp = (int(prefix[i]) + 10 - (i + 1)) % 10
        total += 9 if tmp == 9 else (tmp * 2 ** (10 - (i + 1))) % 9
    return prefix + str((10 - total % 10) % 10)


def register() -> list[ClientRecord]:
    rows = [
        ("K001", "Kuzeyhan Holding A.Ş.", ["Kuzeyhan Holding", "Kuzeyhan Grubu"], "İstanbul",
         "Holding", None),
        ("K002", "Kuzeyhan Enerji Yatırımları A.Ş.", ["Kuzeyhan Enerji"], "İzmir", "Enerji (GES)",
         "K001"),
        ("K003", "Yeşiltepe Gıda Sanayi ve Ticaret A.Ş.", ["Yeşiltepe Gıda"], "Konya",
         "Gıda (bisküvi)", None),
        ("K004", "Yeşiltepe Tekstil Sanayi A.Ş.", ["Yeşiltepe Tekstil"], "Denizli",
         "Tekstil (dokuma)", None),
        ("K005", "Doğan Ambalaj Sanayi ve Ticaret Ltd. Şti.", ["Doğan Ambalaj", "Doğan"],
         "Gaziantep", "Ambalaj", None),
        ("K006", "Orkide Yazılım ve Bilişim A.Ş.", ["Orkide Yazılım", "ORKDE"], "Ankara",
         "Yazılım", None),
        ("K007", "Tepecik Makine Sanayi A.Ş.", ["Tepecik Makine"], "Kayseri",
         "Makine (tarım makineleri)", "K001"),
        ("K008", "Selvihan Seramik Sanayi A.Ş.", ["Selvihan Seramik"], "Kütahya", "Seramik",
         None),
        ("K009", "Nova Kozmetik Sanayi A.Ş.", ["Nova Kozmetik", "Nova"], "İstanbul",
         "Kozmetik", None),
        ("K010", "Marmaris Enerji Üretim A.Ş.", ["Marmaris Enerji"], "Muğla", "Enerji (RES)",
         None),
    ]
    return [
        ClientRecord(client_id=cid, legal_name=legal, aliases=aliases,
                     tax_id=make_vkn(f"{100000000 + 7919 * n:09d}"), city=city, sector=sector,
                     rm_email="rm@bank.example", parent_id=parent)
        for n, (cid, legal, aliases, city, sector, parent) in enumerate(rows, 1)
    ]


@pytest.fixture(scope="session")
def clients() -> list[ClientRecord]:
    return register()


@pytest.fixture(scope="session")
def linker(clients: list[ClientRecord]) -> Linker:
    return Linker.from_clients(clients)
