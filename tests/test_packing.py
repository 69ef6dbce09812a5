"""Shared-prefix packing (medllm_utils.packing): the packed loss must equal the ordinary padded loss,
so packing is a speed-up and never a change of what is learned from each example."""

from __future__ import annotations

import pytest

from medllm_utils import packing as P


def test_groups_share_a_long_prefix_not_just_the_system_prompt():
    system = [1, 2, 3]                                   # every example starts the same way
    note_a, note_b = [10, 11, 12, 13, 14, 15, 16, 17], [20, 21, 22, 23, 24, 25, 26, 27]
    ids = [system + note_a + [40, 41], system + note_b + [40, 41], system + note_a + [50, 51], system + note_b + [52]]
    assert P.shared_prefix_groups(ids) == [[0, 2], [1, 3]]
    assert P.shared_prefix_groups([]) == []
    # a stricter share separates everything
    assert P.shared_prefix_groups(ids, min_share=0.95) == [[0], [1], [2], [3]]


def test_pack_group_mask_positions_and_targets():
    torch = pytest.importorskip("torch")
    a = ([1, 2, 3, 7, 8], [-100, -100, -100, -100, 8])
    b = ([1, 2, 3, 9, 5, 6], [-100, -100, -100, -100, 5, 6])
    p = P.pack_group([a, b])
    assert p["input_ids"].tolist() == [[1, 2, 3, 7, 8, 9, 5, 6]]
    assert p["position_ids"].tolist() == [[0, 1, 2, 3, 4, 3, 4, 5]]
    mask = p["attention_mask"][0, 0]
    assert mask.shape == (8, 8) and mask.dtype == torch.bool
    assert mask[5, :3].all() and not mask[5, 3:5].any() and mask[5, 5]        # b's suffix sees the prefix, not a's
    assert not mask[3, 4] and mask[4, 3]                                       # causal inside a suffix
    # 8 is predicted after 7, 5 after 9, 6 after 5 — each from its own suffix
    assert p["predict_at"].tolist() == [3, 5, 6] and p["targets"].tolist() == [8, 5, 6]
    single = P.pack_group([a])
    assert single["input_ids"].tolist() == [a[0]] and single["position_ids"].tolist() == [[0, 1, 2, 3, 4]]
    with pytest.raises(ValueError, match="at least one"):
        P.pack_group([])


def test_packed_steps_take_whole_groups_up_to_the_batch_size():
    groups = [[0, 1, 2], [3, 4, 5, 6, 7, 8, 9], [10]]
    steps = P.packed_steps(groups, order=[1, 0, 2], batch_size=4)
    assert steps == [[[3, 4, 5, 6]], [[7, 8, 9]], [[0, 1, 2], [10]]]
    assert sorted(i for s in steps for g in s for i in g) == list(range(11))


def test_packed_loss_equals_the_padded_loss_on_a_small_random_llama():
    torch = pytest.importorskip("torch")
    transformers = pytest.importorskip("transformers")
    from medllm_utils.training import answer_loss

    torch.manual_seed(0)
    config = transformers.LlamaConfig(vocab_size=64, hidden_size=32, intermediate_size=64, num_hidden_layers=2,
                                      num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=64)
    model = transformers.LlamaForCausalLM(config).eval()
    prefix = [5, 9, 14, 3, 22, 7, 31, 2]
    examples = [(prefix + s, [-100] * (len(prefix) + len(s) - n) + (prefix + s)[-n:])
                for s, n in (([40, 41, 42, 43], 2), ([50, 51, 52], 1), ([60, 61, 62, 63, 12], 3))]
    width = max(len(x) for x, _ in examples)
    ids = torch.zeros((3, width), dtype=torch.long)
    labels = torch.full((3, width), -100)
    mask = torch.zeros((3, width), dtype=torch.long)
    for i, (x, y) in enumerate(examples):
        ids[i, :len(x)], labels[i, :len(y)], mask[i, :len(x)] = torch.tensor(x), torch.tensor(y), 1
    with torch.no_grad():
        padded = float(answer_loss(model, ids, labels, mask))
        packed = float(P.packed_answer_loss(model, P.pack_group(examples)))
    assert packed == pytest.approx(padded, rel=1e-5)
    # and the gradients agree: packing changes the cost of a step, not the step
    grads = []
    for loss_fn in (lambda: answer_loss(model, ids, labels, mask), lambda: P.packed_answer_loss(model, P.pack_group(examples))):
        model.zero_grad()
        loss_fn().backward()
        grads.append(model.model.embed_tokens.weight.grad.clone())
    assert torch.allclose(grads[0], grads[1], atol=1e-6)


class _CharTokenizer:
    """A stand-in tokenizer: one token per character (enough to count what packing saves)."""
    eos_token = "$"

    def apply_chat_template(self, messages, add_generation_prompt=True, tokenize=True):
        return [ord(c) for c in "".join(f"<{m['role']}>{m['content']}" for m in messages) + "<assistant>"]

    def __call__(self, text, add_special_tokens=False):
        return {"input_ids": [ord(c) for c in text]}


def test_packed_token_counts_are_what_pack_group_builds():
    pytest.importorskip("torch")
    from medllm_utils.training import _encode, packed_token_counts

    note = "Patient note: 61-year-old woman, HbA1c 8.2%, eGFR 54, on metformin and lisinopril. "
    records = [{"messages": [{"role": "system", "content": "Screen."},
                             {"role": "user", "content": note * 2 + q},
                             {"role": "assistant", "content": a}]}
               for q, a in (("Age 18 or older?", "included"), ("HbA1c 7-10.5%?", "included"), ("Pregnant?", "not excluded"))]
    records.append({"messages": [{"role": "user", "content": "Another patient entirely."},
                                 {"role": "assistant", "content": "not enough information"}]})
    tok = _CharTokenizer()
    counts = packed_token_counts(tok, records)
    encoded = [_encode(tok, r["messages"], 320) for r in records]
    groups = P.shared_prefix_groups([ids for ids, _ in encoded])
    assert counts["groups"] == len(groups) == 2 and counts["examples"] == 4
    assert counts["unpacked"] == sum(len(ids) for ids, _ in encoded)
    assert counts["packed"] == sum(P.pack_group([encoded[i] for i in g])["input_ids"].shape[1] for g in groups)
    assert counts["packed"] < counts["unpacked"] / 2
