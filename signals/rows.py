"""Lists and tables under a header that holds the cue: each row's firm inherits the event.

"Ceza alan firmalar:" / "Companies fined:" followed by one firm per line ("- X: 2 milyon
TL"). A header is a line that ends with a colon, a short line naming firms in the plural,
or a short line without a full stop followed by two rows or more ("Top fines of 2024");
rows run until a line that does not open with a firm (or a person) or holds a cue of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from radar_core.records import LinkResult
from signals.attach import bracketed
from signals.cues import CueHit
from signals.lexicon import (
    COLLECTIVE_PLURALS,
    NOT_FIRM_WORDS,
    SECTOR_WORDS,
    TRADE_WORDS,
    everyday_word,
    given_names,
)
from signals.mentions import Mention
from signals.pipeline import SentenceCues
from signals.shapes import LIST_GLUE
from signals.tokens import Token, first_word_index

# Separators after a row's leading name: "Roche: ...", "- X – 2 milyon TL", "X (İstanbul)".
_ROW_SEPARATORS = (":", "-", "\u2013", "\u2014", ",", "(")


def header_rows(text: str, sents: list[tuple[int, int]], cues: list[SentenceCues],
                tokens_by_sent: list[list[Token]], by_sent: dict[int, list[Mention]],
                weak: list[Mention], killing: tuple[str, ...],
                name_firm: Callable[[str], tuple[str, LinkResult]],
                header_hits: Callable[[str], list[CueHit]],
                ignores: dict[str, frozenset[str]],
                ) -> Iterator[tuple[int, int, Mention, CueHit]]:
    """(header sentence, row sentence, row firm, header cue) for every row under a
    cue-bearing header.

    ``header_hits`` finds the list-header nouns of a line (``CompiledPatterns.header_hits``);
    ``name_firm`` links a row's leading name when no mention was found there (a short
    alias at a line start is dropped by the mention finder): name -> (key, link).
    ``ignores``: per event type, the killing modifiers it ignores (a suit states claims:
    "iddialarına ilişkin ... soruşturma açılmasına karar verdi:" still heads its rows).
    """
    for h_idx, sc in enumerate(cues):
        tokens = tokens_by_sent[h_idx]
        a, b = sents[h_idx]
        line = text[a:b].strip()
        # A header is a short line; one that ends in a colon may say more ("Kurum 4
        # şirketin notunun B1'e düşürüldüğünü ve incelemenin sürdüğünü bildirdi:").
        if len(tokens) > (40 if line.endswith(":") else 16):
            continue
        active = [k for k in killing if k in sc.modifiers]
        words = [t for t in tokens if t.is_word]
        plural = any(t.base in COLLECTIVE_PLURALS for t in words)
        # A short line with no full stop ("Top regulator fines in 2024", "En büyük
        # konkordatolar") heads a list too when its last words are a noun naming the event
        # (the types' ``list_headers``) and two rows or more follow, each with an amount
        # or a firm known by register or legal form.
        nouns = header_hits(sc.folded.text)
        formal = line.endswith(":") or (plural and len(words) <= 8) or (
            bool(sc.hits or nouns) and any(t.base in _LIST_ANNOUNCERS for t in words))
        if not formal:
            nouns = _header_nouns(sc, words, nouns)
        bare = not formal and bool(nouns) and len(words) <= 10 \
            and not line.endswith((".", "!", "?", ",", ";"))
        hits = (sc.hits or nouns) if formal else nouns if bare else []
        if not hits and line.endswith(":") and (
                _names_group(words) or any(t.base in _LIST_ANNOUNCERS for t in words)):
            # "... 13 bankanın notlarını düşürdü. ... düşürülen 12 banka şunlar:": a header
            # that only names a group, or announces a list ("öne çıkan belgeler şöyle:"),
            # lists the firms of the event told just before it without their names.
            hits = _group_event_before(h_idx, cues, by_sent, killing)
        if active:
            hits = [h for h in hits if all(k in ignores.get(h.type, ()) for k in active)]
        if not hits or by_sent.get(h_idx):
            continue  # no cue, or the header names its own firm: an ordinary sentence
        # Rows under a long header must be firms the name finder knows: a quote introduced
        # with a colon ("..., adding:\nSeparately, ...") is no list of names.
        found = list(_rows(text, sents, cues, tokens_by_sent, by_sent, weak, h_idx, name_firm,
                           killing, known_only=len(tokens) > 16))
        if bare:
            found = [(r, firm) for r, firm in found
                     if _has_amount(tokens_by_sent[r]) or firm.legal_form or firm.client_ids]
            if len({r for r, _ in found}) < 2:
                continue
        for r_idx, firm in found:
            for hit in hits:
                yield h_idx, r_idx, firm, hit


# Words that announce a list below the line: "en yüksek 10 cezayı aşağıda listeledik",
# "the largest fines are listed below" (folded).
_LIST_ANNOUNCERS = frozenset("asagida asagidaki soyle sunlardir listeledik below "
                             "following".split())


# Nouns a header names a group of firms with, not possessed ("12 banka", "bankalar", "the
# banks"; not "şirketin bankaları", "its lenders": a firm's creditors are no event's firms).
_GROUP_NOUNS = frozenset("""banka bankalar sirket sirketler firma firmalar kurulus kuruluslar
    isletme isletmeler banks companies firms lenders issuers insurers""".split())
_POSSESSIVES = frozenset("its their his her our".split())


def _names_group(words: list[Token]) -> bool:
    return any(t.base in _GROUP_NOUNS for t in words) \
        and not any(t.base in _POSSESSIVES for t in words)


def _group_event_before(h_idx: int, cues: list[SentenceCues], by_sent: dict[int, list[Mention]],
                        killing: tuple[str, ...]) -> list[CueHit]:
    """The cues of the nearest of the three sentences before ``h_idx`` that states an
    event without naming any firm ("Moody's 13 bankanın notunu düşürdü"), one per type."""
    for k in range(h_idx - 1, max(-1, h_idx - 4), -1):
        sc = cues[k]
        if not sc.hits or any(m in sc.modifiers for m in killing):
            continue
        if by_sent.get(k):
            return []
        first: dict[str, CueHit] = {}
        for hit in sc.hits:
            first.setdefault(hit.type, hit)
        return list(first.values())
    return []


def _header_nouns(sc: SentenceCues, words: list[Token], hits: list[CueHit]) -> list[CueHit]:
    """The list-header nouns (``hits``) of a line that stand among its last three words
    (the head of "Largest fines of 2024", not "How to avoid penalties on loans")."""
    if not words:
        return []
    tail = words[-3].start if len(words) >= 3 else words[0].start
    return [hit for hit in hits
            if sc.folded.tokens[sc.folded.token_at(hit.start)].start >= tail]


def _has_amount(tokens: list[Token]) -> bool:
    return any(t.text[:1].isdigit() or t.text[:1] in "$€£₺" for t in tokens)


def _rows(text: str, sents: list[tuple[int, int]], cues: list[SentenceCues],
          tokens_by_sent: list[list[Token]], by_sent: dict[int, list[Mention]],
          weak: list[Mention], h_idx: int, name_firm: Callable[[str], tuple[str, LinkResult]],
          killing: tuple[str, ...] = (), known_only: bool = False,
          ) -> Iterator[tuple[int, Mention]]:
    """(row sentence, firm) for the rows after the header ``h_idx``: every firm a row
    opens with, and those listed with it ("A plc, B plc & C plc - 6 m"); a row that
    names a person ("Ali Veli - 1 m") is skipped, anything else ends the list. A row that
    says the event did not happen to its firms ("A, B and C were not involved") is no
    row: it ends the list."""
    gap = 0  # prose lines since the last row of amounts ("1. X: 2 m TL", a paragraph, "2. Y: ...")
    amounts = numbered = False

    def prose() -> bool:
        """Skip a line of prose between ranked rows; False when the list has ended."""
        nonlocal gap
        if amounts and gap < 3:
            gap += 1
            return True
        return False

    for r_idx in range(h_idx + 1, len(sents)):
        tokens = tokens_by_sent[r_idx]
        if cues[r_idx].hits or any(k in cues[r_idx].modifiers for k in killing):
            return
        first = first_word_index(tokens)
        ranked = first + 2 < len(tokens) and tokens[first].text.isdigit() \
            and len(tokens[first].text) <= 2 and tokens[first + 1].text in ".)" \
            and tokens[first + 1].end == tokens[first + 2].start - 1 \
            and tokens[first + 2].is_upper_initial
        if ranked:
            first += 2  # "1. X: 2 m TL", "2) Y ...": a ranked row's number
        if (numbered and not ranked) or _dated(tokens, first):
            # Once rows are numbered an unnumbered line is prose; so is a dated line
            # ("23.03.2023 Tarihli Karar").
            if prose():
                continue
            return
        here = sorted(by_sent.get(r_idx, []) + [w for w in weak if w.sentence == r_idx],
                      key=lambda m: m.tok_start)
        row = [m for m in here if m.tok_start <= first + 1]
        chain: list[Mention] = []
        if row:
            chain = [row[0]]
            for m in here[here.index(row[0]) + 1:]:
                if bracketed(m, tokens):
                    continue  # "Akbank T.A.S. (Akbank), ...": the short name of the last one
                if m.weak and m.tok_end - m.tok_start == 1 and (m is here[-1] or (
                        m.tok_end + 1 < len(tokens) and tokens[m.tok_end].text == ","
                        and tokens[m.tok_end + 1].text[:1].isdigit())):
                    break  # "- Pellham Foods, Leeds, 300 jobs": the row's town, no firm
                between = _after_brackets(tokens[chain[-1].tok_end:m.tok_start])
                # "A, B ile C": "ile" joins the last member of a row's list.
                if not between or not all(t.base in LIST_GLUE or t.text in LIST_GLUE or (
                        t.base == "ile" and len(chain) >= 2) for t in between):
                    break
                chain.append(m)
        else:
            titled = [m for m in here if m.legal_form and first < m.tok_start <= first + 4
                      and tokens[m.tok_start - 1].text == "("]
            short = [m for m in here if _short_name_after_title(tokens, first, m)]
            if titled:
                # "- CarrefourSA (Carrefour Sabancı Ticaret Merkezi AŞ) 142 m TL": the brand
                # opens the row, the registered title in brackets is the firm.
                chain = titled[:1]
            elif _person_row(tokens, first):
                continue  # "Ahmet Yılmaz (Koç Holding)": a person, with the employer
            elif short:
                # "Ordu Yardımlaşma Kurumu (OYAK)": a title the name finder does not take
                # for a firm's, with the short name it goes by in brackets.
                chain = short[:1]
            elif known_only:
                return
            else:
                firm = _leading_name(text, tokens, first, r_idx, name_firm)
                if firm is None:
                    if prose():
                        continue  # a ranked list explains each row before the next
                    return
                chain = [firm]
        if len(tokens) > 30 and (len(chain) < 3 or len(_after_brackets(
                tokens[chain[-1].tok_end:])) > 3):
            return  # a long line is prose, unless it is itself a list of firms, and only that
        if gap and not _has_amount(tokens):
            return
        gap, amounts, numbered = 0, amounts or _has_amount(tokens), numbered or ranked
        for firm in chain:
            yield r_idx, firm


def _after_brackets(between: list[Token]) -> list[Token]:
    """The words between two names without a short bracketed aside after the first
    ("(Akbank)", "(Turkey)": a short name or a country, six words at most)."""
    if between and between[0].text == "(":
        close = next((k for k, t in enumerate(between[:8]) if t.text == ")"), None)
        if close is not None:
            return between[close + 1:]
    return between


def _short_name_after_title(tokens: list[Token], first: int, m: Mention) -> bool:
    """True when ``m`` is a bracketed short name right after the capitalised words that
    open the row ("Ordu Yardımlaşma Kurumu (OYAK)")."""
    opening = m.tok_start - 1
    if not first < opening <= first + 8 or tokens[opening].text != "(" \
            or m.tok_end >= len(tokens) or tokens[m.tok_end].text != ")":
        return False
    return all(t.is_upper_initial or t.base in ("ve", "and", "&", ".")
               for t in tokens[first:opening])


def _dated(tokens: list[Token], first: int) -> bool:
    """True when a line opens with a date ("23.03.2023", "12/01/2021", "2021")."""
    head = tokens[first].text if first < len(tokens) else ""
    return head[:1].isdigit() and (len(head) == 4 or any(c in head for c in "./"))


def _person_row(tokens: list[Token], first: int) -> bool:
    """A row that opens with a person's name: a given name and a capitalised word, or a
    given name alone ("İlker" in a list of debtors, "firma ve şahıslar")."""
    if first >= len(tokens) or tokens[first].base not in given_names():
        return False
    return first + 1 >= len(tokens) or tokens[first + 1].is_upper_initial \
        or not tokens[first + 1].is_word


def _leading_name(text: str, tokens: list[Token], first: int, s_idx: int,
                  name_firm: Callable[[str], tuple[str, LinkResult]]) -> Mention | None:
    """The capitalised name opening a list row ("Roche: EUR 2 million"), linked."""
    end = first
    while end < len(tokens) and end - first < 8 and (
            tokens[end].is_upper_initial or tokens[end].base in ("&", "ve", "and", ".")):
        end += 1
    words = [t for t in tokens[first:end] if t.is_word]
    if not words or (end < len(tokens) and tokens[end].text not in _ROW_SEPARATORS):
        return None
    if all(t.base in SECTOR_WORDS or t.base in TRADE_WORDS for t in words):
        return None  # "METAL", "Banks:": a section heading, not a firm
    if any(t.base in NOT_FIRM_WORDS for t in words):
        return None  # "Kurum, ...": an authority opening a line of prose
    if all(len(t.text) < 2 or (t.is_all_caps and everyday_word(t.text, "tr")) for t in words) \
            and not _has_amount(tokens):
        return None  # "YORUM YAZ", "RELATED NEWS": a page's buttons and sections
    name = text[tokens[first].start:tokens[end - 1].end]
    key, link = name_firm(name)
    return Mention(tokens[first].start, tokens[end - 1].end, name, s_idx, first, end, (),
                   True, False, tokens[end - 1].suffix, key, link)
