"""Places in Turkish and English text: the 81 provinces, industrial districts and zones, and
foreign countries and cities common in Turkish business news, and world regions.

The gazetteer is declared in ``signals/data/places.yml`` and validated by pydantic; errors
name file:line and field. Matching works on tokens folded with ``radar_core.text.fold``, so
"İzmir'de", "IZMIR" and "Izmir" all give "İzmir" while offsets stay those of the original
text (folding can change string length, so the text itself is never folded as a whole).
Names that are also common words ("Ordu" = army, "Van", "Batman") need a place cue.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from radar_core import declared
from radar_core.text import APOSTROPHES, fold, fold_same_length

__all__ = ["Gazetteer", "PlaceSpan", "default_gazetteer", "find_places", "load_gazetteer"]

DEFAULT_PATH = Path(__file__).parent / "data" / "places.yml"

_TOKEN_RE = re.compile(r"[^\W\d_]+")
_JOINER_RE = re.compile(r"[\s.\-]{0,3}")  # what may separate the words of one name
# Case endings written without an apostrophe ("İzmirde", "İstanbullu", "Bursadaki").
_SUFFIXES = (
    "daki", "deki", "taki", "teki", "dan", "den", "tan", "ten", "lılar", "liler", "lular",
    "lüler", "da", "de", "ta", "te", "lı", "li", "lu", "lü",
)
_FOLDED_SUFFIXES = tuple(sorted({fold(s) for s in _SUFFIXES}, key=len, reverse=True))
# Words after an ambiguous name that make it a place: "Van ili", "Ordu merkezli", "Batman OSB".
_CUES_AFTER = {
    "il", "ili", "ilinde", "ilindeki", "ilce", "ilcesi", "ilcesinde", "merkezli", "province",
    "city", "based", "osb", "valiligi", "belediyesi", "limani", "organize", "sanayi",
    "ticaret",
}
_CUES_BEFORE = {"il", "sehir", "city", "province"}


@dataclass(frozen=True)
class PlaceSpan:
    """A place mention: ``text[start:end]`` names the canonical place ``name``.

    ``kind`` is province, district, zone, country or city; ``province`` is the Turkish
    province the place lies in (itself for a province), when known, so that linkers can
    compare a mention with a client's registered city.
    """

    start: int
    end: int
    text: str
    name: str
    kind: str = "province"
    province: str | None = None


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    aliases: list[str] = []
    ambiguous: bool = False
    province: str | None = None
    country: str | None = None


class _File(BaseModel):
    model_config = ConfigDict(extra="forbid")

    provinces: list[_Entry]
    districts: list[_Entry] = []
    zones: list[_Entry] = []
    countries: list[_Entry] = []
    cities: list[_Entry] = []
    regions: list[_Entry] = []


_KINDS = {
    "provinces": "province", "districts": "district", "zones": "zone",
    "countries": "country", "cities": "city", "regions": "region",
}


@dataclass(frozen=True)
class _Place:
    name: str
    kind: str
    province: str | None
    ambiguous: bool



def _keys(name: str) -> set[tuple[str, ...]]:
    """Lookup keys of a declared name: ``radar_core.text.fold`` and the fast fold, per word."""
    words = _TOKEN_RE.findall(name)
    return {tuple(fold(w) for w in words), tuple(fold_same_length(w) for w in words)}


def _key(name: str) -> tuple[str, ...]:
    return tuple(fold_same_length(w) for w in _TOKEN_RE.findall(name))


class Gazetteer:
    """Folded-token index of place names; build with ``load_gazetteer``."""

    def __init__(self, places: dict[tuple[str, ...], _Place]) -> None:
        self._places = places
        self._max_words = max((len(k) for k in places), default=1)
        self._first_words = {k[0] for k in places if k}

    def __len__(self) -> int:
        return len(self._places)

    def lookup(self, name: str) -> str | None:
        """Canonical name for a spelling ("IZMIR" -> "İzmir"), or None."""
        place = self._places.get(_key(name))
        return place.name if place else None

    def find(self, text: str) -> list[PlaceSpan]:
        """Places in ``text``, sorted and non-overlapping; the longest name wins."""
        folded_text = fold_same_length(text)
        tokens = [(m.start(), m.end(), text[m.start():m.end()])
                  for m in _TOKEN_RE.finditer(folded_text)]
        folded = [folded_text[start:end] for start, end, _ in tokens]
        spans: list[PlaceSpan] = []
        i = 0
        while i < len(tokens):
            found = self._match_at(text, tokens, folded, i)
            if found is None:
                i += 1
                continue
            j, place = found
            start, end = tokens[i][0], tokens[j - 1][1]
            if place.ambiguous and not self._has_cue(text, tokens, folded, i, j):
                i += 1
                continue
            spans.append(
                PlaceSpan(start, end, text[start:end], place.name, place.kind, place.province)
            )
            i = j
        return spans

    def _match_at(
        self, text: str, tokens: list[tuple[int, int, str]], folded: list[str], i: int
    ) -> tuple[int, _Place] | None:
        """Longest name starting at token ``i``: (index after its last token, place)."""
        if not tokens[i][2][0].isupper() or not self._may_start(folded[i]):
            return None
        for n in range(min(self._max_words, len(tokens) - i), 0, -1):
            if n > 1 and not all(
                _JOINER_RE.fullmatch(text[tokens[k][1]:tokens[k + 1][0]])
                for k in range(i, i + n - 1)
            ):
                continue
            key = tuple(folded[i:i + n])
            place = self._places.get(key)
            if place is None:
                place = self._strip_suffix(key)
            if place is not None:
                return i + n, place
        return None

    def _may_start(self, word: str) -> bool:
        """Whether a name can start with this folded word, as written or (a one-word name)
        with a case ending: most capitalised words start none, and are done with here
        instead of trying every name length and suffix."""
        return word in self._first_words or any(
            word.endswith(suffix) and len(word) - len(suffix) >= 4
            and word[: -len(suffix)] in self._first_words for suffix in _FOLDED_SUFFIXES)

    def _strip_suffix(self, key: tuple[str, ...]) -> _Place | None:
        last = key[-1]
        for suffix in _FOLDED_SUFFIXES:
            if last.endswith(suffix) and len(last) - len(suffix) >= 4:
                place = self._places.get((*key[:-1], last[: -len(suffix)]))
                if place is not None and not place.ambiguous:
                    return place
        return None

    @staticmethod
    def _has_cue(
        text: str, tokens: list[tuple[int, int, str]], folded: list[str], i: int, j: int
    ) -> bool:
        """An ambiguous name counts when suffixed ("Van'da"), all caps or next to a cue word."""
        end = tokens[j - 1][1]
        if end < len(text) and text[end] in APOSTROPHES:
            return True
        word = text[tokens[i][0]:end]
        if len(word) > 2 and word.isupper():
            return True
        if j < len(tokens) and folded[j] in _CUES_AFTER:
            return True
        before = folded[i - 1] if i > 0 else ""
        if before == "of" and i > 1:
            before = folded[i - 2]  # "the province of Van"
        return before in _CUES_BEFORE


def load_gazetteer(path: Path | str = DEFAULT_PATH) -> Gazetteer:
    """Read and validate a places YAML file; a ``DeclaredError`` names file:line and field."""
    parsed = declared.load(path, _File)
    places: dict[tuple[str, ...], _Place] = {}
    for section, kind in _KINDS.items():
        for entry in getattr(parsed, section):
            province = entry.name if kind == "province" else entry.province
            place = _Place(entry.name, kind, province, entry.ambiguous)
            for spelling in [entry.name, *entry.aliases]:
                for key in _keys(spelling):
                    if key and key not in places:
                        places[key] = place
    return Gazetteer(places)


@functools.cache
def default_gazetteer() -> Gazetteer:
    """The packaged gazetteer, read once: it is read-only package data, like a compiled regex."""
    return load_gazetteer(DEFAULT_PATH)


def find_places(text: str, gazetteer: Gazetteer | None = None) -> list[PlaceSpan]:
    """Places named in ``text`` with canonical names ("IZMIR'DE" -> "İzmir"), sorted by start."""
    return (gazetteer or default_gazetteer()).find(text)
