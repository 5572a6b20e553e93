"""Labelled examples and fine-tuning for the optional re-scorer (``radar train``).

Examples come from three places: labelled JSONL lines ``{"type", "sentence", "label"}``;
design.md gold files ``{"id", "events"}`` read together with their documents (gold evidence
sentences are positives, other sentences of the same documents that contain a cue word of a
type are negatives for that type - hard negatives, which is what a re-scorer of rule
candidates must learn); and analysts' reviews that the caller reads from the database.
Training is a plain torch loop, seeded and run on CPU, so the same inputs give the same model.
"""

from __future__ import annotations

import json
import logging
import math
import random
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, field_validator

from radar_core import declared
from radar_core.errors import DeclaredError, InputError
from radar_core.tables import jsonl_rows
from radar_core.taxonomy import EVENT_TYPES, TAXONOMY
from radar_core.text import fold
from signals.rescorer import DEFAULT_MAX_LENGTH, encode, load_local, require_ml
from signals.splitter import split_sentences as sentence_spans

log = logging.getLogger(__name__)

REVIEW_NEGATIVE_REASONS = frozenset({"not_an_event", "wrong_firm"})



@dataclass(frozen=True)
class Example:
    """One training pair: does ``sentence`` state an event of ``type``? ``origin`` says why."""

    type: str
    sentence: str
    label: int
    origin: str = ""


@dataclass
class TrainReport:
    """What ``fine_tune`` did: sizes, loss per epoch, and accuracy before/after on held-out."""

    output_dir: str
    examples: int
    train_size: int
    heldout_size: int
    positives: int
    epochs: int
    epoch_losses: list[float] = field(default_factory=list)
    train_loss_before: float = math.nan
    train_loss_after: float = math.nan
    heldout_accuracy: float | None = None
    heldout_accuracy_before: float | None = None
    seed: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class _LabelledLine(BaseModel):
    type: declared.EventType
    sentence: str
    label: int

    @field_validator("label")
    @classmethod
    def _binary(cls, value: int) -> int:
        if value not in (0, 1):
            raise ValueError("must be 0 or 1")
        return value


class _GoldEvent(BaseModel):
    type: str
    evidence: str


