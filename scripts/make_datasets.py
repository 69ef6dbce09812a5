"""Generate the book's synthetic, PHI-free datasets from structured facts.

Every patient is invented: facts are drawn with a fixed seed, the note is written from the facts
by templates with varied wording, and each label is derived from the same facts by the rule of
the criterion, with a one-line reason. Run it to regenerate the files under
medllm_utils/resources/data (the output is deterministic):

    .venv/bin/python scripts/make_datasets.py
"""

from __future__ import annotations

import json
import random
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "medllm_utils" / "resources" / "data"
RNG = random.Random(20241023)

RACES = ["White", "Black", "Hispanic", "Asian"]
TRIAL = ("A 24-week randomised trial of an investigational once-daily oral glucose-lowering drug "
         "in adults with type 2 diabetes.")
CRITERIA = [
    ("I1", "inclusion", "Age 18 years or older."),
    ("I2", "inclusion", "Diagnosis of type 2 diabetes mellitus."),
    ("I3", "inclusion", "HbA1c between 7.0% and 10.5% at screening."),
    ("E1", "exclusion", "Current treatment with insulin."),
    ("E2", "exclusion", "Estimated glomerular filtration rate (eGFR) below 30 mL/min/1.73 m2."),
    ("E3", "exclusion", "Pregnant or breastfeeding."),
    ("E4", "exclusion", "Myocardial infarction within the past 6 months."),
]

ORAL_DRUGS = [("metformin", ["500 mg twice daily", "1000 mg twice daily", "850 mg once daily"]),
              ("sitagliptin", ["100 mg daily", "50 mg daily"]),
              ("glipizide", ["5 mg daily", "10 mg twice daily"]),
              ("empagliflozin", ["10 mg daily", "25 mg daily"])]
OTHER_DRUGS = [("lisinopril", ["10 mg daily", "20 mg daily"]), ("atorvastatin", ["20 mg nightly", "40 mg nightly"]),
               ("amlodipine", ["5 mg daily", "10 mg daily"]), ("aspirin", ["81 mg daily"]),
               ("levothyroxine", ["75 mcg daily", "100 mcg daily"]), ("albuterol inhaler", ["2 puffs as needed"])]
INSULINS = [("insulin glargine", ["20 units at bedtime", "32 units at bedtime"]),
            ("insulin lispro", ["sliding scale with meals"])]
OTHER_PROBLEMS = ["hypertension", "hyperlipidemia", "hypothyroidism", "osteoarthritis of the knees", "asthma",
                  "obesity", "gastroesophageal reflux disease", "depression"]

# Prescribing and screening rules applied to the drawn facts (without further random draws, so the
# rest of every data set stays as it was).
SGLT2_INHIBITORS = ("empagliflozin", "dapagliflozin", "canagliflozin", "ertugliflozin")
GLUCOSE_LOWERING_ORAL = tuple(name for name, _ in ORAL_DRUGS)
BASAL_INSULIN = ("insulin glargine", "20 units at bedtime")
# Sitagliptin's labelled dose by kidney function: 100 mg daily at eGFR 45 or above, 50 mg at 30-44,
# 25 mg below 30.
SITAGLIPTIN_DOSE_BY_EGFR = ((30, "25 mg daily"), (45, "50 mg daily"))
# Age from which a woman counts as post-menopausal without documentation (as in the NCCN definition
# of menopause); a younger woman is post-menopausal only if the note says so (12 months without a
# period), so at 46-59 an undocumented status gives "not enough information" for the pregnancy criterion.
MENOPAUSE_AGE = 60
# What a prescriber would give instead in pregnancy and breastfeeding (None: stop it).
PREGNANCY_SWAPS = {"lisinopril": ("labetalol", "200 mg twice daily"),
                   "amlodipine": ("nifedipine extended-release", "30 mg daily"), "atorvastatin": None}
BREASTFEEDING_SWAPS = {"lisinopril": ("enalapril", "10 mg daily"), "atorvastatin": None}
PEDIATRIC_METFORMIN = ("metformin", "500 mg twice daily")


