"""Resume a prompt from the blocks it shares with earlier prompts — the offline server's prompt cache.

Reading the prompt is most of the offline model's work in this book, and many prompts begin alike:
the system prompt and few-shot turns of a run of questions, the patient note that chapter 4's seven
criteria share, the question that chapter 3's four option orders share. llama.cpp keeps what it has
read in its context (the "KV cache"), but its numbers depend a little on how a prompt is split into
batches, so resuming from an arbitrary earlier prompt would change answers depending on what was
asked before. Here every prompt is read the same way — in blocks of :data:`PROMPT_BLOCK` tokens
from its start, then the rest (1 to ``PROMPT_BLOCK`` tokens) in one batch by llama-cpp-python's
``create_chat_completion`` — so the state after a block depends only on the tokens up to it, whichever
request computed it. A new prompt then reuses the blocks it shares with the context held now, or
with one of the last :data:`SAVED_PROMPTS` prompts, whose states are saved, and reads only the rest.
The numbers are those of the prompt read from scratch, bit for bit (tests/test_prompt_blocks.py);
on chapter 4's 42 test pairs it took 18 s instead of 31 s (``benchmarks/run.py``). Large serving
systems do the same under the name *prefix caching*. Used by :mod:`medllm_utils.offline_server`.

>>> common_blocks(tuple(range(200)), list(range(150)) + [0], 128)
128
"""

from __future__ import annotations

import ctypes
from collections import OrderedDict
from typing import Any

PROMPT_BLOCK = 64    # tokens per block: on 1 and 2 cores llama.cpp reads 64-token batches as fast as longer ones
SAVED_PROMPTS = 16   # prompt states kept per engine (about 2 MB per 100 tokens for the embedded model)


def common_blocks(held, ids: list[int], end: int) -> int:
    """Tokens, in whole blocks, that ``held`` and ``ids`` begin with alike, at most ``end``.

    >>> common_blocks(tuple(range(200)), [9] + list(range(1, 150)), 128)
    0
    """
    n = min(len(held), end)
    i = 0
    while i < n and held[i] == ids[i]:
        i += 1
    return i // PROMPT_BLOCK * PROMPT_BLOCK


class PromptBlocks:
    """One ``llama_cpp.Llama`` engine's prompt blocks: those its context holds, and saved states of
    its last prompts (only where ``save_states``: an engine that keeps logits for every prompt token
    would need those restored too, so it reuses only the context it holds)."""

    def __init__(self, llm: Any, *, save_states: bool = True):
        self.llm = llm
        self.save_states = save_states
        self.held: tuple[int, ...] = ()                                  # blocks the context holds
        self.saved: OrderedDict[tuple[int, ...], Any] = OrderedDict()    # prompt blocks -> state

    def prepare(self, ids: list[int]) -> None:
        """Leave the engine holding the prompt's blocks (all but its last 1 to ``PROMPT_BLOCK`` tokens),
        reusing what it holds or has saved and reading the rest block by block."""
        llm = self.llm
        end = (len(ids) - 1) // PROMPT_BLOCK * PROMPT_BLOCK
        keep = common_blocks(self.held, ids, end)
        if self.save_states and keep < end and self.saved:
            shared, best = max((common_blocks(k, ids, end), k) for k in self.saved)
            if shared > keep:
                keep = shared if self._restore(best) else 0
        if keep == 0:
            llm.reset()
        llm.n_tokens = keep   # llama.cpp drops the rest of the context at the next evaluation
        for start in range(keep, end, PROMPT_BLOCK):
            llm.eval(ids[start:start + PROMPT_BLOCK])
        self.held = tuple(ids[:end])
        if self.save_states and end > keep:
            self._save(self.held)

    def forget(self) -> None:
        """The context now holds nothing to reuse (a prompt read whole, e.g. with tools)."""
        self.held = ()

    def check(self) -> None:
        """After a completion: the context still holds the blocks we think it does. It would not if
        ``create_chat_completion`` had tokenized the prompt differently from us (it then reads from
        the first difference); the next prompt then starts afresh."""
        if self.held and tuple(self.llm.input_ids[:len(self.held)].tolist()) != self.held:
            self.held = ()

    def _save(self, prompt: tuple[int, ...]) -> None:
        import llama_cpp

        ctx = self.llm._ctx.ctx
        size = llama_cpp.llama_state_seq_get_size(ctx, 0)
        buf = (ctypes.c_uint8 * size)()
        if llama_cpp.llama_state_seq_get_data(ctx, buf, size, 0) != size:
            return   # nothing saved: a later prompt is read, not restored
        self.saved[prompt] = buf
        while len(self.saved) > SAVED_PROMPTS:
            self.saved.popitem(last=False)

    def _restore(self, prompt: tuple[int, ...]) -> bool:
        import llama_cpp

        buf = self.saved[prompt]
        self.saved.move_to_end(prompt)
        self.llm._ctx.kv_cache_clear()
        if not llama_cpp.llama_state_seq_set_data(self.llm._ctx.ctx, buf, len(buf), 0):
            del self.saved[prompt]   # not restored: the prompt is read from scratch
            return False
        self.llm.input_ids[:len(prompt)] = prompt
        self.llm.n_tokens = len(prompt)
        return True
