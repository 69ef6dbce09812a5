"""The prompt playground widget (medllm_utils.playground)."""

from __future__ import annotations

import pytest

from medllm_utils import playground as PG
from medllm_utils.data import load_mcq


def test_playground_runs_once_and_shows_the_answer(fake):
    pytest.importorskip("ipywidgets")
    fake.replies.append('{"answer": "A"}')
    mcq = load_mcq()
    PG.playground(mcq.iloc[:3], mcq.iloc[3:])
    assert len(fake.requests) == 1
    assert fake.requests[0]["response_format"]["json_schema"]["name"] == "MCQAnswer"