def make_patient(i: int) -> dict:
    r = RNG
    sex = "female" if i % 4 == 1 else r.choice(["female", "male"])
    if i in (3, 17):
        age = r.choice([16, 17])
    elif i % 4 == 1:
        age = r.randint(22, 44)  # enough women of child-bearing age for the pregnancy criterion
    else:
        age = r.randint(24, 89)
    race = RACES[i % len(RACES)]
    diabetes = "type 2" if i % 9 not in (4, 8) else ("type 1" if i % 9 == 4 else "none")
    if age < 18 and diabetes == "none":
        diabetes = "type 2"
    hba1c = None if i % 6 == 5 else round(r.uniform(6.2, 11.8) if diabetes != "none" else r.uniform(5.0, 5.9), 1)
    egfr = None if i % 5 == 3 else r.choice([22, 27, 38, 45, 52, 61, 74, 88, 95])
    insulin = diabetes == "type 1" or (diabetes == "type 2" and r.random() < 0.25)
    meds_known = i % 10 != 7
    meds = []
    if diabetes == "type 2":
        meds += [(n, r.choice(d)) for n, d in r.sample(ORAL_DRUGS, k=r.choice([1, 2]))]
    if insulin:
        meds += [(n, r.choice(d)) for n, d in r.sample(INSULINS, k=1)]
    meds += [(n, r.choice(d)) for n, d in r.sample(OTHER_DRUGS, k=r.choice([1, 2, 3]))]
    problems = ([f"{diabetes} diabetes mellitus"] if diabetes != "none" else []) + r.sample(OTHER_PROBLEMS, k=2)
    # pregnancy status: only meaningful for women of child-bearing age
    if sex == "female" and 18 <= age <= 45:
        pregnancy = r.choice(["pregnant", "not pregnant", "breastfeeding", "unknown"])
    elif sex == "female" and age < 18:
        pregnancy = r.choice(["not pregnant", "unknown"])
    elif sex == "female" and age < MENOPAUSE_AGE:
        pregnancy = "menopause not documented"  # the notes never document menopause
    else:
        pregnancy = "not applicable"
    cardiac = r.choice(["none", "mi_recent", "mi_old", "unclear"]) if age >= 40 else r.choice(["none", "unclear"])
    mi_months = {"mi_recent": r.choice([2, 3, 5]), "mi_old": r.choice([14, 30, 60])}.get(cardiac)
    meds, insulin = prescribe_safely(meds, insulin, pregnancy, egfr, age)
    age_band = "<40" if age < 40 else ("40-64" if age < 65 else "65+")
    return dict(patient_id=f"P{i + 1:03d}", age=age, age_band=age_band, sex=sex, race_ethnicity=race,
                diabetes=diabetes, hba1c=hba1c, egfr=egfr, insulin=insulin, meds_known=meds_known,
                medications=[{"name": n, "dose": d} for n, d in meds], problems=problems,
                pregnancy=pregnancy, cardiac=cardiac, mi_months=mi_months)


def prescribe_safely(meds: list[tuple[str, str]], insulin: bool, pregnancy: str,
                     egfr: int | None, age: int = 40) -> tuple[list[tuple[str, str]], bool]:
    """Correct the drawn medication list where a prescriber would (no random draws).

    * Pregnancy: insulin is the preferred glucose-lowering treatment, so every oral glucose-lowering
      drug is replaced by basal insulin; ACE inhibitors are contraindicated (lisinopril becomes
      labetalol), nifedipine is the calcium-channel blocker of choice (for amlodipine), and statins
      are stopped.
    * Breastfeeding: SGLT2 inhibitors are not recommended (replaced by basal insulin); statins are
      stopped; enalapril is the ACE inhibitor with breastfeeding data (for lisinopril).
    * Under 18: sitagliptin and glipizide are not approved, so metformin (or, with metformin already
      there, nothing) takes their place; no aspirin for primary prevention.
    * Kidney function: metformin is stopped below eGFR 30 (basal insulin instead) and limited to
      1,000 mg a day at 30-44; SGLT2 inhibitors are not used for glucose lowering below 30;
      sitagliptin is dosed by eGFR (``SITAGLIPTIN_DOSE_BY_EGFR``).

    Returns the new list and whether the patient now takes insulin (criterion E1 reads it).
    """
    replace = {"pregnant": GLUCOSE_LOWERING_ORAL, "breastfeeding": SGLT2_INHIBITORS}.get(pregnancy, ())
    swaps = {"pregnant": PREGNANCY_SWAPS, "breastfeeding": BREASTFEEDING_SWAPS}.get(pregnancy, {})
    names = {name for name, _ in meds}
    out: list[tuple[str, str]] = []

    def basal_insulin() -> None:
        nonlocal insulin
        if not insulin:
            out.append(BASAL_INSULIN)
            insulin = True

    for name, dose in meds:
        if name in replace or (egfr is not None and egfr < 30 and (name == "metformin" or name in SGLT2_INHIBITORS)):
            basal_insulin()
            continue
        if name in swaps:
            if swaps[name] is not None:
                out.append(swaps[name])
            continue
        if age < 18 and name in ("sitagliptin", "glipizide"):
            if "metformin" not in names:
                out.append(PEDIATRIC_METFORMIN)
                names.add("metformin")
            continue
        if age < 18 and name == "aspirin":
            continue
        if name == "metformin" and egfr is not None and egfr < 45:
            dose = "500 mg twice daily"
        if name == "sitagliptin" and egfr is not None:
            dose = next((d for bound, d in SITAGLIPTIN_DOSE_BY_EGFR if egfr < bound), dose)
        out.append((name, dose))
    return out, insulin


