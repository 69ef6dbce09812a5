"""Sampling, majority votes and option orders for choice shuffle (medllm_utils.ensembles)."""

from __future__ import annotations


import numpy as np
import pandas as pd
import pytest

from medllm_utils import ensembles as E
from medllm_utils import prompts as P
from medllm_utils.data import load_mcq
from medllm_utils.evaluate import MCQAnswer


def test_prompts_re_exports_the_ensemble_helpers_the_chapters_call():
    assert P.majority_vote is E.majority_vote and P.balanced_orders is E.balanced_orders
    assert P.sample_answers is E.sample_answers


def test_majority_vote_counts_ties_and_unparsable():
    v = E.majority_vote(["C", "A", "A", "C", None])
    assert (v.answer, v.agreement, v.n_valid) == ("C", 0.5, 4)    # tie → first seen
    assert E.majority_vote(["B"] * 4 + ["A"]).agreement == 0.8
    assert E.majority_vote([None]).answer is None


def test_shuffle_options_maps_answers_back():
    row = load_mcq().iloc[0]
    seen = set()
    for seed in range(6):
        opts, back = E.shuffle_options(row, seed)
        assert sorted(opts.values()) == sorted(row[k] for k in "ABCD")
        assert all(opts[new] == row[old] for new, old in back.items())
        seen.add(tuple(back.values()))
    assert E.shuffle_options(row, 3) == E.shuffle_options(row, 3)
    assert len(seen) > 1


def test_balanced_orders_differ_between_questions_and_cancel_a_position_bias():
    mcq = load_mcq()
    orders = {qid: E.balanced_orders(qid, seed=0) for qid in mcq.id}
    for qid, four in orders.items():
        assert all(sorted(o[pos] for o in four) == list("ABCD") for pos in range(4)), qid   # Latin square
    assert len({tuple(map(tuple, o)) for o in orders.values()}) >= 12                      # not one order for all
    assert E.balanced_orders("Q1", seed=0) == E.balanced_orders("Q1", seed=0) != E.balanced_orders("Q1", seed=1)

    # A planted position bias: the "model" always answers the first option shown.
    def biased_shuffle(row):
        votes = []
        for order in E.balanced_orders(row.id, seed=0):
            _, back = E.reorder_options(row, order)
            votes.append(back["A"])
        return E.majority_vote(votes)

    votes = [biased_shuffle(row) for _, row in mcq.iterrows()]
    assert all(v.agreement == 0.25 for v in votes)            # every original option got exactly one vote
    share = pd.Series([v.answer for v in votes]).value_counts(normalize=True)
    assert share.max() < 0.45                                  # no letter inherits the bias
    accuracy = np.mean([v.answer == g for v, g in zip(votes, mcq.answer)])
    assert accuracy < 0.45                                     # a biased model gains nothing
    with pytest.raises(ValueError, match="permutation"):
        E.reorder_options(mcq.iloc[0], ["A", "A", "B", "C"])


def test_sample_answers_uses_n_and_tops_up_when_the_server_ignores_it(fake):
    fake.replies.extend(['{"answer": "B"}', '{"answer": "C"}', '{"answer": "C"}'])
    fake.ignore_n = True
    out = E.sample_answers("q?", MCQAnswer, 3, temperature=0.7, seed=5)
    assert [o.answer for o in out] == ["B", "C", "C"]
    assert [r.get("seed") for r in fake.requests] == [5, 6, 7] and fake.requests[0]["n"] == 3
    fake.reset()
    fake.replies.append("not json")
    out = E.sample_answers("q?", MCQAnswer, 4, seed=0)
    assert len(fake.requests) == 1 and out == [None] * 4           # one request, four unparsable choices


def test_option_logprobs_reads_letters_from_the_top_tokens_and_asks_for_one_token(fake):
    top = [{"token": " B", "logprob": -0.3, "bytes": None}, {"token": "A", "logprob": -1.9, "bytes": None},
           {"token": "The", "logprob": -2.5, "bytes": None}]
    fake.replies.append({"content": " B", "logprobs": {"content": [
        {"token": " B", "logprob": -0.3, "bytes": None, "top_logprobs": top}]}})
    scores = E.option_logprobs("Which? A) x B) y C) z D) w")
    assert scores["B"] == -0.3 and scores["A"] == -1.9 and scores["C"] == scores["D"] == float("-inf")
    assert E.logprob_answer(scores) == "B"
    sent = fake.requests[-1]
    assert sent["max_tokens"] == 1 and sent["logprobs"] is True and sent["top_logprobs"] == 20
