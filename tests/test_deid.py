"""The detection rules in medllm_utils.deid, one family at a time, on sentences written for these
tests (not taken from any of the annotated note sets)."""

from __future__ import annotations

import pytest

from medllm_utils.deid import find_phi


def flagged(text: str) -> list[str]:
    return [f.text for f in find_phi(text)]


@pytest.mark.parametrize("text, expected", [
    ("Clinic tel +44 20 7123 4567 (mornings).", "+44 20 7123 4567"),
    ("Verified the phone ending 4471 before release.", "4471"),
    ("Admitted: 03-Jan-2023, discharged two days later.", "03-Jan-2023"),
    ("CLINIC VISIT   Sep-09-2024", "Sep-09-2024"),
    ("Repeat echo 7/19 showed an LVEF of 55%.", "7/19"),
    ("Biopsy was done in October; results pending.", "October"),
    ("Start the new dose starting the 12th.", "the 12th"),
    ("Age ............ 97", "97"),
    ("Home: 7 Pelham Road, Oldbury OB4 7RT", "OB4 7RT"),
    ("Directions: RR 2 Box 310, past the grain elevator.", "RR 2 Box 310"),
    ("Her nephew lives in Marquette and visits weekly.", "Marquette"),
    ("Hi Oluwaseun,\nThe results are back.", "Oluwaseun"),
    ("From: 'Hye-jin Baek' <hbaek@example.org>", "Hye-jin Baek"),
    ("Attending: Jaroslav Dvořák, MD", "Jaroslav Dvořák"),
    ("Patient: Szabó, Eszter    DOB 02/03/1961", "Szabó, Eszter"),
    ("Witness: Claimant Desmond Achterberg-Li signed the form.", "Desmond Achterberg-Li"),
    ("seen with Dr. P. Venkataraman today", "P. Venkataraman"),
    ("PID|1||4471^^^HOSP^MR||QUILLON^MARGUERITE^R||19440102|F", "QUILLON^MARGUERITE^R"),
    ("Vitals q2h. Initials key: TW = Tobiah Wendt, RN", "TW"),
    ("| 02-117 | K.L.M. | enrolled |", "K.L.M."),
    ("PATIENT: Last Ostrowski   First Halina   MI T", "Halina"),
    ("Son Tadeusz Ostrowski called at noon. Tadeusz asked about visiting.", "Tadeusz"),
    ("Mother is ninety-four years old and lives alone.", "ninety-four"),
    ("Mail to 880 Orchard Ave NW, Apt 3, Brookhollow Falls", "Brookhollow Falls"),
    ("Referral: Kowalczyk, Dorota / 00718823 / urgent", "Kowalczyk, Dorota"),
    # the US place-name gazetteer, table columns, rosters, relations and other context (tests written apart from any set)
    ("Retired welder, drives in from Chillicothe for each visit.", "Chillicothe"),
    ("dictated note patient fell on the ice in duluth last week", "duluth"),
    ("| Bed | Resident | Age |\n|---|---|---|\n| 4 | Pellegrino, Ottavio | 96 |", "Pellegrino, Ottavio"),
    ("| Bed | Resident | Age |\n|---|---|---|\n| 4 | Pellegrino, Ottavio | 96 |", "96"),
    ("Time\tPatient\tGiven by\n09:00\tAdaeze Nwosu\tKT\n", "KT"),
    ("Group members today: Fenella, Tobias, Marisol, Henrik.", "Fenella"),
    ("Lives with her partner (Ximena) and two cats.", "Ximena"),
    ("Interpreter: Pham Thi Lan, by phone.", "Pham Thi Lan"),
    ("06:12 Oduya-Klein, R: bed 4 is ready", "Oduya-Klein, R"),
    ("Follow-up in two weeks.\nTQW", "TQW"),
    ("Query run by lab_jsorensen at 09:00.", "lab_jsorensen"),
    ("record number three three nine oh two one five", "three three nine oh two one five"),
    ("seen on october twenty-first twenty twenty four for follow up", "october twenty-first twenty twenty four"),
    ("Refill due the 9th; no changes.", "the 9th"),
    ("Letter to Glenbrook Unified School District about the 504 plan.", "Glenbrook"),
    ("Parked car: WV 7GH 204 in lot B.", "7GH 204"),
    ("Vascular surgeon: T. Abernethy-Quaye   Pager 4471", "T. Abernethy-Quaye"),
    ("Client: Delacroix, M.   Session 4", "Delacroix, M."),
    ("HR 88, Signature: K. Oyelaran-Fitch", "K. Oyelaran-Fitch"),
    ("Baseline weight taken (100 y) per daughter.", "100"),
    ("Children at home: Ayo (8), Oliver (5) and Amelia (2).", "Ayo"),
    ("Son Anthony Nguyen (Tuấn) helps with meals.", "Tuấn"),
    ("Overnight cross-cover: Oluwadamilare (PGY2) until 07:00.", "Oluwadamilare"),
    ("Lives with his wife, Gloria (86), and a cat.", "Gloria"),
    ("Step-down: Okonkwo (71M), day 2 after a hip repair.", "Okonkwo"),
    ("0400 pt (brannigan, louisa) asleep, no distress", "brannigan, louisa"),
    ("To: The Honorable Marisol Etxeberria, Family Court", "Marisol Etxeberria"),
    ("Member ID QXJ-5501234   Group 880341", "880341"),
    ("Sedan, PA registration KLM 2207, blue.", "KLM 2207"),
    ("Mail: 4410 Alder Court, Wenatchee 98801", "98801"),
    ("Registered by:     tpoulsen7", "tpoulsen7"),
    ("Age/Sex: 97 / F     Admit: 03/02/2029", "97"),
    ("DOB: 04-Feb-1931  (94 Y F)", "94"),
    ("Address: Rt 4 Box 88, near the co-op", "Rt 4 Box 88"),
    ("Lives alone in a duplex on S. 12th Street, uses a walker.", "S. 12th Street"),
    ("She is flying back to Pocatello next week.", "Pocatello"),
    ("Fell at her home in Lamar; EMS called.", "Lamar"),
    ("D: 03/06/2025  T: 03/07/2025  Job 771042", "771042"),
    ("Wound check booked for Friday 3/8 with the same nurse.", "3/8"),
    ("Respite stay 11/27–12/2 at the county home.", "11/27"),
    ("Respite stay 11/27–12/2 at the county home.", "12/2"),
    ("Port placed (Sept '22) without complications.", "Sept '22"),
    ("Last seen well at Christmas 2021 by her sister.", "Christmas 2021"),
    ("The wedding was on October third, she says.", "October third"),
    ("EMS from Tilbury County was first on scene.", "Tilbury County"),
    ("Statement taken by the Westbrook PD at the scene.", "Westbrook"),
    ("Found by a neighbor (555-0193) around noon.", "555-0193"),
    ("Collision at the corner of Elm and 3rd Street, no airbags.", "Elm and 3rd Street"),
    ("Directions: County Rd 22, second farm on the left.", "County Rd 22"),
    ("She commutes from Ashbourne Springs twice a week.", "Ashbourne Springs"),
    ("Outreach note (M, 96) - lives alone, hearing aids.", "96"),
    ("Per her daughter, she's 93 and still gardening.", "93"),
    ("Account locked; portal username tmorrisette in the audit.", "tmorrisette"),
    ("PCP Dr Nakagawa agrees with the plan.", "Nakagawa"),
    ("Trooper Hunter took the statement at the scene.", "Hunter"),
    ("Consent witnessed by Ravindra Okafor-Hale, CCRC.", "Ravindra Okafor-Hale"),
    ("Next of kin: son Piotr Lindqvist-Ward, same address.", "Piotr Lindqvist-Ward"),
    ("Interviewed by Det. Ruiz, badge 4471, report # 23-B-55210.", "4471"),
    ("Interviewed by Det. Ruiz, badge 4471, report # 23-B-55210.", "23-B-55210"),
    ("Consultant: Dr. Ilse Brandt     MA lic 228817", "228817"),
    ("She works at the cannery in New Harwich most weekends.", "New Harwich"),
    ("Quiet night. Granddaughter Aoife at bedside until 2300.", "Aoife"),
    ("Report typed by JKW 04/11/25 from dictation.", "JKW"),
    ("Faxed the order to the pharmacy. -- rb", "rb"),
    ("Dear Ottilie and Bram,\n\nThank you for coming in.", "Bram"),
    ("Respite beds: Harbor Light Hospice, Coral Bluffs, FL - two nights.", "Coral Bluffs"),
    ("Referred to the clinic in Millbrook Falls.\nFollow-up: Cardiology in 3 weeks.", "Millbrook Falls"),
    ("pt restless overnight, d/w marisol (charge) about sitter", "marisol"),
    ("Tel 0412 555 019 (mobile)", "0412 555 019"),
    ("Sorted by mbrandt7 on the ward computer.", "mbrandt7"),
    ("Recheck INR Mon 9/23.", "9/23"),
    ("his wife ewelina will call back", "ewelina"),
    ("Return address: 55 Larch Road, Penhallow PH3 7QT", "PH3 7QT"),
    ("Cell (902) 555-0113; home in Antigonish, NS B2G 1K4", "B2G 1K4"),
])
def test_each_rule_family_finds_its_form(text, expected):
    assert any(expected in f for f in flagged(text)), flagged(text)   # the whole identifier is covered


