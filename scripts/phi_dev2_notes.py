"""Build the second de-identification development set (phi_dev2_notes.jsonl).

The notes are written below as marked-up text:

* ``[[TYPE|text]]`` marks an identifier (a PHI span of Safe Harbor type TYPE);
* ``{{kind|text}}`` marks a look-alike: something that looks like an identifier but is not one
  (a drug brand, an eponym, a lab value, a dose, a score, a device model, a code, an age of 89
  or less, a facility name, a time, a room number ...).

Running ``python scripts/phi_dev2_notes.py`` strips the marks, computes exact character offsets
and rewrites ``medllm_utils/resources/data/phi_dev2_notes.jsonl``. Standard library only; no
randomness, so the output is identical on every run.

Every person, number, address and date here is invented. Phone numbers use the fictional
555-01xx range (UK numbers the Ofcom drama ranges), e-mail and web addresses the reserved
example.org/.com/.net domains, IP addresses the documentation ranges (192.0.2.0/24,
198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32), SSNs never-issued area numbers (9xx, 666).
Annotation conventions: titles and credentials stay outside name spans; a nickname written
inside a full name ("Robert "Bobby" Kowalski") is part of that name span; a weekday next to a
date is outside the date span; ages over 89 are marked as the number only; street, city, ZIP,
phone, fax, e-mail and URL are marked wherever they occur (patients, relatives, clinicians or
clinics); names of hospitals, clinics and agencies are not marked as identifiers; US state
names are not identifiers.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))   # scripts/phi_markup.py
from phi_markup import strip_marks

OUT = Path(__file__).resolve().parents[1] / "medllm_utils" / "resources" / "data" / "phi_dev2_notes.jsonl"

TYPES = {
    "NAME", "DATE", "PHONE", "FAX", "EMAIL", "URL", "IP", "SSN", "MRN", "ACCOUNT", "HEALTH_PLAN",
    "LICENSE", "VEHICLE", "DEVICE", "BIOMETRIC", "OTHER_ID", "STREET", "CITY", "ZIP", "AGE_OVER_89",
}
KINDS = {"drug", "eponym", "lab", "dose", "score", "device_model", "code", "age", "facility", "other"}

MARK = re.compile(r"\[\[([A-Z_0-9]+)\|(.+?)\]\]|\{\{([a-z_]+)\|(.+?)\}\}")


def plain(marked: str) -> str:
    """The text with the marks removed (used to lay out tables)."""
    return MARK.sub(lambda m: m.group(2) if m.group(1) else m.group(4), marked)


def table(rows: list[list[str]], header: bool = True) -> str:
    """A pipe table whose columns line up once the marks are removed."""
    widths = [max(len(plain(r[i])) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for n, row in enumerate(rows):
        cells = [c + " " * (widths[i] - len(plain(c))) for i, c in enumerate(row)]
        lines.append("| " + " | ".join(cells) + " |")
        if header and n == 0:
            lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def parse(marked: str) -> tuple[str, list[dict], list[dict]]:
    text, spans, looks = strip_marks(marked, MARK)
    for s in spans:
        assert s["type"] in TYPES, s["type"]
    for x in looks:
        assert x["kind"] in KINDS, x["kind"]
    for tag in ("[[", "]]", "{{", "}}"):
        assert tag not in text, (tag, text[:80])
    return text, spans, looks


NOTES: list[tuple[str, str]] = []


def note(genre: str, marked: str) -> None:
    NOTES.append((genre, marked.strip("\n")))


# --------------------------------------------------------------------------------------------
# E001 ED triage, lowercase shorthand
note("ed_triage", """
ED TRIAGE   arrival {{other|0214}} by EMS (Medic {{other|12}})
pt: [[NAME|Nguyen-Tran, Bao]]   dob [[DATE|02/11/1958]]   mrn [[MRN|00731842]]   {{age|66}}M
cc: sob x3d, worse tonight, can't lie flat
hx afib on {{drug|eliquis}} {{dose|5 mg}} bid, chf (ef {{lab|30%}}), ckd3, dm2 on {{drug|ozempic}}
vitals: hr {{lab|128}} irreg, bp {{lab|94/61}}, rr {{lab|26}}, spo2 {{lab|86%}} RA -> 93% on 4L nc, t 37.4
pt's daughter [[NAME|linh]] at bedside, says he ran out of {{drug|lasix}} about 5 days ago and "ate pho every day this week". she can be reached at [[PHONE|(408) 555-0162]].
pt speaks some english, prefers vietnamese; daughter interpreting for triage only, formal interpreter requested.
allergies: sulfa (rash)
{{score|esi 2}}. to {{other|rm 14}}. md aware (Dr [[NAME|Sokolov]]).
triage rn [[NAME|K. Olawale]]
""")

# E002 H&P, 93-year-old
note("admission_hp", """
ADMISSION HISTORY AND PHYSICAL

Patient: [[NAME|Eleanor "Nell" Fitzgerald]]            MRN: [[MRN|MR-0058813]]
DOB: [[DATE|09/30/1931]] ([[AGE_OVER_89|93]] y/o F)          Admit date: [[DATE|01/07/2025]]
Attending: [[NAME|Rafael Domínguez-Ortega]], MD       PCP: Dr. [[NAME|Hope Whitfield]]
Sources: patient (limited), nephew [[NAME|Declan Fitzgerald]] (health care proxy), records from {{facility|Larchmont Gardens Skilled Nursing}}

CHIEF COMPLAINT: "I can't catch my breath."

HPI: Ms. [[NAME|Fitzgerald]] is a [[AGE_OVER_89|93]]-year-old woman with {{eponym|Alzheimer}} dementia (baseline oriented to self and place), HFpEF and {{eponym|Hashimoto}} thyroiditis who was sent from her facility on [[DATE|Jan 7]] with two days of productive cough and a rising oxygen requirement. The facility nurse, [[NAME|Marisol Quintero]], reports a temperature of 38.6 overnight and reduced oral intake. No falls since her hip fracture in {{other|2019}}.

PAST HISTORY: as above; hypertension; osteoarthritis; left hip ORIF {{other|2019}}; cataract surgery both eyes.
MEDICATIONS: {{drug|Synthroid}} {{dose|75 mcg}} daily, {{drug|Aricept}} {{dose|5 mg}} at bedtime, {{drug|Lasix}} {{dose|20 mg}} daily, {{drug|Tylenol}} {{dose|650 mg}} every 6 h as needed.
SOCIAL: Widowed; her husband [[NAME|Cornelius]] died in [[DATE|March 2016]]. Retired schoolteacher from [[CITY|Wexford Falls]]. Never smoked.

EXAM: T 38.2  HR 104  BP 138/72  RR 24  SpO2 91% on 3 L. Crackles at the right base. {{eponym|Babinski}} absent bilaterally. Oriented to self only.
LABS: WBC {{lab|14.8}}, Na {{lab|131}}, creatinine {{lab|1.3}} (baseline 1.0), BNP {{lab|612}}, procalcitonin {{lab|0.9}}.
CXR: right lower lobe consolidation.

ASSESSMENT AND PLAN
Right lower lobe pneumonia, {{score|CURB-65 of 3}} (age, confusion, respiratory rate).
- ceftriaxone and azithromycin; blood and sputum cultures
- hold {{drug|Lasix}} tonight, daily weights, strict I/O
- code status: DNR/DNI, confirmed with [[NAME|Declan]] by phone at [[PHONE|603-555-0118]]

[[NAME|R. Domínguez-Ortega]], MD   pager {{other|4471}}
""")

# E003 discharge summary
note("discharge_summary", """
DISCHARGE SUMMARY

Name: [[NAME|OKONKWO, CHIDINMA A]]                Med Rec #: [[MRN|4410-2287]]
Admitted: [[DATE|11-Feb-2024]]      Discharged: [[DATE|16-Feb-2024]]
Attending physician: [[NAME|Tomasz Wiśniewski]], MD
Consultants: Nephrology (Dr. [[NAME|Aaliyah Brooks-Mensah]]), Endocrinology (Dr. [[NAME|S. Raghavan]])

PRINCIPAL DIAGNOSIS: Diabetic ketoacidosis ({{code|E10.10}})
SECONDARY: acute kidney injury, resolved; hypokalemia

HOSPITAL COURSE: {{age|27}}-year-old woman with type 1 diabetes since age {{age|9}} who presented with DKA (pH {{lab|7.08}}, bicarbonate {{lab|7}}, anion gap {{lab|26}}) after an occlusion of her insulin pump ({{device_model|Tandem t:slim X2}}, serial no. [[DEVICE|1170442]]) went unrecognised overnight. She was treated with an insulin infusion per the DKA protocol and the gap closed within 14 hours. She was moved to {{drug|Lantus}} {{dose|18 units}} and {{drug|Humalog}} correction scale on [[DATE|2/13]] and back onto her pump on [[DATE|2/15]] after review with the diabetes educator, [[NAME|Faith Adebayo]], RN, CDCES. Creatinine peaked at {{lab|1.9}} and was {{lab|0.8}} at discharge. Potassium repleted; {{lab|4.1}} on discharge.

DISCHARGE MEDICATIONS: insulin via pump (basal {{dose|0.8 units/h}}), glucagon {{dose|3 mg}} nasal powder as needed.
FOLLOW-UP: Dr. [[NAME|Raghavan]], Endocrine Clinic, [[DATE|2/27]] at {{other|9:40 am}}. New infusion sets sent to her home address on file.

Dictated by [[NAME|Tomasz Wiśniewski]], MD on [[DATE|16 Feb 2024]].
cc: [[NAME|Ngozi Eze]], NP (primary care) - fax [[FAX|(773) 555-0190]]
""")

# E004 operative note, pacemaker with serials
note("operative_note", """
OPERATIVE REPORT

PATIENT: [[NAME|Haddad, Layla M.]]        MRN [[MRN|00912274]]        DATE OF PROCEDURE: [[DATE|2024-05-21]]
SURGEON: [[NAME|Keoni Kahananui]], MD       ASSISTANT: [[NAME|Ifeoma Chukwu]], PA-C
ANESTHESIA: monitored anesthesia care, Dr. [[NAME|Benedikt Schäfer]]

PREOPERATIVE DIAGNOSIS: Symptomatic complete heart block.
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE: Dual-chamber permanent pacemaker implantation (CPT {{code|33208}}).

DEVICES IMPLANTED:
  Generator: {{device_model|Medtronic Azure XT DR MRI SureScan}}, model {{device_model|W1DR01}}, serial [[DEVICE|RNB618273S]]
  RA lead:   {{device_model|CapSureFix Novus MRI 5076-52}}, serial [[DEVICE|PJN7724103]]
  RV lead:   {{device_model|CapSureFix Novus MRI 5076-58}}, serial [[DEVICE|PJN7724981]]

DESCRIPTION: After informed consent was confirmed, the patient was brought to EP lab {{other|2}} and the left chest prepped and draped. Cefazolin {{dose|2 g}} IV was given before incision. Left cephalic vein cutdown. The RA lead was placed in the appendage (P wave {{lab|3.1 mV}}, impedance {{lab|512 ohms}}, threshold {{lab|0.6 V at 0.4 ms}}); the RV lead on the mid septum (R wave {{lab|11.2 mV}}, impedance {{lab|640 ohms}}, threshold {{lab|0.5 V}}). Leads sutured with 2-0 silk. Pocket irrigated with antibiotic solution and closed in layers with 2-0 and 3-0 {{other|Vicryl}} and 4-0 {{other|Monocryl}} subcuticular, then {{other|Dermabond}}.
EBL {{lab|15 mL}}. No complications. Post-op CXR: no pneumothorax.

Device registration sent to the manufacturer; temporary ID card given. Remote monitoring through {{device_model|CareLink}}; home monitor serial [[DEVICE|RNQ40022816]] issued to patient.