def write_note(p: dict) -> str:
    r = RNG
    noun = {"female": r.choice(["woman", "female"]), "male": r.choice(["man", "male"])}[p["sex"]]
    if p["age"] < 18:
        noun = "girl" if p["sex"] == "female" else "boy"
    race = p["race_ethnicity"]
    opening = r.choice([f"{p['age']}-year-old {race} {noun} with a history of {', '.join(p['problems'])}.",
                        f"The patient is a {p['age']}-year-old {race} {noun}. Past medical history: {'; '.join(p['problems'])}.",
                        f"{race} {noun}, age {p['age']}, known to have {' and '.join(p['problems'])}."])
    s = [opening]
    if p["diabetes"] == "none":
        s.append(r.choice(["No history of diabetes; fasting glucose has been normal.",
                           "She does not have diabetes." if p["sex"] == "female" else "He does not have diabetes."]))
    labs = []
    if p["hba1c"] is not None:
        labs.append(r.choice([f"HbA1c {p['hba1c']}%", f"most recent hemoglobin A1c was {p['hba1c']}%"]))
    if p["egfr"] is not None:
        labs.append(r.choice([f"eGFR {p['egfr']} mL/min/1.73 m2", f"estimated GFR of {p['egfr']}"]))
    if labs:
        s.append("Labs: " + "; ".join(labs) + ".")
    else:
        s.append("No recent laboratory results are available.")
    if p["meds_known"]:
        s.append("Current medications: " + ", ".join(f"{m['name']} {m['dose']}" for m in p["medications"]) + ".")
    else:
        s.append("Medication list could not be obtained at this visit.")
    preg = {"pregnant": r.choice(["She is currently 14 weeks pregnant.", "Pregnancy test positive; about 10 weeks gestation."]),
            "not pregnant": r.choice(["Urine pregnancy test negative.", "She is not pregnant."]),
            "breastfeeding": "She delivered 4 months ago and is breastfeeding.",
            "unknown": None, "menopause not documented": None, "not applicable": None}[p["pregnancy"]]
    if preg:
        s.append(preg)
    card = {"none": r.choice(["No history of heart disease.", "Denies any cardiac history."]),
            "mi_recent": f"Admitted {p['mi_months']} months ago for an acute myocardial infarction, treated with a stent.",
            "mi_old": f"Had a myocardial infarction {p['mi_months']} months ago; stable since.",
            "unclear": "Reports episodes of chest pain; cardiology work-up is pending."}[p["cardiac"]]
    s.append(card)
    return " ".join(s)


