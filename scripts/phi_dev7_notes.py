"""Seventh development set of synthetic, annotated US clinical notes for de-identification.

Run ``python scripts/phi_dev7_notes.py`` from the repository root to (re)write
``medllm_utils/resources/data/phi_dev7_notes.jsonl``; ``build()`` returns the records and
``check(records)`` verifies them.  Standard library only, no randomness.

Written independently by a separate author, without looking at any detection rules or at the
other note sets, in the MAINSTREAM hospital and clinic genres a de-identification evaluation
would most often use, as many different hospitals, EHR templates and clinicians would write
them: admission histories and physicals, daily progress notes (medicine, surgery, ICU),
discharge summaries, emergency-department notes, inpatient consults (cardiology, infectious
diseases, nephrology, neurology, orthopaedics), referral letters and their replies, face
sheets and registration sheets, radiology reports, pathology reports, nursing admission
assessments and shift / hand-off notes, medication reconciliation, pharmacy notes
(pharmacokinetic dosing, anticoagulation clinic, discharge counselling), lab result messages
and critical-value call logs, transfer summaries, operative and procedure notes, outpatient
visits (primary care, Medicare wellness, cardiology, device clinic, endocrinology, neurology,
oncology), telephone encounters and nurse triage, patient-portal message threads, home-health
start-of-care intakes, and insurance, prior-authorisation and appeal letters.  The notes carry
letterheads with addresses, phone and fax numbers, signature blocks, cc lists, "Last, First"
and "First Last" names with titles and credentials, relatives and emergency contacts,
clinicians named in passing by surname only, patients called by first name or surname alone
later in a note, places of birth, residence and work in prose, and dates in many formats.
Everything is invented: people, streets, towns, numbers.  Phone and fax numbers use the
fictional 555-01xx range, e-mail and web addresses the reserved example.org/.com/.net domains,
IP addresses the documentation ranges (192.0.2.x, 198.51.100.x, 203.0.113.x, 2001:db8::),
SSNs the never-issued 9xx and 000 prefixes.

Mark-up: ``[[TYPE|text]]`` is an identifier (a PHI span), ``{{kind|text}}`` a look-alike that
must not be flagged.  The marks are stripped and the offsets computed here.

Annotation conventions (the same as the fifth and sixth sets')
- NAME: every person (patients, relatives, friends, neighbours, landlords, clinicians, staff,
  officers, interpreters, clerks, teachers, coaches, study staff).
  Titles (Dr., Mrs., Officer, Nurse, "SW", "RN" written before a name) and credentials
  (MD, RN, DDS, LCSW, PT, PharmD) stay outside the span; a possessive 's stays outside; "Last,
  First M" and "LAST, FIRST" are one span.  Particles and prefixes belong to the surname and
  stay inside ("van der Berg", "De la Cruz", "St. Clair", "O'Connell", "Al-Rashid").  A bare
  surname ("the Abernathy family") and a bare first name ("Daughter Rosalind called") are
  marked; lowercase and ALL-CAPS names are marked as written.  A nickname in quotes inside a
  full name is one span with the quotes; a nickname on its own is marked without its quotes.
  Initials and surname ("R.T. Okafor") are one span; a clinician's initials standing alone as
  a signature ("-- KL") are NAME.  "Baby Boy"/"Baby Girl" before a newborn's surname stays
  outside the span.  Names that are also common words (Hope, Faith, Will, Grant, ...) are
  marked when they name a person; the same words used as words are look-alikes (kind
  "other") in places.  A person's name inside an eponym (Parkinson disease, Babinski sign,
  Apgar score) is a look-alike (kind "eponym", or "score" for a scored scale).
- DATE: any date element more specific than a year: full dates, month-year, a month alone,
  "the 3rd" (with "the"), "6/4", "2nd of June", "June second", "20240604", "Jun '24".
  A weekday beside a date and a time of day stay outside; a weekday alone ("on Tuesday"),
  a season ("last summer") and relative dates ("3 days ago") are not PHI.  A modifier joined
  to the month by a hyphen stays inside ("mid-March 2023"); a separate word stays outside
  ("early [June]").  A range is two spans ("6/3" and "6/7" in "6/3-6/7").  A named holiday
  pins a calendar day and is a DATE: the holiday with its year when one is written;
  "last"/"this" stay outside.  A year alone is not PHI (look-alike kind "other" in places).
- AGE_OVER_89: the number only, in digits or in words: "92" in "92yo", "93" in "93F" and in
  "(F, 93)", "ninety-one" in "ninety-one-year-old".  A decade ("in her 90s",
  "nonagenarian") is the aggregated category and is not an identifier (look-alike, "age");
  so is a vague "ninety-something".  Ages up to 89 are look-alikes (kind "age").
- STREET: the street line with its apartment, unit or suite; PO boxes, rural routes, numbered
  roads and highways used to locate a person, an intersection as one span, a descriptive
  address phrase as one span.  Businesses used as landmarks are not PHI.
  CITY: towns, cities, counties, townships, neighbourhoods and named localities used to place
  a person; a leading "the" stays outside.  The place in the name of a public body is marked
  ("[Springdale] PD", "[Marlow County] Jail", "[Eastbrook] Unified School District"); the name
  of a private organisation that contains a place word ("Fairview Family Medicine") is not PHI
  (look-alike, "facility").  ZIP: five digits or ZIP+4 as one span.  State names and
  abbreviations and countries are not PHI.
- PHONE / FAX: the whole number, with its extension when one is written next to it.  Numbers,
  addresses, e-mails and URLs of clinicians, clinics and agencies are marked like the
  patient's; the names of hospitals, clinics, pharmacies, agencies, schools, employers and
  insurers are not (some are marked as look-alikes, kind "facility").
- EMAIL: the whole address.  URL: the whole address.  IP: IPv4 or IPv6 address.
- SSN: the whole number.  MRN: medical record numbers.  ACCOUNT: hospital, billing and
  guarantor account numbers.  HEALTH_PLAN: member, subscriber, Medicare (MBI), Medicaid and
  group numbers.  LICENSE: driver's licence, CDL, professional licence, NPI and DEA numbers:
  the number only, its label outside.  VEHICLE: licence plates (the plate text, the state
  outside) and VINs.  DEVICE: serial numbers and UDIs of a patient's own devices and implants
  (model names are look-alikes, kind "device_model").  BIOMETRIC: identifiers of fingerprint,
  palm-vein, voice, face and iris templates.  OTHER_ID: encounter/FIN/CSN numbers, accession,
  specimen, claim, case, booking, inmate, badge, employee, student, certificate, docket, study
  subject ids, usernames, prior-authorisation and reference numbers.
- Look-alike kinds: drug, eponym, lab, dose, score, device_model, code, age, facility, other
  (times, rooms and beds, tooth numbers, call signs, years alone, state names, lot numbers,
  common words that are also names).  Look-alikes are a sample; not every drug or lab value is
  marked.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))   # scripts/phi_markup.py
from phi_markup import build_records, check_set, write_set

OUT = Path(__file__).resolve().parents[1] / "medllm_utils" / "resources" / "data" / "phi_dev7_notes.jsonl"


NOTES = []


def note(nid, genre, body):
    NOTES.append((nid, genre, body.strip("\n")))


note("M001", "admission history and physical (hospitalist)", """
HOSPITALIST ADMISSION HISTORY AND PHYSICAL
{{facility|Riverside Methodist Hospital}} - 6 West

Patient: [[NAME|Kowalczyk, Dorothy A]]     MRN: [[MRN|E10482291]]     CSN: [[OTHER_ID|2210045873]]
DOB: [[DATE|04/19/1931]]     Age: [[AGE_OVER_89|93]] y.o.     Sex: F
Admit date: [[DATE|01/06/2025]]     Attending: [[NAME|Nathaniel Brooks]], MD
PCP: [[NAME|Shirley Okafor]], DO ({{facility|Westgate Internal Medicine}})
Source: ED via EMS from home

CHIEF COMPLAINT: "I can't catch my breath."

HPI: Mrs. [[NAME|Kowalczyk]] is a [[AGE_OVER_89|93]] y.o. female with HFrEF (EF 30% on TTE [[DATE|08/2024]]), paroxysmal AF on {{drug|Eliquis}}, CKD 3b and hypothyroidism who presents with 4 days of progressive dyspnea on exertion, 3-pillow orthopnea and a 6 lb weight gain. Her daughter [[NAME|Barbara Lindqvist]], who lives with her on [[STREET|Poplar Ridge Road]] in [[CITY|Grove City]], reports she ran out of {{drug|furosemide}} around [[DATE|Christmas]] and the refill was never picked up. No chest pain, no syncope. In the ED {{lab|BNP 2,140}}, {{lab|troponin 0.03}}, {{lab|creatinine 1.8}} (baseline 1.5), CXR with bilateral effusions. She received {{drug|Lasix}} {{dose|40 mg IV}} with 900 mL UOP and is now on {{dose|2 L}} NC.

PAST MEDICAL HISTORY: HFrEF, PAF ({{score|CHA2DS2-VASc 5}}), CKD 3b, hypothyroidism, OA knees, remote breast cancer s/p lumpectomy {{other|1996}}.
PAST SURGICAL HISTORY: lumpectomy; cholecystectomy; R TKA.
MEDICATIONS: {{drug|apixaban}} {{dose|2.5 mg BID}}, {{drug|metoprolol succinate}} {{dose|25 mg daily}}, {{drug|Synthroid}} {{dose|75 mcg}}, furosemide 20 mg daily (not taking), {{drug|Tylenol}} prn.
ALLERGIES: sulfa (rash).
SOCIAL HISTORY: Widowed; husband [[NAME|Edward]] died in {{other|2019}}. Retired cafeteria manager for the [[CITY|Grove City]] school district. Never smoker, no alcohol. Walks with a cane.
FAMILY HISTORY: Mother with CHF; brother with CAD.

EXAM: T 36.8, HR 88 irregular, BP 142/78, RR 22, SpO2 94% on 2 L.
Elderly woman, mildly dyspneic at rest. JVP to the angle of the jaw. Bibasilar crackles. Irregularly irregular, 2/6 SEM. 2+ pitting edema to the knees.

ASSESSMENT AND PLAN:
1. Acute on chronic HFrEF, precipitated by diuretic non-adherence - IV furosemide 40 mg BID, strict I/O, daily weights, fluid restriction 1.5 L, BMP in AM. Repeat echo not needed (recent).
2. AKI on CKD 3b, likely cardiorenal - trend creatinine.
3. Paroxysmal AF, rate controlled - continue apixaban (dose appropriate for age and weight).
4. Goals of care - DNR/DNI confirmed with the patient and with [[NAME|Barbara]] at bedside.

HCP: [[NAME|Barbara Lindqvist]] (daughter)  cell [[PHONE|(614) 555-0187]]
Discussed with ED physician Dr. [[NAME|Castellanos]].

Electronically signed by [[NAME|Nathaniel Brooks]], MD on [[DATE|01/06/2025]] at {{other|23:14}}
""")

note("M002", "daily progress note (internal medicine, SOAP)", """
Progress Note - Internal Medicine Teaching Service (Gold Team)
Pt: [[NAME|Jerome Whitfield]]    MRN [[MRN|0087734152]]    Rm {{other|512-B}}
Hospital day 3    Date of service: [[DATE|Feb 11, 2025]]

S: Overnight no events per night float (Dr. [[NAME|Ayesha Siddiqui]] covering). Mr. [[NAME|Whitfield]] says his cough is "a lot looser." Ate 75% of breakfast. Wife [[NAME|Loretta]] visited last evening and asked about discharge timing.

O: Tmax 37.9 (down from 39.2), HR 92, BP 128/74, RR 18, SpO2 95% RA
Lungs: coarse crackles R base, improved. No accessory muscle use.
Labs: {{lab|WBC 11.2}} (from 17.4), {{lab|Na 134}}, {{lab|procalcitonin 0.6}}, {{lab|lactate 1.1}}
Blood cultures [[DATE|2/8]] NGTD x 2. Sputum: normal flora. {{lab|Legionella urinary antigen}} negative.

A/P: {{age|58}} y/o M with T2DM, tobacco use, admitted [[DATE|2/8]] with RLL CAP ({{score|CURB-65 1}}), improving.
- CAP: day 4 of {{drug|ceftriaxone}} {{dose|1 g IV q24h}} + {{drug|azithromycin}} (completed 3 days). Transition to {{drug|amoxicillin-clavulanate}} {{dose|875 mg BID}} PO to finish 5-7 days total.
- T2DM: glucose 140-210 on {{drug|Lantus}} {{dose|18 units}} qHS + SSI; resume {{drug|metformin}} at discharge. {{lab|A1c 8.9%}}.
- Tobacco: 1 ppd x 35 yrs. {{drug|nicotine patch}} {{dose|21 mg}}; counselled. Quitline referral placed.
- Dispo: likely home [[DATE|2/12]] with his wife. PCP follow-up with Dr. [[NAME|Greenberg]] within 1 week.

Seen and discussed with attending Dr. [[NAME|Okwuosa]].
[[NAME|Ryan T. Callahan]], MD, PGY-2     pager via operator
Attending attestation: I saw and examined the patient with Dr. [[NAME|Callahan]] and agree with the plan. -- [[NAME|Chidinma Okwuosa]], MD [[DATE|02/11/2025]]
""")

note("M003", "discharge summary (medicine)", """
DISCHARGE SUMMARY