[[NAME|Keoni Kahananui]], MD   [[DATE|05/21/2024]] {{other|14:52}}
""")

# E005 referral reply letter with letterhead
note("referral_letter", """
NORTHGATE NEUROLOGY ASSOCIATES
[[STREET|1187 Calloway Parkway, Suite 300]]
[[CITY|Brennard]], OH [[ZIP|44719-2203]]
Tel [[PHONE|330.555.0126]] | Fax [[FAX|330.555.0127]] | [[URL|www.northgateneuro.example.org]]

[[DATE|March 3, 2025]]

Dr. [[NAME|Priya Raghunathan]]
{{facility|Valley Family Medicine}}
[[STREET|PO Box 4471]]
[[CITY|Corliss Junction]], OH [[ZIP|44802]]

Re: [[NAME|Wojciech "Wojtek" Kowalczyk]], DOB [[DATE|7/19/1949]]

Dear [[NAME|Priya]],

Thank you for asking me to see Mr. [[NAME|Kowalczyk]], a {{age|75}}-year-old retired machinist, about the tremor in his right hand that his wife first noticed about 18 months ago. He has also had a softer voice, smaller handwriting and some constipation. He takes {{drug|Flomax}} {{dose|0.4 mg}} and {{drug|Lipitor}} {{dose|20 mg}}; no antipsychotics or metoclopramide.

On examination there was an asymmetric resting tremor, right more than left, cogwheel rigidity at the right wrist and reduced arm swing on the right. No {{eponym|Babinski sign}}; {{eponym|Romberg}} negative; postural reflexes preserved on the pull test. {{score|MoCA 26/30}}. I think this is idiopathic {{eponym|Parkinson disease}}, {{score|Hoehn and Yahr stage 2}}, and I don't think a DaTscan is needed.

Plan: carbidopa-levodopa ({{drug|Sinemet}}) {{dose|25/100}}, half a tablet three times daily for a week, then one tablet three times daily. I have referred him to [[NAME|Grant Bishop]], PT, for a LSVT BIG programme. He asked about driving; I see no reason to stop at present.

His wife, [[NAME|Halina]], came with him and will help with his medicines. I will see him again in about three months, on or about [[DATE|June 9]].

Yours sincerely,

[[NAME|Marguerite Oyelaran-Cole]], MD
Movement Disorders
NPI [[LICENSE|1487305528]]