def label(p: dict, cid: str) -> tuple[str, str]:
    """The gold label and the reason a careful reader would give, from the patient's facts."""
    if cid == "I1":
        return ("included", f"Age {p['age']} is 18 or older.") if p["age"] >= 18 else \
               ("not included", f"Age {p['age']} is under 18.")
    if cid == "I2":
        if p["diabetes"] == "type 2":
            return "included", "The note lists type 2 diabetes."
        return "not included", ("The patient has type 1 diabetes." if p["diabetes"] == "type 1"
                                else "The note states the patient does not have diabetes.")
    if cid == "I3":
        if p["hba1c"] is None:
            return "not enough information", "No HbA1c is reported."
        ok = 7.0 <= p["hba1c"] <= 10.5
        return ("included" if ok else "not included"), f"HbA1c {p['hba1c']}% is {'within' if ok else 'outside'} 7.0-10.5%."
    if cid == "E1":
        if not p["meds_known"]:
            return "not enough information", "The medication list is not available."
        return ("excluded", "The medication list includes insulin.") if p["insulin"] else \
               ("not excluded", "No insulin in the medication list.")
    if cid == "E2":
        if p["egfr"] is None:
            return "not enough information", "No eGFR is reported."
        return ("excluded", f"eGFR {p['egfr']} is below 30.") if p["egfr"] < 30 else \
               ("not excluded", f"eGFR {p['egfr']} is 30 or above.")
    if cid == "E3":
        if p["sex"] == "male":
            return "not excluded", "The patient is male."
        return {"pregnant": ("excluded", "The note says she is pregnant."),
                "breastfeeding": ("excluded", "The note says she is breastfeeding."),
                "not pregnant": ("not excluded", "The note says she is not pregnant."),
                "unknown": ("not enough information", "A woman of child-bearing age; pregnancy status not stated."),
                "menopause not documented": ("not enough information", (f"A {p['age']}-year-old woman; menopause is "
                                             "not documented, so pregnancy or breastfeeding cannot be ruled out.")),
                "not applicable": ("not excluded", f"A {p['age']}-year-old woman, past child-bearing age.")}[p["pregnancy"]]
    if cid == "E4":
        return {"none": ("not excluded", "No cardiac history."),
                "mi_recent": ("excluded", f"Myocardial infarction {p['mi_months']} months ago (within 6 months)."),
                "mi_old": ("not excluded", f"Myocardial infarction {p['mi_months']} months ago (more than 6 months)."),
                "unclear": ("not enough information", "Chest pain under work-up; no myocardial infarction documented.")}[p["cardiac"]]
    raise KeyError(cid)


ADMISSIONS = [
    ("community-acquired pneumonia", "intravenous ceftriaxone and azithromycin, then oral amoxicillin",
     "fever resolved on day 2 and oxygen was weaned off", "finish 5 days of antibiotics and see the primary care doctor in 1 week"),
    ("acute decompensated heart failure", "intravenous furosemide", "weight fell by 3 kg and breathing improved",
     "daily weights, a low-salt diet and cardiology follow-up in 2 weeks"),
    ("diabetic ketoacidosis", "intravenous fluids and an insulin infusion", "the anion gap closed within 18 hours",
     "diabetes education and endocrinology follow-up in 1 week"),
    ("cellulitis of the left leg", "intravenous cefazolin, then oral cephalexin", "redness receded and fever resolved",
     "complete 7 days of antibiotics and keep the leg elevated"),
    ("pyelonephritis", "intravenous ceftriaxone, then oral ciprofloxacin", "flank pain and fever resolved",
     "finish antibiotics and repeat urinalysis if symptoms return"),
    ("a COPD exacerbation", "nebulised bronchodilators, oral prednisone and doxycycline", "wheeze improved and oxygen needs fell",
     "a prednisone taper and pulmonary follow-up in 2 weeks"),
    ("upper gastrointestinal bleeding from a duodenal ulcer", "endoscopic therapy and intravenous pantoprazole",
     "hemoglobin remained stable after one transfusion", "oral pantoprazole, H. pylori testing and no NSAIDs"),
    ("atrial fibrillation with rapid ventricular response", "intravenous diltiazem, then oral metoprolol and apixaban",
     "heart rate was controlled below 100", "cardiology follow-up and continued anticoagulation"),
]


def make_summary_item(i: int, p: dict) -> dict:
    reason, treatment, course, plan = ADMISSIONS[i % len(ADMISSIONS)]
    days = RNG.choice([2, 3, 4, 5, 6])
    who = f"{p['age']}-year-old {p['sex']}" if p["age"] >= 18 else f"{p['age']}-year-old {'girl' if p['sex'] == 'female' else 'boy'}"
    note = (f"HOSPITAL COURSE: The patient is a {who} with {', '.join(p['problems'])} who presented with symptoms of "
            f"{reason}. On admission vital signs were recorded and initial laboratory studies were obtained. "
            f"The patient was treated with {treatment}. Over the hospital stay, {course}. Home medications were "
            f"reviewed and continued where appropriate. The patient was discharged home on hospital day {days} in "
            f"stable condition. PLAN: {plan}.")
    summary = (f"A {who} was admitted for {reason}, treated with {treatment}; {course}. "
               f"Discharged on day {days}; plan: {plan}.")
    return {"id": f"SUM{i + 1:03d}", "patient_id": p["patient_id"], "note": note, "reference_summary": summary}


