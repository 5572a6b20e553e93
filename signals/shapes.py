"""Firms nobody registered, found by the shape of their name, and the filters that keep
places, people, authorities and plain capitalised words out.

A capitalised name with no register entry and no legal form may be a prospect; it counts
only with a second sign that it is a firm (credible_shapes). The word lists live in
signals/lexicon.py.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from radar_core.months import FULL_MONTHS
from radar_core.text import fold, fold_same_length
from signals.lexicon import (
    COLLECTIVE_PLURALS,
    DETERMINERS,
    EVERYDAY_ZIPF_CAPITALS,
    FIRM_NOUNS,
    FIRM_ONLY_TITLES,
    FIRM_TITLES,
    GENERIC_ACRONYMS,
    GEOGRAPHY_WORDS,
    NATIONALITIES,
    NEWS_AGENCIES,
    NOT_FIRM_WORDS,
    OF_A_FIRM,
    PERSON_TITLES,
    SECTOR_WORDS,
    SPLIT_NOT_FIRMS,
    STATE_ABBREVIATIONS,
    STOP_START,
    SURNAME_SECTOR_WORDS,
    TAIL_SECTOR_WORDS,
    TRADE_WORDS,
    everyday_word,
    given_names,
    lower_text,
    officer_title_at,
    stop_words,
)
from signals.places import find_places
from signals.tokens import Token, aside_end, first_word_index

if TYPE_CHECKING:
    from signals.mentions import Mention

# Tokens that join the members of an enumeration of names (folded).
LIST_GLUE = frozenset({",", ";", "ve", "and", "&", "veya", "or"})

# Capitalised words that stand for "the company", "our institution" at a sentence start or
# after a quote, never a name (folded prefixes).
_REFERENCE_PREFIXES = ("sirket", "kurum", "firma", "banka", "holding", "grup")
_CLIPBOARD_MARKERS = ("startfragment", "endfragment")
_OPENERS = frozenset({'"', "\u201c", "\u201d", "\u2018", "\u2019", "'", "(", "-",
                      "\u2013", "\u2014", ":", "\u2022", "*"})
# Stems of Turkish authority and title words in any inflection ("Cumhurbaşkanımız",
# "Bakanlığı'nın", "Kurulu'na"), folded.
_NOT_FIRM_STEMS = ("bakan", "baskan", "cumhurbaskan", "mudurlug", "kurulu", "kurumu",
                   "mahkeme", "savcilig", "belediye", "valilig", "universite", "sendika",
                   "bakanlig", "baskanlig", "bassavcilig")
# A name right before one of these is a site ("its Lafayette plant"), not a firm.
_SITE_NOUNS = frozenset("plant plants factory facility site mill headquarters campus tower "
                        "office offices warehouse mine refinery port airport".split())
# A name right after one of these is the property's own name ("en yüksek binası Safir",
# "the hotel Aurora"): a building for sale or bought, not a firm.
_PROPERTY_BEFORE_NAME = frozenset("binasi oteli gokdeleni kulesi plazasi rezidansi avm avmsi "
                                  "hotel building skyscraper mall".split())
_JOINS_IN_NAME = frozenset({"ve", "and", "&", "of", "de", "-", "."})
# Last words of a tendered work's title, never of a firm's (Turkish lower case, so "İşi" is
# no "Isı"): "... Yapım İşi",
# "... Hizmet Alımı", "Fabrika Binaları ve Depolama Alanları", "... Zemin Güçlendirme".
_WORK_ITEM_TAILS = frozenset("""işi işinin alımı alımları alımına binaları alanları
    güçlendirme güçlendirmesi onarımı bakımı yapımı inşaatı projesi projesinin""".split())

# Adjectives in the shape of a name's first word: "Finland-based X", "NZX-listed X".
_PLACED_ENDINGS = ("-based", "-merkezli", "-listed", "-owned", "-backed", "-headquartered")
# Words for a business's owner, before a name (folded).
_OWNER_WORDS = frozenset("sahibi patronu owner".split())
# Words of running text that no firm's name holds: a span in capitals with two of them is
# a headline or a shouted sentence (upper case, dotless: "İŞ" is no "IS").
_CAPS_SENTENCE_WORDS = frozenset("""BIR DAHA BU ÇOK GIBI IÇIN AMA ARTIK YINE HALA HÂLÂ
    IS ARE WAS WERE HAS HAVE WILL BEEN ITS THEIR""".split())
_MONTHS = frozenset(FULL_MONTHS)  # folded full month names, Turkish and English
# What "and" joins inside a utility's name: "Power and Light", "Gas and Water".
_UTILITY_TAILS = frozenset({"light", "water", "telephone", "telegraph", "sewer"})
# English function words that are capitalised only in a title-case headline: a span with
# one inside ("Headquarters Up For Sale") is a headline, not a name (folded).
_HEADLINE_WORDS = frozenset("up for to in on at with from after into over as by is are was "
                            "its amid says will".split())
_MAX_NAME_WORDS = 6


# Plural or possessive nouns with a case ending glued on (folded): Turkish writes a proper
# name's case after an apostrophe ("Sistemleri'nin"), so a capitalised phrase ending in
# "Sistemlerinin", "Yedeklerden" or "Kazançlarına" is a common noun phrase, not a firm.
# Firm nouns that close a Turkish name and take its case unglued ("X Firmasının").
_FIRM_NOUN_STEMS = ("firmasi", "sirketi", "sirketin")
_INFLECTED_NOUN = tuple(
    stem + case
    for stem in ("lari", "leri", "si", "su")
    for case in ("na", "ne", "nin", "nun", "ndan", "nden", "nda", "nde", "ni", "nu", "yla", "yle")
) + ("lara", "lere", "lardan", "lerden", "larda", "lerde", "larin", "lerin", "larla", "lerle") + tuple(
    # "our" with a case: "Tesislerimizde", "Fabrikamızın" (folded) is the speaker's own noun.
    our + case
    for our in ("imiz", "umuz", "amiz", "emiz", "omuz")
    for case in ("de", "da", "den", "dan", "in", "un", "e", "a", "i", "u", "le", "la"))


# Case endings glued to a Turkish common noun (no apostrophe, as a name would take):
# a sentence opening "Açıklamada", "Kararda", "Bültende" is no part of a firm's name.
_GLUED_CASE = ("nda", "nde", "da", "de", "ta", "te", "ndan", "nden", "dan", "den", "tan", "ten",
               "yi", "yu")  # the accusative after a vowel: "İhaleyi X kazandı"


def common_opener(token: Token, lang: str = "tr") -> bool:
    """A sentence's first word that is a common noun with a case ending glued on (a name
    takes it after an apostrophe), or a function word: no part of a following name.
    Case endings are Turkish: in English "Pinegate", "Corveta" are names."""
    return token.base in stop_words() or (
        lang == "tr" and not token.is_all_caps and len(token.base) > 6
        and token.base.endswith(_GLUED_CASE))


def _appositive_firm_noun(tokens: list[Token], end: int) -> bool:
    """True for ", a/an ... <firm noun> ..." right after a name, up to the next comma."""
    if not (end + 1 < len(tokens) and tokens[end].text == ","
            and tokens[end + 1].base in ("a", "an")):
        return False
    for t in tokens[end + 2:end + 12]:
        if t.text in ",;":
            break
        if t.base in FIRM_NOUNS:
            return True
    return False


# Plural firm nouns that an enumeration of examples belongs to: "A, B ve C gibi büyük
# firmalar", "companies such as A, B and C", "three lenders (A, B and C)" (folded prefixes).
_COLLECTIVE_TR = ("firmalar", "sirketler", "bankalar", "markalar", "holdingler", "ureticiler",
                  "tedarikciler", "yukleniciler", "zincirler", "kuruluslar", "devler")
_COLLECTIVE_EN = frozenset("""companies firms banks lenders brands retailers carriers insurers
    automakers carmakers makers manufacturers producers suppliers contractors chains airlines
    developers operators startups giants conglomerates businesses groups""".split())
_EXAMPLE_OPENERS = frozenset("like including include includes included (".split())
# Words right after a list of names that lead to what they all are (folded).
_LIST_CLOSERS = frozenset("are were among bunlar".split())


def _in_example_list(tokens: list[Token], start: int, end: int, strict: bool = False) -> bool:
    """True when the name [start, end) is one of the examples of a plural firm noun: "A, B
    ve C gibi (büyük) firmalar", "companies such as A, B and C", "firms like A", "three
    lenders (A, B and C)". The collective noun says what every member of the list is.
    ``strict``: only where the firm noun stands right by the list ("companies such as A",
    "five lenders (A, B)", "A ve B gibi büyük şirketler"), not further off ("firms in towns
    such as Bath")."""
    n = len(tokens)
    j = end
    while j < n and j - end < 24 and _in_list(tokens[j]) and not tokens[j].suffix:
        j += 1
    if j < n and tokens[j].base == "gibi" and not tokens[end - 1].suffix:
        return any(t.base.startswith(_COLLECTIVE_TR)
                   for t in tokens[j + 1:j + (3 if strict else 4)] if t.is_word)
    if j < n and j > end and (tokens[j].text in ";:" or tokens[j - 1].text in ";:"
                                  or tokens[j].base in _LIST_CLOSERS):
        # "A, B, C; ceza uygulanan firmalardan bazıları", "A, B and C are among the fined
        # companies": a list of names, then what they all are.
        after = [t for t in tokens[j:j + 8] if t.is_word][:6]
        if any(t.base.startswith(_COLLECTIVE_TR) or t.base in _COLLECTIVE_EN for t in after):
            return True
    i = start - 1
    while i >= 0 and start - i < 24 and _in_list(tokens[i]):
        i -= 1
    if i < 1:
        return False
    opener = tokens[i]
    if opener.base == "as" and tokens[i - 1].base == "such":
        i -= 1
    elif opener.base not in _EXAMPLE_OPENERS and opener.text not in _EXAMPLE_OPENERS:
        return False
    before = [t for t in tokens[max(0, i - 4):i] if t.is_word]
    return any(t.base in _COLLECTIVE_EN for t in before[-1 if strict else -3:])


def _in_list(token: Token) -> bool:
    """A capitalised word or the glue of an enumeration ("A, B ve C")."""
    return token.base in LIST_GLUE or token.text in LIST_GLUE or (
        token.is_word and token.text[:1].isupper())


def _firm_noun_follows(tokens: list[Token], end: int) -> bool:
    """True when a firm noun describes the name right after it ("X isimli şirket", "X, a
    drug maker", "X, a Canadian advanced recycling company,"), not when a determiner
    introduces another ("Enter the company's name")."""
    if end + 1 < len(tokens) and tokens[end].text == "," and tokens[end + 1].base in ("a", "an"):
        return _appositive_firm_noun(tokens, end)
    return _firm_noun_next(tokens, end, reach=5, words=5, comma_article=False)


def _described(tokens: list[Token], end: int) -> bool:
    """True when a firm noun among the next four words describes the name ending at
    ``end`` ("X şirketi", "X, the automobile division of Y"), an article being allowed
    right after a comma."""
    return _firm_noun_next(tokens, end, reach=6, words=4, comma_article=True)


def _firm_noun_next(tokens: list[Token], end: int, *, reach: int, words: int,
                    comma_article: bool) -> bool:
    """The first firm noun among the next ``reach`` tokens (and ``words`` words) after a
    name describes it, unless a determiner comes first ("X to Sell Buildings: The company
    agreed ...", except "X, the ..." when ``comma_article``) or the noun titles a name of
    its own ("sciences company 3M")."""
    seen = 0
    for k in range(end, min(end + reach, len(tokens))):
        t = tokens[k]
        if t.base in DETERMINERS and not (comma_article and k == end + 1
                                          and tokens[end].text == ","):
            return False
        if t.base in FIRM_NOUNS and seen < words:
            return not titles_next(tokens, k)
        seen += t.is_word
    return False


# Nationality words that may open a firm's name ("American Signature", "Turkish Airlines");
# alone, or inside a name, they say where something is from (folded).
NATIONALITY_WORDS = NATIONALITIES | frozenset("""turkish american british french german
    chinese russian japanese italian spanish korean indian""".split())
# Nouns for a firm's relation to another that an appositive name then identifies:
# "its owner, American Signature,", "the buyer, Harlow Group," (folded).
_RELATION_NOUNS = frozenset("""owner owners parent buyer buyers seller acquirer supplier
    landlord tenant rival competitor""".split()) | FIRM_NOUNS


def _named_after_relation(tokens: list[Token], start: int) -> bool:
    """True for a name in apposition right after a firm or relation noun that a
    possessive or article determines ("its owner, X", "the parent company, X")."""
    if start < 3 or tokens[start - 1].text != "," or tokens[start - 2].base not in _RELATION_NOUNS:
        return False
    k = start - 3
    if tokens[k].base in ("parent", "holding") and k > 0:
        k -= 1  # "its parent company, X"
    return tokens[k].base in ("its", "their", "the")


def _acronym_of_non_firm(tokens: list[Token], start: int) -> bool:
    """True for an acronym in parentheses right after a capitalised name that is an
    authority, a law or another non-firm ("... Recovery Act (RCRA)", "Kurulu (BDDK)"), or
    after the lower-case words whose initials it spells ("hydraulic fluid (HF)")."""
    if not (start >= 2 and tokens[start - 1].text == "(" and tokens[start].is_all_caps):
        return False
    letters = tokens[start].text.lower()
    words = [t for t in tokens[max(0, start - 1 - len(letters)):start - 1] if t.is_word]
    if len(letters) >= 2 and len(words) == len(letters) and not any(
            t.is_upper_initial for t in words) \
            and "".join(t.text[0].lower() for t in words) == letters:
        return True  # "tractor hydraulic fluid (THF)": a term's initials, no firm
    k = start - 2
    while k >= 0 and start - k <= 10 and (tokens[k].is_upper_initial
                                         or tokens[k].base in _JOINS_IN_NAME):
        if tokens[k].base in NOT_FIRM_WORDS or tokens[k].base.startswith(_NOT_FIRM_STEMS):
            return True
        k -= 1
    return False


def _trade_before(tokens: list[Token], at: int) -> bool:
    """True when the capitalised name before ``at`` holds a trade or sector word and no
    authority's head: "Halden Travel Agency (HTA)" is a firm, whatever "agency" says
    elsewhere; "Energy Market Regulatory Authority (EMRA)" is not."""
    k = at - 1
    trade = False
    while k >= 0 and at - k <= 10 and (tokens[k].is_upper_initial or tokens[k].base in _JOINS_IN_NAME):
        if tokens[k].base in _GOVERNING_HEADS or tokens[k].base.startswith(_NOT_FIRM_STEMS):
            return False
        trade = trade or tokens[k].base in TRADE_WORDS or tokens[k].base in SECTOR_WORDS
        k -= 1
    return trade



def _middle_initial(tokens: list[Token], start: int, end: int) -> bool:
    """True for "Name X. Name": a single capital with a dot between two names, the way
    people's names are written (firms abbreviate with several letters: "J.P. Morgan")."""
    return end - start == 4 and tokens[start].is_word and len(tokens[start].text) > 1 \
        and len(tokens[start + 1].text) == 1 and tokens[start + 1].text.isupper() \
        and tokens[start + 2].text == "." and len(tokens[start + 3].text) > 1 \
        and tokens[start + 3].is_upper_initial


def _titled_code(tokens: list[Token], i: int) -> bool:
    """A name that opens with a digit right after a firm title ("company 3M")."""
    tok = tokens[i]
    glued = i + 1 < len(tokens) and tokens[i + 1].start == tok.end \
        and tokens[i + 1].text[:1].isalpha()  # the tokenizer splits "3M" into "3" "M"
    return i > 0 and tok.text[:1].isdigit() and (any(c.isalpha() for c in tok.text) or glued) \
        and tokens[i - 1].base in FIRM_TITLES


def titles_next(tokens: list[Token], k: int) -> bool:
    """True when the firm noun at ``k`` is a title of the name right after it ("sciences
    company 3M", "truck maker Navistar"): it then describes that name, not the one before."""
    return k + 1 < len(tokens) and tokens[k + 1].is_word and tokens[k + 1].text[:1].isalnum() \
        and not tokens[k + 1].text[:1].islower() \
        and tokens[k].base in FIRM_TITLES and not tokens[k].suffix


def title_case(tokens: list[Token]) -> bool:
    """A headline-style sentence (most words capitalised): shapes tell nothing there."""
    if tokens and tokens[-1].text in ".!?":
        return False  # a headline carries no full stop; a short sentence of names does
    long_words = lower = 0
    for t in tokens:
        if t.is_word and len(t.text) > 3:
            long_words += 1
            if not t.is_upper_initial:
                lower += 1
                if lower > 1:
                    return False  # settled: in most sentences within the first few words
    # An enumeration of firm names is mostly capitals too, but its verb is not.
    return long_words >= 4 and lower <= 1 and lower <= 0.2 * long_words


def rare_opener(tokens: list[Token], at: int, lang: str) -> bool:
    """True when the sentence opens at ``at`` with one word no dictionary knows, run on
    into lower-case words: "Echodyne is investing ...", "SEL is investing ...",
    "Kaysüt iflas bayrağını çekti". Such a word is a name (a weak one: only a bare subject
    right before an event verb makes it a firm); "Dün", "Şirket", a given name are not."""
    tok = tokens[at]
    if at != first_word_index(tokens) or at + 1 >= len(tokens) or tok.suffix:
        return False
    nxt = tokens[at + 1]
    if nxt.text == "," and at + 2 < len(tokens):
        nxt = tokens[at + 2]  # "Medcem, yatırım tamamlandığında ...": the topic, then a comma
    elif lang == "tr" and nxt.suffix and at + 2 < len(tokens) and (
            nxt.suffix in ("da", "de", "ta", "te") or suffixed_place(nxt)):
        nxt = tokens[at + 2]  # "Tarkol Umman'da 126 km yol ihalesini kazandı": where, then what
        if nxt.text[:1].isdigit():
            return len(tok.text) >= 4 and not tok.is_all_caps and unknown_word(tok.text, lang)
    if not (nxt.is_word and nxt.text[:1].islower()):
        return False
    if tok.is_all_caps:
        # (an acronym, or a longer brand in capitals no dictionary knows: "ADMARES will ...")
        return (3 <= len(tok.text) <= 5 or (len(tok.text) <= 9 and unknown_word(tok.text, lang))) \
            and tok.base not in NOT_FIRM_WORDS and tok.base not in GENERIC_ACRONYMS and lang == "en"
    return len(tok.text) >= 4 and unknown_word(tok.text, lang)


# Turkish endings glued to a common noun ("Tekstilde", "Siparişler"), longest first.
_TR_POSSESSIVES = ("", "imiz", "umuz", "miz", "muz", "iniz", "unuz", "niz", "nuz", "si", "su",
                   "leri", "lari", "ler", "lar", "i", "u")
_TR_CASES = ("", "i", "u", "e", "a", "ye", "ya", "yi", "yu", "de", "da", "te", "ta", "den", "dan",
             "ten", "tan", "in", "un", "nin", "nun", "ni", "nu", "ne", "na", "nde", "nda", "nden",
             "ndan", "le", "la", "yle", "yla")
# Turkish endings glued to a common noun ("Tekstilde", "Kapasitemizi", "Fabrikamızda"),
# folded: a possessive, then a case.
_TR_GLUED = frozenset(p + c for p in _TR_POSSESSIVES for c in _TR_CASES) - {""}
_TR_GLUED_LONGEST = max(len(e) for e in _TR_GLUED)


@functools.lru_cache(maxsize=65536)
def unknown_word(word: str, lang: str) -> bool:
    """True when no dictionary knows ``word`` (Zipf below 3 in Turkish and English), nor,
    in Turkish, the noun it would be with a case or plural ending cut off."""
    if everyday_word(word, lang, 3.0):
        return False
    if lang == "tr":
        # Endings are matched folded ("Kapasitemizi" -> "kapasitemizi"), offsets kept;
        # one set lookup per ending length, longest first.
        folded = fold_same_length(word)
        for size in range(min(_TR_GLUED_LONGEST, len(folded) - 4), 0, -1):
            if folded[-size:] in _TR_GLUED and everyday_word(word[:-size], lang, 3.0):
                return False
    return True


def find_name_spans(tokens: list[Token], taken: set[int], elsewhere: set[str],
                    not_firms: set[str], lowered: set[str] | None = None,
                    lang: str = "tr") -> list[tuple[int, int]]:
    """Token spans [start, end) of capitalised names that may be firms nobody registered.

    A run of capitalised words (joined by "ve/and/&/of/de", hyphens or dots) with no
    authority, title or calendar word in it, not preceded by a person's title, not the
    first word of the sentence unless it is also written capitalised mid-sentence
    somewhere in the document (``elsewhere``: folded bases), and not in a title-case
    headline, nor a lone word the document also writes in lower case (``lowered``).
    Places are removed by the caller, which knows the gazetteer. ``not_firms`` collects
    the surnames of people named in full and the short names of authorities and laws
    defined in brackets, so that a later bare surname or short name is no firm either.
    """
    if title_case(tokens):
        return []
    for k in [k + 1 for k, t in enumerate(tokens) if t.text == "("]:
        if k + 1 < len(tokens) and tokens[k + 1].text == ")" \
                and _acronym_of_non_firm(tokens, k) and not _trade_before(tokens, k - 1):
            not_firms.add(tokens[k].base)  # "Board of Investment (BOI)", however it is read
    names = given_names()
    first_word = first_word_index(tokens)
    spans: list[tuple[int, int]] = []
    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        capital = tok.is_upper_initial and not tok.text[:1].isdigit()  # "iMFLUX" too
        if not capital and lang == "tr" and i > 0 and tok.is_word and tok.text.isalpha() \
                and len(tok.text) >= 5 \
                and _titled_before(tokens, i) and unknown_word(tok.text, "tr") \
                and unknown_word(tok.text, "en"):
            capital = True  # "iştiraklerinden olan metroistanbul": a brand in lower case
        if i in taken or not tok.is_word or not (capital or _titled_code(tokens, i)):
            i += 1
            continue
        j = i
        words = 0
        whole_place = False
        while j < n and j not in taken:
            t = tokens[j]
            if j > i and t.suffix and t.is_word and t.text[:1].isupper() \
                    and suffixed_place(t):
                # "Karadut Pazarlama Gebze'deki deposunu": the place is no part of it; but
                # "South Korea's", "New York'ta" are one place, not a name "South".
                whole_place = _place_run(tokens[i:j + 1])
                break
            if j > i and "-" in t.base and all(part in _MONTHS for part in t.base.split("-")):
                break  # "Anadolu Oto Ocak-Nisan döneminde": a span of months ends the name
            if t.is_word and (t.text[:1].isupper() or j == i):
                words += 1
                j += 1
                if lang == "en" and t.suffix == "s" and j < n and j not in taken \
                        and tokens[j].is_upper_initial and tokens[j].base in SECTOR_WORDS \
                        and words < _MAX_NAME_WORDS:
                    continue  # "Shearer's Foods": a founder's possessive opens the name
                if t.suffix or words >= _MAX_NAME_WORDS:
                    break
                continue
            if t.base in _JOINS_IN_NAME and j + 1 < n and tokens[j + 1].is_word \
                    and tokens[j + 1].text[:1].isupper() and j + 1 not in taken and (
                        t.base not in ("ve", "and")
                        or tokens[j + 1].base in TRADE_WORDS
                        or (tokens[j + 1].base in SECTOR_WORDS and (
                            tokens[j - 1].base in SECTOR_WORDS
                            or tokens[j - 1].base in TRADE_WORDS))
                        or tokens[j + 1].base in _UTILITY_TAILS):
                # ("Gıda ve Tarım", "Food and Drug"; but "Banca Orsini and Credito Vellano"
                # is two banks: a distinctive word closes the first name)
                # "ve/and" joins a firm's own title ("Sanayi ve Ticaret"); between two
                # names it is an enumeration ("Betabank ve Gamabank").
                j += 1
                continue
            break
        if whole_place:
            i = j + 1
            continue
        start, end = i, j
        i = max(j, i + 1)
        while start < end and (tokens[start].base in STOP_START or not tokens[start].is_word):
            start += 1  # "The company", "Bu şirket": an article is no part of a name
        while end - start > 1 and tokens[end - 1].base in STOP_START:
            end -= 1  # "Klauer Manufacturing The company ...": a heading run into the text
        if start == first_word and end - start > 1 and not tokens[start].suffix \
                and common_opener(tokens[start], lang) \
                and not (end - start == 2 and tokens[start + 1].base in TRADE_WORDS):
            # "İhaleyi Harput Boru'nun kazandığı": the object, then the name (but "Can
            # Holding hakkında": a word and a trade word alone are one name).
            start += 1
            while start < end and not (tokens[start].is_word and tokens[start].is_upper_initial):
                start += 1  # "All of United ...": what follows the opener starts with a capital
        if lang == "tr" and end - start > 1 and _demonym(tokens[start]):
            start += 1  # "Danimarkalı Oskel Varde firması": where it is from, then the name
        # "ÇAYKUR Genel Müdürü Ali Veli", "Nissan CEO Carlos Ghosn": the words before an
        # officer title are the organisation, the rest is a person.
        bases = [t.base for t in tokens[start:end]]
        if officer_title_at(bases, 0):
            continue  # "Üst Yöneticisi (CEO) ...": a title, then a person or nothing
        officer = next((k for k in range(1, len(bases)) if officer_title_at(bases, k)), 0)
        if officer:
            end = start + officer
        if end - start > 2 and end < n and (tokens[end].base in _SITE_NOUNS or tokens[end].base.startswith(
                ("fabrika", "tesis"))) and _one_place(tokens[end - 1].text) \
                and tokens[end - 2].base not in _JOINS_IN_NAME:
            end -= 1  # "Deniz Oto Bursa fabrikasında": the plant's town is no part of the name
        paper = next((k for k in range(end - 3, start - 1, -1) if tokens[k].base in OF_A_FIRM
                      and tokens[k + 1].base == "of"), None)
        if paper is not None:
            # "Shares of Good Luck Steel", "Long-term National Ratings of X": the paper of
            # the firm, then its name
            start = paper + 2
        of = next((k for k in range(start + 2, end - 1) if tokens[k].base == "of"), 0)
        if of and _all_place(tokens[of + 1:end]):
            end = of  # "Brenner Construction of Missouri"; "Bank of China" stays whole
        span = [t for t in tokens[start:end] if t.is_word]
        initial = start == first_word or (start > 0 and tokens[start - 1].text in _OPENERS)
        # "Kuşkanat'ın CEO'su ...", "Nissan CEO ...": an officer title after a first word
        # makes it the officer's organisation.
        officer_after = officer_title_at(
            [t.base for t in tokens[end:end + 3] if t.is_word][:2], 0) > 0
        if initial and len(span) == 1 and span[0].base not in elsewhere and not officer \
                and not officer_after \
                and not _camel_case(span[0].text) \
                and not (_firm_noun_follows(tokens, end) and (
                    tokens[end].text == "," or not everyday_word(span[0].text, lang))) \
                and not _owner(tokens, end) \
                and not _in_example_list(tokens, start, end) and not _ticker_follows(tokens, end) \
                and not (start == first_word and rare_opener(tokens, start, lang)) \
                and not (start > 0 and tokens[start - 1].text == ":" and end < n
                         and tokens[end].text == "," and unknown_word(span[0].text, lang)):
            # A capitalised first word, unless "X isimli şirket", "X, a maker" (the
            # commonest span of all, so ruled on before the other filters), or the first
            # of a list after a colon ("Notu düşürülen bankalar: Alfabank, ...").
            continue
        if initial and len(span) == 1 and lang == "tr" and span[0].suffix == "" \
                and end < n and tokens[end].is_word and tokens[end].text[:1].islower() \
                and tokens[end].base not in FIRM_NOUNS and common_opener(span[0], lang) \
                and not unknown_word(span[0].text, lang):
            continue  # "İhaleyi kazanan firma ...": an object noun, the firm comes later
        if len(span) == 1 and lowered and span[0].base in lowered and not span[0].is_all_caps \
                and span[0].is_upper_initial:
            continue
        if span and all(t.base in stop_words() for t in span):
            continue  # "Birçok şirket", "However": function words, capitalised
        if any(t.base in _HEADLINE_WORDS and t.is_upper_initial for t in span[1:]):
            continue
        cut = _after_authority(tokens, start, end)
        if cut != start:
            # "Başsavcılık Can Holding'e yönelik": the prosecutor, then the firm.
            start = cut
            span = [t for t in tokens[start:end] if t.is_word]
        national = len(span) > 1 and span[0].base in NATIONALITY_WORDS and (
            any(t.base in SECTOR_WORDS or t.base in TRADE_WORDS for t in span[1:])
            or _named_after_relation(tokens, start))
        if not span or any((t.base in NOT_FIRM_WORDS and not (k == 0 and national)
                            and not (t.base in _ACRONYM_ONLY and not t.is_all_caps))
                           or t.base.startswith(_NOT_FIRM_STEMS) for k, t in enumerate(span)):
            continue  # ("American Signature": a nationality may open a firm's name)
        if _authority_after_and(tokens, end):
            continue  # "Occupational Safety and Health Review Commission": one authority
        if any(t.base in GEOGRAPHY_WORDS for t in span) and not any(
                t.base in SECTOR_WORDS for t in span):
            continue  # "Rocky Mountain": a place, unless a sector word makes it a firm
        if not span[-1].suffix and span[-1].base.endswith(_INFLECTED_NOUN) \
                and len(span[-1].base) > 7 and not (
                    len(span) > 1 and span[-1].base.startswith(_FIRM_NOUN_STEMS)):
            continue  # "Gayrimenkul Satış Kazançlarına": a name would take "'na"
            # (but "X Tarım Ürünleri Firmasının": a firm noun closes a name, inflected)
        if "".join(t.base for t in tokens[start:end]) in SPLIT_NOT_FIRMS:
            continue  # "S&P": a rater whose name the tokenizer splits at "&"
        if end < n and not tokens[end - 1].suffix and (tokens[end].base in _SITE_NOUNS or (
                end + 1 < n and tokens[end].text[:1].islower()
                and tokens[end + 1].base in _SITE_NOUNS)):
            continue  # "its Dover plant", "Ford's Dover assembly plant": a site (but
            # "Corvana Steel's new plant": the owner, written with its possessive)
        if start == first_word and end < n and tokens[end].text in ("\u2014", "\u2013", "-", ",") \
                and len(span) <= 3 and all(t.is_all_caps for t in span):
            continue  # a dateline: "SALT LAKE CITY \u2014 ..."
        if start == first_word and _agency_dateline(tokens, end):
            continue  # a dateline with its agency: "Hanoi (VNA) - ...", "ANKARA (AA) -"
        if end < n and tokens[end].base.startswith(("model", "modeli")):
            continue  # "Volta-E modeliyle", "the Volta-E model": a product's name
        if start > 0 and tokens[start - 1].base in _PROPERTY_BEFORE_NAME:
            continue  # "binası Safir, satışa çıkarıldı": the building's name
        if len(span) == 1 and span[0].base in GENERIC_ACRONYMS:
            continue  # "sanal POS", "an MLM": a product or a business model
        if len(span) == 1 and span[0].base in not_firms:
            continue  # someone or something named in full earlier ("Köksal said", "the BOI")
        if (start > 0 and tokens[start - 1].base in PERSON_TITLES) or (
                len(span) > 1 and span[0].base in PERSON_TITLES):
            continue  # "Avukat Hıdır Kırkıcı", "Dr Jane Roe": a person, titled
        if start > 0 and tokens[start - 1].base in _OWNER_WORDS and not any(
                t.base in SECTOR_WORDS or t.base in TRADE_WORDS for t in span) \
                and (lang == "tr" or span[0].base in names):
            # "firma ve sahibi Orhan Şentepe", "owner John Reed": a person ("Dolphin owner
            # Brentwick", "Instaflick owner Lumigram Group": a firm)
            continue
        if len(span) == 1 and span[0].base in STATE_ABBREVIATIONS and start > 0 \
                and tokens[start - 1].text == ",":
            continue  # "Morristown, Tenn.": a state, abbreviated
        if len(span) == 1 and len(span[0].text) < 3:
            continue
        if lang == "tr" and len(span) > 1 \
                and lower_text(_without_suffix(span[-1].text), "tr") in _WORK_ITEM_TAILS:
            continue  # "Çevre Düzenleme İnşaat Yapım İşi", "Fabrika Binaları": a tendered work
        if all(len(t.text) == 1 for t in span) and any(t.text == "." for t in tokens[start:end]) \
                and not any(t.text == "&" for t in tokens[start:end]):
            continue  # "otelin işletmecisi S.G.": a person's initials (but "H&M" is a firm)
        if end + 2 < n and tokens[end].text == "(" and tokens[end + 1].text.isdigit() \
                and tokens[end + 2].text == ")" and (len(span) == 1 or all(
                    everyday_word(t.text, lang) for t in span if t.is_word)):
            # "Comments (0)", "Related Posts (3)": a page's counter, not a name (but
            # "Pellham Foods (300), ...": a firm with its job cuts)
            continue
        if len(span) == 1 and start > 0 and span[0].is_all_caps and _clock_before(tokens, start):
            continue  # "11:00 HRS", "14.00 IST": a time's unit or zone
        # "Finland-based X": a place in the shape of an adjective, then the name; and a
        # clipboard marker a lost HTML comment left ("<!--StartFragment-->The X ...").
        placed = [k for k, t in enumerate(span) if t.base.endswith(_PLACED_ENDINGS)
                  or t.base.startswith(_CLIPBOARD_MARKERS)]
        if placed:
            span = span[placed[-1] + 1:]
            if not span:
                continue
            start = next(k for k in range(start, end) if tokens[k] is span[0])
        if any(ch.isdigit() for t in span for ch in t.text) and not (
                start > 0 and tokens[start - 1].base in FIRM_TITLES):
            continue  # "RR2", "Sanayi 4.0": codes and grades, not names ("company 3M" is)
        if span[0].base.startswith(_REFERENCE_PREFIXES):
            continue
        if all(t.base in TRADE_WORDS for t in span):
            continue  # "Inc", "Holding": a legal form or trade word alone names nobody
        if len(span) == 1 and (span[0].base.endswith(("ian", "ese", "ish"))
                               or (lang == "en" and _en_demonym(span[0]))):
            continue  # a demonym: "Canadian", "Japanese", "Turkish", "Bangladeshi"
        if len(span) == 1 and _acronym_of_non_firm(tokens, start):
            continue  # "Resource Conservation and Recovery Act (RCRA)": a law, shortened
        if _middle_initial(tokens, start, end):
            continue  # "Saravana B. Kumar": a person, whatever the given name
        if span[0].base in names and not _ticker_follows(tokens, end) \
                and not (start > 0 and tokens[start - 1].base in FIRM_ONLY_TITLES) \
                and not (len(span) > 1 and span[-1].base in SECTOR_WORDS | TRADE_WORDS
                         and not _surname_sector(span)):
            # "Meltem Ambalaj", "Doğan Holding": a given name before a sector or trade word
            # names a firm after its founder, not a person.
            if len(span) > 1:
                not_firms.add(span[-1].base)
            continue  # "Mustafa Şarlak": a person
        spans.append((start, end))
    return spans


# Authorities' acronyms that are words in lower case: "UN" is no firm, "Un Sanayi" (flour)
# is one (folded).
_ACRONYM_ONLY = frozenset("un who".split())
_SUBSIDIARY_NOUNS = frozenset("unit subsidiary division arm affiliate".split())


def _titled_before(tokens: list[Token], i: int) -> bool:
    """A firm title stands right before token ``i`` ("şirketi X", "iştiraki olan X")."""
    k = i - 1
    if k > 0 and tokens[k].base in ("olan", "the"):
        k -= 1
    if k > 0 and tokens[k].text == "," and tokens[k - 1].base in _SUBSIDIARY_NOUNS:
        return True  # "X's drone unit, Skyhold Aerial, ...": the unit's own name
    return tokens[k].base in FIRM_TITLES


def _clock_before(tokens: list[Token], start: int) -> bool:
    """A clock time ends right before ``start``: "11:00", "14.00", "3 pm"."""
    prev = tokens[start - 1].text
    if prev.lower() in ("am", "pm"):
        return True
    if start >= 3 and prev.isdigit() and len(prev) == 2 and tokens[start - 2].text == ":" \
            and tokens[start - 3].text.isdigit():
        return True
    parts = prev.split(".")
    return len(parts) == 2 and parts[0].isdigit() and len(parts[0]) <= 2 \
        and parts[1].isdigit() and len(parts[1]) == 2


def _surname_sector(span: list[Token]) -> bool:
    """"Ahmet Demir", "Mehmet Çelik": a given name and a surname that is also a sector
    word is a person (the founder's firm needs more: "Demir Çelik", a legal form)."""
    return len(span) == 2 and span[1].base in SURNAME_SECTOR_WORDS


# Trade words that may open a sentence before a firm's name ("Toymaker Brindle said"), but
# never begin a name themselves ("Bank Norvane", "Giant Eagle", "Carrier Global" do).
_OPENING_TRADES = frozenset("""toymaker carmaker automaker drugmaker chipmaker steelmaker
    retailer grocer brewer miner refiner homebuilder wholesaler shipper distiller insurer
    lender supplier manufacturer producer maker airline""".split())


def _without_opening_trade(m: Mention, tokens: list[Token]) -> Mention:
    """"Toymaker Brindle announced ...": the capital is the sentence's, the trade word
    titles the name after it (as "toymaker Brindle" would), so the name is "Brindle"."""
    if m.shape and not m.known and m.tok_end - m.tok_start >= 2 \
            and m.tok_start == first_word_index(tokens) \
            and tokens[m.tok_start].base in _OPENING_TRADES \
            and tokens[m.tok_start + 1].is_upper_initial:
        head = tokens[m.tok_start + 1]
        return replace(m, text=m.text[head.start - m.start:], start=head.start,
                       tok_start=m.tok_start + 1)
    return m


def credible_shapes(mentions: list[Mention], sentences: list[list[Token]],
                    lang: str = "tr") -> list[Mention]:
    """Keep a name found by its shape alone only with a second sign that it is a firm.

    A capitalised name is too often a person, a product, a place the gazetteer lacks or an
    emphasised noun. It stays when it stands in an enumeration with a firm known by
    register or legal form ("ING Bank, Denizbank ve TEB"), when a sector word is part of
    it ("Baltalı Tekstil"), when a firm noun follows it ("Turumbu isimli tur şirketi",
    "Acme, a drug maker"), or when the document names it twice without a given name in it.
    """
    names = given_names()
    if lang == "en":
        mentions = [_without_opening_trade(m, sentences[m.sentence]) for m in mentions]
    counts: dict[str, int] = {}
    for m in mentions:
        if m.shape:
            key = " ".join(t.base for t in sentences[m.sentence][m.tok_start:m.tok_end]
                           if t.is_word)  # the same words as "bases" below ("U.S. Cellular")
            counts[key] = counts.get(key, 0) + 1
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)

    kept: list[Mention] = []
    unproven: list[Mention] = []
    for m in mentions:
        if not m.shape or m.known:
            kept.append(m)
            continue
        tokens = sentences[m.sentence]
        words = [t for t in tokens[m.tok_start:m.tok_end] if t.is_word]
        bases = [t.base for t in words]
        after = [t.base for t in tokens[m.tok_end:m.tok_end + 6] if t.is_word][:4]
        listed = _listed_with_known(m, by_sentence.get(m.sentence, []), tokens)
        # A sector word makes a name firm-like only next to a distinctive word:
        # "Baltalı Tekstil" yes, a capitalised "Elektronik" alone no.
        sector = (any(b in SECTOR_WORDS for b in bases) or bases[-1] in TAIL_SECTOR_WORDS) \
            and any(b not in SECTOR_WORDS and b not in TRADE_WORDS
                    and b not in TAIL_SECTOR_WORDS for b in bases) \
            and not (bases[0] in names and _surname_sector(words))
        titled = m.tok_start > 0 and _titled_before(tokens, m.tok_start)
        # "Değirmen Sosyal Hizmetler Şirketi", "Harlan Supply Company": a firm noun ends it.
        firm_tail = len(bases) > 1 and bases[-1] in FIRM_NOUNS and any(
            b not in SECTOR_WORDS and b not in TRADE_WORDS for b in bases[:-1])
        # A ticker after the name makes it listed shares ("Gail (GAIL.NS)").
        ticker_after = _ticker_follows(tokens, m.tok_end)
        person = any(b in names for b in bases) and not sector and not ticker_after and not (
            titled and tokens[m.tok_start - 1].base in FIRM_ONLY_TITLES)
        repeated = counts.get(" ".join(bases), 0) >= 2 and (
            len(words) > 1 or (words[0].is_all_caps and len(words[0].text) <= 6))
        comma_place = _town_before_region(m, tokens) or _town_after_firm(
            m, by_sentence.get(m.sentence, []), tokens)
        if person or _place_like(m, words, after, sector, comma_place):
            continue
        if len(words) > 1 and all(w.is_all_caps for w in words) and not sector \
                and m.tok_start == first_word_index(tokens) \
                and not any(t.is_word for t in tokens[m.tok_end:]) \
                and not any(b in TRADE_WORDS or b in SECTOR_WORDS for b in bases) \
                and all(everyday_word(w.text, lang) for w in words):
            continue  # "GEÇİCİ MÜHLET VERİLENLER", "RELATED NEWS": a line in capitals
        if len(words) > 2 and all(w.is_all_caps for w in words) and not sector \
                and sum(w.text.upper().replace("İ", "I") in _CAPS_SENTENCE_WORDS
                        for w in words) >= 2:
            continue  # "İSTANBUL'DA BİR KOLEJ DAHA KAPANDI": a headline in capitals, run on
        if len(bases) == 1 and (bases[0] in SECTOR_WORDS or bases[0] in NATIONALITIES):
            continue  # "Türk şirket", "Construction company": a kind of firm, not one
        # "X CEO Y" names X's firm; "X, chairman of Y" makes X a person.
        officer = m.tok_end < len(tokens) and tokens[m.tok_end].is_word \
            and officer_title_at(after, 0) > 0
        described = _described(tokens, m.tok_end) or _owner(tokens, m.tok_end)
        # An everyday word ("Internet service provider", "Son", "Batman'da") takes more
        # than a firm noun after it or a second mention to be a firm.
        # An appositive or an owner's plant outweighs the dictionary ("Anchor, a packaging
        # maker", "Zirve'nin fabrikası"); a firm noun run on without a comma does not.
        # ... unless a word in capitals heads a price line ("ALTIN (ONS)").
        ticker = ticker_after and not (
            len(words) == 1 and words[0].is_all_caps and everyday_word(words[0].text, lang))
        spoken_for = titled or listed or _owner(tokens, m.tok_end) or ticker or (
            described and m.tok_end < len(tokens) and tokens[m.tok_end].text == ",")
        # ... and so does being one of a firm noun's examples ("A, Set ve B gibi şirketler").
        everyday = len(words) == 1 and not spoken_for \
            and everyday_word(words[0].text, lang) \
            and not _in_example_list(tokens, m.tok_start, m.tok_end, strict=True)
        topic = m.tok_start == first_word_index(tokens) and m.tok_end < len(tokens) \
            and tokens[m.tok_end].text == ","
        if everyday and not topic and everyday_word(words[0].text, lang, EVERYDAY_ZIPF_CAPITALS):
            continue  # very common: not even a weak name ("Son", "Projesi", "Batman")
        if (listed or sector or titled or described or repeated or firm_tail
                or officer or _appositive_firm_noun(tokens, m.tok_end)
                or (lang == "en" and _named_after_relation(tokens, m.tok_start))
                or ticker or (len(words) == 1 and (
                    _camel_case(words[0].text) or "." in words[0].text))  # "Made.com"
                or _acronym_head(words, lang) or _among_firms(tokens, m.tok_start)
                or _in_example_list(tokens, m.tok_start, m.tok_end)) and not everyday:
            kept.append(m)
        elif (len(words) == 1 and (not words[0].is_all_caps or rare_opener(
                tokens, m.tok_start, lang)) and (
                (m.tok_start > first_word_index(tokens)
                 and tokens[m.tok_start - 1].text not in _OPENERS)
                or rare_opener(tokens, m.tok_start, lang)
                # "Notu düşürülen bankalar: Alfabank, ...": the first of a list.
                or (m.tok_start > 0 and tokens[m.tok_start - 1].text == ":"
                    and m.tok_end < len(tokens) and tokens[m.tok_end].text == ",")
                # "Nestle, Bursa'da fabrika kuruyor. ... Nestle'nin ...": written again.
                or counts.get(bases[0], 0) >= 2)) or 2 <= len(words) <= 4:
            # Kept as a weak name: it may stand for a firm only as the bare subject right
            # before an event verb ("Kormetal, 17 işçiyi işten attı"), nowhere else.
            m.weak = True
            kept.append(m)
        else:
            unproven.append(m)
    # A name shown to be a firm once ("truck maker Navistar", "Navistar's shares") is the
    # same firm where the document writes it bare ("Navistar said ...").
    firms = {_bases(x, sentences) for x in kept if x.shape and not x.weak}
    for x in kept:
        if x.weak and _bases(x, sentences) in firms:
            x.weak = False
    _firms_by_company(kept, sentences)
    again = [x for x in unproven if _bases(x, sentences) in firms]
    return sorted(kept + again, key=lambda x: (x.sentence, x.tok_start)) if again else kept