class _GoldLine(BaseModel):
    id: str
    events: list[_GoldEvent]


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text`` exactly as production cuts them (radar_sentences_v1), so
    training examples and extraction see the same units."""
    return [text[start:end] for start, end in sentence_spans(text)]


# Cues match at a word start only: "land" must not fire inside Turkish "aciklandi".
_CUE_RES: dict[str, re.Pattern[str]] = {
    event_type: re.compile(r"\b(?:" + "|".join(re.escape(c) for c in cues) + ")")
    for event_type, cues in ((row.code, row.stems) for row in TAXONOMY)
}


def _has_cue(folded_sentence: str, event_type: str) -> bool:
    return _CUE_RES[event_type].search(folded_sentence) is not None


def _overlaps(sentence: str, evidence: Sequence[str]) -> bool:
    key = fold(sentence)
    return any(ev and (ev in key or key in ev) for ev in evidence)


def gold_examples(gold: dict[str, list[_GoldEvent]], texts: dict[str, str]) -> list[Example]:
    """Positives from gold evidence; cue-word sentences of the same documents as negatives.

    A sentence is a negative for type T when it contains a cue of T and overlaps no gold
    evidence of T in its document (so a contract_won sentence that says "ihale" teaches the
    model that it is not tender_opened). Documents without text give positives only.
    """
    examples: list[Example] = []
    for doc_id, events in gold.items():
        evidence_by_type: dict[str, list[str]] = {}
        for event in events:
            examples.append(Example(event.type, event.evidence.strip(), 1, f"gold:{doc_id}"))
            evidence_by_type.setdefault(event.type, []).append(fold(event.evidence))
        text = texts.get(doc_id)
        if text is None:
            continue
        for sentence in split_sentences(text):
            folded = fold(sentence)
            for event_type in EVENT_TYPES:
                if _has_cue(folded, event_type) and not _overlaps(
                    sentence, evidence_by_type.get(event_type, [])
                ):
                    examples.append(Example(event_type, sentence, 0, f"cue:{doc_id}"))
    return examples


def load_examples(
    jsonl_paths: Iterable[Path | str],
    reviewed: Iterable[tuple[str, str, int]] | None = None,
) -> list[Example]:
    """Read labelled examples from JSONL files and reviewed alerts.

    Each file may mix three line shapes: ``{"type","sentence","label"}`` (an example),
    ``{"id","events"}`` (gold, design.md) and ``{"id","text",...}`` (a document, needed to
    draw negatives for gold lines). ``reviewed`` holds (type, sentence, label) tuples.
    Exact duplicates are dropped, and a cue-word negative never contradicts a positive.
    """
    explicit: list[Example] = []
    gold: dict[str, list[_GoldEvent]] = {}
    texts: dict[str, str] = {}
    for raw in jsonl_paths:
        path = Path(raw)
        for lineno, obj in jsonl_rows(path):
            try:
                if "sentence" in obj or "label" in obj:
                    line = declared.validate(obj, _LabelledLine, str(path), lineno)
                    explicit.append(Example(line.type, line.sentence.strip(), line.label,
                                            f"{path.name}:{lineno}"))
                elif "events" in obj:
                    gold_line = declared.validate(obj, _GoldLine, str(path), lineno)
                    gold.setdefault(gold_line.id, []).extend(gold_line.events)
                elif "text" in obj and "id" in obj:
                    texts[str(obj["id"])] = str(obj["text"])
                else:
                    raise InputError(f"{path}:{lineno}: unknown line: expected "
                                     f"type/sentence/label, id/events or id/text")
            except DeclaredError as exc:  # labelled data, not configuration
                raise InputError(exc.message) from exc
    for event_type, sentence, label in reviewed or ():
        if event_type in EVENT_TYPES and sentence and label in (0, 1):
            explicit.append(Example(event_type, sentence.strip(), int(label), "review"))
    missing = sorted(set(gold) - set(texts))
    if missing:
        log.warning("%d gold document(s) have no text (pass the documents JSONL): positives "
                    "only, e.g. %s", len(missing), ", ".join(missing[:3]))
    examples: list[Example] = []
    seen: set[tuple[str, str, int]] = set()
    positive_keys = {(e.type, fold(e.sentence)) for e in explicit if e.label == 1}
    derived = gold_examples(gold, texts)
    positive_keys |= {(e.type, fold(e.sentence)) for e in derived if e.label == 1}
    for example in explicit + derived:
        key = (example.type, fold(example.sentence), example.label)
        if key in seen:
            continue
        if example.origin.startswith("cue:") and (key[0], key[1]) in positive_keys:
            continue
        seen.add(key)
        examples.append(example)
    return examples


def split_heldout(examples: Sequence[Example], fraction: float,
                  seed: int) -> tuple[list[Example], list[Example]]:
    """A seeded, label-stratified split; each label keeps at least one training example."""
    rng = random.Random(seed)
    train: list[Example] = []
    heldout: list[Example] = []
    for label in (0, 1):
        group = [e for e in examples if e.label == label]
        rng.shuffle(group)
        n_held = min(int(round(len(group) * fraction)), max(len(group) - 1, 0))
        heldout.extend(group[:n_held])
        train.extend(group[n_held:])
    rng.shuffle(train)
    return train, heldout


def _evaluate(torch: Any, model: Any, tokenizer: Any, examples: Sequence[Example],
              batch_size: int, max_length: int) -> tuple[float, float]:
    """Mean cross-entropy and accuracy of ``model`` on ``examples`` (eval mode, no grad)."""
    model.eval()
    total_loss, correct = 0.0, 0
    with torch.inference_mode():
        for start in range(0, len(examples), batch_size):
            chunk = examples[start:start + batch_size]
            batch = encode(tokenizer, [(e.type, e.sentence) for e in chunk], max_length)
            labels = torch.tensor([e.label for e in chunk])
            out = model(**batch, labels=labels)
            total_loss += float(out.loss) * len(chunk)
            correct += int((out.logits.argmax(dim=-1) == labels).sum())
    return total_loss / len(examples), correct / len(examples)


def fine_tune(
    base_path: Path | str,
    examples: Sequence[Example],
    output_dir: Path | str,
    epochs: int = 3,
    batch_size: int = 16,
    lr: float = 5e-5,
    seed: int = 13,
    *,
    heldout_fraction: float = 0.2,
    max_length: int = DEFAULT_MAX_LENGTH,
    progress: Callable[[int, float], None] | None = None,
) -> TrainReport:
    """Fine-tune the local model at ``base_path`` on ``examples``; save it to ``output_dir``.

    The base may be a plain encoder (a new 2-label head is initialised) or an earlier Radar
    model. Random state is forked, so seeding does not leak into the caller's torch RNG.
    ``progress(epoch, mean_loss)`` is called after each epoch.
    """
    if epochs < 1 or batch_size < 1 or lr <= 0:
        raise InputError("epochs and batch_size must be >= 1 and lr > 0")
    labels = {e.label for e in examples}
    if len(examples) < 2 or labels != {0, 1}:
        raise InputError(f"need positive and negative examples to train; got {len(examples)} "
                         f"example(s) with labels {sorted(labels)}")
    torch, _ = require_ml()
    out = Path(output_dir)
    train, heldout = split_heldout(examples, heldout_fraction, seed)
    report = TrainReport(output_dir=str(out), examples=len(examples), train_size=len(train),
                         heldout_size=len(heldout), positives=sum(e.label for e in examples),
                         epochs=epochs, seed=seed)
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        model, tokenizer = load_local(
            base_path, num_labels=2, ignore_mismatched_sizes=True,
            id2label={0: "no_event", 1: "event"}, label2id={"no_event": 0, "event": 1},
        )
        model.to("cpu")
        report.train_loss_before, _ = _evaluate(torch, model, tokenizer, train, batch_size,
                                                max_length)
        if heldout:
            _, report.heldout_accuracy_before = _evaluate(torch, model, tokenizer, heldout,
                                                          batch_size, max_length)
        optimizer = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=0.01)
        steps = epochs * math.ceil(len(train) / batch_size)
        schedule = torch.optim.lr_scheduler.LambdaLR(
            optimizer, lambda step: max(0.0, 1.0 - step / max(steps, 1))
        )
        generator = torch.Generator().manual_seed(seed)
        for epoch in range(1, epochs + 1):
            model.train()
            order = torch.randperm(len(train), generator=generator).tolist()
            epoch_loss = 0.0
            for start in range(0, len(order), batch_size):
                chunk = [train[i] for i in order[start:start + batch_size]]
                batch = encode(tokenizer, [(e.type, e.sentence) for e in chunk], max_length)
                target = torch.tensor([e.label for e in chunk])
                loss = model(**batch, labels=target).loss
                optimizer.zero_grad()
                loss.backward()
                torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
                optimizer.step()
                schedule.step()
                epoch_loss += float(loss.detach()) * len(chunk)
            mean = epoch_loss / len(train)
            report.epoch_losses.append(round(mean, 6))
            log.debug("epoch %d/%d: loss %.4f", epoch, epochs, mean)
            if progress is not None:
                progress(epoch, mean)
        report.train_loss_after, _ = _evaluate(torch, model, tokenizer, train, batch_size,
                                               max_length)
        if heldout:
            _, report.heldout_accuracy = _evaluate(torch, model, tokenizer, heldout, batch_size,
                                                   max_length)
    out.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(str(out))
    tokenizer.save_pretrained(str(out))
    (out / "radar_training.json").write_text(
        json.dumps({"base": str(base_path), **report.to_dict()}, indent=2), encoding="utf-8"
    )
    return report