EDUCATION = [
    ("Hypertension increases the risk of cerebrovascular accidents.", "High blood pressure raises your risk of stroke.",
     "La presión arterial alta aumenta su riesgo de sufrir un derrame cerebral."),
    ("Take this medication twice daily with meals.", "Take this medicine two times a day with food.",
     "Tome este medicamento dos veces al día con comida."),
    ("Hypoglycemia may present with diaphoresis, tremor and confusion.", "Low blood sugar can make you sweaty, shaky and confused.",
     "El azúcar bajo en la sangre puede causarle sudor, temblores y confusión."),
    ("Avoid nonsteroidal anti-inflammatory drugs while on anticoagulation.", "Do not take pain pills like ibuprofen while you take a blood thinner.",
     "No tome analgésicos como el ibuprofeno mientras toma un anticoagulante."),
    ("Monitor your weight daily and report a gain of more than 1 kg in a day.", "Weigh yourself every day and call us if you gain more than 1 kilogram in one day.",
     "Pésese todos los días y llámenos si aumenta más de 1 kilogramo en un día."),
    ("Dyspnea on exertion should be reported to your physician.", "Tell your doctor if you get short of breath when you are active.",
     "Dígale a su médico si le falta el aire cuando hace actividad física."),
    ("Adherence to the antibiotic regimen is essential even if symptoms resolve.", "Take all of your antibiotic pills, even if you feel better.",
     "Tome todas sus pastillas de antibiótico, aunque se sienta mejor."),
    ("Postprandial glucose should be measured two hours after eating.", "Check your blood sugar two hours after you eat.",
     "Mídase el azúcar en la sangre dos horas después de comer."),
    ("Edema of the lower extremities may indicate fluid retention.", "Swollen legs or ankles can mean your body is holding extra fluid.",
     "Las piernas o los tobillos hinchados pueden indicar que su cuerpo retiene líquido."),
    ("Cessation of tobacco use reduces cardiovascular risk.", "Quitting smoking lowers your risk of heart disease.",
     "Dejar de fumar reduce su riesgo de enfermedades del corazón."),
    ("Seek emergency care for chest pain radiating to the left arm.", "Call emergency services if you have chest pain that spreads to your left arm.",
     "Llame a emergencias si tiene dolor de pecho que se extiende al brazo izquierdo."),
    ("Renal function will be assessed before increasing the dose.", "We will check your kidneys before we raise the dose.",
     "Revisaremos sus riñones antes de aumentar la dosis."),
    ("Administer the inhaler prior to physical exertion.", "Use your inhaler before you exercise.",
     "Use su inhalador antes de hacer ejercicio."),
    ("Orthostatic hypotension may cause dizziness upon standing.", "Your blood pressure may drop when you stand up, which can make you dizzy.",
     "Su presión puede bajar al ponerse de pie, lo que puede causarle mareo."),
    ("Maintain hydration during episodes of diarrhea.", "Drink plenty of fluids when you have diarrhea.",
     "Beba muchos líquidos cuando tenga diarrea."),
    ("Fasting is required for eight hours prior to the procedure.", "Do not eat anything for eight hours before the procedure.",
     "No coma nada durante ocho horas antes del procedimiento."),
    ("Pruritus is a common adverse effect of this medication.", "Itching is a common side effect of this medicine.",
     "La comezón es un efecto secundario común de este medicamento."),
    ("Elevate the affected limb to reduce swelling.", "Raise your swollen arm or leg to help the swelling go down.",
     "Levante el brazo o la pierna hinchada para que baje la hinchazón."),
    ("Abrupt discontinuation of this medication may precipitate withdrawal.", "Do not stop this medicine suddenly, because it can make you sick.",
     "No deje de tomar este medicamento de repente, porque puede enfermarse."),
    ("Your hemoglobin level indicates mild anemia.", "Your blood test shows you have slightly too few red blood cells.",
     "Su análisis de sangre muestra que tiene un poco menos de glóbulos rojos de lo normal."),
    ("Pyrexia above 38.5 degrees Celsius warrants evaluation.", "See a doctor if your fever is higher than 38.5 degrees Celsius.",
     "Consulte a un médico si su fiebre es mayor de 38.5 grados centígrados."),
    ("Apply sunscreen to prevent photosensitivity reactions.", "Use sunscreen because this medicine can make your skin burn easily in the sun.",
     "Use protector solar porque este medicamento puede hacer que su piel se queme fácilmente con el sol."),
    ("Limit sodium intake to less than two grams per day.", "Eat less than two grams of salt a day.",
     "Coma menos de dos gramos de sal al día."),
    ("The incision should be kept clean and dry.", "Keep your cut from surgery clean and dry.",
     "Mantenga limpia y seca la herida de la cirugía."),
    ("Report any melena or hematemesis immediately.", "Tell us right away if you have black stools or vomit blood.",
     "Avísenos de inmediato si tiene heces negras o vomita sangre."),
    ("Nocturia may be a symptom of uncontrolled diabetes.", "Getting up at night to urinate can be a sign that your diabetes is not under control.",
     "Levantarse de noche para orinar puede ser una señal de que su diabetes no está controlada."),
]


