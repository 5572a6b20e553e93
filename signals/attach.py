"""Which firm an event cue belongs to: grammatical role of each mention and clause distance.

A banker reads "X'in açtığı ihaleyi Y kazandı" as X = buyer, Y = winner, and "A sued B"
as B = defendant. Without a parser we approximate the role from what Turkish marks on
the name (case suffix after the apostrophe, a following postposition such as "aleyhine",
"hakkında", "tarafından") and what English puts before it (a preposition within a few
words). A cue lists the roles it accepts; among those, the nearest mention in the same
clause wins, a mention before the cue (the subject) slightly preferred.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from signals.mentions import Mention
from signals.tokens import Token

_TR_SUFFIX_ROLES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("nin", "nun", "in", "un", "s"), "gen"),
    (("nden", "ndan", "den", "dan", "ten", "tan"), "abl"),
    (("ndeki", "ndaki", "deki", "daki", "teki", "taki", "nde", "nda", "de", "da", "te", "ta"),
     "loc"),
    (("yle", "yla", "le", "la"), "ins"),
    (("ye", "ya", "ne", "na", "e", "a"), "dat"),
    (("yi", "yu", "ni", "nu", "i", "u"), "acc"),
)
_TR_POSTPOSITIONS = {
    "aleyhine": "against", "karsi": "against", "hakkinda": "about", "ilgili": "about",
    "tarafindan": "by", "ile": "ins",
}
_EN_PREPOSITIONS = frozenset(
    "by to from with against of for in at on into about".split()
)
_EN_STOPPERS = frozenset("that which who and said says while as after when".split())
CLAUSE_BREAKS = frozenset(
    "; ancak fakat ise oysa but while whereas however although meanwhile".split()
)


def mention_role(mention: Mention, tokens: list[Token], lang: str) -> str:
    """Grammatical role of a mention within its sentence (see module docstring)."""
    if mention.suffix:
        for suffixes, role in _TR_SUFFIX_ROLES:
            if mention.suffix in suffixes:
                if role == "dat" and lang == "tr":
                    after = tokens[mention.tok_end].base if mention.tok_end < len(tokens) else ""
                    if after == "karsi":
                        return "against"
                    if after == "ait":  # "X'e ait fabrika": X's plant
                        return "gen"
                return role
            if mention.suffix.startswith(suffixes):
                return role
    if mention.tok_end < len(tokens):
        nxt = tokens[mention.tok_end]
        if nxt.base in _TR_POSTPOSITIONS:
            return _TR_POSTPOSITIONS[nxt.base]
        if nxt.base == "ile" and mention.tok_end + 1 < len(tokens) \
                and tokens[mention.tok_end + 1].base == "ilgili":
            return "about"
    if lang == "en":
        for k in range(mention.tok_start - 1, max(-1, mention.tok_start - 7), -1):
            tok = tokens[k]
            if not tok.is_word and tok.text not in "-":
                break
            if tok.base in _EN_STOPPERS:
                break
            if tok.base in _EN_PREPOSITIONS:
                return tok.base
    return "nom"


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
        if any(tokens[k].base in CLAUSE_BREAKS for k in range(lo, hi)):
            distance += 20.0
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