# Endings of Turkish surnames ("Yazıcıoğlu", "Kemerli", "Toprakçı", folded): a list of
# them names people.
_SURNAME_ENDINGS = ("oglu", "li", "lu", "ci", "cu", "gil", "soy", "er", "kaya", "tas")


def _firms_by_company(kept: list[Mention], sentences: list[list[Token]]) -> None:
    """A weak name listed with a firm is one too: "OYAK Çimento, Kadir Soylu Beton, M.M.
    Tiftik Kardeşler ve Ekintaş cezaya çarptırıldı" (three names or a conjunction)."""
    by_sentence: dict[int, list[Mention]] = {}
    for m in kept:
        by_sentence.setdefault(m.sentence, []).append(m)
    for s_idx, here in by_sentence.items():
        if len(here) < 2 or not any(m.weak for m in here):
            continue
        tokens = sentences[s_idx]
        for chain in _glued_chains(here, tokens):
            if chain[-1].suffix in _LOCATIVE:
                continue  # "Ümraniye, Göktürk ve Çengelköy'deki şubeler": places, listed
            conjunction = any(t.base in ("ve", "and", "veya", "or", "&")
                              for a, b in zip(chain, chain[1:], strict=False)
                              for t in tokens[a.tok_end:b.tok_start])
            # Three names or more with a conjunction are a list of firms by themselves
            # ("Edenred, Multinet, Pluxee ve Setcard hakkında soruşturma"): places and
            # people never got this far.
            if (len(chain) >= 3 or (len(chain) == 2 and conjunction)) \
                    and (any(not m.weak for m in chain) or (
                        len(chain) >= 3 and conjunction and not any(
                            tokens[m.tok_end - 1].base.endswith(_SURNAME_ENDINGS)
                            for m in chain))):
                for m in chain:
                    # "Çamaşır Kurutma Makinesi ve ... İşletmesi": a compound noun (a product,
                    # a plant) ends in the possessive "-(s)I"; a firm's name seldom does.
                    last = tokens[m.tok_end - 1].base
                    if not (last.endswith(("si", "su")) and last not in FIRM_NOUNS):
                        m.weak = False


