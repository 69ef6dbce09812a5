"""Clinical calculators: values hand-computed from the published formulas, and tool dispatch."""

from __future__ import annotations

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
    with pytest.raises(ValueError, match="cannot convert"):
        T.convert_units(1, "glucose", "umol/L")


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
