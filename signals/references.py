"""References: the firm a sentence means without naming it.

"şirket", "the company" and possessives stand for a firm named before them (pronoun
mentions); a sentence without any name is about the subject the previous sentence gave
(Turkish drops it, English says "it"). Both return stand-in mentions whose ``origin`` is
the firm meant, so the extractor attaches cues to them like to any name.
"""

from __future__ import annotations

from signals.attach import is_outlet, mention_role
from signals.cues import CompiledPatterns
from signals.lexicon import COLLECTIVE_PLURALS, QUANTIFIERS, officer_title_at
from signals.mentions import Mention
from signals.pipeline import SentenceCues
from signals.places import find_places
from signals.shapes import common_opener
from signals.tokens import Token, first_word_index


def pronoun_mentions(sc: SentenceCues, tokens: list[Token], main: Mention | None,
                     patterns: CompiledPatterns, here: list[Mention] | None = None,
                     before: list[Mention] | None = None,
                     before_tokens: list[Token] | None = None,
                     main_nearby: bool = True, lang: str = "tr") -> list[Mention]:
    """Pronoun-like subjects ("şirket", "the company") as stand-ins for a firm.

    The firm named last before the pronoun in its sentence is the one meant ("the
    damage to X was done and the company filed for Chapter 11"); with none there, the
    document's main firm, unless it was not named in the last sentences (``main_nearby``)
    and the previous sentence opened with another (a digest's "X makes ice cream. The
    suit says the company ..."), or failing that the firm the previous sentence named
    last. "it" opening a subordinate clause means a firm of its own sentence only.
    """
    if patterns.pronoun_re is None:
        return []
    # (a source the last sentence quoted, "AirportHaber'in edindiği bilgiye göre", is not
    # the firm the news is about)
    prior = [m for m in before or [] if not m.pronoun and not (
        before_tokens and is_outlet(m, before_tokens, lang))]
    opener = None
    if before_tokens and prior and not (main is not None and main_nearby):
        first = first_word_index(before_tokens)
        opener = next((m for m in prior if m.tok_start == first and not (
            m.suffix and not m.suffix.startswith("s"))), None)
    fallback = opener or main or (max(prior, key=lambda m: m.tok_end) if prior else None)
    out: list[Mention] = []
    for m in patterns.pronoun_re.finditer(sc.folded.text):
        i = sc.folded.token_at(m.start())
        j = sc.folded.token_at(max(m.start(), m.end() - 1)) + 1
        if (i > 0 and (tokens[i - 1].base in QUANTIFIERS or tokens[i - 1].text[:1].isdigit())) or (
                j < len(tokens) and tokens[j].base.startswith(("sayi", "number"))):
            continue  # "birçok şirket", "firma sayısı": firms in general, not this one
        earlier = [m for m in here or [] if not m.pronoun and m.tok_end <= i]
        described = [m for m in earlier if _described_as(tokens, m, tokens[j - 1].base)]
        if not earlier and tokens[i].base == "it":
            continue  # "Since it opened, ...": no firm of this sentence to stand for
        ref = (described[-1] if len(described) == 1 else
               max(earlier, key=lambda m: m.tok_end) if earlier else fallback)
        if ref is None:
            continue
        out.append(Mention(tokens[i].start, tokens[j - 1].end, ref.text, ref.sentence, i, j,
                           ref.client_ids, False, ref.legal_form, tokens[j - 1].suffix,
                           ref.key, ref.link, ref, pronoun=True))
    return out


def _described_as(tokens: list[Token], m: Mention, noun: str) -> bool:
    """True when the sentence introduced ``m`` with the trade ``noun`` ("injection molder
    X", "X, a South Korean automaker,"), so "the automaker" later names X, not the firm
    named last."""
    if m.tok_start > 0 and tokens[m.tok_start - 1].base == noun:
        return True
    if m.tok_end < len(tokens) and tokens[m.tok_end].text == ",":
        for tok in tokens[m.tok_end + 1:m.tok_end + 8]:
            if tok.text in ",;:(":
                break
            if tok.base == noun:
                return True
    return False


def implicit_subject(tokens: list[Token], before: list[Mention], before_tokens: list[Token],
                     lang: str) -> list[Mention]:
    """The firm a sentence without any name is about: the subject it leaves out.

    Turkish drops a subject the previous sentence gave ("X yeni planını açıkladı. Bursa'da
    fabrika kuracak."); English says "it" at the head of its clause ("X struggled for years.
    On Sunday it filed for Chapter 11."). The referent is the previous sentence's subject
    (a firm in the nominative, postpositions read); none when a capitalised word of another
    kind may be the subject ("Bakanlık ... kuracak"), when the sentence speaks of firms in
    general ("Sektörde işten çıkarmalar ..."), or when "it" follows other words.
    """
    # A pronoun the caller passes opens its sentence: nominative, or the genitive subject
    # of a nominalised clause ("Firmanın, ... kötüye kullandığı tespit edildi").
    subjects = [m for m in before if m.key and mention_role(m, before_tokens, lang) in (
        ("nom", "gen") if m.pronoun else ("nom",))]
    if not subjects or any(t.base in COLLECTIVE_PLURALS or t.base in QUANTIFIERS
                           or t.base.startswith(_GENERAL_STEMS) for t in tokens):
        return []
    ref = min(subjects, key=lambda m: m.tok_start)
    first = first_word_index(tokens)
    if lang == "tr":
        # "X Yönetim Kurulu Başkanı Ali Veli, ... Veli, "... başlayacağız" dedi": the officer
        # the previous sentence named with the firm speaks for it.
        officers = _officer_names(before_tokens, ref)
        if any(t.is_word and t.is_upper_initial and not t.text[:1].isdigit()
               and not (k == first and common_opener(t)) and not find_places(t.text)
               and t.base not in officers
               for k, t in enumerate(tokens)):
            return []
        at, end = first, first
    else:
        at = next((k for k, t in enumerate(tokens) if t.base == "it"), -1)
        if at < 0 or not all(t.base in _LEADING or not t.is_word or t.text[:1].isdigit()
                             for t in tokens[:at]):
            return []
        end = at + 1
    start_char = tokens[at].start if at < len(tokens) else 0
    end_char = tokens[end - 1].end if end > at else start_char
    return [Mention(start_char, end_char, ref.text, ref.sentence, at, end, ref.client_ids, False,
                    ref.legal_form, "", ref.key, ref.link, ref, pronoun=True)]


def _officer_names(tokens: list[Token], firm: Mention) -> set[str]:
    """The names of the officer written right after ``firm`` and an officer title: "X
    Yönetim Kurulu Başkanı Ali Veli" gives {"ali", "veli"} (folded)."""
    after = tokens[firm.tok_end:firm.tok_end + 8]
    words = [t.base for t in after if t.is_word]
    title = officer_title_at(words, 0)
    if title <= 0:
        return set()
    names: set[str] = set()
    for tok in [t for t in after if t.is_word][title:title + 3]:
        if not tok.is_upper_initial:
            break
        names.add(tok.base)
    return names


# Words that may open an English clause before its "it": time adverbials.
_LEADING = frozenset("""on in at last earlier later then this that week month year day
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december and but so""".split())
# Stems of words that make a sentence speak of firms in general (folded).
_GENERAL_STEMS = ("sektor", "sector", "industry")
