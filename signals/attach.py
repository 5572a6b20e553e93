"""Which firm an event cue belongs to: grammatical role of each mention and clause distance.

A banker reads "X'in açtığı ihaleyi Y kazandı" as X = buyer, Y = winner, and "A sued B"
as B = defendant. Without a parser we approximate the role from what Turkish marks on
the name (case suffix after the apostrophe, a following postposition such as "aleyhine",
"hakkında", "tarafından") and what English puts before it (a preposition within a few
words). A cue lists the roles it accepts; among those, the nearest mention in the same
clause wins, a mention before the cue (the subject) slightly preferred.

The same clause approximation limits modality and background: a possibility, fear or
cancellation qualifies only the cue of its own clause ("won the contract for a hospital,
which may open in 2028" stays a won contract), and a background marker in a participle
clause before the firm ("2022'de konkordato ilan eden X, yeni fabrika kuracak") does not
reach the event told after it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from radar_core.months import FULL_MONTHS
from signals.amounts import CURRENCY_SIGNS
from signals.cues import CueHit
from signals.lexicon import EN_DAY_WORDS
from signals.mentions import Mention
from signals.shapes import LIST_GLUE
from signals.tokens import QUOTES, FoldedText, Token, first_word_index

_TR_SUFFIX_ROLES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("nin", "nun", "in", "un", "s"), "gen"),
    (("nden", "ndan", "den", "dan", "ten", "tan"), "abl"),
    (("ndeki", "ndaki", "deki", "daki", "teki", "taki", "nde", "nda", "de", "da", "te", "ta"),
     "loc"),
    (("yle", "yla", "le", "la"), "ins"),
    (("ye", "ya", "ne", "na", "e", "a"), "dat"),
    (("yi", "yu", "ni", "nu", "i", "u"), "acc"),
)
# A name with the possessive before its case: "Erdemir'ini" (its Erdemir, accusative),
# "Yıldırım Kablo'sunu", "Koç'una" (folded). Checked before the plain endings, whose
# prefixes ("in", "s") would read these as genitives.
_TR_POSSESSIVE_CASES = {
    **{p + c: "acc" for p in ("i", "si", "u", "su") for c in ("ni", "nu")},
    **{p + c: "dat" for p in ("i", "si", "u", "su") for c in ("ne", "na")},
    **{p + c: "gen" for p in ("i", "si", "u", "su") for c in ("nin", "nun")},
    **{p + c: "loc" for p in ("i", "si", "u", "su") for c in ("nde", "nda")},
    **{p + c: "abl" for p in ("i", "si", "u", "su") for c in ("nden", "ndan")},
}
# "ASELSAN'ımız ... sözleşme imzaladı": an official's "our" on a firm's name leaves it the
# subject; a case may follow ("ASELSAN'ımızın", "THY'mıza") (folded).
_TR_OUR = {
    **{p: "nom" for p in ("imiz", "umuz", "miz", "muz")},
    **{p + c: "gen" for p, c in (("imiz", "in"), ("umuz", "un"), ("miz", "in"), ("muz", "un"))},
    **{p + c: "dat" for p, c in (("imiz", "e"), ("umuz", "a"), ("miz", "e"), ("muz", "a"))},
    **{p + c: "acc" for p, c in (("imiz", "i"), ("umuz", "u"), ("miz", "i"), ("muz", "u"))},
    **{p + c: "loc" for p in ("imiz", "umuz", "miz", "muz") for c in ("de", "da")},
    **{p + c: "abl" for p in ("imiz", "umuz", "miz", "muz") for c in ("den", "dan")},
}
_TR_POSTPOSITIONS = {
    "aleyhine": "against", "karsi": "against", "hakkinda": "about", "ilgili": "about",
    "nezdinde": "about",
    "tarafindan": "by", "ile": "ins",
    # "İş, X Ltd. Şti. üzerine ihale edildi": tendered onto X, as a dative would say.
    "uzerine": "dat",
}
_EN_PREPOSITIONS = frozenset(
    "by to from with against of for in at on into about".split()
)
_EN_STOPPERS = frozenset("that which who and said says while as after when accuses accused alleges "
                          "alleged claims charges charged names".split())
# A subject pronoun or an auxiliary opens the clause a later name belongs to ("said on
# Monday it had fined X"): a preposition before it is no role of the name (folded).
_EN_CLAUSE_HEADS = frozenset("it they he she we has have had was were will would".split())
# Dates a preposition takes as its object before a clause's subject (folded).
_EN_TIME_WORDS = EN_DAY_WORDS | frozenset("""january february march april june july august
    september october november december year""".split())
CLAUSE_BREAKS = frozenset(
    "; ancak fakat ise oysa but while whereas however although meanwhile".split()
)


# A spelled-out legal form takes its case glued on, without an apostrophe: "... Anonim
# Ortaklığına satıldı", "... Limited Şirketinin" (folded endings after the form's stem).
_LEGAL_STEMS = ("sirketi", "ortakligi", "bankasi")
_GLUED_CASES = (("nin", "gen"), ("nun", "gen"), ("ne", "dat"), ("na", "dat"), ("ni", "acc"),
                ("nden", "abl"), ("ndan", "abl"), ("nde", "loc"), ("nda", "loc"))


def _glued_legal_case(base: str) -> str:
    for stem in _LEGAL_STEMS:
        if base.startswith(stem) and len(base) > len(stem):
            rest = base[len(stem):]
            for ending, role in _GLUED_CASES:
                if rest == ending:
                    return role
    return ""


_OURS = frozenset({"sirketimiz", "ortakligimiz", "bankamiz", "grubumuz"})


def _ours_with_counterparty(tokens: list[Token], mention: Mention) -> bool:
    """True for either party of "Şirketimiz ile X arasında": the first-person firm before
    "ile" or the named firm before "arasında"."""
    nxt = tokens[mention.tok_end].base
    if nxt == "ile" and tokens[mention.tok_start].base in _OURS:
        return any(t.base == "arasinda" for t in tokens[mention.tok_end + 2:mention.tok_end + 12])
    if nxt == "arasinda":
        k = mention.tok_start - 1
        return k >= 1 and tokens[k].base == "ile" and tokens[k - 1].base in _OURS
    return False


def _suffix_role(suffix: str, tokens: list[Token], end: int, lang: str) -> str:
    """The role an apostrophe suffix gives the name ending before ``end`` ("" if none)."""
    if lang == "tr" and suffix in _TR_POSSESSIVE_CASES:
        return _TR_POSSESSIVE_CASES[suffix]
    if lang == "tr" and suffix in _TR_OUR:
        return _TR_OUR[suffix]
    for suffixes, role in _TR_SUFFIX_ROLES:
        if suffix in suffixes:
            if role == "dat" and lang == "tr":
                at = end
                if at + 2 < len(tokens) and tokens[at].text == "(" and tokens[at + 1].is_all_caps \
                        and tokens[at + 2].text == ")":
                    at += 3  # "Elektrik Üretim AŞ'ye (EÜAŞ) ait": an abbreviation between
                after = tokens[at].base if at < len(tokens) else ""
                if after in ("karsi", "yonelik"):
                    return "against"
                if after == "ait":  # "X'e ait fabrika": X's plant
                    return "gen"
            return role
        if suffix.startswith(suffixes):
            return role
    return ""


def mention_role(mention: Mention, tokens: list[Token], lang: str) -> str:
    """Grammatical role of a mention within its sentence (see module docstring)."""
    if lang == "tr":
        among = _among_role(tokens, mention.tok_end)
        if among:
            return among
    if lang == "tr" and mention.suffix and mention.tok_end < len(tokens) \
            and tokens[mention.tok_end].base.startswith(_SOURCE_STEMS):
        return "source"  # "Beta Haber'in aktardığına göre": who reports, no party
    if lang == "tr" and mention.suffix and mention.tok_end + 1 < len(tokens) \
            and tokens[mention.tok_end].base in _SUBSIDIARY_NOUNS_TR \
            and tokens[mention.tok_end + 1].text == "," \
            and _suffix_role(mention.suffix, tokens, mention.tok_end, lang) == "gen":
        return "nom"  # "X'in iştiraki, yurt dışında iş aldı": the subsidiary acts for X
    cased = _suffix_role(mention.suffix, tokens, mention.tok_end, lang) if mention.suffix else ""
    if cased:
        return cased
    if lang == "en" and mention.tok_end < len(tokens) and tokens[mention.tok_end].text in "'’" \
            and tokens[mention.tok_end - 1].text.endswith("s") \
            and not (mention.tok_start > 0 and tokens[mention.tok_start - 1].text in "'‘"):
        return "gen"  # "Halden Pumps' UK arm", "Barclays’ shares": the plural's genitive
    if lang == "tr" and mention.tok_end + 1 < len(tokens) and tokens[mention.tok_end].base == "ile":
        # "İhaleyi Detay Trafik ile Kaya Yapı'nın aldığı açıklandı", "mühlet kararı A Ltd.
        # Şti. ile B Ltd. Şti. için": two names joined by "ile" share the case or the
        # postposition the second one carries.
        k = mention.tok_end + 1
        while k < min(len(tokens), mention.tok_end + 12) and (
                tokens[k].is_upper_initial or tokens[k].base in ("ve", "&", ".")):
            if tokens[k].suffix:
                role = _suffix_role(tokens[k].suffix, tokens, k + 1, lang)
                if role in _SHARED_ROLES:
                    return role
                break
            k += 1
        else:
            if k > mention.tok_end + 1 and k < len(tokens) and (
                    tokens[k - 1].is_upper_initial or tokens[k - 1].text == "."):
                role = "for" if tokens[k].base == "icin" else _TR_POSTPOSITIONS.get(
                    tokens[k].base, "")
                if role in _SHARED_ROLES:
                    return role
    if lang == "tr" and not mention.suffix:
        shared = _shared_with_common_noun(tokens, mention.tok_end)
        if shared:
            return shared
    if lang == "tr" and not mention.suffix and mention.tok_end > mention.tok_start:
        glued = _glued_legal_case(tokens[mention.tok_end - 1].base)
        if not glued and mention.tok_end < len(tokens) \
                and tokens[mention.tok_end].is_upper_initial:
            # "Türkiye Vakıflar Bankasının": the name's last word, case glued on, left out
            # of a register alias ("Türkiye Vakıflar").
            glued = _glued_legal_case(tokens[mention.tok_end].base)
        if glued:
            return glued
    if lang == "tr" and not mention.suffix and mention.tok_end + 1 < len(tokens) \
            and tokens[mention.tok_end].base in _NAMING_WORDS:
        # "X adlı fabrikayı", "X isimli şirketin": the named noun carries the case.
        role = _noun_case(tokens[mention.tok_end + 1].base)
        if role:
            return role
    if lang == "tr" and not mention.suffix:
        role = _venture_case(tokens, mention.tok_end)
        if role:
            return role
    if mention.tok_end < len(tokens):
        nxt = tokens[mention.tok_end]
        if lang == "tr" and _ours_with_counterparty(tokens, mention):
            # "Şirketimiz ile X A.Ş. arasında sözleşme imzalanmıştır": the disclosing firm is
            # the party; the firm "arasında" is its counterparty. (In news the order says
            # nothing: "Karayolları ile Polat Yapı arasında" names the winner second.)
            return "nom" if nxt.base == "ile" else "between"
        if nxt.base in _TR_POSTPOSITIONS:
            return _TR_POSTPOSITIONS[nxt.base]
        past = _after_brackets(tokens, mention.tok_end)
        if past != mention.tok_end and past < len(tokens) and tokens[past].base in _TR_POSTPOSITIONS \
                and tokens[past].base != "ile":
            # "X A.Ş. (“Şirket”) hakkında": a defined term in brackets stands between.
            return _TR_POSTPOSITIONS[tokens[past].base]
        if nxt.base == "ile" and mention.tok_end + 1 < len(tokens) \
                and tokens[mention.tok_end + 1].base == "ilgili":
            return "about"
        if lang == "tr" and not mention.suffix and mention.tok_end + 1 < len(tokens):
            # A bare compound "X yöneticileri hakkında" / "X yönetimi aleyhine": the
            # possessed noun passes the postposition's role on to the firm.
            after = tokens[mention.tok_end + 1].base
            if after in ("hakkinda", "aleyhine") and nxt.is_word and nxt.base.endswith(
                    ("i", "u", "si", "leri", "lari")):
                return _TR_POSTPOSITIONS[after]
    if lang == "en":
        for k in range(mention.tok_start - 1, max(-1, mention.tok_start - 7), -1):
            tok = tokens[k]
            if not tok.is_word and tok.text not in "-":
                break
            if tok.base in _EN_STOPPERS or tok.base in _EN_CLAUSE_HEADS:
                break
            if tok.base in _EN_TIME_WORDS:
                break  # "On Tuesday the company filed": the preposition governs the date
            if tok.base == "of" and k >= 1 and tokens[k - 1].base in _ORGANS \
                    and all(t.is_upper_initial or t.base in ("the", "its") or not t.is_word
                            for t in tokens[:k - 1]):
                return "nom"  # "The Executive Board of X decided to ...": X acts
            if tok.base in _EN_PREPOSITIONS:
                return tok.base
            if k == mention.tok_start - 1 and len(tok.base) > 3 and tok.base.endswith("ed") \
                    and not tok.is_upper_initial \
                    and not (k > 1 and tokens[k - 1].base in ("the", "a", "an")
                             and tokens[k - 2].base in _EN_PREPOSITIONS):
                # ("relocated to the closed X": an adjective; the preposition before it rules)
                break  # "a court in Rotterdam declared X bankrupt", "states sued X": the object
    return "nom"


# A firm's unit named by its relation, in Turkish (folded): "X'in iştiraki, ...".
_SUBSIDIARY_NOUNS_TR = frozenset("istiraki istirakleri birimi".split())
# Roles the second of two names joined by "ile" passes to the first: the genitive, the
# dative and accusative objects, and the postpositions "hakkında", "aleyhine", "için".
_SHARED_ROLES = frozenset("gen dat acc about against for".split())
def is_outlet(mention: Mention, tokens: list[Token], lang: str) -> bool:
    """True for an outlet the news is quoted from ("HavaHaber'in edindiği bilgiye göre"):
    the source role, and neither registered nor written with a legal form (a firm quoting
    its own statement is still the firm)."""
    return lang == "tr" and not mention.legal_form and not (
        mention.link is not None and mention.link.status == "linked") \
        and mention_role(mention, tokens, lang) == "source"


# A firm's organs and units that act for it at the head of a sentence: "The board of X
# decided", "the Mexican unit of X said it would stop production" (folded).
_ORGANS = frozenset("board directors shareholders arm unit division".split())


# What a source does after its genitive name ("X'in aktardığına göre", folded stems).
_SOURCE_STEMS = ("aktardig", "bildirdig", "yazdig", "haberine", "haberlerine", "ogrendig",
                 "ulastig", "edindig")


def _shared_with_common_noun(tokens: list[Token], end: int) -> str:
    """The role a firm shares with a common noun it is joined to by "ve": "X ve bağlı
    şirketlere yönelik soruşturma", "X ve yöneticileri hakkında dava" (folded)."""
    if end + 2 >= len(tokens) or tokens[end].base != "ve":
        return ""
    for k in range(end + 1, min(end + 5, len(tokens))):
        tok = tokens[k]
        if not tok.is_word or tok.is_upper_initial:
            return ""
        if k > end + 1 and tok.base in ("yonelik", "hakkinda", "aleyhine"):
            return "against" if tok.base == "yonelik" else _TR_POSTPOSITIONS[tok.base]
    return ""


