from radar_core.text import ascii_fold, fold, tr_lower


def test_turkish_dotted_and_dotless_i():
    assert tr_lower("IŞIK İNŞAAT") == "ışık inşaat"
    assert fold("İSTANBUL") == fold("Istanbul") == "istanbul"


def test_diacritics_and_apostrophes_fold_together():
    assert fold("Arçelik’in") == fold("ARCELIK'IN") == "arcelik'in"
    assert ascii_fold("çğıöşü") == "cgiosu"


def test_whitespace_collapses():
    assert fold("  Koç \n Holding ") == "koc holding"


def test_fold_same_length_keeps_offsets():
    from radar_core.text import fold_same_length

    text = "İZMİR’de Çağ Işık A.Ş."
    folded = fold_same_length(text)
    assert len(folded) == len(text)
    assert folded == "izmir'de cag isik a.s."
    assert fold_same_length("Straße ẞ") .startswith("strasse"[:4])
    assert len(fold_same_length("Straße ẞ")) == len("Straße ẞ")