cc: [[NAME|Halina Kowalczyk]] (at the patient's request)
    [[NAME|Grant Bishop]], PT, {{facility|Northgate Rehab}}
""")

# E006 face sheet (pipe table)
note("face_sheet", "PATIENT REGISTRATION / FACE SHEET          Printed [[DATE|04/02/2025]] {{other|07:15}}\n" + table([
    ["Field", "Value"],
    ["Patient name", "[[NAME|DE LA CRUZ, MARIA JOSE]]"],
    ["Preferred name", "[[NAME|Majo]]"],
    ["DOB", "[[DATE|1988-12-04]]"],
    ["Sex", "F"],
    ["SSN", "[[SSN|912-44-0387]]"],
    ["MRN", "[[MRN|E4471920]]"],
    ["Account / HAR", "[[ACCOUNT|60021873354]]"],
    ["Address", "[[STREET|2290 Tamarind Ct, Apt 3C]]"],
    ["", "[[CITY|San Lorenzo Heights]], CA [[ZIP|95638-1142]]"],
    ["Home phone", "[[PHONE|(916) 555-0133]]"],
    ["Mobile", "[[PHONE|916.555.0174]]"],
    ["E-mail", "[[EMAIL|majo.delacruz88@example.com]]"],
    ["Language", "Spanish (interpreter requested)"],
    ["Driver's licence", "CA [[LICENSE|D7730418]]"],
    ["Primary insurance", "{{other|Golden Valley Health Plan}} (HMO)"],
    ["Member ID", "[[HEALTH_PLAN|GVH-882041736-01]]"],
    ["Secondary", "Medi-Cal CIN [[HEALTH_PLAN|94017725B]]"],
    ["Palm-vein ID", "[[BIOMETRIC|PVS-000418823]] (enrolled at registration)"],
    ["Emergency contact", "[[NAME|Alejandro Villanueva]] (spouse) [[PHONE|916-555-0175]]"],
    ["PCP", "[[NAME|Yolanda Brightwater]], MD"],
    ["Registered by", "[[NAME|T. Lindqvist]], badge [[OTHER_ID|30418]]"],
]))

# E007 radiology report
note("radiology_report", """
EXAM: CT ABDOMEN AND PELVIS WITH IV CONTRAST
ACCESSION: [[OTHER_ID|RAD-24-0771853]]          MRN: [[MRN|3308192]]
PATIENT: [[NAME|PARK, JI-HOON]]          DOB: [[DATE|10/22/1979]]          EXAM DATE: [[DATE|10/03/2024]] {{other|22:41}}
ORDERING: [[NAME|EMILY ZHANG-HOLLOWAY]], DO (EMERGENCY DEPT)
COMPARISON: CT abdomen/pelvis [[DATE|08/14/2022]]

CLINICAL INDICATION: Right lower quadrant pain since this morning, WBC {{lab|15.2}}. Evaluate for appendicitis.

TECHNIQUE: Axial CT of the abdomen and pelvis after {{dose|100 mL}} {{drug|Omnipaque 350}} IV. Coronal and sagittal reformats. DLP {{lab|612 mGy-cm}}.

FINDINGS:
Appendix: dilated to {{lab|13 mm}} with periappendiceal fat stranding and a {{lab|6 mm}} appendicolith at the base. No periappendiceal fluid collection or free air.
Liver: {{lab|1.1 cm}} hypodensity in segment 6, unchanged since {{other|2022}}, likely a cyst.
Kidneys: {{lab|2.4 cm}} simple cyst in the lower pole of the left kidney ({{eponym|Bosniak}} I). No hydronephrosis.
Bowel: no obstruction. Small fat-containing umbilical hernia.
Lung bases: clear.

IMPRESSION:
1. Acute uncomplicated appendicitis with appendicolith.
2. Stable {{eponym|Bosniak}} I left renal cyst; no follow-up needed.
3. Small fat-containing umbilical hernia; no {{eponym|Richter}} component.

Critical result discussed with Dr. [[NAME|Zhang-Holloway]] by telephone at {{other|23:05}} on [[DATE|10/3]], read back and confirmed.

Dictated by: [[NAME|Obinna Achebe-Lawson]], MD
Signed: [[DATE|10/03/2024]] {{other|23:12}}    Reading station: RAD-WS-07 ([[IP|198.51.100.23]])
""")

# E008 pathology report
note("pathology_report", """
SURGICAL PATHOLOGY REPORT

Case: [[OTHER_ID|S25-004187]]            Received: [[DATE|01/14/2025]]            Reported: [[DATE|01/17/2025]]
Patient: [[NAME|Alemu, Tewodros]]        MRN: [[MRN|7719-004-23]]        DOB: [[DATE|03-06-1961]]
Submitting physician: [[NAME|Selamawit Gebremedhin]], MD (Gastroenterology)
Pathologist: [[NAME|Henrik van der Meulen]], MD, PhD

SPECIMENS:
A. Esophagus, 30-34 cm, biopsies (x8)
B. Stomach, antrum, biopsies (x2)

CLINICAL HISTORY: {{age|63}}-year-old man with long-segment {{eponym|Barrett esophagus}}, surveillance ({{other|Seattle protocol}}).

GROSS DESCRIPTION:
A. Received in formalin, labeled with the patient's name and "esophagus 30-34", are eight tan soft tissue fragments from 0.1 to 0.3 cm, entirely submitted in blocks A1-A2.
B. Received in formalin are two fragments, 0.2 cm each, entirely submitted in block B1.

MICROSCOPIC DESCRIPTION / DIAGNOSIS:
A. Esophagus, biopsies: columnar mucosa with intestinal metaplasia (goblet cells highlighted by {{other|Alcian blue}} at pH {{lab|2.5}}), negative for dysplasia. Consistent with {{eponym|Barrett esophagus}}.
B. Stomach, antrum, biopsies: mild chronic inactive gastritis. {{other|Helicobacter}} immunostain negative.

COMMENT: Block A2 was shown to Dr. [[NAME|Mei-Ling Chou]] ({{facility|Cascadia GI Pathology}}, consult ref [[OTHER_ID|CGP-25-1193]]), who agrees.

Electronically signed by [[NAME|Henrik van der Meulen]], MD on [[DATE|01/17/2025]] at {{other|16:20}}
""")

# E009 nursing shift note, lowercase
note("nursing_shift_note", """
nursing note {{other|1900-0700}}   {{other|rm 6W-22}}
pt [[NAME|Fatima Abubakar]], {{age|58}}F, POD1 lap chole.
{{other|2000}} pt c/o 6/10 incisional pain, gave oxycodone {{dose|5 mg}} PO per order, relief to 3/10 at {{other|2045}}.
{{other|2130}} husband [[NAME|musa]] visited, left ~{{other|2300}}. he asked that updates go to their daughter [[NAME|aisha]] (cell [[PHONE|267-555-0149]]) since he works nights at the airport.
{{other|0100}} voided 350 mL. ambulated in hall w/ standby assist x1. {{score|morse fall score 35}}.
{{other|0400}} temp 37.9, HR 96 - paged Dr [[NAME|Kowalski-Reyes]], no new orders, recheck at {{other|0500}} 37.4.
{{other|0600}} AM labs drawn: wbc {{lab|11.2}}, hgb {{lab|12.8}}. {{eponym|JP}} drain {{lab|40 mL}} serosanguinous, emptied.
IS 1250 mL. tolerating clears, passing flatus.
plan per day team d/c today if tolerating regular diet.
-- [[NAME|Ruth Ann Bishop]], RN
""")

# E010 telephone encounter
note("telephone_encounter", """
TELEPHONE ENCOUNTER   [[DATE|05/09/2025]] {{other|10:12}}

Caller: [[NAME|Marcus Thibodeaux]] (son) regarding his mother [[NAME|Odette Thibodeaux]], DOB [[DATE|11/02/1932]] ([[AGE_OVER_89|92]] yo), MRN [[MRN|6620155]]
Call-back: [[PHONE|504-555-0113 ext. 22]] (work) or [[PHONE|504-555-0158]] (cell)

Reason for call: pt's son [[NAME|marcus]] called saying mom has been "more sleepy and not herself" since starting a new pill on [[DATE|5/6]]. Urgent care started {{drug|tramadol}} {{dose|50 mg}} q6h prn for back pain. She also takes {{drug|Seroquel}} {{dose|25 mg}} qhs and {{drug|Zoloft}} {{dose|50 mg}}. No fever per son. Eating less.

Advised: hold the tramadol. If she is hard to wake, breathing slowly, or confused, call {{other|911}} or go to the ED. Will route to Dr. [[NAME|Bernadette Achterberg]].

[[NAME|Marcus]] also asked us to update her address: she is moving in with him at [[STREET|418 Bayou Teche Rd]], [[CITY|Breaux Landing]], LA [[ZIP|70517]]. Identity verified with DOB and last four of SSN ([[SSN|0386]]).

Sent by: [[NAME|Jolene Fontenot]], LPN

Reply from Dr. [[NAME|Achterberg]] {{other|11:40}}: Agree, stop tramadol for good (serotonergic with sertraline, sedating at her age). Book a visit this week - [[DATE|5/15]] at {{other|2:30 pm}} is open. Try {{drug|Tylenol}} {{dose|650 mg}} tid and lidocaine patch.
""")

# E011 medication reconciliation (pipe table)
note("medication_reconciliation", """
MEDICATION RECONCILIATION - ADMISSION

Patient: [[NAME|Ramírez Ochoa, Guadalupe]]      MRN: [[MRN|00-55-81-203]]      Admit: [[DATE|6/2/25]]
Sources: patient, pill bottles, {{facility|Sunview Pharmacy}} (pharmacist [[NAME|Daniel Oyelowo]], [[PHONE|520-555-0191]]), outside dispensing history
Completed by: [[NAME|Anjali Venkataraman]], PharmD        Reviewed with: Dr. [[NAME|Hunter Grant]]

""" + table([
    ["Medication", "Dose / route / frequency", "Last taken", "Action"],
    ["metformin ({{drug|Glucophage}})", "{{dose|1000 mg}} PO BID", "[[DATE|6/1]] pm", "HOLD (IV contrast)"],
    ["{{drug|Jardiance}}", "{{dose|10 mg}} PO daily", "[[DATE|6/1]] am", "HOLD (NPO)"],
    ["lisinopril", "{{dose|20 mg}} PO daily", "[[DATE|6/1]] am", "continue"],
    ["atorvastatin ({{drug|Lipitor}})", "{{dose|40 mg}} PO qhs", "[[DATE|5/31]]", "continue"],
    ["{{drug|Eliquis}}", "{{dose|5 mg}} PO BID", "[[DATE|6/2]] am", "HOLD - procedure"],
    ["{{drug|Voltaren}} gel 1%", "{{dose|4 g}} topical QID prn", "unknown", "continue"],
    ["turmeric capsules (OTC)", "? mg daily", "unknown", "stop (bleeding risk)"],
]) + """

Discrepancies: bottle of {{drug|Eliquis}} (Rx# [[OTHER_ID|7720193]]) was filled [[DATE|May 28]] but patient says she "ran out"; she has been splitting tablets to save money. Lisinopril bottle (Rx# [[OTHER_ID|7718846]]) shows 10 mg tablets, taking 2 daily.
Patient's granddaughter [[NAME|Itzel]] manages the pill box; contact via patient's phone on file.
""")

# E012 patient portal message thread
note("portal_message", """
From: [[NAME|Siobhan O'Neill-Brady]] (patient)
To: Dr. [[NAME|Adaeze Nwosu]] / Women's Health Team
Sent: Mon [[DATE|Apr 14, 2025]] {{other|9:47 PM}}
Subject: question about my results

Hi Dr [[NAME|Nwosu]],
I saw my pap results posted (ASC-US, HPV negative?) and I'm a bit worried. Does this mean I need a colposcopy like last time? Also my new email is [[EMAIL|siobhan.oneill.b@example.net]] and the old one ([[EMAIL|sob1984@example.com]]) doesn't work anymore, can you update it? My cell is still [[PHONE|+1 (617) 555-0140]].

Also I started a blog about my endometriosis journey at [[URL|https://www.example.net/~siobhanwrites/endo]] - is it ok if I share my MRI pictures on there? lol

Thanks,
[[NAME|Siobhan]]

--- Reply ---
From: [[NAME|Adaeze Nwosu]], MD
Sent: [[DATE|4/15/2025]] {{other|8:12 AM}}

Hi [[NAME|Siobhan]],
ASC-US with a negative HPV test is low risk, and under the current {{other|ASCCP}} guidelines we repeat co-testing in 3 years. No colposcopy needed this time. I've asked [[NAME|Tamsin]] at the front desk to update your email. Sharing your own images is entirely your choice; just remove the name and date stamps first.
Dr. [[NAME|Nwosu]]
""")

# E013 social work note, living in vehicle
note("social_work_note", """
SOCIAL WORK PROGRESS NOTE - [[DATE|08/22/2024]]

Pt: [[NAME|Dale Everett Hatchett]], {{age|61}}M, MRN [[MRN|5503718]], admitted [[DATE|8/19]] with cellulitis of the left leg.

Met with pt at bedside ({{other|Rm 512}}) for discharge planning. Pt reports he has been living in his vehicle, a 2009 Chevrolet Silverado (plate [[VEHICLE|4KXV227]], VIN [[VEHICLE|1GCEK19J89Z140587]]) for about five months since losing his apartment on [[STREET|Pruitt Street]] in [[CITY|Harlow Mills]]. The truck is in visitor lot B; security (Officer [[NAME|Renee Castillo]]) issued a temporary parking pass, no. [[OTHER_ID|P-2281]].

Income: SSDI about {{other|$1,140}}/month. Has a sister, [[NAME|Darlene Hatchett-Moss]], in [[CITY|Abilene]] ([[PHONE|325-555-0102]]) who "might" let him stay short term; pt gave verbal consent to call her.

Barriers: wound care twice weekly; no fixed address for home health; one working phone (prepaid, minutes run out).

Plan:
1. Referral to {{facility|Harbor House Medical Respite}}; intake coordinator [[NAME|Jamal Whitaker]] ([[EMAIL|jwhitaker@harborhouse.example.org]]).
2. Coordinated Entry assessment done, HMIS ID [[OTHER_ID|40017752]].
3. Will call sister today.

[[NAME|Cheyenne Redcloud]], LCSW
""")

# E014 home health visit, rural route
note("home_health_visit", """
HOME HEALTH SKILLED NURSING VISIT

Patient: [[NAME|Mae Belle Yoder]]   DOB [[DATE|4/3/1934]]   ([[AGE_OVER_89|90]] yo F)   Agency MR#: [[MRN|HH-22-30917]]
Address: [[STREET|RR 3 Box 1142, Millersburg Rd]] (white farmhouse past the grain elevator), [[CITY|Dunmore Springs]], IN [[ZIP|46975]]
Phone: [[PHONE|574-555-0161]] (landline only, let it ring)
Visit date: [[DATE|10/28/2024]]   Time in {{other|1015}}   Time out {{other|1125}}
Caregiver: granddaughter [[NAME|Rebecca "Becky" Hochstetler]] lives on the property.

S: "My legs are better." Denies shortness of breath, slept in bed not the recliner.
O: BP {{lab|142/80}}, HR {{lab|72}}, SpO2 {{lab|95%}} RA, weight 141 lb (down 3 lb from [[DATE|10/21]]). 2+ pitting edema both lower legs, improved from 3+. Wound R shin {{lab|2.1 x 1.4 cm}}, granulating, no odor. {{score|Braden 17}}.
A: CHF improving on torsemide {{dose|20 mg}} daily. Wound healing.
P: Wound care per orders ({{other|Mepilex Border}}). Pill organizer filled for the week. Next visit [[DATE|11/4]].
Physician: Dr. [[NAME|Obadiah Lapp]] notified of weight trend by fax to [[FAX|574-555-0169]].

Electronically signed: [[NAME|Carmen Ibarra-Schultz]], RN   [[DATE|10/28/2024]]
""")

# E015 death summary
note("death_summary", """
DEATH SUMMARY

Decedent: [[NAME|Abdirahman Warsame Farah]]     MRN [[MRN|8830214]]     DOB [[DATE|01/01/1948]]
Date/time of death: [[DATE|12/09/2024]] {{other|03:37}}     Pronounced by: Dr. [[NAME|Leilani Akana]]
Location: MICU {{other|bed 7}}

Cause of death (as entered on the certificate):
  Ia. Septic shock (hours)
  Ib. {{eponym|Klebsiella}} pneumoniae bacteremia (days)
  II. Alcohol-associated cirrhosis ({{score|Child-Pugh C}}); hepatocellular carcinoma

Course: Admitted [[DATE|12/02]] with fever and hypotension; {{score|MELD-Na 31}}. Despite meropenem, norepinephrine up to {{dose|0.3 mcg/kg/min}} and vasopressin, lactate rose to {{lab|8.4}}. Family meeting on [[DATE|12/08]] with his sons [[NAME|Hassan]] and [[NAME|Yusuf Farah]] and a Somali interpreter ([[NAME|Ayaan Dualeh]], interpreter ID [[OTHER_ID|88213]]); the family chose comfort care, consistent with his stated wishes.

Medical examiner notified (case [[OTHER_ID|ME-24-02217]]): jurisdiction declined.
Autopsy: declined by family.
Organ procurement organization referral [[OTHER_ID|DN-2024-118204]]: not a candidate.
Death certificate no.: [[OTHER_ID|2024-0093317]] (pending signature).

Prepared by Dr. [[NAME|Leilani Akana]] [[DATE|12/09/2024]] {{other|05:10}}
""")

# E016 prior authorisation letter
note("prior_authorization", """
{{facility|LAKESHORE RHEUMATOLOGY}}
[[STREET|4400 N. Meridian Ave, Ste 210]] - [[CITY|Kestrel Bay]], WI [[ZIP|53207]] - Ph [[PHONE|414-555-0121]] - Fax [[FAX|414-555-0122]]

[[DATE|October 7, 2024]]

{{other|Forward Health Partners}} Medicaid Managed Care
Attn: Pharmacy Prior Authorization Unit
Fax: [[FAX|1-888-555-0190]]

RE: Letter of medical necessity - adalimumab ({{drug|Humira}}) {{dose|40 mg}} SC every other week
Patient: [[NAME|Jasmine Oyelaran Pettaway]]        DOB: [[DATE|05/30/1990]]
Member ID: [[HEALTH_PLAN|FHP7730418822]]        Medicaid ID: [[HEALTH_PLAN|4401987723]]
Denial reference: [[OTHER_ID|PA-2024-1092281]]

To whom it may concern:

I am writing on behalf of my patient, Ms. [[NAME|Pettaway]], a {{age|34}}-year-old with seropositive rheumatoid arthritis ({{code|M05.79}}; RF {{lab|212}}, anti-CCP {{lab|>250}}), to appeal the denial of adalimumab. She has failed methotrexate {{dose|20 mg}} weekly for six months (stopped in [[DATE|02/2024]] for transaminitis, ALT {{lab|142}}) and sulfasalazine {{dose|1 g}} twice daily (rash). Her disease activity remains high: {{score|DAS28-CRP 5.4}}, 9 swollen joints, erosions at the right 2nd and 3rd MCP on radiographs of [[DATE|August 19, 2024]]. Hydroxychloroquine alone is not adequate for erosive disease under the {{other|ACR}} guideline.

Please approve adalimumab (biosimilar acceptable). I can be reached at the number above for a peer-to-peer review.

Sincerely,

[[NAME|Nkechi Amadi-Ross]], MD, FACR
NPI [[LICENSE|1629047715]]
""")

# E017 lab requisition
note("lab_requisition", """
LABORATORY REQUISITION                                  Req #: [[OTHER_ID|LQ-5518204]]

Ordering provider: [[NAME|Vu Thi Hoa]], MD      NPI: [[LICENSE|1952318746]]      Clinic: {{facility|Riverbend Internal Medicine}}
Patient: [[NAME|TRAN, VAN MINH]]      Sex: M      DOB: [[DATE|1967-08-15]]
Address: [[STREET|77 Orchard Hollow Ln Unit 12]], [[CITY|Pell Crossing]], TX [[ZIP|77489]]
Phone: [[PHONE|832 555 0137]]
Insurance: {{other|Lone Star Choice HMO}}      Subscriber ID: [[HEALTH_PLAN|LSC-0041-88273]]
Bill to account: [[ACCOUNT|3391-0428-77]]

Specimen collected: [[DATE|09/12/2025]] {{other|07:55}}     Fasting: Y
Specimen barcode: [[OTHER_ID|0000447122901]]

Tests:
[x] CBC with differential ({{code|85025}})
[x] Comprehensive metabolic panel ({{code|80053}})
[x] Lipid panel ({{code|80061}})
[x] Hemoglobin A1c ({{code|83036}})
[x] TSH ({{code|84443}})
[x] PT/INR ({{code|85610}}) - on {{drug|Coumadin}}, last INR {{lab|2.4}} on [[DATE|8/29]]

Diagnosis codes: {{code|E11.9}}, {{code|E78.5}}, {{code|Z79.01}}
""")

# E018 care coordination e-mail
note("care_coordination_email", """
From: [[NAME|Bianca Moretti-Salas]] <[[EMAIL|bmoretti@stcolumba.example.org]]>
Sent: Wednesday, [[DATE|July 16, 2025]] {{other|4:02 PM}}
To: '[[NAME|Eun-ji Shin]]' <[[EMAIL|eshin@homewardcare.example.com]]>
Cc: [[NAME|Chukwuemeka Adeyemi]] <[[EMAIL|c.adeyemi@stcolumba.example.org]]>; [[NAME|Patricia "Trish" Donnelly]]
Subject: RE: transition of care - Mr. [[NAME|Okafor]] (MRN [[MRN|2294017]])

Hi [[NAME|Eun-ji]],

Following up on our call: Mr. [[NAME|Benedict Okafor]] is medically ready for discharge on [[DATE|7/18]]. He'll need home PT/OT, skilled nursing for a PICC (ertapenem {{dose|1 g}} IV daily through [[DATE|7/29]] for a diabetic foot osteomyelitis), and weekly CBC/CMP drawn from the line.

His wife [[NAME|Comfort]] is the main caregiver; her mobile is [[PHONE|469-555-0186]]. They live at [[STREET|915 Wren Hollow Dr]], [[CITY|Cedar Bluff]], TX [[ZIP|75043]] (ground floor, two steps at the entrance). Infusion pharmacy is {{facility|OptionLine Infusion}}; first delivery tomorrow.

Dr. [[NAME|Adeyemi]] will follow the ESR/CRP in ID clinic on [[DATE|8/5]].

Thanks,
[[NAME|Bianca]]

[[NAME|Bianca Moretti-Salas]], RN, BSN | Transitions of Care Nurse Navigator
{{facility|St. Columba Medical Center}} | desk [[PHONE|214-555-0104 x3317]] | fax [[FAX|214-555-0105]]
""")

# E019 SBAR handoff
note("sbar_handoff", """
SBAR - rapid response to ICU transfer   [[DATE|11/30/2024]] {{other|0215}}

S: [[NAME|Kwame Asante-Boateng]], {{age|71}}M, {{other|4 East rm 418}}. New-onset atrial fibrillation with RVR, HR 150s, BP 86/50, mentating.
B: Admitted [[DATE|11/28]] with COPD exacerbation (home {{drug|Trelegy}}); CAD s/p CABG {{other|2015}}; CKD 3b (Cr {{lab|1.8}}). Code status FULL. Contact: wife [[NAME|Abena]], [[PHONE|312-555-0150]].
A: AF with RVR, likely from infection plus frequent albuterol nebs; {{score|CHA2DS2-VASc 4}}; lactate {{lab|2.9}}; K {{lab|3.3}}, Mg {{lab|1.6}}.
R: amiodarone {{dose|150 mg}} IV bolus given per Dr. [[NAME|Isabella Ferreira-Costa]] (night hospitalist); K and Mg repleted. Transfer to MICU, accepted by Dr. [[NAME|Nathaniel Sorensen]]. Heparin drip rather than {{drug|Xarelto}} for now (possible procedures).
Called by: [[NAME|Dwayne Pettigrew]], RN (RRT)
""")

# E020 I-PASS handoff (several patients)
note("ipass_handoff", """
I-PASS HANDOFF - Gen Med Team B - night of [[DATE|3/22]]
From: Dr. [[NAME|Samir Haddad]] (PGY-2)   To: Dr. [[NAME|Olivia Chen-Ramos]] (PGY-1)

1) {{other|701}} [[NAME|LINDQVIST, Astrid]] {{age|84}}F - WATCHER
   I: delirium on UTI, pulled PIV x2.
   P: ceftriaxone day 3; urine cx {{eponym|E. coli}} pan-sensitive. Sitter ordered.
   A: if agitated, redirect first; {{drug|Haldol}} {{dose|0.5 mg}} IV x1 max. Avoid {{drug|Ativan}}.
   S: daughter [[NAME|Karin]] wants a call if restraints considered: [[PHONE|651-555-0107]].

2) {{other|703}} [[NAME|MWANGI, Peter]] {{age|45}}M - STABLE
   I: alcohol withdrawal, {{score|CIWA}} 4-8 today.
   A: CIWA q4h, phenobarbital protocol if CIWA >15.

3) {{other|706}} [[NAME|BEAULIEU, Jean-Paul]] [[AGE_OVER_89|91]]M - WATCHER
   I: NSTEMI, medical management per cards; DNR/DNI.
   A: troponin trend AM; heparin gtt, check anti-Xa at {{other|0200}}.
   S: if chest pain recurs, nitro and page cards fellow Dr [[NAME|Adeleke]].

4) {{other|710}} [[NAME|SANDOVAL, Rosa "Rosie"]] {{age|33}}F - STABLE
   I: pyelonephritis, afebrile x24h. Plan d/c AM on {{drug|Keflex}} {{dose|500 mg}} qid.
   A: none overnight. Her partner [[NAME|Dev]] is picking her up.
""")

# E021 psychiatry consultation
note("psychiatry_consult", """
PSYCHIATRY CONSULTATION-LIAISON NOTE   [[DATE|2/4/2025]]

Identifying data: [[NAME|Jonah Rivkin-Abernathy]] is a {{age|24}}-year-old single man, a PhD student in chemistry, MRN [[MRN|P-009127]], referred by the ED (Dr. [[NAME|Camille Duchêne]]) after telling his advisor he had "a plan."

HPI: Four months of low mood, insomnia and anhedonia since a failed qualifying exam. Last night he researched overdose on his {{drug|Zoloft}} and acetaminophen and wrote a note. He lives alone in an apartment at [[STREET|58 Linden Terrace, #2R]] in the [[CITY|Eastfield]] neighbourhood of [[CITY|Castleford]]; he moved here from [[CITY|Tucson]] in [[DATE|August 2023]] for graduate school. No firearms at home; his roommate [[NAME|Tobias]] moved out last month.

Collateral: his mother, Dr. [[NAME|Miriam Rivkin]] (pediatrician in [[CITY|Tucson]]), [[PHONE|520-555-0179]], with his permission: one prior episode at age {{age|17}}, treated by Dr. [[NAME|Ezra Feld]]; no prior attempts.

Screening: {{score|PHQ-9 21}}; {{score|C-SSRS}} positive for ideation with plan and preparatory behaviour in the past month. {{score|GAD-7 14}}. AUDIT-C 5.
MSE: casually dressed, poor eye contact, psychomotor slowing; mood "empty"; affect constricted; linear; endorses suicidal ideation with plan, no current intent in the hospital; no psychosis; insight fair.

Assessment: Major depressive disorder, single episode, severe without psychotic features ({{code|F32.2}}); high acute risk.
Plan: voluntary admission to {{facility|Ward 5B}}; 1:1 observation until seen by the inpatient team; increase sertraline to {{dose|150 mg}}; safety plan started, crisis line {{other|988}} reviewed; lethal-means counselling with mother.

[[NAME|Leandra Okwuosa]], MD, Psychiatry C-L, pager {{other|2290}}
""")

# E022 dental progress note
note("dental_note", """
DENTAL PROGRESS NOTE - {{facility|Brightwater Community Dental}}

Pt: [[NAME|Thi Lan Pham]] (goes by "[[NAME|Lana]]")    Chart #: [[MRN|D-30418]]    DOB: [[DATE|2/29/1996]]
Date of service: [[DATE|06/11/2025]]    Provider: Dr. [[NAME|Farid Nasseri]], DDS    Hygienist: [[NAME|Joy Castellano]], RDH

CC: "Tooth on the lower right hurts with cold, keeps me up."
Med hx: asthma ({{drug|albuterol}} prn), no allergies. BP {{lab|118/74}}.
Findings: {{other|#30}} MO amalgam with recurrent caries distal; cold test lingering {{lab|15 s}}; percussion +, palpation -. PA radiograph: widened PDL {{other|#30}}, no periapical radiolucency. Perio: generalized 2-3 mm, BOP {{lab|12%}}.
Dx: symptomatic irreversible pulpitis {{other|#30}}.
Tx today: 2 carpules {{dose|2% lidocaine with 1:100,000 epi}}, IANB right; pulpectomy {{other|#30}} initiated ({{code|D3330}}), Ca(OH)2 placed, {{other|Cavit}} temporary.
Next: complete RCT {{other|#30}} on [[DATE|6/18]], then PFM crown ({{code|D2750}}).
Insurance: {{other|Delta Dental}} subscriber ID [[HEALTH_PLAN|DD9120044817]] (subscriber: father, [[NAME|Nam Pham]]).
Rx: ibuprofen {{dose|600 mg}} q6h x 3 days. Antibiotics not indicated.
""")

# E023 ED provider note, motor vehicle collision
note("ed_provider_note", """
ED PROVIDER NOTE

Patient: [[NAME|Hollis "Buck" Tennant]]    Age: {{age|38}}    MRN: [[MRN|2201-8873]]
Arrival: [[DATE|03/09/2025]] {{other|18:22}} via {{facility|Tri-County EMS}} (run #[[OTHER_ID|25-03311]])

HPI: Restrained driver in a T-bone collision at about 45 mph, driver's side impact, airbags deployed, self-extricated. Complains of chest wall pain and left shoulder pain. No LOC. His truck, a gray Ford F-150 (TN plate [[VEHICLE|6H4-27K]]), was towed; State Trooper [[NAME|Lyle Bramhall]] (badge [[OTHER_ID|1187]]) is in the department and has requested a blood alcohol level with the patient's consent.

Exam: {{eponym|Glasgow Coma Scale}} {{score|15}}. HR {{lab|102}}, BP {{lab|148/92}}. Seat belt sign across the left chest. Tender over the mid-clavicle with deformity. Abdomen soft. {{other|FAST}} exam negative.
Imaging: CT chest: sternal contusion without fracture, no pneumothorax. C-spine cleared clinically ({{other|NEXUS}} and {{score|Canadian C-spine rule}}). XR: displaced midshaft left clavicle fracture.
Labs: troponin {{lab|<6}}; EtOH {{lab|<10 mg/dL}}.

Dx: sternal contusion; closed left clavicle fracture ({{code|S42.022A}}).
Dispo: home with sling, orthopaedics follow-up in 1 week, {{drug|Norco}} {{dose|5/325}} #10. His wife, [[NAME|Mary Kate Tennant]], will drive him; address confirmed as [[STREET|1420 Old Ferry Pike, Lot 9]], [[CITY|Crane Hollow]], TN [[ZIP|37362]].

[[NAME|Carlos Mendoza-Whitfield]], MD
""")

# E024 UK cardiology clinic letter
note("consult_letter_uk", """
{{facility|St Aldhelm's Heart Unit}}
Cardiology Outpatients
Tel [[PHONE|+44 20 7946 0831]]   Fax [[FAX|+44 20 7946 0832]]

Date dictated: [[DATE|18 November 2024]]   Date typed: [[DATE|21/11/2024]]

Dr [[NAME|Fionnuala McAllister]]
{{facility|Harrowgate Medical Practice}}
[[STREET|22 Pemberly Road]]
[[CITY|Lowestham]]
[[ZIP|LE9 4QT]]

Dear Dr [[NAME|McAllister]],

Re: Mr [[NAME|Arjun Venkatesh Iyer]], DOB [[DATE|09.04.1956]], NHS No. [[OTHER_ID|943 476 5919]], Hosp No. [[MRN|RX1-4471902]]
[[STREET|Flat 6, 31 Ashcombe Gardens]], [[CITY|Lowestham]] [[ZIP|LE9 2HB]]

Diagnoses: 1. Heart failure with reduced ejection fraction (LVEF {{lab|32%}}), ischaemic. 2. Paroxysmal AF, {{score|CHA2DS2-VASc 3}}.

I saw Mr [[NAME|Iyer]] with his daughter, [[NAME|Kavya]], in clinic today. He is in NYHA class II. BP {{lab|108/66}}, pulse {{lab|64}} regular, weight 78.4 kg. Potassium {{lab|4.8}}, eGFR {{lab|52}}.

I have started sacubitril/valsartan ({{drug|Entresto}}) {{dose|24/26 mg}} twice daily in place of ramipril, with a 36-hour washout, and he continues bisoprolol {{dose|5 mg}}, {{drug|Eplerenone}} {{dose|25 mg}}, {{drug|Forxiga}} {{dose|10 mg}} and {{drug|apixaban}} {{dose|5 mg}} twice daily. Please check U&Es in two weeks. He spends the winter with his son in [[CITY|Perth]]; his son's number there is [[PHONE|+61 8 5550 4417]] should you need it.

Follow-up in heart failure clinic in 8 weeks.

Yours sincerely,

Dr [[NAME|Callum Ó Riordáin]] MRCP
Specialty Registrar to Dr [[NAME|Bronwen Parry-Jones]], Consultant Cardiologist
GMC [[LICENSE|7419953]]
""")

# E025 privacy office portal access audit (IP addresses)
note("privacy_audit", """
PRIVACY OFFICE - PATIENT PORTAL ACCESS AUDIT          Case [[OTHER_ID|PRV-25-0412]]

Account holder: [[NAME|Delphine Armand-Kouassi]] (MRN [[MRN|6613027]]), portal username [[OTHER_ID|delphine.ak]]
Complaint received [[DATE|02/03/2025]]: patient suspects that her former partner, [[NAME|Russell Teague]], logged into her account.
Window reviewed: [[DATE|01/20/2025]] to [[DATE|02/02/2025]]

""" + table([
    ["Timestamp", "Source IP", "Client", "Result"],
    ["[[DATE|2025-01-21]] {{other|07:14}}", "[[IP|203.0.113.58]]", "iPhone / Safari", "success (patient confirms)"],
    ["[[DATE|2025-01-26]] {{other|23:48}}", "[[IP|198.51.100.201]]", "Windows / Chrome", "success - NOT recognised"],
    ["[[DATE|2025-01-27]] {{other|00:02}}", "[[IP|198.51.100.201]]", "Windows / Chrome", "proxy request submitted"],
    ["[[DATE|2025-01-30]] {{other|12:30}}", "[[IP|2001:db8:4a1f:22::7]]", "Android app", "success (patient confirms)"],
    ["[[DATE|2025-02-01]] {{other|19:05}}", "[[IP|192.0.2.144]]", "Windows / Firefox", "failed x3, locked"],
]) + """

Findings: two sessions from an address the patient does not recognise viewed her visit notes and lab results. The patient says Mr. [[NAME|Teague]] knew her password. No staff access concerns.
Actions: password reset and two-factor authentication set up to the phone ending [[PHONE|0197]]; proxy request denied; patient given the revocation form at [[URL|https://portal.example.org/proxy/revoke?u=88213]] and referred to the domestic violence advocate, [[NAME|Rosalind Achebe]].

Investigator: [[NAME|Marguerite Sauvé]], CHPC   [[DATE|02/05/2025]]
""")

# E026 pediatric diabetes clinic, pump and CGM serials
note("endocrine_clinic_note", """
PEDIATRIC DIABETES FOLLOW-UP   [[DATE|09/04/2025]]

Patient: [[NAME|Mateo Alvarez-Quispe]]   Age {{age|14}}   DOB [[DATE|2010-11-03]]   MRN [[MRN|40-118-2273]]
Accompanied by mom ([[NAME|Rocío Quispe]]) and stepdad ([[NAME|Brandon Lyle]]).

Devices:
- {{device_model|Omnipod 5}}, controller serial [[DEVICE|5P0A41227]]; pods lot {{other|L4402871}}
- {{device_model|Dexcom G6}}, transmitter ID [[DEVICE|8GT4KQ]] (changed [[DATE|8/20]])
Data uploaded via clinic {{device_model|Glooko}} account.

14-day CGM: time in range {{lab|68%}}, below 70 {{lab|3%}}, below 54 {{lab|0.6%}}, GMI {{lab|7.4%}}, CV {{lab|36%}}.
A1c {{lab|7.6%}} today (was {{lab|8.1%}} on [[DATE|3/12/2024]]).
Mostly in Automated Mode; two pump site failures at soccer. Missed lunch boluses on school days.

Plan: target 110 mg/dL at school; pre-bolus reminders; updated school orders faxed to school nurse [[NAME|Dorota Nowicka]] ([[FAX|505-555-0140]]). Glucagon ({{drug|Baqsimi}} {{dose|3 mg}}) refilled.
Return in 3 months.

[[NAME|Yasmin Bakr]], MD
""")

# E027 sleep clinic, CPAP serial and commercial driver's licence
note("sleep_clinic_note", """
SLEEP MEDICINE - PAP ADHERENCE VISIT

Pt: [[NAME|Gunnar Halvorsen-Boyd]], {{age|52}}M, BMI {{lab|38.4}}. Severe OSA, {{lab|AHI 41}} on PSG of [[DATE|2/10/2025]].
Device: {{device_model|ResMed AirSense 11 AutoSet}}, serial [[DEVICE|23241877102]], min/max 6/16 cm H2O.
Mask: {{device_model|AirFit F30}} medium.

Download ({{device_model|AirView}}, 30 days ending [[DATE|6/30/2025]]): use {{lab|4 h or more on 87%}} of nights, median {{lab|6.3 h}}, residual AHI {{lab|2.1}}, 95th percentile pressure {{lab|11.8 cm H2O}}, large leak {{lab|1%}}.
{{score|Epworth 6}} (was {{score|16}}).

He is a commercial truck driver; CDL [[LICENSE|ND C4417-2290]] (North Dakota). Adherence report given for his DOT medical examiner (Dr. [[NAME|Lorraine Haugen]]); his medical card expires [[DATE|5/2026]].
DME: {{facility|Prairie Home Medical}}; rep [[NAME|Kayla Dunbar]], [[PHONE|701-555-0125]], for mask refits.
Plan: continue APAP; weight management referral; repeat download in 12 months.

[[NAME|Ingrid Svensdottir]], DO
""")

# E028 research visit with biometric verification
note("research_visit_note", """
RESEARCH VISIT NOTE - Study APV-3 ({{code|NCT05813370}}), Protocol v3.1

Subject ID: [[OTHER_ID|APV3-0142-017]]      Screening no.: [[OTHER_ID|S-0418]]
Participant: [[NAME|Ruth Esperanza Galindo]], {{age|78}}F      Study partner: daughter [[NAME|Inés Galindo-Marsh]]
Visit 4 (Week 24) - [[DATE|9/9/2025]]

Identity verified by iris template (template ID [[BIOMETRIC|IRT-7721-04A8]], enrolled at screening) per site SOP.
Consent v3.1 re-signed (new ARIA language), copy given.

Interval: no falls, no headaches or visual change. One episode of confusion on [[DATE|8/27]] lasting an hour; ED visit at {{facility|Mercy Ridge}}, CT head negative.
Assessments: {{score|MMSE 26}}, {{score|CDR-SB 1.5}}, {{score|ADAS-Cog13 18}}.
Safety MRI [[DATE|9/2/2025]]: no ARIA-E; one new microhaemorrhage (total 2). Reviewed with PI; continue dosing per protocol section 6.4.
Infusion: study drug {{dose|10 mg/kg}} IV over 60 min, kit {{other|K-55120}}. Vitals stable.
Next visit: Week 26, [[DATE|9/23/2025]].

Coordinator: [[NAME|Thandiwe Mokoena]], CCRC
PI: Dr. [[NAME|Sebastian Okoro-Lindgren]]
""")

# E029 delivery note
note("delivery_note", """
DELIVERY NOTE

Mother: [[NAME|Precious Mahlangu-Dube]], {{age|31}} y/o G2P2002, MRN [[MRN|7720-1184]], EDD [[DATE|04/09/2025]] by 8-week ultrasound
GBS negative, Rh +, rubella immune.

Delivery: spontaneous vaginal delivery on [[DATE|04/06/2025]] at {{other|05:52}} after a 7 h 10 min first stage and 22 min second stage. Epidural ({{drug|fentanyl}}/{{drug|bupivacaine}}). Loose nuchal cord x1 reduced. 2nd-degree laceration repaired with 3-0 {{other|Vicryl Rapide}}. EBL {{lab|350 mL}}. Placenta delivered intact at {{other|06:01}}, three-vessel cord. {{drug|Pitocin}} {{dose|30 units}} in 500 mL after delivery.

Infant: Baby Girl [[NAME|Mahlangu-Dube]] ("[[NAME|Zanele]]"), MRN [[MRN|7720-1202]], DOB [[DATE|04/06/2025]], weight 3340 g, {{score|Apgars 8 and 9}}. Skin to skin, breastfeeding initiated in the delivery room.
Father, [[NAME|Sipho Dube]], present and cut the cord. Pediatrician: Dr. [[NAME|Tobias Engelhardt]].

Delivering provider: [[NAME|Noor Al-Hashimi]], CNM
Attending: Dr. [[NAME|Vivienne St. Clair]]
""")

# E030 well child visit
note("well_child_visit", """
WELL CHILD CHECK - 4 YEARS   [[DATE|05/20/2025]]

Child: [[NAME|Kai Nakamura-Ellis]]   DOB [[DATE|05/17/2021]]   MRN [[MRN|C-4409182]]
Accompanied by father, Dr. [[NAME|Hiroshi Nakamura]] (anesthesiology, our hospital), and grandmother [[NAME|Joan Ellis]], who does weekday childcare.

Growth: weight 16.8 kg ({{lab|55th percentile}}), height 103 cm ({{lab|50th percentile}}), BMI {{lab|15.8}}. BP {{lab|94/58}}.
Development: {{score|ASQ-3}} passed all domains. Speaks in full sentences, hops on one foot, draws a person with 3 parts.
Vision: {{score|20/32}} both eyes (passed). Hearing: passed at 20 dB.
Immunizations today: DTaP #5 ({{drug|Daptacel}} lot {{other|U7041AA}}), IPV #4, MMR #2 and varicella #2 as {{drug|ProQuad}} (lot {{other|Y013622}}). VIS given.
Anticipatory guidance: booster seat, water safety (family pool), screen time, dental home.
Dad asks about snoring without pauses - tonsils 2+, no apnoea reported; recheck at next visit.

Return at 5 years.
[[NAME|Omar Benali]], MD, FAAP
""")

# E031 interfacility transfer form
note("transfer_form", """
INTERFACILITY TRANSFER FORM

Sending: {{facility|Prairie View Community Hospital}} ED      Receiving: {{facility|University Hospital}} Neuro ICU
Patient: [[NAME|Lorenzo Bianchi-Amari]]     DOB: [[DATE|8 Oct 1959]]     Sending MRN: [[MRN|PV-00418]]
Transfer center ID: [[OTHER_ID|TRN-2025-0981-44]]
Date: [[DATE|27 Jun 2025]]     Time of call: {{other|13:40}}
Requesting: Dr. [[NAME|Ravi Chandrasekhar]]     Accepting: Dr. [[NAME|Ingrid Solberg-Watts]] (neurosurgery)

Diagnosis: subarachnoid hemorrhage, {{score|Hunt and Hess III}}, {{score|modified Fisher 3}} on CT at {{other|12:55}}.
Vitals at call: BP {{lab|168/94}} on nicardipine {{dose|5 mg/h}}, HR 88, {{score|GCS 13}} (E3 V4 M6).
Meds given: levetiracetam ({{drug|Keppra}}) {{dose|1 g}} IV, {{drug|Zofran}} {{dose|4 mg}}. Anticoagulation: none.
Mode: rotor wing, ETA 45 min. Crew: flight RN [[NAME|Dusty Carmichael]], flight medic [[NAME|Emmanuel Osei]].
Images pushed to receiving PACS from sending server [[IP|192.0.2.61]].
Family: partner [[NAME|Jude Whitlock]] driving from [[CITY|Salina]] (cell [[PHONE|785-555-0144]]).
Patient consent: unable; implied consent for emergency transfer. EMTALA certification signed by Dr. [[NAME|Chandrasekhar]].
""")

# E032 palliative care consult
note("palliative_consult", """
PALLIATIVE CARE CONSULT   [[DATE|02/14/2025]]

"Miss [[NAME|Ivy]]" - [[NAME|Ivy Delacroix-Booker]], [[AGE_OVER_89|97]] yo, MRN [[MRN|1188-2046]], admitted with recurrent aspiration pneumonia; referred by Dr. [[NAME|Sunil Mehta-Rao]].

She is sleepy but wakes to voice and says she is "ready to go home to the Lord." Her granddaughter [[NAME|Simone Booker]] (HCP, [[PHONE|757-555-0129]]) and great-grandson [[NAME|Tre]] were at bedside. Her son [[NAME|Leon]] lives in [[CITY|Baltimore]] and joined by video ([[URL|https://meet.example.net/r/booker-family-0214]]).
Functional status: bedbound since a stroke in [[DATE|September 2023]], {{score|PPS 30%}}, {{score|FAST 7c}}. Weight loss 9 kg in six months. Modified barium swallow [[DATE|2/12]]: aspiration with all consistencies.

Symptoms: intermittent dyspnoea, secretions, no pain behaviours ({{score|PAINAD 0}}).
Goals: family agrees on comfort-focused care, no feeding tube, DNR/DNI, no rehospitalisation. Wants her to die at home in the house she has lived in since {{other|1961}}.

Recommendations:
1. Hospice referral ({{facility|Tidewater Hospice}}); home address on file, [[STREET|2716 Magnolia Bend]], [[CITY|Chesapeake]], VA [[ZIP|23324]].
2. Morphine oral solution {{dose|2.5 mg}} q2h prn dyspnoea; glycopyrrolate {{dose|0.2 mg}} SC q6h prn secretions.
3. Comfort feeds as she wishes, with acceptance of risk.
4. Chaplain Rev. [[NAME|Augustine Pryor]] visited; daughter-in-law requests communion.

[[NAME|Hannah Kessler-Obi]], MD, Palliative Medicine
""")

# E033 physical therapy evaluation
note("physical_therapy_eval", """
PHYSICAL THERAPY INITIAL EVALUATION

Name: [[NAME|Bishop, Faith L.]]     DOB: [[DATE|12/19/1963]]     MRN: [[MRN|0048-7731-2]]
Referring: Dr. [[NAME|Maximilian Rourke]], orthopaedics     Date of surgery: [[DATE|1/8/2025]] (R TKA)
Date of eval: [[DATE|1/13/2025]]

Subjective: {{age|61}} yo retired postal carrier. Pain 5/10 with walking, 2/10 at rest, on {{drug|Celebrex}} {{dose|200 mg}} daily and {{drug|Tylenol}} {{dose|1 g}} tid. Lives with husband [[NAME|Rowan]] in a split-level house, 7 steps with a rail on the right. Goal: walk her dog and return to line dancing.
Objective: R knee AROM {{lab|5-82 degrees}}, PROM {{lab|3-88}}. Quad lag {{lab|10 degrees}}. Incision clean, staples out. {{eponym|Homans}} negative, calf soft. {{eponym|Trendelenburg}} sign negative. {{score|TUG 16.2 s}}. {{score|Berg 44/56}}. Gait with front-wheeled walker, antalgic.
Assessment: post-op R TKA with expected deficits; fall risk moderate.
Plan: 2-3x/week for 6 weeks: ROM, quad activation, NMES, gait and stair training; HEP issued.
CPT: {{code|97161}}, {{code|97110}}, {{code|97116}}.

[[NAME|Marcus "Mac" O'Halloran]], PT, DPT   License PT [[LICENSE|019447]]
""")

# E034 dialysis unit note
note("dialysis_note", """
HEMODIALYSIS TREATMENT NOTE - {{facility|Bayview Kidney Center}}   Tue [[DATE|7/22/2025]]

Patient: [[NAME|Olufemi Bakare]]   Chair {{other|14}}   Schedule TTS 2nd shift   Medicare MBI [[HEALTH_PLAN|3RT7-WD2-KP84]]
Access: L brachiocephalic AVF, good thrill/bruit; cannulated 15G x2 by [[NAME|Ramon Estrada-Ruiz]], PCT.
Pre: wt 84.6 kg (EDW 81.5), BP {{lab|172/88}}, HR {{lab|78}}. IDWG {{lab|3.1 kg}}.
Rx: {{device_model|Fresenius 2008T}}, {{device_model|Optiflux F180NR}}, Qb {{lab|400}}, Qd {{lab|600}}, 2K/2.5Ca bath, 4 h, UF goal 3.0 L. Heparin {{dose|2000 units}} bolus.
Intradialytic: cramping at hour 3, UF paused 10 min, NS {{dose|200 mL}} given. BP nadir {{lab|104/60}}.
Post: wt 81.9 kg, BP {{lab|138/76}}. spKt/V {{lab|1.41}} (monthly labs [[DATE|7/8]]). Hgb {{lab|10.4}}, phos {{lab|6.2}} - dietitian [[NAME|April Lindholm]] to review binder ({{drug|Renvela}} {{dose|800 mg}} with meals) adherence.
Pt asked about transplant status: on the waitlist at {{facility|Gulf Coast Transplant Institute}} since {{other|2023}}; coordinator is [[NAME|Shanice Whitlow]].
Fingerprint check-in at kiosk failed x2 (template [[BIOMETRIC|FP-88130-2]]); identity confirmed verbally.
RN: [[NAME|Gloria Mbeki-Santos]], RN
""")

# E035 transplant coordinator note
note("transplant_coordinator_note", """
TRANSPLANT COORDINATOR NOTE - LIVER   [[DATE|May 2, 2025]] {{other|02:40}}

Organ offer received for [[NAME|Teodoro "Teddy" Villaseñor]] (MRN [[MRN|TX-220198]], UNOS waitlist ID [[OTHER_ID|WL-4471029]]), {{score|MELD 34}}, blood type O.
Donor: UNOS ID [[OTHER_ID|AGHJ417]], {{age|29}}M, DBD, head trauma; biopsy {{lab|5% macrosteatosis}}; HCV NAT negative; peak AST {{lab|212}}.
Accepted by Dr. [[NAME|Agnieszka Kamińska]] (transplant surgeon on call) at {{other|02:55}}.
Called patient at home [[PHONE|(210) 555-0166]], spoke with wife [[NAME|Marisela]]; told to come to the transplant unit now, NPO. They live about 90 minutes away in [[CITY|Uvalde Springs]]; brother-in-law [[NAME|Ignacio Paredes]] is driving them (silver minivan, TX plate [[VEHICLE|RKT-4418]], so security can wave them through the ED bay).
Insurance: {{other|Alamo Health Plus}} member [[HEALTH_PLAN|AHP-30917745]]; transplant benefit pre-cert [[OTHER_ID|TBC-887120]] on file.
Crossmatch not required. OR tentatively {{other|0900}}.
[[NAME|Noémie Tshibangu]], RN, CCTC
""")

# E036 substance use disorder intake
note("addiction_intake", """
OUTPATIENT ADDICTION MEDICINE - INTAKE   [[DATE|03/18/2025]]

Pt: [[NAME|Tyler James Mulcahy]]    DOB [[DATE|06/02/1991]]    MRN [[MRN|4421-9907]]
Referred by: probation officer [[NAME|Gail Stroud]] (county probation, case no. [[OTHER_ID|CR-2023-00817]]), with the patient's signed 42 CFR Part 2 consent.

Substance history: opioid use since age {{age|19}} after a back injury; heroin then fentanyl IV since {{other|2018}}; last use yesterday {{other|2100}}. Meth on weekends. Alcohol rare. Two overdoses, the last on [[DATE|Jan 30th]], reversed with {{drug|Narcan}} by his girlfriend [[NAME|Brianna]].
PDMP (checked today): buprenorphine fills from Dr. [[NAME|Okafor-Little]] in {{other|2022}}; no current controlled prescriptions.
Exam: {{score|COWS 11}}. Track marks bilateral antecubital; no abscess.
UDS: fentanyl +, methamphetamine +, buprenorphine -.
HCV Ab + ({{other|2021}}), RNA pending. HIV negative [[DATE|2/2025]].

Plan: buprenorphine/naloxone ({{drug|Suboxone}}) {{dose|8/2 mg}} film, 2 today in clinic, then {{dose|16/4 mg}} daily; {{drug|Narcan}} kit given; HCV RNA; referral to counselling with [[NAME|Destiny Waller]], LADC.
Contact: mother [[NAME|Colleen Mulcahy]], [[PHONE|(413) 555-0109]] (consent signed for her).
Next visit: [[DATE|3/25]].
[[NAME|Reuben Adjei-Mensah]], MD   DEA X-waiver no longer required; DEA [[LICENSE|BA4417296]]
""")

# E037 interpreter-mediated clinic note
note("interpreter_visit_note", """
FAMILY MEDICINE VISIT - via interpreter   [[DATE|10 January 2025]]

Patient: [[NAME|Mulugeta Haile]], {{age|67}}M, MRN [[MRN|5560-2117]]
Interpreter: [[NAME|Selam Tesfaye]] (Amharic), in person, interpreter no. [[OTHER_ID|INT-20417]]
Also present: daughter-in-law [[NAME|Meron Abebe]].

S: Follow-up of type 2 diabetes and hypertension. Arrived from [[CITY|Addis Ababa]] eight months ago to live with his son's family. Taking metformin {{dose|500 mg}} BID and amlodipine {{dose|5 mg}}. Reports burning feet at night. Fasting during Orthodox fasting periods, skips midday metformin.
O: BP {{lab|146/88}}, A1c {{lab|8.3%}}, eGFR {{lab|74}}, urine ACR {{lab|48 mg/g}}. Monofilament: reduced sensation both great toes. {{eponym|Achilles}} reflexes absent.
A/P:
1. T2DM with neuropathy: change to metformin XR {{dose|1000 mg}} with evening meal; add {{drug|Jardiance}} {{dose|10 mg}}; podiatry referral.
2. HTN with albuminuria: switch amlodipine to lisinopril {{dose|10 mg}}; BMP in 2 weeks.
3. Latent TB screening: IGRA positive in [[DATE|November]]; CXR clear; start rifampin x 4 months after LFTs.
Teach-back done through the interpreter. Son [[NAME|Dawit]] to bring all bottles next visit.

[[NAME|Claire Fontaine-Nakashima]], MD
""")

# E038 autopsy summary
note("autopsy_summary", """
OFFICE OF THE MEDICAL EXAMINER - AUTOPSY SUMMARY

ME Case No.: [[OTHER_ID|ME25-00614]]
Decedent: [[NAME|CRAWFORD, RONALD WAYNE]]     Age: {{age|56}}     Sex: M     SSN: [[SSN|909-41-7730]]
Date of death: [[DATE|January 11, 2025]] (found)     Date of autopsy: [[DATE|January 12, 2025]]
Residence: [[STREET|3380 County Road 14]], [[CITY|Ashby]], MN [[ZIP|56309]]
Identified by: fingerprint comparison, AFIS record [[BIOMETRIC|AFIS-MN-0047731129]]; visual identification by brother, [[NAME|Dean Crawford]].
Pathologist: [[NAME|Ingeborg Aasen]], MD     Investigator: [[NAME|Troy Lindahl]]

Circumstances: found in his unheated garage by a neighbour, [[NAME|Hank Rasmussen]], beside his pickup (VIN [[VEHICLE|1FTFW1E50MFA03317]]), engine off and cold; ambient temperature -18 C.
Major findings:
1. Hypothermia: {{eponym|Wischnewski}} spots of the gastric mucosa; pink livor.
2. Carboxyhemoglobin {{lab|9%}} (heart blood; smoker).
3. Severe coronary atherosclerosis: LAD 80% stenosis; heart weight {{lab|520 g}}.
4. Blood ethanol {{lab|0.19 g/dL}}.
5. Implanted cardioverter-defibrillator ({{device_model|Boston Scientific Resonate EL ICD}}, serial [[DEVICE|148203]]) explanted and interrogated: no therapies delivered in the last 72 hours.

Cause of death: hypothermia. Contributing: ethanol intoxication; atherosclerotic cardiovascular disease.
Manner: accident.

[[NAME|Ingeborg Aasen]], MD, Deputy Medical Examiner   [[DATE|02/20/2025]]
""")

# E039 oncology clinic note
note("oncology_clinic_note", """
MEDICAL ONCOLOGY - FOLLOW-UP

[[NAME|Nakamura, Emiko]] | MRN [[MRN|00330-18842]] | DOB [[DATE|Aug 14, 1958]] | Visit [[DATE|Aug 28, 2025]]
Trial: ECOG-ACRIN {{code|EA1181}}, subject no. [[OTHER_ID|EA1181-0217]]

Diagnosis: left breast IDC, {{lab|ER 95%}}, {{lab|PR 40%}}, HER2 3+, cT2N1M0, dx [[DATE|3/2025]].
Treatment: weekly paclitaxel + trastuzumab/pertuzumab ({{drug|Phesgo}}); cycle 6 day 1 today.
Interval: grade 1 neuropathy fingertips, no functional loss; mild diarrhoea on day 3-4.
{{score|ECOG 0}}. Wt stable. LVEF {{lab|61%}} on echo [[DATE|8/19]] (baseline {{lab|64%}}).
Labs: ANC {{lab|1.9}}, Hgb {{lab|11.1}}, plt {{lab|212}}, ALT {{lab|34}}.
Port ({{device_model|PowerPort}}) flushes well.
Plan: proceed with cycle 6; continue; surgery planning with Dr. [[NAME|Harriet Vance-Oduya]] after cycle 12; genetics appointment with [[NAME|Daphne Kowalski]], MS, CGC, on [[DATE|9/16]].
Patient's husband [[NAME|Kenji]] asks for copies of scans for their son, a radiologist in [[CITY|Sapporo]]; release form signed, images to be sent through the portal.

[[NAME|Aurelio Battaglia]], MD
""")

# E040 HL7 result message
note("hl7_message", """
MSH|^~\\&|LAB|RIVERSIDE|EHR|RIVERSIDE|[[DATE|20250312]]{{other|0842}}||ORU^R01|[[OTHER_ID|MSG00418823]]|P|2.5.1
PID|1||[[MRN|8830175]]^^^RIV^MR~[[SSN|921-55-0417]]^^^SSA^SS||[[NAME|OYELARAN^BABATUNDE^K]]||[[DATE|19540627]]|M|||[[STREET|14 KINGFISHER WAY]]^^[[CITY|MAPLE GROVE]]^OH^[[ZIP|43085]]||^PRN^PH^^1^[[PHONE|614^5550138]]|||||[[ACCOUNT|A90017745]]
PV1|1|O|CLINIC^^^RIV||||[[LICENSE|1093847561]]^[[NAME|HALVORSEN^SIGRID]]^^^^MD
ORC|RE|[[OTHER_ID|ORD7731904]]
OBR|1|[[OTHER_ID|ORD7731904]]|[[OTHER_ID|L25-0312-4471]]|{{code|4548-4}}^Hemoglobin A1c^LN|||[[DATE|20250311]]{{other|0715}}
OBX|1|NM|{{code|4548-4}}^Hemoglobin A1c^LN||{{lab|7.9}}|%|{{lab|4.0-5.6}}|H|||F
OBX|2|NM|{{code|2160-0}}^Creatinine^LN||{{lab|1.12}}|mg/dL|{{lab|0.70-1.30}}|N|||F
""")

# E041 discharge instructions to patient
note("discharge_instructions", """
Your discharge instructions - {{facility|Harborview West Hospital}}

Name: [[NAME|Rose Marie Hunter]]        Date: [[DATE|December 3rd, 2024]]
You were in the hospital from [[DATE|Nov. 29]] to [[DATE|Dec. 3]] for a blood clot in your lung (pulmonary embolism).

Your new medicine
- {{drug|Xarelto}} (rivaroxaban) {{dose|15 mg}} twice a day with food until [[DATE|December 20]], then {{dose|20 mg}} once a day with supper starting [[DATE|the 21st]].
  Your first month is free with the card; your pharmacy is {{facility|Corner Drug}} on [[STREET|Main St]] in [[CITY|Ellisburg]].
- Stop taking your {{drug|Aleve}}. Use {{drug|Tylenol}} for pain instead (no more than {{dose|3,000 mg}} a day).

Call us or go to the emergency room if you have black stools, vomit blood, chest pain or sudden shortness of breath.

Appointments
- Dr. [[NAME|Winston Abara]] (primary care): [[DATE|Dec 10]] at {{other|10:30}}. Phone [[PHONE|(716) 555-0193]].
- Anticoagulation clinic nurse [[NAME|Grace Hill]] will call you on [[DATE|the 6th]].

Questions about your bill? Have your account number ready: [[ACCOUNT|HB-0077318842]].
Your patient portal: [[URL|https://myhealth.harborview.example.com/rose.hunter]] (username sent separately).
""")

# E042 workers' compensation letter
note("workers_comp_letter", """
[[DATE|September 30, 2024]]

[[NAME|Lucinda Farrow-Beck]], Claims Adjuster
{{facility|Keystone Mutual Workers' Compensation}}
[[STREET|4100 Liberty Ridge Blvd, 14th Floor]]
[[CITY|Pittsburgh]], PA [[ZIP|15219]]
[[EMAIL|lfarrowbeck@keystonemutual.example.com]]

RE: Claimant [[NAME|Jerome Ashby-Kowal]]; Claim No. [[OTHER_ID|WC-24-0098812]]; Date of injury [[DATE|07/15/2024]]
Employer account: [[ACCOUNT|EMP-446-1902]]

Dear Ms. [[NAME|Farrow-Beck]],

Mr. [[NAME|Ashby-Kowal]], a {{age|44}}-year-old warehouse lead, was seen today for his work injury. He injured his lower back lifting a 70-lb carton at work. MRI [[DATE|08/09/2024]] showed an L5-S1 disc extrusion with S1 nerve root contact. He has completed 8 weeks of physical therapy with [[NAME|Pradeep Subramaniam]], PT, and one epidural steroid injection ([[DATE|9/3]]) by Dr. [[NAME|Lena Oduya-Fischer]] with 50% improvement.

Exam today: straight-leg raise positive on the left at 45 degrees; {{eponym|Waddell}} signs 0/5.
Current restrictions: no lifting over 15 lb, no repetitive bending, may sit/stand as needed; 6-hour shifts. Not at maximum medical improvement. {{score|Oswestry 38%}}. Medications: {{drug|meloxicam}} {{dose|15 mg}} daily, {{drug|Flexeril}} {{dose|5 mg}} at night.

I expect re-evaluation in 4 weeks ([[DATE|10/28/2024]]).

Sincerely,
[[NAME|Beatriz Coelho-Hart]], DO, Occupational Medicine
License [[LICENSE|MD449182]] (Pennsylvania)   Tel [[PHONE|412.555.0146]]   Fax [[FAX|412.555.0147]]
""")

# E043 employee health needlestick
note("employee_health_note", """
EMPLOYEE HEALTH - BLOOD/BODY FLUID EXPOSURE   [[DATE|06/03/2025]] {{other|15:20}}

Employee: [[NAME|Noelani Kealoha-Bryce]], RN, Surgical ICU     Employee ID: [[OTHER_ID|E0417782]]
Badge photo / fingerprint enrolment (Pyxis): [[BIOMETRIC|BIO-22918-RX]]
Home phone: [[PHONE|808-555-0172]]     Personal e-mail: [[EMAIL|noe.kbryce@example.net]]

Exposure: percutaneous, 25G hollow-bore needle after SC heparin, gloved, at {{other|14:45}} in SICU {{other|bed 9}}. Wound washed immediately.
Source patient: [[NAME|Harlan Ebersole]], MRN [[MRN|3374410]]; source consented to testing (HIV Ag/Ab, HBsAg, HCV Ab).
Employee: Hep B vaccinated, anti-HBs {{lab|>100 mIU/mL}} ([[DATE|2019-08-22]]). Tetanus up to date.
Risk: low; PEP not recommended pending source results. Baseline labs drawn.
Rapid HIV on source negative at {{other|16:05}}.
Follow-up with Employee Health (Dr. [[NAME|Kimberly Arceneaux]]) in 6 weeks if source HCV positive; otherwise none.
Incident report no. [[OTHER_ID|IR-2025-3318]] filed by charge nurse [[NAME|Devon Amalfitano]].
""")

# E044 refill line voicemail with voiceprint
note("pharmacy_phone_note", """
pharmacy refill line - voicemail transcription   [[DATE|7/2/25]] {{other|0617}}
caller verified by voiceprint (VoiceID [[BIOMETRIC|VP-7733104]]) + dob [[DATE|1/14/1950]]
caller: [[NAME|bill kaczmarek]], needs refills on his {{drug|eliquis}} {{dose|5mg}}, {{drug|metoprolol tartrate}} {{dose|25mg}} and {{drug|jardiance}}. says his wife [[NAME|dorota]] will pick up at the [[CITY|Glen Avon]] store. he said call him at [[PHONE|(951) 555-0183]] if any problem. mentions he "had a fall last tuesday, nothing broken."

--- pharmacist note ---
Refills processed: Rx [[OTHER_ID|4471982]], [[OTHER_ID|4471983]], [[OTHER_ID|4471990]]. Apixaban and falls: messaged PCP Dr. [[NAME|Min-jun Seo]] via in-basket.
Pt's pharmacy profile: [[STREET|2051 Jurupa Vista Dr]], [[CITY|Glen Avon]], CA [[ZIP|92509]]; Medicare Part D member ID [[HEALTH_PLAN|RXD5519027341]].
[[NAME|Amara Diallo]], PharmD   RPh lic. [[LICENSE|RPH 77412]]
""")

# E045 child safeguarding / pediatric ED note
note("child_protection_note", """
PEDIATRIC ED - CHILD PROTECTION TEAM NOTE   [[DATE|11/09/2024]]

Child: [[NAME|Aaliyah Monroe-Tate]], {{age|4}}F, MRN [[MRN|P-7710298]]
Brought by: mother, [[NAME|Keisha Monroe]] ([[PHONE|901.555.0151]]); mother's boyfriend [[NAME|Darnell "Dee" Pruitt]] was with the child when the injury occurred.
Address: [[STREET|4410 Poplar Crest Cv, Bldg C, Apt 12]], [[CITY|Whitehaven]], TN [[ZIP|38116]]

History: per mother, child "fell off the couch" on [[DATE|11/7]]. Today daycare staff (Ms. [[NAME|Loretta Banks]]) noticed bruising on the back and reluctance to use the left arm.
Exam: alert, {{eponym|Glasgow Coma Scale}} 15; patterned bruises on the back and buttocks in various stages; left forearm tenderness. No retinal haemorrhages per ophthalmology (Dr. [[NAME|Anand Krishnaswamy]]).
Skeletal survey: acute left distal radius buckle fracture; healing posterior right 7th rib fracture.
Labs: CBC, PT/PTT, {{lab|vWF}} panel normal; AST {{lab|38}}, ALT {{lab|22}}, lipase normal; UA no blood.
Assessment: injuries are not consistent with the history; high concern for physical abuse.
Actions: report to DCS, intake no. [[OTHER_ID|DCS-24-1187730]]; case worker [[NAME|Felicia Okonjo]]; police notified (Det. [[NAME|Ray Gunderson]], [[PHONE|901-555-0163]]). Child admitted for safety. Sibling [[NAME|Jaylen]] ({{age|7}}) to be examined.

[[NAME|Marisa Delgado-Quinn]], MD, Child Abuse Pediatrics
""")

# E046 ophthalmology note
note("ophthalmology_note", """
OPHTHALMOLOGY CLINIC   [[DATE|Mar-14-2025]]

Pt: [[NAME|Abernathy-Stone, Grace]]   MRN [[MRN|EYE-0093317]]   Age [[AGE_OVER_89|90]]
Referred by: optometrist Dr. [[NAME|Pavel Novak]], {{facility|ClearView Optical}}, fax [[FAX|(303) 555-0128]]

CC: sudden blurry central vision OD x 1 week, "straight lines look bent."
VA cc: OD {{score|20/200}}, OS {{score|20/40}}. IOP {{lab|15}} / {{lab|17}}. {{eponym|Amsler}} grid: metamorphopsia OD.
Fundus: OD subretinal fluid and haemorrhage inferotemporal to fovea; OS drusen, RPE changes.
OCT (Cirrus, scan ref {{other|4471-OD}}): OD CST {{lab|412 microns}} with SRF/IRF; OS dry AMD.
Dx: neovascular AMD OD ({{code|H35.3211}}); intermediate dry AMD OS.
Procedure: intravitreal aflibercept ({{drug|Eylea}}) {{dose|2 mg/0.05 mL}} OD, lot {{other|4016G}}, after povidone-iodine; time-out done. No complications.
Plan: monthly injections x3; AREDS2 vitamins; home Amsler grid.
She lives alone at [[STREET|1600 Larkspur Ln, Unit 310]] (senior apartments); her niece [[NAME|Deborah Stone]] drives her; niece's email [[EMAIL|deb.stone62@example.org]] for appointment reminders.

[[NAME|Tomás Echeverría]], MD, Retina
""")


# E047 financial counselling note
note("financial_counseling_note", """
FINANCIAL COUNSELING NOTE   [[DATE|04/17/2025]]

Patient: [[NAME|Belousova, Irina V.]]    MRN [[MRN|6120447]]    SSN [[SSN|666-31-0528]]
Guarantor: husband, [[NAME|Andrei Belousov]], SSN [[SSN|923-08-4471]], DOB [[DATE|11/23/1969]]
Hospital account [[ACCOUNT|HAR 7700418823]] (inpatient [[DATE|3/30]] to [[DATE|4/4]], {{other|DRG 871}}, charges {{other|$48,210.55}}); professional fees account [[ACCOUNT|PB-22019847]].

Met with the patient and her husband at the {{facility|Patient Financial Services}} desk. Their marketplace plan ended on [[DATE|2/28/2025]] for non-payment after Mr. [[NAME|Belousov]] lost his job. Household of 3 (daughter [[NAME|Sofia]], {{age|16}}); current income from unemployment only.

Actions:
1. Medicaid application submitted online today through [[URL|https://apply.medicaid-portal.example.org/case/88213-BV]]; confirmation no. [[OTHER_ID|MA-2025-0417-3390]]. Requested retroactive coverage to [[DATE|1/1/2025]].
2. Charity care (financial assistance) application started; needs last 2 pay stubs and the unemployment award letter.
3. The couple set up a fundraiser page, [[URL|https://fundraise.example.com/help-irina-heal]]; advised that gifts do not count as income for our assistance programme.
Follow-up call scheduled for [[DATE|4/24]]; best number [[PHONE|(262) 555-0114]].

[[NAME|Luz Marina Echevarría]], Certified Application Counselor
""")

# E048 nursing home admission record, key: value
note("nursing_home_admission", """
RESIDENT ADMISSION RECORD - {{facility|Cedar Knoll Care Center}}

Resident name ............ [[NAME|GRABOWSKI, STANISLAW J]]
Preferred ................ "[[NAME|Stan]]"
Date of birth ............ [[DATE|03/02/1931]]
Age ...................... [[AGE_OVER_89|94]]
Admitted ................. [[DATE|07/08/2025]] from {{facility|Mercy Ridge Hospital}}
Room ..................... {{other|118-B}}
Resident ID .............. [[MRN|CK-004127]]
Social Security .......... [[SSN|901-62-1187]]
Medicare MBI ............. [[HEALTH_PLAN|5GF2-QN8-RT61]]
Resident trust account ... [[ACCOUNT|RTA-004127-01]]
Prior address ............ [[STREET|88 Kosciuszko St]], [[CITY|Hamtramck Heights]], MI [[ZIP|48212-3310]]
Responsible party ........ son, [[NAME|Thomas Grabowski]], POA; [[PHONE|313-555-0120]]; [[EMAIL|tgrabowski.poa@example.net]]
Second contact ........... granddaughter, [[NAME|Natalie Grabowski-Reyes]], [[PHONE|+1 586 555 0199]]
Attending physician ...... Dr. [[NAME|Adebayo Ogunleye]]
Pharmacy ................. {{facility|Lakeshore Long-Term Care Pharmacy}}
Diagnoses ................ {{eponym|Parkinson disease}} ({{code|G20.A1}}); vascular dementia; BPH with chronic indwelling {{eponym|Foley}} catheter (changed [[DATE|6/30]]); HFpEF
Code status .............. DNR (POLST on file, signed [[DATE|5/14/2024]])
Wander management ........ enrolled in door facial-recognition system, template [[BIOMETRIC|FRT-00931-A]]
Diet ..................... mechanical soft, nectar-thick liquids
Allergies ................ penicillin (hives)
Admission weight ......... 61.2 kg
""")

# E049 hospital security incident report (vehicles)
note("security_incident_report", """
SECURITY INCIDENT REPORT          Report #: [[OTHER_ID|SEC-25-0931]]
Date/time: [[DATE|08/16/2025]] {{other|0112}}        Location: ED ambulance bay / parking deck level 2
Reporting officer: [[NAME|Terrence Oduya]], badge [[OTHER_ID|B-2217]]

Narrative: At {{other|0055}} a dark blue Honda Civic, plate [[VEHICLE|LXR 4471]] (Ohio), was left running in the ambulance bay. Driver identified as [[NAME|Brandon Kyle Whitt]], who had brought in his father, ED patient [[NAME|Gerald Whitt]] (MRN [[MRN|2290418]], chest pain). Mr. [[NAME|Whitt]] was asked to move the vehicle and became verbally aggressive toward charge nurse [[NAME|Alondra Paz]]. ED physician Dr. [[NAME|Imran Qureshi]] was not involved.
The vehicle was moved to deck level 2, space {{other|214}}, by Officer [[NAME|Wendell Sikes]]. VIN recorded from the dashboard plate for the tow-warning notice: [[VEHICLE|2HGFC2F59JH561208]].
A second vehicle, a white pickup with a temporary tag [[VEHICLE|T-884-219]], was parked across two handicapped spaces; owner not located; warning affixed.
No injuries. Police not called. Patient and family informed of the visitor policy; [[NAME|Brandon Whitt]] gave his phone as [[PHONE|419-555-0135]] for the vehicle release.
Supervisor review: Sgt. [[NAME|Carla Menendez]], [[DATE|8/16]] {{other|0730}}
""")

# E050 genetic counselling note
note("genetic_counseling_note", """
CANCER GENETICS - PRE-TEST COUNSELING   [[DATE|January 22, 2025]]

Proband: [[NAME|Chiamaka Adeyemi-Hart]], {{age|42}}F, MRN [[MRN|GEN-55102]]
Referred by: Dr. [[NAME|Oluwaseun Bakare-Lee]] (colorectal surgery) after right hemicolectomy [[DATE|12/5/2024]] for a pT3N0 adenocarcinoma with loss of MLH1/PMS2 on IHC; MLH1 promoter hypermethylation absent.

Family history (3-generation pedigree drawn):
- Mother, [[NAME|Ebere]], endometrial cancer at {{age|49}}, living.
- Maternal uncle [[NAME|Obiora]], colon cancer at {{age|51}}, died at {{age|58}}.
- Maternal grandmother, [[NAME|Nneka]], now [[AGE_OVER_89|96]], lives in [[CITY|Enugu]], no cancer history known.
- Father and paternal side: no cancers known; one paternal aunt had "a womb operation".
- Brother [[NAME|Chidi]], {{age|38}}; sister [[NAME|Adaora]], {{age|35}}; two children, ages {{age|9}} and {{age|12}}.
Family meets {{score|Amsterdam II criteria}}; tumour findings suggest {{eponym|Lynch syndrome}} (MLH1).

Discussed: autosomal dominant inheritance, colonoscopy every 1-2 years, gynaecologic risk-reducing surgery, aspirin ({{dose|600 mg}} CAPP2 data), cascade testing, GINA protections (not life insurance).
Test: multigene panel (47 genes) sent to {{facility|Invitae}}, requisition [[OTHER_ID|RQ-4471-9920]], kit barcode {{other|SK-00917}}. Results in 2-3 weeks.
Patient would like her siblings to see the family letter on the family's private site, [[URL|https://www.example.org/adeyemi-hart-family/health]].

[[NAME|Saoirse Ní Bhriain]], MS, CGC   [[PHONE|503-555-0112]]
""")


def build() -> list[dict]:
    records = []
    for n, (genre, marked) in enumerate(NOTES, start=1):
        text, spans, looks = parse(marked)
        records.append({"id": f"E{n:03d}", "genre": genre, "text": text, "spans": spans, "lookalikes": looks})
    return records


def check(records: list[dict]) -> None:
    ids = set()
    for r in records:
        assert r["id"] not in ids
        ids.add(r["id"])
        text = r["text"]
        marks = sorted(r["spans"] + r["lookalikes"], key=lambda x: (x["start"], x["end"]))
        for a in marks:
            assert text[a["start"]:a["end"]] == a["text"], (r["id"], a)
            assert a["text"] == a["text"].strip() and a["text"], (r["id"], a)
        for a, b in zip(marks, marks[1:]):
            assert a["end"] <= b["start"], (r["id"], a, b)


def summary(records: list[dict]) -> str:
    types = Counter(s["type"] for r in records for s in r["spans"])
    kinds = Counter(x["kind"] for r in records for x in r["lookalikes"])
    lines = [
        f"notes: {len(records)}  genres: {len({r['genre'] for r in records})}",
        f"PHI spans: {sum(types.values())}",
        "  " + ", ".join(f"{t} {c}" for t, c in types.most_common()),
        f"look-alikes: {sum(kinds.values())}",
        "  " + ", ".join(f"{k} {c}" for k, c in kinds.most_common()),
    ]
    missing = TYPES - set(types)
    if missing:
        lines.append(f"missing types: {sorted(missing)}")
    return "\n".join(lines)


def main() -> None:
    records = build()
    check(records)
    with OUT.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {OUT}")
    print(summary(records))


if __name__ == "__main__":
    main()
