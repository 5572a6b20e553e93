"""Fast paths of the linker agree with the plain ones: folding, intersections, caches."""

from __future__ import annotations

import random

from entity_linking import Linker
from entity_linking.index import NameIndex
from radar_core.records import ClientRecord
from radar_core.text import fold, fold_reference

from .conftest import register


def test_fast_fold_equals_the_reference_fold() -> None:
    samples = ["", "  ", "AKYILDIZ GIDA SAN. VE TİC. A.Ş.", "Arçelik’in", "ISPARTA\tIrmak",
               "Straße ẞ", "é\u0301", "i\u0307stanbul", "“Tırnak” – tire…", "ﬁnans ²"]
    samples += [f"A{chr(code)}b {chr(code)}" for code in range(0x3000)]
    rng = random.Random(5)
    alphabet = "aAIİıiçÇğĞşŞöÖüÜâÂéßẞ'’`´ʼ‘ .-\t\n\u00a0Σσ…“”0_\u0307\u0301ﬁ²Ω"
    samples += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 10)))
                for _ in range(20_000)]
    for text in samples:
        assert fold(text) == fold_reference(text), repr(text)


def test_common_intersection_is_cached_and_capped() -> None:
    clients = [ClientRecord(f"C{n}", f"Firma{n} Gıda Holding A.Ş.") for n in range(40)]
    clients += [ClientRecord(f"D{n}", f"Başka{n} Gıda A.Ş.") for n in range(20)]
    index = NameIndex(clients)
    expected = frozenset(index.postings["gida"]) & frozenset(index.postings["holding"])
    assert len(expected) == 40
    assert index.common_intersection(["gida", "holding"], 100) == expected
    assert index.common_intersection(["holding", "gida"], 100) == expected
    assert index.common_intersection(["gida", "holding"], 39) is None
    assert index.common_intersection(["gida", "holding"], 100) == expected  # from the cache


def test_repeated_links_equal_fresh_links() -> None:
    clients = register()
    mentions = [("Yeşiltepe", "Yeşiltepe Konya'da bisküvi fabrikası açtı."),
                ("Yeşiltepe", "Yeşiltepe Denizli'de dokuma tesisini büyüttü."),
                ("Kuzeyhan Enerji'nin", ""), ("KUZEYHAN HOLDİNG A.Ş.", "")]
    warm = Linker.from_clients(clients)
    first = [warm.link(m, c) for m, c in mentions]
    again = [warm.link(m, c) for m, c in mentions]
    fresh = [Linker.from_clients(clients).link(m, c) for m, c in mentions]
    assert first == again == fresh
    assert {r.client_id for r in first[:2]} == {"K003", "K004"}