@pytest.mark.parametrize("text", [
    "Audiogram: thresholds 30 dB from 250-8000 Hz bilaterally.",
    "Cultures collected by RN at 0600 before the first dose.",
    "Cultures collected by the lab at 0600; referred to Fairview Family Medicine last year.",
    "Plan reviewed with the team -- ok to discharge tomorrow.",
    "The Deputy County Attorney reviewed the guardianship order.",
    "Daughter-in-law present for teaching; iodine I-131 therapy discussed.",
    "Pain 6/10 at rest, 3/10 with oxycodone.",            # a pain score, not a date
    "Strength 5/5 in all four limbs; APGAR 8/9.",          # exam scores
    "Vitals: HR 96, BP 128/80, RR 18, SpO2 97%.",          # respiratory rate, not a rural route
    "She was switched to Lantus 20 units nightly.",         # a drug after "to", not a town
    "Jane Roe, RN, CDCES reviewed the pump settings.",      # a credential is not a second name
    "Referred to the Alzheimer disease clinic in November 2020.",
    "Options: A) Alpha blockers B) Beta blockers C) Oral steroids",   # everyday words that are also names
    "Cultures 4/5 positive; available 24/7; stage pN2a(4/14).",
    "AROM knee 2-0-92 deg; G2P1001 at 39 weeks.",
    "Triage RN: see below. Subject: Statement for your records.",
    "UF goal 3.0 L. Heparin 2000 units bolus at start.",   # a unit and a drug, not an initial and a surname
    "Gram stain: S. Aureus; H. Pylori antigen negative.",   # species after a genus initial
    "Labs: CBC, PT/INR and PT/PTT pending.",              # "PT" is a test here, not a patient cue
    "Cardiologist\nBMI 31.4, donor BMI 28.",              # acronyms after role words
    "| Time | Device / client | Result |\n|---|---|---|\n| 07:14 | Windows / Chrome | success |",
    "Restarted Lasix; she enrolled in Hope, a support group.",   # an English word after "in" with no cue
    "Records from Larchmont Gardens Skilled Nursing were faxed.",   # a place word inside a facility
    "Tools: anion_gap(na, cl, hco3), cockcroft_gault(age, weight_kg, creatinine).",   # function names, not user names
    "Account holder: see guarantor. Nuclear stress test: 7 min Bruce protocol; Berg Balance 41/56.",
    "Imaging at Kaiser Permanente Santa Clara and Women's Diabetes Center; she got home from Mercy on Friday.",
    "| Visit | Date | Result |\n|---|---|---|\n| 3 | pending | negative |",   # a visit number under no date
])
def test_look_alikes_stay_unflagged(text):
    bad = [f for f in flagged(text)
           if f not in ("Jane Roe",) and not f.startswith("November")]   # a name and a month-year are PHI
    assert bad == [], bad


def test_the_books_own_teaching_texts_raise_no_finding():
    """The PHI guard runs before every call: the book's synthetic questions, options and passages
    must not look like identifiers to it ("B) Beta blockers", "Graves disease", "the patient lies flat")."""
    from medllm_utils import data
    from medllm_utils.prompts import TEMPLATES, mcq_variables

    texts = [m["content"] for _, row in data.load_mcq().iterrows()
             for m in TEMPLATES["mcq_direct"].render(**mcq_variables(row))]
    texts += list(data.load_knowledge_base().text) + list(data.load_calculator_questions().question)
    assert [(f.text, t[:60]) for t in texts for f in find_phi(t)] == []


def test_a_bracketed_alias_is_a_name_but_a_bracketed_language_or_employer_is_not():
    assert flagged("Son Anthony Nguyen (Tuấn) helps with meals.") == ["Anthony Nguyen", "Tuấn"]
    assert flagged("Interpreter: Selam Tesfaye (Amharic), in person.") == ["Selam Tesfaye"]
    assert flagged("Rep present: Blake Harrington (Medtronic).") == ["Blake Harrington"]
