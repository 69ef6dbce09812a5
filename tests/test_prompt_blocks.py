"""Prompt blocks (medllm_utils.prompt_blocks): shared prompt beginnings are reused without changing a number."""

from __future__ import annotations

import numpy as np
import pytest

from medllm_utils import offline
from medllm_utils.prompt_blocks import PROMPT_BLOCK, common_blocks


def test_only_whole_shared_blocks_count():
    held = tuple(range(300))
    assert common_blocks(held, list(range(300)), 256) == 256          # at most the new prompt's blocks
    assert common_blocks(held, list(range(130)) + [-1] * 100, 192) == 128
    assert common_blocks(held, list(range(63)) + [-1] * 100, 128) == 0   # part of a block is not reused
    assert common_blocks((), list(range(100)), 64) == 0
    assert common_blocks(tuple(range(70)), list(range(200)), 192) == 64   # at most what is held


@pytest.mark.model
def test_saved_prompt_states_give_the_numbers_of_a_cold_start():
    """Prompts that share blocks with the context held, or with a saved earlier prompt, are resumed
    from them; the next token's logits are bit for bit those of the same prompt evaluated from scratch."""
    from medllm_utils.offline_server import ModelRunner

    runner = ModelRunner(str(offline.serving_model_path()), n_ctx=2048)
    llm = runner.llm
    note_a = ("Patient note: a 67-year-old man with type 2 diabetes mellitus, hypertension and stage 3 chronic kidney "
              "disease; HbA1c 8.4%, estimated GFR 48. Medications: metformin 500 mg twice daily, lisinopril 10 mg "
              "daily, atorvastatin 40 mg nightly. No history of myocardial infarction or stroke. ") * 2
    note_b = note_a.replace("67-year-old man", "54-year-old woman")
    system = {"role": "system", "content": "You screen patients for a clinical trial. Answer with the label only."}

    def ids(note, criterion):
        msgs = [system, {"role": "user", "content": f"{note}\nCriterion: {criterion}\nAnswer: included or not."}]
        return runner._prompt_ids(llm, msgs, {})

    prompts = [ids(note_a, "Age 18 or older."), ids(note_a, "HbA1c between 7% and 10.5%."),
               ids(note_b, "Age 18 or older."), ids(note_a, "No insulin in the last 3 months.")]
    assert all(len(p) > 3 * PROMPT_BLOCK for p in prompts)

    blocks = runner._blocks_for(llm)

    def logits(prompt):
        blocks.prepare(prompt)
        llm.eval(prompt[llm.n_tokens:])
        return np.ctypeslib.as_array(llm._ctx.get_logits(), shape=(llm.n_vocab(),)).copy()

    cold = []
    for prompt in prompts:
        blocks.forget()
        blocks.saved.clear()
        cold.append(logits(prompt))
    blocks.forget()
    blocks.saved.clear()
    evaluated: list[int] = []
    real_eval = llm.eval
    llm.eval = lambda tokens: (evaluated.append(len(tokens)), real_eval(tokens))[1]
    warm = []
    for prompt in prompts:
        evaluated.clear()
        warm.append(logits(prompt))
        if prompt is prompts[-1]:        # note A again after note B: resumed from its saved state
            assert sum(evaluated) < len(prompt) - 2 * PROMPT_BLOCK, evaluated
    for c, w in zip(cold, warm):
        assert np.array_equal(c, w)
    assert not np.array_equal(cold[0], cold[1])   # the prompts do differ where it matters