def _among_role(tokens: list[Token], end: int) -> str:
    """The role of the group a name is one of: "aralarında X'in de bulunduğu dokuz firma
    hakkında" makes X a member of the firms the postposition governs (folded)."""
    k = end
    # "X ağlarının Türkiye temsilcilerinin de bulunduğu": X's own units are the members.
    for skip in range(1, 4):
        if end + skip < len(tokens) and tokens[end + skip].base in ("de", "da") \
                and all(t.is_word for t in tokens[end:end + skip]) \
                and tokens[end + skip - 1].base.endswith(GENITIVE_ENDINGS):
            k = end + skip
            break
    if k < len(tokens) and tokens[k].base in ("de", "da"):
        k += 1
    if k < len(tokens) and tokens[k].base == "bulundugu":
        k += 1
    elif k + 1 < len(tokens) and tokens[k].base == "yer" and tokens[k + 1].base == "aldigi":
        k += 2
    else:
        return ""
    for tok in tokens[k:k + 8]:
        if not tok.is_word and not tok.text[:1].isdigit():
            return ""
        if tok.base in _TR_POSTPOSITIONS:
            return _TR_POSTPOSITIONS[tok.base]
    return ""


# Genitive case endings, folded ("'nın", "'ün" fold to these).
GENITIVE_ENDINGS = ("nin", "nun", "in", "un")


