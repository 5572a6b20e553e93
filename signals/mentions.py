"""Company mentions: client-register names via a folded token prefix table, and unknown firms by legal form.

The register index maps folded token sequences (legal name core, its two-word
distinctive prefix, aliases, tickers, former names) to client ids; lookups are dict
hits per token, so a 150,000-firm register costs the same per document as a small one.
Unknown firms are found by their legal form ("... San. ve Tic. Ltd. Şti.", "... GmbH")
taking the capitalised words before it, so non-clients still become prospects.
Capitalisation matters: a one-word alias that is also a common word ("Deniz", "Star")
only counts when written capitalised, and not as the first word of a sentence unless
the firm is named unambiguously elsewhere in the document.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import accumulate

import marisa_trie

from radar_core.records import ClientRecord, LinkResult
from signals.amounts import CURRENCY_CODES, CURRENCY_SIGNS
from signals.lexicon import (
    DETERMINERS,
    NOT_FIRM_WORDS,
    OF_A_FIRM,
    SECTOR_WORDS,
    STOP_START,
    TRADE_WORDS,
    everyday_word,
    given_names,
    known_firms,
    officer_title_at,
    possessive_known_firms,
    stop_words,
)
from signals.shapes import (
    AUTHORITY_STEMS,
    NATIONALITY_WORDS,
    common_opener,
    credible_shapes,
    declined_authority,
    find_name_spans,
    is_place,
    title_case,
    unknown_word,
)
from signals.tokens import QUOTES, Token, first_word_index, tokenize, word_bases

# Token sequences (folded) that close a legal name; checked longest first.
LEGAL_FORMS: tuple[tuple[str, ...], ...] = (
    ("anonim", "sirketi"), ("anonim", "ortakligi"), ("limited", "sirketi"), ("ltd", "sti"),
    ("pvt", "ltd"), ("private", "limited"),
    ("t", "a", "o"), ("tao",), ("t", "a", "s"), ("a", "s"), ("as",),
    ("inc",), ("gmbh",), ("llc",), ("plc",), ("s", "a"), ("corp",), ("b", "v"), ("n", "v"),
    ("ag",), ("ltd",), ("limited",), ("s", "p", "a"), ("sas",), ("srl",), ("pte",),
    ("oyj",), ("llp",), ("lp",), ("jv",), ("pty",), ("kgaa",), ("co",),
    ("bv",), ("ab",), ("asa",), ("sa",),
)
# Forms that are ordinary words without their dot: "The Haskell Co." but "Co-op".
_DOTTED_FORMS = frozenset({("co",)})
# Forms that are English words unless written in capitals: "X AS", "X AŞ" but "Soar As".
# ("NV" and "SPA" stay out: "Las Vegas NV", "Hotel Riviera SPA".)
_CAPITAL_FORMS = frozenset({("as",), ("ag",), ("se",), ("bv",), ("ab",), ("asa",), ("sa",),
                            ("tao",)})
# Trade words a long Turkish title joins with "ve" ("... Pazarlama Nakliyat ve Elektrik
# Üretim Sanayi ve Ticaret AŞ"): before "ve", they continue one title, not a list (folded).
_TITLE_TRADES = frozenset("""pazarlama nakliyat nakliye ithalat ihracat uretim imalat dagitim
    hizmetleri muhendislik taahhut insaat ticaret sanayi turizm""".split())
# Forms never abbreviated with a dot: a dot after them at a sentence's end is its full stop.
_UNDOTTED_FORMS = frozenset({("llc",), ("plc",), ("gmbh",), ("llp",), ("lp",), ("ag",),
                             ("bv",), ("ab",), ("asa",), ("oyj",), ("kgaa",)})
# Forms British usage writes in lower case after a capitalised name ("Metro Bank plc").
_LOWER_FORMS = frozenset({"plc"})
_LEGAL_FIRST = frozenset(form[0] for form in LEGAL_FORMS)
_LEGAL_LAST = frozenset(form[-1] for form in LEGAL_FORMS)
# Forms written after a comma in American usage ("Fiserv, Inc.").
_COMMA_FORMS = frozenset({"inc", "llc", "ltd", "corp", "co", "lp", "llp", "plc"})
_CONNECTORS = frozenset({"ve", "and", "&", "-", "of", "de"})
@dataclass
class Mention:
    """A firm mention in a document: span, text as written, register ids it may be."""

    start: int
    end: int
    text: str
    sentence: int
    tok_start: int
    tok_end: int
    client_ids: tuple[str, ...] = ()
    strong: bool = True
    legal_form: bool = False
    suffix: str = ""
    key: str = ""
    link: LinkResult | None = field(default=None, repr=False)
    origin: Mention | None = field(default=None, repr=False)
    pronoun: bool = False
    # Found by its shape only (a capitalised name, no register entry, no legal form): a
    # possible prospect that counts only where an event cue gives it a firm's role.
    shape: bool = False
    # Declared by a structured source (``fields.company``) rather than found in the text.
    declared: bool = False
    # A one-word name shape with no second sign of being a firm (see _credible_shapes).
    weak: bool = False
    # A well-known firm's name (signals/data/known_firms.txt): a firm whatever its words.
    known: bool = False

    @property
    def core_text(self) -> str:
        """The mention without its apostrophe suffix, as passed to the linker."""
        cut = self.text
        for apo in "'’‘`´ʼ":
            idx = cut.rfind(apo)
            if idx > 0 and idx >= len(cut) - 6:
                cut = cut[:idx]
        return cut.strip(" ,.;:") if not cut.endswith(".") else cut.strip(" ,;:")


def name_tokens(name: str, cache: dict[str, str] | None = None) -> tuple[str, ...]:
    """Folded word tokens of a name, punctuation dropped (``cache`` memoises folding)."""
    return word_bases(name, cache)


def core_tokens(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Drop trailing trade words and legal forms: "karadeniz celik sanayi ve ticaret a s" -> first two."""
    end = len(tokens)
    while end > 1 and tokens[end - 1] in TRADE_WORDS:
        end -= 1
    return tokens[:end]


