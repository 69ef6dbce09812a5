"""The trainable base model (medllm_utils.base_model): the converted copy kept on disk must be the
model the GGUF file gives, weights, tokenizer and chat template alike."""

from __future__ import annotations

import pytest

from medllm_utils import base_model as B


@pytest.mark.model
def test_the_kept_conversion_equals_a_fresh_conversion_of_the_gguf(monkeypatch):
    torch = pytest.importorskip("torch")
    from medllm_utils.offline import model_path

    B._BASE.clear()
    kept, tok_kept = B.load_base_model()              # from the kept copy, or converting and keeping it
    folder = B._converted_folder(model_path())
    assert (folder / "config.json").exists() and (folder / "model.safetensors").exists()
    B._BASE.clear()
    monkeypatch.setenv("MEDLLM_KEEP_CONVERTED", "0")  # convert the GGUF file again, keep nothing
    fresh, tok_fresh = B.load_base_model()
    B._BASE.clear()
    a, b = kept.state_dict(), fresh.state_dict()
    assert a.keys() == b.keys() and all(torch.equal(a[k], b[k]) for k in a)
    messages = [{"role": "system", "content": "You screen patients."}, {"role": "user", "content": "HbA1c 7.2%?"}]
    assert (tok_kept.apply_chat_template(messages, add_generation_prompt=True, tokenize=False)
            == tok_fresh.apply_chat_template(messages, add_generation_prompt=True, tokenize=False))
    assert tok_kept("Metformin 500 mg")["input_ids"] == tok_fresh("Metformin 500 mg")["input_ids"]
    assert tok_kept.pad_token == tok_fresh.pad_token is not None


def test_a_failed_save_warns_and_leaves_no_partial_folder(tmp_path):
    class Config:
        def save_pretrained(self, path):
            (path / "config.json").write_text("{}")

    class Unsaveable:      # safetensors cannot save it: like a full disk, only a warning
        config = Config()

    folder = tmp_path / "smollm2.transformers-5.0-123"
    with pytest.warns(UserWarning, match="could not keep the converted base model"):
        B._keep_converted(Unsaveable(), None, folder)
    assert list(tmp_path.iterdir()) == []


def test_a_new_conversion_replaces_those_of_other_versions(tmp_path):
    torch = pytest.importorskip("torch")

    class Tok:
        def save_pretrained(self, path):
            (path / "tokenizer.json").write_text("{}")

    model = torch.nn.Linear(2, 2)
    model.config = Tok()   # anything with save_pretrained
    old = tmp_path / "smollm2.transformers-4.0-123"
    old.mkdir()
    other_model = tmp_path / "other.transformers-4.0-9"
    other_model.mkdir()
    B._keep_converted(model, Tok(), tmp_path / "smollm2.transformers-5.0-123")
    assert (tmp_path / "smollm2.transformers-5.0-123" / "model.safetensors").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.transformers-4.0-9", "smollm2.transformers-5.0-123"]