_NAMING_WORDS = frozenset("adli isimli unvanli adindaki markali".split())
# Nouns a name is given to, and the case endings they take (folded, longest first).
_NAMED_NOUNS = ("sirket", "firma", "fabrika", "tesis", "otel", "magaza", "banka", "holding",
                "grup", "marka", "isletme", "kurulus", "acente", "santral")
_NOUN_CASES = (("nin", "gen"), ("nun", "gen"), ("in", "gen"), ("un", "gen"),
               ("ndan", "abl"), ("dan", "abl"), ("den", "abl"), ("ndaki", "loc"),
               ("nda", "loc"), ("da", "loc"), ("de", "loc"), ("ya", "dat"), ("ye", "dat"),
               ("na", "dat"), ("e", "dat"), ("yi", "acc"), ("yu", "acc"), ("ni", "acc"),
               ("i", "acc"), ("u", "acc"))


# A joint venture or consortium named after its members ("A ve B İş Ortaklığı'na", "B
# Ortak Girişimi'nin"): the members take the case the venture's noun carries (folded).
_VENTURES = (("is", "ortakligi"), ("ortak", "girisimi"), ("konsorsiyumu",), ("ortakligi",))


def _venture_after(tokens: Sequence[Token], at: int) -> bool:
    """True when a joint-venture noun ("ortaklığı", "iş ortaklığı", "konsorsiyumu") starts
    at token ``at``."""
    for words in _VENTURES:
        end = at + len(words)
        if end <= len(tokens) and all(tokens[at + k].base == w for k, w in enumerate(words[:-1])) \
                and tokens[end - 1].base.startswith(words[-1]):
            return True
    return False


def _venture_case(tokens: list[Token], at: int) -> str:
    """The case of a joint-venture noun starting at token ``at``, or ""."""
    for words in _VENTURES:
        end = at + len(words)
        if end > len(tokens) or any(tokens[at + k].base != w for k, w in enumerate(words[:-1])):
            continue
        last = tokens[end - 1]
        if not last.base.startswith(words[-1]):
            continue
        rest = last.base[len(words[-1]):]
        if last.suffix and not rest:
            return next((role for suffixes, role in _TR_SUFFIX_ROLES if last.suffix in suffixes), "")
        return next((role for ending, role in _NOUN_CASES
                     if ending.startswith("n") and rest == ending), "")
    return ""


def _noun_case(word: str) -> str:
    """The case of a named noun ("fabrikayı" -> acc, "şirketin" -> gen), or "" if bare."""
    for noun in _NAMED_NOUNS:
        if word.startswith(noun):
            rest = word[len(noun):]
            for ending, role in _NOUN_CASES:
                if rest == ending or (rest.endswith(ending) and rest[:-len(ending)] in ("s", "")):
                    return role
            return ""
    return ""


@dataclass
class Attachment:
    """The mention chosen for a cue and how good the fit is (0..1)."""

    mention: Mention
    fit: float


