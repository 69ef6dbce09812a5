"""Clinical calculators: values hand-computed from the published formulas, and tool dispatch."""

from __future__ import annotations

import json

import pytest

from medllm_utils import tools as T
from medllm_utils.errors import MedLLMError


@pytest.mark.parametrize("w, h, value, cat", [(70, 1.75, 22.9, "normal weight"), (50, 1.70, 17.3, "underweight"),
                                              (95, 1.80, 29.3, "overweight"), (120, 1.70, 41.5, "obesity")])
def test_bmi(w, h, value, cat):
    assert T.bmi(w, h) == {"bmi": value, "category": cat}


@pytest.mark.parametrize("scr, age, sex, expected, stage", [
    # 142 × (1/0.7)^-1.2 × 0.9938^50 × 1.012 = 68.6
    (1.0, 50, "female", 69, "G2"),
    # 142 × (1.0/0.9)^-1.2 × 0.9938^50 = 142 × 0.8812 × 0.7327 = 91.7
    (1.0, 50, "male", 92, "G1"),
    # below κ: 142 × (0.6/0.7)^-0.241 × 0.9938^30 × 1.012 = 142 × 1.0379 × 0.8298 × 1.012 = 123.8
    (0.6, 30, "female", 124, "G1"),
    # 142 × (3.0/0.9)^-1.2 × 0.9938^80 = 142 × 0.2358 × 0.6081 = 20.4
    (3.0, 80, "male", 20, "G4"),
    # 142 × (5.0/0.7)^-1.2 × 0.9938^70 × 1.012 = 142 × 0.0945 × 0.6467 × 1.012 = 8.8
    (5.0, 70, "female", 9, "G5"),
])
def test_egfr_ckd_epi_2021(scr, age, sex, expected, stage):
    assert T.egfr_ckd_epi_2021(scr, age, sex) == {"egfr": expected, "stage": stage}


def test_cha2ds2_vasc_components():
    assert T.cha2ds2_vasc(50, "male")["score"] == 0
    assert T.cha2ds2_vasc(50, "female")["score"] == 1
    assert T.cha2ds2_vasc(70, "male")["score"] == 1
    assert T.cha2ds2_vasc(80, "male")["score"] == 2
    assert T.cha2ds2_vasc(80, "female", congestive_heart_failure=True, hypertension=True, diabetes=True,
                          stroke_tia_or_thromboembolism=True, vascular_disease=True)["score"] == 9


def test_unit_conversion_round_trips():
    assert T.convert_units(180, "glucose", "mmol/L") == {"value": 9.99, "unit": "mmol/L"}
    assert T.convert_units(10, "glucose", "mg/dL") == {"value": 180.16, "unit": "mg/dL"}
    assert T.convert_units(1.2, "creatinine", "umol/L") == {"value": 106.08, "unit": "umol/L"}
    assert T.convert_units(200, "cholesterol", "mmol/L") == {"value": 5.17, "unit": "mmol/L"}
    with pytest.raises(ValueError, match="glucose converts to mg/dL or mmol/L, not umol/L"):
        T.convert_units(1, "glucose", "umol/L")
    with pytest.raises(ValueError, match="greater than 0"):
        T.convert_units(-5, "glucose", "mmol/L")                     # no negative concentrations
    with pytest.raises(T.ToolError, match="cholesterol converts to mg/dL or mmol/L"):
        T.call_tool("convert_units", {"value": 5, "analyte": "cholesterol", "to_unit": "umol/L"})


