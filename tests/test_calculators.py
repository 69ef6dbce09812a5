"""The clinical calculators (medllm_utils.calculators): published formulas checked against
hand-computed examples, range checks on every argument, and argument validation in call_tool."""

from __future__ import annotations

import pytest

from medllm_utils import calculators as C
from medllm_utils import tools
from medllm_utils.errors import MedLLMError


def test_tools_re_exports_the_calculators():
    assert tools.call_tool is C.call_tool and tools.TOOLS is C.TOOLS and tools.bmi is C.bmi


@pytest.mark.parametrize("w, h, value, cat", [(70, 1.75, 22.9, "normal weight"), (50, 1.70, 17.3, "underweight"),
                                              (95, 1.80, 29.3, "overweight"), (120, 1.70, 41.5, "obesity")])
def test_bmi(w, h, value, cat):
    assert C.bmi(w, h) == {"bmi": value, "category": cat}


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
    assert C.egfr_ckd_epi_2021(scr, age, sex) == {"egfr": expected, "stage": stage}


def test_cha2ds2_vasc_components():
    assert C.cha2ds2_vasc(50, "male")["score"] == 0
    assert C.cha2ds2_vasc(50, "female")["score"] == 1
    assert C.cha2ds2_vasc(70, "male")["score"] == 1
    assert C.cha2ds2_vasc(80, "male")["score"] == 2
    assert C.cha2ds2_vasc(80, "female", congestive_heart_failure=True, hypertension=True, diabetes=True,
                          stroke_tia_or_thromboembolism=True, vascular_disease=True)["score"] == 9


def test_unit_conversion_round_trips():
    assert C.convert_units(180, "glucose", "mmol/L") == {"value": 9.99, "unit": "mmol/L"}
    assert C.convert_units(10, "glucose", "mg/dL") == {"value": 180.16, "unit": "mg/dL"}
    assert C.convert_units(1.2, "creatinine", "umol/L") == {"value": 106.08, "unit": "umol/L"}
    assert C.convert_units(200, "cholesterol", "mmol/L") == {"value": 5.17, "unit": "mmol/L"}
    with pytest.raises(ValueError, match="glucose converts to mg/dL or mmol/L, not umol/L"):
        C.convert_units(1, "glucose", "umol/L")
    with pytest.raises(ValueError, match="greater than 0"):
        C.convert_units(-5, "glucose", "mmol/L")                     # no negative concentrations
    with pytest.raises(C.ToolError, match="cholesterol converts to mg/dL or mmol/L"):
        C.call_tool("convert_units", {"value": 5, "analyte": "cholesterol", "to_unit": "umol/L"})


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
    ("wells_pe", {k: True for k in C.WellsPEArgs.model_fields}, {"score": 12.5, "pe_likely": True}),
])
def test_calculators_against_hand_computed_examples(name, args, expected):
    assert C.call_tool(name, args) == expected


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
    with pytest.raises(C.ToolError, match=field):
        C.call_tool(name, args)


def test_every_tool_has_a_spec_description_and_argument_model():
    for name, tool in C.TOOLS.items():
        assert tool.description and tool.fn.__doc__ and ">>>" in tool.fn.__doc__, name
        assert tool.args.model_json_schema()["type"] == "object"


def test_specs_are_valid_function_schemas():
    specs = C.tool_specs()
    assert {s["function"]["name"] for s in specs} == set(C.TOOLS)
    egfr = next(s for s in specs if s["function"]["name"] == "egfr_ckd_epi_2021")["function"]["parameters"]
    assert set(egfr["required"]) == {"creatinine_mg_dl", "age_years", "sex"}
    assert egfr["properties"]["sex"]["enum"] == ["female", "male"]


def test_call_tool_validates_arguments():
    assert C.call_tool("egfr_ckd_epi_2021", '{"creatinine_mg_dl": 1.0, "age_years": 50, "sex": "female"}')["egfr"] == 69
    assert C.call_tool("cha2ds2_vasc", {"age_years": 76, "sex": "female", "hypertension": True})["score"] == 4
    with pytest.raises(MedLLMError, match="Unknown tool"):
        C.call_tool("apgar", "{}")
    with pytest.raises(MedLLMError, match="Invalid arguments for bmi"):
        C.call_tool("bmi", '{"weight_kg": -3, "height_m": 1.7}')
    with pytest.raises(MedLLMError, match="Invalid arguments"):
        C.call_tool("bmi", "not json")
    with pytest.raises(MedLLMError, match="age_years"):
        C.call_tool("egfr_ckd_epi_2021", {"creatinine_mg_dl": 1.0, "age_years": 12, "sex": "male"})


# --- the model using the tools --------------------------------------------------------------------------