def attach(
    cue_start: int,
    cue_end: int,
    mentions: list[Mention],
    roles: dict[int, str],
    allowed: Sequence[str],
    side: str,
    tokens: list[Token],
    lang: str,
) -> Attachment | None:
    """Pick the mention (of one sentence) a cue spanning tokens [cue_start, cue_end) belongs to."""
    best: tuple[float, Mention] | None = None
    any_role = "any" in allowed
    for m in mentions:
        if m.tok_start < cue_end and cue_start < m.tok_end:
            continue
        role = roles[id(m)]
        if not any_role and role not in allowed:
            continue
        before = m.tok_end <= cue_start
        if (side == "before" and not before) or (side == "after" and before):
            continue
        lo, hi = (m.tok_end, cue_start) if before else (cue_end, m.tok_start)
        distance = float(hi - lo)
        if not before:
            distance += 4.0 if lang == "tr" else 1.5
        if lang == "tr" and not before and _own_subject_clause(tokens, cue_end, m.tok_start):
            continue  # "konkordato kararları gelirken X, ...": that clause has its subject
        if any((tokens[k].base in CLAUSE_BREAKS and not (before and k == lo and tokens[k].base == "ise"))
               or (lang == "tr" and ends_clause(tokens[k])) for k in range(lo, hi)):
            # ("X'e ise 410 bin lira ceza verildi": "ise" right after a name marks it the topic)
            distance += 20.0  # "X'e ceza uygulanırken Y için ...": the converb ends X's clause
        if any_role and role not in allowed:
            distance += 6.0
        if m.pronoun:
            distance += 3.0
        if best is None or distance < best[0]:
            best = (distance, m)
    if best is None:
        return None
    fit = 1.0 if best[0] <= 6 else 0.85 if best[0] <= 15 else 0.65
    return Attachment(best[1], fit)


# Endings of a Turkish plural noun, bare or possessed ("kararlar", "kararları", folded).
_PLURALS = ("lar", "ler", "lari", "leri")


def _own_subject_clause(tokens: list[Token], cue_end: int, name_at: int) -> bool:
    """True when a Turkish cue ends in a plural noun that is the subject of a -(y)ken clause
    closing before the name: "Dev markalardan konkordato kararları peş peşe gelirken X, ...",
    "İşten çıkarmalar sürerken X, ..." speak of the trade, not of X."""
    near = [tokens[cue_end - 1]] if cue_end > 0 else []  # the cue's last word, the next two
    for tok in tokens[cue_end:min(cue_end + 2, name_at)]:
        if not tok.is_word or ends_clause(tok):
            break
        near.append(tok)
    return any(t.base.endswith(_PLURALS) and not t.suffix for t in near) \
        and _subject_converb(tokens, cue_end, name_at)


# Intransitive converbs in -(y)ken whose subject a noun before them is (folded): "kararlar
# gelirken", "işten çıkarmalar sürerken" (but "işten çıkarmalar yaparken X": X makes them).
_INTRANSITIVE_KEN = frozenset("""gelirken artarken surerken cogalirken yukselirken hizlanirken
    gerceklesirken yayginlasirken katlanirken""".split())


def _subject_converb(tokens: list[Token], lo: int, hi: int) -> bool:
    """True when an intransitive or passive -(y)ken converb stands in [lo, hi)."""
    return any(ends_clause(tokens[k]) and (
        tokens[k].base in _INTRANSITIVE_KEN
        or tokens[k].base.endswith(("ilirken", "ulurken", "inirken", "unurken"))
        or (k > 0 and tokens[k].base == "ederken" and tokens[k - 1].base == "devam"))
        for k in range(lo, hi))


# Modifiers that bind to the clause of the cue, not to the whole sentence: "won a contract
# for a hospital, which may open in 2028" is a won contract; "may build a plant" is not.
# ("undecided" - no decision yet, under study, in talks - holds for the whole sentence.)
# "claim": a cue inside what somebody claims ("X'in istifa ettiğini iddia etti") is that
# person's claim, not a fact; facts elsewhere in the sentence stay.
SCOPED = ("possibility", "fear", "cancel", "refusal", "claim")
# English negation is a word of its own clause ("..., and no fine was imposed on Y"); a
# Turkish one is a suffix, often on a reporting verb that covers the whole sentence
# ("... haberlerin doğru olmadığını açıkladı"), so it stays sentence-wide there.
SCOPED_BY_LANG = {"tr": SCOPED, "en": (*SCOPED, "negation")}
# Modifiers that bind to the whole clause of the cue, however far: "revised the outlook on
# X from negative to stable" is an upgrade, even with the firm's name in between; a plant
# sold "icradan" / at a foreclosure auction in that clause is a forced sale.
CLAUSE_SCOPED = ("upgrade", "enforcement", "collusion", "unmet", "case_dropped")
# Words that open a new clause inside a sentence.
CLAUSE_OPENERS = frozenset("; which that who whose whereas while but ancak fakat ama ise "
                           "before until because although though unless".split())
# Turkish closes a clause with the converb -(y)ken: "X'in notunu yükseltirken Y'nin notunu
# düşürdü", "Tukaş'ın başvurusu olumlu bulunurken ..."; these few words only look like one.
_NOT_CONVERBS = frozenset({"erken", "seken"})


def opens_clause(token: Token) -> bool:
    """True for a word or mark that starts a new clause ("ancak", "while", ";")."""
    return token.base in CLAUSE_OPENERS or token.text == ";"


def ends_clause(token: Token) -> bool:
    """True for a Turkish converb in -(y)ken: the clause it closes ends with it."""
    base = token.base
    return len(base) > 4 and base.endswith("ken") and base not in _NOT_CONVERBS

_RELATIVE_EN = re.compile(r",\s+(?:which|who)\s+[^,;]*")
_PAST_EN = re.compile(r"\b(?:earlier|last|previously|ago|once|formerly|had|in (?:19|20)\d\d)\b")


def past_relative_clauses(folded: str) -> list[tuple[int, int]]:
    """Spans of English non-restrictive relative clauses about the past
    (", which raised capital earlier this year,"): background, not the news."""
    return [m.span() for m in _RELATIVE_EN.finditer(folded) if _PAST_EN.search(m.group())]


def clause_around(tokens: Sequence[Token], index: int, lang: str) -> tuple[int, int]:
    """Token range [lo, hi) of the clause holding ``tokens[index]``.

    A clause opener ("ancak", "while", ";") starts the next clause; a Turkish -(y)ken
    converb ends its own.
    """
    lo = 0
    for k in range(min(index, len(tokens)) - 1, -1, -1):
        tok = tokens[k]
        if opens_clause(tok):
            lo = k
            break
        if lang == "tr" and ends_clause(tok):
            lo = k + 1
            break
    hi = len(tokens)
    for k in range(index, len(tokens)):
        tok = tokens[k]
        if k > index and opens_clause(tok):
            hi = k
            break
        if lang == "tr" and ends_clause(tok):
            hi = k + 1
            break
    return lo, hi


def in_clause(spans: list[tuple[int, int]], folded: FoldedText, tokens: list[Token],
              hit: CueHit, lang: str) -> bool:
    """True when a modifier match starts in the clause of the cue's last word."""
    lo, hi = clause_around(tokens, folded.token_at(max(hit.start, hit.end - 1)), lang)
    return any(lo <= folded.token_at(a) < hi for a, _ in spans)


