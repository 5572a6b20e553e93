"""A misspelt sector word still finds its firm; a frequent word as written is not bent.

On a register of a bank's size, "Özalp Mkina" (two edits from the stored "makine"),
"Gülgöl Gıad" (a swap in a short word) or "Akhan Gda" (where a firm "GDA" exists) used to
leave the firm unfound: the typo of a frequent word was scored as an unknown, heavy word.
A frequent word written correctly ("Kimya", "Cam") stays itself, so a firm's distinctive
word in another line of business is still not that firm. And a typo one edit from two
firms' words is a tie for a person, not the reading with more names in the register.
"""

from __future__ import annotations

import pytest

from entity_linking import Linker
from radar_core.records import ClientRecord

_SURNAMES = ("Akbaş Balcıoğlu Cevherli Dumanlı Elmacı Feyzioğlu Gedikli Harmanlı Işıkçı "
             "Kalaycı Limoncu Mermerci Nalbant Odabaşı Pekmezci").split()


def _firm(cid: str, legal: str, sector: str, city: str = "Konya") -> ClientRecord:
    short = " ".join(w for w in legal.split() if w not in ("A.Ş.", "Ltd.", "Şti."))
    return ClientRecord(client_id=cid, legal_name=legal, aliases=[short], city=city,
                        sector=sector)


@pytest.fixture(scope="module")
def register_linker() -> Linker:
    """Fifteen firms in each of four sectors (so their words are frequent), the clients
    named in the tests, and a firm whose acronym is a typo of "Gıda"."""
    clients = [
        _firm(f"{sector[:2].upper()}{n:02d}", f"{name} {sector} A.Ş.", sector)
        for sector in ("Makina", "Gıda", "Çay", "Cam")
        for n, name in enumerate(_SURNAMES)
    ]
    clients += [
        _firm("C1", "Özalp Makina Ltd. Şti.", "Makina", "Denizli"),
        _firm("C2", "Özalp Plastik A.Ş.", "Plastik", "Bursa"),
        _firm("C3", "Akhan Gıda A.Ş.", "Gıda", "Kayseri"),
        _firm("C4", "GDA Tarım Ltd. Şti.", "Tarım", "Adana"),
        _firm("C5", "Gülgöl Gıda Ltd. Şti.", "Gıda", "Denizli"),
        _firm("C6", "Yörükhan Çay A.Ş.", "Çay", "Rize"),
    ]
    return Linker.from_clients(clients)


@pytest.mark.parametrize(
    ("mention", "context", "expected"),
    [
        ("Özalp Mkina", "Özalp Mkina ihracat anlaşması imzaladı.", "C1"),
        ("Özalp Maakina", "Özalp Maakina yeni yatırım açıkladı.", "C1"),
        ("Ozalp Mkina", "Ozalp Mkina signed a loan agreement.", "C1"),
        ("Akhan Gda", "Akhan Gda kapasite artırımına gidiyor.", "C3"),
        ("Akhan Gda", "Akhan Gda raised its capacity.", "C3"),
        ("Gülgöl Gıad", "Gülgöl Gıad yeni yatırım açıkladı.", "C5"),
        ("Gulgol Gdia", "Gulgol Gdia announced a new plant.", "C5"),
    ],
)
def test_misspelt_frequent_word_finds_the_firm(register_linker: Linker, mention: str,
                                               context: str, expected: str) -> None:
    result = register_linker.link(mention, context)
    assert result.client_id == expected, result.explanation


@pytest.mark.parametrize(
    ("mention", "context"),
    [
        ("Özalp Kimya", "Özalp Kimya yeni yatırım açıkladı."),
        ("Yörükhan Cam", "Yörükhan Cam ihracat anlaşması imzaladı."),   # cam ~ çay: 1 edit
        ("Yorukhan Cam", "Yorukhan Cam signed a loan agreement."),
        ("Gülgöl Tekstil", "Gülgöl Tekstil kapasite artırımına gidiyor."),
    ],
)
def test_frequent_word_as_written_is_another_firm(register_linker: Linker, mention: str,
                                                  context: str) -> None:
    result = register_linker.link(mention, context)
    assert result.client_id is None, result.explanation


def test_typo_between_two_firms_words_is_a_tie_not_the_more_frequent_reading() -> None:
    """"Yltürk" is one edit from "Yeltürk" (one firm) and "Yaltürk" (fourteen firms whose
    titles also say "İnşaat Taahhüt"): the short "Yeltürk İnşaat" must reach the scorer."""
    clients = [_firm("Y1", "Yeltürk İnşaat A.Ş.", "İnşaat", "Balıkesir"),
               _firm("Y2", "Yaltürk İnşaat A.Ş.", "İnşaat", "Ardahan")]
    clients += [
        ClientRecord(client_id=f"L{n:02d}", legal_name=f"Yaltürk {sector} İnşaat Taahhüt A.Ş.",
                     aliases=[f"Yaltürk {sector}"], city="Ardahan", sector=sector)
        for n, sector in enumerate(("Kereste Ayakkabı Temizlik Fidancılık Metal Harita Döküm "
                                    "Fındık Catering Yayıncılık Boya Cam Kablo Halı").split())
    ]
    linker = Linker.from_clients(clients)
    for mention, context in (("Yltürk İnşaat", "Yltürk İnşaat yeni yatırım açıkladı."),
                             ("Ylturk Insaat", "Ylturk Insaat raised its capacity.")):
        result = linker.link(mention, context)
        assert result.client_id is None
        assert result.status == "ambiguous"
        assert {"Y1", "Y2"} <= {c.client_id for c in result.candidates}