def _bases(m: Mention, sentences: list[list[Token]]) -> tuple[str, ...]:
    return tuple(t.base for t in sentences[m.sentence][m.tok_start:m.tok_end] if t.is_word)


# What only a firm owns, after an English possessive: "Brandt's assembly plant", "Acme's
# stores" (folded). People own shares, boards and offices too: those say nothing.
_OWNED = _SITE_NOUNS | frozenset("stores subsidiary subsidiaries brand brands products "
                                 "factories plants".split())


def _owner(tokens: list[Token], end: int) -> bool:
    """True for an English possessive name (ending at ``end``) followed within four words
    by what a firm owns."""
    return end > 0 and tokens[end - 1].suffix == "s" and any(
        t.base in _OWNED for t in [t for t in tokens[end:end + 7] if t.is_word][:4])


def past_list_glue(tokens: Sequence[Token], at: int, stop: int) -> int:
    """The token after a name's short aside in brackets and the list glue that follows it
    (commas, "ve/and/&/veya/or"), from ``at`` up to ``stop``: the next member's start when
    only glue stands between two names ("Turk Ekonomi Bankasi (TEB), ICBC Turkey")."""
    k = aside_end(tokens, at)
    while k < stop and (tokens[k].base in LIST_GLUE or tokens[k].text in LIST_GLUE):
        k += 1
    return k


