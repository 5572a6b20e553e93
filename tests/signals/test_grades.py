"""A rating cut told only by its grades ("'A (tr)' seviyesinden 'A- (tr)' seviyesine revize
etti", "to BB- from BB"): the scale says it is a cut. Every sentence here is invented."""

from __future__ import annotations

import pytest

from signals import Extractor
from signals.grades import RANK, downgrades
from signals.tokens import FoldedText, tokenize
from tests.signals.test_real_structures import firms


def _folded(text: str) -> str:
    return FoldedText(tokenize(text)).text


@pytest.mark.parametrize(("lang", "text", "down"), [
    ("tr", "Ulusal notu 'A (tr)' seviyesinden 'A- (tr)' seviyesine revize edildi.", True),
    ("tr", "Kurum notu BB+'dan BB'ye indirdi.", True),
    ("tr", "Kurum notu BB'den BB+'ya yükseltti.", False),
    ("en", "S&P revised the rating to BB- from BB.", True),
    ("en", "Moody's moved the rating from Ba2 to Ba3.", True),
    ("en", "Moody's moved the rating from Ba3 to Ba2.", False),
    # Without a rating word, or with bare letters, grades are no grades.
    ("en", "The route runs from A to B.", False),
    ("en", "The rating moved from a to b in the table.", False),
])
def test_a_move_down_the_scale(lang: str, text: str, down: bool) -> None:
    assert bool(downgrades(_folded(text), lang)) is down


def test_the_two_scales_share_one_ladder() -> None:
    assert RANK["bbb-"] == RANK["baa3"] and RANK["aa+"] == RANK["aa1"]
    assert RANK["b-"] > RANK["bb+"]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("tr", "JCR Eurasia, Delta Holding A.Ş.'nin uzun vadeli ulusal notunu 'A (tr)' "
           "seviyesinden 'A- (tr)' seviyesine revize etti.",
     {("rating_downgrade", "Delta Holding A.Ş.")}),
    ("tr", "JCR Eurasia, Delta Holding A.Ş.'nin notunu 'A- (tr)' seviyesinden 'A (tr)' "
           "seviyesine revize etti.", set()),
    ("en", "S&P revised the rating of Harlow Industries Inc. to BB- from BB.",
     {("rating_downgrade", "Harlow Industries Inc.")}),
])
def test_a_cut_read_off_the_grades_is_a_downgrade(extractor: Extractor, lang: str, text: str,
                                                  expected: set) -> None:
    assert firms(extractor, text, lang) == expected
