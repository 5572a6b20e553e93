"""Rating moves written as two grades: "'A (tr)' seviyesinden 'A- (tr)' seviyesine revize
edildi", "BB+'dan BB'ye", "to Ba3 from Ba2".

A rating agency's notice often states the change only by its grades, with a neutral verb
("revize etti", "revised"); whether it is a cut is read off the scale. S&P/Fitch grades
(AAA ... D, national scales with "(tr)") and Moody's (Aaa ... C) share one ladder of notches.
Works on folded sentences (lower case, no diacritics, tokens joined by spaces).
"""

from __future__ import annotations

import re

# One ladder: S&P/Fitch and Moody's notches line up (AA+ = Aa1, BBB- = Baa3, B- = B3).
_SP = ("aaa", "aa+", "aa", "aa-", "a+", "a", "a-", "bbb+", "bbb", "bbb-", "bb+", "bb", "bb-",
       "b+", "b", "b-", "ccc+", "ccc", "ccc-", "cc", "c", "rd", "sd", "d")
_MOODYS = ("aaa", "aa1", "aa2", "aa3", "a1", "a2", "a3", "baa1", "baa2", "baa3", "ba1", "ba2",
           "ba3", "b1", "b2", "b3", "caa1", "caa2", "caa3", "ca", "c")
RANK = {g: n for n, g in enumerate(_SP)} | {g: n for n, g in enumerate(_MOODYS)}

# A grade as the folded text writes it: "bb +", "a - ( tr )", "ba3", "bbb-".
_GRADE = (r"(?<![\w'])(?P<{0}>aaa|aa[1-3]|aa|a[1-3]|a|bbb|bb|baa[1-3]|ba[1-3]|b[1-3]|b|ccc|cc"
          r"|caa[1-3]|ca|c|rd|sd|d)(?P<{0}s>\s?[+-])?(?:\s*\(\s*(?:tr|trk)\s*\))?(?![\w])\s?'?")
# Turkish: "X'dan/den ... Y'ye/ya", "X seviyesinden Y seviyesine"; English: "from X to Y",
# "to Y from X".
_TR_MOVE = re.compile(
    _GRADE.format("g1") + r"(?:(?P<s1>dan|den|tan|ten)|\s*seviyesinden|\s*notundan)\s+"
    r"(?:\S+\s+){0,3}?" + _GRADE.format("g2") + r"(?:(?P<s2>ya|ye|a|e|na|ne)|\s*seviyesine"
    r"|\s*notuna)(?![\w])")
_EN_FROM_TO = re.compile(r"(?<![\w'])from\s+" + _GRADE.format("g1") + r"\s*to\s+"
                         + _GRADE.format("g2"))
_EN_TO_FROM = re.compile(r"(?<![\w'])to\s+" + _GRADE.format("g2") + r"\s*,?\s*from\s+"
                         + _GRADE.format("g1"))
# A rating word must stand in the sentence: "from a to b" alone is no grade.
_CONTEXT = {"tr": re.compile(r"(?<![\w'])(?:not|notu|notunu|notlari|notlarini|notunun|kredi"
                             r"|derecelendirme\w*|rating\w*)(?![\w])"),
            "en": re.compile(r"(?<![\w'])(?:ratings?|rated|outlook|idrs?|grade)(?![\w])")}


def _grade(m: re.Match[str], key: str) -> int | None:
    sign = (m.group(key + "s") or "").strip()
    return RANK.get(m.group(key) + sign)


def _plain_letter(m: re.Match[str], key: str) -> bool:
    """A bare one-letter grade ("a", "b"): in English also an article or a label."""
    return len(m.group(key)) == 1 and not (m.group(key + "s") or "").strip() \
        and "(" not in m.group(0)


def downgrades(folded: str, lang: str) -> list[tuple[int, int]]:
    """Spans of moves down the rating scale written as two grades in ``folded``."""
    if not _CONTEXT[lang].search(folded):
        return []
    found: list[tuple[int, int]] = []
    regexes = (_TR_MOVE,) if lang == "tr" else (_EN_FROM_TO, _EN_TO_FROM)
    for regex in regexes:
        for m in regex.finditer(folded):
            if lang == "en" and (_plain_letter(m, "g1") or _plain_letter(m, "g2")):
                continue
            old, new = _grade(m, "g1"), _grade(m, "g2")
            if old is not None and new is not None and new > old:
                found.append(m.span())
    return found
