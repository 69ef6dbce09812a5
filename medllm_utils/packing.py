"""Shared-prefix packing: train on several examples that share a long prompt prefix in one sequence,
computing the prefix once (chapter 4).

Chapter 4's examples are a patient's note followed by one of seven criteria: 128 of their ~170
tokens are the same for all seven. Packed, the seven examples become one sequence — the prefix
once, then each criterion and answer — with an attention mask that lets every suffix see the prefix
and itself but not the other suffixes, and position ids that restart each suffix where the prefix
ends. Every answer token then has exactly the context (and the loss exactly the value) it has in
its own padded sequence, and the model reads about a third of the tokens. This is the idea behind
prefix caching at inference (the offline server keeps the prompt prefix of consecutive requests);
here it works for training too, because gradients flow through the prefix to every suffix.

The code is hand-written to show the mechanism: :func:`pack_group` builds the sequence, the mask and
the positions, and a test checks the packed loss against the ordinary padded loss.

>>> groups = shared_prefix_groups([[1, 2, 3, 4, 5, 9], [1, 2, 3, 4, 6, 9], [7, 8, 9]])
>>> groups
[[0, 1], [2]]
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

Encoded = tuple[list[int], list[int]]   # token ids and labels (-100 where no loss)


def common_prefix_length(a: Sequence[int], b: Sequence[int]) -> int:
    """Number of leading tokens ``a`` and ``b`` share.

    >>> common_prefix_length([1, 2, 3], [1, 2, 4])
    2
    """
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    return i


def shared_prefix_groups(ids: Sequence[Sequence[int]], min_share: float = 0.5) -> list[list[int]]:
    """Indices of token sequences grouped so that each group shares a long prefix: neighbours in
    sorted order join a group when their common prefix is at least ``min_share`` of the shorter
    one (a short common start, such as a system prompt every example has, does not group them).
    Groups are listed in order of their first member.

    >>> shared_prefix_groups([[5, 1, 1, 1], [9, 9, 9], [5, 1, 1, 2]])
    [[0, 2], [1]]
    """
    if not ids:
        return []
    order = sorted(range(len(ids)), key=lambda i: list(ids[i]))
    groups, current = [], [order[0]]
    for i in order[1:]:
        prev = ids[current[-1]]
        if common_prefix_length(prev, ids[i]) >= min_share * min(len(prev), len(ids[i])):
            current.append(i)
        else:
            groups.append(current)
            current = [i]
    groups.append(current)
    return sorted((sorted(g) for g in groups), key=lambda g: g[0])


def pack_group(examples: Sequence[Encoded]) -> dict[str, Any]:
    """One packed training sequence from examples that share a token prefix.

    Returns ``input_ids`` (1 × T), a boolean ``attention_mask`` (1 × 1 × T × T; True where a token
    may attend), ``position_ids`` (1 × T), and for the loss the packed positions whose output
    predicts a labelled token (``predict_at``) and those tokens (``targets``). The prefix stops
    before the first labelled token of any example, so every answer is predicted from its own
    suffix.

    >>> p = pack_group([([1, 2, 3, 4], [-100, -100, -100, 4]), ([1, 2, 5, 6], [-100, -100, -100, 6])])
    >>> p["input_ids"].tolist(), p["position_ids"].tolist()
    ([[1, 2, 3, 4, 5, 6]], [[0, 1, 2, 3, 2, 3]])
    >>> p["predict_at"].tolist(), p["targets"].tolist()
    ([2, 4], [4, 6])
    """
    import torch

    if not examples:
        raise ValueError("pack_group needs at least one example")
    first_label = min(next((t for t, y in enumerate(labels) if y != -100), len(labels)) for _, labels in examples)
    shared = min(common_prefix_length(examples[0][0], x) for x, _ in examples) if len(examples) > 1 else len(examples[0][0])
    shared = max(0, min(shared, first_label - 1))
    ids, positions, segment = list(examples[0][0][:shared]), list(range(shared)), [-1] * shared
    predict_at, targets = [], []
    for k, (x, labels) in enumerate(examples):
        offset = len(ids) - shared                  # packed position of token t >= shared is t + offset
        ids += x[shared:]
        positions += range(shared, len(x))
        segment += [k] * (len(x) - shared)
        for t in range(len(x) - 1):
            if labels[t + 1] != -100:   # t >= shared: the prefix stops before the first label
                predict_at.append(t + offset)
                targets.append(x[t + 1])
    seg = torch.tensor(segment)
    causal = torch.ones(len(ids), len(ids), dtype=torch.bool).tril()
    visible = (seg[None, :] == -1) | (seg[None, :] == seg[:, None])   # the prefix, or the same suffix
    return {"input_ids": torch.tensor([ids]), "attention_mask": (causal & visible)[None, None],
            "position_ids": torch.tensor([positions]), "predict_at": torch.tensor(predict_at),
            "targets": torch.tensor(targets)}


def packed_answer_loss(model, packed: dict[str, Any], reduction: str = "mean"):
    """Cross-entropy of the labelled tokens of a packed group (see :func:`pack_group`); the output
    layer runs only at the positions that predict them, as in ``training.answer_loss``."""
    import torch.nn.functional as F

    core = model.get_base_model() if hasattr(model, "get_base_model") else model
    hidden = core.model(input_ids=packed["input_ids"], attention_mask=packed["attention_mask"],
                        position_ids=packed["position_ids"]).last_hidden_state
    logits = core.lm_head(hidden[0, packed["predict_at"]])
    return F.cross_entropy(logits.float(), packed["targets"], reduction=reduction)


def packed_steps(groups: Sequence[Sequence[int]], order: Sequence[int], batch_size: int) -> list[list[list[int]]]:
    """Training steps from groups taken in ``order``: each step takes whole groups while its examples
    fit ``batch_size`` (at least one group; a group larger than ``batch_size`` is split).

    >>> packed_steps([[0, 1, 2], [3, 4], [5]], order=[2, 0, 1], batch_size=4)
    [[[5], [0, 1, 2]], [[3, 4]]]
    """
    pieces = [list(groups[g][i:i + batch_size]) for g in order for i in range(0, len(groups[g]), batch_size)]
    steps: list[list[list[int]]] = []
    size = batch_size
    for piece in pieces:
        if size + len(piece) > batch_size:
            steps.append([])
            size = 0
        steps[-1].append(piece)
        size += len(piece)
    return steps