def _glued(left: Mention, right: Mention, tokens: list[Token]) -> bool:
    """True when only list punctuation or a conjunction stands between two names (after
    the first one's short name in brackets)."""
    return not left.suffix and aside_end(tokens, left.tok_end) < right.tok_start \
        and past_list_glue(tokens, left.tok_end, right.tok_start) == right.tok_start


def _glued_chains(mentions: list[Mention], tokens: list[Token]) -> list[list[Mention]]:
    """A sentence's names in text order, cut into runs where only list punctuation or a
    conjunction stands between neighbours (a lone name is a run of one). A short name in
    brackets right after a member is that member's, in no run of its own."""
    chains: list[list[Mention]] = []
    for m in sorted(mentions, key=lambda x: x.tok_start):
        if chains and m.tok_start < aside_end(tokens, chains[-1][-1].tok_end):
            continue
        if chains and _glued(chains[-1][-1], m, tokens):
            chains[-1].append(m)
        else:
            chains.append([m])
    return chains


def _listed_with_known(m: Mention, sentence: list[Mention], tokens: list[Token]) -> bool:
    """True when ``m`` belongs to a chain of glued names that holds a known firm."""
    chain = next((c for c in _glued_chains(sentence, tokens) if any(x is m for x in c)), [m])
    return any(not x.shape for x in chain)


