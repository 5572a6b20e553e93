"""The ``stem+`` operator: every active form of a Turkish verb, and nothing that is not one.

Sentences and words are our own; the forms are the ones a listing of "etti|edildi|..."
kept missing (t→d in "et-", the narrowed vowel before "-yor", future and participles).
"""

from __future__ import annotations

import re

import pytest

from radar_core.text import fold
from signals import Extractor
from signals.cues import compile_pattern, first_prefixes
from signals.verbs import verb_regex
from tests.signals.test_generalisation import events


def _forms(pattern: str, words: str) -> dict[str, bool]:
    regex = re.compile(compile_pattern(pattern))
    return {w: bool(regex.fullmatch(fold(w))) for w in words.split()}


@pytest.mark.parametrize(("pattern", "matched", "not_matched"), [
    # t -> d before a vowel; passive, causative, noun and bare stem are no active forms.
    ("et+", "etti etmiş ettiğini eden edecek ediyor eder ederek edince edebilir",
     "edildi ettirdi etki etiket et etmek etmedi etse"),
    ("reddet+", "reddetti reddeden reddediyor reddedecek", "reddedildi reddetmedi"),
    # a/e narrows before -yor; -n is the passive, -t the causative.
    ("imzala+", "imzaladı imzalamış imzalayan imzalar imzalarken imzalıyor imzalayacak",
     "imzalandı imzalattı imzala imzalama imzalamadı imzalasa"),
    ("bekle+", "bekledi bekliyor bekleyen", "beklenti beklendi"),
    # consonant stems: derived nouns (-ım, -ış, -ıcı) and the yes-or-no pair are left out.
    ("ver+", "verdi vermiş verecek veren veriyor verir verince verebilir verdiğini",
     "verildi verdirdi verim veriş verici veremedi verip"),
    ("veril+", "verildi verilmiş verilecek verilen veriliyor", "verdi veren"),
])
def test_stem_plus_matches_the_verbs_active_forms_only(pattern: str, matched: str, not_matched: str) -> None:
    assert all(_forms(pattern, matched).values()), _forms(pattern, matched)
    assert not any(_forms(pattern, not_matched).values()), _forms(pattern, not_matched)


def test_stem_plus_gives_the_scanner_its_prefixes() -> None:
    """The prefilter must let through every form, the d-forms of "et-" included."""
    assert set(first_prefixes("et+|imzala+")) == {"et", "ed", "imzal"}
    for word in ("eden", "imzaliyor"):
        assert any(word.startswith(p) for p in first_prefixes("et+|imzala+"))
    with pytest.raises(ValueError):
        verb_regex("et-")


@pytest.mark.parametrize(("text", "expected"), [
    # Tenses and participles the listed forms did not have.
    ("Kurul, Serin Süt Mamulleri A.Ş. hakkında 12 milyon TL ceza kesecek.",
     {("regulatory_fine", "K12")}),
    ("Yıldırım Kablo Sanayi ve Ticaret A.Ş., ihale üzerinde kalan firma oldu.",
     {("contract_won", "K1")}),
    ("Halkapınar Lojistik A.Ş., Defne Tekstil A.Ş.'yi dava edeceğini açıkladı.",
     {("lawsuit", "K4")}),
    ("Halkapınar Lojistik A.Ş., Defne Tekstil A.Ş.'yi alacakları için dava ediyor.",
     {("lawsuit", "K4")}),
    ("Yıldırım Kablo Sanayi ve Ticaret A.Ş.'nin kredi notunu uluslararası kuruluş bir "
     "basamak geriletmiştir.", {("rating_downgrade", "K1")}),
])
def test_new_forms_of_listed_verbs_raise_their_events(extractor: Extractor, text: str,
                                                      expected: set[tuple[str, str]]) -> None:
    assert events(extractor, text) == expected


@pytest.mark.parametrize("text", [
    # Negation, the infinitive of purpose and the conditional stay silent.
    "Rekabet Kurulu, Serin Süt Mamulleri A.Ş.'ye ceza uygulamadı.",
    "Halkapınar Lojistik A.Ş., Defne Tekstil A.Ş.'yi dava etmek istemediğini söyledi.",
    "Kurul, Yıldırım Kablo Sanayi ve Ticaret A.Ş.'ye ceza verse bile itiraz edilebilir.",
])
def test_denied_intended_or_supposed_forms_stay_silent(extractor: Extractor, text: str) -> None:
    assert events(extractor, text) == set()


@pytest.mark.parametrize(("pattern", "matched", "not_matched"), [
    # Negated in every tense, and "unable to"; the positive forms, verbal nouns and their
    # cases, and the infinitive are not.
    ("edil!", "edilmedi edilmiyor edilmeyecek edilmeyeceğini edilmemiş edilmemesi edilmez "
              "edilmediğini edilemedi edilemiyor edilmeyen",
     "edildi ediliyor edilecek edilmesi edilmeye edilmek"),
    ("et!", "etmedi etmiyor etmeyecek edemedi edemiyor etmeyerek",
     "etti ediyor etmesi etmeye etmek"),
    ("öde!", "ödemedi ödemiyor ödemeyecek ödeyemedi ödeyemiyor",
     "ödedi ödüyor ödemede ödemesi ödemek ödeme ödenmedi"),
    ("al!", "almadı alamadı alamıyor alamayan alamayacak", "aldı alıyor alma almak alım"),
])
def test_stem_bang_matches_the_verbs_negated_forms(pattern: str, matched: str,
                                                   not_matched: str) -> None:
    assert all(_forms(pattern, matched).values()), _forms(pattern, matched)
    assert not any(_forms(pattern, not_matched).values()), _forms(pattern, not_matched)
    for word in matched.split():
        assert any(fold(word).startswith(p) for p in first_prefixes(pattern)), word