def in_scope(spans: list[tuple[int, int]], folded: FoldedText, tokens: list[Token],
             hit: CueHit, lang: str) -> bool:
    """True when a modifier match sits in the cue's clause, close enough to qualify it.

    Turkish puts modality on or just after the verb ("kurmayı değerlendiriyor",
    "kapatabileceği"), English just before it ("may build", "is considering selling"); a
    clause opener (";", "which", "ancak") in between ends the modifier's reach.
    """
    first = folded.token_at(hit.start)
    last = folded.token_at(max(hit.start, hit.end - 1))
    before, after = (3, 4) if lang == "tr" else (6, 3)
    for a, b in spans:
        m_first = folded.token_at(a)
        m_last = folded.token_at(max(a, b - 1))
        if m_last >= first and m_first <= last:
            return True  # inside the cue ("kapatabileceği")
        if lang == "tr" and m_last < first and folded.text[a:b].endswith(("ecek", "acak")):
            continue  # a participle describing a noun: "üretebilecek yeni bir fabrika"
        lo, hi = (m_last + 1, first) if m_last < first else (last + 1, m_first)
        # "could include a distressed exchange, restructuring or bankruptcy": a modal
        # reaches every alternative of the list it governs.
        alternatives = lang == "en" and m_last < first and first - m_last <= 12 \
            and any(tokens[k].base == "or" for k in range(max(lo, first - 2), first)) \
            and not any(tokens[k].text in ",;" and tokens[k + 1].base in ("and", "but")
                        for k in range(lo, min(hi, len(tokens)) - 1))
        if (m_last < first and first - m_last > before and not alternatives) or \
                (m_first > last and m_first - last > after):
            continue
        if lang == "en" and m_first > last and _adverb_of_own_verb(tokens, m_first, m_last):
            continue  # "will close the plant, possibly leaving ...": the adverb's own verb
        earlier_end = last if m_first > last else m_last
        if lang == "tr" and earlier_end < len(tokens) and ends_clause(tokens[earlier_end]):
            continue
        if not any(opens_clause(tokens[k]) or (lang == "tr" and ends_clause(tokens[k]))
                   for k in range(lo, min(hi, len(tokens)))):
            return True
    return False


def hedges_later_verb(span: tuple[int, int], folded: FoldedText, tokens: list[Token],
                      hit: CueHit) -> bool:
    """True for a hedge after the cue that qualifies a verb of its own: "has gone into
    liquidation, reportedly leaving customers out of pocket" reports the liquidation as
    fact and only the losses as hearsay."""
    first = folded.token_at(span[0])
    last = folded.token_at(max(span[0], span[1] - 1))
    return first > folded.token_at(max(hit.start, hit.end - 1)) \
        and _adverb_of_own_verb(tokens, first, last)


# Words in -ing that are prepositions, not a verb of the hedge's own (folded): "possibly
# during the summer", "reportedly according to staff".
_ING_PREPOSITIONS = frozenset("during according following including regarding concerning "
                              "pending notwithstanding excluding considering".split())


def _adverb_of_own_verb(tokens: list[Token], first: int, last: int) -> bool:
    """True for a one-word hedge ("reportedly", "possibly", "considering", "fearing")
    followed by a verb in -ing: the hedge qualifies that verb, not what came before it."""
    if first != last or not tokens[first].base.endswith(("ly", "ing")) or last + 1 >= len(tokens):
        return False
    verb = tokens[last + 1]
    return verb.is_word and not verb.is_upper_initial and verb.base.endswith("ing") \
        and verb.base not in _ING_PREPOSITIONS


def escapes_backdrop(backdrops: list[tuple[int, int]], folded: FoldedText,
                     mention: Mention | None, cue_tok: int) -> bool:
    """True when every background marker sits before the firm and the cue after it.

    "2022'de konkordato sürecine giren X, yeni fabrika kuracak": the year belongs to the
    participle clause describing X, not to the new plant announced after X.
    """
    if mention is None or mention.tok_end > cue_tok:
        return False
    for a, b in backdrops:
        end = folded.token_at(max(a, b - 1)) + 1
        if folded.token_at(a) == 0 and end < len(folded.tokens) \
                and folded.tokens[end].text == ",":
            return False  # "Last March, X announced ...": a fronted time dates the sentence
    return all(folded.token_at(max(a, b - 1)) < mention.tok_start for a, b in backdrops)


# Words of an amount between gapped list members ("8 milyon TL", "TRY 6.8m").
_AMOUNT_WORDS = frozenset("tl try usd eur gbp euro euros dolar dollar dollars lira liras avro sterlin "
                          "pound pounds bin milyon milyar trilyon million billion trillion m bn "
                          "mn $ € £ ₺ %".split())


_CURRENCY_WORDS = frozenset("tl try usd eur gbp".split())


def _is_amount(tok: Token) -> bool:
    return tok.base in _AMOUNT_WORDS or tok.text in _AMOUNT_WORDS or (
        tok.text[:1].isdigit() or tok.text[:1] in CURRENCY_SIGNS)


# Tokens that join the members of an enumeration ("A, B ve C", "A; B and C", "A & B").
# "ile" / "with" are left out: "A, B ile sözleşme imzaladı" names a counterparty.
_LIST_JOINERS = LIST_GLUE | {"as", "well", "/"}
_LIST_BRACKETS = frozenset({"(", ")"})
_CONJUNCTIONS = LIST_GLUE - {",", ";"}