_LOCATIVE = frozenset("da de ta te daki deki taki teki nda nde ndaki ndeki".split())
_PLACE_NEXT = ("ilce", "ilin", "koy", "mahalle", "organize", "osb", "bolge", "merkezli",
               "based", "county", "city", "state", "province", "sehri", "kenti", "belde",
               "officials", "residents", "council", "mayor", "sakinleri", "halki",
               # a road or a bridge built, named before what it is: "Ploiesti-Buzau otoyolu"
               # (the possessive: "X otoyol ihalesi" is a firm's tender)
               "otoyolu", "otoyolun", "koprusu", "koprusun", "baraji", "barajin", "tuneli",
               "tunelin", "demiryolu", "demiryolun")


def _place_like(m: Mention, words: list[Token], after: list[str], sector: bool,
                comma_place: bool = False) -> bool:
    """A name-shaped span that reads as a place: written with a locative ("Gebze'de"),
    followed by a place word ("Torbalı ilçesi", "Manisa merkezli"), opened by a known place
    ("Konya Karapınar"), or a demonym of one ("Norveçli")."""
    if sector:
        return False
    if m.suffix in _LOCATIVE or (after and after[0].startswith(_PLACE_NEXT)):
        return True
    if len(words) <= 2 and comma_place:
        return True  # "..., Akron, Ohio;": a town named before its state or country
    first = words[0]
    if any(p.start == 0 for p in find_places(first.text)):
        return True
    if len(words) == 1 and _demonym(first):
        return True
    return False


