"""The optional re-scorer: loads a local model only, scores pairs, and fails clearly."""

from __future__ import annotations

import inspect
import sys
from pathlib import Path

import pytest

from radar_core.errors import ConfigError
from radar_core.taxonomy import EVENT_TYPES

WORDS = (
    "şirket firma fabrika yeni hat üretim yatırım iflas etti açıkladı bugün hava güzel "
    "toplantı yaptı konkordato başvurdu the company filed for bankruptcy weather is nice "
    "today met opened a plant ve ile bir ."
).split()


def build_tiny_model(folder: Path, seed: int = 0) -> Path:
    """Save a randomly initialised 2-layer BERT classifier and a WordPiece tokenizer to folder.

    Nothing is downloaded: the vocabulary is written here, from the test words, the event
    type words and single characters (so unknown words still split into pieces).
    """
    torch = pytest.importorskip("torch")
    transformers = pytest.importorskip("transformers")
    from radar_core.text import fold

    folder.mkdir(parents=True, exist_ok=True)
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
    words = {fold(w) for w in WORDS} | {w for t in EVENT_TYPES for w in t.split("_")}
    chars = set("abcdefghijklmnopqrstuvwxyz0123456789.,!?'-")
    vocab += sorted(words) + sorted(chars) + sorted(f"##{c}" for c in chars)
    tokens = list(dict.fromkeys(vocab))
    options = {"do_lower_case": True, "strip_accents": True}
    # transformers 5 takes the vocabulary itself; 4.x takes a vocab.txt file.
    if "vocab" in inspect.signature(transformers.BertTokenizerFast.__init__).parameters:
        tokenizer = transformers.BertTokenizerFast(vocab={t: i for i, t in enumerate(tokens)},
                                                   **options)
    else:
        vocab_file = folder / "vocab.txt"
        vocab_file.write_text("\n".join(tokens) + "\n", encoding="utf-8")
        tokenizer = transformers.BertTokenizerFast(vocab_file=str(vocab_file), **options)
    config = transformers.BertConfig(
        vocab_size=tokenizer.vocab_size, hidden_size=32, num_hidden_layers=2,
        num_attention_heads=2, intermediate_size=64, max_position_embeddings=128,
        num_labels=2,
    )
    torch.manual_seed(seed)
    model = transformers.BertForSequenceClassification(config)
    model.save_pretrained(str(folder))
    tokenizer.save_pretrained(str(folder))
    return folder


@pytest.fixture
def tiny_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")
    return build_tiny_model(tmp_path / "tiny")


def test_scores_are_probabilities_in_input_order(tiny_model: Path) -> None:
    from signals.rescorer import Rescorer

    rescorer = Rescorer.load(tiny_model, batch_size=2)
    items = [
        ("insolvency", "Firma iflas etti."),
        ("capacity_expansion", "Şirket fabrikada yeni hat açtı ve üretim bugün başladı."),
        ("layoffs_closure", "Hava güzel."),
        ("insolvency", "The company filed for bankruptcy today."),
        ("contract_won", "x"),
    ]
    scores = rescorer.score(items)
    assert len(scores) == len(items)
    assert all(0.0 <= s <= 1.0 for s in scores)
    # Batching and length sorting must not mix up the order: each score equals the lone score.
    alone = [rescorer.score([item])[0] for item in items]
    assert scores == pytest.approx(alone, abs=1e-5)
    assert rescorer.score([]) == []


def test_event_type_changes_the_input(tiny_model: Path) -> None:
    from signals.rescorer import Rescorer, encode

    rescorer = Rescorer.load(tiny_model)
    batch = encode(rescorer.tokenizer, [("layoffs_closure", "Firma iflas etti.")], 64)
    tokens = rescorer.tokenizer.convert_ids_to_tokens(batch["input_ids"][0])
    assert tokens[:5] == ["[CLS]", "layoffs", "closure", "[SEP]", "firma"]
    a, b = rescorer.score([("insolvency", "Firma iflas etti."),
                           ("patent_granted", "Firma iflas etti.")])
    assert a != b


def test_missing_path_is_a_config_error(tmp_path: Path) -> None:
    from signals.rescorer import Rescorer

    with pytest.raises(ConfigError, match="does not exist"):
        Rescorer.load(tmp_path / "nowhere")


def test_folder_without_model_is_a_config_error(tmp_path: Path) -> None:
    from signals.rescorer import Rescorer

    (tmp_path / "notes.txt").write_text("not a model", encoding="utf-8")
    with pytest.raises(ConfigError, match="no config.json"):
        Rescorer.load(tmp_path)


def test_broken_model_folder_is_a_config_error(tmp_path: Path) -> None:
    pytest.importorskip("transformers")
    from signals.rescorer import Rescorer

    (tmp_path / "config.json").write_text('{"model_type": "bert"}', encoding="utf-8")
    with pytest.raises(ConfigError, match="cannot load"):
        Rescorer.load(tmp_path)


def test_missing_extra_names_the_install_command(tiny_model: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from signals.rescorer import Rescorer

    monkeypatch.setitem(sys.modules, "torch", None)
    with pytest.raises(ConfigError, match=r"pip install radar-signals\[ml\]"):
        Rescorer.load(tiny_model)


def test_import_signals_does_not_import_torch() -> None:
    import subprocess

    code = ("import sys, signals, signals.rescorer, signals.training; "
            "sys.exit(1 if 'torch' in sys.modules or 'transformers' in sys.modules else 0)")
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