def coordinated(mention: Mention, mentions: Sequence[Mention], tokens: Sequence[Token],
                role: str = "nom", lang: str = "tr", with_ile: bool = False) -> list[Mention]:
    """The other members of the enumeration ``mention`` stands in, in text order.

    "A, B ve C konkordato ilan etti", "Fitch cut A, B and C": the cue attaches to one name
    (the nearest, or the one carrying the case suffix) but the event is every member's.
    Members are joined by commas, semicolons, "ve/and/veya/or/&" and a bracketed short
    name ("Türkiye Finans (TF), Denizbank"); anything else between two names ends the list.
    Two names joined by a bare comma are a list only with a conjunction somewhere or a third
    member. Turkish marks the case once, on the last name, so a list whose last member's
    case differs from the attached one's is none; and a sentence-initial subject followed
    by a comma ("X, Y aleyhine dava açtı", "X, Y'nin iflasını istedi") is not a member when
    the event's firm is not the subject (``role``). With ``with_ile``, "ile" joins two
    names too ("A AŞ, B AŞ ile C AŞ firmalarının"), for a list named again later.
    """
    if bracketed(mention, tokens):
        # "A (A1), B and C": the short name in brackets stands where its full name does.
        full = next((m for m in mentions if m.tok_end == mention.tok_start - 1
                     and m.sentence == mention.sentence and not m.pronoun), None)
        if full is not None:
            return [m for m in coordinated(full, mentions, tokens, role, lang, with_ile)
                    if m is not mention]
    ordered = sorted((m for m in mentions if not m.pronoun and (
        m is mention or not bracketed(m, tokens)) and not (
        lang == "en" and m is not mention and _home_of_member(m, mentions, tokens))),
        key=lambda m: m.tok_start)
    if mention not in ordered:
        return []
    at = ordered.index(mention)
    conjunction = False

    def joined(left: Mention, right: Mention) -> bool:
        nonlocal conjunction
        between = _without_initials(tokens[left.tok_end:right.tok_start])
        # Gapping repeats the case and drops the verb: "A'ya 8 milyon TL, B'ye 6 milyon TL
        # ceza", "imposed TRY 8m on A and TRY 6m on B"; each member has its own amount.
        gapped = any(_is_amount(t) for t in between)
        # Every member may carry the case: "Akbank'ın, Garanti'nin ve İş Bankası'nın
        # notları", "Akbank's, Garanti's and Isbank's ratings".
        repeated = bool(left.suffix) and bool(right.suffix) and (
            _same_case(left.suffix, right.suffix) if lang == "tr"
            else left.suffix == right.suffix == "s") and all(
            t.base in _LIST_JOINERS or t.text in _LIST_JOINERS for t in between)
        if lang == "tr" and left.suffix and right.suffix and _same_case(left.suffix, right.suffix) \
                and _gapped_object(tokens, between, right):
            conjunction = True
            return True
        if not between or (left.suffix and not repeated
                           and not (gapped and _same_case(left.suffix, right.suffix))):
            return False
        if (with_ile or (lang == "tr" and left.tok_start > 0
                         and tokens[left.tok_start - 1].text == ","
                         and any(m.tok_end == left.tok_start - 1 for m in ordered))) \
                and len(between) == 1 and between[0].base == "ile" \
                and not left.suffix and not right.suffix:
            # (or a list that is one already: "A AŞ, B AŞ ile C AŞ için konkordato")
            # Lists read language-blind ("enumerations"): "A AŞ, B AŞ ile C Ltd. Şti."
            conjunction = True
            return True
        if lang == "tr" and len(between) == 1 and between[0].base == "ile" \
                and not left.suffix and not right.suffix and right.tok_end < len(tokens) \
                and _venture_after(tokens, right.tok_end):
            # "A ile B ortaklığı / konsorsiyumu kazandı": the venture's partners.
            conjunction = True
            return True
        if lang == "tr" and len(between) == 1 and between[0].base == "ile" and right.suffix \
                and not left.suffix and not (right.tok_end < len(tokens)
                                             and tokens[right.tok_end].base.startswith("arasinda")):
            # "İhaleyi A ile B'nin aldığı": "ile" joins two names the last one's case governs.
            conjunction = True
            return True
        if lang == "tr" and len(between) == 1 and between[0].base == "ile" \
                and not left.suffix and not right.suffix and right.tok_end < len(tokens) \
                and tokens[right.tok_end].base in ("hakkinda", "aleyhine", "icin"):
            # "mühlet kararı A Ltd. Şti. ile B Ltd. Şti. için / hakkında": so does the
            # postposition after the last.
            conjunction = True
            return True
        if lang == "en" and 3 <= len(between) <= 5 and between[0].base == "and" \
                and between[1].base in ("its", "their") \
                and all(t.is_word and not t.is_upper_initial for t in between[2:]) \
                and (between[-1].base in _TRADE_NOUNS or between[-1].base.endswith(
                    ("er", "or", "iary", "unit", "affiliate"))):
            # "took X and its sister installer Y to court": the second firm, described.
            conjunction = True
            return True
        if lang == "en" and gapped and _gapped_member(tokens, between, right):
            conjunction = True
            return True
        if bracketed(right, tokens) and 3 <= len(between) <= 8 and between[-1].text == "(" \
                and (between[0].text in (",", ";") or between[0].base in _CONJUNCTIONS) \
                and all(t.is_upper_initial or t.base in _TITLE_GLUE for t in between[1:-1]):
            # "A, B ve Ordu Yardımlaşma Kurumu'nun (OYAK) notları": the last member's full
            # title, which the name finder does not take for a firm's, then its short name.
            conjunction = conjunction or between[0].base in _CONJUNCTIONS
            return True
        semicolons = any(t.text == ";" for t in between)
        # "including A, fashion retailer B, floor-coverings group C": a member's trade
        # written before it, after the joiner.
        described = lang == "en" and len(between) >= 2 and between[-1].base in _TRADE_NOUNS \
            and (between[0].text in (",", ";") or between[0].base == "and") \
            and sum(1 for t in between if t.is_word and not t.is_upper_initial) <= 3 \
            and not any(t.base in _NOT_DESCRIPTORS for t in between)
        depth = 0
        words = 0
        places = 0
        saw_conjunction = False
        # A member's aside may hold its place and a count ("A (Denizli, 300 işçi), B");
        # an inline list may number its members ("1) A, 2) B, 3) C").
        counted = any(t.text[:1].isdigit() and k + 1 < len(between)
                      and (between[k + 1].base in _COUNT_UNITS or _is_amount(between[k + 1]))
                      and not between[k + 1].text[:1].isdigit()
                      for k, t in enumerate(between))
        between = [t for k, t in enumerate(between) if not _numbering(between, k)]
        if lang == "en" and _home_follows(tokens, right.tok_end):
            between = _without_homes(between)
        for tok in between:
            if tok.text in _LIST_BRACKETS:
                depth += 1 if tok.text == "(" else -1
                continue
            if depth > 0:
                words += 1  # a bracketed short name or ticker
                if words > (6 if counted else 3):
                    return False
                continue
            if (gapped or semicolons) and tok.base in ("of", "the") and lang != "tr":
                continue  # "A of Italy €272m; B of the Netherlands €160m": a member's home
            if tok.base.endswith("-based") and lang != "tr":
                continue  # "New York-based A, Phoenix-based B and ...": where each is based
            if gapped and (_is_amount(tok) or (lang == "en" and tok.base == role)
                           or (lang == "tr" and tok.base in _GAPPED_TR)):
                continue  # "A'ya 2 milyon lira, B'ye ise 1 milyon lira ceza"
            if semicolons and places < 5 and (tok.text == "." or (
                    tok.is_word and tok.is_upper_initial)):
                places += 1  # "The Korte Co., St. Louis, Missouri; and ...": a member's city
                continue
            if tok.base == "the" and tok is between[-1]:
                continue  # "...; The Haskell Co.": the article opens the next member
            if described and tok is not between[0] and tok.is_word and (
                    not tok.is_upper_initial or _EN_DEMONYM.fullmatch(tok.text)):
                continue  # "..., the Japanese carriers B": a member's trade and home
            if tok.base not in _LIST_JOINERS and tok.text not in _LIST_JOINERS:
                return False
            saw_conjunction = saw_conjunction or tok.base in _CONJUNCTIONS
        if depth == 0:
            # A repeated case with its own amount joins two members as a conjunction does.
            conjunction = conjunction or saw_conjunction or bool(gapped and left.suffix)
        return depth == 0

    members = [mention]
    k = at
    while k > 0 and joined(ordered[k - 1], ordered[k]):
        k -= 1
        members.insert(0, ordered[k])
    k = at
    while k + 1 < len(ordered) and joined(ordered[k], ordered[k + 1]):
        k += 1
        members.append(ordered[k])
    if len(members) < 2 or (not conjunction and len(members) < 3
                            and not _colon_list(members, tokens)):
        return []
    if lang == "tr":
        # The case is marked on the last name (or on every one, in harmony: "Banvit'e,
        # Keskinoğlu'na ve Erpiliç'e"): a last name in another case ends no list of ours.
        if members[-1] is not mention and not _same_case(members[-1].suffix, mention.suffix):
            return []
        first = members[0]
        starts = first.tok_start == first_word_index(tokens)
        after = first.tok_end
        if after < len(tokens) and tokens[after].text == "(":
            # "Türkiye Varlık Fonu (TVF), A, B ve C'nin ...": the short name, then the comma.
            close = next((k for k in range(after, min(after + 6, len(tokens)))
                          if tokens[k].text == ")"), None)
            after = close + 1 if close is not None else after
        if role != "nom" and starts and first is not mention and after < len(tokens) \
                and tokens[after].text == "," and not _passive_tr(tokens) \
                and not _verbless_headline_tr(tokens, members[-1].tok_end) \
                and not _passive_participle_after(tokens, members[-1].tok_end) \
                and not (len(members) >= 3 and after == first.tok_end
                         and _possessed_subject(tokens, members[-1].tok_end, role)):
            # A passive verb leaves no subject: "A A.Ş., B A.Ş. ve C A.Ş. hakkında
            # soruşturma açıldı" names three members; so do three or more owning the
            # sentence's subject ("A, B ve C'nin notları indi"; but "X, A ve B'nin iflasını
            # istedi", "X, A ve B aleyhine dava açtı": X is the subject).
            members = members[1:]
    return [m for m in members if m is not mention]