def _en_demonym(token: Token) -> bool:
    """An English word for someone or something from a country written as its name plus
    "i" or "n" ("Bangladeshi", "Israeli", "Libyan", "Kenyan"; a town's name plus "n" may be
    a firm's: "Bursan"), or one of the irregular "-n" demonyms ("Mexican")."""
    text = token.text
    return not token.suffix and len(text) > 4 and text[:1].isupper() and (
        token.base in _DEMONYMS_N or (text[-1] in "in" and any(
            p.start == 0 and p.end == len(text) - 1 and p.kind == "country"
            for p in find_places(text[:-1]))))


# English demonyms in "-n" or "-an" that neither the endings "-ian/-ese/-ish" nor a country
# of the gazetteer give (folded).
_DEMONYMS_N = frozenset("""angolan mexican cuban moroccan african european chilean venezuelan
    ugandan rwandan jamaican dominican american ecuadorian""".split())


def _demonym(token: Token) -> bool:
    """A Turkish word for someone or something from a place: "Norveçli", "Danimarkalı"."""
    text = token.text
    return not token.suffix and text[-2:].lower() in ("li", "lı", "lu", "lü") \
        and len(text) > 5 and bool(find_places(text[:-2]))


# Prepositions that put a town before its region: "a plant in Castleton, Ohio".
_PLACE_PREPOSITIONS = frozenset("in near outside".split())


