"""Tests for medllm_utils.deid_compare: the library and language-model detectors of chapter 5."""

from __future__ import annotations

import pandas as pd
import pytest

from medllm_utils import client
from medllm_utils import deid_compare as DC
from medllm_utils.deid import find_phi

NOTE = "Seen on 03/14/2024; call 617-555-0143 or write to j.okafor@example.org. Mr. Okafor, HbA1c 8.1%."
NOTES = pd.DataFrame([{"id": "n1", "text": NOTE, "spans": [
    {"type": "DATE", "text": "03/14/2024", "start": 8, "end": 18},
    {"type": "PHONE", "text": "617-555-0143", "start": 25, "end": 37},
    {"type": "EMAIL", "text": "j.okafor@example.org", "start": 50, "end": 70},
    {"type": "NAME", "text": "Okafor", "start": 76, "end": 82}],
    "lookalikes": [{"text": "HbA1c 8.1%", "start": 84, "end": 94}]}])


def test_the_fixture_spans_point_at_their_text():
    for s in NOTES.spans[0] + NOTES.lookalikes[0]:
        assert NOTE[s["start"]:s["end"]] == s["text"]


def test_presidio_runs_offline_and_finds_patterns_but_not_names():
    pytest.importorskip("presidio_analyzer")
    detect = DC.presidio_detector()          # the tier forbids any connection beyond 127.0.0.1
    kinds = {f.kind for f in detect(NOTE)}
    assert {"PHONE_NUMBER", "EMAIL_ADDRESS"} <= kinds
    table = DC.compare_detectors(NOTES, {"Presidio": detect, "rules": find_phi})
    assert table.loc["Presidio", "name recall"] == 0.0        # no NER model offline: names are not found
    assert table.loc["rules", "name recall"] == 1.0 and table.loc["rules", "look-alikes flagged"] == 0.0
    assert (table["ms per note"] >= 0).all() and list(table.index) == ["Presidio", "rules"]


def test_llm_detector_locates_only_what_the_model_copied_exactly(monkeypatch):
    sent = {}

    def fake_complete_json(messages, schema, **params):
        sent.update(params, messages=messages)
        return schema(identifiers=["617-555-0143", "Okafor", "Dr. Smith", " ", "Okafor"])

    monkeypatch.setattr(client, "complete_json", fake_complete_json)
    found = DC.llm_detector()(NOTE)
    assert [(f.text, f.start) for f in found] == [("617-555-0143", 25), ("Okafor", 76)]   # exact case, no "Dr. Smith"
    assert sent["temperature"] == 0 and sent["allow_phi"] is True and NOTE in sent["messages"][-1]["content"]
    score = DC.compare_detectors(NOTES, {"LLM": DC.llm_detector()}).loc["LLM"]
    assert score["identifier recall (overlap)"] == 0.5 and score["name recall"] == 1.0   # phone and name of four


def test_an_unusable_llm_answer_is_a_leak_and_is_counted(monkeypatch):
    from medllm_utils.errors import OutputValidationError

    def cut_off(messages, schema, **params):
        raise OutputValidationError('The model\'s output does not match IdentifierList: cut off at max_tokens')

    monkeypatch.setattr(client, "complete_json", cut_off)
    detect = DC.llm_detector()
    row = DC.compare_detectors(NOTES, {"LLM": detect}).loc["LLM"]
    assert row["token recall"] == 0.0 and row["failed notes"] == 1 and detect.failures == 1
    assert DC.compare_detectors(NOTES, {"rules": find_phi}).loc["rules", "failed notes"] == 0
