"""Clinical calculators as tools a model can call (chapter 3); the loop that lets a model call them is
:mod:`medllm_utils.tools`.

Each tool is a plain Python function with a pydantic model of its arguments; :func:`tool_specs`
turns them into the chat-completions ``tools`` format (JSON-schema signatures), and
:func:`call_tool` validates a model's arguments and runs the function. The formulas are the
published ones; check any result against your institution's calculators before clinical use —
this module is for teaching.

>>> call_tool("bmi", '{"weight_kg": 70, "height_m": 1.75}')
{'bmi': 22.9, 'category': 'normal weight'}
"""

from __future__ import annotations

import json
import math
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, Field, ValidationError, model_validator

from .errors import MedLLMError


class ToolError(MedLLMError):
    """A tool could not run with the arguments given (the message says why; it goes back to the model)."""


class ToolsUnsupportedError(MedLLMError):
    """The backend refused a request that offered tools: use the JSON fallback instead."""


class BMIArgs(BaseModel):
    weight_kg: float = Field(gt=0, lt=500, description="Body weight in kilograms")
    height_m: float = Field(gt=0.3, lt=2.8, description="Height in metres")


def bmi(weight_kg: float, height_m: float) -> dict[str, Any]:
    """Body-mass index (kg/m²) with the WHO adult category.

    >>> bmi(95, 1.80)
    {'bmi': 29.3, 'category': 'overweight'}
    """
    value = weight_kg / height_m**2
    category = ("underweight" if value < 18.5 else "normal weight" if value < 25 else
                "overweight" if value < 30 else "obesity")
    return {"bmi": round(value, 1), "category": category}


class EGFRArgs(BaseModel):
    creatinine_mg_dl: float = Field(gt=0, lt=30, description="Serum creatinine in mg/dL")
    age_years: float = Field(ge=18, le=120, description="Age in years (adults only)")
    sex: Literal["female", "male"]


def egfr_ckd_epi_2021(creatinine_mg_dl: float, age_years: float, sex: str) -> dict[str, Any]:
    """Estimated GFR by the race-free CKD-EPI 2021 creatinine equation (mL/min/1.73 m²), with the KDIGO G category.

    eGFR = 142 × min(Scr/κ, 1)^α × max(Scr/κ, 1)^-1.200 × 0.9938^age × (1.012 if female),
    κ = 0.7 (female) or 0.9 (male), α = -0.241 (female) or -0.302 (male).

    >>> egfr_ckd_epi_2021(1.0, 50, "female")
    {'egfr': 69, 'stage': 'G2'}
    """
    female = sex == "female"
    kappa, alpha = (0.7, -0.241) if female else (0.9, -0.302)
    ratio = creatinine_mg_dl / kappa
    value = 142 * min(ratio, 1) ** alpha * max(ratio, 1) ** -1.200 * 0.9938**age_years * (1.012 if female else 1.0)
    stage = ("G1" if value >= 90 else "G2" if value >= 60 else "G3a" if value >= 45 else "G3b" if value >= 30
             else "G4" if value >= 15 else "G5")
    return {"egfr": round(value), "stage": stage}


class CHA2DS2VAScArgs(BaseModel):
    age_years: int = Field(ge=0, le=120)
    sex: Literal["female", "male"]
    congestive_heart_failure: bool = False
    hypertension: bool = False
    diabetes: bool = False
    stroke_tia_or_thromboembolism: bool = False
    vascular_disease: bool = Field(False, description="Prior myocardial infarction, peripheral artery disease or aortic plaque")


def cha2ds2_vasc(age_years: int, sex: str, congestive_heart_failure: bool = False, hypertension: bool = False,
                 diabetes: bool = False, stroke_tia_or_thromboembolism: bool = False,
                 vascular_disease: bool = False) -> dict[str, Any]:
    """CHA2DS2-VASc stroke-risk score for atrial fibrillation (0–9).

    C 1, H 1, A2 (age ≥ 75) 2, D 1, S2 (stroke/TIA/thromboembolism) 2, V 1, A (65–74) 1, Sc (female) 1.

    >>> cha2ds2_vasc(76, "female", hypertension=True, diabetes=True)["score"]
    5
    """
    score = (int(congestive_heart_failure) + int(hypertension) + (2 if age_years >= 75 else 1 if age_years >= 65 else 0)
             + int(diabetes) + 2 * int(stroke_tia_or_thromboembolism) + int(vascular_disease) + int(sex == "female"))
    return {"score": score}


