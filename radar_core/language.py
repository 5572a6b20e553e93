"""Language guess for documents without ``lang``: py3langid restricted to Turkish and English.

The crawlers label pages whose source declares no language and the extractor guesses for
documents that arrive without one; both use this guesser, so they cannot disagree.
"""

from __future__ import annotations

from typing import Any

from py3langid.langid import MODEL_FILE, LanguageIdentifier

_TR_LETTERS = set("çğışöüÇĞİŞÖÜ")


class LanguageGuesser:
    """Guesses "tr" or "en"; Turkish letters decide when the model is unsure.

    The model (a compressed pickle, a large share of the extractor's start-up) loads on
    the first guess: most feeds give ``lang``, so most runs never need it.
    """

    def __init__(self) -> None:
        self._loaded: Any = None

    @property
    def _model(self) -> Any:
        if self._loaded is None:
            model = LanguageIdentifier.from_pickled_model(MODEL_FILE, norm_probs=True) \
                if hasattr(LanguageIdentifier, "from_pickled_model") \
                else LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
            model.set_languages(["tr", "en"])
            self._loaded = model
        return self._loaded

    def guess(self, text: str) -> str:
        """Return "tr" or "en" for ``text``."""
        sample = text[:2000]
        if not sample.strip():
            return "en"
        lang, prob = self._model.classify(sample)
        if prob < 0.7:
            return "tr" if any(ch in _TR_LETTERS for ch in sample) else "en"
        return "tr" if lang == "tr" else "en"