class RegisterIndex:
    """Folded-token prefix table over every name variant of every client.

    Each variant (folded words joined by a space) is a key of one static trie
    (``marisa_trie``), whose key number points into a flat array of the client numbers
    whose name it is; a name's first words are found as a prefix of its key. At 150,000
    firms (about 600,000 variants) this takes a tenth of the memory of a dict of tuples
    and loads from the register cache in milliseconds instead of half a second.
    """

    def __init__(self, clients: Iterable[ClientRecord]) -> None:
        found: dict[tuple[str, ...], set[int]] = {}
        self.single_caps: set[tuple[str, ...]] = set()
        self.client_ids: list[str] = []
        # parent id -> its subsidiaries' ids, in register order (the extractor's groups).
        self.children: dict[str, list[str]] = {}
        cache: dict[str, str] = {}
        for number, client in enumerate(clients):
            self.client_ids.append(client.client_id)
            if client.parent_id:
                self.children.setdefault(client.parent_id, []).append(client.client_id)
            for variant, caps in self._variants(client, cache):
                owners = found.get(variant)
                if owners is None:
                    found[variant] = {number}
                else:
                    owners.add(number)
                if caps:
                    self.single_caps.add(variant)
        self.size = len(self.client_ids)
        owned = {" ".join(variant): owners for variant, owners in found.items()}
        self._trie = trie = marisa_trie.Trie(owned)
        # Owners by key number, each in register order.
        ordered: list[set[int]] = [set()] * len(trie)  # every slot is filled below
        for key, owners in owned.items():
            ordered[trie[key]] = owners
        self._owners = array("I", [n for owners in ordered for n in sorted(owners)])
        self._starts = array("I", [0])
        self._starts.extend(accumulate(map(len, ordered)))

    def lookup(self, words: str) -> tuple[str, ...] | None:
        """Client ids whose name is ``words`` (folded, space-joined); ``()`` for a bare
        prefix of a name; None when no name starts so."""
        key = self._trie.get(words)
        if key is None:
            # A bare prefix is any name's first words ("koc" of "koc holding").
            return () if next(self._trie.iterkeys(words + " "), None) is not None else None
        start, end = self._starts[key], self._starts[key + 1]
        if start == end:
            return ()
        ids = self.client_ids
        return tuple(ids[n] for n in self._owners[start:end])

    @staticmethod
    def _variants(
        client: ClientRecord, cache: dict[str, str]
    ) -> Iterable[tuple[tuple[str, ...], bool]]:
        names = [client.legal_name, *client.former_names]
        for name in names:
            full = name_tokens(name, cache)
            if not full:
                continue
            core = core_tokens(full)
            yield full, False
            yield core, len(core) == 1 and name.isupper()
            if len(core) >= 3:
                yield core[:2], False
        for alias in client.aliases:
            toks = name_tokens(alias, cache)
            if toks:
                # A ticker or all-caps brand must be written in capitals in the text too.
                yield toks, len(toks) == 1 and alias.isupper() and len(alias) > 1
                core = core_tokens(toks)
                if core != toks:
                    yield core, False

    def match(self, tokens: list[Token], i: int) -> tuple[int, set[str]] | None:
        """Longest register variant starting at token ``i``: (end token index, client ids).

        Extends the name one token at a time (dots, hyphens and "&" inside a name are
        skipped), so the cost does not grow with the number of firms sharing a first word.
        """
        lookup = self.lookup
        path = tokens[i].base
        ids = lookup(path)
        if ids is None:
            return None
        best: tuple[int, tuple[str, ...]] | None = None
        j = i
        n = len(tokens)
        while True:
            tok = tokens[j]
            j += 1
            if ids:
                best = (j, ids)
            if tok.suffix:
                break  # "Koç Holding'e": a case suffix closes the name
            while j < n and not tokens[j].is_word and tokens[j].text in ".-&":
                j += 1
            if j >= n or not tokens[j].is_word:
                break
            path = f"{path} {tokens[j].base}"
            ids = lookup(path)
            if ids is None:
                break
        if best is None:
            return None
        # Trailing dots/hyphens skipped after the last word are not part of the name.
        end = best[0]
        while end > i + 1 and not tokens[end - 1].is_word:
            end -= 1
        return end, set(best[1])


def _shouting(tokens: list[Token]) -> bool:
    """A sentence written in capitals (a disclaimer, a headline): "AS" there is a word."""
    words = [t for t in tokens if t.is_word and any(c.isalpha() for c in t.text)]
    caps = sum(t.text.isupper() for t in words)
    return len(words) >= 6 and caps >= 0.7 * len(words)


def _legal_form_at(tokens: list[Token], i: int, shouting: bool = False) -> int:
    """End token index of a legal form starting at ``i`` (dots, and the slash of "A/S",
    skipped), or -1. In a ``shouting`` sentence the capital-only forms are words."""
    if not tokens[i].is_upper_initial and tokens[i].text not in _LOWER_FORMS:
        return -1
    for form in LEGAL_FORMS:
        if shouting and form in _CAPITAL_FORMS:
            continue
        j, k = i, 0
        while k < len(form) and j < len(tokens):
            if tokens[j].text == "." or (0 < k and tokens[j].text == "/"):
                j += 1
                continue
            if tokens[j].base != form[k] or not (
                    tokens[j].is_upper_initial or tokens[j].text in _LOWER_FORMS
                    # "S.p.A.": a dotted abbreviation's inner letters may be lower case
                    # (not "the U.S. a year ago": a dot must follow the letter too).
                    or (k > 0 and tokens[j - 1].text == "." and j + 1 < len(tokens)
                        and tokens[j + 1].text == ".")):
                break
            last = tokens[j]
            j += 1
            k += 1
            if last.suffix and k < len(form):
                break
        if k == len(form):
            if form in _DOTTED_FORMS and (j >= len(tokens) or tokens[j].text != "."):
                continue
            if form in _CAPITAL_FORMS and not re.split("['\u2019]", tokens[j - 1].text)[0].isupper():
                continue
            if form in _UNDOTTED_FORMS and j + 1 == len(tokens) and tokens[j].text == ".":
                return j  # "... with Orvane Capital LLC.": the full stop ends the sentence
            while j < len(tokens) and tokens[j].base == "." and not tokens[j - 1].suffix:
                j += 1
            return j
    return -1


