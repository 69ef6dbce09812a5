"""The trainable base model (medllm_utils.base_model): the converted copy kept on disk must be the
model the GGUF file gives, weights, tokenizer and chat template alike."""

from __future__ import annotations

import pytest

from medllm_utils import base_model as B


@pytest.mark.model
def test_the_kept_conversion_holds_the_gguf_weights_and_tokenizer():
    """The kept copy against the GGUF file itself, without a second full conversion: tensors that
    the converter does not permute are compared exactly with the file's dequantised blocks."""
    torch = pytest.importorskip("torch")
    np = pytest.importorskip("numpy")
    gguf = pytest.importorskip("gguf")
    from gguf.quants import dequantize
    from transformers import AutoTokenizer

    from medllm_utils.offline import model_path

    folder = B._converted_folder(model_path())
    if not (folder / "model.safetensors").exists():
        B._BASE.clear()
        B.load_base_model()                         # converts the file and keeps the copy
    assert (folder / "config.json").exists() and (folder / "model.safetensors").exists()
    B._BASE.clear()
    model, tok = B.load_base_model()                # from the kept copy
    state = model.state_dict()
    tensors = {t.name: t for t in gguf.GGUFReader(str(model_path())).tensors}
    last = model.config.num_hidden_layers - 1
    pairs = {"token_embd.weight": "model.embed_tokens.weight", "output_norm.weight": "model.norm.weight"}
    for i in (0, last):
        pairs.update({f"blk.{i}.ffn_down.weight": f"model.layers.{i}.mlp.down_proj.weight",
                      f"blk.{i}.ffn_gate.weight": f"model.layers.{i}.mlp.gate_proj.weight",
                      f"blk.{i}.attn_v.weight": f"model.layers.{i}.self_attn.v_proj.weight",
                      f"blk.{i}.attn_output.weight": f"model.layers.{i}.self_attn.o_proj.weight",
                      f"blk.{i}.attn_norm.weight": f"model.layers.{i}.input_layernorm.weight"})
    for name, key in pairs.items():
        t = tensors[name]
        expected = torch.from_numpy(np.array(dequantize(t.data, t.tensor_type), dtype=np.float32)).reshape(state[key].shape)
        assert torch.equal(state[key], expected), key
    assert sum(p.numel() for p in model.parameters()) == 134515008
    from_gguf = AutoTokenizer.from_pretrained(str(model_path().parent), gguf_file=model_path().name)
    messages = [{"role": "system", "content": "You screen patients."}, {"role": "user", "content": "HbA1c 7.2%?"}]
    assert (tok.apply_chat_template(messages, add_generation_prompt=True, tokenize=False)
            == from_gguf.apply_chat_template(messages, add_generation_prompt=True, tokenize=False))
    assert tok("Metformin 500 mg, eGFR 38")["input_ids"] == from_gguf("Metformin 500 mg, eGFR 38")["input_ids"]
    assert tok.pad_token == tok.eos_token


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