class ConvertArgs(BaseModel):
    value: float = Field(gt=0, lt=10_000, description="The concentration to convert (positive)")
    analyte: Literal["glucose", "creatinine", "cholesterol"]
    to_unit: Literal["mmol/L", "mg/dL", "umol/L"]

    @model_validator(mode="after")
    def _supported(self):
        if self.to_unit != "mg/dL" and (self.analyte, self.to_unit) not in _FACTORS:
            si = next(u for (a, u) in _FACTORS if a == self.analyte)
            raise ValueError(f"{self.analyte} converts to mg/dL or {si}, not {self.to_unit}")
        return self


# mg/dL → SI factors: glucose (180.16 g/mol) ÷ 18.016; creatinine (113.12 g/mol) × 88.4; cholesterol ÷ 38.67
_FACTORS = {("glucose", "mmol/L"): 1 / 18.016, ("creatinine", "umol/L"): 88.4, ("cholesterol", "mmol/L"): 1 / 38.67}


def convert_units(value: float, analyte: str, to_unit: str) -> dict[str, Any]:
    """Convert common lab values between conventional (mg/dL) and SI units.

    >>> convert_units(180, "glucose", "mmol/L")
    {'value': 9.99, 'unit': 'mmol/L'}
    >>> convert_units(88.4, "creatinine", "mg/dL")
    {'value': 1.0, 'unit': 'mg/dL'}
    """
    args = ConvertArgs(value=value, analyte=analyte, to_unit=to_unit)   # ranges and supported pairs
    if args.to_unit == "mg/dL":
        si = next(u for (a, u) in _FACTORS if a == analyte)
        factor = 1 / _FACTORS[(analyte, si)]
    else:
        factor = _FACTORS[(analyte, to_unit)]
    return {"value": round(value * factor, 2), "unit": to_unit}


class CockcroftGaultArgs(BaseModel):
    age_years: float = Field(ge=18, le=120, description="Age in years (adults only)")
    weight_kg: float = Field(gt=20, lt=400, description="Body weight in kilograms")
    creatinine_mg_dl: float = Field(gt=0, lt=30, description="Serum creatinine in mg/dL")
    sex: Literal["female", "male"]


def cockcroft_gault(age_years: float, weight_kg: float, creatinine_mg_dl: float, sex: str) -> dict[str, Any]:
    """Creatinine clearance by Cockcroft–Gault (mL/min), the estimate many drug labels dose by.

    CrCl = (140 − age) × weight / (72 × Scr) × (0.85 if female).

    >>> cockcroft_gault(60, 72, 1.0, "male"), cockcroft_gault(60, 72, 1.0, "female")
    ({'crcl_ml_min': 80.0}, {'crcl_ml_min': 68.0})
    """
    value = (140 - age_years) * weight_kg / (72 * creatinine_mg_dl) * (0.85 if sex == "female" else 1.0)
    return {"crcl_ml_min": round(value, 1)}


class AnionGapArgs(BaseModel):
    sodium_mmol_l: float = Field(ge=90, le=200, description="Serum sodium (mmol/L)")
    chloride_mmol_l: float = Field(ge=50, le=160, description="Serum chloride (mmol/L)")
    bicarbonate_mmol_l: float = Field(ge=1, le=60, description="Serum bicarbonate (mmol/L)")


def anion_gap(sodium_mmol_l: float, chloride_mmol_l: float, bicarbonate_mmol_l: float) -> dict[str, Any]:
    """Serum anion gap = Na − (Cl + HCO3), in mmol/L (without potassium; reference about 8–12).

    >>> anion_gap(140, 104, 24), anion_gap(135, 95, 10)
    ({'anion_gap': 12.0}, {'anion_gap': 30.0})
    """
    return {"anion_gap": round(float(sodium_mmol_l - (chloride_mmol_l + bicarbonate_mmol_l)), 1)}


class CorrectedCalciumArgs(BaseModel):
    calcium_mg_dl: float = Field(gt=2, lt=25, description="Total serum calcium (mg/dL)")
    albumin_g_dl: float = Field(gt=0.5, lt=7, description="Serum albumin (g/dL)")