def _ends_legal_form(tokens: list[Token], j: int, lo: int) -> bool:
    """True when token ``j`` closes a legal form ("A.Ş." of another firm)."""
    if not (tokens[j].text == "." or tokens[j].base in _LEGAL_LAST):
        return False
    return any(tokens[k].base in _LEGAL_FIRST and _legal_form_at(tokens, k) == j + 1
               for k in range(max(lo, j - 4), j + 1))


def find_legal_names(tokens: list[Token], lo: int, hi: int,
                     lang: str = "tr") -> list[tuple[int, int]]:
    """Token spans [start, end) of "<Capitalised words> <trade words> <legal form>" in tokens[lo:hi]."""
    spans: list[tuple[int, int]] = []
    shouting: bool | None = None  # read at the first capitalised form word: most sentences have none
    i = lo
    while i < hi:
        tok = tokens[i]
        if tok.is_word and tok.base in _LEGAL_FIRST and (tok.is_upper_initial
                                                         or tok.text in _LOWER_FORMS):
            if shouting is None:
                shouting = _shouting(tokens[lo:hi])
            end = _legal_form_at(tokens, i, shouting)
            if end > 0:
                start = _walk_back(tokens, i, lo, lang)
                if start is not None:
                    spans.append((start, min(end, hi)))
                i = max(end, i + 1)
                continue
        i += 1
    return spans


# An authority opening a sentence right before the firm it acts on: "Kurul Alfa AŞ'ye ceza
# kesti" (folded).
_AUTHORITY_SUBJECTS = frozenset("kurul kurum bakanlik".split())


def _listed_before(tokens: list[Token], conj: int, lo: int) -> bool:
    """True when the capitalised run before the conjunction at ``conj`` follows a comma:
    "A, B ve C A.Ş." is a list, not one title."""
    k = conj - 1
    while k >= lo and tokens[k].is_word and tokens[k].is_upper_initial and not tokens[k].suffix:
        k -= 1
    # A list of full legal titles ("X A.Ş. (X), Akarsu Bira ve Malt Sanayii A.Ş.") keeps its
    # "ve": only a list of short names ends a member there.
    return k < conj - 1 and k >= lo and tokens[k].text == "," \
        and not (k > lo and (tokens[k - 1].text in (")", ".")
                             or tokens[k - 1].base in _LEGAL_LAST))  # "... Sanayi AŞ, X ve Y AŞ"


# Words a firm's name ends with, never joined by "ve" to more of the same name (folded).
_NAME_ENDS = frozenset("holding holdings grubu group bankasi bank".split())