def make_images(out: Path) -> list[dict]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    items = []
    rng = random.Random(7)
    for k in range(6):
        days = list(range(1, 15))
        base = rng.choice([110, 140, 170, 200])
        glucose = [round(base + rng.gauss(0, 25)) for _ in days]
        if k % 2 == 0:
            glucose[rng.randrange(len(days))] = rng.choice([265, 290, 310])
        fig, ax = plt.subplots(figsize=(4, 2.5), dpi=80)
        ax.plot(days, glucose, marker="o")
        ax.axhline(250, color="red", linestyle="--", linewidth=1)
        ax.set_xlabel("day")
        ax.set_ylabel("fasting glucose (mg/dL)")
        ax.set_title(f"Synthetic glucose log {k + 1}")
        fig.tight_layout()
        name = f"glucose_{k + 1}.png"
        fig.savefig(out / "images" / name)
        plt.close(fig)
        high = max(glucose) > 250
        items.append({"id": f"IMG{k + 1:03d}", "image": f"images/{name}", "question": "Is any fasting glucose value above 250 mg/dL?",
                      "answer": "yes" if high else "no", "values": glucose,
                      "reason": f"The highest value is {max(glucose)} mg/dL."})
    return items


CALCULATOR_CASES = [
    # (tool, arguments, question template)
    ("bmi", {"weight_kg": 82, "height_m": 1.70}, "A man weighs 82 kg and is 1.70 m tall. What is his body-mass index?"),
    ("bmi", {"weight_kg": 54, "height_m": 1.62}, "What is the BMI of a woman who is 1.62 m tall and weighs 54 kg?"),
    ("bmi", {"weight_kg": 110, "height_m": 1.85}, "Calculate the body-mass index for a patient of 110 kg and 1.85 m."),
    ("bmi", {"weight_kg": 68, "height_m": 1.58}, "Height 1.58 m, weight 68 kg: what is the BMI?"),
    ("egfr_ckd_epi_2021", {"creatinine_mg_dl": 1.4, "age_years": 67, "sex": "male"},
     "A 67-year-old man has a serum creatinine of 1.4 mg/dL. Estimate his eGFR with CKD-EPI 2021."),
    ("egfr_ckd_epi_2021", {"creatinine_mg_dl": 0.8, "age_years": 45, "sex": "female"},
     "Estimate the GFR of a 45-year-old woman whose creatinine is 0.8 mg/dL."),
    ("egfr_ckd_epi_2021", {"creatinine_mg_dl": 2.6, "age_years": 72, "sex": "female"},
     "What is the eGFR of a 72-year-old woman with creatinine 2.6 mg/dL?"),
    ("egfr_ckd_epi_2021", {"creatinine_mg_dl": 1.1, "age_years": 38, "sex": "male"},
     "Serum creatinine 1.1 mg/dL in a 38-year-old man: what is the estimated GFR?"),
    ("cha2ds2_vasc", {"age_years": 78, "sex": "female", "hypertension": True},
     "A 78-year-old woman with atrial fibrillation has hypertension. What is her CHA2DS2-VASc score?"),
    ("cha2ds2_vasc", {"age_years": 58, "sex": "male", "diabetes": True},
     "What is the CHA2DS2-VASc score of a 58-year-old man with atrial fibrillation and diabetes?"),
    ("cha2ds2_vasc", {"age_years": 70, "sex": "male", "congestive_heart_failure": True, "stroke_tia_or_thromboembolism": True},
     "A 70-year-old man with atrial fibrillation, heart failure and a previous stroke: CHA2DS2-VASc score?"),
    ("cha2ds2_vasc", {"age_years": 66, "sex": "female", "hypertension": True, "vascular_disease": True},
     "Atrial fibrillation in a 66-year-old woman with hypertension and peripheral artery disease. CHA2DS2-VASc?"),
    ("convert_units", {"value": 180, "analyte": "glucose", "to_unit": "mmol/L"},
     "Convert a glucose of 180 mg/dL to mmol/L."),
    ("convert_units", {"value": 1.5, "analyte": "creatinine", "to_unit": "umol/L"},
     "What is a creatinine of 1.5 mg/dL in umol/L?"),
    ("convert_units", {"value": 7.8, "analyte": "glucose", "to_unit": "mg/dL"},
     "A glucose meter reads 7.8 mmol/L. What is that in mg/dL?"),
    ("convert_units", {"value": 240, "analyte": "cholesterol", "to_unit": "mmol/L"},
     "Convert total cholesterol 240 mg/dL to mmol/L."),
]
RESULT_KEY = {"bmi": "bmi", "egfr_ckd_epi_2021": "egfr", "cha2ds2_vasc": "score", "convert_units": "value"}