def corrected_calcium(calcium_mg_dl: float, albumin_g_dl: float) -> dict[str, Any]:
    """Albumin-corrected calcium (Payne): Ca + 0.8 × (4.0 − albumin), in mg/dL.

    >>> corrected_calcium(8.0, 2.0), corrected_calcium(10.0, 4.0)
    ({'corrected_calcium_mg_dl': 9.6}, {'corrected_calcium_mg_dl': 10.0})
    """
    return {"corrected_calcium_mg_dl": round(calcium_mg_dl + 0.8 * (4.0 - albumin_g_dl), 2)}


class QTcArgs(BaseModel):
    qt_ms: float = Field(ge=200, le=800, description="Measured QT interval (ms)")
    heart_rate_bpm: float = Field(ge=20, le=250, description="Heart rate (beats per minute)")
    formula: Literal["bazett", "fridericia"] = "bazett"


def qtc(qt_ms: float, heart_rate_bpm: float, formula: str = "bazett") -> dict[str, Any]:
    """Heart-rate-corrected QT: Bazett QT/√RR or Fridericia QT/∛RR, RR = 60/HR seconds.

    >>> qtc(400, 60), qtc(400, 100), qtc(400, 100, "fridericia")
    ({'qtc_ms': 400}, {'qtc_ms': 516}, {'qtc_ms': 474})
    """
    rr = 60.0 / heart_rate_bpm
    value = qt_ms / (rr ** 0.5 if formula == "bazett" else rr ** (1 / 3))
    return {"qtc_ms": round(value)}


class HASBLEDArgs(BaseModel):
    age_years: int = Field(ge=0, le=120)
    uncontrolled_hypertension: bool = Field(False, description="Systolic blood pressure above 160 mmHg")
    abnormal_renal_function: bool = Field(False, description="Dialysis, transplant or creatinine ≥ 2.26 mg/dL")
    abnormal_liver_function: bool = Field(False, description="Cirrhosis, or bilirubin > 2× and AST/ALT > 3× normal")
    stroke_history: bool = False
    bleeding_history: bool = Field(False, description="Prior major bleeding or predisposition to bleeding")
    labile_inr: bool = Field(False, description="Unstable or high INRs, time in range < 60%")
    antiplatelet_or_nsaid: bool = Field(False, description="Concomitant aspirin, other antiplatelet or NSAID")
    alcohol_excess: bool = Field(False, description="8 or more drinks a week")


def has_bled(age_years: int, uncontrolled_hypertension: bool = False, abnormal_renal_function: bool = False,
             abnormal_liver_function: bool = False, stroke_history: bool = False, bleeding_history: bool = False,
             labile_inr: bool = False, antiplatelet_or_nsaid: bool = False, alcohol_excess: bool = False) -> dict[str, Any]:
    """HAS-BLED bleeding-risk score for anticoagulated atrial fibrillation (0–9; ≥ 3 is high risk).

    >>> has_bled(70, uncontrolled_hypertension=True, stroke_history=True, antiplatelet_or_nsaid=True)
    {'score': 4, 'high_risk': True}
    """
    score = sum(map(int, (uncontrolled_hypertension, abnormal_renal_function, abnormal_liver_function, stroke_history,
                          bleeding_history, labile_inr, age_years > 65, antiplatelet_or_nsaid, alcohol_excess)))
    return {"score": score, "high_risk": score >= 3}


class WellsPEArgs(BaseModel):
    clinical_signs_of_dvt: bool = False
    pe_most_likely_diagnosis: bool = False
    heart_rate_over_100: bool = False
    immobilisation_or_recent_surgery: bool = Field(False, description="Immobilised ≥ 3 days or surgery in the past 4 weeks")
    previous_pe_or_dvt: bool = False
    haemoptysis: bool = False
    active_cancer: bool = Field(False, description="Treatment within 6 months, or palliative")


def wells_pe(clinical_signs_of_dvt: bool = False, pe_most_likely_diagnosis: bool = False, heart_rate_over_100: bool = False,
             immobilisation_or_recent_surgery: bool = False, previous_pe_or_dvt: bool = False, haemoptysis: bool = False,
             active_cancer: bool = False) -> dict[str, Any]:
    """Wells score for pulmonary embolism (0–12.5); above 4 points PE is "likely" (two-tier rule).

    >>> wells_pe(clinical_signs_of_dvt=True, heart_rate_over_100=True)
    {'score': 4.5, 'pe_likely': True}
    >>> wells_pe(haemoptysis=True, active_cancer=True)
    {'score': 2.0, 'pe_likely': False}
    """
    score = (3.0 * clinical_signs_of_dvt + 3.0 * pe_most_likely_diagnosis + 1.5 * heart_rate_over_100
             + 1.5 * immobilisation_or_recent_surgery + 1.5 * previous_pe_or_dvt + 1.0 * haemoptysis + 1.0 * active_cancer)
    return {"score": score, "pe_likely": score > 4}