def _walk_back(tokens: list[Token], form_start: int, lo: int, lang: str = "tr") -> int | None:
    """First token of the name before a legal form, or None when no capitalised word precedes it."""
    j = form_start - 1
    start = form_start
    distinctive = 0
    if j - 1 >= lo and tokens[j].text == "," and tokens[form_start].base in _COMMA_FORMS \
            and tokens[j - 1].is_upper_initial and not tokens[j - 1].suffix:
        j -= 1  # "Fiserv, Inc.", "Midco 2, LLC": American style puts a comma before the form
    # Turkish trade names run long, their abbreviations dotted ("X Proje Mimarlık İnş.
    # Taah. Tur. San. ve Tic. Ltd. Şti.": 15 tokens before the form).
    while j >= lo and form_start - j <= 16:
        tok = tokens[j]
        if _ends_legal_form(tokens, j, lo):
            break  # "A A.Ş., B A.Ş. ve C A.Ş.": the name before stops at the form before it
        if tok.text == ".":
            if j - 1 >= lo and tokens[j - 1].text.isdigit():
                break  # "1. Starling Bank Limited": a list's number, no part of the name
            if j - 1 >= lo and (tokens[j - 1].base in TRADE_WORDS or len(tokens[j - 1].base) <= 4):
                j -= 1
                continue
            break
        if not tok.is_word:
            if tok.text in "&-" and start == j + 1:
                j -= 1
                continue
            if lang == "en" and tok.text in "'\u2019" and start == j + 1 and j - 1 >= lo \
                    and tokens[j - 1].end == tok.start and tokens[j - 1].base.endswith("s") \
                    and tokens[j - 1].is_upper_initial:
                j -= 1  # "Milk Producers' Union Limited": a plural possessive inside the name
                continue
            break
        if tok.text[:1].isdigit() and j > lo and tokens[j - 1].text in CURRENCY_SIGNS:
            break  # "$860,000 and Cinder Metals LLC": an amount, no part of the name
        if tok.text[:1].isdigit() and "." in tok.text:
            break  # "1.0 INTRODUCTION X Private Limited": a section's number, no part of it
        if lang == "en" and len(tok.text) >= 8 and tok.is_all_caps and start == j + 1 \
                and not tokens[start].is_all_caps and everyday_word(tok.text.lower(), "en"):
            break  # "INTRODUCTION X Private Limited": a heading in capitals, then the name
        if tok.base.startswith(AUTHORITY_STEMS) or (
                tok.base in _AUTHORITY_SUBJECTS and j == first_word_index(tokens)):
            break  # "Ankara Cumhuriyet Başsavcılığınca Alfa AŞ": the prosecutor, then the firm
        if len(tok.text) >= 3 and tok.text[-1] == "s" and tok.text[:-1].isupper():
            break  # "the IDRs of Akbank T.A.S.": a plural acronym, no part of the name
        if tok.base.endswith(("-based", "-merkezli")):
            break  # "Maquoketa, IA-based Blue-9, LLC": a place as an adjective, then the name
        if lang == "en" and tok.suffix == "s" and tok.is_upper_initial and start == j + 1 \
                and tokens[start].base in SECTOR_WORDS:
            # "Shearer's Foods, LLC": a founder's possessive opens the trade name.
            start = j
            distinctive += 1
            j -= 1
            continue
        if tok.suffix or tok.base in CURRENCY_CODES:
            break  # "860 bin TL ve Gama Metal Ltd. Şti.": an amount's unit ends the name
        if tok.base in ("ve", "and") and start < form_start and j > lo \
                and not any(t.base in TRADE_WORDS or t.base in SECTOR_WORDS
                            for t in tokens[start:form_start]) \
                and tokens[j - 1].base in SECTOR_WORDS and not tokens[j - 1].suffix:
            # "Kaya İnşaat ve Berg AG": two firms, the first named by its sector (a long
            # title runs on with trade words: "X Nakliyat ve Y Süt Sanayi ve Ticaret AŞ").
            break
        if tok.base in ("ve", "and") and start < form_start and j > lo \
                and tokens[j - 1].base in _NAME_ENDS and not tokens[j - 1].suffix \
                and tokens[start].base not in TRADE_WORDS \
                and tokens[start].base not in SECTOR_WORDS:
            # "Koç Holding ve Marmara Cam Sanayi A.Ş.": a holding's name is complete; the
            # next name is another firm's.
            break
        if tok.base in ("ve", "and") and start < form_start and j > lo \
                and tokens[start].base not in TRADE_WORDS and _listed_before(tokens, j, lo):
            break  # "A Gıda, B Kimya ve C Cam Sanayi A.Ş.": the last member of a list
        if tok.base in _CONNECTORS:
            j -= 1
            continue
        if not tok.is_upper_initial:
            if tok.text.isalpha() and len(tok.text) >= 4 \
                    and (j == lo or not tokens[j - 1].is_word
                         or tokens[j - 1].base in stop_words()) \
                    and tokens[form_start].base not in ("co", "company", "group") \
                    and unknown_word(tok.text, "en") and unknown_word(tok.text, "tr"):
                start = j  # "euromicron AG", "telent GmbH": a brand written in lower case
                distinctive += 1
            break
        if tok.base not in TRADE_WORDS:
            distinctive += 1
        start = j
        j -= 1
    while start < form_start and tokens[start].base in STOP_START:
        start += 1
    if start == first_word_index(tokens) and start + 1 < form_start \
            and common_opener(tokens[start], lang):
        start += 1  # "Açıklamada X A.Ş.'nin ...", "However X Inc.": no part of the name
    # "John Littman of Acme Inc.": a person of a firm; the firm starts after "of".
    names = given_names()
    for k in range(start, form_start - 2):
        if tokens[k].base in names and tokens[k + 1].is_upper_initial:
            # "Jason S. Diedering of X": the middle initial and its dot may stand between.
            at = next((x for x in range(k + 2, min(k + 5, form_start))
                       if tokens[x].base in ("of", "at", "from")), 0)
            if at:
                start = at + 1
                break
    # "Customers of X Ltd.", "Shareholders of X Inc.", "Ratings of X Inc.": the people or
    # the paper of a firm, then the firm.
    paper = next((k for k in range(form_start - 2, start - 1, -1)
                  if tokens[k].base in OF_A_FIRM and tokens[k + 1].base == "of"), None)
    if paper is not None:
        start = paper + 2  # "Long-term National Ratings of X Bank Plc"
    # "Executive Board of X AG", "Supervisory Board of X": the firm's organ, then the firm.
    organ = next((k for k in range(form_start - 2, start, -1) if tokens[k].base == "of"
                  and tokens[k - 1].base in ("board", "boards", "directors")), 0)
    if organ:
        start = organ + 1
    while start < form_start and tokens[start].base in _CONNECTORS:
        start += 1
    if distinctive == 0 or start >= form_start:
        return None
    return start




def title_client_ids(title: str, index: RegisterIndex) -> set[str]:
    """Client ids any of whose names occur in a headline (capitalised), weak aliases included."""
    tokens = tokenize(title)
    ids: set[str] = set()
    for i, tok in enumerate(tokens):
        if tok.is_word and tok.is_upper_initial:
            hit = index.match(tokens, i)
            if hit is not None:
                ids |= hit[1]
    return ids


def _capitals(sentences: list[list[Token]], lang: str = "tr") -> tuple[set[str], set[str]]:
    """Bases of the words a document writes capitalised right after another word (or a
    Turkish comma), and of those it writes in lower case (common words, whatever their capital at a
    sentence start: "İflas kervanına ..."); one pass over the tokens for both."""
    elsewhere: set[str] = set()
    lowered: set[str] = set()
    for tokens in sentences:
        after_word = False
        for t in tokens:
            if not t.is_word:
                # In Turkish a comma goes on a sentence ("Bu tesis, Nestle'nin ..."): a
                # capital after it is a name's, as after a word (English capitalises
                # after commas in lists and quotations too often for that).
                after_word = after_word and t.text == "," and lang == "tr"
                continue
            if not t.is_upper_initial:
                lowered.add(t.base)
            elif after_word and not t.text[:1].isdigit():
                elsewhere.add(t.base)
            after_word = True
    return elsewhere, lowered


