"""Sentence splitting: abbreviations, legal forms, numbers, dates and list rows."""

from __future__ import annotations

import spacy

import signals.sentences  # noqa: F401
from signals.sentences import split_sentences


def texts(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def test_turkish_abbreviations_do_not_split() -> None:
    text = ("Örnek Boya San. ve Tic. Ltd. Şti. yeni hat kurdu. Dr. Ayla Kurt, No. 4 "
            "parselde vb. işler için 3.5 puan ve 1,2 milyar TL dedi. Sonra ayrıldı.")
    assert texts(text) == [
        "Örnek Boya San. ve Tic. Ltd. Şti. yeni hat kurdu.",
        "Dr. Ayla Kurt, No. 4 parselde vb. işler için 3.5 puan ve 1,2 milyar TL dedi.",
        "Sonra ayrıldı.",
    ]


def test_legal_form_then_new_sentence_in_english() -> None:
    assert texts("The deal went to Corvex Inc. The shares rose. Orbis Co. Ltd. said no.") == [
        "The deal went to Corvex Inc.", "The shares rose.", "Orbis Co. Ltd. said no."]


def test_dates_ordinals_and_questions() -> None:
    assert texts("Belge 12.03.2025 tarihlidir. 3. Asliye Mahkemesi karar verdi. Kapanıyor mu? Hayır.") == [
        "Belge 12.03.2025 tarihlidir.", "3. Asliye Mahkemesi karar verdi.", "Kapanıyor mu?",
        "Hayır."]


def test_lines_and_list_rows_are_sentences() -> None:
    text = "Liste aşağıdadır\nNo: 1 | Firma: ABC A.Ş. | Tutar: 5.000\n\nNo: 2 | Firma: XYZ Ltd. Şti."
    assert texts(text) == ["Liste aşağıdadır", "No: 1 | Firma: ABC A.Ş. | Tutar: 5.000",
                           "No: 2 | Firma: XYZ Ltd. Şti."]


def test_a_hard_wrapped_line_is_one_sentence() -> None:
    # A line that stops without punctuation and goes on in lower case was wrapped for width.
    text = "Kurul, firmanın çevrim içi\nalışveriş pazarını zorlaştırdığını tespit etti.\nBaşlık"
    assert texts(text) == ["Kurul, firmanın çevrim içi\nalışveriş pazarını zorlaştırdığını "
                           "tespit etti.", "Başlık"]
    text = "The board found that the firm had\nblocked rivals.\nA heading\nNext line"
    assert texts(text) == ["The board found that the firm had\nblocked rivals.", "A heading",
                           "Next line"]


def test_spacy_component_sets_sentence_starts() -> None:
    nlp = spacy.blank("tr")
    nlp.add_pipe("radar_sentences_v1")
    doc = nlp("Kaya Ltd. Şti. büyüdü. Yeni hat açıldı.")
    assert [s.text for s in doc.sents] == ["Kaya Ltd. Şti. büyüdü.", "Yeni hat açıldı."]