def make_knowledge_base() -> list[dict]:
    """The retrieval knowledge base: reference passages written for this book, kept in
    ``scripts/knowledge_base_passages.py`` (one disease, drug, test or guideline point each; not the
    questions' explanations). ``supports`` lists the MCQs whose answer a passage holds the evidence for
    (the qrels); passages with none are general reference text or distractors."""
    import importlib.util

    source = Path(__file__).with_name("knowledge_base_passages.py")
    spec = importlib.util.spec_from_file_location("knowledge_base_passages", source)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    mcq_ids = [json.loads(line)["id"] for line in (OUT / "mcq.jsonl").read_text(encoding="utf-8").splitlines()
               if line.strip()]
    rows = [{"id": pid, "title": title, "topic": topic, "text": text, "supports": list(supports)}
            for pid, title, topic, supports, text in module.PASSAGES]
    ids = [r["id"] for r in rows]
    assert ids == [f"KB{j + 1:03d}" for j in range(len(rows))], "passage ids must run KB001, KB002, ... in order"
    unknown = {q for r in rows for q in r["supports"]} - set(mcq_ids)
    assert not unknown, f"supports names questions that do not exist: {sorted(unknown)}"
    unsupported = set(mcq_ids) - {q for r in rows for q in r["supports"]}
    assert not unsupported, f"questions without a supporting passage: {sorted(unsupported)}"
    return rows


def make_calculator_questions() -> list[dict]:
    """Questions whose answer needs a calculator; the gold value comes from the tested tool itself."""
    import sys
    sys.path.insert(0, str(OUT.parents[2]))
    from medllm_utils.tools import call_tool

    return [{"id": f"CALC{j + 1:03d}", "question": q, "tool": tool, "arguments": args,
             "answer": call_tool(tool, args)[RESULT_KEY[tool]], "answer_key": RESULT_KEY[tool]}
            for j, (tool, args, q) in enumerate(CALCULATOR_CASES)]


# Invented identifiers for the de-identification evaluation (chapter 5). Phone numbers use the
# fictional 555-01xx range, e-mails the reserved example.org domain; names, streets and record
# numbers are made up.
FIRST = ["Maria", "James", "Aisha", "Wei", "Carlos", "Fatima", "John", "Elena", "Samuel", "Priya", "Tomás", "Grace"]
LAST = ["Alvarez", "Okafor", "Nguyen", "Kowalski", "Haddad", "Lindqvist", "Moreno", "Brennan", "Takahashi", "Osei"]
STREETS = ["Maple Street", "Harbor Road", "Cedar Avenue", "Willow Lane", "Granite Drive", "Orchard Court"]
CLINICAL = ["Follow-up for type 2 diabetes; HbA1c 7.9%.", "Seen for hypertension; blood pressure 148/92.",
            "Reports fatigue; hemoglobin 10.9 g/dL.", "Knee osteoarthritis, stable on acetaminophen.",
            "Asthma well controlled on inhaled budesonide.", "CKD stage G3a, eGFR 52; metformin dose reviewed."]