def _town_before_region(m: Mention, tokens: list[Token]) -> bool:
    """A name written as a town before its state or country: "..., Akron, Ohio;", "a plant
    in Castleton, Tenn." (the region a gazetteer place or an AP state abbreviation)."""
    if not (0 < m.tok_start and m.tok_end + 1 < len(tokens) and tokens[m.tok_end].text == ","):
        return False
    if tokens[m.tok_end + 1].is_upper_initial \
            and tokens[m.tok_end + 1].base.endswith(("-based", "-merkezli")):
        return True  # "The Columbus, Ohio-based company": a town, then its state as an adjective
    before = tokens[m.tok_start - 1]
    if before.text not in ",;" and before.base not in _PLACE_PREPOSITIONS:
        return False
    region = [t for t in tokens[m.tok_end + 1:m.tok_end + 3] if t.is_word][:1]
    if not region:
        return False
    abbreviated = region[0].base in STATE_ABBREVIATIONS and region[0].is_upper_initial \
        and any(t.start == region[0].end and t.text == "." for t in tokens[m.tok_end + 1:])
    return abbreviated or _all_place(region)


def _town_after_firm(m: Mention, here: list[Mention], tokens: list[Token]) -> bool:
    """A name set off by commas right after a firm's legal name, before the verb: the
    firm's town, as agencies write it ("Brenwick Tools Inc., Ashford, is expanding")."""
    if not (2 <= m.tok_start and m.tok_end + 1 < len(tokens) and m.tok_end - m.tok_start <= 2
            and tokens[m.tok_start - 1].text == "," and tokens[m.tok_end].text == ","):
        return False
    nxt = tokens[m.tok_end + 1]
    if not nxt.is_word or nxt.is_upper_initial or nxt.base in ("and", "or", "ve", "veya"):
        return False  # "A Inc., Borland, Cresta and Delmar": a list goes on
    return any(o is not m and o.tok_end == m.tok_start - 1 and (o.legal_form or o.client_ids)
               for o in here)


def _all_place(span: list[Token]) -> bool:
    """True when the words of ``span`` are one place of the gazetteer ("St. Louis")."""
    joined = " ".join(t.text for t in span)
    return any(p.start == 0 and p.end >= len(joined.rstrip(".")) for p in find_places(joined))


_AUTHORITY_HEADS = frozenset("""commission authority agency ministry department court council
    bureau administration board university association federation bakanligi kurulu kurumu
    mahkemesi baskanligi mudurlugu universitesi""".split())
# Heads of a governing body's name, whatever trade its other words name: the authorities'
# heads but those trades name themselves with too ("Halden Travel Agency"), folded.
_GOVERNING_HEADS = (_AUTHORITY_HEADS - frozenset("""agency bureau administration university
    association federation universitesi""".split())) | frozenset(
    """regulatory regulator directorate inspectorate""".split())


_AUTHORITY_WORDS = frozenset("""bassavcilik bassavciligi savcilik savciligi emniyet jandarma
    kurulu kurumu bakanligi baskanligi mudurlugu mahkemesi""".split())
# The same authorities with a case glued on ("Başsavcılığınca", "Bakanlığınca"), whose name
# may run into a legal-form name written after them (folded stems, for prefix matching).
AUTHORITY_STEMS = ("bassavcilig", "savcilig", "bakanlig", "mahkemesi", "kurulunca",
                   "kurumunca", "baskanligi", "mudurlugu")