def _without_initials(between: Sequence[Token]) -> Sequence[Token]:
    """``between`` without the initials that open the next member's name and that the name
    finder left out: "..., T.C. Ziraat Bankası, ...", "... and U.S. Steel"."""
    k = len(between)
    while k >= 2 and between[k - 1].text == "." and len(between[k - 2].text) == 1 \
            and between[k - 2].text.isupper():
        k -= 2
    return between[:k] if len(between) - k >= 4 else between


def _colon_list(members: Sequence[Mention], tokens: Sequence[Token]) -> bool:
    """True for names that fill a line after a colon: "Notu indirilenler: A A.Ş., B A.Ş."
    (two names and a bare comma are a list when nothing else follows them)."""
    first, last = members[0], members[-1]
    rest = list(tokens[last.tok_end:])
    if rest and rest[0].text == "(" and any(t.text == ")" for t in rest):
        rest = rest[next(k for k, t in enumerate(rest) if t.text == ")") + 1:]  # its aside
    return first.tok_start > 0 and tokens[first.tok_start - 1].text == ":" \
        and all(not t.is_word for t in rest)


def _possessed_subject(tokens: Sequence[Token], after: int, role: str) -> bool:
    """True when a genitive list owns the noun right after it and that noun is no object
    (no accusative "-nI" after its possessive): "A, B ve C'nin notları indi"."""
    if after < len(tokens) and tokens[after].text == "(":
        # "... ve C A.Ş.'nin (Kısa Ad) notları": the short name in brackets stands between.
        close = next((k for k in range(after + 1, min(after + 6, len(tokens)))
                      if tokens[k].text == ")"), None)
        after = close + 1 if close is not None else after
    if role != "gen" or after >= len(tokens) or not tokens[after].is_word:
        return False
    word = tokens[after].base
    if not word.endswith(("i", "u")) or word.endswith(("ni", "nu")):
        return False
    rest = [t for t in tokens[after + 1:] if t.is_word]
    # A postposition after it ("borcu nedeniyle", "alacakları için") or an object later
    # ("iflaslarını istedi") leaves the first name the subject of another verb.
    return not (rest and rest[0].base in _CAUSAL_POSTPOSITIONS_TR) and not any(
        t.base.endswith(("ni", "nu", "yi", "yu")) for t in rest)


# Words that make what stands before a member a clause, not its trade ("which owns retailer B").
_NOT_DESCRIPTORS = frozenset("which that who whose owns owned bought sold acquired with "
                             "its their".split())
# Trades written before a member of an English list ("fashion retailer B").
_TRADE_NOUNS = frozenset("""retailer retailers group chain maker manufacturer producer company
    firm bank lender insurer supplier operator brand carrier developer distributor grocer
    automaker carmaker airline brewer giant carriers makers manufacturers producers
    companies firms banks lenders insurers suppliers operators airlines groups""".split())


# An English demonym in a member's description ("the Japanese carriers", "Norwegian/Swedish
# carrier").
_EN_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ese|ian|an|ish|ic|i)(?:/[A-Z][a-z]+(?:ese|ian|an|ish|ic|i))*")
_TITLE_GLUE = frozenset("ve and of & -".split())


def bracketed(m: Mention, tokens: Sequence[Token]) -> bool:
    """True for a short name in brackets after the full one: "A.S. (Garanti), ..."."""
    return 0 < m.tok_start and m.tok_end < len(tokens) and tokens[m.tok_start - 1].text == "(" \
        and tokens[m.tok_end].text == ")"


# What a count in a member's aside counts ("300 işçi", "120 jobs", "80 milyon TL").
_COUNT_UNITS = frozenset("isci iscisi calisan calisani kisi personel jobs job workers "
                         "employees staff".split())


def _home_of_member(m: Mention, mentions: Sequence[Mention], tokens: Sequence[Token]) -> bool:
    """True for a short name right after another firm and "in"/"of": its town ("Wayne
    Farms in Dothan"), not a member of the list."""
    at = m.tok_start - 1
    return at >= 1 and tokens[at].base in ("in", "of") and not m.legal_form \
        and m.tok_end - m.tok_start <= 2 and any(o.tok_end == at for o in mentions) \
        and any(_home_follows(tokens, o.tok_end) for o in mentions if o.tok_start > m.tok_end)


def _home_follows(tokens: Sequence[Token], at: int) -> bool:
    """True when a place-like name follows "in"/"of" at ``at``: "... Next Level Apparel in
    Ashford" (not a month, a weekday or a year)."""
    return at + 1 < len(tokens) and tokens[at].base in ("in", "of") and capitalised_not_date(tokens[at + 1])


def capitalised_not_date(tok: Token) -> bool:
    """A capitalised word that is no month, weekday or number: a town, a name."""
    return tok.is_upper_initial and not tok.text[:1].isdigit() and tok.base not in EN_DAY_WORDS \
        and tok.base not in FULL_MONTHS


def _without_homes(between: Sequence[Token]) -> list[Token]:
    """The tokens between two list members without the first one's home: "grant tax
    abatements to Wayne Farms in Dothan and Next Level Apparel in Ashford" (the caller
    checks that the second member has a home too)."""
    out: list[Token] = []
    k = 0
    while k < len(between):
        tok = between[k]
        if _home_follows(between, k):
            k += 1
            end = min(len(between), k + 3)
            while k < end and (between[k].is_upper_initial or between[k].text == "."):
                k += 1
            continue
        out.append(tok)
        k += 1
    return out