@dataclass(frozen=True)
class Tool:
    name: str
    description: str
    args: type[BaseModel]
    fn: Callable[..., dict[str, Any]]


TOOLS: dict[str, Tool] = {t.name: t for t in [
    Tool("bmi", "Body-mass index from weight and height, with the WHO category.", BMIArgs, bmi),
    Tool("egfr_ckd_epi_2021", "Estimated GFR from serum creatinine, age and sex (CKD-EPI 2021, race-free).",
         EGFRArgs, egfr_ckd_epi_2021),
    Tool("cha2ds2_vasc", "CHA2DS2-VASc stroke-risk score for a patient with atrial fibrillation.",
         CHA2DS2VAScArgs, cha2ds2_vasc),
    Tool("convert_units", "Convert glucose, creatinine or cholesterol between mg/dL and SI units.",
         ConvertArgs, convert_units),
    Tool("cockcroft_gault", "Creatinine clearance (mL/min) from age, weight, serum creatinine and sex (Cockcroft-Gault).",
         CockcroftGaultArgs, cockcroft_gault),
    Tool("anion_gap", "Serum anion gap from sodium, chloride and bicarbonate.", AnionGapArgs, anion_gap),
    Tool("corrected_calcium", "Calcium corrected for a low albumin (Payne formula).", CorrectedCalciumArgs,
         corrected_calcium),
    Tool("qtc", "Heart-rate-corrected QT interval (Bazett or Fridericia) from QT and heart rate.", QTcArgs, qtc),
    Tool("has_bled", "HAS-BLED bleeding-risk score for a patient with atrial fibrillation on anticoagulation.",
         HASBLEDArgs, has_bled),
    Tool("wells_pe", "Wells score for the probability of pulmonary embolism.", WellsPEArgs, wells_pe),
]}


def tool_specs(names: list[str] | None = None) -> list[dict[str, Any]]:
    """The tools in the chat-completions ``tools`` format (function name, description, JSON schema)."""
    chosen = [TOOLS[n] for n in (names or TOOLS)]
    return [{"type": "function", "function": {"name": t.name, "description": t.description,
                                              "parameters": t.args.model_json_schema()}} for t in chosen]


def tool_order(key: str, seed: int = 0, names: list[str] | None = None) -> list[str]:
    """The tools in an order drawn for one question (``key``): listing them in a fresh order per
    question keeps a model that picks by position (often the first tool) from looking as if it
    chose well — chapter 3 compares its right-tool rate with taking the first-listed tool.

    >>> order = tool_order("C001")
    >>> sorted(order) == sorted(TOOLS) and order == tool_order("C001") and order != tool_order("C002")
    True
    """
    chosen = list(names or TOOLS)
    random.Random(f"{key}|{seed}").shuffle(chosen)
    return chosen


def call_tool(name: str, arguments: str | dict[str, Any]) -> dict[str, Any]:
    """Validate ``arguments`` (a JSON string, as models send them, or a dict) and run tool ``name``.

    Raises :class:`MedLLMError` naming the problem for an unknown tool or invalid arguments.
    """
    if name not in TOOLS:
        raise ToolError(f"Unknown tool {name!r}; available: {', '.join(TOOLS)}.")
    tool = TOOLS[name]
    try:
        raw = json.loads(arguments) if isinstance(arguments, str) else dict(arguments)
        args = tool.args.model_validate(raw)
    except json.JSONDecodeError as exc:
        raise ToolError(f"Invalid arguments for {name}: not valid JSON ({exc.msg})") from None
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or '(arguments)'}: {e['msg']}" for e in exc.errors())
        raise ToolError(f"Invalid arguments for {name}: {problems}") from None
    try:
        result = tool.fn(**args.model_dump())
    except (ValueError, ArithmeticError) as exc:  # a formula's own limits: the model is told, never a crash
        raise ToolError(f"{name} could not compute a result: {exc}") from None
    if any(isinstance(v, float) and not math.isfinite(v) for v in result.values()):
        raise ToolError(f"{name} produced a non-finite result for {raw}")
    return result
