"""Gapped enumerations: the verb and its amount are written once, each later firm keeps only
its own amount ("A agreed to pay $1m, B $860,000 and C $400,000"), and an amount's currency
or number right before a name is no part of that name. Every sentence here is invented for
this file.
"""

from __future__ import annotations

import pytest

from signals import Extractor
from tests.signals.test_real_structures import firms

_THREE = {("regulatory_fine", "Orvane Widgets Inc."), ("regulatory_fine", "Pellory Trading Corp."),
          ("regulatory_fine", "Quennet Metals LLC")}


@pytest.mark.parametrize("text", [
    "The commission said Orvane Widgets Inc. agreed to pay a $2 million penalty, "
    "Pellory Trading Corp. $750,000 and Quennet Metals LLC $300,000.",
    "Orvane Widgets Inc. was fined $2 million, Pellory Trading Corp. 750,000 euros "
    "and Quennet Metals LLC £300,000 by the regulator.",
])
def test_each_member_of_an_english_gapped_list(extractor: Extractor, text: str) -> None:
    assert firms(extractor, text, "en") == _THREE


def test_a_year_after_the_next_name_is_no_gapped_amount(extractor: Extractor) -> None:
    text = ("Orvane Widgets Inc. agreed to pay a $2 million penalty, and Pellory Trading Corp. "
            "2025 results were strong.")
    assert firms(extractor, text, "en") == {("regulatory_fine", "Orvane Widgets Inc.")}


def test_a_currency_before_a_turkish_name_is_no_part_of_it(extractor: Extractor) -> None:
    text = ("Kurul, Orvan Gıda A.Ş.'ye 2 milyon TL, Pelor Tekstil A.Ş.'ye 750 bin TL ve "
            "Kenet Metal Ltd. Şti.'ne 300 bin TL idari para cezası verdi.")
    assert firms(extractor, text, "tr") == {
        ("regulatory_fine", "Orvan Gıda A.Ş."), ("regulatory_fine", "Pelor Tekstil A.Ş."),
        ("regulatory_fine", "Kenet Metal Ltd. Şti.")}