def _gapped_object(tokens: Sequence[Token], between: Sequence[Token], right: Mention) -> bool:
    """True for Turkish gapping that repeats the possessed object and drops the verb:
    "X'in notunu B1'e, Y'nin notunu B2'ye indirdi" (between: the object, its new value,
    a comma); a verb in between ("notunu yükseltti, Y'nin notunu ise düşürdü") is none."""
    if right.tok_end >= len(tokens) or not between or not (
            between[-1].text == "," or between[-1].base in ("ve", "ile")):
        return False
    noun = tokens[right.tok_end].base
    words = [t for t in between[:-1] if t.is_word]
    return 0 < len(words) <= 5 and any(t.base == noun for t in words) and all(
        t.base == noun or t.base in _GAPPED_TR or t.base in ("kredi", "uzun", "kisa", "vadeli")
        or t.is_upper_initial or any(c.isdigit() for c in t.text) for t in words)


def _numbering(between: Sequence[Token], k: int) -> bool:
    """True for the parts of an inline list's number before a member: "2" and ")" in
    ", 2) B" or "ve 3) C" (the number right after a comma or conjunction, its bracket
    last)."""
    if len(between) < 3 or between[-1].text not in (")", ".") or k < len(between) - 2:
        return False
    number = between[-2]
    return number.text.isdigit() and len(number.text) <= 2 and (
        between[-3].text in (",", ";") or between[-3].base in _CONJUNCTIONS)


def _gapped_member(tokens: Sequence[Token], between: Sequence[Token], right: Mention) -> bool:
    """True for English gapping: "A agreed to pay a $1m penalty, B $860,000 and C $400,000".

    The first member carries the verb and its amount; each later one only its own amount,
    right after the name. The words between may be any short verb phrase with an amount,
    closed by a comma or "and".
    """
    if len(between) > 14 or between[-1].base not in (",", "and") or any(
            t.text in (".", ";", ":") for t in between):
        return False
    nxt = right.tok_end
    if nxt < len(tokens) and tokens[nxt].text in ("(", ")"):
        return False
    if nxt >= len(tokens):
        return False
    first = tokens[nxt]
    if first.text[:1] in CURRENCY_SIGNS or first.base in _CURRENCY_WORDS:
        return True  # "B $860,000", "B USD 2m"
    # A bare number needs its scale or currency after it ("B 3 million euros"): a year or
    # a head count after a name is no amount.
    return first.text[:1].isdigit() and nxt + 1 < len(tokens) and _is_amount(tokens[nxt + 1]) \
        and not tokens[nxt + 1].text[:1].isdigit() and tokens[nxt + 1].text != "%"


def _after_brackets(tokens: Sequence[Token], k: int) -> int:
    """The index after a short bracketed, quoted defined term starting at ``k`` (``k``
    itself if none)."""
    if k + 1 < len(tokens) and tokens[k].text == "(" and tokens[k + 1].text in QUOTES:
        for j in range(k + 1, min(k + 8, len(tokens))):
            if tokens[j].text == ")":
                return j + 1
    return k


# Words a Turkish gapped list puts beside each member's amount: "A'ya 2 milyon lira, B'ye
# ise 1 milyon lira", "A'nın 1,5 milyon lira tutarında, B'nin de ..." (folded).
_GAPPED_TR = frozenset("ise tutarinda tutarindaki degerinde bedelle".split())


def _same_case(a: str, b: str) -> bool:
    """True for two Turkish case endings of one case ("'ya" and "'ye": vowel harmony)."""
    return a == b or any(a in suffixes and b in suffixes for suffixes, _ in _TR_SUFFIX_ROLES)


def _passive_tr(tokens: Sequence[Token]) -> bool:
    """True when a Turkish sentence ends in a passive verb ("açıldı", "karar verildi",
    "başlatılmıştır"): the -Il- voice with a tense after it (folded)."""
    words = [t for t in tokens if t.is_word]
    return bool(words) and _PASSIVE_TR.search(words[-1].base) is not None


def _verbless_headline_tr(tokens: Sequence[Token], end: int) -> bool:
    """True when a list's names end a headline with no verb, only the event's noun
    ("A, B ve C'ye ceza", "A, B ve C'ye rekor soruşturma"): no member is a subject."""
    words = [t for t in tokens[end:] if t.is_word]
    return 0 < len(words) <= 3 and words[-1].base in _HEADLINE_NOUNS_TR


_HEADLINE_NOUNS_TR = frozenset("ceza cezasi sorusturma sorusturmasi dava davasi inceleme "
                               "incelemesi sok soku darbe darbesi".split())


def _passive_participle_after(tokens: Sequence[Token], end: int) -> bool:
    """True when a passive participle follows the list's last name within two words
    ("A, B ve C aleyhine açılan davada", "... hakkında başlatılan soruşturma"): the
    members are its object, none of them a subject."""
    words = [t for t in tokens[end:end + 3] if t.is_word][:2]
    return any(_PASSIVE_PARTICIPLE_TR.search(t.base) and t.base not in _NOT_PASSIVE_PARTICIPLES
               for t in words)


_PASSIVE_PARTICIPLE_TR = re.compile(r"\w{2,}(?:(?:il|ul)(?:an|en)|(?:la|le)n(?:an|en))$")
_NOT_PASSIVE_PARTICIPLES = frozenset("kullanan kilan bulan bilen ilan dolan calan".split())
_CAUSAL_POSTPOSITIONS_TR = frozenset("icin nedeniyle yuzunden dolayi sebebiyle karsi karsisinda".split())
_PASSIVE_TR = re.compile(
    r"(?:il|ul|(?:uygula|duzenle|belirle|isle|engelle|yasakla|iste|soyle|basla|hazirla|imzala"
    r"|onayla|tamamla|topla|kapa)n)"
    r"(?:di|du|mis|mus|ecek|acak|iyor|uyor|ir|ur)(?:tir|tur|ler|lar)?$")


def enumerations(mentions: Sequence[Mention], tokens: Sequence[Token],
                 with_ile: bool = False) -> list[list[Mention]]:
    """Every enumeration of firms in a sentence: three or more names joined by list
    punctuation, or two or more with a conjunction ("A, B ve C", "A; B; and C"); with
    ``with_ile``, "ile" joins the last one too ("A AŞ, B AŞ ile C AŞ firmalarının", which
    elsewhere may name a counterparty)."""
    ordered = sorted((m for m in mentions if not m.pronoun), key=lambda m: m.tok_start)
    chains: list[list[Mention]] = []
    seen: set[int] = set()
    for m in ordered:
        if id(m) in seen:
            continue
        others = coordinated(m, ordered, tokens, "nom", "en", with_ile)
        if others:
            chain = sorted([m, *others], key=lambda x: x.tok_start)
            seen.update(id(x) for x in chain)
            chains.append(chain)
    return chains