# Marks that may stand inside a well-known firm's name ("AT&T", "H-E-B", "Amazon.com").
_NAME_INNER_MARKS = frozenset("&.-")


def known_firm_spans(tokens: list[Token], taken: set[int], prefixes: set[int],
                     lang: str = "tr") -> list[tuple[int, int]]:
    """Token spans [start, end) of well-known firms' names (longest first), outside ``taken``.

    A known name run on into more capitalised words ("Peloton Interactive", "Sarkuysan
    Elektrolitik Bakır ...") is left to the name finder; its start goes to ``prefixes``
    so that the longer name counts as known. The name must start with a capital and not continue a capitalised name before it
    ("Michael Dell", "Harrison Ford"); a one-word name that is also an everyday word
    ("Target", "Shell") counts only inside a sentence, where its capital means a name.
    """
    table = known_firms()
    possessive = possessive_known_firms()
    first = first_word_index(tokens)
    spans: list[tuple[int, int]] = []
    n = len(tokens)
    i = 0
    while i < n:
        tok = tokens[i]
        names = table.get(tok.base) if tok.is_word and tok.is_upper_initial else None
        if names and i > 0 and tokens[i - 1].text in CURRENCY_SIGNS:
            names = None  # "£3m" is an amount, not 3M
        if not names or i in taken or (
                i > 0 and tokens[i - 1].is_word and tokens[i - 1].is_upper_initial
                and not tokens[i - 1].suffix and not tokens[i - 1].is_all_caps
                # "Dün Google'a ...": a sentence's first word is capitalised anyway.
                and not (i - 1 == first and tokens[i - 1].base not in given_names()
                         and everyday_word(tokens[i - 1].text, lang))):
            i += 1
            continue
        best = 0
        for name in names:
            j, w = i, 0
            while j < n and w < len(name) and j not in taken:
                t = tokens[j]
                if t.is_word:
                    if t.base != name[w]:
                        break
                    w += 1
                    j += 1
                    if t.suffix:
                        break
                elif t.text in _NAME_INNER_MARKS and w and j + 1 < n \
                        and tokens[j + 1].start == t.end and t.start == tokens[j - 1].end:
                    j += 1  # "AT&T", "H-E-B": a mark inside the name, no space around it
                else:
                    break
            if w == len(name) and j > i + best and not (
                    name in possessive and not tokens[j - 1].suffix.startswith("s")) and not (
                    # "L'Oreal" is read as "L" with an ending: a bare "L" ("WP&L") is not it.
                    len(name) == 1 and len(name[0]) == 1 and not tokens[i].suffix):
                best = j - i
        end = i + best
        if best and end < n and tokens[end].is_word and tokens[end].text[:1].isupper() \
                and not tokens[end - 1].suffix and end not in taken:
            prefixes.add(i)  # "Peloton Interactive": the longer name is the firm's
        elif best and not (best == 1 and i == first and everyday_word(tok.text, lang)
                           # "Ülker, fabrikasını sattı", "Shell's plant": a topic or an owner.
                           and not tok.suffix and not (end < n and tokens[end].text == ",")):
            spans.append((i, end))
            i = end
            continue
        i += 1
    return spans


