"""References: the firm a sentence means without naming it.

"şirket", "the company" and possessives stand for a firm named before them (pronoun
mentions); a sentence without any name is about the subject the previous sentence gave
(Turkish drops it, English says "it"). Both return stand-in mentions whose ``origin`` is
the firm meant, so the extractor attaches cues to them like to any name.
"""

from __future__ import annotations

from signals.cues import CompiledPatterns
from signals.lexicon import QUANTIFIERS
from signals.mentions import Mention
from signals.pipeline import SentenceCues
from signals.places import find_places
from signals.shapes import common_opener
from signals.tokens import Token, first_word_index


def pronoun_mentions(sc: SentenceCues, tokens: list[Token], main: Mention | None,
                     patterns: CompiledPatterns, here: list[Mention] | None = None,
                     before: list[Mention] | None = None) -> list[Mention]:
    """Pronoun-like subjects ("şirket", "the company") as stand-ins for a firm.

    The firm named last before the pronoun in its sentence is the one meant ("the
    damage to X was done and the company filed for Chapter 11"); with none there, the
    document's main firm, or failing that the firm the previous sentence named last.
    """
    if patterns.pronoun_re is None:
        return []
    prior = [m for m in before or [] if not m.pronoun]
    fallback = main or (max(prior, key=lambda m: m.tok_end) if prior else None)
    out: list[Mention] = []
    for m in patterns.pronoun_re.finditer(sc.folded.text):
        i = sc.folded.token_at(m.start())
        j = sc.folded.token_at(max(m.start(), m.end() - 1)) + 1
        if (i > 0 and (tokens[i - 1].base in QUANTIFIERS or tokens[i - 1].text[:1].isdigit())) or (
                j < len(tokens) and tokens[j].base.startswith(("sayi", "number"))):
            continue  # "birçok şirket", "firma sayısı": firms in general, not this one
        earlier = [m for m in here or [] if not m.pronoun and m.tok_end <= i]
        ref = max(earlier, key=lambda m: m.tok_end) if earlier else fallback
        if ref is None:
            continue
        out.append(Mention(tokens[i].start, tokens[j - 1].end, ref.text, ref.sentence, i, j,
                           ref.client_ids, False, ref.legal_form, tokens[j - 1].suffix,
                           ref.key, ref.link, ref, pronoun=True))
    return out


def implicit_subject(tokens: list[Token], before: list[Mention], lang: str) -> list[Mention]:
    """The firm a sentence without any name is about: the subject it leaves out.

    Turkish drops a subject the previous sentence gave ("X yeni planını açıkladı. Bursa'da
    fabrika kuracak."); English says "it" ("X struggled for years. On Sunday it filed for
    Chapter 11."). The referent is the previous sentence's firm in the nominative or the
    genitive (Turkish) or its last firm (English); a capitalised word of another kind
    before the verb ("Bakanlık ... kuracak") may be the subject instead, and then nobody is.
    """
    prior = [m for m in before if not m.pronoun and m.key]
    if not prior:
        return []
    first = first_word_index(tokens)
    if lang == "tr":
        ref = next((m for m in prior if not m.suffix or m.suffix in _GENITIVES), None)
        if ref is None or any(
                t.is_word and t.is_upper_initial and not t.text[:1].isdigit()
                and not (k == first and common_opener(t)) and not find_places(t.text)
                for k, t in enumerate(tokens)):
            return []
        at, end = first, first
    else:
        ref = max(prior, key=lambda m: m.tok_end)
        at = next((k for k, t in enumerate(tokens) if t.base == "it"), -1)
        if at < 0 or any(t.is_word and t.is_upper_initial and k > first and not find_places(t.text)
                         and t.base not in _CALENDAR for k, t in enumerate(tokens[:at])):
            return []
        end = at + 1
    start_char = tokens[at].start if at < len(tokens) else 0
    end_char = tokens[end - 1].end if end > at else start_char
    return [Mention(start_char, end_char, ref.text, ref.sentence, at, end, ref.client_ids, False,
                    ref.legal_form, "", ref.key, ref.link, ref, pronoun=True)]


_GENITIVES = frozenset("nin nun nın nün in un ın ün".split())
_CALENDAR = frozenset("""monday tuesday wednesday thursday friday saturday sunday january
    february march april may june july august september october november december""".split())
