"""Structures found on the sixth fresh real-text set's studied half and on real pages read
in session 31. Every sentence here is invented for this file.
"""

from __future__ import annotations

import pytest

from signals import Extractor
from tests.signals.test_real_structures import firms


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # The only firm a document names, once and by its shape alone, is whom "şirket" means.
    ("tr", "Kar yağışındaki kesintilere rekor ceza geldi. Kurum soruşturmayı tamamladı. "
           "Akçay Elektrik Dağıtım Şirketi'nin hatlarını zamanında yenilemediği belirlendi. "
           "Etkilenen abone sayısı 27 bini buldu. Şirket ayrıca 3 milyon lira ceza ödeyecek.",
     {("regulatory_fine", "Akçay Elektrik Dağıtım Şirketi")}),
    ("en", "Storm outages ended in a record penalty. The regulator said Akcay Power "
           "Distribution had not renewed its lines in time. Some 27,000 homes were affected. "
           "The company will also pay a "
           "fine of $3 million.", {("regulatory_fine", "Akcay Power Distribution")}),
])
def test_the_only_firm_named_is_the_reference(extractor: Extractor, lang: str, text: str,
                                              expected: set) -> None:
    assert firms(extractor, text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # An audit finding that an investment was not made is no investment (the fine stays).
    ("tr", "Toroslar Elektrik Dağıtım A.Ş.'nin kapasite artırımı yatırımlarını zamanında "
           "yapmadığı tespit edildi. Şirket 3 milyon lira ceza ödeyecek.",
     {("regulatory_fine", "Toroslar Elektrik Dağıtım A.Ş.")}),
    ("en", "The regulator found that Toroslar Power Inc. failed to make the capacity "
           "expansion investments it had promised. The company will pay a $3 million fine.",
     {("regulatory_fine", "Toroslar Power Inc.")}),
    # A plan carried out stays one.
    ("tr", "Toroslar Elektrik Dağıtım A.Ş. kapasitesini iki katına çıkaracak.",
     {("capacity_expansion", "Toroslar Elektrik Dağıtım A.Ş.")}),
])
def test_an_investment_found_not_made_is_none(extractor: Extractor, lang: str, text: str,
                                               expected: set) -> None:
    assert firms(extractor, text, lang) == expected