def find_mentions(
    sentences: list[list[Token]], text: str, index: RegisterIndex,
    title_ids: set[str] | None = None, lang: str = "tr",
) -> list[Mention]:
    """All firm mentions of a document, given its sentences' tokens (``lang`` decides
    whether a sentence's first word may carry a Turkish case ending glued on).

    Register matches and legal-form names that overlap are merged (the longer span is the
    company as written); weak one-word aliases at a sentence start survive only when the
    same client is named strongly elsewhere; a prospect's first distinctive word becomes a
    document-local alias so that later short references ("Medisa'nın") attach to it.
    """
    mentions: list[Mention] = []
    rare_starts: set[tuple[int, int]] = set()
    elsewhere, lowered = _capitals(sentences, lang)
    not_firms: set[str] = set()
    for s_idx, tokens in enumerate(sentences):
        legal = find_legal_names(tokens, 0, len(tokens), lang)
        found: list[Mention] = []
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            hit = index.match(tokens, i) if tok.is_word and tok.is_upper_initial else None
            if hit is None:
                i += 1
                continue
            j, ids = hit
            words = [t for t in tokens[i:j] if t.is_word]
            variant = tuple(t.base for t in words)
            strong = True
            if len(words) == 1:
                if variant in index.single_caps and not tok.is_all_caps:
                    i += 1
                    continue
                # "Vakıfbank Genel Müdürü ...": an officer title after the word makes it
                # an organisation, at a sentence start too.
                strong = (tok.is_all_caps and len(tok.base) > 2) or officer_title_at(
                    [t.base for t in tokens[j:j + 2]], 0) > 0
                if not strong and i == first_word_index(tokens) \
                        and not everyday_word(tok.text, lang):
                    # "Playmart filed for bankruptcy": a word no dictionary knows is a
                    # name, whatever its place in the sentence (kept, though not strong).
                    rare_starts.add((s_idx, i))
                if i > 0 and not strong and tokens[i - 1].is_word \
                        and tokens[i - 1].is_upper_initial and not tokens[i - 1].suffix \
                        and not declined_authority(tokens[i - 1]):
                    # "CEO'su Ferit Bozdağ", "Yeni Umut Derneği": part of another name.
                    i += 1
                    continue
                if not strong and not tok.suffix and j < len(tokens) and tokens[j].is_word \
                        and not title_case(tokens) \
                        and tokens[j].is_upper_initial and not tokens[j].is_all_caps \
                        and tokens[j].base not in TRADE_WORDS \
                        and tokens[j].base not in SECTOR_WORDS \
                        and tokens[j].base not in NOT_FIRM_WORDS \
                        and not is_place(tokens[j:j + 1], text):
                    # "its owner, American Signature,": a one-word alias opening a longer
                    # name is another firm's (the register's "American" is an airline).
                    i += 1
                    continue
                if not strong and tok.base in NATIONALITY_WORDS and j < len(tokens) \
                        and tokens[j].is_word and (tokens[j].is_upper_initial or (
                            i > 0 and tokens[i - 1].base in DETERMINERS)):
                    # An alias that is a nationality says where things are from before a
                    # name ("publisher American Media") and after an article ("its
                    # American business"): neither is the airline called "American".
                    i += 1
                    continue
            found.append(Mention(tok.start, tokens[j - 1].end, "", s_idx, i, j,
                                 tuple(sorted(ids)), strong, False, tokens[j - 1].suffix))
            i = j
        first = first_word_index(tokens)
        for a, b in legal:
            merged = False
            for m in found:
                if m.tok_start < b and a < m.tok_end:
                    # The register says where the name starts ("Davacı X A.Ş." -> "X A.Ş."),
                    # unless a register alias sits inside a longer title that starts
                    # mid-sentence ("Eti Soda ... ve Elektrik Üretim Sanayi ve Ticaret AŞ"
                    # is not the firm whose alias is "Elektrik Üretim"): the linker decides.
                    if a > first and m.tok_start - a >= 2 and m.tok_start >= 2 and (
                            (tokens[m.tok_start - 1].base == "ve"
                             and tokens[m.tok_start - 2].base in _TITLE_TRADES)
                            or all(t.is_word and t.is_upper_initial and not t.suffix
                                   and t.base not in NOT_FIRM_WORDS
                                   for t in tokens[a:m.tok_start])):
                        # ... or two capitalised words of its own before the alias
                        # ("Ankara Doğal Elektrik Üretim ve Ticaret A.Ş." is not
                        # "Elektrik Üretim A.Ş.").
                        m.tok_start, m.client_ids = a, ()
                    m.tok_end = max(b, m.tok_end)
                    m.legal_form, m.strong, merged = True, True, True
            if not merged:
                found.append(Mention(0, 0, "", s_idx, a, b, (), True, True))
        taken = {k for m in found for k in range(m.tok_start, m.tok_end)}
        prefixes: set[int] = set()
        for a, b in known_firm_spans(tokens, taken, prefixes, lang):
            found.append(Mention(0, 0, "", s_idx, a, b, (), False, False, shape=True,
                                 known=True))
            taken.update(range(a, b))
        for a, b in find_name_spans(tokens, taken, elsewhere, not_firms, lowered, lang):
            if a in prefixes or not is_place(tokens[a:b], text):
                found.append(Mention(0, 0, "", s_idx, a, b, (), False, False, shape=True,
                                     known=a in prefixes))
        for m in found:
            m.start, m.end = tokens[m.tok_start].start, tokens[m.tok_end - 1].end
            m.suffix = tokens[m.tok_end - 1].suffix
            if lang == "en" and m.suffix == "s" and _name_with_s(tokens, m.tok_end):
                m.suffix = ""  # "Mervyn's filed for Chapter 11": the "'s" is its name's
            m.text = text[m.start:m.end]
        mentions.extend(found)
    mentions = credible_shapes(mentions, sentences, lang)
    strong_ids = {cid for m in mentions if m.strong for cid in m.client_ids} | (title_ids or set())
    kept = [
        m for m in mentions
        if m.strong or m.shape or m.tok_start > 0 or set(m.client_ids) & strong_ids
        or (m.sentence, m.tok_start) in rare_starts
    ]
    kept += _headline_names(sentences, text, kept, lang)
    return _local_aliases(sentences, text, kept)


# Words that may follow an English subject, never a possessed noun (folded).
_VERB_AFTER_NAME = frozenset("is was has had will would said says filed files agreed "
                             "announced announces plans planned reported closed closes "
                             "cut cuts sold sells won wins".split())


def _name_with_s(tokens: list[Token], end: int) -> bool:
    """A name ending in "'s" that owns nothing after it is written so ("Mervyn's filed",
    "Mervyn's, the chain, ..."): the ending is part of the name, not a possessive."""
    if end >= len(tokens):
        return True
    nxt = tokens[end]
    return nxt.text in (",", ".", ";", ")") or (nxt.is_word and nxt.text[:1].islower()
                                                and nxt.base in _VERB_AFTER_NAME)


def _headline_names(sentences: list[list[Token]], text: str,
                    mentions: list[Mention], lang: str = "tr") -> list[Mention]:
    """A title-case headline hides names among its capitalised words ("Ashby Foods To
    Invest $210M In New Kansas Plant"); a firm the body names by its shape is the same
    name there. Its words, found in a title-case sentence, become a mention of it."""
    titled = [s for s, tokens in enumerate(sentences) if title_case(tokens)]
    if not titled:
        return []
    known: dict[tuple[str, ...], Mention] = {}
    for m in mentions:
        if m.shape and not m.weak and m.sentence not in titled:
            words = _bases_of(m, sentences)
            # One word only when no dictionary knows it ("Outokumpu", not "Emerald").
            if len(words) > 1 or (words and unknown_word(m.core_text, lang)):
                known.setdefault(words, m)
    out: list[Mention] = []
    for s_idx in titled:
        tokens = sentences[s_idx]
        taken = {t for m in mentions if m.sentence == s_idx for t in range(m.tok_start, m.tok_end)}
        i = 0
        while i < len(tokens):
            hit = next(((words, m) for words, m in known.items()
                        if tuple(t.base for t in tokens[i:i + len(words)]) == words
                        and not taken & set(range(i, i + len(words)))), None)
            if hit is None:
                i += 1
                continue
            words, origin = hit
            j = i + len(words)
            m = Mention(tokens[i].start, tokens[j - 1].end, text[tokens[i].start:tokens[j - 1].end],
                        s_idx, i, j, (), False, False, tokens[j - 1].suffix, shape=True)
            m.origin = origin
            out.append(m)
            i = j
    return out