Name: [[NAME|HERNANDEZ, MARIA GUADALUPE]]          MRN: [[MRN|4471098]]
Account #: [[ACCOUNT|HA-20250302-7719]]          DOB: [[DATE|11/02/1962]]
Admission: [[DATE|03/02/2025]]          Discharge: [[DATE|03/06/2025]]
Attending: [[NAME|Kevin O'Rourke]], MD          Service: Hospital Medicine
Discharging provider: [[NAME|Tamara Jefferson]], PA-C
Primary care: [[NAME|Luis Ybarra]], MD - {{facility|San Gabriel Valley Community Health Center}}

ADMITTING DIAGNOSIS: Diabetic ketoacidosis
DISCHARGE DIAGNOSES:
1. DKA, resolved ({{code|E11.10}})
2. Type 2 diabetes mellitus, uncontrolled, {{lab|A1c 13.1%}}
3. Acute kidney injury, prerenal, resolved
4. Urinary tract infection, Escherichia coli, pan-sensitive

HOSPITAL COURSE: Ms. [[NAME|Hernandez]] is a {{age|62}}-year-old woman with T2DM who stopped her insulin when she lost her job at the packing plant in [[CITY|Pico Rivera]] in [[DATE|January]] and could not afford it. She presented with vomiting and polyuria; initial {{lab|glucose 612}}, {{lab|anion gap 24}}, {{lab|bicarbonate 9}}, {{lab|beta-hydroxybutyrate 6.2}}. Treated per DKA protocol with IV insulin drip and fluids in the stepdown unit; gap closed within 18 hours and she was transitioned to basal-bolus insulin on [[DATE|3/3]]. Urine culture grew E. coli; treated with {{drug|ceftriaxone}} then {{drug|cephalexin}}. Creatinine peaked at 1.9 and returned to 0.8. Diabetes educator [[NAME|Nkechi Obi]], RN, CDCES, taught insulin pen technique to the patient and her son [[NAME|Rafael]], who will help with injections. Social work ([[NAME|Gloria Santiago]], LCSW) enrolled her in the manufacturer assistance program and helped apply for Medi-Cal.

DISCHARGE MEDICATIONS:
- {{drug|insulin glargine}} {{dose|22 units}} subcut nightly (NEW)
- {{drug|insulin lispro}} {{dose|6 units}} with meals + correction scale (NEW)
- {{drug|metformin}} {{dose|1000 mg BID}} (resume)
- {{drug|cephalexin}} {{dose|500 mg}} four times daily through [[DATE|3/9]] (NEW)
- {{drug|lisinopril}} {{dose|10 mg}} daily (continue)

FOLLOW-UP: Dr. [[NAME|Ybarra]] on [[DATE|March 13, 2025]] at 9:40 AM, {{facility|San Gabriel Valley Community Health Center}}, [[STREET|1840 E. Valley Blvd]], [[CITY|El Monte]], CA [[ZIP|91731]], phone [[PHONE|626-555-0148]]. Endocrinology referral placed.
Condition at discharge: stable. Disposition: home with son.

cc: [[NAME|Luis Ybarra]], MD (fax [[FAX|626-555-0149]])
Dictated by [[NAME|T. Jefferson]], PA-C for [[NAME|K. O'Rourke]], MD   D: [[DATE|03/06/2025]]  T: [[DATE|03/07/2025]]  Job [[OTHER_ID|884120]]
""")

note("M004", "emergency department provider note (chest pain)", """
EMERGENCY DEPARTMENT PROVIDER NOTE
{{facility|Mercy Health - Lorain Hospital}}
Arrival: [[DATE|4/22/2025]] 02:47     Triage ESI: 2     Room: {{other|ED 14}}
Patient: [[NAME|Darnell L. Washington]]     DOB: [[DATE|7/30/1971]]     MRN: [[MRN|MHL-3310458]]
Enc #: [[OTHER_ID|9001274436]]
ED attending: [[NAME|Priya Raghunathan]], MD     Scribe: [[NAME|Jacob Hess]]

HPI: {{age|53}} yo M with HTN, HLD, former smoker presents with substernal chest pressure that woke him from sleep around 1 AM, radiating to L arm, with diaphoresis. He drove himself in; his pickup is in the ambulance bay (Ohio plate [[VEHICLE|JRK 4471]]) and security has been asked to move it. Took {{drug|aspirin}} {{dose|325 mg}} at home. Works second shift at the Ford plant in [[CITY|Avon Lake]]. Girlfriend [[NAME|Tanisha Moore]] en route.

ROS: negative except as above.
PMH: HTN, HLD. Meds: {{drug|amlodipine}} {{dose|10 mg}}, {{drug|Lipitor}} {{dose|40 mg}}.
Exam: BP 168/96, HR 104, SpO2 97% RA. Diaphoretic, anxious. Lungs clear. No murmur. No {{eponym|Homans sign}}. Pulses equal.

ECG {{other|02:51}}: sinus tachycardia 104, 2 mm ST elevation II, III, aVF with reciprocal depression I, aVL. Read by me and discussed with cardiology fellow Dr. [[NAME|Nguyen]].
Labs: {{lab|hs-troponin T 88 ng/L}}, {{lab|K 3.9}}, {{lab|Cr 1.0}}.

MDM / ED course: Inferior STEMI. Cath lab activated at {{other|02:55}} (interventionalist Dr. [[NAME|Abernathy]] notified). {{drug|heparin}} {{dose|4,000 units IV}} bolus, {{drug|Brilinta}} {{dose|180 mg}} PO load, {{drug|nitroglycerin}} SL x1 (pain 8 -> 5). Right-sided leads without RV involvement. Patient to cath lab at {{other|03:19}}, door-to-balloon tracking per protocol.

Diagnosis: STEMI, inferior wall ({{code|I21.19}})
Disposition: Cath lab -> CICU. Critical care time 42 minutes excluding procedures.

Emergency contact: [[NAME|Tanisha Moore]] (girlfriend) [[PHONE|440-555-0166]]; mother [[NAME|Evelyn Washington]] [[PHONE|440-555-0107]]
Scribe attestation: I, [[NAME|Jacob Hess]], scribed for Dr. [[NAME|Raghunathan]]. Provider attestation: I personally performed the services documented. [[NAME|P. Raghunathan]], MD
""")

note("M005", "inpatient cardiology consult", """
CARDIOLOGY CONSULTATION
Requesting physician: [[NAME|Miriam Adler]], MD (Hospitalist)
Consultant: [[NAME|Vikram S. Mehta]], MD, FACC - {{facility|Lakeshore Heart and Vascular}}
Date: [[DATE|May 3rd, 2025]]

Patient: [[NAME|Thompson, Gary Wayne]]    MRN: [[MRN|L0049981327]]    FIN: [[OTHER_ID|25123-004417]]
Reason for consult: new atrial fibrillation with RVR after hip surgery.

HPI: Mr. [[NAME|Thompson]] is an {{age|81}}-year-old man, POD 2 from R hip ORIF (Dr. [[NAME|Lindgren]], ortho) after a fall at his home in [[CITY|Sheboygan Falls]], who went into AF with rates 140-160 overnight. Asymptomatic except palpitations. No prior AF. Outside echo from {{other|2023}} not available; he had a "heart test" at {{facility|Aurora Sheboygan Memorial}} per his son [[NAME|Craig]].

Meds: {{drug|metoprolol tartrate}} {{dose|25 mg}} PO q6h started overnight, {{drug|enoxaparin}} {{dose|40 mg}} daily (DVT ppx), {{drug|oxycodone}} prn.
Labs: {{lab|TSH 1.8}}, {{lab|Mg 1.6}}, {{lab|K 3.4}}, {{lab|Hgb 9.6}}.
ECG: AF 132, LAD, no acute ST change.
Bedside echo: LVEF 50-55%, mild LAE, no effusion.

Impression:
1. New-onset AF with RVR, postoperative, in setting of pain, anemia and hypokalemia/hypomagnesemia.
   {{score|CHA2DS2-VASc 3}} (age, HTN); {{score|HAS-BLED 2}}.
2. Post-op anemia.

Recommendations:
- Replete K to > 4.0 and Mg to > 2.0.
- Uptitrate metoprolol to 50 mg q6h; convert to {{drug|Toprol XL}} once stable.
- Anticoagulation: reasonable to start {{drug|apixaban}} {{dose|5 mg BID}} once cleared by ortho for bleeding (spoke with Dr. [[NAME|Lindgren]]; OK from POD 3).
- Formal TTE. Outpatient follow-up with me in 4-6 weeks; consider cardioversion if persists.

Thank you for this consult. Will follow.
[[NAME|Vikram Mehta]], MD    Cardiology office [[PHONE|920-555-0124]]    fax [[FAX|920-555-0125]]
""")

note("M006", "referral letter (primary care to gastroenterology)", """
{{facility|Maple Hollow Family Medicine}}
[[STREET|2215 Kingsbury Avenue, Suite 200]]
[[CITY|Bloomington]], IN [[ZIP|47401]]
Tel [[PHONE|(812) 555-0132]]   Fax [[FAX|(812) 555-0133]]   [[URL|www.maplehollowfm.example.org]]

[[DATE|June 9, 2025]]

[[NAME|Harold Feinstein]], MD
{{facility|Southern Indiana Digestive Health}}
[[STREET|880 W. 3rd Street]]
[[CITY|Bloomington]], IN [[ZIP|47404]]
Fax: [[FAX|(812) 555-0190]]

RE: [[NAME|Amanda J. Pruitt]]     DOB: [[DATE|02/14/1988]]     Our chart #: [[MRN|MHF-22871]]

Dear Dr. [[NAME|Feinstein]],

Thank you for seeing Ms. [[NAME|Pruitt]], a {{age|37}}-year-old elementary school teacher from [[CITY|Ellettsville]], for evaluation of iron-deficiency anaemia and intermittent rectal bleeding. She reports 6 months of loose stools 3-5 times daily, crampy lower abdominal pain and bright red blood on the tissue several times a week, with an 11 lb unintentional weight loss since [[DATE|December]]. Her father [[NAME|Dale]] was diagnosed with {{eponym|Crohn disease}} in his twenties.

Recent labs ([[DATE|5/28/2025]]): {{lab|Hgb 9.4}}, {{lab|MCV 71}}, {{lab|ferritin 6}}, {{lab|CRP 18}}, {{lab|fecal calprotectin 640}}. Celiac serology negative. Stool studies negative for C. difficile and ova and parasites.

She has started {{drug|ferrous sulfate}} {{dose|325 mg}} every other day. I have held her {{drug|naproxen}}. Her insurance is Anthem PPO, member ID [[HEALTH_PLAN|XJH884102771]].

I would be grateful for colonoscopy and your management recommendations. Her preferred number is [[PHONE|812-555-0176]] and she is happy to be contacted by e-mail at [[EMAIL|amanda.pruitt88@mail.example.com]].

Sincerely,

[[NAME|Rebecca Stanhope]], MD
Family Medicine
NPI [[LICENSE|1093847265]]

cc: patient; chart
""")

note("M007", "consultation reply letter (gastroenterology to primary care)", """
{{facility|Southern Indiana Digestive Health}}
[[STREET|880 W. 3rd Street]], [[CITY|Bloomington]], IN [[ZIP|47404]] * Phone [[PHONE|812-555-0189]] * Fax [[FAX|812-555-0190]]

[[DATE|July 2, 2025]]

Dr. [[NAME|Rebecca Stanhope]]
{{facility|Maple Hollow Family Medicine}}
Via fax [[FAX|(812) 555-0133]]

Re: [[NAME|PRUITT, AMANDA J]]  DOB [[DATE|2/14/1988]]  SIDH MRN [[MRN|0004412987]]

Dear [[NAME|Rebecca]],

I saw [[NAME|Amanda]] in clinic on [[DATE|June 24]] and performed colonoscopy on [[DATE|June 30, 2025]]. Findings: continuous mild-to-moderate inflammation from the rectum to the hepatic flexure (Mayo endoscopic subscore 2), normal terminal ileum. Biopsies (accession [[OTHER_ID|GI25-11873]]) showed chronic active colitis with crypt abscesses, no granulomas and no dysplasia - consistent with ulcerative colitis rather than Crohn disease, despite her family history.

Plan:
1. {{drug|mesalamine}} ({{drug|Lialda}}) {{dose|4.8 g}} daily.
2. {{drug|budesonide MMX}} {{dose|9 mg}} daily for 8 weeks.
3. Continue oral iron; IV iron if {{lab|Hgb}} not improving by the next visit.
4. TB QuantiFERON and hepatitis B serologies in case escalation to biologic therapy is needed.

I will see her again in 8 weeks. My nurse [[NAME|Kristin Yoder]], RN, will call her at home with the pathology results.

With kind regards,

[[NAME|Harold Feinstein]], MD, AGAF
Gastroenterology
[[EMAIL|hfeinstein@sidh.example.net]]
""")

note("M008", "hospital face sheet (registration)", """
=========================  PATIENT FACE SHEET  =========================
{{facility|Good Samaritan Regional Medical Center}}           Printed [[DATE|08/14/2025]] {{other|07:02}}

PATIENT NAME:      [[NAME|TRAN, MINH KHOA]]                 PREFERRED: [[NAME|Kevin]]
MRN:               [[MRN|GS-00719304]]                  ACCT #:   [[ACCOUNT|5100982376]]
DOB:               [[DATE|03/11/1957]]      AGE: {{age|68}}    SEX: M    MARITAL: M
SSN:               [[SSN|900-38-4417]]
ADDRESS:           [[STREET|4127 Dahlia Court]]
                   [[CITY|Garden Grove]], CA [[ZIP|92843-1107]]
HOME PHONE:        [[PHONE|(714) 555-0114]]      CELL: [[PHONE|(714) 555-0115]]
E-MAIL:            [[EMAIL|mkhoa.tran@inbox.example.com]]
LANGUAGE:          Vietnamese (interpreter requested)
RELIGION:          Buddhist
EMPLOYER:          Self-employed (nail salon owner)
DRIVER LIC:        CA [[LICENSE|D4418273]]
PARKING:           Garage B, vehicle CA [[VEHICLE|8KTR214]]
PALM-VEIN ID:      [[BIOMETRIC|PSV-2200481177]]

ADMIT DATE/TIME:   [[DATE|08/13/2025]] 22:40       ADMIT TYPE: Emergency
ATTENDING:         [[NAME|ROSENTHAL, DAVID M]] MD
ADMITTING DX:      Acute cholecystitis
ROOM/BED:          {{other|4N-418-2}}

GUARANTOR:         [[NAME|TRAN, MINH KHOA]] (self)
PRIMARY INS:       Medicare Part A/B        MBI: [[HEALTH_PLAN|5TY2-KP8-MW41]]
SECONDARY INS:     AARP Medicare Supplement   Member #: [[HEALTH_PLAN|AR39927151]]

EMERGENCY CONTACT 1: [[NAME|NGUYEN, THI LAN]] (spouse)   [[PHONE|(714) 555-0116]]
EMERGENCY CONTACT 2: [[NAME|TRAN, VIVIAN]] (daughter)     [[PHONE|(949) 555-0139]]
PCP:               [[NAME|PHAM, ANH]] MD   [[PHONE|(714) 555-0172]]
ADVANCE DIRECTIVE: On file ([[DATE|10/2021]])
Registered by:     [[OTHER_ID|mgarcia2]]
=======================================================================
""")

note("M009", "radiology report (CT head without contrast)", """
EXAM: CT HEAD WITHOUT CONTRAST
ACCESSION: [[OTHER_ID|CT2509184420]]          MRN: [[MRN|004418827]]
PATIENT: [[NAME|Abramowitz, Sylvia]]          DOB: [[DATE|09-Jan-1933]]  ([[AGE_OVER_89|92]] Y F)
ORDERING: [[NAME|Brandon Yates]], DO (Emergency Medicine)
EXAM DATE: [[DATE|18-Sep-2025]] 16:42

CLINICAL HISTORY: [[AGE_OVER_89|92]]-year-old female, fall at {{facility|Brookdale Willow Creek}} assisted living, on {{drug|warfarin}}, {{lab|INR 3.4}}, headache.

TECHNIQUE: Axial CT images of the head were obtained without intravenous contrast. Dose-reduction technique used (CTDIvol 52 mGy).

COMPARISON: CT head [[DATE|03/02/2024]] from outside facility, pushed to PACS from [[IP|198.51.100.37]].

FINDINGS:
Acute right frontoparietal subdural hematoma measuring up to 9 mm in thickness with 4 mm leftward midline shift. No intraventricular extension. Basal cisterns are patent. Age-related volume loss and chronic small vessel ischemic changes. No calvarial fracture. Small left frontal scalp hematoma.

IMPRESSION:
1. Acute right subdural hematoma, 9 mm, with 4 mm midline shift.
2. No fracture.

Critical result communicated by telephone to Dr. [[NAME|Yates]] at {{other|16:58}} on [[DATE|9/18/2025]], read back confirmed.

Interpreted by: [[NAME|Olusegun Adeyemi]], MD, Neuroradiology
Electronically signed [[DATE|09/18/2025]] {{other|17:03}}
""")

note("M010", "surgical pathology report (breast core biopsy)", """
SURGICAL PATHOLOGY REPORT
{{facility|Tri-County Pathology Associates}}, [[STREET|300 Medical Park Drive]], [[CITY|Concord]], NC [[ZIP|28025]]   Tel [[PHONE|704-555-0155]]

Patient: [[NAME|Brooks-Ellison, Keisha R.]]      Case: [[OTHER_ID|S25-047719]]
MRN: [[MRN|CH7734410]]      DOB: [[DATE|12/05/1979]]      Sex: F
Collected: [[DATE|10/07/2025]]      Received: [[DATE|10/07/2025]]      Reported: [[DATE|10/09/2025]]
Submitting physician: [[NAME|Angela Whitaker]], MD (Breast Imaging)
Copy to: [[NAME|Marcus Hill]], MD (Surgical Oncology)

SPECIMEN: A. Left breast, 2 o'clock, 6 cm FN, ultrasound-guided core biopsy (4 cores)

CLINICAL HISTORY: {{age|45}}-year-old woman with a 1.4 cm irregular mass, {{code|BI-RADS 5}}.

GROSS DESCRIPTION: Received in formalin labelled with the patient's name "[[NAME|Keisha Brooks-Ellison]]" and "L breast 2:00" are four tan-white cores, 1.2 to 1.6 cm. Cold ischemia < 1 hr; formalin fixation 6:10 hrs. Entirely submitted in A1-A2. ([[NAME|jmw]])

MICROSCOPIC / DIAGNOSIS:
A. Left breast, 2:00, core biopsy:
   - Invasive ductal carcinoma, {{score|Nottingham grade 2}} (tubules 3, nuclei 2, mitoses 1; total 6/9).
   - Ductal carcinoma in situ, solid type, intermediate nuclear grade.
   - No lymphovascular invasion identified.

BIOMARKERS (block A1):
   {{lab|ER positive (95%, strong)}}; {{lab|PR positive (60%, moderate)}}; {{lab|HER2 IHC 1+}} (negative); {{lab|Ki-67 15%}}.

Results called to Dr. [[NAME|Whitaker]]'s nurse [[NAME|Tonya]] on [[DATE|10/9/25]] at 2:15 pm.

Pathologist: [[NAME|Samuel J. Kirkpatrick]], MD
""")

note("M011", "nursing admission assessment (medical-surgical unit)", """
NURSING ADMISSION ASSESSMENT - 5 North Med/Surg
Date/time of admission to unit: [[DATE|11/02/2025]] 1615
Patient: [[NAME|Eleanor M. Sutherland]]   MRN [[MRN|77104428]]   Age [[AGE_OVER_89|96]]
Arrived from: ED via stretcher, accompanied by niece [[NAME|Judith Carrow]]
Admitting MD: Dr. [[NAME|Iqbal]]     Primary RN: [[NAME|Courtney Blevins]], RN

ORIENTATION TO UNIT: call light, bed controls, fall precautions reviewed with pt and niece. Belongings: hearing aids (bilateral), upper denture, glasses, wedding ring (sent home with niece).
VITALS: T 37.2  P 76  R 18  BP 152/70  SpO2 96% RA  Pain 3/10 L hip
ALLERGIES: {{drug|codeine}} (nausea), adhesive tape (blisters)
ADVANCE DIRECTIVE: living will on file; HCPOA = nephew [[NAME|Douglas Carrow]], [[PHONE|(502) 555-0181]]
LIVES: alone in a one-story home on [[STREET|Oriole Lane]] in [[CITY|Shelbyville]]; neighbour Mrs. [[NAME|Pickett]] checks on her daily. Meals on Wheels.

SCREENS:
- {{score|Morse Fall Scale 65}} (HIGH) - bed alarm on, non-skid socks, toileting q2h.
- {{score|Braden 14}} (moderate risk) - turn q2h, heel offloading boots.
- CAM-ICU negative; A&O x3, HOH.
- Nutrition: {{lab|albumin 2.9}}; dietitian consult placed.
- Skin: stage 2 pressure injury sacrum 1.5 x 1 cm (photo in media tab), L heel blanchable redness.
- Lines: 20g PIV L forearm placed in ED {{other|1420}}. {{eponym|Foley}} not indicated.
- Vaccines: influenza given [[DATE|10/2025]] at pharmacy per niece.

Home meds brought in: reviewed with pharmacy tech; see Med Rec.
Education: fall prevention, incentive spirometer.
Comments: pt asks that her pastor, Rev. [[NAME|Eugene Whitlock]] of {{facility|Shelbyville First Baptist Church}}, be told she is here.
[[NAME|C. Blevins]], RN
""")

note("M012", "nursing shift note (night shift, telemetry)", """
Nursing Shift Note - Telemetry 3 East - Night 1900-0730
Pt: [[NAME|Ramirez, Jose Antonio]]   Rm {{other|3E-22}}   MRN [[MRN|TR5581902]]   DOS [[DATE|12/19/2025]]

1900 Report received from [[NAME|Stacy]] (day RN). Pt A&O x4, on tele, NSR 70s with occasional PVCs. {{drug|heparin}} gtt at {{dose|18 units/kg/hr}} per protocol; {{lab|anti-Xa 0.42}} at 1800 (therapeutic).
2130 Wife [[NAME|Marisela]] and son [[NAME|Javi]] left for the night; wife's cell [[PHONE|915-555-0153]] updated on whiteboard.
2300 Pt c/o chest "fluttering." 12-lead obtained: NSR 84, no acute changes per Dr. [[NAME|Kimura]] (night hospitalist). {{lab|K 3.6}}, {{lab|Mg 1.9}}; replaced per protocol.
0200 Security called re: vehicle TX plate [[VEHICLE|LMW-7720]] left running in the ED drop-off; belongs to pt's son - son notified by phone and moved car.
0415 AM labs drawn. {{lab|Hgb 12.1}}, {{lab|aPTT 74}}.
0600 Slept 4-5 hrs. Voiding qs. Up to BR with standby assist.
0700 Report given to [[NAME|Destiny Okeke]], RN at bedside (I-PASS).
Pt asked that Dr. [[NAME|Bhatt]] call his daughter [[NAME|Yesenia Ramirez-Holt]] in [[CITY|Las Cruces]] after rounds.
-- [[NAME|Hannah Weiss]], RN
""")

note("M013", "admission medication reconciliation (pharmacy technician and pharmacist)", """
MEDICATION RECONCILIATION - ADMISSION (PRIOR TO ADMISSION MED LIST)
Patient: [[NAME|Lorraine F. Baptiste]]     MRN: [[MRN|0600341187]]     Age: [[AGE_OVER_89|90]]
Encounter: [[OTHER_ID|ENC-88103346]]     Admit: [[DATE|01/21/2026]]
Sources used: patient's pill bottles (brought by grandson [[NAME|Marcus]]), {{facility|Walgreens}} #07714 fill history, Surescripts, PCP office (Dr. [[NAME|Antoine]], [[PHONE|504-555-0142]], fax [[FAX|504-555-0143]]).
Obtained by: [[NAME|Kiara Thibodeaux]], CPhT     Verified by: [[NAME|Paul Lemoine]], PharmD

| Medication | Dose / route / freq | Last dose | Source | Comment |
| {{drug|amlodipine}} | {{dose|5 mg}} PO daily | [[DATE|1/20]] AM | bottle, fill hx | |
| {{drug|Januvia}} (sitagliptin) | {{dose|50 mg}} PO daily | [[DATE|1/20]] AM | bottle | renally adjusted |
| {{drug|donepezil}} | {{dose|10 mg}} PO qHS | [[DATE|1/19]] | fill hx | grandson unsure if taking |
| {{drug|Xarelto}} | {{dose|15 mg}} PO with supper | [[DATE|1/20]] 1800 | bottle | CrCl 31 |
| {{drug|Fosamax}} | {{dose|70 mg}} PO weekly (Sundays) | [[DATE|1/18]] | pt report | |
| {{drug|omeprazole}} | {{dose|20 mg}} PO daily | unknown | OTC | |
| {{drug|Tylenol Arthritis}} | {{dose|650 mg}} PO TID prn | [[DATE|1/20]] | pt report | |

Discrepancies: PCP list from [[DATE|Oct 2025]] shows {{drug|glipizide}} 5 mg - patient states Dr. [[NAME|Antoine]] stopped it in [[DATE|November]] due to low sugars; confirmed with his office nurse [[NAME|Yvette]].
Allergies verified: {{drug|penicillin}} (hives as a child).
Preferred pharmacy: {{facility|Walgreens}}, [[STREET|4300 S. Claiborne Ave]], [[CITY|New Orleans]], LA [[ZIP|70125]], [[PHONE|504-555-0160]].
""")

note("M014", "clinical pharmacy note (vancomycin pharmacokinetic dosing)", """
PHARMACY CONSULT - VANCOMYCIN DOSING (AUC-guided)
Pt: [[NAME|O'Donnell, Brian Patrick]]    MRN [[MRN|V00293318]]    Unit 7 West, bed {{other|12}}
Consult ordered by: Dr. [[NAME|Farah]]    Date: [[DATE|2026-02-03]]

Indication: MRSA bacteremia (blood cx [[DATE|2026-02-01]] x2 positive), possible R knee septic arthritis.
Ht 183 cm, Wt 104 kg (actual), IBW 77.6 kg. {{lab|SCr 1.1}} (baseline 0.9), est CrCl 98 mL/min.

Levels: peak {{lab|vanc 38.2}} drawn {{other|1102}}, trough {{lab|vanc 14.6}} drawn {{other|1930}} on current {{dose|1,500 mg IV q12h}}.
Calculated AUC24 = 612 mg*h/L (target 400-600).

Recommendation: decrease to {{drug|vancomycin}} {{dose|1,250 mg IV q12h}}, next dose at {{other|2200}}. Predicted AUC 510. Repeat levels with the 4th dose. Monitor SCr daily. ID (Dr. [[NAME|Goldfarb]]) following; TEE pending.

Note: override pulled from cabinet 7W-A by RN [[NAME|Liam Foster]] using fingerprint template [[BIOMETRIC|FP-7W-00391284]] at {{other|1845}} - reviewed, appropriate.

[[NAME|Mei-Ling Chou]], PharmD, BCPS    Clinical Pharmacist, ext via operator
Discussed with ordering provider [[NAME|Yusuf Farah]], MD.
""")

note("M015", "lab result message (in-basket result note to patient via portal)", """
Result Note - sent to patient via MyChart
From: [[NAME|Jennifer Albright]], NP      To: [[NAME|Samuel Ortiz]]      Sent: [[DATE|3/4/2026]] 4:12 PM
Re: Lab results from [[DATE|3/2/2026]]

Hi [[NAME|Samuel]],

Your labs from Monday look mostly good. Your kidney function ({{lab|creatinine 0.94}}) and potassium ({{lab|potassium 4.3}}) are normal. Your cholesterol has improved a lot since you started {{drug|rosuvastatin}}: {{lab|LDL 88}} (was {{lab|LDL 164}} in [[DATE|September]]). Your {{lab|A1c 6.1%}} is in the prediabetes range, about the same as last year.

Your vitamin D is low at {{lab|vitamin D 17}}. Please start {{drug|vitamin D3}} {{dose|2,000 IU}} daily (over the counter). We will recheck it at your physical in [[DATE|August]].

If you have questions, reply here or call the clinic at [[PHONE|(303) 555-0119]].

[[NAME|Jennifer Albright]], NP
{{facility|Cherry Creek Primary Care}}

---- message audit ----
Read by patient [[DATE|03/04/2026]] 19:48 from [[IP|203.0.113.74]] (account [[OTHER_ID|sortiz_1984]])
""")

note("M016", "interfacility transfer summary (community hospital to tertiary centre)", """
INTERFACILITY TRANSFER SUMMARY
Sending: {{facility|Hillsdale Community Hospital}}, [[STREET|168 S. Howell St]], [[CITY|Hillsdale]], MI [[ZIP|49242]]
Receiving: {{facility|University of Michigan Health}} - Adult ED / Neuro ICU
Transfer center reference: [[OTHER_ID|TC-260418-0093]]    Accepting: Dr. [[NAME|Jonathan Meisel]] (neurosurgery)
Date/time: [[DATE|04/18/2026]] 03:10    Mode: ALS ground, [[CITY|Hillsdale County]] EMS Medic 4

Patient: [[NAME|Kyle Anderson]]    DOB: [[DATE|08/23/1990]]    MRN (HCH): [[MRN|H0188427]]

Reason for transfer: traumatic SAH and L temporal contusion requiring neurosurgical evaluation, not available at this facility.

Summary: {{age|35}} y/o M, unhelmeted ATV rollover on a farm off [[STREET|Bankers Road]] near [[CITY|Osseo]] around 2300. Brought by [[CITY|Jefferson Township]] Fire. {{score|GCS 13}} (E3V4M6) on arrival, now 14. CT head: small L temporal contusion and scattered SAH; CT C-spine negative. {{lab|ETOH 188}}. {{lab|INR 1.0}}, {{lab|Plt 214}}.
Given: {{drug|levetiracetam}} {{dose|1,000 mg IV}}, {{drug|ondansetron}} {{dose|4 mg IV}}, tetanus booster. C-collar in place.
Images sent via image-share; CD with patient.

Family: fiancee [[NAME|Brianna Schultz]] [[PHONE|517-555-0128]] following by car. Parents ([[NAME|Dale]] and [[NAME|Cheryl Anderson]]) notified.
Transferring physician: [[NAME|Leah Vandermolen]], DO     ED phone [[PHONE|517-555-0100]]     ED fax [[FAX|517-555-0101]]
Report called to receiving RN [[NAME|Marcus Bell]] at {{other|0258}}.
""")

note("M017", "operative note (total knee arthroplasty)", """
OPERATIVE NOTE

Date of procedure: [[DATE|05/12/2026]]
Patient: [[NAME|Patricia Ann Delgado]]     MRN: [[MRN|PMC-1002873]]     DOB: [[DATE|1/9/1955]]
Surgeon: [[NAME|Gregory Halvorsen]], MD
Assistant: [[NAME|Tiffany Chu]], PA-C
Anesthesia: spinal with adductor canal block ([[NAME|Oluwaseun Bello]], MD)

Preoperative diagnosis: Primary osteoarthritis, left knee ({{code|M17.12}})
Postoperative diagnosis: Same
Procedure: Left total knee arthroplasty, cemented ({{code|CPT 27447}})

Implants:
- Femur: {{device_model|Stryker Triathlon CR}} size 4, SN [[DEVICE|TRF4-88120637]]
- Tibial baseplate: {{device_model|Triathlon Universal}} size 4, SN [[DEVICE|TRT4-55019823]]
- Insert: CS 11 mm, lot {{other|LOT 2401187}}
- Patella: 32 mm symmetric, lot {{other|LOT 2398843}}
- Cement: {{device_model|Simplex P}} with tobramycin

Tourniquet: 300 mmHg x 68 min.  EBL: 100 mL.  {{drug|Tranexamic acid}} {{dose|1 g IV}} x2.  {{drug|cefazolin}} {{dose|2 g}} pre-incision.

Indications: {{age|71}}-year-old retired postal carrier from [[CITY|Sun City West]] with end-stage L knee OA, failed injections and PT. Risks, benefits and alternatives discussed; she and her husband [[NAME|Ray]] wished to proceed.

Description: Medial parapatellar arthrotomy. Standard distal femoral and proximal tibial cuts with extramedullary guide. Balanced in flexion and extension. Components cemented. Periarticular injection of {{drug|ropivacaine}}, {{drug|ketorolac}} and epinephrine. Layered closure, {{device_model|Prevena}} incisional wound vac applied.

Complications: none. Counts correct per circulating RN [[NAME|Ashley Gorman]].
Disposition: PACU then ortho floor. PT POD 0. {{drug|aspirin}} {{dose|81 mg BID}} x 35 days for VTE prophylaxis.

[[NAME|Gregory Halvorsen]], MD    [[DATE|5/12/2026]] {{other|10:42}}
""")

note("M018", "primary care office visit (follow-up of hypertension and diabetes)", """
{{facility|Eastside Family Health}} - Office Visit
Patient: [[NAME|Williams, Cedric]]    DOB: [[DATE|10/17/1966]]    Acct: [[ACCOUNT|EFH-48812]]    MRN: [[MRN|EF00482216]]
Visit date: [[DATE|June 3, 2026]]    Provider: [[NAME|Hope Castillo]], MD    MA: [[NAME|Brittany]]
Insurance: BCBS of Illinois, ID [[HEALTH_PLAN|XOF900417736]], group [[HEALTH_PLAN|284117]]

CC: 3-month f/u HTN, DM2; R shoulder pain

HPI: Mr. [[NAME|Williams]] is a {{age|59}} yo man, CTA bus driver, here for follow-up. Home BP readings 130s-140s/80s. Taking {{drug|losartan}} {{dose|100 mg}} and {{drug|HCTZ}} {{dose|25 mg}} daily. Sugars 110-160 fasting on {{drug|metformin}} {{dose|1,000 mg BID}} and {{drug|Jardiance}} {{dose|10 mg}}. Reports R shoulder pain x 6 weeks after lifting a wheelchair ramp at work; worse with overhead reach. No numbness.
Needs DOT medical card renewal next month (CDL [[LICENSE|W452-8811-3047]]).

Exam: BP 138/86 (repeat 134/84), HR 72, BMI 33.4. R shoulder: painful arc 70-120, positive {{eponym|Neer sign}} and {{eponym|Hawkins test}}, strength 5/5, negative drop arm.
Labs today: {{lab|A1c 7.2%}}, {{lab|microalbumin/Cr 42}}, {{lab|LDL 96}}.
{{score|PHQ-2 0}}.

A/P:
1. HTN - near goal; add {{drug|amlodipine}} {{dose|5 mg}}. Recheck 4 weeks with nurse visit.
2. DM2 with microalbuminuria - continue; ARB already on board. Diabetic eye exam due - referral to {{facility|Chicago Eye Institute}}.
3. R shoulder rotator cuff tendinopathy - PT referral, {{drug|meloxicam}} {{dose|7.5 mg}} x 2 weeks with food; subacromial injection if no better.
4. Health maintenance: colonoscopy {{other|2021}}? -> verify; flu shot in fall.

Wife [[NAME|Denise]] is also our patient; he asks that we coordinate her appointment on the same day.
RTC 3 months. [[NAME|H. Castillo]], MD
""")

note("M019", "cardiology device clinic visit (pacemaker interrogation)", """
{{facility|Piedmont Heart Rhythm Center}} - Device Clinic
[[STREET|95 Collier Road NW, Suite 2065]], [[CITY|Atlanta]], GA [[ZIP|30309]]   [[PHONE|404-555-0161]]

Patient: [[NAME|Gladys Pennington]]    DOB: [[DATE|05/30/1934]]    Age: [[AGE_OVER_89|91]]    MRN: [[MRN|PH-6620418]]
Date: [[DATE|7/14/2026]]    Electrophysiologist: [[NAME|Arjun Venkataraman]], MD    Device RN: [[NAME|LaToya Grier]], RN

Device: {{device_model|Medtronic Azure XT DR MRI SureScan}} dual-chamber pacemaker, SN [[DEVICE|RNB418822S]], implanted [[DATE|03/08/2021]] by Dr. [[NAME|Sokolov]] for sick sinus syndrome.
RA lead {{device_model|CapSureFix Novus 5076}}, SN [[DEVICE|PJN7730412]]; RV lead 5076, SN [[DEVICE|PJN7730598]].
Remote monitoring: {{device_model|MyCareLink}} bedside monitor, last transmission [[DATE|6/30/2026]] from [[IP|192.0.2.118]].

Interrogation: battery 8.5 yrs, RA sensing 2.8 mV, RA threshold 0.75 V @ 0.4 ms, RV threshold 1.0 V @ 0.4 ms, RV impedance 532 ohms. AP 88%, VP 4%. Mode AAI<=>DDD, lower rate 60.
Events: 3 AHRE episodes, longest 4 min on [[DATE|6/22]]; AF burden < 0.1%. No VHR.

Assessment: normally functioning pacemaker; brief AHRE, burden very low. {{score|CHA2DS2-VASc 4}} but burden below anticoagulation threshold per discussion with the patient and her granddaughter [[NAME|Melissa]], who drove her in from [[CITY|Marietta]].
Plan: continue remote checks every 3 months; in-person in 1 year. No programming changes.

[[NAME|Arjun Venkataraman]], MD
""")

note("M020", "endocrinology clinic visit (type 1 diabetes on insulin pump)", """
ENDOCRINOLOGY FOLLOW-UP
{{facility|Mountain West Diabetes and Endocrine}}    Provider: [[NAME|Sophia Lindqvist]], MD
Patient: [[NAME|Ethan Morales]]    DOB: [[DATE|2002-11-14]]    MRN: [[MRN|MWD0031187]]    Visit: [[DATE|2026-08-05]]

Interval history: {{age|23}} yo with T1DM since age 9, now a graduate student at {{facility|Utah State University}} in [[CITY|Logan]]. Since last visit in [[DATE|April]] he switched from MDI to the {{device_model|Tandem t:slim X2}} with {{device_model|Control-IQ}} (pump SN [[DEVICE|1187334]]) paired with a {{device_model|Dexcom G7}} (sensor transmitter [[DEVICE|8RKT24XD9]]). One severe low ({{lab|glucose 42}}) on [[DATE|July 4th]] after a long day hike - his roommate [[NAME|Tyler]] gave him {{drug|Baqsimi}} and he recovered.

CGM (14 days): TIR 74%, TBR 2%, TAR 24%, GMI 6.9%, CV 33%.
Settings: basal 0.7-0.95 u/h, ICR 1:9, ISF 1:45, target 110.
Labs: {{lab|A1c 6.8%}} (from {{lab|A1c 8.1%}}), {{lab|TSH 2.1}}, {{lab|TPO Ab negative}}, lipids normal.

Assessment/Plan:
1. T1DM, improved on hybrid closed loop. Activity mode before hikes; carry glucagon; new {{drug|Baqsimi}} Rx.
2. Screening: retinal exam due; urine microalbumin normal.
3. Celiac screen ({{lab|tTG-IgA}}) due - ordered.

Return in 3 months. Mom ([[NAME|Renee Morales]]) still calls with pharmacy questions - patient signed release for her to receive information.
-- [[NAME|SL]]
""")

note("M021", "neurology clinic visit (Parkinson disease, deep brain stimulation)", """
Movement Disorders Clinic - Return Visit
Name: [[NAME|Francis X. McCarthy]]     MRN: [[MRN|3390017724]]     DOB: [[DATE|Aug 2, 1949]]
Date of service: [[DATE|Sep 15, 2026]]     Neurologist: [[NAME|Naomi Feldman-Ruiz]], MD
Referring: [[NAME|Thomas Ahern]], MD (PCP, [[CITY|Quincy]])

HPI: Mr. [[NAME|McCarthy]] is a {{age|77}}-year-old retired [[CITY|Boston]] firefighter with {{eponym|Parkinson disease}} diagnosed in {{other|2014}} who underwent bilateral STN {{device_model|Medtronic Percept PC}} DBS (IPG SN [[DEVICE|NWE200781H]]) by Dr. [[NAME|Cosgrove]] in [[DATE|October 2023]]. He comes with his wife [[NAME|Maureen]]. OFF time reduced from ~5 h to ~1.5 h/day. Mild speech softening since last programming. Two falls in [[DATE|August]], both turning in the kitchen; no injury.

Meds: {{drug|Sinemet}} {{dose|25/100}} 1 tab 5x/day (reduced from 2 tabs), {{drug|Rytary}} at night. 
Exam (ON meds, stim ON): {{score|MDS-UPDRS III 21}} (from 38 pre-op). Mild hypophonia. Pull test: 2 steps, recovers. {{score|MoCA 25/30}}.

Programming: L STN contact 2, 2.4 mA -> 2.2 mA (speech); R unchanged. Impedances normal.
Plan: PT for gait and turning (LSVT BIG) at {{facility|South Shore Rehab}}; speech therapy LSVT LOUD; home safety evaluation. Return 4 months.
Dictated by [[NAME|Naomi Feldman-Ruiz]], MD; cc: Dr. [[NAME|Ahern]]
""")

note("M022", "oncology clinic visit (breast cancer, follow-up on adjuvant therapy)", """
HEMATOLOGY/ONCOLOGY PROGRESS NOTE
{{facility|Levine Cancer Institute - Concord}}
Patient: [[NAME|Keisha Brooks-Ellison]]     MRN: [[MRN|CH7734410]]     Visit: [[DATE|01/12/2026]]
Medical oncologist: [[NAME|Deepa Krishnamurthy]], MD     Nurse navigator: [[NAME|Crystal Barnhill]], RN

Diagnosis: Left breast IDC, pT1cN0 (0/2 SLN), grade 2, {{lab|ER+/PR+/HER2-}}, {{lab|Oncotype DX RS 14}}. Lumpectomy [[DATE|11/03/2025]] by Dr. [[NAME|Hill]]; completed whole-breast radiation [[DATE|12/22/2025]] at {{facility|Atrium Health Cabarrus}}.

Interval history: Ms. [[NAME|Brooks-Ellison]] started {{drug|anastrozole}} {{dose|1 mg}} daily with ovarian suppression ({{drug|Zoladex}} {{dose|3.6 mg}} monthly) in [[DATE|mid-December]]. Hot flashes 4-5/day, mild arthralgias in her hands. Working full time as a paralegal. Husband [[NAME|Andre]] and her sister [[NAME|Tasha]] supportive. Her mother was treated at this center in {{other|2012}}.
{{score|ECOG 0}}. Weight stable.

Labs: {{lab|Hgb 12.8}}, {{lab|ANC 2.9}}, {{lab|estradiol < 10}}.
DEXA baseline [[DATE|1/6/2026]]: {{lab|T-score -1.4}} lumbar spine.

Plan:
- Continue AI + OFS; {{drug|venlafaxine}} {{dose|37.5 mg}} for hot flashes.
- Calcium/vitamin D; repeat DEXA in 2 years.
- Survivorship visit with [[NAME|Crystal]] in 3 months; mammogram [[DATE|November 2026]].
- Genetics: BRCA1/2 panel negative ([[DATE|10/2025]]).

[[NAME|Deepa Krishnamurthy]], MD
""")

note("M023", "telephone encounter (patient call, clinic nurse)", """
TELEPHONE ENCOUNTER
Clinic: {{facility|Lakeview Internal Medicine}}     Call date: Tue [[DATE|02/17/2026]]  10:05
Caller: [[NAME|Ruth Goldberg]] (patient)     Callback: [[PHONE|847-555-0134]]
Patient: [[NAME|Goldberg, Ruth E]]     DOB [[DATE|03/08/1944]]     MRN [[MRN|LIM-004471]]
Identity verified: name/DOB and voice verification (voiceprint ID [[BIOMETRIC|VP-4471-20931]]).
Taken by: [[NAME|Kathleen Murphy]], RN

Reason: Dizziness x 2 days since {{drug|Flomax}} was added by urology (Dr. [[NAME|Okafor]]) last week... correction: patient states it was Dr. [[NAME|Okonjo]], not [[NAME|Okafor]]. Lightheaded when standing; no falls, no chest pain. Home BP 104/62 standing. Her husband [[NAME|Irving]] is checking on her.

Advice: take {{drug|tamsulosin}} at bedtime, rise slowly, hydrate; hold the PM dose of {{drug|lisinopril}} {{dose|20 mg}} until seen. ED precautions reviewed (syncope, chest pain).
Appt made with Dr. [[NAME|Fitzgerald]] [[DATE|2/19]] at 2:40.
Routed to Dr. [[NAME|Fitzgerald]] for review.
[[NAME|K. Murphy]], RN
""")

note("M024", "patient portal message thread (patient and care team)", """
MyHealth Message Thread - Subject: "Swelling in my legs again"

[[DATE|04/06/2026]] 7:52 AM  From: [[NAME|Aaliyah Jenkins]] (patient)  To: Cardiology - Dr. [[NAME|Grant Whitmore]]
Good morning Dr. [[NAME|Whitmore]], my ankles are swollen again since the weekend and I gained 4 pounds (182 -> 186). I've been taking the {{drug|torsemide}} {{dose|20 mg}} every morning like you said. I'm a little short of breath climbing the stairs at work. Should I take an extra pill? My new cell is [[PHONE|(901) 555-0117]]. Thank you, [[NAME|Aaliyah]]

[[DATE|04/06/2026]] 9:30 AM  From: [[NAME|Monique Harris]], RN (Heart Failure Nurse)  To: [[NAME|Aaliyah Jenkins]]
Hi Ms. [[NAME|Jenkins]] - thank you for letting us know. Per Dr. [[NAME|Whitmore]], please take an extra {{dose|20 mg}} of torsemide today and tomorrow, keep salt under 2 grams and fluids about 2 liters. We would like labs ({{lab|BMP}}, {{lab|BNP}}) tomorrow at the {{facility|Methodist Germantown}} lab. If weight goes above 188 or breathing worsens, please go to the ER. I also added your new cell number to your chart.

[[DATE|04/07/2026]] 6:15 PM  From: [[NAME|Aaliyah Jenkins]]
Labs done. Down 2 lbs. Also my daughter [[NAME|Imani]] wants to be able to see my messages, how do we do that?

[[DATE|04/08/2026]] 8:02 AM  From: [[NAME|Monique Harris]], RN
Great news. {{lab|potassium 3.7}}, {{lab|creatinine 1.2}}, {{lab|BNP 410}} (was 620). Please go back to 20 mg daily. For proxy access, [[NAME|Imani]] can request it at [[URL|https://myhealth.methodistle.example.org/proxy]] or at the front desk with your signed form.

-- system log: patient session from [[IP|198.51.100.212]]; proxy request ref [[OTHER_ID|PXY-0048821]]
""")

note("M025", "home health start-of-care intake (skilled nursing, OASIS)", """
HOME HEALTH START OF CARE - COMPREHENSIVE ASSESSMENT
Agency: {{facility|Heartland Home Health - Tulsa}}   Agency phone [[PHONE|918-555-0108]]   Fax [[FAX|918-555-0109]]
SOC date: [[DATE|05/04/2026]]    Clinician: [[NAME|Renee Blackfeather]], RN, case manager
Patient: [[NAME|Hollis Ray Duncan]]    DOB: [[DATE|09/29/1935]]    Age: [[AGE_OVER_89|90]]    Agency MR#: [[MRN|HH-2026-01882]]
Address: [[STREET|Rt 2 Box 117]], [[CITY|Sand Springs]], OK [[ZIP|74063]]
Phone: [[PHONE|918-555-0126]]
Medicare MBI: [[HEALTH_PLAN|2KD7-WN4-RY83]]    SSN on referral: [[SSN|912-50-7734]]
Referral source: {{facility|Hillcrest Medical Center}}, discharge [[DATE|05/02/2026]]
Ordering physician: [[NAME|Mohammed Al-Sayed]], MD   NPI [[LICENSE|1588123407]]   [[PHONE|918-555-0177]]
Primary caregiver: daughter [[NAME|Rhonda Duncan-Pierce]], lives next door, [[PHONE|918-555-0127]]

Primary dx: CHF exacerbation ({{code|I50.33}}); secondary: COPD on home O2 2 L, DM2, hard of hearing.
Homebound status: requires assist of 1 and walker; leaving home a taxing effort; SOB after 15 ft.
Vitals: BP 118/64, HR 78, RR 20, SpO2 92% on 2 L, weight 171 lb (discharge weight 169).
Meds reviewed with daughter - 14 meds; discrepancy: {{drug|Lasix}} bottle says {{dose|40 mg daily}} but discharge list says {{dose|40 mg BID}} - called Dr. [[NAME|Al-Sayed]]'s office, spoke to [[NAME|Jessica]]; BID confirmed.
Home safety: throw rugs removed; wood stove with O2 in use - fire safety teaching done; smoke detectors non-functional - referral to [[CITY|Sand Springs]] Fire Dept free detector program.
Functional: {{score|TUG 24 seconds}}. {{score|PHQ-2 1}}.
Plan: SN 2w3, 1w4; PT eval; HHA 2w4 for bathing; MSW for Medicaid waiver.
Emergency plan: Level 2; nearest neighbour [[NAME|Buck Owens]] ([[PHONE|918-555-0192]]).
[[NAME|Renee Blackfeather]], RN   e-signed [[DATE|05/04/2026]] 1730
""")

note("M026", "prior authorisation request letter (specialty drug)", """
{{facility|Coastal Rheumatology & Arthritis Center}}
[[STREET|4500 Bayside Parkway, Building C]]
[[CITY|Virginia Beach]], VA [[ZIP|23462]]
Phone [[PHONE|757-555-0140]] | Fax [[FAX|757-555-0141]] | [[URL|coastalrheum.example.com]]

[[DATE|May 19, 2026]]

Aetna Pharmacy Management - Prior Authorization
Fax: [[FAX|1-866-555-0199]]

RE: Request for {{drug|Rinvoq}} ({{drug|upadacitinib}}) {{dose|15 mg}} daily
Patient: [[NAME|Sarah Elizabeth Kowalski]]
DOB: [[DATE|04/11/1983]]
Member ID: [[HEALTH_PLAN|W238814409]]     Group: [[HEALTH_PLAN|0865527-10-001]]
Prescriber: [[NAME|Raymond Okoye]], MD   NPI [[LICENSE|1710094482]]   DEA [[LICENSE|BO4471920]]
Case reference (if resubmission): [[OTHER_ID|PA-26-0331047]]

To Whom It May Concern:

I am writing to request coverage of upadacitinib for my patient, Mrs. [[NAME|Kowalski]], who has seropositive rheumatoid arthritis ({{code|M05.79}}) diagnosed in [[DATE|March 2019]], {{lab|RF 212}}, {{lab|anti-CCP > 250}}. She has failed:
- {{drug|methotrexate}} up to {{dose|25 mg}} weekly SC ({{other|2019}}-{{other|2021}}), stopped for transaminitis ({{lab|ALT 188}});
- {{drug|Humira}} ({{drug|adalimumab}}) [[DATE|6/2021]] to [[DATE|9/2023]], secondary loss of response with anti-drug antibodies;
- {{drug|Actemra}} [[DATE|10/2023]] to [[DATE|2/2026]], inadequate response with {{score|CDAI 28}} on [[DATE|2/9/2026]].
Current {{score|DAS28-CRP 5.4}}. She is a dental hygienist in [[CITY|Chesapeake]] and is missing work because of hand synovitis.
Screening: {{lab|QuantiFERON negative}} ([[DATE|4/2026]]), hepatitis B negative, zoster vaccine completed.

Please contact my office with any questions. Thank you.

[[NAME|Raymond Okoye]], MD, FACR
Office contact: [[NAME|Donna Pettigrew]], PA coordinator, [[PHONE|757-555-0140 x214]], [[EMAIL|pa.team@coastalrheum.example.com]]
""")

note("M027", "insurance appeal letter (denied inpatient stay)", """
{{facility|St. Vincent Mercy Medical Center}} - Utilization Review & Denials Management
[[STREET|2213 Cherry Street]], [[CITY|Toledo]], OH [[ZIP|43608]]   Tel [[PHONE|419-555-0110]]   Fax [[FAX|419-555-0111]]

[[DATE|August 27, 2026]]

Buckeye Health Plan - Appeals Unit
[[STREET|PO Box 6450]]
[[CITY|Columbus]], OH [[ZIP|43216]]

RE: First-level provider appeal - denial of inpatient level of care
Member: [[NAME|Terrence D. Pollard]]     DOB: [[DATE|12/01/1968]]
Member ID: [[HEALTH_PLAN|U77418230]]     Medicaid ID: [[HEALTH_PLAN|OH0098441275]]
Claim #: [[OTHER_ID|CLM-2026-0719-44812]]     Hospital account: [[ACCOUNT|HAR 7700918832]]
Dates of service: [[DATE|07/19/2026]] - [[DATE|07/23/2026]]
Denial letter dated [[DATE|08/09/2026]], reference [[OTHER_ID|DN-558173]]

Dear Medical Director:

We respectfully appeal the denial of inpatient status for Mr. [[NAME|Pollard]]. He presented to our emergency department with diabetic foot infection and sepsis: temperature 39.4 C, {{lab|lactate 3.8}}, {{lab|WBC 21.3}}, {{lab|glucose 488}}. MRI showed osteomyelitis of the left fifth metatarsal with abscess. He required IV {{drug|vancomycin}} and {{drug|piperacillin-tazobactam}}, an insulin infusion, and operative incision and drainage with partial fifth-ray amputation on [[DATE|7/20/2026]] by Dr. [[NAME|Kessler]] (podiatric surgery). The admitting physician, Dr. [[NAME|Aisha Rahman]], reasonably expected a stay crossing two midnights, and the patient met InterQual acute criteria on day 1.

Enclosed: H&P, progress notes, operative report, MAR and vital-sign flowsheets.

Sincerely,

[[NAME|Colleen Marsh]], RN, CCM
Physician Advisor review: [[NAME|Michael Oyelaran]], MD
Direct line [[PHONE|419-555-0112]]   [[EMAIL|ur.appeals@svmmc.example.org]]
""")

note("M028", "emergency department trauma note (motor vehicle collision)", """
ED TRAUMA FLOWSHEET / PHYSICIAN NOTE - LEVEL II ACTIVATION
{{facility|Baptist Memorial Hospital - North Mississippi}}
Arrival [[DATE|09/05/2026]] {{other|17:38}} via [[CITY|Oxford]] FD Medic 2      Trauma team leader: [[NAME|Caleb Jernigan]], MD
Pt: [[NAME|UNKNOWN, TRAUMA ZEBRA]] -> identified as [[NAME|Hunter Lee Sappington]]      Temp MRN [[MRN|TZ-90018]] -> MRN [[MRN|BMN-2274109]]
DOB (from driver's license MS [[LICENSE|801447726]]): [[DATE|02/28/2004]]

Mechanism: restrained driver, {{other|2019}} Chevrolet Silverado (MS plate [[VEHICLE|LFY 5523]], VIN [[VEHICLE|1GCUYDED4KZ118836]]) vs. SUV (plate [[VEHICLE|WNR 118]], VIN [[VEHICLE|5XYZU3LB9EG204417]]) T-bone at [[STREET|Highway 7 and Old Taylor Road]], ~45 mph, + airbag, prolonged extrication 20 min per [[CITY|Lafayette County]] Sheriff deputy on scene.

Primary: A - patent, talking. B - decreased BS L, SpO2 91%. C - HR 122, BP 98/60. D - {{score|GCS 15}}. E - seatbelt sign across chest and abdomen.
FAST: positive LUQ. CXR: L pneumothorax, L ribs 7-10 fx.
Interventions: L chest tube 28 Fr by Dr. [[NAME|Jernigan]] (800 mL serous-sang); 2 units uncrossmatched PRBC; {{drug|TXA}} {{dose|1 g}}; {{drug|fentanyl}} {{dose|50 mcg IV}} x2.
CT: grade III splenic laceration with active extravasation; IR (Dr. [[NAME|Sorensen]]) for splenic embolization.
Labs: {{lab|Hgb 10.1}}, {{lab|lactate 4.2}}, {{lab|BAC < 10}}, UDS negative.

Family: mother [[NAME|Crystal Sappington]] arrived {{other|18:20}}, [[PHONE|662-555-0121]]. Pt is a sophomore at Ole Miss, lives in [[CITY|Water Valley]].
Other driver ([[NAME|Rosa Villalobos]], {{age|44}}) evaluated separately, Trauma 2.
[[CITY|Oxford]] PD report number [[OTHER_ID|OPD-26-011473]]; Officer [[NAME|Dwayne Tillman]] badge #[[OTHER_ID|4471]].
Dispo: IR then SICU.  [[NAME|C. Jernigan]], MD
""")

note("M029", "discharge summary (general surgery)", """
DISCHARGE SUMMARY - GENERAL SURGERY
Patient Name: [[NAME|Fatima Al-Masri]]        MRN: [[MRN|D-00331872]]        Acct: [[ACCOUNT|0093318871-04]]
Date of Admission: [[DATE|October 10, 2026]]       Date of Discharge: [[DATE|October 14, 2026]]
Attending Surgeon: [[NAME|William Hart]], MD        Dictating: [[NAME|Jasmine Cole]], MD (PGY-3)
Admitting Diagnosis: Small bowel obstruction
Discharge Diagnosis: Adhesive SBO, resolved with laparoscopic adhesiolysis
Procedures: [[DATE|10/11/2026]] diagnostic laparoscopy, lysis of adhesions (Dr. [[NAME|Hart]])

History: {{age|52}}-year-old woman, originally from [[CITY|Dearborn]], now living in [[CITY|Canton]], with prior open hysterectomy ({{other|2009}}) and appendectomy, presented with 2 days of obstipation and bilious emesis. CT with transition point in the RLQ. NGT decompression for 24 h without improvement, so taken to OR.

Hospital Course: Single adhesive band released laparoscopically; no bowel resection. NGT removed POD 1, clears POD 2, regular diet POD 3. Flatus and BM on POD 2. Pain controlled with {{drug|acetaminophen}} and {{drug|oxycodone}} {{dose|5 mg}} prn (used 2 doses). Ambulating independently. Tolerated {{drug|enoxaparin}} ppx. Husband [[NAME|Khalid]] at bedside throughout; Arabic interpreter [[NAME|Nadia Haddad]] used for discharge teaching at patient's request.

Discharge Medications: acetaminophen {{dose|1,000 mg}} q8h x5 days; {{drug|oxycodone}} 5 mg q6h prn severe pain, #8, no refills ({{other|Michigan}} MAPS report reviewed); {{drug|docusate}} {{dose|100 mg BID}}.
Follow-up: Surgery clinic with Dr. [[NAME|Hart]] in 2 weeks, [[DATE|10/28/2026]] 1:30 pm, [[STREET|5333 McAuley Drive, Suite 2100]], [[CITY|Ypsilanti]], MI [[ZIP|48197]], [[PHONE|734-555-0145]].
cc: PCP [[NAME|Samir Haddad]], MD
""")

note("M030", "preoperative history and physical (surgical admission)", """
PRE-OPERATIVE HISTORY & PHYSICAL
Surgeon: [[NAME|Elaine Ho]], MD, Colorectal Surgery     Date: [[DATE|11/16/2026]]
Planned surgery: Robotic low anterior resection with diverting loop ileostomy, [[DATE|11/23/2026]], {{facility|Kaiser Permanente Santa Clara}}
Patient: [[NAME|Rodrigo Esquivel]]     MRN: [[MRN|KP-118004732]]     DOB: [[DATE|05-03-1961]]     Kaiser Health Plan #: [[HEALTH_PLAN|000118004732-01]]

HPI: {{age|65}} yo man found to have a rectal adenocarcinoma at 8 cm from the anal verge on screening colonoscopy [[DATE|7/29/2026]] (Dr. [[NAME|Bhandari]]). Staging MRI: T3N1, CRM clear. CT chest/abd/pelvis: no metastases. {{lab|CEA 6.2}}. Completed total neoadjuvant therapy ({{drug|FOLFOX}} x 8 then short-course RT) finishing [[DATE|10/24/2026]] under Dr. [[NAME|Trinh]].

PMH: HTN, OSA on CPAP ({{device_model|ResMed AirSense 10}}), gout.
PSH: inguinal hernia repair.
Meds: {{drug|lisinopril}} {{dose|20 mg}}, {{drug|allopurinol}} {{dose|300 mg}}, {{drug|aspirin}} 81 mg (hold 7 days pre-op).
Allergies: NKDA.
Social: married to [[NAME|Carmen]], two adult children; owns a landscaping business in [[CITY|Milpitas]]. Quit smoking {{other|2005}}. Drinks 2 beers/weekend.
Family: brother with colon polyps.

Exam: BP 136/82, HR 70, BMI 31. Abd soft, non-tender. DRE: mass posterior, mobile.
{{score|ASA 2}}. {{score|RCRI 0}}. {{score|Caprini 7}} - extended VTE prophylaxis post-op.
Stoma site marked by WOC nurse [[NAME|Lorna Quisumbing]], RN.

Consent signed for robotic LAR, possible open, possible ileostomy. Patient and his son [[NAME|Diego]] (who will be his caregiver) had all questions answered.
[[NAME|Elaine Ho]], MD
""")

note("M031", "ICU daily progress note", """
MICU PROGRESS NOTE - HD 5 / ICU day 4
[[NAME|Bauer, Leonard]]   MRN [[MRN|M8821047]]   CSN [[OTHER_ID|404411872]]   Bed {{other|MICU-07}}   [[DATE|12-Jan-2027]]
Attending: [[NAME|Rashida Coleman]], MD    Fellow: [[NAME|Pavel Novak]], MD    Resident: [[NAME|Sean Fitzpatrick]], MD

24h events: Extubated [[DATE|1/11]] at 1400 to 4 L NC, tolerating. Off {{drug|norepinephrine}} since 0200. Febrile to 38.4 overnight; new cultures sent.

Vent/Resp: 4 L NC, SpO2 94%. {{lab|ABG 7.41/38/82}}.
CV: MAP 68-80 off pressors. {{lab|lactate 1.3}}.
Renal: UOP 0.7 mL/kg/h. {{lab|Cr 2.1}} (peak 3.4). No RRT.
ID: E. coli bacteremia from obstructed pyelonephritis s/p IR nephrostomy [[DATE|1/8]] (Dr. [[NAME|Gutierrez]]). {{drug|meropenem}} {{dose|1 g IV q8h}} (ESBL). Day 5/14.
Heme: {{lab|Hgb 7.9}}, {{lab|Plt 88}}. No bleeding.
Neuro: {{score|RASS 0}}, {{score|CAM-ICU negative}}. Off {{drug|propofol}}.
Lines: R IJ CVC ([[DATE|1/7]]) - remove today; L radial art line; {{eponym|Foley}} - remove, voiding trial.
{{score|SOFA 6}} (from 11).

Plan: transfer to stepdown tomorrow if stable. PT/OT. Family meeting held with wife [[NAME|Gail]] and son [[NAME|Derek Bauer]] yesterday - full code.
[[NAME|P. Novak]], MD / attending addendum [[NAME|R. Coleman]], MD - agree, critical care time 35 min.
""")

note("M032", "infectious diseases consult", """
INFECTIOUS DISEASES CONSULT NOTE
Requested by: Dr. [[NAME|Ingrid Sorensen]] (Orthopaedics)    Consultant: [[NAME|Adebayo Ogunleye]], MD, ID
Date: [[DATE|2/2/27]]
Patient: [[NAME|Wilson, Harriet June]]    MRN: [[MRN|0041188730]]    Age: {{age|74}}

Q: prosthetic joint infection R knee - antibiotic plan?

HPI: Mrs. [[NAME|Wilson]] had a R TKA in [[DATE|June 2025]] at an outside hospital in [[CITY|Lynchburg]]. Doing well until 3 weeks ago when she developed pain, swelling and a draining sinus. Aspirate [[DATE|1/28]]: {{lab|WBC 48,000}} 92% PMN, cultures growing MSSA. Blood cultures negative. Underwent DAIR with polyethylene exchange [[DATE|1/31]] (Dr. [[NAME|Sorensen]]); intra-op cultures 5/5 MSSA.
Allergies: {{drug|penicillin}} - "itchy rash" {{other|1970s}}; tolerated {{drug|cefazolin}} {{dose|2 g}} pre-op without reaction.
Travel/exposure: retired librarian; lives with husband [[NAME|Chester]] in [[CITY|Bedford]]; a cat.

Assessment: early/acute hematogenous PJI, MSSA, s/p DAIR.
Recommendations:
1. {{drug|cefazolin}} {{dose|2 g IV q8h}} x 6 weeks from [[DATE|1/31]] (end date [[DATE|3/14]]), via PICC.
2. Add {{drug|rifampin}} {{dose|300 mg}} PO BID once wound dry (biofilm) - check drug interactions ({{drug|warfarin}}!).
3. Then suppressive {{drug|cefadroxil}} {{dose|500 mg BID}} for at least 6-12 months.
4. Weekly CBC, BMP, {{lab|ESR}}/{{lab|CRP}} - OPAT nurse [[NAME|Latrice Hammond]] ([[PHONE|434-555-0158]]).
5. ID clinic follow-up in 2 weeks.
Thank you for this interesting consult.
[[NAME|A. Ogunleye]], MD
""")

note("M033", "nephrology consult", """
Nephrology Consult
Pt: [[NAME|Chen, Wei]]    MRN [[MRN|SF-3018842]]    DOB [[DATE|1948-02-19]]    Consult date [[DATE|2027-03-03]]
Requesting: Dr. [[NAME|Alvarez]], Hospital Medicine   Consultant: [[NAME|Grace Oyelowo]], MD

Reason: AKI, hyperkalemia.
HPI: {{age|79}} yo M with DM2, HTN, CKD 3a (baseline {{lab|Cr 1.3}} per [[CITY|Chinatown]] Public Health Center records), admitted with vomiting/diarrhea x 4 days after a family banquet in [[CITY|Oakland]]. On admission {{lab|Cr 3.6}}, {{lab|K 6.4}}, {{lab|HCO3 16}}, {{lab|BUN 71}}. ECG with peaked T waves; received {{drug|calcium gluconate}} {{dose|1 g}}, insulin/dextrose, {{drug|Lokelma}} {{dose|10 g}}. Home meds include {{drug|lisinopril}} 40, {{drug|spironolactone}} 25 and {{drug|ibuprofen}} for knee pain (bought OTC by granddaughter [[NAME|Emily Chen]]).
Son [[NAME|David]] interprets (Cantonese); declined professional interpreter, offered again.

Exam: dry mucous membranes, orthostatic. No edema. No asterixis.
UA bland. FeNa 0.4%. Renal US: normal size, no hydronephrosis.

A/P: prerenal AKI + ACEi/MRA/NSAID ("triple whammy") with hyperkalemia.
- IV isotonic bicarbonate 100 mL/h; hold ACEi, MRA, NSAIDs; avoid contrast.
- {{lab|K 5.1}} now; repeat BMP q6h. No indication for dialysis.
- Counsel on NSAID avoidance; resume ACEi only at follow-up with me in 2-3 weeks ({{facility|Bay Area Kidney Associates}}, [[PHONE|415-555-0163]]).
[[NAME|Grace Oyelowo]], MD
""")

note("M034", "radiology report (screening mammogram and chest radiograph)", """
{{facility|Women's Imaging Center of North Dallas}}
Patient: [[NAME|JOHNSON, BEVERLY ANN]]     MRN: [[MRN|NDX00771240]]     DOB: [[DATE|1/22/1961]]
Accession: [[OTHER_ID|MG26-0041187]]     Exam date: [[DATE|03/30/2027]]
Referring: [[NAME|Paula Steinberg]], MD

EXAM: BILATERAL SCREENING MAMMOGRAM WITH TOMOSYNTHESIS
HISTORY: {{age|66}}-year-old, annual screening. Mother with breast cancer at {{age|70}}.
COMPARISON: [[DATE|03/18/2026]] and [[DATE|02/27/2025]].
BREAST DENSITY: scattered fibroglandular densities (B).
FINDINGS: No suspicious mass, architectural distortion or calcifications. Stable benign-appearing calcifications left upper outer quadrant. Skin and nipples unremarkable.
IMPRESSION: Negative. {{code|BI-RADS 1}}. Annual screening recommended.
A results letter will be mailed to [[STREET|7719 Whispering Pines Trail]], [[CITY|Richardson]], TX [[ZIP|75082]].

Accession: [[OTHER_ID|CR26-0041203]]     Exam date: [[DATE|03/30/2027]]
EXAM: CHEST, 2 VIEWS (pre-operative)
FINDINGS: Heart size normal. Lungs clear. No effusion or pneumothorax. Mild thoracic spondylosis. Surgical clips right upper quadrant.
IMPRESSION: No acute cardiopulmonary process.

Radiologist: [[NAME|Ngozi Eze]], MD        Signed [[DATE|3/30/2027]] {{other|11:18}}
""")

note("M035", "radiology report (MRI lumbar spine with outside comparison)", """
MRI LUMBAR SPINE WITHOUT CONTRAST
Pt Name: [[NAME|Delacroix, Jean-Pierre]]   MR#: [[MRN|00-44-19871]]   Acc#: [[OTHER_ID|MR27041908]]
Exam Date: [[DATE|19APR2027]]   Ordering: [[NAME|Megan O'Shea]], PA-C (Spine Center)
Clinical info: {{age|58}} M, L5 radiculopathy L leg x 8 wks, failed PT. Hx of L4-5 microdiscectomy [[DATE|2/2019]] at {{facility|Ochsner Baton Rouge}}.
Comparison: outside MRI [[DATE|01/14/2019]] (retrieved from [[IP|203.0.113.9]] image exchange, study UID [[OTHER_ID|1.2.840.99999.44.19871.2019]]).

Findings:
Alignment: normal lordosis. No listhesis.
Conus terminates at L1, normal.
L3-4: mild disc bulge, mild facet hypertrophy. No stenosis.
L4-5: post-surgical changes of left hemilaminotomy. Recurrent left paracentral extrusion 9 mm compressing the traversing left L5 nerve root, with enhancing granulation tissue not assessed (non-contrast). Moderate left lateral recess stenosis.
L5-S1: mild bulge, no stenosis.
Marrow: {{eponym|Modic type 2}} endplate change L4-5.

Impression:
1. Recurrent left L4-5 disc extrusion compressing the left L5 root.
2. Consider contrast MRI to distinguish from epidural fibrosis if surgery contemplated.

[[NAME|Hiroshi Tanabe]], MD  - Final  [[DATE|04/19/2027]] 15:02
""")

note("M036", "surgical pathology report (colectomy, cancer synoptic)", """
SURGICAL PATHOLOGY
Accession: [[OTHER_ID|SP-27-018821]]      Patient: [[NAME|Esquivel, Rodrigo]]      MRN: [[MRN|KP-118004732]]
DOB: [[DATE|05/03/1961]]      Procedure date: [[DATE|11/23/2026]]      Received: [[DATE|11/23/2026]]      Signed out: [[DATE|11/30/2026]]
Surgeon: Dr. [[NAME|E. Ho]]      Specimen: Rectosigmoid colon, low anterior resection; additional distal donut.

FINAL DIAGNOSIS:
A. Rectosigmoid, LAR: residual adenocarcinoma, moderately differentiated, post-neoadjuvant therapy.
   - Tumour regression score: {{score|CAP TRS 2}} (partial response).
   - Depth: invades into muscularis propria (ypT2).
   - Margins: proximal, distal and radial (circumferential) negative; distal margin 3.1 cm; CRM 8 mm.
   - Lymph nodes: 1 of 18 positive (ypN1a).
   - Lymphovascular invasion: not identified. Perineural invasion: not identified.
   - Mismatch repair: {{lab|MLH1, PMS2, MSH2, MSH6 intact}} (pMMR).
B. Distal donut: no tumour.

Synoptic stage: ypT2 ypN1a ({{code|AJCC 8th ed.}}).
Gross ([[NAME|rkt]]): 24.5 cm segment with mesorectum; mesorectal envelope complete ({{score|Quirke grade 3}}).

Intradepartmental consult: Dr. [[NAME|Halima Yusuf]] agrees.
Electronically signed: [[NAME|Benjamin Achterberg]], MD, Anatomic Pathology, [[DATE|30 Nov 2026]]
""")

note("M037", "emergency department registration sheet (quick registration)", """
ED QUICK REGISTRATION / DEMOGRAPHICS
Facility: {{facility|Valley Regional Medical Center}}   Registrar: [[OTHER_ID|jpadilla]]   Arrival: [[DATE|05/08/2027]] 01:14
------------------------------------------------------------------
Last name: [[NAME|GARZA]]        First: [[NAME|ALEJANDRO]]        MI: [[NAME|R]]
MRN: [[MRN|VRM0994187]]        Encounter/FIN: [[OTHER_ID|1200874419]]        Acct: [[ACCOUNT|V55183301]]
DOB: [[DATE|10/02/1979]]        Sex: M        Lang: Spanish/English
SSN: [[SSN|000-41-7729]]
Address: [[STREET|1207 W. Jefferson Ave, Apt 3]]     City: [[CITY|Brownsville]]     State: TX     ZIP: [[ZIP|78520]]
Home: [[PHONE|956-555-0102]]     Work: [[PHONE|956-555-0103 ext 41]]
Employer: Port of [[CITY|Brownsville]] (longshoreman)
ID presented: TX DL [[LICENSE|29918475]]
Vehicle in ED lot: TX [[VEHICLE|RBD-4017]]
Patient identity enrollment: palm scan [[BIOMETRIC|PSV-VR-0018821934]]
Payer: Superior HealthPlan (STAR)  Member: [[HEALTH_PLAN|725509814]]
Guarantor: self
Emergency contact: [[NAME|Marisol Garza]] (wife) [[PHONE|956-555-0104]]
Chief complaint (registration): "cut hand at work"
Consent to treat signed: Y   NPP acknowledged: Y   Photo taken: Y
""")

note("M038", "nursing shift hand-off note (medical-surgical, SBAR)", """
SBAR HAND-OFF  |  4 West Ortho  |  Day -> Night  |  [[DATE|06/11/2027]]
Pt: [[NAME|Margaret "Peggy" O'Hara]]  |  Rm {{other|4W-409}}  |  MRN [[MRN|44018273]]  |  [[AGE_OVER_89|ninety-four]]-year-old F  |  Full code

S: POD 1 s/p L hip hemiarthroplasty for femoral neck fx after fall at {{facility|Sunrise of Oak Park}}. Confused this afternoon, pulled at her IV x2.
B: Baseline mild dementia per daughter [[NAME|Colleen]]; usually oriented to self and place. Hx AF on {{drug|Eliquis}} (held), HTN, hypothyroid. Wears hearing aids - L aid missing, family looking at the facility.
A: {{score|CAM positive}}. VSS (BP 128/66, HR 82 irreg, SpO2 95% 2L). Pain 4/10 on {{drug|acetaminophen}} scheduled + {{drug|oxycodone}} {{dose|2.5 mg}} x1 at 1500. Voided 200 mL after Foley out at 1000; bladder scan 1600 = 380 mL, straight cath x1 per order. Last BM [[DATE|6/9]]. {{lab|Hgb 9.2}} (from 10.8). {{lab|Na 132}}.
R: Delirium precautions - lights on/off cycle, glasses and remaining hearing aid in, sitter requested (approved by [[NAME|Tamika]], charge RN). Bladder scan q6h. Dr. [[NAME|Petrakis]] aware of Hgb, repeat in AM. PT to get her up to chair tomorrow. Daughter [[NAME|Colleen O'Hara-Quinn]] ([[PHONE|708-555-0195]]) wants a call if she gets more agitated; "[[NAME|Peggy]]" is what she answers to.
Given by: [[NAME|Vanessa Ruiz]], RN     Received by: [[NAME|Aidan Kowalski]], RN
""")

note("M039", "pharmacy anticoagulation clinic note (warfarin)", """
ANTICOAGULATION CLINIC - PHARMACIST VISIT (telephone)
{{facility|Northwest Anticoagulation Service}}     Pharmacist: [[NAME|Daniel Ostrowski]], PharmD, CACP
Patient: [[NAME|Whitehorse, Lucille]]     MRN: [[MRN|NW-0081127]]     Age: [[AGE_OVER_89|97]]
Date: [[DATE|07/08/2027]]     Indication: mechanical mitral valve ({{device_model|St. Jude Regent}}, implanted {{other|1998}}), goal {{lab|INR 2.5-3.5}}
Referring/supervising MD: [[NAME|Gabriel Nakamura]], MD (cardiology)

INR today: {{lab|INR 1.9}} (POC, home visit by [[NAME|Sherry Tallbull]], RN). Previous: [[DATE|6/24]] 2.8, [[DATE|6/10]] 3.1.
Current dose: {{drug|warfarin}} {{dose|2.5 mg}} daily except {{dose|5 mg}} Mon/Fri (weekly 22.5 mg).
Missed doses: none per great-grandson [[NAME|Tristan]] who fills her pill box.
Diet: ate a lot of greens from the garden this week (collards).
New meds: none. Bleeding: none. Falls: none.

Plan: one-time {{dose|5 mg}} tonight, then resume {{dose|22.5 mg/week}}. Recheck INR [[DATE|7/15/2027]]. Counselled on consistent vitamin K intake.
Spoke with [[NAME|Lucille]] and [[NAME|Tristan]] by phone at [[PHONE|406-555-0137]]. Next home draw scheduled at her house outside [[CITY|Browning]].
[[NAME|D. Ostrowski]], PharmD
""")

note("M040", "critical lab value notification log (laboratory to nursing)", """
CRITICAL VALUE NOTIFICATION - CORE LABORATORY
Lab: {{facility|Sioux Falls Regional Laboratory}}     Tech: [[NAME|Brenda Schaefer]], MLS(ASCP)
Patient: [[NAME|HALVORSON, ERIK J]]     MRN: [[MRN|SF44019283]]     Location: 6 Med, {{other|Rm 614}}
Specimen: [[OTHER_ID|C2708171044]]     Collected: [[DATE|08/17/2027]] 05:12     Resulted: 05:48

CRITICAL RESULT(S):
  {{lab|Potassium 6.9 mmol/L}} (H, critical) - hemolysis index 0, no hemolysis
  {{lab|Glucose 38 mg/dL}} (L, critical)

Called to: [[NAME|Jolene Peterson]], RN at 05:51; read-back verified.
Provider notified by RN: Dr. [[NAME|Abdi]] (hospitalist) 05:55 - orders received.
Repeat ordered: {{lab|K 6.6}} at 06:30 (non-hemolysed).
Comment: prior value {{lab|K 5.1}} on [[DATE|8/16/2027]].

--- nursing note (appended) ---
0600 {{drug|D50}} {{dose|25 g IV}} given, recheck {{lab|glucose 142}}. {{drug|calcium gluconate}} {{dose|1 g IV}}, insulin regular 5 units IV with D50, {{drug|Lokelma}}. Tele: peaked T waves. Pt's wife [[NAME|Ingrid]] updated at [[PHONE|605-555-0172]]. -- [[NAME|JP]]
""")

note("M041", "transfer summary (hospital to skilled nursing facility)", """
INTERAGENCY TRANSFER FORM / DISCHARGE TO SNF
From: {{facility|Covenant Medical Center}}, [[STREET|1447 N. Harrison St]], [[CITY|Saginaw]], MI [[ZIP|48602]]  Unit 5C  [[PHONE|989-555-0150]]  Fax [[FAX|989-555-0151]]
To: {{facility|Frankenmuth Senior Living and Rehabilitation}}, attn admissions [[NAME|Kara Vollmer]], fax [[FAX|989-555-0153]]
Transfer date: [[DATE|Sept. 9, 2027]]

Patient: [[NAME|Wojcik, Stanley]]     DOB: [[DATE|Nov. 11, 1934]]     Age: [[AGE_OVER_89|92]]
MRN: [[MRN|CMC-6612048]]     Hospital acct: [[ACCOUNT|4400918377]]     Medicare MBI: [[HEALTH_PLAN|7QW1-HT3-KC62]]
Code status: DNR (POLST signed [[DATE|9/5/2027]])     Isolation: none
Allergies: {{drug|morphine}} (confusion)

Diagnoses: urosepsis (resolved), deconditioning, BPH with retention (indwelling {{eponym|Foley}} - urology f/u), chronic HFpEF, dementia (moderate, {{score|MoCA 14}}).
Last vitals: BP 122/68, HR 74, T 36.7, SpO2 95% RA. Weight 68.2 kg.
Diet: mechanical soft, thin liquids (SLP eval [[DATE|9/6]]).
Meds: see attached MAR; last {{drug|cefpodoxime}} dose due [[DATE|9/10]] to complete course.
Function: max assist transfers, walker 20 ft with PT.
Family: son [[NAME|Gerald Wojcik]] (POA) [[PHONE|989-555-0188]]; son lives in [[CITY|Bay City]].
Follow-up: Urology, Dr. [[NAME|Haddad]], in 2 weeks for voiding trial.
Nurse report called to [[NAME|Shawna]] at SNF {{other|1410}}. Transported by {{facility|Mobile Medical Response}}.
Discharging physician: [[NAME|Anil Kapoor]], MD
""")

note("M042", "operative note (laparoscopic appendectomy)", """
BRIEF OP NOTE / OPERATIVE REPORT
DATE: [[DATE|10.02.2027]]     PT: [[NAME|Nguyen, Bao Tran]]     MRN: [[MRN|PR0447102]]     FIN: [[OTHER_ID|33018842771]]
SURGEON: [[NAME|Olivia Brandt]], MD     ASSIST: [[NAME|Jamal Pierce]], MD (resident)
ANESTHESIA: GETA, [[NAME|Tobias Reinhardt]], MD / [[NAME|Kelsey Murray]], CRNA
PRE-OP DX: Acute appendicitis ({{score|Alvarado 8}})
POST-OP DX: Acute suppurative appendicitis without perforation
PROCEDURE: Laparoscopic appendectomy ({{code|CPT 44970}})
FINDINGS: Inflamed, non-perforated appendix, small amount of turbid fluid in pelvis; terminal 2 ft of ileum run, no {{eponym|Meckel diverticulum}}.
SPECIMEN: appendix -> path ([[OTHER_ID|SP-27-02291]])
EBL: minimal   FLUIDS: 900 mL LR   UOP: not measured   DRAINS: none
ANTIBIOTICS: {{drug|cefoxitin}} {{dose|2 g IV}} within 60 min of incision.
COMPLICATIONS: none   CONDITION: stable to PACU

DESCRIPTION: Patient identified in pre-op holding, consent verified. Supine, arms tucked. Time-out performed. 12 mm Hasson at umbilicus, two 5 mm ports (suprapubic, LLQ). Appendix mobilized, mesoappendix divided with {{device_model|LigaSure}}, base divided with {{device_model|Endo GIA}} 45 mm tan load. Retrieved in endocatch bag. Irrigation, hemostasis. Fascia closed 0 Vicryl, skin 4-0 Monocryl.

PLAN: regular diet as tolerated, home today if tolerating PO. No post-op antibiotics. Follow-up phone call in 2 weeks by [[NAME|Dana]] (surgery NP). Patient is a {{age|19}}-year-old college student - mother [[NAME|Lan Pham]] updated in waiting room.
[[NAME|O. Brandt]], MD
""")

note("M043", "Medicare annual wellness visit (primary care, subsequent AWV)", """
MEDICARE ANNUAL WELLNESS VISIT (SUBSEQUENT) - {{code|G0439}}
{{facility|Piney Woods Family Practice}}, [[STREET|211 S. First Street]], [[CITY|Lufkin]], TX [[ZIP|75901]]
Patient: [[NAME|Mae Etta Broussard]]     DOB: [[DATE|January 3, 1932]]     Age: [[AGE_OVER_89|95]]
MRN: [[MRN|PW-20488]]     MBI: [[HEALTH_PLAN|3JF9-RM2-UT07]]     Visit: [[DATE|Nov. 15, 2027]]
Clinician: [[NAME|Byron Tate]], FNP-BC     Supervising: [[NAME|Carolyn Beaumont]], MD
Accompanied by: granddaughter [[NAME|Shantelle Broussard]], who is also her paid caregiver through STAR+PLUS.

Health risk assessment: lives with granddaughter in [[CITY|Diboll]]; uses walker; 1 fall in past year ({{score|STEADI}} positive); no driving since {{other|2020}}; continent with occasional urge leakage.
Hearing: HOH, declines aids. Vision: cataract surgery both eyes ({{other|2015}}).
Cognition: Mini-Cog 3/5. Mood: {{score|PHQ-2 0}}.
Advance care planning: MPOA names granddaughter; out-of-hospital DNR discussed ([[NAME|Mae Etta]] wants "no machines"); document signed and scanned.
Medications reviewed: {{drug|amlodipine}} {{dose|5 mg}}, {{drug|Synthroid}} {{dose|50 mcg}}, {{drug|Tylenol}} prn, {{drug|Preparation H}}.
Preventive: pneumococcal complete; shingles (Shingrix) 2 of 2; influenza today; no further cancer screening given age and preference.
Personalized prevention plan printed and given.
Home safety: grab bars needed - referral to [[CITY|Angelina County]] Area Agency on Aging.
Next AWV: after [[DATE|11/15/2028]].
[[NAME|B. Tate]], FNP-BC / reviewed [[NAME|C. Beaumont]], MD
""")

note("M044", "cardiology new-patient consultation letter to referring physician", """
{{facility|Blue Ridge Cardiology Associates}}, P.C.
[[STREET|1 Mission Health Drive, Suite 4400]]  |  [[CITY|Asheville]], NC [[ZIP|28801]]
Phone [[PHONE|828-555-0179]]  |  Fax [[FAX|828-555-0178]]  |  [[URL|https://www.blueridgecardio.example.com]]

[[DATE|December 6, 2027]]

[[NAME|Jacqueline Merriweather]], MD
{{facility|Hendersonville Internal Medicine}}
[[STREET|615 Sixth Avenue West]], [[CITY|Hendersonville]], NC [[ZIP|28739]]

Re: [[NAME|Leroy Simmons]]  (DOB [[DATE|3/3/1959]])

Dear Dr. [[NAME|Merriweather]],

Thank you for referring Mr. [[NAME|Simmons]], a {{age|68}}-year-old retired trucker, for exertional chest tightness. Symptoms began in [[DATE|September]] while splitting wood and now occur walking up the hill to his mailbox, relieved by rest within 3-4 minutes. Risk factors: HTN, HLD, DM2 ({{lab|A1c 7.8}}), 40 pack-year smoking (quit {{other|2019}}), brother with MI at {{age|52}}.

Exam: BP 152/88, HR 76, BMI 30. Normal S1/S2, no murmur. Carotid bruit on the right.
ECG: sinus rhythm, Q waves in III and aVF, no acute changes.
Exercise nuclear stress test today: 6 min {{eponym|Bruce protocol}}, typical angina at 5 min, 1.5 mm horizontal ST depression, moderate-size reversible inferolateral defect, EF 52%. {{score|Duke treadmill score -6.5}} (high risk).

Plan:
1. Coronary angiography with possible PCI next week at {{facility|Mission Hospital}} with Dr. [[NAME|Abernathy-Lowe]].
2. Start {{drug|aspirin}} {{dose|81 mg}}, {{drug|metoprolol succinate}} {{dose|50 mg}}, increase {{drug|atorvastatin}} to {{dose|80 mg}}; SL nitroglycerin prn.
3. Carotid duplex.
We will keep you updated. He may be reached at [[PHONE|828-555-0193]]; his daughter [[NAME|Angela Simmons-Reid]] asked to be copied at [[EMAIL|angela.reid@family.example.net]] (consent on file).

Sincerely,
[[NAME|Thaddeus Okonkwo]], MD, FACC
""")

note("M045", "endocrinology consult visit (hyperthyroidism)", """
ENDOCRINOLOGY NEW PATIENT
Date: [[DATE|01/10/2028]]     Patient: [[NAME|Brianna Kealoha]]     MRN: [[MRN|QHC-0771824]]     DOB: [[DATE|06/21/1994]]
Referred by: [[NAME|Keoni Akana]], MD, {{facility|Kapiolani Family Medicine}}     Endocrinologist: [[NAME|Rachel Goldstein]], MD

CC: palpitations, weight loss, tremor.
HPI: {{age|33}} yo woman, kindergarten teacher in [[CITY|Kaneohe]], with 3 months of palpitations, heat intolerance, 14 lb weight loss and gritty eyes. No recent iodinated contrast or pregnancy (LMP [[DATE|12/28/2027]]). Mother and maternal aunt with {{eponym|Hashimoto thyroiditis}}.
Labs ([[DATE|12/30/2027]]): {{lab|TSH < 0.01}}, {{lab|free T4 3.9}}, {{lab|total T3 310}}, {{lab|TRAb 8.4}} (high).
Exam: HR 112, BP 138/64. Diffuse non-tender goiter ~50 g with bruit. Lid lag, mild proptosis (Hertel 20/21). Fine tremor. No pretibial myxedema.

Assessment: {{eponym|Graves disease}} with mild {{eponym|Graves orbitopathy}} ({{score|CAS 2/7}}).
Plan:
1. {{drug|methimazole}} {{dose|20 mg}} daily; baseline {{lab|CBC}} and {{lab|LFTs}} normal. Agranulocytosis precautions reviewed in writing.
2. {{drug|propranolol}} {{dose|20 mg TID}} for symptoms.
3. Selenium; ophthalmology referral (Dr. [[NAME|Fujimoto]]).
4. Labs in 4-6 weeks. Discussed RAI and thyroidectomy as alternatives; she wants to avoid RAI while planning pregnancy in the next 2 years with husband [[NAME|Makoa]].
Patient prefers portal contact; verified e-mail [[EMAIL|bkealoha94@mail.example.org]].
[[NAME|R. Goldstein]], MD
""")

note("M046", "neurology clinic visit (first seizure, driving restriction)", """
NEUROLOGY OUTPATIENT NOTE
{{facility|Dent Neurologic Institute}}   Provider: [[NAME|Marisa Conti]], DO   Visit [[DATE|2/14/2028]]
Patient: [[NAME|Tyler J. Brennan]]   DOB [[DATE|9/9/1997]]   MRN [[MRN|DNI-3004118]]

HPI: {{age|30}} yo right-handed man, HVAC technician from [[CITY|Cheektowaga]], had a witnessed generalized tonic-clonic seizure at a hockey game on [[DATE|Jan 21]] (his friend [[NAME|Matt Kaczmarek]] describes stiffening then jerking for ~1.5 min, tongue bite, 15 min confusion). Slept 4 hours the night before after a double shift; 6-8 beers. No prior events except possible myoclonic jerks in the morning "since high school."
ED workup at {{facility|Kenmore Mercy Hospital}}: CT head normal, {{lab|Na 138}}, {{lab|glucose 96}}, {{lab|CK 940}}, UDS negative.
EEG [[DATE|2/2/2028]]: generalized 4-5 Hz polyspike-and-wave, photoparoxysmal response.
MRI brain [[DATE|2/6/2028]]: normal.

Exam: normal neurological exam.

Assessment: juvenile myoclonic epilepsy (genetic generalized epilepsy), first GTC.
Plan:
- {{drug|levetiracetam}} ({{drug|Keppra}}) {{dose|500 mg BID}}, titrate to {{dose|1,000 mg BID}}. Avoid {{drug|carbamazepine}}.
- Sleep hygiene; limit alcohol.
- Driving: NY requires 12 months seizure-free; patient counselled not to drive and not to work at heights. He holds a NY Class D licence [[LICENSE|718 442 309]] and drives a company van (plate [[VEHICLE|HVK-4471]]); he will inform his employer. Documented counselling; he verbalized understanding.
- Return 3 months; sooner if breakthrough seizures.
cc: PCP [[NAME|Donald Wisniewski]], MD
""")

note("M047", "oncology consultation letter (new lymphoma diagnosis)", """
{{facility|Roswell Park Comprehensive Cancer Center}} - Lymphoma Program

[[DATE|March 2, 2028]]

[[NAME|Sandra Whitcomb-Diallo]], MD
{{facility|Amherst Medical Group}}
Fax [[FAX|716-555-0144]]

RE: [[NAME|Olufemi Adeyemi]], DOB [[DATE|07/07/1969]], RPCCC MRN [[MRN|RP00918277]]

Dear Dr. [[NAME|Whitcomb-Diallo]],

I had the pleasure of meeting Mr. [[NAME|Adeyemi]] and his wife [[NAME|Folake]] today. As you know, he presented in [[DATE|January]] with night sweats, 18 lb weight loss and bulky cervical and mediastinal adenopathy. Excisional biopsy of a left supraclavicular node ([[DATE|2/16/2028]], {{facility|Buffalo General Medical Center}}, accession [[OTHER_ID|BG28-S-04471]]) showed classic {{eponym|Hodgkin lymphoma}}, nodular sclerosis type. PET-CT [[DATE|2/24/2028]]: stage IIB with bulky mediastinal mass (10.5 cm). {{lab|ESR 62}}, {{lab|albumin 3.6}}, {{lab|LDH 310}}. {{score|ECOG 1}}.

Recommendation: {{drug|brentuximab vedotin}} + AVD ({{drug|doxorubicin}}, {{drug|vinblastine}}, {{drug|dacarbazine}}) x 6 cycles, starting [[DATE|3/13/2028]] after port placement and baseline echo and PFTs. Fertility counselling offered. He works as an engineer at the water treatment plant and intends to keep working between cycles.

I will keep you informed of his progress.

Sincerely,
[[NAME|Howard K. Lin]], MD, PhD
Lymphoma Program   Tel [[PHONE|716-555-0159]]   Fax [[FAX|716-555-0160]]
""")

note("M048", "telephone encounter (prescription refill request)", """
Phone Note  |  Refill request  |  Received [[DATE|03/20/2028]] 08:41  |  Taken by: [[NAME|Alexis Romero]], MA
Clinic: {{facility|Sunset Ridge Internal Medicine}}  |  Provider: [[NAME|Kenneth Osei]], MD
Patient: [[NAME|Baker, Lorene M]]  DOB [[DATE|11/30/1950]]  MRN [[MRN|SRI-0098812]]  Ph [[PHONE|602-555-0197]]
Caller identity: automated voice biometric match (template [[BIOMETRIC|VB-SRI-5520177]]) + DOB.

Request: 90-day refills sent to {{facility|Costco Pharmacy #1047}} (new pharmacy, [[STREET|1445 W. Elliot Rd]], [[CITY|Tempe]], AZ [[ZIP|85284]]):
  1. {{drug|levothyroxine}} {{dose|88 mcg}} daily - last TSH [[DATE|10/2027]] {{lab|TSH 2.4}} - OK per protocol
  2. {{drug|Crestor}} {{dose|10 mg}} daily - lipid panel [[DATE|10/2027]] - OK per protocol
  3. {{drug|alprazolam}} {{dose|0.25 mg}} prn - controlled, routed to provider; AZ CSPMP checked: last fill [[DATE|2/28/2028]], #15.
Patient also asked whether she can get her shingles shot here - told yes, nurse visit scheduled [[DATE|4/3]].

Provider response ([[DATE|3/20/2028]] 12:15): #1 and #2 sent. Alprazolam: sent #15 x 0 refills; please schedule visit to discuss long-term anxiety plan. -- [[NAME|KO]]
Patient notified 12:40 by [[NAME|A. Romero]]; left detailed message per HIPAA consent on file (daughter [[NAME|Debbie]] may also receive messages).
""")

note("M049", "patient portal message thread (scheduling and paperwork)", """
Portal conversation #[[OTHER_ID|MSG-8840127]] - "FMLA forms and next appointment"

From: [[NAME|Jorge Luis Medina]]  <[[EMAIL|jlmedina77@example.com]]>   Sent [[DATE|4/11/2028]] 10:02 PM
To: Orthopaedic Surgery - Dr. [[NAME|Nikolai Petrov]]
Hello, I need the FMLA form filled out for my job at the distribution center ([[CITY|Joliet]]). HR says it is due [[DATE|April 21]]. I uploaded it. Also can I move my post-op visit from [[DATE|4/18]] to a Friday? I can't get a ride that day. My wife [[NAME|Liliana]] works Thursdays. Thanks, [[NAME|Jorge]]

From: [[NAME|Kayla Brennan]] (Surgery Scheduler)   Sent [[DATE|4/12/2028]] 9:15 AM
Hi [[NAME|Jorge]], I moved you to Friday [[DATE|4/21]] at 10:40 AM at our [[CITY|Bolingbrook]] office, [[STREET|400 Medical Center Drive, Suite 210]]. The FMLA paperwork was sent to the forms team; there is a $25 fee. Track it here: [[URL|https://forms.midwestortho.example.org/status/FM-22817]]. Reference [[OTHER_ID|FM-22817]].

From: [[NAME|Jorge Luis Medina]]   Sent [[DATE|4/12/2028]] 11:48 AM
Perfect, thank you [[NAME|Kayla]]!

[access log] [[DATE|04/11/2028]] 22:01 login [[OTHER_ID|jlmedina77]] from [[IP|2001:db8:4a1c:17::2e]]; [[DATE|04/12/2028]] 11:47 login from [[IP|198.51.100.88]]
""")

note("M050", "home health skilled nursing visit (wound care, recertification)", """
SKILLED NURSING VISIT NOTE / RECERTIFICATION
Agency: {{facility|Bayou Home Care Services}}   Branch phone [[PHONE|337-555-0138]]
Patient: [[NAME|Thibodeaux, Alcide J.]]   DOB [[DATE|02/02/1931]]   Age [[AGE_OVER_89|97]]   HH record [[MRN|BHC-01774]]
Visit date: [[DATE|05/22/2028]]   Time in 0930  Time out 1035   Episode: [[DATE|04/23/2028]] - [[DATE|06/21/2028]]
Address: [[STREET|318 Bayou Teche Rd]], [[CITY|Breaux Bridge]], LA [[ZIP|70517]]
Medicare MBI [[HEALTH_PLAN|9PT4-XE6-HN15]]   SSN [[SSN|900-77-1428]]
Physician: [[NAME|Rene Guidry]], MD   NPI [[LICENSE|1942207731]]

Wound: stage 3 pressure injury, sacrum. 3.2 x 2.4 x 0.6 cm (last week 3.8 x 2.9 x 0.8). 80% granulation, 20% slough. Moderate serous drainage, no odor. Periwound intact. {{score|PUSH score 11}} (from 13).
Treatment: cleansed with NS, {{drug|Santyl}} to slough, calcium alginate, bordered foam; changed daily by caregiver, 3x/wk by SN.
Also: {{lab|fingerstick glucose 162}}. Lungs clear. Trace edema.
Nutrition: added {{drug|Ensure Plus}} BID; weight 139 lb.
Caregiver: wife [[NAME|Odile]] ([[AGE_OVER_89|ninety-three]]) and son [[NAME|T-Jean]] (nickname; legal name [[NAME|Jean-Baptiste Thibodeaux]]); son demonstrated dressing change correctly.
Alternating pressure mattress ({{device_model|Drive Med-Aire Plus}}) in use.
Recert plan: continue SN 3w9; wound clinic appt [[DATE|6/5/2028]] at {{facility|Lafayette General Wound Center}}.
[[NAME|Monique Broussard]], RN
""")

note("M051", "prior authorisation letter of medical necessity (GLP-1 receptor agonist)", """
{{facility|Prairie Endocrine & Metabolism Clinic}}
[[STREET|8101 W. 135th Street, Suite 300]], [[CITY|Overland Park]], KS [[ZIP|66223]]
T [[PHONE|913-555-0146]]   F [[FAX|913-555-0147]]   [[URL|www.prairieendo.example.net]]

Date: [[DATE|June 14, 2028]]
To: Blue Cross and Blue Shield of Kansas City - Pharmacy Prior Authorization, Fax [[FAX|816-555-0198]]

LETTER OF MEDICAL NECESSITY
Patient: [[NAME|Yolanda Pettiford]]     DOB: [[DATE|08/19/1972]]
Member ID: [[HEALTH_PLAN|YKC442018836]]     Group #: [[HEALTH_PLAN|KC-00714]]
Medication requested: {{drug|Mounjaro}} ({{drug|tirzepatide}}) {{dose|5 mg}} weekly, titrating to {{dose|10 mg}}
Diagnosis: Type 2 diabetes mellitus with hyperglycemia ({{code|E11.65}}); obesity, BMI 38.2 ({{code|E66.01}})
Prior claim/denial reference: [[OTHER_ID|PA-KC-20280601-3317]]

Ms. [[NAME|Pettiford]] has had type 2 diabetes since {{other|2014}}. Despite adherence to {{drug|metformin}} {{dose|1,000 mg BID}} and {{drug|Jardiance}} {{dose|25 mg}} daily for over 12 months, her {{lab|A1c 9.1%}} ([[DATE|5/30/2028]]) remains above goal. She trialled {{drug|Trulicity}} {{dose|1.5 mg}} from [[DATE|8/2027]] to [[DATE|3/2028]] with A1c reduction of only 0.4% and persistent GI intolerance. She has NAFLD ({{lab|ALT 71}}) and hypertension. Insulin is not preferred given her work as a school bus driver for the [[CITY|Olathe]] school district (hypoglycaemia risk with a CDL).
Please approve tirzepatide as medically necessary.

Prescriber: [[NAME|Imran Siddiqui]], MD, FACE
NPI: [[LICENSE|1396028841]]
Contact: [[NAME|Sheila]] (PA specialist) [[PHONE|913-555-0146 ext. 3]], [[EMAIL|priorauth@prairieendo.example.net]]
""")

note("M052", "pediatric discharge summary (asthma exacerbation)", """
PEDIATRIC HOSPITAL MEDICINE - DISCHARGE SUMMARY
{{facility|Children's Mercy Hospital}}
Patient: [[NAME|Jaylen Marcus Robinson]]     MRN: [[MRN|CM-00481127]]     DOB: [[DATE|2019-10-03]]     Age: {{age|8}} y
Admitted: [[DATE|2028-07-02]]     Discharged: [[DATE|2028-07-04]]     Attending: [[NAME|Heather Lindahl]], MD
PCP: [[NAME|Adaeze Nwosu]], MD, {{facility|Swope Health Central}}

Diagnosis: Status asthmaticus, moderate persistent asthma ({{code|J45.41}}); allergic rhinitis.
Hospital course: [[NAME|Jaylen]] presented with 2 days of cough and wheeze after a cold, {{score|PRAM 9}} on arrival, SpO2 88%. Received {{drug|albuterol}} continuous nebs x 6 h, {{drug|ipratropium}} x3, {{drug|dexamethasone}} {{dose|0.6 mg/kg}} x2 doses and IV {{drug|magnesium sulfate}} in the ED. Weaned to q4h albuterol by HD 2 and off oxygen. No PICU transfer. Had run out of {{drug|Flovent}} in [[DATE|May]]; mom reports the pharmacy said insurance would not cover it.
Asthma education completed with mom [[NAME|Tiana Robinson]] and grandmother [[NAME|Gloria]]: spacer technique, action plan, trigger avoidance (cigarette smoke at grandmother's apartment - grandmother plans to smoke outside).
Discharge meds: {{drug|Flovent HFA}} {{dose|110 mcg}} 2 puffs BID with spacer (Medicaid-covered alternative {{drug|Arnuity}} if denied); albuterol q4h prn; dexamethasone course complete.
School: letter for [[CITY|Kansas City]] Public Schools, Wheatley Elementary, excusing [[DATE|7/2]]-[[DATE|7/6]] summer program absence; asthma action plan copy for school nurse Ms. [[NAME|Ortega]].
Follow-up: PCP within 2-3 days ([[DATE|7/7]] 9:00 AM). Pulmonology referral.
Mom's cell: [[PHONE|816-555-0113]].
[[NAME|Heather Lindahl]], MD
""")

note("M053", "skilled nursing facility admission face sheet", """
RESIDENT FACE SHEET                          {{facility|Evergreen Terrace Nursing and Rehabilitation}}
-----------------------------------------------------------------------------------------------
Resident:        [[NAME|McALLISTER, RUTH IRENE]]          Resident #: [[MRN|ET-004418]]
Room/Bed:        {{other|118-A}}                          Admission: [[DATE|07/19/2028]]   From: {{facility|Spokane Valley Hospital}}
DOB:             [[DATE|12/25/1933]]       Age: [[AGE_OVER_89|94]]       Sex: F       Marital: Widowed
SSN:             [[SSN|900-63-2281]]
Prior address:   [[STREET|2816 E. Sprague Ave, Unit 12]], [[CITY|Spokane Valley]], WA [[ZIP|99212]]
Religion:        Lutheran - [[CITY|Millwood]] congregation
Primary payer:   Medicare A       MBI [[HEALTH_PLAN|4NV8-PD2-QA39]]
Secondary:       Regence BlueShield Medigap   Member [[HEALTH_PLAN|ZRB800417762]]
Facility account: [[ACCOUNT|ET-AR-220918]]
Attending:       [[NAME|Paul Lindstrom]], MD          [[PHONE|509-555-0106]]
Pharmacy:        {{facility|Omnicare of Spokane}}
Funeral home pref: none stated
Responsible party / POA: [[NAME|Karen McAllister-Dunn]] (daughter), [[STREET|4410 S. Regal St]], [[CITY|Spokane]], WA [[ZIP|99223]]
                 home [[PHONE|509-555-0164]]   e-mail [[EMAIL|kdunn.family@example.net]]
Second contact:  [[NAME|Robert McAllister]] (son, [[CITY|Coeur d'Alene]], ID)  [[PHONE|208-555-0141]]
Photo ID / med-pass face template: [[BIOMETRIC|FT-ET-88201743]]
Advance directive: POLST - DNR / selective treatment ([[DATE|07/19/2028]])
Allergies:       {{drug|sulfa}}, {{drug|latex}}
Diagnoses:       {{code|S72.002D}} hip fracture aftercare; {{eponym|Alzheimer disease}}; {{code|I10}}
""")

note("M054", "admission history and physical (acute ischemic stroke, neurology service)", """
NEUROLOGY ADMISSION H&P - STROKE SERVICE
Patient: [[NAME|Armando Delgado-Vega]]     MRN: [[MRN|BSW-5519028]]     FIN: [[OTHER_ID|718004419237]]
Admit: [[DATE|8/09/2028]]     Attending: [[NAME|Marguerite Thibault]], MD     Resident: [[NAME|Ravi Shankar]], MD

CC: R-sided weakness and trouble speaking.
HPI: {{age|71}} yo RH Spanish-speaking man with HTN, DM2, and prior tobacco use, LKW 0640 when his wife [[NAME|Consuelo]] heard him fall in the bathroom of their home in [[CITY|Temple]]. EMS: {{score|LAMS 4}}. Arrival 0731, {{score|NIHSS 14}} (aphasia, R hemiparesis, R neglect). CT: no hemorrhage, {{score|ASPECTS 9}}. CTA: L M1 occlusion. {{drug|tenecteplase}} {{dose|0.25 mg/kg}} at 0752; thrombectomy with TICI 2c recanalization at 0840 by Dr. [[NAME|Hamadeh]].
Interpreter: [[NAME|Ana Lucia Ferreira]] (in person) and son [[NAME|Mateo]] at bedside.

PMH: HTN, DM2 ({{lab|A1c 8.4}}), HLD. No prior stroke. No anticoagulants.
Meds: {{drug|glipizide}} {{dose|5 mg}}, {{drug|lisinopril}} {{dose|20 mg}}.
Social: retired from the [[CITY|Fort Hood]] commissary; lives with wife; independent at baseline ({{score|mRS 0}}).

Exam post-thrombectomy: {{score|NIHSS 6}} - mild expressive aphasia, R facial droop, R arm drift, no neglect.
Plan: NSICU; BP < 180/105 x 24 h; repeat CT 24 h; TTE with bubble; telemetry 72 h (occult AF); {{lab|LDL}}, {{lab|A1c}}; dysphagia screen before PO; PT/OT/SLP; DVT ppx with SCDs until 24 h CT.
[[NAME|R. Shankar]], MD / [[NAME|M. Thibault]], MD
""")

note("M055", "surgical progress note (postoperative day 2)", """
Surgery Progress Note  POD#2  s/p robotic LAR + diverting loop ileostomy
[[DATE|11/25/26]]  0615  |  [[NAME|Esquivel, R.]]  |  MRN [[MRN|KP-118004732]]  |  Rm {{other|7215}}

S: Pain 3/10 with {{drug|acetaminophen}} and {{drug|gabapentin}}; used {{drug|hydromorphone}} PO x1. Ambulated 4x yesterday. +Flatus in ostomy bag; no nausea. Slept OK. Wife [[NAME|Carmen]] stayed overnight.
O: Afebrile, HR 82, BP 128/76, UOP 1.4 L, ostomy output 350 mL (thin). Abd soft, appropriately tender, incisions c/d/i. Stoma pink, budded, mucocutaneous junction intact.
Labs: {{lab|WBC 9.8}}, {{lab|Hgb 11.6}}, {{lab|Cr 0.9}}, {{lab|Mg 1.8}}.
A/P: recovering as expected (ERAS pathway).
- Advance to low-residue diet; ostomy output goal < 1.2 L/day, start {{drug|loperamide}} if > 1.2 L.
- Remove {{eponym|Foley}} today (pelvic dissection - void trial).
- {{drug|enoxaparin}} {{dose|40 mg}} daily x 28 days (extended prophylaxis).
- WOC teaching day 2 with [[NAME|Lorna]]; son [[NAME|Diego]] to attend 2 pm session.
- Anticipate discharge POD 3-4.
Seen with Dr. [[NAME|Ho]].  -- [[NAME|K. Yamamoto]], MD (PGY-4)
""")

note("M056", "referral letter (oncology to hospice and palliative care)", """
{{facility|Cascade Hematology Oncology}}
[[STREET|12333 NE 130th Lane, Suite 420]]  *  [[CITY|Kirkland]], WA [[ZIP|98034]]
Phone [[PHONE|425-555-0168]]  *  Fax [[FAX|425-555-0169]]  *  [[EMAIL|referrals@cascadeheme.example.org]]

To: Intake Coordinator, {{facility|Evergreen Hospice and Palliative Care}}
Fax: [[FAX|425-555-0186]]
Referral date: [[DATE|09/26/2028]]

Patient: [[NAME|Ingeborg Solheim]]     DOB: [[DATE|04/04/1937]]     Age: [[AGE_OVER_89|91]]
Phone: [[PHONE|425-555-0170]]     Address: [[STREET|8805 Juanita Drive NE]], [[CITY|Kirkland]] [[ZIP|98034]]
Insurance: Medicare, MBI [[HEALTH_PLAN|6GH3-UJ9-LB52]]
Diagnosis: metastatic pancreatic adenocarcinoma ({{code|C25.0}}), liver metastases; {{score|ECOG 3}}
Prognosis: < 6 months in my clinical judgment.

Summary: Mrs. [[NAME|Solheim]] was diagnosed in [[DATE|June]] and received two cycles of {{drug|gemcitabine}} before declining further chemotherapy because of fatigue. She wishes to remain at home on [[STREET|Juanita Drive]] with her son [[NAME|Lars]] and his partner [[NAME|Devon Akers]]. Symptoms: RUQ pain controlled on {{drug|OxyContin}} {{dose|10 mg q12h}} + {{drug|oxycodone}} {{dose|5 mg}} prn, nausea on {{drug|olanzapine}} {{dose|2.5 mg}} qHS, 20 lb weight loss. POLST: DNR/comfort-focused. Attending of record will be me.

[[NAME|Priyanka Deshmukh]], MD   NPI [[LICENSE|1063917208]]
""")

note("M057", "consultation reply letter (dermatology to primary care)", """
{{facility|Sonoran Dermatology Specialists}}  -  [[STREET|7400 E. Osborn Rd, Ste 102]], [[CITY|Scottsdale]], AZ [[ZIP|85251]]  -  P [[PHONE|480-555-0157]]  F [[FAX|480-555-0156]]

[[DATE|10/18/2028]]

[[NAME|Alan Greenbaum]], DO
{{facility|Desert Palms Internal Medicine}}
Sent via e-fax to [[FAX|480-555-0130]] and Direct to [[EMAIL|agreenbaum@direct.desertpalms.example.com]]

Re: [[NAME|FOSTER, DALE EUGENE]] - DOB [[DATE|06.30.1955]] - our acct [[ACCOUNT|SDS-771904]]

Dear Dr. [[NAME|Greenbaum]]:

Thank you for referring Mr. [[NAME|Foster]] (retired golf-course superintendent, lifelong outdoor work) for a changing lesion on the left upper back. Full skin exam showed extensive actinic damage, multiple actinic keratoses on the scalp and forearms (treated with cryotherapy x 14) and a 9 mm asymmetric, variegated pigmented macule at the left scapula. Dermoscopy: atypical network, regression structures. Excisional biopsy performed today; pathology to {{facility|Sonora Quest}} (accession [[OTHER_ID|SQ-28-5540913]]).

I have also started {{drug|fluorouracil 5% cream}} ({{drug|Efudex}}) twice daily to the scalp for 3 weeks. He will see me in 2 weeks for results and suture removal. If melanoma is confirmed I will arrange wide local excision and discuss sentinel node biopsy with Dr. [[NAME|Aguilar]] at {{facility|HonorHealth}}.

Best regards,
[[NAME|Whitney Solis]], MD, FAAD
""")

note("M058", "telehealth primary care visit (video visit with connection details)", """
VIDEO VISIT - Primary Care
Platform session: [[URL|https://telehealth.northpoint.example.com/room/8841-2207]]   Session ID [[OTHER_ID|TH-8841-2207]]
Patient location: home, [[CITY|Dahlonega]], GA (patient confirms)     Provider location: clinic
Patient IP [[IP|203.0.113.145]]   Provider IP [[IP|192.0.2.60]]   Connection: video/audio good; 2 min drop at 10:14, reconnected.
Date: [[DATE|11/07/2028]]     Provider: [[NAME|Meredith Cobb]], PA-C     Supervising: [[NAME|Lamar Hutchins]], MD
Patient: [[NAME|Cody Ray Pruett]]     DOB [[DATE|03/15/1990]]     MRN [[MRN|NPH-7702214]]
Consent for telehealth obtained verbally; patient's girlfriend [[NAME|Kaylee]] present with permission.

CC: sore throat and cough x 5 days.
HPI: {{age|38}} yo M, welder, cough productive of yellow sputum, subjective fevers, body aches. Home COVID test negative x2. No SOB. Sister [[NAME|Amber]] had "walking pneumonia" last week. Smokes 1/2 ppd.
Exam (video): NAD, speaking full sentences, intermittent wet cough, no visible tonsillar exudate on self-shown exam; RR 16 counted.
Assessment: acute bronchitis, likely viral ({{score|Centor 1}}); tobacco use.
Plan: supportive care, {{drug|benzonatate}} {{dose|100 mg TID}} prn, {{drug|Mucinex}}; no antibiotics. In-person visit or urgent care if fever > 3 more days or dyspnea. Quit-line information sent to portal.
Total time 14 minutes. {{code|CPT 99213}}-95.
[[NAME|M. Cobb]], PA-C
""")

note("M059", "nursing admission assessment (inpatient rehabilitation)", """
IRF NURSING ADMISSION ASSESSMENT
{{facility|Encompass Health Rehabilitation Hospital of Round Rock}}
Admit [[DATE|12/01/2028]] 1420 from {{facility|St. David's Medical Center}} by wheelchair van ({{facility|Hill Country Medical Transport}}, unit plate TX [[VEHICLE|HCM-0917]])
Patient: [[NAME|Hartley, Beatrice Louise]]   MRN [[MRN|EHR-RR-118830]]   Age [[AGE_OVER_89|91]]   Acct [[ACCOUNT|RR-2812-0447]]
Impairment group: debility after sepsis / L TKA revision
Admitting physiatrist: [[NAME|Omar Haddad]], MD    Admitting RN: [[NAME|Carly Jurado]], RN

Orientation: A&O x3, pleasant, slightly HOH (R ear). Glasses. Dentures: partial lower.
Skin: L knee incision 18 cm, staples intact, no drainage; bilateral heels intact; coccyx blanchable. {{score|Braden 16}}.
Falls: {{score|Morse 75}}. Bed alarm, chair alarm, yellow wristband.
Bladder: continent, urgency; timed voiding. Bowel: last BM [[DATE|11/30]].
Pain: 4/10 L knee, {{drug|tramadol}} {{dose|50 mg}} q6h prn + scheduled {{drug|acetaminophen}}.
Swallow: regular diet, thin liquids.
Psychosocial: widow; lived alone in [[CITY|Georgetown]] in a two-story home (bedroom upstairs). Daughter [[NAME|Nancy Hartley-Fuentes]] from [[CITY|Pflugerville]] plans to stay with her 2 weeks after discharge; granddaughter [[NAME|Sierra]] is a nurse at {{facility|Baylor Scott & White}}.
Goals (pt's words): "Walk to the mailbox and climb my stairs again."
[[NAME|C. Jurado]], RN
""")

note("M060", "discharge medication reconciliation and instructions", """
DISCHARGE MEDICATION LIST - AFTER VISIT SUMMARY
{{facility|Franciscan Health Indianapolis}}     Printed [[DATE|01/09/2029]]
Patient: [[NAME|Curtis Lamont Hayes]]     MRN: [[MRN|FHI-4018873]]     Acct: [[ACCOUNT|FH0077128834]]
Discharging provider: [[NAME|Elizabeth Mwangi]], MD     Reconciled by: [[NAME|Tyler Beckett]], PharmD

START taking:
  {{drug|Entresto}} ({{drug|sacubitril-valsartan}}) {{dose|24-26 mg}} - 1 tablet twice daily (replaces lisinopril - do NOT take both; wait 36 hours after last lisinopril dose, first dose evening of [[DATE|1/10]])
  {{drug|Farxiga}} ({{drug|dapagliflozin}}) {{dose|10 mg}} - 1 tablet daily
  {{drug|spironolactone}} {{dose|12.5 mg}} - half tablet daily
CHANGE how you take:
  {{drug|carvedilol}}: now {{dose|6.25 mg}} twice daily (was 3.125 mg)
  {{drug|furosemide}} ({{drug|Lasix}}): now {{dose|40 mg}} once daily (was 20 mg)
STOP taking:
  {{drug|lisinopril}} 10 mg;  {{drug|ibuprofen}} / {{drug|Aleve}} (hurts kidneys and heart)
CONTINUE:
  {{drug|aspirin}} {{dose|81 mg}} daily; {{drug|atorvastatin}} {{dose|40 mg}} nightly

Weigh yourself every morning; call if up 3 lb in a day or 5 lb in a week.
Labs: BMP at {{facility|Franciscan Physician Network Beech Grove}} lab on [[DATE|1/16/2029]].
Heart failure clinic: [[DATE|1/20/2029]] with [[NAME|Nicole Kaminski]], NP, [[PHONE|317-555-0189]].
Meds delivered to bedside by Meds-to-Beds (receipt confirmed by patient fingerprint, template [[BIOMETRIC|MTB-FP-0091877]]); copay card for Entresto applied (card ID [[HEALTH_PLAN|EN7720041183]]).
Patient and his wife [[NAME|Vernita]] verbalized understanding using teach-back.
""")

note("M061", "outpatient pharmacy note (new-start counselling and controlled-substance pickup)", """
PHARMACIST COUNSELLING RECORD - {{facility|Lakeland Community Pharmacy}}
[[STREET|2050 E. Edgewood Dr]], [[CITY|Lakeland]], FL [[ZIP|33803]]   [[PHONE|863-555-0122]]   Pharmacy NPI [[LICENSE|1457702339]]
Date: [[DATE|02/02/2029]]   Rx #: [[OTHER_ID|RX-6610482]]   Rx #: [[OTHER_ID|RX-6610483]]
Patient: [[NAME|Sutton, Marjorie K.]]   DOB [[DATE|7/4/1949]]   Pharmacy profile [[ACCOUNT|LCP-009271]]
Prescriber: [[NAME|Vincent Amato]], MD (DEA [[LICENSE|AA8830016]])

New medications:
  1. {{drug|Xarelto}} {{dose|20 mg}} with the evening meal (new AF). Counselled: bleeding signs, no NSAIDs, do not stop without talking to the doctor, missed-dose rules; interaction with her {{drug|St. John's wort}} - advised to stop it, called Dr. [[NAME|Amato]]'s nurse [[NAME|Bev]] to document.
  2. {{drug|hydrocodone-acetaminophen}} {{dose|5/325}} #20 (after dental extraction, Dr. [[NAME|Phan]], DDS). FL E-FORCSE checked. Picked up by husband [[NAME|Walter Sutton]]; ID verified (FL DL [[LICENSE|S350-118-49-221-0]]) and fingerprint capture [[BIOMETRIC|FPR-LCP-0041182]] logged per store policy.

Patient asked about Medicare Part D coverage gap - gave {{facility|SHINE}} counselling number.
[[NAME|Hoang Le]], PharmD
""")

note("M062", "lab result letter (mailed normal results)", """
{{facility|Green Mountain Primary Care}}
[[STREET|48 Pine Street]], [[CITY|Montpelier]], VT [[ZIP|05602]]   |   [[PHONE|802-555-0111]]   |   [[URL|greenmountainpc.example.org/results]]

[[DATE|March 3, 2029]]

Mr. [[NAME|Everett P. Lamoille]]
[[STREET|117 Old County Road]]
[[CITY|East Calais]], VT [[ZIP|05650]]

Dear Mr. [[NAME|Lamoille]],

The results of the blood tests you had on [[DATE|February 24]] are normal or stable:
  {{lab|Hemoglobin 13.9}}     {{lab|PSA 1.2}}     {{lab|TSH 2.7}}     {{lab|creatinine 1.1}}     {{lab|LDL cholesterol 104}}
Your {{lab|vitamin B12 612}} is now normal on the supplement.

At [[AGE_OVER_89|ninety]] you are doing remarkably well. No changes are needed. You are due for your next check-up in [[DATE|September]]. If you would like your results by e-mail, ask [[NAME|Ellen]] at the front desk to set up the portal.

Sincerely,
[[NAME|Margaret Ashby]], MD
""")

note("M063", "intra-hospital transfer note (ICU to medical floor)", """
ICU TRANSFER NOTE (ICU -> 8 North)
Transfer date/time: [[DATE|3/18/2029]] 1530     From: CCU bed {{other|12}}     To: 8N-{{other|822}}
Patient: [[NAME|Abernathy, Clarence T.]]   MRN [[MRN|VU-00218843]]   CSN [[OTHER_ID|9913307741]]
ICU attending: [[NAME|Felicia Okoro]], MD -> Floor team: Medicine Blue, attending [[NAME|Stuart Lowenthal]], MD

Brief ICU course: {{age|84}} yo M admitted [[DATE|3/14]] with cardiogenic shock from decompensated ischemic cardiomyopathy (EF 20%). Required {{drug|dobutamine}} and {{drug|norepinephrine}} x 48 h and diuresis with {{drug|bumetanide}} drip (net -6.2 L). Weaned off inotropes [[DATE|3/17]] 0800, stable since. Discussed advanced therapies; patient not a candidate for LVAD/transplant; he chose to continue medical therapy and to defer ICD upgrade. Palliative care (Dr. [[NAME|Greer]]) following.
Active issues for floor: diuresis with PO {{drug|torsemide}} {{dose|40 mg BID}}; {{lab|K 3.8}}, {{lab|Cr 1.6}} (baseline 1.4); GDMT titration as BP allows; home O2 eval.
Device: existing {{device_model|Boston Scientific Accolade MRI}} pacemaker (SN [[DEVICE|BSC-L331-904412]]).
Lines: R basilic PICC ([[DATE|3/15]]) - keep for now. A-line removed.
Code status: DNR, OK to intubate? NO (DNR/DNI). HCP: daughter [[NAME|Regina Abernathy-Cole]] [[PHONE|615-555-0183]].
Pending: TSH, iron studies.
[[NAME|F. Okoro]], MD
""")

note("M064", "procedure note (dual-chamber pacemaker implantation)", """
PROCEDURE NOTE - PERMANENT PACEMAKER IMPLANTATION
Date: [[DATE|April 9, 2029]]     Operator: [[NAME|Samuel Adeyinka]], MD (EP)     Fellow: [[NAME|Lucia Romano]], MD
Patient: [[NAME|Lindqvist, Arvid]]     MRN: [[MRN|MH-009188241]]     Age: [[AGE_OVER_89|90]]
Indication: symptomatic complete heart block with syncope ({{code|I44.2}})
Sedation: moderate ({{drug|midazolam}} {{dose|1 mg}}, {{drug|fentanyl}} {{dose|25 mcg}}) administered by [[NAME|Hollis Graves]], RN; local {{drug|lidocaine 1%}} {{dose|20 mL}}.

Device implanted: {{device_model|Abbott Assurity MRI PM2272}}, SN [[DEVICE|8277113]], UDI [[DEVICE|(01)05414734509371(17)310430(21)8277113]]
RA lead: {{device_model|Tendril STS 2088TC}}/52 cm, SN [[DEVICE|CAR119077]]
RV lead: {{device_model|Tendril STS 2088TC}}/58 cm, SN [[DEVICE|CAR119512]]
Measurements: RA P wave 3.1 mV, threshold 0.6 V @ 0.5 ms, impedance 480 ohms; RV R wave 11 mV, threshold 0.5 V @ 0.5 ms, impedance 620 ohms.

Description: L subclavian/axillary venous access under fluoroscopy; pocket created in left pectoral region; leads positioned RA appendage and RV septum; device connected and secured; pocket irrigated with antibiotic solution; layered closure; {{device_model|TYRX}} envelope used.
Complications: none. EBL < 10 mL.
Post-op: CXR no pneumothorax. Arm sling 24 h. Device ID card given to patient and granddaughter [[NAME|Astrid]]. Remote monitor to be set up at home; device clinic in 10 days (wound check).
[[NAME|S. Adeyinka]], MD
""")

note("M065", "cardiology remote monitoring report (implantable cardiac monitor)", """
REMOTE DEVICE TRANSMISSION REVIEW
Clinic: {{facility|Upstate Cardiac Rhythm Services}}   Reviewed by: [[NAME|Kimberly Dwyer]], RN, CCDS   Physician: [[NAME|Marcus Feld]], MD
Patient: [[NAME|Rivera, Nilda]]   DOB [[DATE|08/12/1956]]   MRN [[MRN|UCR-331847]]
Device: {{device_model|Medtronic LINQ II}} ICM, SN [[DEVICE|RLB661203G]], implanted [[DATE|11/02/2028]] for cryptogenic stroke
Transmission received: [[DATE|05/01/2029]] 03:12 via patient app (phone IP [[IP|2001:db8:90::1f4]]), prior [[DATE|04/01/2029]] from [[IP|198.51.100.240]]
Portal: [[URL|https://carelink.example.net/clinic/patient/UCR-331847]]

Findings this period: 1 AF episode detected [[DATE|4/27/2029]] 14:06, duration 6 h 41 min, V rate 96-118, EGM reviewed - true AF. No pauses, no brady episodes.
Action: AF > 1 hour in a patient with prior embolic stroke - Dr. [[NAME|Feld]] recommends anticoagulation; called patient at [[PHONE|315-555-0175]], spoke to her and her daughter [[NAME|Marisol Rivera-Santiago]]; will start {{drug|apixaban}} {{dose|5 mg BID}}; stop {{drug|aspirin}}. Neurology (Dr. [[NAME|Kessler]]) copied. {{score|CHA2DS2-VASc 5}}.
Next scheduled transmission: [[DATE|6/1/2029]].
""")

note("M066", "endocrinology follow-up (type 2 diabetes on continuous glucose monitor)", """
Endocrinology Follow-Up Visit
{{facility|Texas Diabetes & Endocrinology - Round Rock}}     Date: [[DATE|05/16/2029]]
Pt: [[NAME|Vu, Thanh Hương]]     MRN: [[MRN|TDE-0048812]]     Clinician: [[NAME|Eduardo Saldana]], MD
Interpreter: Vietnamese, [[NAME|Quynh]] (video interpreter ID [[OTHER_ID|INT-22071]])

Subjective: {{age|57}} yo woman with T2DM x 12 y on basal insulin + {{drug|Ozempic}} {{dose|1 mg}} weekly. Started {{device_model|FreeStyle Libre 3}} (sensor SN [[DEVICE|0M0004T7RK2]]) in [[DATE|February]]; data shared to clinic via LibreView ([[URL|https://www.libreview.example.com/clinic/TDE/patients/48812]], last upload from [[IP|192.0.2.201]]). Works at her family's pho restaurant in [[CITY|Pflugerville]]; skips lunch on busy days. Husband [[NAME|Dung]] does the cooking at home.
CGM 14-day: TIR 68%, TBR 1%, GMI 7.3%. Post-dinner peaks to 260.
Meds: {{drug|Tresiba}} {{dose|34 units}} qAM, Ozempic 1 mg, {{drug|metformin XR}} {{dose|1,000 mg}} with dinner.
Labs: {{lab|A1c 7.6%}} (from 8.9%), {{lab|eGFR 74}}, {{lab|UACR 22}}, {{lab|LDL 81}}.
Exam: BMI 27.9. Feet: monofilament intact; no ulcers.

Plan: increase Ozempic to {{dose|2 mg}} weekly; reduce Tresiba to 30 units to avoid lows as GLP-1 increases; small lunch snack plan with dietitian [[NAME|Olivia Brandt-Nguyen]], RD. Retinal photo today. Return 3 months.
""")

note("M067", "inpatient neurology consult (facial weakness)", """
NEUROLOGY CONSULT - INPATIENT
Requesting: ED, Dr. [[NAME|Haskins]]     Neurology: [[NAME|Pooja Raman]], MD     Date/Time: [[DATE|06-02-2029]] 2210
Patient: [[NAME|Kowalski, Anthony]]     MRN: [[MRN|AHN-1197741]]     Age: {{age|46}}

Reason: L facial droop - r/o stroke.
HPI: Woke this morning with L facial droop, drooling from L side of mouth and L ear ache; wife [[NAME|Teresa]] noted he could not close his L eye. No limb weakness, no speech difficulty, no diplopia. Recent URI. Had a vesicle in L ear canal 2 days ago. Works as a high-school football coach in [[CITY|Canonsburg]].
Exam: L lower motor neuron facial palsy involving forehead ({{score|House-Brackmann IV}}); decreased taste L anterior tongue; vesicles L external auditory canal; hyperacusis L. Rest of neuro exam normal. {{score|NIHSS 0}} (facial palsy does not score as central).
Impression: L peripheral facial palsy, likely {{eponym|Ramsay Hunt syndrome}} (VZV), not {{eponym|Bell palsy}} alone given vesicles; not stroke.
Recs:
1. No stroke imaging needed.
2. {{drug|prednisone}} {{dose|60 mg}} daily x 7 days + {{drug|valacyclovir}} {{dose|1 g TID}} x 7 days.
3. Eye protection: lubricating drops hourly, ointment and taping at night.
4. ENT referral for audiology. Outpatient neurology f/u 4 weeks with Dr. [[NAME|Raman]] or Dr. [[NAME|Bhatia]].
[[NAME|P. Raman]], MD   [[PHONE|412-555-0199]]
""")

note("M068", "oncology survivorship visit (prostate cancer)", """
GU ONCOLOGY - SURVIVORSHIP / FOLLOW-UP
{{facility|Sarah Cannon Cancer Institute}}     Visit date: [[DATE|July 11, 2029]]
Patient: [[NAME|Reginald Otis Freeman]]     DOB: [[DATE|Oct 4 1952]]     MRN: [[MRN|SCC-7711042]]
Provider: [[NAME|Hannah Greenfield]], NP     Collaborating: [[NAME|Martin Osterhout]], MD

Oncologic history: {{score|Gleason 4+3=7}} (grade group 3) prostate adenocarcinoma diagnosed [[DATE|March 2024]], {{lab|PSA 11.4}} at diagnosis; treated with IMRT + 6 months {{drug|Eligard}} ({{drug|leuprolide}}) completed [[DATE|12/2024]].
Interval: feels well; mild urinary frequency, nocturia x2. Erectile dysfunction improved on {{drug|sildenafil}} {{dose|50 mg}} prn. Walking 2 miles most days with his church group in [[CITY|Antioch]]. His brother [[NAME|Otis]] was recently diagnosed with prostate cancer - encouraged his sons [[NAME|Darius]] and [[NAME|Malik]] to discuss screening at {{age|40}}-{{age|45}} with their doctors.
Labs: {{lab|PSA < 0.1}} (undetectable), {{lab|testosterone 388}}, {{lab|Hgb 13.6}}.
DEXA [[DATE|6/2029]]: {{lab|T-score -1.8}} hip.
Plan: PSA every 6 months x 2 years then annually; calcium/vitamin D; weight-bearing exercise; survivorship care plan given; PCP (Dr. [[NAME|Lucas Brandt]]) to resume routine care.
""")

note("M069", "after-hours nurse triage telephone encounter", """
AFTER-HOURS NURSE ADVICE LINE - TELEPHONE TRIAGE
Call received: [[DATE|08/04/2029]] 23:47     Call ID: [[OTHER_ID|NAL-29080417733]]     Nurse: [[NAME|Gwendolyn Price]], RN
Caller: [[NAME|Brittany Olson]] (mother)     Callback: [[PHONE|651-555-0129]]
Patient: [[NAME|Olson, Mason]]     DOB [[DATE|02/11/2027]]     Age {{age|2}}     Clinic MRN [[MRN|HPM-5501926]]
PCP: [[NAME|Jonathan Yee]], MD, {{facility|HealthPartners Woodbury}}
Caller authentication: voice ID match on file for mother ([[BIOMETRIC|VID-HP-77018234]]).

Reason for call: fever 103.1 F rectal since this afternoon; fussy but consolable; drinking; 3 wet diapers today. No rash, no breathing difficulty. Pulling at R ear. Up to date on vaccines. Gave {{drug|Children's Tylenol}} {{dose|160 mg/5 mL}} 5 mL at 2100.
Protocol: Fever - child < 3 years ({{eponym|Schmitt-Thompson}}). Disposition: see within 24 hours.
Advice: {{drug|ibuprofen}} ({{drug|Motrin}} infant drops) by weight (12.5 kg): {{dose|125 mg}} q6-8h prn; fluids; call back or go to ED for lethargy, stiff neck, breathing difficulty, no urine in 8 h, non-blanching rash.
Appointment booked [[DATE|8/5]] 09:20 with Dr. [[NAME|Yee]] via scheduling interface. Caller verbalized understanding. Call ended 23:58.
Encounter routed to PCP pool. [[NAME|G. Price]], RN
""")

note("M070", "patient portal message (question about imaging results)", """
Message  #[[OTHER_ID|MC-20290912-0418]]
From: [[NAME|Harold Kim]]   To: Dr. [[NAME|Sunita Varghese]] (Pulmonology)   Date: [[DATE|September 12, 2029]] 6:30 AM
Subject: CT results - what does "nodule" mean?

Dr. [[NAME|Varghese]], I saw my CT report in the app last night (under [[URL|https://mychart.pnwhealth.example.org/Results/CT/88102]]) and it says there is a 7 mm nodule. Should I be worried? My brother [[NAME|Daniel]] had lung cancer. I quit smoking 10 years ago. I'm traveling to [[CITY|Boise]] for my granddaughter's wedding on [[DATE|the 20th]]. Thank you. [[NAME|Harold]]

Reply from [[NAME|Sunita Varghese]], MD   [[DATE|9/12/2029]] 12:05 PM
Dear Mr. [[NAME|Kim]], thank you for your message. The 7 mm nodule in the right upper lobe is small and has smooth edges, which is reassuring; most nodules this size are benign. Because of your smoking history and your brother's cancer, I recommend a repeat low-dose CT in 3 months rather than waiting a year ({{score|Lung-RADS 3}}). Please enjoy the wedding - nothing needs to be done before then. Our scheduler [[NAME|Tomas]] will call you for a CT date around [[DATE|mid-December]]. 
-- Dr. [[NAME|V.]]

[audit] message opened [[DATE|9/12/2029]] 12:31 PM, device IP [[IP|203.0.113.61]]
""")

note("M071", "home health start-of-care intake (OASIS, post-hospital)", """
HOME HEALTH - START OF CARE (OASIS-E) - SUMMARY
{{facility|VNA of Greater Milwaukee}}     Clinician: [[NAME|Jessica Nowak]], PT (therapy-only case)
SOC: [[DATE|10/03/2029]]     M0020 Patient ID: [[MRN|VNA-0077412]]     M0064 SSN: [[SSN|900-31-6657]]
Patient: [[NAME|Zielinski, Franciszek]]     DOB: [[DATE|1937-06-15]]     Age: [[AGE_OVER_89|92]]
Address: [[STREET|2931 S. Kinnickinnic Ave, upper flat]], [[CITY|Bay View]], [[CITY|Milwaukee]] WI [[ZIP|53207]]
Phone: [[PHONE|414-555-0120]]     Medicare MBI: [[HEALTH_PLAN|8RW6-DF1-XT44]]
EVV check-in: clinician badge [[OTHER_ID|VNA-4471]], patient-home device fingerprint confirmation [[BIOMETRIC|EVV-FP-3320917]]
Certifying physician: [[NAME|Ewa Marchetti]], MD     Referral from {{facility|Aurora St. Luke's Medical Center}}

Reason for home care: gait instability after L distal radius fracture (fall on his front steps); cast removed [[DATE|9/28]].
Function: TUG 19 s; {{score|Berg Balance 39/56}}; stairs 14 steps to upper flat with one rail.
Home: upper flat, no grab bars, pet cat. Lives with wife [[NAME|Halina]] ({{age|85}}) who still drives (plate WI [[VEHICLE|AKZ-4417]]).
Meds reviewed: {{drug|Eliquis}}, {{drug|Flomax}}, {{drug|Tylenol}}; no issues.
Plan: PT 2w4, OT eval; recommend tub bench and grab bars; emergency response pendant ordered.
""")

note("M072", "insurance letter (durable medical equipment, CPAP compliance and replacement)", """
{{facility|Great Lakes Sleep Medicine}}
[[STREET|3200 Bay Road, Suite 7]]   [[CITY|Saginaw Township]], MI [[ZIP|48603]]
Phone [[PHONE|989-555-0135]]   Fax [[FAX|989-555-0136]]   Web [[URL|http://www.greatlakessleep.example.org/]]

[[DATE|11/14/2029]]

Priority Health - DME Utilization Management
Re: Replacement CPAP and supplies - request for coverage
Member: [[NAME|Dwight A. Kellerman]]     DOB: [[DATE|04/30/1961]]     SSN: [[SSN|900-54-8812]]
Member ID: [[HEALTH_PLAN|PH8830017724]]     Group: [[HEALTH_PLAN|G-118204]]
Current device: {{device_model|ResMed AirSense 10 AutoSet}}, SN [[DEVICE|23161245987]], dispensed [[DATE|10/2022]] (motor failure reported [[DATE|10/28/2029]])
Requested: {{code|E0601}} CPAP device; {{code|A7030}} full face mask; {{code|A7037}} tubing; {{code|A7038}} filters.
Supplier: {{facility|Lincare - Saginaw}}

To whom it may concern:
Mr. [[NAME|Kellerman]] has severe obstructive sleep apnea ({{lab|AHI 47}}, {{lab|SpO2 nadir 74%}} on polysomnography [[DATE|8/15/2022]]). Download for the last 90 days before failure shows use on 96% of nights, average 7 h 12 min, residual {{lab|AHI 2.1}}, at {{dose|APAP 8-14 cm H2O}}. His symptoms ({{score|Epworth 16}} before treatment, now 5) and blood pressure improved on therapy. He drives for a living (CDL [[LICENSE|K452-611-093-118]]), and untreated OSA would make him unsafe to drive. The device is beyond repair per the supplier's technician.
Please approve replacement.

[[NAME|Leonard Baptiste]], DO, Sleep Medicine   NPI [[LICENSE|1275530049]]
""")

note("M073", "discharge summary (COPD exacerbation, very elderly patient)", """
Discharge Summary
Hospital: {{facility|Sentara Norfolk General Hospital}}     Unit: 5 Medical
Patient: [[NAME|Pocahontas "Pokey" Jefferson]]     MRN: [[MRN|SNG-00118472]]     Account: [[ACCOUNT|7741120039]]
Age/Sex: [[AGE_OVER_89|98]] / F     Admit: [[DATE|12/02/2029]]     Discharge: [[DATE|12/07/2029]]
Attending: [[NAME|Osvaldo Pineda]], MD     PCP: [[NAME|Gail Summers]], NP

Principal diagnosis: Acute exacerbation of COPD ({{code|J44.1}}) with acute on chronic hypoxic respiratory failure.
Secondary: chronic HFpEF; CKD 3a; macular degeneration; osteoporosis.

Course: Mrs. [[NAME|Jefferson]] (known to staff as "[[NAME|Pokey]]") was brought from home in [[CITY|Portsmouth]] by her grandson [[NAME|Terrell]] with 3 days of increased dyspnea and sputum. Treated with nebulised {{drug|DuoNeb}}, {{drug|prednisone}} {{dose|40 mg}} x5 days and {{drug|doxycycline}}. BiPAP overnight [[DATE|12/2]] only. {{lab|pCO2 58}} on admission, {{lab|pCO2 47}} at discharge. Weaned to baseline 2 L O2. Ambulating 150 ft with rollator. {{age|Nonagenarian}} frailty discussed; she remains clear she wants to go home and to be re-hospitalised if needed but not intubated (DNI, OK for BiPAP).
Discharge: home with family and home health (SN/PT); {{drug|Trelegy Ellipta}} {{dose|1 inhalation}} daily (new; replaces Advair + Spiriva); finish prednisone [[DATE|12/8]].
Follow-up: [[NAME|Gail Summers]], NP in 1 week; pulmonology (Dr. [[NAME|Ashworth]]) in 4-6 weeks.
Contacts: grandson [[NAME|Terrell Jefferson]] [[PHONE|757-555-0192]]; granddaughter-in-law [[NAME|Keona]] [[PHONE|757-555-0193]].
Dictated by [[NAME|O. Pineda]], MD  [[DATE|12/07/2029]]
""")

note("M074", "emergency department note (fall in a very elderly patient)", """
ED Physician Documentation
{{facility|Lehigh Valley Hospital - Cedar Crest}}     Arrival [[DATE|1/5/2030]] 06:22 by {{facility|Cetronia Ambulance Corps}}
[[NAME|Schaeffer, Gertrude]]     [[AGE_OVER_89|96]] y.o. F     MRN [[MRN|LV-2290017]]     Enc [[OTHER_ID|EN-3300411825]]     SSN on file [[SSN|900-12-4478]]
Attending: [[NAME|Dominic Ferraro]], DO     Resident: [[NAME|Ngoc Anh Tran]], MD

HPI: [[AGE_OVER_89|96]] yo woman with HTN, AF (on {{drug|Eliquis}}) and mild cognitive impairment found on the floor of her bedroom by her neighbour Mr. [[NAME|Kovach]] at ~0545; unclear downtime (last seen ~2200 by her son [[NAME|Walter]] by phone). She says she "slipped getting to the commode." Denies LOC, chest pain, palpitations. Lives alone in a twin home on [[STREET|N. 7th Street]] in [[CITY|Whitehall]]; uses cane; Life Alert not worn.
Exam: HR 88 irregular, BP 164/82, T 35.9. Small L occipital hematoma. R hip: no shortening/rotation, pain with log roll. Skin tear L forearm 4 cm. {{score|GCS 15}}. {{score|CFS 6}} (Clinical Frailty Scale).
Labs: {{lab|CK 1,880}}, {{lab|Cr 1.3}}, {{lab|Hgb 11.9}}, {{lab|troponin 22}} (flat), UA negative.
Imaging: CT head - no ICH. CT C-spine - degenerative only. Pelvis/R hip XR - no fracture; CT pelvis - non-displaced R superior pubic ramus fx.
MDM: ground-level fall with prolonged lie, mild rhabdo, pubic ramus fracture on anticoagulation. Not safe for home alone.
Plan: admit to hospitalist (Dr. [[NAME|Moyer]]) for IV fluids, pain control, PT/OT, and dispo planning (son [[NAME|Walter Schaeffer]], [[PHONE|610-555-0148]], agreeable; considering {{facility|Luther Crest}} rehab).
""")

note("M075", "orthopaedic surgery consult (hip fracture)", """
ORTHOPAEDIC SURGERY CONSULTATION
Date: [[DATE|2030-02-11]]     Consultant: [[NAME|Benjamin Achebe]], MD     Requesting: Hospitalist, Dr. [[NAME|Lucy Fontaine]]
Patient: [[NAME|Pappas, Eleni]]     MRN: [[MRN|UH-5501776]]     Age: {{age|83}}     Room {{other|6E-14}}

HPI: Mrs. [[NAME|Pappas]] tripped over her dog's leash in the driveway of her home in [[CITY|Tarpon Springs]] this afternoon and landed on her R side. Unable to bear weight. No head strike. She is independent, still works part-time at the family bakery, and walks without aids. Daughter [[NAME|Sophia Pappas-Lyons]] at bedside.
PMH: osteopenia ({{drug|Prolia}} {{dose|60 mg}} q6 months, last [[DATE|11/2029]]), HTN, hypothyroidism. No anticoagulants.
Exam: R leg shortened and externally rotated. NV intact distally.
Imaging: displaced R femoral neck fracture ({{eponym|Garden IV}}). No other injuries.
Labs: {{lab|Hgb 12.4}}, {{lab|INR 1.0}}, {{lab|vitamin D 24}}.

Assessment: displaced R femoral neck fracture in an active {{age|83}}-year-old.
Plan: R total hip arthroplasty (vs hemiarthroplasty; discussed - THA given high activity level) tomorrow AM if medically optimized; NPO after midnight; {{eponym|Buck traction}} not necessary; pain control with fascia iliaca block by anesthesia; hold Prolia; post-op bone health clinic referral ({{facility|Florida Orthopaedic Institute}} FLS). Risks including dislocation, infection, VTE, leg-length discrepancy, death discussed with patient and daughter; consent signed.
[[NAME|B. Achebe]], MD   Ortho on-call [[PHONE|727-555-0116]]
""")

note("M076", "radiology report (venous duplex ultrasound)", """
VASCULAR ULTRASOUND REPORT
{{facility|Ochsner Medical Center - West Bank}}
Name: [[NAME|BOUDREAUX, LEON P]]     MRN: [[MRN|OMC01993874]]     DOB: [[DATE|03-17-1958]]     Acc: [[OTHER_ID|US30-0233187]]
Exam: US VENOUS DUPLEX LOWER EXTREMITY LEFT     Date: [[DATE|03-03-2030]]
Ordered by: [[NAME|Celeste Arceneaux]], NP     Sonographer: [[NAME|Trung Pham]], RVT
Indication: L calf swelling and pain x 4 days after 11-hour drive from [[CITY|Houston]]; {{score|Wells score 3}}.

Findings: Non-compressible, expanded left popliteal and posterior tibial veins with echogenic intraluminal thrombus; absent augmentation at the popliteal vein. Common femoral and femoral veins compressible with normal phasic flow. Greater saphenous vein patent. Incidental 3.1 x 1.2 cm {{eponym|Baker cyst}} in the left popliteal fossa.
Right common femoral vein: normal flow.

Impression:
1. Acute DVT, left popliteal and posterior tibial veins.
2. Left {{eponym|Baker cyst}}.
Results called to [[NAME|C. Arceneaux]], NP at {{other|14:25}}; she will contact the patient at [[PHONE|504-555-0154]].
Reading physician: [[NAME|Aimee Fontenot]], MD
""")

note("M077", "outpatient clinic registration sheet (new patient, with guarantor)", """
NEW PATIENT REGISTRATION - {{facility|Summit Medical Group}}                      Scanned [[DATE|04/02/2030]]
----------------------------------------------------------------------------------------------
PATIENT
  Name (Last, First MI): [[NAME|OKONKWO-BAKER, CHIDERA A]]      Preferred name: [[NAME|Dera]]
  DOB: [[DATE|05/09/2012]]     Age: {{age|17}}     Sex at birth: F     Gender identity: F
  SSN: [[SSN|900-81-3306]]
  Address: [[STREET|56 Hobart Gap Road]], [[CITY|Short Hills]], NJ [[ZIP|07078]]
  Student at: [[CITY|Millburn]] High School     Student ID [[OTHER_ID|MHS-2291877]]
  Cell (patient): [[PHONE|973-555-0182]]     Portal username: [[OTHER_ID|dera.ob12]]
  Check-in: palm-vein enrollment [[BIOMETRIC|PV-SMG-00771045]]     Photo on file
GUARANTOR / RESPONSIBLE PARTY
  [[NAME|BAKER, STEPHEN J]] (father)     DOB [[DATE|11/22/1975]]     SSN [[SSN|900-22-7719]]
  Employer: Prudential, [[CITY|Newark]]     Work phone [[PHONE|973-555-0183 x 5521]]
  Guarantor acct: [[ACCOUNT|G-0088127734]]
  Second parent: [[NAME|Ngozi Okonkwo]] (mother) [[PHONE|973-555-0184]]  [[EMAIL|ngozi.okonkwo@example.com]]
INSURANCE
  Horizon BCBSNJ     Subscriber: [[NAME|Stephen J Baker]]     ID [[HEALTH_PLAN|3HZN00812774]]     Group [[HEALTH_PLAN|0441871]]
PHARMACY: {{facility|CVS}} [[STREET|Millburn Ave]], [[CITY|Millburn]]
Consent for minor treatment signed by [[NAME|Stephen Baker]] on [[DATE|4/2/2030]]; confidential adolescent visit policy explained.
Parking permit issued: NJ plate [[VEHICLE|X44-RDT]] (father's car).
Reason for visit: sports physical and acne.
""")

note("M078", "surgical pathology report (prostate needle biopsies)", """
{{facility|Aurora Diagnostics - GU Pathology}}
[[STREET|11010 Prairie Lakes Drive]], [[CITY|Eden Prairie]], MN [[ZIP|55344]]   Tel [[PHONE|952-555-0171]]   Fax [[FAX|952-555-0172]]

Patient: [[NAME|Gustafson, Harlan E.]]     DOB: [[DATE|10/10/1958]]     Accession: [[OTHER_ID|GU30-11408]]
Clinic MRN: [[MRN|MUC-448201]]     Physician: [[NAME|Nora Lindgren]], MD (Urology)
Date obtained: [[DATE|4/14/2030]]     Date reported: [[DATE|4/17/2030]]
Clinical: {{lab|PSA 8.7}}, MRI {{code|PI-RADS 4}} lesion L mid peripheral zone; systematic + targeted biopsy.

DIAGNOSIS:
 A. L base: benign prostatic tissue.
 B. L mid: prostatic adenocarcinoma, {{score|Gleason score 3+4=7}} (Grade Group 2), 40% of one core, pattern 4 = 10%.
 C. L apex: benign.
 D. R base / E. R mid / F. R apex: benign; focal high-grade PIN in E.
 G. Target ROI #1 (L mid PZ): adenocarcinoma, {{score|Gleason 3+4=7}} (GG 2), 3 of 3 cores, up to 65%, pattern 4 = 20%; perineural invasion present.
No extraprostatic extension identified in the biopsy.

Comment: Case reviewed at intradepartmental consensus with Dr. [[NAME|Rafael Ocampo]].
[[NAME|Ingrid Holm]], MD                 Reviewed with [[NAME|Nora Lindgren]], MD by phone [[DATE|4/17/30]].
""")

note("M079", "nursing shift progress note (medical-surgical, day shift)", """
RN Shift Summary - 0700-1930 - [[DATE|May 6, 2030]] - 7 South
Patient: [[NAME|Bishop, Rose Marie]]     MRN [[MRN|BH-6610283]]     Age {{age|62}}     Dx: cellulitis R leg

Neuro: alert, oriented, pleasant. Pain 2-5/10 R shin, {{drug|oxycodone}} {{dose|5 mg}} x1 at 1100 with relief.
Skin: erythema R anterior shin receding from the marked border (marked [[DATE|5/4]]); warm, less tender. No blisters, no {{other|rash}} elsewhere.
ID: {{drug|cefazolin}} {{dose|2 g IV q8h}} via PIV (L FA 20g, placed [[DATE|5/4]], site clean). Afebrile. {{lab|WBC 8.9}} (from 14.1).
Cardio: NSR 70s, BP 132/78. Legs elevated on pillows.
GI/GU: regular diet 100%; voiding; BM today.
Mobility: up ad lib, steady.
Psychosocial: in good spirits; says she has {{other|faith}} she'll be home for her grandson's graduation in [[CITY|Harrisonburg]] this weekend. Husband [[NAME|Grant]] visited at lunch; daughter [[NAME|Faith Bishop-Warren]] called, updated per patient's permission. Hospital chaplain visited at her request; she expressed {{other|hope}} of returning to choir practice soon.
Teaching: signs of worsening infection, leg elevation, finishing oral antibiotics. {{other|Will}} transition to {{drug|cephalexin}} {{dose|500 mg QID}} tomorrow per Dr. [[NAME|Marsh]] if improving.
Plan of care reviewed. -- [[NAME|Jennifer Tran]], RN; handoff to [[NAME|Will Okafor]], RN at 1915.
""")

note("M080", "prior authorisation fax form (advanced imaging)", """
*** FAX - PRIOR AUTHORIZATION REQUEST: OUTPATIENT ADVANCED IMAGING ***
To: EviCore Healthcare     Fax [[FAX|1-800-555-0124]]
From: {{facility|Hill Country Neurology}}, [[STREET|4310 James Casey St, Ste 4B]], [[CITY|Austin]], TX [[ZIP|78745]]
      Phone [[PHONE|512-555-0105]]     Fax [[FAX|512-555-0106]]     Contact: [[NAME|Rosalinda Vega]]
Date sent: [[DATE|06/03/2030]]     Pages: 4 (incl. cover)

Member name: [[NAME|Castillo, Veronica I.]]     DOB: [[DATE|01/27/1985]]
Health plan: UnitedHealthcare Choice Plus     Member ID: [[HEALTH_PLAN|918447210]]     Group: [[HEALTH_PLAN|758812]]
Subscriber SSN (required by employer plan): [[SSN|900-47-0163]]
Ordering provider: [[NAME|Anika Sorensen]], MD     NPI [[LICENSE|1821094475]]     TX license [[LICENSE|Q7741]]
Rendering facility: {{facility|Austin Radiological Association}} - Far West

Study requested: MRI brain with and without contrast ({{code|CPT 70553}})
Diagnosis: {{code|G43.109}} migraine with aura, not intractable; {{code|R29.818}} other symptoms involving nervous system
Clinical summary: {{age|45}} yo woman with migraine since adolescence, new pattern since [[DATE|March]] - aura with R arm numbness lasting 40 min, 3 episodes, one without headache. Neuro exam normal. Failed {{drug|topiramate}} (cognitive side effects) and {{drug|propranolol}}. On {{drug|Nurtec ODT}} {{dose|75 mg}} prn. Atypical aura features and age of change warrant imaging to exclude structural lesion / demyelination.
Previous imaging: CT head [[DATE|4/2030]] at {{facility|St. David's South Austin}} - normal.
Case # (payer use): [[OTHER_ID|EVC-3306-77104]]
""")


MARK = re.compile(r"\[\[([A-Z_0-9]+)\|(.*?)\]\]|\{\{([a-z_]+)\|(.*?)\}\}")

MINIMUM = {"NAME": 400, "DATE": 220, "CITY": 30, "STREET": 25, "AGE_OVER_89": 20,
           "OTHER_ID": 40, "MRN": 40, "PHONE": 35}


def build() -> list[dict]:
    """The records, in order: id, genre, text, spans, lookalikes."""
    return build_records(NOTES, MARK)


_TITLES = ("Dr.", "Dr ", "Mr.", "Mrs.", "Ms.", "Miss ", "Rev.", "Fr.", "Nurse ", "Officer ",
           "Ofc.", "Sgt.", "Deputy ", "Judge ", "Coach ", "SW ", "RN ", "CO ")
_CREDENTIALS = (" MD", " RN", ", MD", ", RN", " DO", ", DO", " DDS", ", DDS", " PA-C", " CNM",
                " LCSW", " PhD", " NP", ", NP", ", PT", " OTR/L", " PharmD", " FNP-BC", " CRNA")

def check(records: list[dict]) -> None:
    """Assert offsets, no marks left, invented-only identifier ranges and the minimum counts."""
    check_set(records, id_prefix="M", titles=_TITLES, credentials=_CREDENTIALS, minimum=MINIMUM)


def main() -> None:
    records = build()
    check(records)
    write_set(records, OUT)


if __name__ == "__main__":
    main()
