"""The spaCy component ``radar_sentences_v1``: sentence spans from signals/splitter.py.

The splitting itself is plain Python in :mod:`signals.splitter`; this module only sets
spaCy's sentence starts from it, so the pipeline and the evidence spans agree.
"""

from __future__ import annotations

import signals.torchless  # noqa: F401  (before spaCy: see there)

# isort: split

import numpy
from spacy.language import Language
from spacy.tokens import Doc

from signals.splitter import split_sentences

__all__ = ["radar_sentences", "split_sentences"]

if not Doc.has_extension("radar_sents"):
    Doc.set_extension("radar_sents", default=None)


@Language.component("radar_sentences_v1")
def radar_sentences(doc: Doc) -> Doc:
    """Set ``token.is_sent_start`` from :func:`split_sentences`; keep the spans in ``doc._.radar_sents``."""
    spans = split_sentences(doc.user_data.get("radar_text") or doc.text)
    doc._.radar_sents = spans
    if len(doc) == 0:
        return doc
    # Array access: setting token.is_sent_start one by one costs more than the split itself.
    idx = doc.to_array(["IDX"]).reshape(-1)
    flags = numpy.full((len(doc), 1), -1, dtype="int64")
    flags[0, 0] = 1
    for pos in numpy.searchsorted(idx, [s for s, _ in spans]):
        if pos < len(doc):
            flags[pos, 0] = 1
    doc.from_array(["SENT_START"], flags.astype("uint64"))  # type: ignore[arg-type]
    return doc