# What may follow a short name in brackets before where the firm is: "(PBL – Norwich)".
_ALIAS_THEN = frozenset({"-", "\u2013", "\u2014", ",", ";"})
# Codes that stand in such brackets without being the firm's short name (folded).
_NOT_ALIASES = frozenset("nyse nasdaq lse tsx asx bist amex otc uk us usa eu".split())
# A share price's move in a ticker's brackets: "(IBM 0.06%)", "(HBM -1.5%)".
_PRICE_MOVE = re.compile(r"\d+(?:[.,]\d+)?")


def _bracket_aliases(sentences: list[list[Token]], mentions: list[Mention],
                     ) -> dict[tuple[str, ...], Mention]:
    """A short name defined in brackets right after a firm ("Chemring Countermeasures USA
    ("CCM USA")", "Kuzey Enerji Üretim A.Ş. (KEÜ)") stands for that firm wherever the text
    writes it: such mentions take the full name as their origin."""
    defined: dict[tuple[str, ...], Mention] = {}
    starts = {(m.sentence, m.tok_start): m for m in mentions}
    for m in mentions:
        tokens = sentences[m.sentence]
        k = m.tok_end
        if k >= len(tokens) or tokens[k].text != "(":
            continue
        inner = starts.get((m.sentence, k + 1))
        if inner is not None and inner.legal_form and not m.client_ids \
                and inner.tok_end < len(tokens) and tokens[inner.tok_end].text == ")":
            # "CarrefourSA (Carrefour Sabancı Ticaret Merkezi AŞ)": the brand before the
            # brackets stands for the registered title inside them.
            m.origin = inner
            defined.setdefault(_bases_of(m, sentences), inner)
            continue
        k += 1
        quoted = k < len(tokens) and tokens[k].text in QUOTES
        if m.weak and not quoted:
            continue  # a bare "(LC)" may shorten anything; a quoted one defines a party
        while k < len(tokens) and tokens[k].text in QUOTES:
            k += 1
        words: list[str] = []
        while k < len(tokens) and tokens[k].is_word and len(words) < 3 \
                and not (words and tokens[k].text[:1].isdigit()):
            words.append(tokens[k].base)
            k += 1
        while k < len(tokens) and tokens[k].text in QUOTES:
            k += 1
        sign = int(k < len(tokens) and tokens[k].text in ("+", "-", "−"))
        if len(words) == 1 and k + sign + 1 < len(tokens) \
                and _PRICE_MOVE.fullmatch(tokens[k + sign].text) \
                and tokens[k + sign + 1].text == "%":
            # "International Business Machines (IBM 0.06%)": the ticker, then the day's move
            k += sign + 2
        if len(words) == 1 and k + 1 < len(tokens) and tokens[k].text in _ALIAS_THEN \
                and tokens[k - 1].is_all_caps and 2 <= len(tokens[k - 1].text) <= 6 \
                and words[0] not in _NOT_ALIASES and tokens[k + 1].is_upper_initial \
                and not tokens[k + 1].is_all_caps \
                and any(t.text == ")" for t in tokens[k:k + 8]):
            # "Plant Biosciences (PBL – Norwich, Norfolk)": the short name, then where
            # the firm is
            k = next(j for j in range(k, k + 8) if tokens[j].text == ")")
        if words and k < len(tokens) and tokens[k].text == ")" \
                and (quoted or tokens[m.tok_end + 1].text[:1].isupper()) \
                and not set(words) & _DEFINED_TERMS:
            if defined.setdefault(tuple(words), m) is m:
                m.weak = False  # defining a short name for itself makes it a party
    for m in mentions:
        if m.origin is not None or m.client_ids:
            continue
        full = defined.get(_bases_of(m, sentences))
        if full is not None and full is not m:
            m.origin = full
    return defined


def _bases_of(m: Mention, sentences: list[list[Token]]) -> tuple[str, ...]:
    return tuple(t.base for t in sentences[m.sentence][m.tok_start:m.tok_end] if t.is_word)


def _defined_mentions(sentences: list[list[Token]], text: str, mentions: list[Mention],
                      defined: dict[tuple[str, ...], Mention]) -> list[Mention]:
    """Mentions for the places a bracket-defined short name is written but no mention
    covers it yet ("BWH was fined ..." after "Brightwell Holdings (BWH)")."""
    taken = {(m.sentence, t) for m in mentions for t in range(m.tok_start, m.tok_end)}
    out: list[Mention] = []
    for s_idx, tokens in enumerate(sentences):
        for i, tok in enumerate(tokens):
            if (s_idx, i) in taken or not tok.is_word or not tok.is_upper_initial:
                continue
            for short, full in defined.items():
                j = i + len(short)
                if j <= len(tokens) and tuple(t.base for t in tokens[i:j]) == short \
                        and not any((s_idx, k) in taken for k in range(i, j)) \
                        and not (s_idx == full.sentence and i <= full.tok_end + 3):
                    m = Mention(tok.start, tokens[j - 1].end, text[tok.start:tokens[j - 1].end],
                                s_idx, i, j, (), True, False, tokens[j - 1].suffix)
                    m.origin = full
                    out.append(m)
                    taken.update((s_idx, k) for k in range(i, j))
                    break
    return out


# Terms a contract or disclosure defines for the firm itself ("(the "Company")", "("Şirket")"):
# references, not names (folded).
_DEFINED_TERMS = frozenset("sirket company firm issuer bank banka group grup".split())


# Last words that make a capitalised name a place, not a firm ("Longview Business Park").
_SITE_TAILS = frozenset("park center centre plaza mall zone estate airport district campus "
                        "square".split())


