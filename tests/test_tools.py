"""Letting a model use the calculators (medllm_utils.tools): the native tool loop, the JSON fallback,
scoring a run, and tool orders that keep position from scoring (calculators: test_calculators.py)."""

from __future__ import annotations

import json

import pytest

from medllm_utils import tools as T
from medllm_utils.errors import MedLLMError


def _tool_call(name, args, call_id="call_1"):
    return {"tool_calls": [{"id": call_id, "type": "function", "function": {"name": name, "arguments": args}}]}


def test_native_tool_loop_runs_the_call_and_sends_the_result_back(fake):
    fake.replies.extend([_tool_call("bmi", '{"weight_kg": 70, "height_m": 1.75}'), "Her BMI is 22.9 (normal weight)."])
    run = T.run_with_tools("BMI for 70 kg and 1.75 m?", mode="auto")      # compatible backend → native tools
    assert run.mode == "native" and run.answer == "Her BMI is 22.9 (normal weight)."
    assert run.calls == [{"name": "bmi", "arguments": '{"weight_kg": 70, "height_m": 1.75}',
                          "result": {"bmi": 22.9, "category": "normal weight"}, "error": None}]
    first, second = fake.requests
    assert [t["function"]["name"] for t in first["tools"]] == list(T.TOOLS)
    tool_msg = second["messages"][-1]
    assert tool_msg["role"] == "tool" and tool_msg["tool_call_id"] == "call_1"
    assert json.loads(tool_msg["content"]) == {"bmi": 22.9, "category": "normal weight"}
    assert second["messages"][-2]["tool_calls"][0]["function"]["name"] == "bmi"


def test_native_tool_errors_go_back_to_the_model_and_rounds_are_bounded(fake):
    fake.replies.extend([_tool_call("bmi", '{"weight_kg": -1, "height_m": 1.75}'), "Sorry."])
    run = T.run_with_tools("BMI?", mode="native")
    assert run.calls[0]["result"] is None and "Invalid arguments for bmi" in run.calls[0]["error"]
    assert "error" in json.loads(fake.requests[1]["messages"][-1]["content"])
    fake.reset()
    fake.replies.extend([_tool_call("bmi", '{"weight_kg": 70, "height_m": 1.75}')] * 2)
    with pytest.raises(MedLLMError, match="still calling tools after 2 rounds"):
        T.run_with_tools("BMI for 70 kg, 1.75 m?", mode="native", max_rounds=2)


def test_json_fallback_chooses_fills_runs_and_answers(fake):
    fake.replies.extend(['{"tool": "egfr_ckd_epi_2021"}', '{"creatinine_mg_dl": 1.0, "age_years": 50, "sex": "female"}',
                         "The eGFR is 69 mL/min/1.73 m2 (G2)."])
    run = T.run_with_tools("eGFR for a 50-year-old woman, creatinine 1.0?", mode="json")
    assert run.mode == "json" and run.result == {"egfr": 69, "stage": "G2"}
    choice, args, final = fake.requests
    assert choice["response_format"]["json_schema"]["schema"]["properties"]["tool"]["enum"] == [*T.TOOLS, "none"]
    assert args["response_format"]["json_schema"]["name"] == "EGFRArgs"
    assert '"egfr": 69' in final["messages"][-1]["content"]
    assert T.score_tool_run(run, "egfr_ckd_epi_2021", {"creatinine_mg_dl": 1.0, "age_years": 50, "sex": "female"}, 69,
                            "egfr") == {"tool_ok": True, "args_ok": True, "value_ok": True}


def test_json_fallback_reports_arguments_that_fail_the_schema(fake):
    fake.replies.extend(['{"tool": "bmi"}', '{"weight_kg": 70, "height_m": 175}'])
    run = T.run_with_tools("BMI?", mode="json")
    assert run.result is None and "height_m" in run.calls[0]["error"] and "could not be used" in run.answer


def test_score_tool_run_compares_every_argument_after_defaults():
    gold = {"age_years": 70, "sex": "male", "hypertension": True}
    ok = T.ToolRun("", [{"name": "cha2ds2_vasc", "arguments": {**gold, "diabetes": False}, "result": {"score": 2}}], "json")
    extra_flag = T.ToolRun("", [{"name": "cha2ds2_vasc", "arguments": {**gold, "diabetes": True}, "result": {"score": 3}}], "json")
    wrong_tool = T.ToolRun("", [{"name": "bmi", "arguments": {}, "result": {"bmi": 20}}], "json")
    assert T.score_tool_run(ok, "cha2ds2_vasc", gold, 2, "score") == {"tool_ok": True, "args_ok": True, "value_ok": True}
    assert T.score_tool_run(extra_flag, "cha2ds2_vasc", gold, 2, "score") == {"tool_ok": True, "args_ok": False, "value_ok": False}
    assert T.score_tool_run(wrong_tool, "cha2ds2_vasc", gold, 2, "score")["tool_ok"] is False
    assert T.score_tool_run(T.ToolRun("", [], "json"), "bmi", {}, 1, "bmi") == {"tool_ok": False, "args_ok": False, "value_ok": False}


def test_a_refused_tools_request_falls_back_to_json_by_type_not_by_message(fake):
    fake.failures.extend([400])                       # the server rejects the request that offers tools
    fake.replies.extend(["(the refused request's slot)", '{"tool": "bmi"}', '{"weight_kg": 70, "height_m": 1.75}', "BMI 22.9."])
    run = T.run_with_tools("BMI for 70 kg, 1.75 m?", mode="auto")
    assert run.mode == "json" and run.result == {"bmi": 22.9, "category": "normal weight"}
    fake.reset()
    fake.failures.extend([400])
    with pytest.raises(T.ToolsUnsupportedError):
        T.run_with_tools("BMI?", mode="native")


def test_run_with_tools_rejects_bad_options():
    with pytest.raises(ValueError, match="mode"):
        T.run_with_tools("q", mode="magic")
    with pytest.raises(MedLLMError, match="Unknown tool"):
        T.run_with_tools("q", names=["dose_calculator"])


def test_calculator_questions_gold_comes_from_the_tools():
    from medllm_utils.data import load_calculator_questions

    for _, row in load_calculator_questions().iterrows():
        assert T.call_tool(row.tool, row.arguments)[row.answer_key] == row.answer


def test_tool_order_differs_per_question_so_position_cannot_score():
    from medllm_utils.data import load_calculator_questions

    calc = load_calculator_questions()
    firsts = [T.tool_order(q, seed=0)[0] for q in calc.id]
    assert len(set(firsts)) >= 5                                   # not one tool listed first everywhere
    assert all(sorted(T.tool_order(q)) == sorted(T.TOOLS) for q in calc.id)
    # a model that always takes the first-listed tool is right only by chance (well under half here)
    assert sum(f == g for f, g in zip(firsts, calc.tool)) / len(calc) < 0.4
    assert [s["function"]["name"] for s in T.tool_specs(T.tool_order("C001"))] == T.tool_order("C001")