def _after_authority(tokens: list[Token], start: int, end: int) -> int:
    """The start of a name run on after an authority's name ("Ankara Cumhuriyet
    Başsavcılığı Can Holding"): after the last authority word, when two or more capitalised
    words follow it; ``start`` itself otherwise."""
    last = max((k for k in range(start, end) if tokens[k].base in _AUTHORITY_WORDS
                or declined_authority(tokens[k])), default=-1)
    if last < 0:
        return start
    rest = [t for t in tokens[last + 1:end] if t.is_word]
    # (an authority's word with its case glued on ends its name: "Başsavcılığın X'e")
    if not rest or (len(rest) < 2 and not declined_authority(tokens[last])) \
            or rest[0].base in TRADE_WORDS:
        return start
    return last + 1


def declined_authority(token: Token) -> bool:
    """An authority's word with a case ending glued on, no apostrophe: "Başsavcılığın",
    "Bakanlığına" (a name is never declined inside; the name it heads has ended)."""
    return token.base.startswith(AUTHORITY_STEMS) and token.base not in _AUTHORITY_WORDS \
        and not token.suffix


def _authority_after_and(tokens: list[Token], end: int) -> bool:
    """True when "and" after a span goes on in capitals to an authority's word ("Safety
    and Health Review Commission", "Sanayi ve Teknoloji Bakanlığı"): the span is its head."""
    if end + 1 >= len(tokens) or tokens[end].base not in ("and", "ve"):
        return False
    for tok in tokens[end + 1:end + 6]:
        if not (tok.is_word and tok.text[:1].isupper()):
            return False
        if tok.base in _AUTHORITY_HEADS or tok.base.startswith(_NOT_FIRM_STEMS):
            return True
        if tok.suffix:
            return False
    return False


_EXCHANGES = frozenset("nyse nasdaq lse tsx asx bist otc otcqx otcqb otcmkts amex "
                       "euronext xetra hkex sgx nse bse jse".split())


def _ticker_follows(tokens: list[Token], end: int) -> bool:
    """True for a stock ticker in brackets after a name: "Hanesbrands (HBI)", "(NYSE: HBI)",
    "(GAIL.NS)" - listed shares make it a firm."""
    if end + 2 >= len(tokens) or tokens[end].text != "(":
        return False
    inner: list[Token] = []
    for tok in tokens[end + 1:end + 8]:
        if tok.text == ")":
            break
        inner.append(tok)
    else:
        return False
    words = [t for t in inner if t.is_word and not t.text[:1].isdigit()]
    if not words:
        return False
    if words[0].base in _EXCHANGES:
        return True
    if len(words) == 1 and len(inner) >= 3 and inner[-1].text == "%" \
            and inner[-2].text[:1].isdigit() and words[0].is_all_caps:
        return True  # "International Business Machines (IBM 0.06%)": the day's share move
    if len(words) == 1:
        # "Long-Term Local Currency (LTLC)", "Kamuyu Aydınlatma Platformu (KAP)": the
        # initials of the words before define an abbreviation, not a ticker.
        before = [part[0].upper() for t in tokens[max(0, end - 12):end] if t.is_word
                  for part in t.text.split("-") if part]
        n = len(words[0].text)
        if n <= len(before) and "".join(before[-n:]) == words[0].text.upper():
            return False
    return len(words) <= 2 and all(t.is_all_caps and 1 <= len(t.text) <= 5 for t in words)


def _without_suffix(text: str) -> str:
    """A word without its apostrophe suffix ("Korea's" -> "Korea", "Gebze’deki" -> "Gebze")."""
    return text.split("'")[0].split("\u2019")[0]


def _one_place(words: str) -> bool:
    """True when the gazetteer reads ``words`` as one place from its first character."""
    places = find_places(words)
    return bool(places) and places[0].start == 0 and places[0].end >= len(words)


def _place_run(run: list[Token]) -> bool:
    """True when capitalised words ending in a suffixed one are all one place."""
    return _one_place(" ".join([t.text for t in run[:-1]] + [_without_suffix(run[-1].text)]))


def suffixed_place(token: Token) -> bool:
    """True for a place written with a case suffix ("Gebze'deki", "İstanbul'da")."""
    return _one_place(_without_suffix(token.text))


def _among_firms(tokens: list[Token], start: int) -> bool:
    """True for a name right after "<firms> arasında" ("belge düzenlenen şirketler
    arasında, Kiler Tektsil de yer aldı"): the sentence counts it among firms."""
    k = start - 1
    if k >= 0 and tokens[k].text == ",":
        k -= 1
    return k >= 1 and tokens[k].base == "arasinda" and tokens[k - 1].base in COLLECTIVE_PLURALS


def _acronym_head(words: list[Token], lang: str) -> bool:
    """True for a name an acronym opens ("NTN Driveshaft", "JCB Excavators"): people's
    and places' names do not start so."""
    if not 2 <= len(words) <= 4:
        return False
    head, rest = words[0], words[1:]
    # The words after it are written as words (not "INTC.O", "WP&L"), none a dictionary
    # word ("GES Projesi" is a solar project, "FBI Agent X" a person), a given name ("MD
    # Tony") or an authority's.
    return head.is_all_caps and 2 <= len(head.text) <= 5 \
        and head.base not in GENERIC_ACRONYMS and head.base not in NATIONALITY_WORDS \
        and head.base not in NOT_FIRM_WORDS \
        and all(t.is_upper_initial and not t.is_all_caps and len(t.text) >= 3
                and t.base not in given_names() and t.base not in NOT_FIRM_WORDS
                and t.base not in PERSON_TITLES and not everyday_word(t.text, lang)
                for t in rest) \
        and not everyday_word(head.text, lang)


# Turkish case endings written on an acronym (folded): "SPKdan", "EPDKnın", "THYnin".
_TR_CASE_ENDINGS = frozenset("""a e ya ye na ne i u yi yu ni nu in un nin nun da de ta te nda
    nde dan den tan ten ndan nden la le yla yle ca ce""".split())


def _camel_case(word: str) -> bool:
    """True for a brand's inner capital ("VPBank", "PayPal", "CarrefourSA"), which no
    dictionary word has; "Mc"/"Mac" surnames ("McCarthy") are persons."""
    stem = word.replace("\u2019", "'").split("'")[0]
    if len(stem) < 4 or not stem[:1].isupper() or stem.isupper() \
            or stem.startswith(("Mc", "Mac")):
        return False
    # An acronym run on into a word ("VPBank") needs the word: "KAPa", "SPKdan", "THYnin"
    # are "KAP'a", "SPK'dan", "THY'nin" with the apostrophe unwritten.
    tail = stem[len(stem.rstrip("abcçdefgğhıijklmnoöprsştuüvyzqwx")):]
    if tail and stem[:len(stem) - len(tail)].isupper() and fold(tail) in _TR_CASE_ENDINGS:
        return False
    return any((stem[i - 1].islower() and stem[i].isupper()) or (
        stem[i - 1].isupper() and stem[i].isupper() and stem[i + 1:i + 4].isalpha()
        and stem[i + 1:i + 4].islower() and len(stem[i + 1:i + 4]) == 3)
        for i in range(1, len(stem)))


def _agency_dateline(tokens: list[Token], end: int) -> bool:
    """True when a news agency in brackets and a dash follow the sentence's first name
    ("Hanoi (VNA) - ...", "Ankara, Turkey (Reuters) — ..."): the name is the dateline's
    place (a ticker in brackets, "X (HRLW) -", leaves a firm)."""
    k = end
    if k + 1 < len(tokens) and tokens[k].text == "," and tokens[k + 1].is_upper_initial:
        k += 2  # "Ankara, Turkey (Reuters)"
    if k >= len(tokens) or tokens[k].text != "(":
        return False
    close = next((j for j in range(k + 1, min(k + 5, len(tokens))) if tokens[j].text == ")"), None)
    return close is not None and close + 1 < len(tokens) \
        and tokens[close + 1].text in ("-", "\u2013", "\u2014") \
        and all(t.base in NEWS_AGENCIES for t in tokens[k + 1:close] if t.is_word)


def is_place(span: list[Token], text: str) -> bool:
    """True when the gazetteer's places cover every word of a name-shaped span
    ("Antalya", "Japonya ve Avrupa", "Denizli Çal"): places are never firms."""
    start, end = span[0].start, span[-1].end
    covered = [(p.start + start, p.end + start) for p in find_places(text[start:end])]
    return all(any(a <= t.start and t.end <= b + 4 for a, b in covered)
               for t in span if t.is_word and t.base not in _JOINS_IN_NAME)