def _local_aliases(sentences: list[list[Token]], text: str, mentions: list[Mention]) -> list[Mention]:
    """Add later short references to prospects named with a legal form earlier in the text."""
    defined = _bracket_aliases(sentences, mentions)
    if defined:
        mentions = mentions + _defined_mentions(sentences, text, mentions, defined)
    _prefix_references(sentences, mentions)
    _appositive_aliases(sentences, mentions)
    local: dict[str, int] = {}
    names = given_names()
    for n, m in enumerate(mentions):
        if m.legal_form and not m.client_ids:
            words = [t for t in sentences[m.sentence][m.tok_start:m.tok_end] if t.is_word]
            # A first word that is a place ("İstanbul Metro A.Ş.") would make every later
            # "İstanbul" the firm: such a name gets no short reference.
            if words and len(words[0].base) >= 4 and words[0].base not in TRADE_WORDS \
                    and not is_place(words[:1], text):
                local.setdefault(words[0].base, n)
        elif m.shape and not m.weak and not m.client_ids and not m.pronoun:
            # "AMC Entertainment ... AMC had closed": a credible name of two words or more
            # whose first word is an acronym or a word no dictionary knows is called by it.
            words = [t for t in sentences[m.sentence][m.tok_start:m.tok_end] if t.is_word]
            first = words[0] if words else None
            if first is not None and len(words) >= 2 and not first.suffix \
                    and first.base not in TRADE_WORDS and first.base not in SECTOR_WORDS \
                    and first.base not in names and not is_place(words[:1], text) \
                    and words[-1].base not in _SITE_TAILS and (
                        (first.is_all_caps and 2 <= len(first.text) <= 5
                         and not everyday_word(first.text.lower(), "en"))
                        or (len(first.text) >= 5 and unknown_word(first.text, "en")
                            and unknown_word(first.text, "tr"))):
                local.setdefault(first.base, n)
    if not local:
        return mentions
    taken = {(m.sentence, t) for m in mentions for t in range(m.tok_start, m.tok_end)}
    extra: list[Mention] = []
    for s_idx, tokens in enumerate(sentences):
        for i, tok in enumerate(tokens):
            if (s_idx, i) in taken or tok.base not in local or not tok.is_upper_initial:
                continue
            origin = mentions[local[tok.base]]
            # The short reference spans only words of the full name ("Medisa Sağlık'ın"),
            # not what follows it ("Enron Headquarters").
            own = {t.base for t in sentences[origin.sentence][origin.tok_start:origin.tok_end]}
            j = i + 1
            while j < len(tokens) and tokens[j].is_word and tokens[j].is_upper_initial \
                    and not tokens[j - 1].suffix and (s_idx, j) not in taken \
                    and tokens[j].base in own:
                j += 1
            if j == i + 1 and tok.base in NATIONALITY_WORDS and j < len(tokens) \
                    and tokens[j].is_word and not tokens[j].is_upper_initial:
                continue  # "11 Türk şirketi" is no "Türk Hava Yolları A.O." ("Türk Ekonomi" is)
            m = Mention(tok.start, tokens[j - 1].end, text[tok.start:tokens[j - 1].end], s_idx,
                        i, j, (), True, False, tokens[j - 1].suffix, key=origin.key or "")
            m.origin = origin
            extra.append(m)
    return sorted(mentions + extra, key=lambda m: m.start)


def _prefix_references(sentences: list[list[Token]], mentions: list[Mention]) -> None:
    """A name found by its shape that is the first two or more words of a prospect's legal
    name ("New Enterprise" after "New Enterprise Stone and Lime Co.") is that prospect."""
    full: dict[tuple[str, ...], Mention] = {}
    for m in mentions:
        if m.legal_form and not m.client_ids:
            bases = tuple(t.base for t in sentences[m.sentence][m.tok_start:m.tok_end]
                          if t.is_word)
            for k in range(2, len(bases)):
                full.setdefault(bases[:k], m)
    if not full:
        return
    for m in mentions:
        if m.shape and not m.legal_form and not m.client_ids and m.origin is None:
            bases = tuple(t.base for t in sentences[m.sentence][m.tok_start:m.tok_end]
                          if t.is_word)
            origin = full.get(bases)
            if origin is not None and origin is not m:
                m.origin = origin


def by_sentence(mentions: Iterable[Mention]) -> dict[int, list[Mention]]:
    """The mentions of each sentence, in the order given."""
    grouped: dict[int, list[Mention]] = {}
    for m in mentions:
        grouped.setdefault(m.sentence, []).append(m)
    return grouped


def _appositive_aliases(sentences: list[list[Token]], mentions: list[Mention]) -> None:
    """A name found by its shape set between commas right after a prospect's legal name
    is its short name ("X Producers' Union Limited, Banas Dairy, invites bids"): the
    event belongs to the legal name."""
    for s_idx, here in by_sentence(mentions).items():
        tokens = sentences[s_idx]
        ordered = sorted(here, key=lambda x: x.tok_start)
        for full, short in zip(ordered, ordered[1:], strict=False):
            if full.legal_form and not full.client_ids and short.shape \
                    and not short.legal_form and not short.client_ids and short.origin is None \
                    and short.tok_start == full.tok_end + 1 \
                    and tokens[full.tok_end].text == "," \
                    and short.tok_end < len(tokens) and tokens[short.tok_end].text == "," \
                    and not short.suffix \
                    and short.tok_end + 1 < len(tokens) and tokens[short.tok_end + 1].is_word \
                    and tokens[short.tok_end + 1].text[:1].islower() \
                    and tokens[short.tok_end + 1].base not in ("and", "or", "ve", "veya"):
                # (a list goes on with another name: "A Ltd, B Bank, C plc and D")
                short.origin = full