# Hand-computed examples from the published formulas (worked on paper, not by the code under test).
@pytest.mark.parametrize("name, args, expected", [
    ("cockcroft_gault", {"age_years": 60, "weight_kg": 72, "creatinine_mg_dl": 1.0, "sex": "male"}, {"crcl_ml_min": 80.0}),
    ("cockcroft_gault", {"age_years": 60, "weight_kg": 72, "creatinine_mg_dl": 1.0, "sex": "female"}, {"crcl_ml_min": 68.0}),
    ("cockcroft_gault", {"age_years": 80, "weight_kg": 60, "creatinine_mg_dl": 2.0, "sex": "male"}, {"crcl_ml_min": 25.0}),
    ("anion_gap", {"sodium_mmol_l": 140, "chloride_mmol_l": 104, "bicarbonate_mmol_l": 24}, {"anion_gap": 12.0}),
    ("anion_gap", {"sodium_mmol_l": 135, "chloride_mmol_l": 95, "bicarbonate_mmol_l": 10}, {"anion_gap": 30.0}),
    ("corrected_calcium", {"calcium_mg_dl": 8.0, "albumin_g_dl": 2.0}, {"corrected_calcium_mg_dl": 9.6}),
    ("corrected_calcium", {"calcium_mg_dl": 10.4, "albumin_g_dl": 4.5}, {"corrected_calcium_mg_dl": 10.0}),
    ("qtc", {"qt_ms": 400, "heart_rate_bpm": 60}, {"qtc_ms": 400}),
    ("qtc", {"qt_ms": 400, "heart_rate_bpm": 100}, {"qtc_ms": 516}),                 # 400 / sqrt(0.6)
    ("qtc", {"qt_ms": 400, "heart_rate_bpm": 100, "formula": "fridericia"}, {"qtc_ms": 474}),  # 400 / 0.6^(1/3)
    ("has_bled", {"age_years": 70, "uncontrolled_hypertension": True, "stroke_history": True,
                  "antiplatelet_or_nsaid": True}, {"score": 4, "high_risk": True}),
    ("has_bled", {"age_years": 65}, {"score": 0, "high_risk": False}),              # "elderly" is > 65
    ("has_bled", {"age_years": 66, "labile_inr": True}, {"score": 2, "high_risk": False}),
    ("wells_pe", {"clinical_signs_of_dvt": True, "heart_rate_over_100": True}, {"score": 4.5, "pe_likely": True}),
    ("wells_pe", {"pe_most_likely_diagnosis": True, "haemoptysis": True}, {"score": 4.0, "pe_likely": False}),  # > 4
    ("wells_pe", {k: True for k in T.WellsPEArgs.model_fields}, {"score": 12.5, "pe_likely": True}),
])
def test_calculators_against_hand_computed_examples(name, args, expected):
    assert T.call_tool(name, args) == expected


@pytest.mark.parametrize("name, args, field", [
    ("cockcroft_gault", {"age_years": 17, "weight_kg": 60, "creatinine_mg_dl": 1.0, "sex": "male"}, "age_years"),
    ("cockcroft_gault", {"age_years": 50, "weight_kg": 60, "creatinine_mg_dl": 0, "sex": "male"}, "creatinine_mg_dl"),
    ("cockcroft_gault", {"age_years": 50, "weight_kg": 60, "creatinine_mg_dl": 1.0, "sex": "other"}, "sex"),
    ("anion_gap", {"sodium_mmol_l": -140, "chloride_mmol_l": 104, "bicarbonate_mmol_l": 24}, "sodium_mmol_l"),
    ("corrected_calcium", {"calcium_mg_dl": 8.0, "albumin_g_dl": 0}, "albumin_g_dl"),
    ("qtc", {"qt_ms": 400, "heart_rate_bpm": 0}, "heart_rate_bpm"),
    ("qtc", {"qt_ms": 400, "heart_rate_bpm": 70, "formula": "hodges"}, "formula"),
    ("has_bled", {"age_years": -1}, "age_years"),
    ("bmi", {"weight_kg": 70, "height_m": 0.3}, "height_m"),                        # the boundary itself is out
])
def test_calculators_refuse_out_of_range_arguments_with_the_field_named(name, args, field):
    with pytest.raises(T.ToolError, match=field):
        T.call_tool(name, args)


def test_every_tool_has_a_spec_description_and_argument_model():
    for name, tool in T.TOOLS.items():
        assert tool.description and tool.fn.__doc__ and ">>>" in tool.fn.__doc__, name
        assert tool.args.model_json_schema()["type"] == "object"


def test_specs_are_valid_function_schemas():
    specs = T.tool_specs()
    assert {s["function"]["name"] for s in specs} == set(T.TOOLS)
    egfr = next(s for s in specs if s["function"]["name"] == "egfr_ckd_epi_2021")["function"]["parameters"]
    assert set(egfr["required"]) == {"creatinine_mg_dl", "age_years", "sex"}
    assert egfr["properties"]["sex"]["enum"] == ["female", "male"]


def test_call_tool_validates_arguments():
    assert T.call_tool("egfr_ckd_epi_2021", '{"creatinine_mg_dl": 1.0, "age_years": 50, "sex": "female"}')["egfr"] == 69
    assert T.call_tool("cha2ds2_vasc", {"age_years": 76, "sex": "female", "hypertension": True})["score"] == 4
    with pytest.raises(MedLLMError, match="Unknown tool"):
        T.call_tool("apgar", "{}")
    with pytest.raises(MedLLMError, match="Invalid arguments for bmi"):
        T.call_tool("bmi", '{"weight_kg": -3, "height_m": 1.7}')
    with pytest.raises(MedLLMError, match="Invalid arguments"):
        T.call_tool("bmi", "not json")
    with pytest.raises(MedLLMError, match="age_years"):
        T.call_tool("egfr_ckd_epi_2021", {"creatinine_mg_dl": 1.0, "age_years": 12, "sex": "male"})


# --- the model using the tools --------------------------------------------------------------------------
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