def _phi_pieces(rng: random.Random) -> list[tuple[str, str]]:
    """(kind, text) identifiers of one note; a few bare names (no title) test the detector's limits."""
    first, last = rng.choice(FIRST), rng.choice(LAST)
    month = rng.choice(["January", "March", "June", "September", "November"])
    pool = [
        ("name", f"{rng.choice(['Mr.', 'Ms.', 'Mrs.', 'Dr.'])} {last}"),
        ("name", f"{first} {last}"),
        ("date", f"{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/20{rng.randint(18, 25)}"),
        ("date", f"{month} {rng.randint(1, 28)}, 20{rng.randint(18, 25)}"),
        ("phone", f"({rng.randint(200, 989)}) 555-01{rng.randint(0, 99):02d}"),
        ("email", f"{first.lower()}.{last.lower()}@example.org"),
        ("mrn", f"MRN {rng.randint(1000000, 9999999)}"),
        ("address", f"{rng.randint(10, 9999)} {rng.choice(STREETS)}"),
        ("zip", f"{rng.randint(10000, 99999)}-{rng.randint(1000, 9999)}"),
        ("age_over_89", f"{rng.randint(90, 104)}-year-old"),
        ("ssn", f"9{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"),
        ("url", f"https://portal.example.org/p/{rng.randint(1000, 9999)}"),
    ]
    return rng.sample(pool, rng.randint(2, 4))


_PHI_FRAMES = {"name": "Patient: {}.", "date": "Visit date {}.", "phone": "Call back at {}.", "email": "E-mail {}.",
               "mrn": "{}.", "address": "Lives at {}.", "zip": "Postal code {}.", "age_over_89": "A {} resident.",
               "ssn": "SSN {}.", "url": "Portal: {}."}


def make_phi_notes(n: int = 40) -> list[dict]:
    """Short synthetic notes with planted identifiers and their exact character spans."""
    rng = random.Random(90210)
    rows = []
    for i in range(n):
        text, spans = rng.choice(CLINICAL), []
        for kind, value in _phi_pieces(rng):
            frame = _PHI_FRAMES[kind]
            start = len(text) + 1 + frame.index("{}")
            text = f"{text} {frame.format(value)}"
            spans.append({"kind": kind, "text": value, "start": start, "end": start + len(value)})
        rows.append({"id": f"PHI{i + 1:03d}", "text": text, "spans": spans})
    return rows


def dump(name: str, rows: list[dict]) -> None:
    with open(OUT / name, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def make_patients_and_pairs() -> tuple[list[dict], list[dict]]:
    """The 30 patients (facts and note) and their 210 patient-criterion pairs; call it once, first."""
    patients = [make_patient(i) for i in range(30)]
    for p in patients:
        p["note"] = write_note(p)
    pairs = []
    for p in patients:
        for cid, kind, text in CRITERIA:
            lab, reason = label(p, cid)
            pairs.append({"pair_id": f"{p['patient_id']}-{cid}", "patient_id": p["patient_id"], "criterion_id": cid,
                          "criterion_type": kind, "criterion": text, "note": p["note"], "label": lab, "reason": reason,
                          "age_band": p["age_band"], "sex": p["sex"], "race_ethnicity": p["race_ethnicity"]})
    return patients, pairs


def main() -> None:
    (OUT / "images").mkdir(parents=True, exist_ok=True)
    patients, pairs = make_patients_and_pairs()
    dump("patients.jsonl", [{k: p[k] for k in ("patient_id", "age", "age_band", "sex", "race_ethnicity", "note")}
                            for p in patients])
    dump("trial_matching.jsonl", pairs)
    dump("extraction.jsonl", [{"id": f"EXT{j + 1:03d}", "patient_id": p["patient_id"], "note": p["note"],
                               "gold": {"medications": p["medications"] if p["meds_known"] else [], "problems": p["problems"]}}
                              for j, p in enumerate(patients)])
    dump("summarization.jsonl", [make_summary_item(j, p) for j, p in enumerate(patients)])
    dump("translation.jsonl", [{"id": f"EDU{j + 1:03d}", "source": s, "plain_english": pe, "spanish": es}
                               for j, (s, pe, es) in enumerate(EDUCATION)])
    dump("images.jsonl", make_images(OUT))
    dump("knowledge_base.jsonl", make_knowledge_base())
    dump("calculator_questions.jsonl", make_calculator_questions())
    dump("phi_notes.jsonl", make_phi_notes())
    (OUT / "trial.json").write_text(json.dumps({"title": TRIAL, "criteria": [
        {"criterion_id": c, "criterion_type": k, "criterion": t} for c, k, t in CRITERIA]}, indent=1))
    print(f"{len(patients)} patients, {len(pairs)} pairs written to {OUT}")


if __name__ == "__main__":
    main()
