"""Optional learned re-scorer: a local transformers sequence classifier over (event type, sentence).

The rule-based extractor proposes candidate events; this model says how likely the evidence
sentence really states that event. It is an extra (``pip install radar-signals[ml]``): torch
and transformers are imported inside functions only, so ``import signals`` works without them.
Models are read from a local folder and never downloaded (``local_files_only=True``): the
bank's servers have no internet, and a silent download would make runs unreproducible.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

from radar_core.errors import ConfigError

log = logging.getLogger(__name__)

ML_HINT = "pip install radar-signals[ml]"
POSITIVE_LABEL = 1
DEFAULT_MAX_LENGTH = 128


def require_ml() -> tuple[ModuleType, ModuleType]:
    """Import torch and transformers, or raise a ConfigError that says how to install them."""
    try:
        import torch
        import transformers
    except ImportError as exc:
        raise ConfigError(
            f"the learned re-scorer needs torch and transformers ({exc.name or exc} is missing): "
            f"{ML_HINT}"
        ) from exc
    return torch, transformers


def type_text(event_type: str) -> str:
    """The event code as words ("layoffs_closure" -> "layoffs closure") for the tokenizer."""
    return event_type.replace("_", " ")


def encode(tokenizer: Any, items: Sequence[tuple[str, str]], max_length: int) -> Any:
    """Tokenize (event_type, sentence) pairs as a sentence pair: ``[CLS] type [SEP] sentence``.

    Training and scoring both go through here, so the model sees the same input at both ends.
    Only the sentence is truncated; the event type is short and must survive.
    """
    return tokenizer(
        [type_text(t) for t, _ in items],
        [s for _, s in items],
        padding=True,
        truncation="only_second",
        max_length=max_length,
        return_tensors="pt",
    )


def check_model_dir(path: Path | str) -> Path:
    """Return ``path`` if it looks like a saved transformers model, else a ConfigError."""
    folder = Path(path).expanduser()
    if not folder.exists():
        raise ConfigError(f"model path {folder} does not exist (set RADAR_MODEL_PATH to a folder "
                          f"written by 'radar train' or save_pretrained)")
    if not folder.is_dir() or not (folder / "config.json").is_file():
        raise ConfigError(f"model path {folder} is not a transformers model folder "
                          f"(no config.json)")
    return folder


def load_local(path: Path | str, **model_kwargs: Any) -> tuple[Any, Any]:
    """Load (model, tokenizer) from a local folder only; any failure becomes a ConfigError."""
    folder = check_model_dir(path)
    _, transformers = require_ml()
    try:
        tokenizer = transformers.AutoTokenizer.from_pretrained(str(folder), local_files_only=True)
        model = transformers.AutoModelForSequenceClassification.from_pretrained(
            str(folder), local_files_only=True, **model_kwargs
        )
    except (OSError, ValueError, KeyError) as exc:
        raise ConfigError(f"model path {folder}: cannot load a sequence classifier and "
                          f"tokenizer: {exc}") from exc
    return model, tokenizer


class Rescorer:
    """Scores candidate events: ``score([(type, sentence), ...]) -> [probability, ...]``.

    The probability is the softmax of label 1 ("the sentence states this event"); a model
    with a single output is read as a logit and passed through a sigmoid. Inference runs on
    CPU in batches, sorted by length so that padding stays small.
    """

    def __init__(self, model: Any, tokenizer: Any, *, batch_size: int = 32,
                 max_length: int = DEFAULT_MAX_LENGTH, name: str = "") -> None:
        if batch_size < 1:
            raise ValueError("batch_size must be >= 1")
        self.model = model
        self.tokenizer = tokenizer
        self.batch_size = batch_size
        self.max_length = max_length
        self.name = name
        num_labels = int(getattr(model.config, "num_labels", 2))
        if num_labels not in (1, 2):
            raise ConfigError(f"model {name or '?'} has {num_labels} labels; the re-scorer "
                              f"needs a binary classifier (2 labels, 1 = event)")
        self.num_labels = num_labels
        self.model.to("cpu")
        self.model.eval()

    @classmethod
    def load(cls, path: Path | str, *, batch_size: int = 32,
             max_length: int = DEFAULT_MAX_LENGTH) -> Rescorer:
        """Load a model and its tokenizer from a local folder (never from the network)."""
        model, tokenizer = load_local(path)
        log.info("loaded re-scorer from %s", path)
        return cls(model, tokenizer, batch_size=batch_size, max_length=max_length,
                   name=str(path))

    def score(self, items: list[tuple[str, str]]) -> list[float]:
        """Probability, for each (event_type, sentence), that the sentence states that event."""
        if not items:
            return []
        torch, _ = require_ml()
        order = sorted(range(len(items)), key=lambda i: len(items[i][1]))
        scores = [0.0] * len(items)
        with torch.inference_mode():
            for start in range(0, len(order), self.batch_size):
                chunk = order[start:start + self.batch_size]
                batch = encode(self.tokenizer, [items[i] for i in chunk], self.max_length)
                logits = self.model(**batch).logits
                if self.num_labels == 1:
                    probs = torch.sigmoid(logits[:, 0])
                else:
                    probs = torch.softmax(logits, dim=-1)[:, POSITIVE_LABEL]
                for i, p in zip(chunk, probs.tolist(), strict=True):
                    scores[i] = min(1.0, max(0.0, float(p)))
        return scores

    def __repr__(self) -> str:
        return f"Rescorer({self.name!r}, labels={self.num_labels})"
