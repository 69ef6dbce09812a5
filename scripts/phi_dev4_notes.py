"""Fourth development set of synthetic, annotated US clinical notes for de-identification.

Run ``python scripts/phi_dev4_notes.py`` from the repository root to (re)write
``medllm_utils/resources/data/phi_dev4_notes.jsonl``; ``build()`` returns the records and
``check(records)`` verifies them.  Standard library only, no randomness.

Written independently by a separate author, without looking at any detection rules or at the
other note sets, in the genres and styles of US clinical documentation (H&P, SOAP, discharge,
ED, nursing, pharmacy, billing, registration, letters, portal messages, logs and forms).
Everything is invented: people, streets, towns, numbers.  Phone and fax numbers use the
fictional 555-01xx range, e-mail and web addresses the reserved example.org/.com/.net domains,
IP addresses the documentation ranges (192.0.2.x, 198.51.100.x, 203.0.113.x, 2001:db8::),
SSNs the never-issued 9xx and 000 prefixes.

Mark-up: ``[[TYPE|text]]`` is an identifier (a PHI span), ``{{kind|text}}`` a look-alike that
must not be flagged.  The marks are stripped and the offsets computed here.

Annotation conventions
- NAME: every person (patients, relatives, friends, clinicians, staff, interpreters, clerks).
  Titles (Dr., Mrs., Chaplain) and credentials (MD, RN, PharmD) stay outside the span; a
  possessive 's stays outside; "Last, First M" and "LAST, FIRST" are one span.
- DATE: any date element more specific than a year: full dates, month-year, a month alone,
  "the 14th" (with "the"), "3/14".  A weekday beside a date and a time of day stay outside.
  A year alone is not PHI (marked as look-alike kind "other" in places).
- AGE_OVER_89: the number only ("92" in "92 y/o").  Ages up to 89 are look-alikes (kind "age").
- STREET: the street line with its apartment, unit or suite; PO boxes and rural routes too.
  CITY: towns, cities, counties and neighbourhoods.  ZIP: five digits or ZIP+4 as one span.
  State names are not PHI.
- PHONE / FAX: the whole number, with its extension when one is written next to it.  Numbers,
  addresses, e-mails and URLs of clinicians, clinics and agencies are marked like the
  patient's; the names of hospitals, clinics, pharmacies, agencies and insurers are not
  (some are marked as look-alikes, kind "facility").
- EMAIL: the whole address.  URL: the whole address.  IP: IPv4 or IPv6 address.
- MRN: medical record numbers.  ACCOUNT: hospital, billing and guarantor account numbers.
  HEALTH_PLAN: member, subscriber, Medicare (MBI), Medicaid and group numbers.
  LICENSE: driver's licence, professional licence, NPI and DEA numbers.
  VEHICLE: licence plates and VINs.  DEVICE: serial numbers and UDIs of a patient's own
  devices and implants (model names are look-alikes).  BIOMETRIC: identifiers of
  fingerprints, footprints, palm-vein, voice and iris templates.
  OTHER_ID: encounter/FIN/CSN numbers, accession, specimen, claim, case, ticket, badge,
  certificate, study subject ids, usernames, prior-authorisation and reference numbers.
- Look-alike kinds: drug, eponym, lab, dose, score, device_model, code, age, facility, other
  (times, rooms and beds, years alone, state names, lot numbers, common words that are also
  names).  Look-alikes are a sample; not every drug or lab value is marked.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))   # scripts/phi_markup.py
from phi_markup import build_records, check_invented, check_offsets, write_set

OUT = Path(__file__).resolve().parents[1] / "medllm_utils" / "resources" / "data" / "phi_dev4_notes.jsonl"

TYPES = ("NAME", "DATE", "PHONE", "FAX", "EMAIL", "URL", "IP", "SSN", "MRN", "ACCOUNT",
         "HEALTH_PLAN", "LICENSE", "VEHICLE", "DEVICE", "BIOMETRIC", "OTHER_ID", "STREET",
         "CITY", "ZIP", "AGE_OVER_89")
KINDS = ("drug", "eponym", "lab", "dose", "score", "device_model", "code", "age", "facility",
         "other")

MINIMUM = {"NAME": 230, "DATE": 130, "CITY": 25, "STREET": 20}

NOTES = []


def note(nid, genre, body):
    NOTES.append((nid, genre, body.strip("\n")))


note("G001", "admission H&P", """
RIVERBEND REGIONAL MEDICAL CENTER - HOSPITAL MEDICINE
ADMISSION HISTORY AND PHYSICAL

Patient: [[NAME|Okonkwo, Adaeze N]]      MRN: [[MRN|RRM-00482913]]      DOB: [[DATE|07/22/1958]]
FIN: [[OTHER_ID|2024-118830-44]]      Admit: [[DATE|03/14/2024]] {{other|21:40}}      Bed: {{other|5W-512B}}
Attending: [[NAME|Marcus Bell]], MD      PCP: [[NAME|Lydia Haverkamp]], DO ([[PHONE|(614) 555-0148]])
Source of history: patient and her daughter [[NAME|Chiamaka]] at bedside; outside records from {{facility|Granite Valley Cardiology}}.

CHIEF COMPLAINT: "I can't catch my breath lying down."

HPI: Ms. [[NAME|Okonkwo]] is a {{age|65}}-year-old woman with HFrEF (EF {{lab|30%}} on TTE [[DATE|Aug 2023]]), T2DM, CKD 3b and paroxysmal AF on {{drug|Eliquis}} {{dose|5 mg BID}} who presents with ten days of progressive dyspnea, 3-pillow orthopnea and about 10 lb of weight gain. She ran out of {{drug|furosemide}} around [[DATE|the 2nd]] when her mail-order refill was delayed and "didn't want to bother anybody." Denies chest pain, syncope, fever. Ate ham and collards at a church dinner on [[DATE|3/10]].

PMH: ischemic cardiomyopathy; CAD s/p DES to LAD [[DATE|11/2019]]; T2DM (A1c {{lab|8.1%}} on [[DATE|1/9/24]]); CKD 3b; PAF, {{score|CHA2DS2-VASc 6}}; gout.
PSH: cholecystectomy {{other|1994}}; C-section x2.
MEDS: {{drug|Entresto}} {{dose|49/51 mg}} BID; {{drug|metoprolol succinate}} {{dose|50 mg}} daily; furosemide {{dose|40 mg}} daily (not taking x12 d); {{drug|Jardiance}} {{dose|10 mg}} daily; insulin glargine {{dose|22 units}} qHS; {{drug|allopurinol}} {{dose|100 mg}} daily.
ALLERGIES: sulfa (hives).
SOCIAL: Lives with her daughter in [[CITY|Granger Mills]]; works part time at a dry cleaner. Quit smoking {{other|2009}}. No EtOH or drugs.
FAMILY: Mother died of stroke at {{age|71}}; brother on dialysis.

EXAM: T 36.8, HR 104 irregularly irregular, BP 148/92, RR 24, SpO2 {{lab|89%}} RA -> 95% on 3 L NC. JVP to angle of jaw. Bibasilar crackles halfway up. 2+ pitting edema to knees. Alert, oriented x3.

DATA: BNP {{lab|1,840 pg/mL}}; Na {{lab|133}}; K {{lab|5.2}}; Cr {{lab|2.1}} (baseline 1.7); hs-troponin {{lab|38 ng/L}} -> {{lab|41 ng/L}}. CXR: cephalization, small bilateral effusions. ECG: AF, rate 108, old Q waves V1-V3.

ASSESSMENT/PLAN:
1. Acute on chronic HFrEF ({{code|I50.23}}), precipitated by diuretic interruption and dietary sodium. IV furosemide {{dose|80 mg}} BID, strict I/O, daily weights, 2 g Na diet, 1.5 L fluid restriction. Hold Entresto tonight given K and Cr.
2. AF with RVR - continue metoprolol, apixaban.
3. AKI on CKD - likely cardiorenal; trend BMP q12h.
4. T2DM - glargine at 80%, correction scale.
Code status: Full code (confirmed with patient). HCP: daughter [[NAME|Chiamaka Okonkwo-Reyes]], cell [[PHONE|614-555-0172]].

[[NAME|Marcus Bell]], MD - Hospital Medicine - [[DATE|03/15/2024]] {{other|00:52}}
""")

note("G002", "progress note (SOAP)", """
Hospital Day 3 - Medicine Progress Note - [[DATE|Sat 6/8]]
Pt: [[NAME|TRAN, VAN MINH]]  MRN [[MRN|004417762]]  Rm {{other|714-2}}

S: Slept poorly, "the nurse woke me up every hour." Cough improving, less sputum. No SOB at rest. Tolerating regular diet. Son [[NAME|Kevin]] visited last evening and asked about d/c timing; wife [[NAME|Hoa]] prefers we call her ([[PHONE|(408) 555-0119]]) rather than [[NAME|Kevin]] because he works nights.

O: Tmax {{lab|37.9}}, now afebrile x 24h. HR 88, BP 132/78, RR 18, SpO2 {{lab|94%}} on 1 L.
Lungs: coarse crackles R base, improved. No edema.
Labs: WBC {{lab|11.2}} (from 16.8), Hgb {{lab|12.9}}, plt {{lab|301}}. Procalcitonin {{lab|0.31}}. Na {{lab|136}}, Cr {{lab|0.9}}.
Micro: blood cx [[DATE|6/5]] NGTD x 2; sputum cx: normal flora. Legionella urine Ag neg.

A/P: {{age|74}}M w/ COPD (GOLD 3), CAP RLL, {{score|CURB-65 2}} on admission, improving.
1. CAP - day 4 of {{drug|ceftriaxone}} {{dose|1 g}} IV q24h + {{drug|azithromycin}} (completed). Switch to PO {{drug|cefpodoxime}} {{dose|200 mg}} BID to complete 5-7 days.
2. COPD - continue {{drug|Trelegy}} 1 puff daily, {{drug|albuterol}} neb q4h prn. Wean O2 to RA; ambulatory sat before d/c.
3. Deconditioning - PT eval today.
Dispo: likely home tomorrow w/ wife. Interpreter (Vietnamese) [[NAME|Linh Pham]] used for family update, ID# [[OTHER_ID|INT-20731]].

-- [[NAME|Priya Raghunathan]], MD, PGY-2 / attending [[NAME|Tobias King]], MD
""")

note("G003", "discharge summary", """
DISCHARGE SUMMARY

Name: [[NAME|Delgado-Ruiz, Marisol]]
MRN: [[MRN|M-2298104]]          Acct #: [[ACCOUNT|560-33918-02]]
Admitted: [[DATE|April 2, 2024]]     Discharged: [[DATE|April 6, 2024]]
Attending: [[NAME|Nathaniel Grant]], MD
Discharge diagnosis: Acute uncomplicated pyelonephritis, left ({{code|N10}}); sepsis ruled out.
Secondary: Hypothyroidism ({{eponym|Hashimoto thyroiditis}}); obesity, BMI {{lab|34}}.

HOSPITAL COURSE:
{{age|41}}-year-old woman presented to the ED on [[DATE|4/2]] with 3 days of dysuria, left flank pain and fever to {{lab|39.4 C}}. UA showed pyuria and nitrites; lactate {{lab|1.6}}. Started on {{drug|ceftriaxone}} {{dose|1 g}} daily. Urine culture grew E. coli >100,000 CFU/mL, pan-sensitive except ampicillin. CT A/P without contrast ([[DATE|4/3]]) showed no stone or abscess. Defervesced on hospital day 2 and tolerated PO. Transitioned to {{drug|cephalexin}} {{dose|500 mg}} QID to complete 10 days total.
{{drug|Levothyroxine}} continued at home dose {{dose|112 mcg}}. TSH {{lab|2.4}}.

DISPOSITION: Home with husband [[NAME|Ernesto]].
FOLLOW-UP:
- PCP Dr. [[NAME|Hope Adeyemi]], {{facility|Northfield Family Health}}, [[STREET|2200 Tamarack Ave, Suite 110]], [[CITY|Cold Spring Junction]], OH [[ZIP|43219]], within 1 week. Phone [[PHONE|614.555.0133]].
- Repeat UA not needed if asymptomatic.
PENDING: none.
Patient education: Spanish-language handouts given; teach-back completed with interpreter [[NAME|Gabriela Soto]].

Electronically signed: [[NAME|Nathaniel Grant]], MD  [[DATE|04/06/2024]] {{other|15:22}}
cc: [[NAME|Hope Adeyemi]], MD
""")

note("G004", "ED provider note", """
EMERGENCY DEPARTMENT PHYSICIAN NOTE
Arrival: [[DATE|11/23/2023]] {{other|0214}} via EMS (Medic 7)
Pt: [[NAME|Jamal Whitaker]]   DOB [[DATE|02-19-1997]]   MRN [[MRN|71-004-3388]]   CSN [[OTHER_ID|880124557]]

HPI: {{age|26}} yo M restrained driver in a single-vehicle MVC at approximately 45 mph into a guardrail on a county road outside [[CITY|Halloway]]. +airbag deployment. Self-extricated. Per EMS and the state trooper on scene (Tpr. [[NAME|Dana Kowalczyk]], badge [[OTHER_ID|2318]]), the vehicle was a gray 2016 Accord, plate OH [[VEHICLE|JKM-4471]]; trooper requested a blood alcohol level. Pt c/o L chest wall pain and L wrist pain. Denies LOC, neck pain, abd pain. Last drink "a couple beers" ~{{other|2300}}.

ROS: otherwise negative.
PMH: none. Meds: none. NKDA. Social: works at a distribution warehouse; lives with girlfriend [[NAME|Tasha Greene]].

PE: GCS {{score|15}}. HR 102, BP 138/84, SpO2 {{lab|98%}} RA. Seat-belt sign across L chest; no abdominal seat-belt sign. Tender L ribs 5-7, no crepitus. L wrist: snuffbox tenderness, swelling. {{eponym|Babinski}} absent bilaterally. Neuro otherwise nonfocal. FAST negative.

ED course: CT head/C-spine negative. CXR: nondisplaced L 6th rib fx, no PTX. L wrist XR: no fracture seen; placed in thumb spica splint for possible occult scaphoid fracture. Serum EtOH {{lab|96 mg/dL}}. {{drug|Toradol}} {{dose|15 mg}} IV, {{drug|Tylenol}} {{dose|1 g}} PO. Incentive spirometry teaching.

MDM: Moderate. Blunt chest trauma with single rib fracture; no indication for admission. Ambulatory, tolerating PO, pain controlled.
Dispo: Discharged {{other|0640}} to girlfriend. Hand clinic f/u 10-14 days for repeat scaphoid films; ortho hand line [[PHONE|(330) 555-0107 ext 2]].

[[NAME|Renata Osei-Bonsu]], DO, Emergency Medicine
""")

note("G005", "triage note", """
ED TRIAGE  [[DATE|01/07/25]] {{other|16:08}}   ESI {{score|3}}
Name: [[NAME|YAZZIE, LORETTA]]   Age: {{age|58}}   Sex: F   MRN: [[MRN|00-653-219]]
Arrived: private vehicle, driven by her nephew [[NAME|Delbert]]
CC: "sugar too high, feel weak"
HPI per pt: BG "HI" on home meter since this morning; vomited x2; polyuria. Missed insulin yesterday, ran out, pharmacy in [[CITY|Chinle Flats]] closed for the holiday. From [[CITY|Sweetwater Wash]], about 40 miles.
VS: T {{lab|37.1}} HR 118 BP 104/62 RR 26 SpO2 {{lab|97%}} Pain {{score|4/10}} (abd); deep rapid {{eponym|Kussmaul}} respirations noted
POC glucose: {{lab|>600}} ; repeat on ISTAT {{lab|642}}
Allergies: PCN
Meds: {{drug|Lantus}} {{dose|30 u}} nightly, {{drug|metformin}} {{dose|1000 mg}} BID
Hx: DM2, HTN. LMP n/a (menopause)
Fall risk: {{score|Morse 35}}. Suicide screen (C-SSRS): negative.
Interventions: placed in {{other|Rm 14}}, 2 PIV, BMP/VBG/BHB sent per DKA protocol, MD notified (Dr. [[NAME|Young]] aware).
Preferred language: English; also speaks Diné. Emergency contact: [[NAME|Delbert Yazzie]] (nephew) [[PHONE|928-555-0164]].
Triage RN: [[NAME|Colleen Murphy]], RN
""")

note("G006", "operative note", """
OPERATIVE REPORT

PATIENT: [[NAME|Szymanski, Walter J]]        MRN: [[MRN|RRM-00311457]]
DATE OF SURGERY: [[DATE|09/18/2024]]
SURGEON: [[NAME|Aisha Rahman]], MD
ASSISTANT: [[NAME|Brendan Fitzgerald]], PA-C
ANESTHESIA: General endotracheal, [[NAME|Kwame Asante]], MD
PREOPERATIVE DIAGNOSIS: Severe osteoarthritis, right knee ({{code|M17.11}}).
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE: Right total knee arthroplasty, cemented ({{code|CPT 27447}}).

IMPLANTS:
| Component | Model | Size | Lot | Serial / UDI |
| Femoral | {{device_model|Attune CR femoral}} | 6 | {{other|LOT 2281147}} | SN [[DEVICE|FM6-0042881-R]] |
| Tibial base | {{device_model|Attune FB tibial base}} | 6 | {{other|LOT 2279930}} | [[DEVICE|(01)10603295022178(21)TB7741250]] |
| Insert | AOX CR | 6 x 7 mm | {{other|LOT 2290013}} | SN [[DEVICE|IN7-551902]] |
| Patella | medialized dome | 38 mm | {{other|LOT 2277804}} | SN [[DEVICE|PT3-110846]] |

EBL: 150 mL. Tourniquet: 68 min at 250 mmHg. Drains: none. Specimens: none. Complications: none.
TXA {{dose|1 g}} IV prior to incision and at closure. {{drug|Ancef}} {{dose|2 g}} IV within 60 minutes of incision.

INDICATIONS: {{age|68}}-year-old retired machinist with bone-on-bone medial OA, failed injections and PT, now unable to walk one block. Risks including infection, DVT, stiffness, neurovascular injury and need for revision discussed; consent signed [[DATE|8/27]].

DESCRIPTION: Patient identified in holding with wife [[NAME|Irene]]. Time-out performed. Medial parapatellar arthrotomy. Measured resection technique; distal femoral cut 9 mm at 5 degrees valgus... Trial components showed balanced flexion and extension gaps and good patellar tracking with no-thumbs technique. Final components cemented. Periarticular injection of {{drug|ropivacaine}}/{{drug|ketorolac}}/epinephrine. Layered closure, {{device_model|Stratafix}} for arthrotomy, staples to skin. Sterile dressing.

DISPOSITION: PACU, stable. Weight bearing as tolerated. {{drug|Aspirin}} {{dose|81 mg}} BID x 35 days for VTE prophylaxis.
Dictated by [[NAME|Aisha Rahman]], MD on [[DATE|9/18/2024]]; transcribed by [[NAME|jlm]] [[DATE|9/19/2024]] (Job #[[OTHER_ID|5561823]])
""")

note("G007", "anesthesia record", """
INTRAOPERATIVE ANESTHESIA RECORD              Date: [[DATE|2024-09-18]]   OR {{other|4}}
Pt [[NAME|SZYMANSKI, WALTER]]  MRN [[MRN|RRM-00311457]]  Wt 94 kg  Ht 178 cm  ASA {{score|III}}
Anesthesiologist: [[NAME|K. Asante]], MD    CRNA: [[NAME|Faith Bouchard]], CRNA    Relief CRNA {{other|08:40-08:55}}: [[NAME|Hunter Castellano]], CRNA
Airway: {{eponym|Mallampati}} II, TMD >3 FB. MAC 3 blade, grade I view ({{eponym|Cormack-Lehane}} 1), 7.5 ETT @ 22 cm lip, cuff leak test n/a.
Block: R adductor canal, {{drug|ropivacaine}} {{dose|0.5% 20 mL}}, US-guided, by Dr. [[NAME|Asante]].

| Time | Event / Drug | Dose |
| {{other|07:42}} | In room, monitors | |
| {{other|07:50}} | {{drug|midazolam}} | {{dose|2 mg}} |
| {{other|07:58}} | {{drug|propofol}} | {{dose|150 mg}} |
| {{other|07:58}} | {{drug|fentanyl}} | {{dose|100 mcg}} |
| {{other|07:59}} | {{drug|rocuronium}} | {{dose|50 mg}} |
| {{other|08:01}} | Intubated, BBS equal, +EtCO2 | |
| {{other|08:05}} | {{drug|cefazolin}} | {{dose|2 g}} |
| {{other|08:10}} | {{drug|dexamethasone}} | {{dose|8 mg}} |
| {{other|09:40}} | {{drug|ondansetron}} | {{dose|4 mg}} |
| {{other|09:55}} | {{drug|sugammadex}} | {{dose|200 mg}} |
| {{other|10:02}} | Extubated awake, to PACU | |

Fluids: LR 1,200 mL. UOP 300 mL. EBL 150 mL.
Lowest MAP 62 at {{other|08:14}}, treated with phenylephrine 100 mcg x2.
Controlled substance waste witnessed by [[NAME|Faith Bouchard]] and [[NAME|Marisa Okafor]], RN (Pyxis user [[OTHER_ID|mokafor2]]).
Handoff to PACU RN [[NAME|Rose Delacroix]] at {{other|10:06}}; {{score|Aldrete 9}}.
""")

note("G008", "procedure note", """
PROCEDURE NOTE - ULTRASOUND-GUIDED PARACENTESIS
Date/time: [[DATE|Feb 12, 2025]] {{other|1430}}
Patient: [[NAME|Harold Pettibone]]  (MRN [[MRN|3390-1187]])   Location: {{facility|GI Procedure Unit}}, bay {{other|6}}
Operator: [[NAME|Sunil Venkataraman]], MD (GI fellow); supervising: [[NAME|Eleanor Major]], MD

Indication: tense ascites, decompensated alcohol-associated cirrhosis ({{score|MELD-Na 24}}, {{score|Child-Pugh C}}).
Consent: risks (bleeding, infection, bowel injury, leak, hypotension) discussed; consent signed by patient; his sister [[NAME|Bernadette Pettibone]] present.
Pre-procedure: INR {{lab|1.8}}, plt {{lab|62}} - no correction per guideline. Time-out completed at {{other|1426}}.
Technique: LLQ site marked under US, chlorhexidine prep, 1% {{drug|lidocaine}} {{dose|10 mL}}. 8F {{device_model|Safe-T-Centesis}} catheter inserted with Z-track. Clear straw-colored fluid.
Removed: 6.8 L. Albumin 25% {{dose|50 g}} IV given (6-8 g/L removed).
Samples: cell count, albumin, total protein, culture in blood culture bottles at bedside. SAAG {{lab|2.1}} calculated later.
Complications: none. EBL minimal. Post BP 108/66.
Plan: fluid studies f/u; {{drug|spironolactone}}/{{drug|furosemide}} per hepatology; abstinence counseling reinforced; 2 g Na diet.
[[NAME|S. Venkataraman]], MD / [[NAME|E. Major]], MD  [[DATE|2/12/25]]
""")

note("G009", "consult note", """
INFECTIOUS DISEASES CONSULTATION
Requesting: Dr. [[NAME|Tomasz Nowicki]] (Orthopedics)    Date: [[DATE|10/02/2024]]
Patient: [[NAME|Ibrahim Al-Sayed]]   MRN [[MRN|00928811]]   DOB [[DATE|5/30/1961]]
Reason: Prosthetic joint infection, L hip, culture results and antibiotic plan.

HPI: Mr. [[NAME|Al-Sayed]] is a {{age|63}} y/o man with L THA ([[DATE|January 2022]], done at an outside hospital in [[CITY|Brookhaven Ridge]]) and DM2 who developed L hip pain and a draining sinus over the past month. Underwent DAIR vs. 1st-stage revision [[DATE|9/29]] with explant and antibiotic spacer. Intra-op cultures 4/5 positive for MSSA. Blood cultures [[DATE|9/28]] negative. Afebrile since surgery. He is a taxi driver, lives with wife [[NAME|Samira]] and two adult sons; traveled to Jordan last summer (no hospital exposure).

Allergies: none. Meds: {{drug|metformin}}, {{drug|glipizide}}, {{drug|atorvastatin}}.
Exam: T {{lab|36.9}}. L hip incision c/d/i, wound vac in place. Mild TTP. Distal NV intact.
Labs: WBC {{lab|9.4}}, ESR {{lab|78}}, CRP {{lab|11.2 mg/dL}}, Cr {{lab|0.8}}, A1c {{lab|7.6%}}.

Impression: Chronic PJI L hip due to MSSA, s/p explant and articulating spacer.
Recommendations:
1. {{drug|Cefazolin}} {{dose|2 g}} IV q8h via PICC x 6 weeks from [[DATE|9/29]] (end date [[DATE|11/10/2024]]).
2. Weekly CBC w/ diff, BMP, ESR, CRP; fax to ID clinic [[FAX|(216) 555-0189]].
3. Consider 2nd-stage reimplantation after 2-week antibiotic holiday and normalizing inflammatory markers.
4. OPAT referral placed; home infusion through {{facility|CarePoint Infusion}}.
Thank you for this consult. We will follow.
[[NAME|Leila Haddad]], MD, Infectious Diseases  | ID clinic [[PHONE|216-555-0181]]
""")

note("G010", "referral letter", """
LAKESHORE NEUROLOGY ASSOCIATES
[[STREET|4150 Commerce Pkwy, Suite 300]]  *  [[CITY|Port Ellery]], MI  [[ZIP|49431-2207]]
Tel [[PHONE|(231) 555-0150]]  *  Fax [[FAX|(231) 555-0151]]  *  [[URL|www.lakeshoreneuro.example.com]]

[[DATE|May 20, 2024]]

[[NAME|Rachel Goldberg]], MD
Movement Disorders Program, {{facility|University Neuroscience Institute}}
[[STREET|800 Mercer Hall Drive]]
[[CITY|Ann Corbin]], MI [[ZIP|48109]]

RE: [[NAME|Stanislaw "Stan" Wojcik]]     DOB: [[DATE|12/03/1949]]     Our MRN: [[MRN|LNA-55120]]

Dear Dr. [[NAME|Goldberg]],

Thank you for seeing Mr. [[NAME|Wojcik]], a {{age|74}}-year-old retired ironworker whom I have followed since [[DATE|March 2021]] for tremor-predominant {{eponym|Parkinson disease}}. Over the last six months he has developed disabling wearing-off and peak-dose dyskinesias despite {{drug|carbidopa/levodopa}} {{dose|25/100}}, 1.5 tabs five times daily, plus {{drug|entacapone}}. His MoCA was {{score|27/30}} on [[DATE|4/16/24]]. He and his wife [[NAME|Danuta]] are interested in an evaluation for deep brain stimulation.

Relevant history: BPH, mild OSA on CPAP, remote {{eponym|Bell palsy}} (left, 1988, resolved). No falls. {{score|Hoehn and Yahr 2.5}}.

I have enclosed his last three clinic notes, MRI brain ([[DATE|2/2024]]) and the medication diary his daughter [[NAME|Agnieszka]] keeps. The family can be reached at [[PHONE|231-555-0126]]; [[NAME|Agnieszka]] prefers e-mail at [[EMAIL|a.wojcik.family@example.net]].

With thanks and best regards,

[[NAME|Hamid Farouk]], MD
Board Certified, Neurology
NPI [[LICENSE|1902837465]]
[[EMAIL|hfarouk@lakeshoreneuro.example.com]]

Enclosures (3)
cc: [[NAME|Barbara Wells]], NP (primary care)
""")

note("G011", "reply letter", """
University Neuroscience Institute - Movement Disorders Program
[[STREET|800 Mercer Hall Drive]], [[CITY|Ann Corbin]], MI [[ZIP|48109]]   Phone [[PHONE|734-555-0190]]   Fax [[FAX|734-555-0191]]

[[DATE|July 8, 2024]]

[[NAME|Hamid Farouk]], MD
Lakeshore Neurology Associates
[[STREET|4150 Commerce Pkwy, Suite 300]]
[[CITY|Port Ellery]], MI [[ZIP|49431-2207]]

Re: [[NAME|Stanislaw Wojcik]], DOB [[DATE|12/3/1949]], UNI MRN [[MRN|U7719934]]
Seen: [[DATE|06/27/2024]]

Dear [[NAME|Hamid]],

Thank you for referring Stan, whom I saw today with his wife and daughter. I agree with your diagnosis of idiopathic {{eponym|Parkinson disease}} with motor fluctuations. His levodopa challenge showed a 52% improvement in {{score|MDS-UPDRS III}} (from {{score|41}} off to {{score|20}} on), his neuropsychological testing with Dr. [[NAME|Priscilla Youngblood]] on [[DATE|6/25]] showed no dementia, and MRI showed no contraindication. He is a good candidate for bilateral STN DBS.

We discussed the risks (about 1-2% risk of hemorrhage or infection) and the expected benefit. He would like to proceed; our coordinator [[NAME|Mei-Ling Zhou]] ([[PHONE|734-555-0194]]) will call to schedule surgery with Dr. [[NAME|Obinna Eze]], likely in [[DATE|September]]. Until then, I suggested adding {{drug|amantadine ER}} {{dose|137 mg}} at bedtime for dyskinesia; please check his kidney function before starting (eGFR was {{lab|58}} in [[DATE|April]]).

Kind regards,

[[NAME|Rachel Goldberg]], MD
Associate Professor of Neurology
cc: [[NAME|Stanislaw Wojcik]] (patient copy, mailed to [[STREET|27 Old Mill Rd]], [[CITY|Port Ellery]], MI [[ZIP|49431]])
""")

note("G012", "face sheet / registration", """
*** PATIENT FACE SHEET ***                         Printed [[DATE|03/02/2025]] {{other|09:14}} by [[OTHER_ID|REG\\dbrewster]]
------------------------------------------------------------------------------------------
PATIENT NAME......: [[NAME|NGUYEN, THI BICH NGOC]]        PREFERRED NAME: [[NAME|Ngoc]]
MRN...............: [[MRN|001845530]]                     ACCOUNT #: [[ACCOUNT|A100932841]]
DOB...............: [[DATE|04/11/1988]]   AGE: {{age|36}}   SEX: F   MARITAL: M
SSN...............: [[SSN|900-41-6627]]
ADDRESS...........: [[STREET|1187 Willow Bend Ct Apt 2C]]
                    [[CITY|Fairhaven Heights]], TX [[ZIP|77083-5514]]
HOME PHONE........: [[PHONE|(281) 555-0102]]    CELL: [[PHONE|281-555-0117]]
E-MAIL............: [[EMAIL|ngocnguyen88@example.com]]
LANGUAGE..........: Vietnamese (interpreter requested)   RELIGION: Buddhist
DRIVER LIC........: TX [[LICENSE|31884207]]
EMPLOYER..........: self-employed nail technician, [[STREET|990 Kessler Farm Rd]], [[CITY|Fairhaven Heights]]
------------------------------------------------------------------------------------------
GUARANTOR.........: [[NAME|LE, DUC MINH]] (spouse)   SSN [[SSN|000-55-1932]]   PH [[PHONE|281-555-0118]]
EMERGENCY CONTACT.: [[NAME|LE, DUC MINH]] (spouse) [[PHONE|281-555-0118]]
                    [[NAME|NGUYEN, ANH]] (sister, [[CITY|Sugar Crossing]]) [[PHONE|281-555-0129]]
------------------------------------------------------------------------------------------
PRIMARY INS.......: {{facility|Lone Star Community Health Plan}} (Medicaid managed care)
  MEMBER ID.......: [[HEALTH_PLAN|LSC77120094]]   GROUP: [[HEALTH_PLAN|STAR-0042]]
SECONDARY INS.....: none
------------------------------------------------------------------------------------------
ADMIT TYPE: Elective   SERVICE: OB   ATTENDING: [[NAME|PATEL, KIRAN]] MD
PATIENT PHOTO ON FILE: Y     PALM-VEIN ENROLLMENT ID: [[BIOMETRIC|PV-0087-331-5520]]
VISITOR PARKING PERMIT: plate TX [[VEHICLE|MLK-8830]]
Registrar: [[NAME|Darnell Brewster]]
""")

note("G013", "insurance verification", """
INSURANCE VERIFICATION WORKSHEET - Patient Access / Pre-Registration
Call date: [[DATE|1/14/2025]]   Verified by: [[NAME|Keisha Lamont]] (ext. on file)   Ref # [[OTHER_ID|IV-25011403377]]

Patient: [[NAME|Robert "Bobby" Kilbride]]     DOB: [[DATE|08/30/1956]]     MRN: [[MRN|RRM-01102846]]
Scheduled service: outpatient MRI lumbar spine w/o contrast ({{code|72148}}) on [[DATE|01/21/2025]]
Ordering: [[NAME|Jorge Villalobos]], MD, NPI [[LICENSE|1487263950]]

Primary: Medicare Part B
  MBI: [[HEALTH_PLAN|4TK9-QF2-MX71]]    Eligibility confirmed via portal, effective [[DATE|09/01/2021]]
Secondary: {{facility|Heartland Mutual}} Medigap Plan G
  Subscriber: [[NAME|Kilbride, Robert P]]    Member ID: [[HEALTH_PLAN|HMX902274418]]   Group: [[HEALTH_PLAN|MG-G-1107]]
  Payer phone: [[PHONE|1-800-555-0145]]  Rep: [[NAME|Antoine]]  Call ref [[OTHER_ID|HM-88231-0114]]
  SSN on file for subscriber: [[SSN|912-08-4410]] (last 4 verbally confirmed)
Prior auth: not required for Medicare primary; Medigap follows Medicare.
Patient responsibility est.: $0 (Part B deductible met per HETS).
Guarantor acct: [[ACCOUNT|G-4430918]]
Notes: Pt's wife [[NAME|Maureen]] called back at {{other|2:40 pm}} to confirm new address: [[STREET|RR 3 Box 118]], [[CITY|Ashby Corners]], IA [[ZIP|51024]]. Updated in ADT.
""")

note("G014", "prior authorization request", """
PRIOR AUTHORIZATION REQUEST - SPECIALTY PHARMACY
To: {{facility|Summit Health Alliance}} Pharmacy Benefit     Fax: [[FAX|1-866-555-0177]]
From: {{facility|Gastroenterology Associates of the Valley}}   Fax: [[FAX|(602) 555-0139]]   Phone: [[PHONE|(602) 555-0138 x204]]
Date: [[DATE|11/05/2024]]     Urgency: Standard

MEMBER INFORMATION
Name: [[NAME|Castillo, Jennifer A]]      DOB: [[DATE|03/19/1994]]
Member ID: [[HEALTH_PLAN|SHA-551038871-01]]   Group #: [[HEALTH_PLAN|004417]]
Address: [[STREET|3612 E Saguaro Vista Dr]], [[CITY|Mesquite Wells]], AZ [[ZIP|85297]]

PRESCRIBER
[[NAME|Vikram Iyer]], MD    NPI: [[LICENSE|1629384071]]    DEA: [[LICENSE|BI4417286]]
Contact: [[NAME|Yolanda]] (PA coordinator), [[PHONE|602-555-0138 ext. 211]]

MEDICATION REQUESTED
{{drug|Skyrizi}} (risankizumab) {{dose|600 mg}} IV at weeks 0, 4, 8, then {{dose|360 mg}} SC q8 weeks
Diagnosis: {{eponym|Crohn disease}} of small and large intestine without complications ({{code|K50.80}})

CLINICAL INFORMATION
- Diagnosed [[DATE|June 2019]] (ileocolonoscopy, biopsy-proven).
- Prior therapy: {{drug|prednisone}} courses x3; {{drug|azathioprine}} 2019-2020 (stopped, pancreatitis); {{drug|Humira}} [[DATE|10/2020]]-[[DATE|8/2024]] with secondary loss of response despite weekly dosing, adalimumab level {{lab|3.1 mcg/mL}}, antibodies {{lab|positive}}.
- Colonoscopy [[DATE|9/24/24]]: {{score|SES-CD 14}}, deep ulcers in TI and ascending colon.
- Fecal calprotectin {{lab|860 mcg/g}}; CRP {{lab|3.4 mg/dL}}; albumin {{lab|3.2}}.
- TB screen (QuantiFERON) negative [[DATE|10/1/24]]. Hep B sAg neg.
I certify that the information above is accurate.
Signature: [[NAME|Vikram Iyer]], MD      Case # (plan use): [[OTHER_ID|PA-2411-6673091]]
""")

note("G015", "denial appeal letter", """
[[DATE|December 3, 2024]]

{{facility|Summit Health Alliance}}
Attn: Appeals and Grievances Department
[[STREET|PO Box 42871]]
[[CITY|Bellmont]], AZ [[ZIP|85072-2871]]
Fax: [[FAX|1-866-555-0178]]

RE: Level 1 Appeal - Denial of {{drug|Skyrizi}} (risankizumab)
Member: [[NAME|Jennifer Castillo]]      Member ID: [[HEALTH_PLAN|SHA-551038871-01]]
Date of birth: [[DATE|3/19/1994]]       Denial reference: [[OTHER_ID|DN-77120-2024]]
Date of denial: [[DATE|November 19, 2024]]

To Whom It May Concern:

I am writing on behalf of my patient, Ms. [[NAME|Castillo]], to appeal your denial of risankizumab for moderate-to-severe {{eponym|Crohn's disease}}. The denial letter states that the member "must first try and fail {{drug|Stelara}}." I ask that you reconsider for the following reasons.

Ms. [[NAME|Castillo]] is a {{age|30}}-year-old elementary school teacher with ileocolonic Crohn disease diagnosed in 2019. She lost response to adalimumab with documented anti-drug antibodies after nearly four years of therapy. Her disease is currently active, with a {{score|Harvey-Bradshaw Index of 11}}, six to eight liquid stools daily, a 12-lb weight loss since [[DATE|August]], and deep ulcers on colonoscopy performed on [[DATE|September 24]]. She missed nine school days in [[DATE|October]] alone.

Head-to-head data (SEQUENCE trial) show risankizumab was superior to ustekinumab for endoscopic remission in patients who had failed anti-TNF therapy. Requiring a step through a less effective agent would expose her to months of ongoing inflammation and the risk of stricturing complications and surgery.

Please contact my office at [[PHONE|(602) 555-0138]] or by fax at [[FAX|(602) 555-0139]] if a peer-to-peer review would be helpful. I am available Tuesdays and Thursdays after {{other|3 pm}}.

Sincerely,

[[NAME|Vikram Iyer]], MD
Gastroenterology Associates of the Valley
[[STREET|7400 N Scottsdale Rd, Ste 210]], [[CITY|Mesquite Wells]], AZ [[ZIP|85258]]
NPI [[LICENSE|1629384071]]

Enclosures: office notes [[DATE|6/10/24]] - [[DATE|11/1/24]], colonoscopy and pathology reports, drug level results
cc: [[NAME|Jennifer Castillo]]
""")

note("G016", "radiology report", """
EXAM: CT CHEST WITH CONTRAST (PE PROTOCOL)
ACCESSION: [[OTHER_ID|CT24-0918-55712]]        ORDER #: [[OTHER_ID|ORD-7718290]]
PATIENT: [[NAME|PRICE, DOLORES E]]      MRN: [[MRN|006621947]]      DOB: [[DATE|1951-10-02]]
EXAM DATE: [[DATE|2024-09-18]] {{other|22:47}}
ORDERING: [[NAME|Reyes, Antonio]] MD (ED)

CLINICAL HISTORY: {{age|72}}F with acute dyspnea, tachycardia, D-dimer {{lab|2.8}}. Recent long car trip.

TECHNIQUE: Helical CT of the chest after 75 mL {{drug|Omnipaque 350}} IV. Dose (DLP): {{other|412 mGy-cm}}.

COMPARISON: CT chest [[DATE|03/05/2022]].

FINDINGS:
Pulmonary arteries: Filling defects in the right lower lobe segmental and subsegmental arteries and in a left upper lobe segmental artery. No saddle embolus. RV/LV ratio {{lab|0.9}}. No reflux of contrast into the IVC.
Lungs: Small wedge-shaped peripheral opacity RLL (possible early infarct). 4 mm RUL nodule, unchanged since 2022 (benign by stability).
Pleura: Trace right effusion.
Mediastinum: No adenopathy. Heart normal size.
Upper abdomen: Cholelithiasis.
Bones: Degenerative changes; old healed left rib fractures.

IMPRESSION:
1. Acute bilateral segmental and subsegmental pulmonary emboli without CT evidence of right heart strain.
2. Possible small RLL pulmonary infarct.
3. Stable 4 mm RUL nodule; no follow-up needed ({{eponym|Fleischner}} guidelines).

Critical result communicated to Dr. [[NAME|Reyes]] by phone at {{other|23:05}} on [[DATE|9/18/2024]], read back confirmed.
Dictated by: [[NAME|Min-jun Kang]], MD, Radiology      Signed: [[DATE|09/18/2024]] {{other|23:11}}
Workstation: [[IP|198.51.100.47]]
""")

note("G017", "pathology report", """
SURGICAL PATHOLOGY REPORT
Accession: [[OTHER_ID|S24-18832]]           Received: [[DATE|10/29/2024]]     Reported: [[DATE|11/01/2024]]
Patient: [[NAME|Haile, Meron T]]            MRN: [[MRN|00-771-2045]]           DOB: [[DATE|01/15/1977]]
Submitting physician: [[NAME|Oyelaran, Funmilayo]] MD, Breast Surgery
Copy to: [[NAME|Dmitri Volkov]], MD (Medical Oncology)

CLINICAL INFORMATION: {{age|47}}F, 1.8 cm irregular mass L breast 2:00, {{score|BI-RADS 5}}. US-guided core biopsy.

SPECIMEN: A. Left breast, 2:00, 6 cm FN, core needle biopsy.

GROSS: Received in formalin labeled with the patient's name and initials "[[NAME|MTH]]", consisting of six tan-white cores, 0.8-1.6 cm. Cold ischemia time < 1 hr; total formalin fixation 26 hrs. Entirely submitted in A1-A2.

MICROSCOPIC DIAGNOSIS:
A. LEFT BREAST, 2:00, CORE BIOPSY:
- INVASIVE DUCTAL CARCINOMA (NO SPECIAL TYPE), {{score|NOTTINGHAM GRADE 2}} (tubules 3, nuclei 2, mitoses 1; total {{score|6/9}}).
- Ductal carcinoma in situ, cribriform type, intermediate nuclear grade.
- Lymphovascular invasion: not identified.
- Microcalcifications: present in DCIS.

BIOMARKERS (block A1):
ER: positive, {{lab|95%}}, strong. PR: positive, {{lab|40%}}, moderate. HER2 IHC: {{lab|2+}} (equivocal); reflex FISH sent - addendum to follow. Ki-67: {{lab|18%}}.

Diagnosis rendered by: [[NAME|Catherine O'Sullivan]], MD, Pathologist
I have personally reviewed the slides. Electronically signed [[DATE|11/01/2024]] {{other|16:40}}.
Reviewed at intradepartmental consensus with Dr. [[NAME|B. Chaudhry]].
""")

note("G018", "cytology", """
NON-GYN CYTOLOGY - THYROID FNA
Case: [[OTHER_ID|NG25-00417]]   Collected [[DATE|02/03/2025]]   Final [[DATE|02/05/2025]]
Pt: [[NAME|Kim, Soo-ah]]   MRN [[MRN|8821-0047-6]]   Sex F   DOB [[DATE|9/9/1983]]
Endocrinologist: Dr. [[NAME|Ravi Shankar]] / performed by [[NAME|Erin Blackfeather]], MD (US-guided)
Source: right thyroid lobe, 2.3 cm solid hypoechoic nodule ({{score|TI-RADS 4}}); 3 passes, 25G.
Adequacy: Satisfactory for evaluation. Rapid on-site eval by cytotech [[NAME|L. Mendoza]], CT(ASCP).
DIAGNOSIS ({{eponym|Bethesda}} category III): ATYPIA OF UNDETERMINED SIGNIFICANCE (AUS), nuclear atypia subtype.
Comment: Scattered groups with nuclear enlargement and occasional grooves; no definite intranuclear inclusions. Molecular testing ({{device_model|ThyroSeq v3}}) submitted from dedicated pass, requisition [[OTHER_ID|TS3-5521908]]. Recommend correlation with molecular result.
Cytotechnologist: [[NAME|Luz Mendoza]]   Cytopathologist: [[NAME|Abraham Feldstein]], MD
""")

note("G019", "lab requisition", """
OUTPATIENT LABORATORY REQUISITION                {{facility|Prairie View Reference Laboratory}}
Client acct: [[ACCOUNT|CL-20417]]   Req #: [[OTHER_ID|RQ-6604418]]   Collection date: [[DATE|04/22/2024]]  Time: {{other|07:35}} (fasting Y)
---------------------------------------------------------------------------------------------
PATIENT: Last [[NAME|Begay]]   First [[NAME|Tyler]]   MI [[NAME|R]]   Sex M   DOB [[DATE|06/01/2002]]
Address: [[STREET|412 Juniper St]]  City [[CITY|Red Mesa Springs]]  State NM  ZIP [[ZIP|87420]]
Phone: [[PHONE|505-555-0131]]   MRN: [[MRN|PV-300281]]
Bill to: [X] Insurance  [ ] Patient  [ ] Client
Insurance: IHS/PRC, then NM Medicaid; ID [[HEALTH_PLAN|NM8830012576]]
---------------------------------------------------------------------------------------------
ORDERING PROVIDER: [[NAME|Whitehorse, Carla]] CNP   NPI [[LICENSE|1356790248]]
Practice: {{facility|Four Directions Clinic}}, fax results to [[FAX|505-555-0136]]
---------------------------------------------------------------------------------------------
TESTS                                         ICD-10
[X] CMP ({{code|80053}})                          {{code|E11.65}}  T2DM with hyperglycemia
[X] Hemoglobin A1c ({{code|83036}})               {{code|E11.65}}
[X] Lipid panel ({{code|80061}})                  {{code|E78.5}}
[X] Urine microalbumin/creatinine ratio ({{code|82043}}) {{code|E11.29}}
[ ] TSH
Specimen: 1 SST, 1 lavender, urine cup. Drawn by: [[NAME|M. Tsosie]], MA    Courier pickup {{other|11:00}}
Patient signature on file. Verified two identifiers (name + DOB).
""")

note("G020", "microbiology call log", """
MICROBIOLOGY CRITICAL VALUE CALL LOG - Wednesday [[DATE|08/14/2024]]
| Time | Accession | Patient / MRN | Result | Called to | Read-back | Tech |
| {{other|0612}} | [[OTHER_ID|BC24-22710]] | [[NAME|Abdi, Hodan]] / [[MRN|00590331]] | Blood cx 1/2 bottles: Gram-positive cocci in clusters | [[NAME|J. Whitfield]] RN, {{other|4 North}} | Y | [[NAME|SKW]] |
| {{other|0845}} | [[OTHER_ID|BC24-22694]] | [[NAME|Osborne, Lyle]] / [[MRN|00277815]] | Blood cx 2/2: Gram-negative rods | Dr. [[NAME|Hassan]] (hospitalist) | Y | [[NAME|SKW]] |
| {{other|1120}} | [[OTHER_ID|CSF24-0311]] | [[NAME|Moreno, Baby Boy]] / [[MRN|00781204]] | CSF Gram stain: no organisms, many WBC | [[NAME|Tamika Jordan]] RN, NICU | Y | [[NAME|RPA]] |
| {{other|1415}} | [[OTHER_ID|BC24-22710]] | [[NAME|Abdi, Hodan]] / [[MRN|00590331]] | ID: {{other|MRSA}} by {{device_model|BioFire BCID2}} (mecA/C and MREJ detected) | Dr. [[NAME|Leila Haddad]] (ID), paged, called back {{other|1422}} | Y | [[NAME|RPA]] |
| {{other|1630}} | [[OTHER_ID|UC24-40918]] | [[NAME|Hollis, Grace]] / [[MRN|00412289]] | Urine: CRE, KPC detected; contact precautions | Infection Prevention ([[NAME|Marguerite]]) ext unavailable, left msg; then [[NAME|D. Begum]] RN | Y | [[NAME|RPA]] |
Notes: {{other|1120}} CSF - mother [[NAME|Ana Moreno]] at bedside per RN. Unit clerk [[NAME|Wendell]] confirmed callback number [[PHONE|555-0166]] (NICU charge).
Techs: [[NAME|SKW]] = [[NAME|Sandra K. Wisniewski]], MLS; [[NAME|RPA]] = [[NAME|Rajesh P. Acharya]], MLS(ASCP)
""")

note("G021", "nursing admission assessment", """
NURSING ADMISSION DATABASE    Unit: {{facility|Med-Surg 3 East}}   Bed: {{other|3E-309}}
Admit: [[DATE|05/09/2024]] {{other|1845}} from ED via stretcher
Patient: [[NAME|Thelma Broussard]]     MRN [[MRN|RRM-00088410]]     Age: [[AGE_OVER_89|91]]
Info obtained from: patient (HOH, L hearing aid) and granddaughter [[NAME|Summer Broussard]], who is her caregiver.
Reason for admission: cellulitis R lower leg; weakness.

Orientation: A&O x2 (self, place); baseline per granddaughter "sharp but forgetful with dates."
Braden: {{score|14}} (mild risk). Morse fall: {{score|65}} (high) - bed alarm on, yellow socks, fall band.
Skin: R shin erythema 12 x 8 cm, warm, marked with pen at {{other|1900}}. Stage 2 pressure injury sacrum 1.5 x 1 cm (present on admission, photographed, image stored under encounter [[OTHER_ID|E-60331927]]).
Pain: {{score|5/10}} R leg, aching (FACES used).
Nutrition: dentures upper; eats ~50%. Swallow screen passed.
Elimination: continent with urgency; uses bedside commode at home.
Safety/Home: lives alone in a one-story house at [[STREET|8 Pecan Hollow Ln]], [[CITY|Bayou Tesse]], LA; granddaughter checks daily, neighbor Mr. [[NAME|Landry]] has a key. Life Alert pendant.
Advance directive: LaPOST on file - DNR. Healthcare POA: son [[NAME|Rene Broussard]], [[PHONE|337-555-0144]].
Valuables: wedding ring (left on), hearing aid - sent home with [[NAME|Summer]].
Religion: Catholic; requests visit from parish (Father [[NAME|Thibodeaux]]).
Belongings list signed. Plan of care initiated.
[[NAME|Jolene Arceneaux]], RN    [[DATE|5/9/24]] {{other|2010}}
""")

note("G022", "nursing shift note", """
{{other|0700-1930}} RN shift summary  [[DATE|3/3]]
pt [[NAME|Bishop, Terrence]] (goes by "[[NAME|T]]"), {{age|52}}M, {{other|rm 4112}}, POD#2 ex-lap/SBR
neuro: A&Ox4, pleasant. pain managed w/ {{drug|Dilaudid}} PCA ({{dose|0.2 mg}} demand, lockout 10 min) - 14 attempts/11 delivered this shift, pain {{score|3-4/10}}. PCA d/c'd per Dr. [[NAME|Tanaka]] at {{other|1500}}, started {{drug|oxycodone}} {{dose|5 mg}} q4h prn x1 at {{other|1530}}.
CV: NSR 80s, BP stable. SCDs on.
resp: RA, sat {{lab|95-97%}}, IS to 1250, encouraged.
GI: NGT removed {{other|1000}} per order, + flatus, sips clears tolerated. abd soft, midline incision w/ staples, CDI.
GU: {{eponym|foley}} removed {{other|0600}} by NOC; voided 350 at {{other|1240}}.
mobility: amb in hall x3 w/ walker + 1 assist, 200 ft.
psychosocial: wife [[NAME|Gwendolyn]] here most of day; daughter [[NAME|Page]] called from [[CITY|Hartwell Station]] at {{other|1400}}, pt talked w/ her. wife asking about home health, CM [[NAME|Alicia]] notified.
handoff to [[NAME|Brianna]] RN at {{other|1915}}, bedside w/ pt. -[[NAME|Marcus]] RN
""")

note("G023", "wound care note", """
WOUND, OSTOMY & CONTINENCE NURSING - FOLLOW-UP
Date: [[DATE|10-21-2024]]   Patient: [[NAME|Eusebio Ramirez-Lugo]]   MRN [[MRN|W0093316]]   Location: {{facility|Wound Clinic}}, room {{other|2}}
Referring: Dr. [[NAME|Shira Katz]], podiatry
Wound #1: R plantar 1st MTH, diabetic foot ulcer, {{score|Wagner grade 2}}, {{score|UT 2A}}.
| Date | L x W x D (cm) | Base | Exudate | Periwound |
| [[DATE|9/23]] | 3.1 x 2.4 x 0.6 | 60% gran / 40% slough | mod serous | callus, macerated |
| [[DATE|10/7]] | 2.6 x 2.0 x 0.4 | 80% gran | mod serous | callus |
| [[DATE|10/21]] | 2.0 x 1.6 x 0.3 | 90% gran, 10% slough | small | thin callus |
Probe-to-bone: negative. No odor. Pedal pulses DP 1+, PT dopplerable. ABI {{lab|0.86}} ([[DATE|Sept]]).
Tx today: sharp debridement of callus/slough by Dr. [[NAME|Katz]]; cleansed NS; {{device_model|Aquacel Ag}} to base, foam border dressing; offloading with {{device_model|DH Offloading Walker}}.
Glycemic: A1c {{lab|9.2%}} -> patient states he restarted {{drug|Ozempic}} {{dose|0.5 mg}} weekly.
Education: daughter [[NAME|Yesenia]] doing dressing changes every other day; return demonstration good. Spanish.
Plan: RTC 2 wks; if < 50% further reduction consider {{device_model|Apligraf}}.
[[NAME|Constance Obi]], BSN, RN, CWOCN
""")

note("G024", "fall incident report", """
SAFETY EVENT REPORT - FALL          Event #: [[OTHER_ID|SE-2024-04418]]
Date/time of event: [[DATE|06/30/2024]] at approx {{other|0320}}     Location: {{other|Room 622, Bed A}}
Person affected: Patient - [[NAME|Gertrude Haas]], MRN [[MRN|RRM-00540772]], age [[AGE_OVER_89|94]]
Reported by: [[NAME|Natalia Ortiz]], RN, night charge     Witness: none (unwitnessed)
Description: Bed alarm sounded at {{other|0318}}. On arrival staff found patient sitting on floor beside bed, states she "needed the bathroom and didn't want to wait." Bed in low position, alarm on, call light within reach, non-skid socks on. Last rounded {{other|0300}} by CNA [[NAME|Shaquille Dorsey]].
Injury: 2 cm skin tear L forearm; no head strike per patient, but unwitnessed. Denies pain. ROM WNL.
Actions: vitals stable; neuro checks q1h x4 per post-fall protocol; {{eponym|Glasgow Coma Scale}} {{score|15}} throughout. On-call hospitalist Dr. [[NAME|Abimbola Fashola]] notified {{other|0330}}; CT head ordered given age and apixaban - negative. Skin tear steri-stripped.
Family: daughter [[NAME|Ingrid Haas-Moller]] notified by phone at {{other|0715}} ([[PHONE|(920) 555-0153]]).
Contributing factors: nocturia ({{drug|furosemide}} given at {{other|2100}} - timing changed to AM), new {{drug|trazodone}} {{dose|25 mg}}.
Harm level: {{score|minor harm (E)}}. Manager review: [[NAME|Colleen Pryce]], MSN, RN   [[DATE|7/1/2024]]
""")

note("G025", "restraint log", """
RESTRAINT / SECLUSION FLOWSHEET - NON-VIOLENT (MEDICAL)     Pt: [[NAME|Rutkowski, Eugene]]   MRN [[MRN|00334901]]   {{other|ICU bed 11}}
Order: bilateral soft wrist restraints, non-violent, by Dr. [[NAME|Emeka Nwosu]] [[DATE|12/11/2024]] {{other|2215}}; renewed [[DATE|12/12/2024]] {{other|2200}} (calendar-day renewal).
Reason: pulling at ETT and R IJ CVC despite redirection; CAM-ICU positive; {{score|RASS +2}}.
Alternatives tried: family presence (wife [[NAME|Bozena]] sat with him until {{other|2100}}), reorientation, mitts, dexmedetomidine titration.
| Date | Time | Circ/skin | ROM | Fluids/toilet | Behavior | Continue? | Initials |
| [[DATE|12/11]] | {{other|2230}} | WNL | done | n/a | pulling | Y | [[NAME|AJ]] |
| [[DATE|12/12]] | {{other|0030}} | WNL | done | {{eponym|foley}} | calmer, {{score|RASS +1}} | Y | [[NAME|AJ]] |
| [[DATE|12/12]] | {{other|0230}} | WNL | done | oral care | sleeping | Y | [[NAME|AJ]] |
| [[DATE|12/12]] | {{other|0430}} | L wrist mild redness, padding adjusted | done | | reaching for tube | Y | [[NAME|AJ]] |
| [[DATE|12/12]] | {{other|0630}} | WNL | done | | {{score|RASS 0}} | Y | [[NAME|KLW]] |
| [[DATE|12/13]] | {{other|1010}} | WNL | - | - | extubated {{other|0945}}, follows commands | N - released | [[NAME|KLW]] |
Initials key: [[NAME|AJ]] = [[NAME|Adriana Jaramillo]], RN; [[NAME|KLW]] = [[NAME|Kenneth L. Whitlock]], RN
Family notified of restraint use: wife [[NAME|Bozena Rutkowski]] by RN [[NAME|Jaramillo]] on [[DATE|12/11]] at {{other|2240}}.
""")

note("G026", "medication reconciliation", """
ADMISSION MEDICATION RECONCILIATION
Pt: [[NAME|Chowdhury, Rafiq]]   DOB [[DATE|1/4/1949]]   MRN [[MRN|C-448192]]   Date: [[DATE|Jan 27 2025]]
Sources: patient, wife [[NAME|Nasreen]] (brought pill bottles), pharmacy fill history ({{facility|Corner Drug & Gift}}, [[PHONE|(718) 555-0161]]), PCP list faxed by Dr. [[NAME|Sanjay Mehra]]'s office.
Completed by: [[NAME|Hannah Lieberman]], CPhT (med history tech), verified by [[NAME|Jae-won Park]], PharmD

| Medication | Dose/route/freq | Last taken | Admit action | Comment |
| {{drug|Lisinopril}} | {{dose|20 mg}} PO daily | [[DATE|1/26]] AM | Hold | AKI |
| {{drug|Amlodipine}} | {{dose|10 mg}} PO daily | [[DATE|1/26]] AM | Continue | |
| {{drug|Glyburide}} | {{dose|5 mg}} PO BID | [[DATE|1/26]] PM | Stop | hypoglycemia on admit, BG {{lab|42}} |
| {{drug|Januvia}} | {{dose|50 mg}} PO daily | [[DATE|1/26]] | Hold | renal dosing to review |
| {{drug|Atorvastatin}} | {{dose|40 mg}} PO qHS | [[DATE|1/25]] | Continue | |
| {{drug|Tamsulosin}} | {{dose|0.4 mg}} PO qHS | [[DATE|1/25]] | Continue | |
| {{drug|Aspirin}} | {{dose|81 mg}} PO daily | unknown | Continue | OTC |
| Black seed oil (Nigella sativa) | 1 tsp daily | [[DATE|1/26]] | Hold | supplement |
| {{drug|Timolol}} 0.5% | 1 gtt OU BID | [[DATE|1/26]] | Continue | pt's own drops |
Discrepancies: PCP list shows glipizide; bottles and fill history show glyburide since [[DATE|Oct 2024]] (changed by endocrinology, Dr. [[NAME|Farah Siddiqui]]). Communicated to admitting team.
Language: Bengali; son [[NAME|Imran]] interpreted by phone at patient request after declining a professional interpreter.
""")

note("G027", "pharmacy consult", """
CLINICAL PHARMACY CONSULT - VANCOMYCIN DOSING (AUC-guided)
[[DATE|08/16/2024]] {{other|10:15}}
Patient: [[NAME|Abdi, Hodan]]   {{age|34}}F   MRN [[MRN|00590331]]   Ht 165 cm, Wt 58 kg
Consulted by: Dr. [[NAME|Samuel Hassan]]
Indication: MRSA bacteremia (BCx [[DATE|8/14]] 2/2), TTE pending. PWID; OPAT not appropriate at present per ID.
Renal: SCr {{lab|0.7}} -> {{lab|0.8}}, stable; UOP adequate. CrCl (C-G) {{lab|~96 mL/min}}.
Current: {{drug|vancomycin}} {{dose|1,250 mg}} IV q12h (loading {{dose|1,750 mg}} given [[DATE|8/14]] {{other|2200}}).
Levels ([[DATE|8/15]]): peak {{lab|32.4}} at {{other|1402}}, trough {{lab|11.9}} at {{other|2248}}. Bayesian estimate AUC24 {{lab|468}}.
Assessment: AUC within target {{lab|400-600}}. No change.
Plan: continue {{dose|1,250 mg}} q12h; BMP daily; repeat levels in 72 h or with SCr change >0.3. Avoid concomitant {{drug|Zosyn}}. Recommend ID f/u re: {{drug|daptomycin}} if persistent bacteremia.
Pharmacist: [[NAME|Olivia Ferraro]], PharmD, BCIDP
""")

note("G028", "anticoagulation clinic note", """
Anticoagulation Clinic - Warfarin Management (telephone)    Tuesday [[DATE|9/3/24]]
Pt: [[NAME|Earline Washington]]   DOB [[DATE|7/16/1944]]   MRN [[MRN|AC-77319]]
Indication: mechanical mitral valve ({{device_model|On-X}}, 2011) - goal INR {{lab|2.5-3.5}}
INR today (home meter, {{device_model|CoaguChek XS}}): {{lab|1.9}}
Prior: [[DATE|8/20]] {{lab|2.7}}, [[DATE|8/27]] {{lab|2.6}}
Current regimen: {{drug|Coumadin}} {{dose|5 mg}} daily except {{dose|7.5 mg}} Mon/Fri (weekly {{dose|40 mg}}).
Interview (pt + daughter [[NAME|Denise]]): missed no doses. Started eating big salads "with the kale from my garden" since the church picnic on [[DATE|the 25th]]. No bleeding, no new meds, no antibiotics. No alcohol.
Plan: 7.5 mg x1 tonight then increase weekly to {{dose|42.5 mg}} (add 2.5 mg Wed). Counseled on consistent vitamin K intake. Recheck INR [[DATE|9/10]]. Bridging not needed.
Pt verbalized understanding; teach-back done. Call-back # [[PHONE|(901) 555-0112]].
[[NAME|Major Tillman]], PharmD, CACP
""")

note("G029", "telephone encounter", """
TELEPHONE ENCOUNTER                 [[DATE|Nov 18, 2024]]  {{other|4:52 PM}}
Caller: [[NAME|Ruth Goldstein]] (self)    Callback: [[PHONE|212-555-0173]]    Pt MRN [[MRN|00219477]]
Identity verified by voice biometrics (enrollment ID [[BIOMETRIC|VB-9912-3348-0071]]) and DOB.
Reason: "Blood in my urine since this morning."
Nurse triage ({{eponym|Schmitt-Thompson}} protocol: Urine - Blood In):
- {{age|78}} y/o F on {{drug|Xarelto}} {{dose|15 mg}} daily for AF. Pink urine x3 voids, no clots. Mild burning. No fever, no flank pain. Able to urinate.
- No dizziness or fainting. No other bleeding.
Disposition: See today/tonight in urgent care - advised. Pt prefers to wait for AM; RN reviewed red flags (clots, inability to urinate, lightheadedness, fever) -> call 911/go to ED.
Routed to Dr. [[NAME|Yusuf Mahmoud]] (covering for Dr. [[NAME|Esther Weinberg]]) - response {{other|5:20 PM}}: "OK to be seen 1st thing tomorrow, UA/UCx, CBC; do not hold Xarelto unless clots or gross bleeding."
Scheduled: [[DATE|11/19]] {{other|8:15 AM}} with [[NAME|Wendy Cho]], NP. Pt's husband [[NAME|Saul]] will drive her.
[[NAME|Keira Donovan]], RN
""")

note("G030", "patient portal message and reply", """
From: [[NAME|Fatima Zahra Benali]]
To: {{facility|Cedar Park Pediatrics}} - Dr. [[NAME|Hunter]]'s team
Sent: Thu [[DATE|2/13/2025]] {{other|11:47 PM}}
Subject: Question about [[NAME|Yasmine]]'s fever
Patient: [[NAME|Yasmine Benali]] (DOB [[DATE|5/2/2021]])  MRN [[MRN|CPP-104482]]

Hi, [[NAME|Yasmine]] has had a fever since Tuesday, highest was 102.8 tonight. I gave {{drug|Motrin}} {{dose|7.5 mL}} at 10 and it came down to 100.4. She is drinking apple juice and peed twice today. She keeps pulling at her right ear. Do I need to bring her in tomorrow or can we wait? My husband [[NAME|Karim]] works early so I would need a time after 11. My cell is [[PHONE|512-555-0108]]. Thank you, [[NAME|Fatima]]

Message log: sent via app; device login IP [[IP|203.0.113.58]]; portal user [[OTHER_ID|fzbenali21]].

---- Reply ----
From: [[NAME|Lauren Kessler]], RN (for Dr. [[NAME|Grant Hunter]])
Sent: Fri [[DATE|2/14/2025]] {{other|8:06 AM}}
Hi [[NAME|Fatima]], thank you for the details. With ear pulling and 3 days of fever we would like to see [[NAME|Yasmine]] today. I booked her with Dr. [[NAME|Hunter]] at {{other|11:40}} today. Weight-based ibuprofen for her ({{lab|14 kg}}) is {{dose|7 mL}} of the {{dose|100 mg/5 mL}} liquid every 6-8 hours, so you were close. If she has trouble breathing, a stiff neck, a rash that does not fade, or stops drinking, go to the ER. You can see your appointment at [[URL|https://portal.cedarparkpeds.example.org/appt/99182730]].
- [[NAME|Lauren]], RN
""")

note("G031", "after-visit summary", """
AFTER VISIT SUMMARY
[[NAME|Demetrius Carter]]   [[DATE|8/12/2024]]   {{facility|Eastgate Internal Medicine}}
Provider: [[NAME|Mai Vang]], PA-C                         MRN: [[MRN|EIM0032177]]

Today you were seen for: High blood pressure; Prediabetes; Annual physical.

Your vitals today: BP {{lab|152/94}} (repeat {{lab|146/90}})   Weight 231 lb   BMI {{lab|32.2}}

WHAT CHANGED TODAY
START taking:
  - {{drug|chlorthalidone}} {{dose|12.5 mg}} tablet - take 1 tablet by mouth every morning
CONTINUE taking:
  - {{drug|amlodipine}} (NORVASC) {{dose|10 mg}} tablet - 1 tablet daily
STOP taking:
  - {{drug|ibuprofen}} (ADVIL) - this can raise your blood pressure. Use {{drug|acetaminophen}} instead.

Lab tests ordered: BMP in 2 weeks (around [[DATE|August 26]]); A1c, lipid panel - fasting.
Your A1c result from today: {{lab|6.1%}} (prediabetes range is {{lab|5.7-6.4%}}).

NEXT APPOINTMENTS
  Mon [[DATE|Aug 26, 2024]] {{other|8:00 AM}}   Lab only - Eastgate lab, 1st floor
  Thu [[DATE|Sep 12, 2024]] {{other|2:20 PM}}   [[NAME|Mai Vang]], PA-C - BP follow-up

Referrals: Diabetes Prevention Program (YMCA) - they will call you at [[PHONE|313-555-0193]].
Questions? Call the nurse line [[PHONE|313-555-0100]], option 2. View your results online at [[URL|https://myhealth.eastgateim.example.com]] (username: [[OTHER_ID|dcarter1979]]).
Printed for: [[NAME|Demetrius Carter]] / [[STREET|15520 Evergreen Rd, Unit 4]], [[CITY|Kessler Park]], MI [[ZIP|48227]]
""")

note("G032", "home health visit", """
HOME HEALTH SKILLED NURSING VISIT          {{facility|Tri-County Home Care}}
Visit date: [[DATE|02/20/2025]]   Time in {{other|1005}}  Time out {{other|1105}}   Visit # 6 of 9 (episode [[DATE|1/28/25]]-[[DATE|3/28/25]])
Patient: [[NAME|Amos Hershberger]]   MR# [[MRN|TCH-20993]]   Medicare MBI [[HEALTH_PLAN|7GH2-WE8-RT43]]
Address: [[STREET|N4417 County Road KK]], [[CITY|Loyal Prairie]], WI [[ZIP|54446]] (farmhouse, gravel drive, 2nd driveway past red barn)
Homebound status: leaves home only for medical appts; requires walker and assist of 1 for uneven surfaces; SOB after 20 ft.
Primary dx: COPD exac ({{code|J44.1}}); secondary CHF, DM2.
VS: T {{lab|97.6}} HR 92 RR 22 BP 128/70 SpO2 {{lab|90%}} on 2 L O2 concentrator ({{device_model|EverFlo}}). Wt 162 lb (161 last visit).
Lungs: diminished bases, scattered expiratory wheeze. No edema.
Meds reviewed with wife [[NAME|Miriam]]: all in blister pack; pt ran low on {{drug|Spiriva}} - called {{facility|Hometown Drug}}, refill ready; son [[NAME|Levi]] asked neighbor [[NAME|Dale Kuehn]] to pick it up at curbside this afternoon (pharmacy asked for his truck plate: WI [[VEHICLE|RV 43127]]).
Teaching: pursed-lip breathing, energy conservation, when to use rescue inhaler, red flags. Pt and wife verbalize.
Coordination: updated PCP Dr. [[NAME|Lukas Brenneman]] via fax [[FAX|715-555-0124]]; next SN visit [[DATE|2/24]]; PT ([[NAME|Jenna]]) on [[DATE|2/22]].
[[NAME|Ruth Ann Stoltzfus]], RN, case manager   agency ph [[PHONE|715-555-0120]]
""")

note("G033", "hospice visit", """
HOSPICE RN VISIT NOTE - Routine home care      Date: [[DATE|14 Jan 2025]]
Patient: [[NAME|Mabel Johnson-Pryor]], [[AGE_OVER_89|96]] y/o F    Hospice ID [[MRN|HSP-4417]]    MBI [[HEALTH_PLAN|2RT5-KD1-UF88]]
Terminal dx: Alzheimer dementia, {{score|FAST 7c}}; also CHF.
Location: daughter's home, [[STREET|3021 Magnolia Terrace]], [[CITY|Pinewood Bluff]], GA.
Present: daughter/caregiver [[NAME|Ernestine Pryor]]; grandson [[NAME|King]] (home from college).
Observations: bedbound, nonverbal, occasional moaning with repositioning. {{score|PAINAD 4}} before repositioning -> {{score|1}} after {{drug|morphine}} concentrate {{dose|5 mg}} SL (given by daughter at {{other|0940}}). RR 24 with periods of apnea up to 15 sec; mottling of knees not present. Intake: sips of thickened liquids, 2-3 bites of pudding/day. Sacral skin intact; air mattress functioning. Weight no longer obtained; MUAC 19 cm (21 cm on [[DATE|11/20/24]]).
Family: daughter tearful, "I promised Mama she'd die at home." Provided anticipatory guidance on signs of active dying. Daughter would like Pastor [[NAME|Clarence Biggs]] to visit; chaplain [[NAME|Seo-yeon Park]] to coordinate.
Comfort kit in home, intact (morphine, {{drug|lorazepam}}, {{drug|haloperidol}}, {{drug|atropine}} drops). Counted with daughter.
Plan: increase visits to 3x/week; aide 5x/week; social work ([[NAME|Tomas Echeverria]]) to discuss respite. IDG review [[DATE|1/16]].
On-call number reviewed: [[PHONE|(478) 555-0160]].
[[NAME|Lorraine Whitfield]], RN, hospice case manager
""")

note("G034", "SNF transfer form", """
INTERFACILITY TRANSFER FORM - HOSPITAL TO SKILLED NURSING FACILITY
Sending: {{facility|Riverbend Regional Medical Center}}, Unit {{other|6 West}}, RN report line [[PHONE|(614) 555-0140]]
Receiving: {{facility|Maple Grove Rehabilitation and Nursing}}, [[STREET|600 Orchard Hill Rd]], [[CITY|Westerville Commons]], OH [[ZIP|43082]]   Fax [[FAX|614-555-0142]]
Transfer date: [[DATE|3/28/2024]]   Transport: {{facility|Metro Ambulette}}, wheelchair van, pickup {{other|1300}}

Resident: [[NAME|Fiorella Antonucci]]        DOB: [[DATE|02/14/1932]] (age [[AGE_OVER_89|92]])
MRN: [[MRN|RRM-00019955]]    Medicare: [[HEALTH_PLAN|5QW8-TY3-HJ27]]   Supplement: [[HEALTH_PLAN|BCX-228810432]]
Code status: DNR/DNI (POLST signed [[DATE|3/25/2024]])
Decision-maker: son [[NAME|Vincenzo "Vinnie" Antonucci]], [[PHONE|614-555-0179]]; alternate daughter-in-law [[NAME|Theresa]] [[PHONE|614-555-0180]]
Diagnoses: L intertrochanteric hip fx s/p IMN ([[DATE|3/22]]); post-op delirium (resolved); HTN; osteoporosis; CKD 3a.
Isolation: none.  MDRO: none.
Allergies: codeine (nausea).
Last doses given: {{drug|enoxaparin}} {{dose|30 mg}} SC {{other|0900}}; {{drug|acetaminophen}} {{dose|650 mg}} {{other|1000}}; {{drug|oxycodone}} {{dose|2.5 mg}} {{other|1130}}.
Function: WBAT LLE, transfers mod assist x1, amb 40 ft RW. Diet: regular, thin liquids. Continent of bladder w/ prompted voiding.
Skin: incision L hip, staples, clean; staple removal [[DATE|4/5]]. Heels intact.
Follow-up: Ortho - Dr. [[NAME|Leonard Baptiste]], [[DATE|April 5]], {{other|10:30}}.
Belongings: glasses, upper denture, rosary, walker. Hearing aids x2 in case.
Report called to [[NAME|Shonda]] (SNF RN) at {{other|1215}}. Sending RN: [[NAME|Paulina Grabowski]], RN
""")

note("G035", "case management note", """
CASE MANAGEMENT - DISCHARGE PLANNING UPDATE         [[DATE|5/13/2024]] {{other|1410}}
Pt: [[NAME|Thelma Broussard]]   MRN [[MRN|RRM-00088410]]   Payer: Humana Medicare Advantage ([[HEALTH_PLAN|H45720331]])
Anticipated DC: [[DATE|5/15]]
Met with patient and granddaughter [[NAME|Summer Broussard]] at bedside; son [[NAME|Rene]] on speaker from [[CITY|Lafourche Crossing]]. PT recommends SNF short term; OT concurs. Pt initially refused ("I'm going home to my cat") but agreed to short-term rehab after discussion.
Choice list given (CMS requirement); family chose #1 {{facility|St. Agnes Care Center}} and #2 {{facility|Bayou Oaks Rehab}}.
Referrals sent via portal at {{other|1330}}; St. Agnes liaison [[NAME|Claudette]] ([[EMAIL|admissions@stagnescare.example.org]], [[PHONE|337-555-0171]]) reviewing. Humana auth initiated, ref [[OTHER_ID|HUM-SNF-2405-88127]]; 3-day qualifying stay N/A under MA.
Transport: family to drive if WC-level; otherwise ambulette.
Barriers: cat at home - neighbor [[NAME|Alphonse Landry]] will feed.
Will f/u with auth decision tomorrow AM.
[[NAME|Dwayne Batiste]], RN, BSN, CCM   [[PHONE|337-555-0170]]
""")

note("G036", "social work note", """
SOCIAL WORK ASSESSMENT - Emergency Department
Saturday, [[DATE|October 19, 2024]]
Pt: [[NAME|Curtis Lee Rollins]], {{age|57}}, MRN [[MRN|00713360]]. Referred by ED RN for housing insecurity and inability to fill meds.
Pt reports he has been living in his car for 4 months since being evicted from [[STREET|2214 Fairmount Ave, Apt 3]] in the [[CITY|Lower Kensing]] neighborhood in [[DATE|June]]. Vehicle: 2009 Chevy Impala, tan, plate PA [[VEHICLE|KTR-9901]], VIN [[VEHICLE|2G1WB58K691284406]]; currently parked in the hospital garage. He worked as a line cook until a stroke last [[DATE|March]]. Receives no income; SSDI application pending (SSA claim # [[OTHER_ID|A-2291-04-7731]]). Medicaid active ([[HEALTH_PLAN|PA-MA 8810029917]]). SSN per pt [[SSN|914-26-3380]] for benefits paperwork.
Supports: sister [[NAME|Lorraine Rollins-Hart]] in [[CITY|Camden Ferry]], NJ, "can't take me, she has her own problems"; friend [[NAME|Otis]] lets him shower Tuesdays.
Mental health: endorses low mood; PHQ-2 {{score|4}} -> PHQ-9 {{score|13}}. Denies SI/HI. Occasional alcohol, no drugs.
Interventions: referral to {{facility|Keystone Street Outreach}} outreach; shelter bed list for tonight; 30-day meds via meds-to-beds using hospital charity fund; bus pass; food pantry list; SOAR-trained caseworker [[NAME|Bianca Ferreira]] ([[PHONE|215-555-0115]]) to expedite SSDI.
Pt's cell (prepaid): [[PHONE|215-555-0197]]. Mailing address: c/o sister, [[STREET|45 Pine Street]], [[CITY|Camden Ferry]], NJ [[ZIP|08104]].
[[NAME|Miguel Santiago]], LCSW
""")

note("G037", "chaplain note", """
SPIRITUAL CARE NOTE
Visit: [[DATE|12/24/2024]], {{other|evening}}. Referral: nurse request (family at end of life), {{facility|MICU}} room {{other|8}}.
Patient [[NAME|Augustine Mwangi]] ({{age|83}}) unresponsive, comfort measures since this afternoon. Present: wife [[NAME|Wanjiru]], daughters [[NAME|Grace]] and [[NAME|Faith]], son-in-law [[NAME|Peter Kamau]], pastor from their church in [[CITY|Oak Terrace]] (Rev. [[NAME|Samuel Otieno]]) arrived later.
Family are Kenyan Presbyterians; prayed and sang in Kikuyu. Wife asked that he be anointed; offered and provided prayer of commendation with family, and called Catholic priest on call (Fr. [[NAME|Dominic Nguyen]]) at daughter [[NAME|Faith]]'s request for her own comfort. Daughter [[NAME|Grace]] expressed anger that "no one told us how sick he was"; provided space, listened, communicated with RN [[NAME|Hope]] so that the attending could meet the family again.
Spiritual assessment: strong {{other|faith}} community, {{other|hope}} expressed in terms of resurrection; grief anticipatory and acute.
Plan: follow-up with family tomorrow; bereavement packet; chaplain on call aware.
Chaplain [[NAME|Isaiah Bishop]], MDiv, BCC
""")

note("G038", "PT/OT/SLP evaluation", """
OUTPATIENT PHYSICAL THERAPY INITIAL EVALUATION
Date of eval: [[DATE|07/15/2024]]   Pt: [[NAME|Kaitlyn O'Rourke]]   DOB [[DATE|11/02/1999]]   MRN [[MRN|PT-661209]]
Referring: [[NAME|Benjamin Adler]], MD (sports med) - Dx: L ACL reconstruction (BTB autograft) [[DATE|6/24/2024]] ({{code|Z98.890}}, {{code|S83.512D}})
Visits authorized: 24 through [[DATE|12/31/2024]], auth [[OTHER_ID|UHC-PT-20240713-55]]
Subjective: {{age|24}} yo F, collegiate soccer player, injured in a match [[DATE|May 4]]. Pain {{score|3/10}} at rest, {{score|6/10}} with stairs. Goal: return to sport in 9 months; also works as a barista (standing 6 h).
Objective:
  AROM knee: 2-0-92 deg (L); R 0-140.
  Quad lag 10 deg; {{score|MMT hip abd 4-/5}}; {{score|Lachman 1A}} (graft intact per MD).
  Effusion: 2+ (stroke test). Gait: antalgic with 1 crutch.
  {{score|LEFS 32/80}}. {{score|KOOS sport 15}}.
Assessment: Expected post-op deficits in ROM, quad activation and gait. Good rehab potential.
Plan: 2x/wk x 12 wks: NMES quads, patellar mobs, ROM, closed-chain strengthening, gait training, HEP. Blood flow restriction training from week 6 per protocol.
Therapist: [[NAME|Marcus Oyelowo]], PT, DPT   Lic # [[LICENSE|PT-018832]]
""")

note("G039", "dietitian note", """
MEDICAL NUTRITION THERAPY - Initial Assessment
[[DATE|4/2/24]] | [[NAME|Leticia Montoya]], RD, LD
Pt: [[NAME|Hector Espinoza]], {{age|61}}, MRN [[MRN|D-200481]], inpatient {{other|4W-12}}
Reason: MST score {{score|3}}; poor intake, new PEG tube ({{device_model|MIC-KEY}} 20 Fr) after head and neck cancer treatment.
Anthropometrics: Ht 170 cm; Wt 58.2 kg; UBW 70 kg ([[DATE|Dec 2023]]) -> 17% loss in 4 months. BMI {{lab|20.1}}.
NFPE: moderate temporal and clavicle wasting; mild edema. Meets ASPEN criteria for severe malnutrition (chronic illness).
Labs: albumin {{lab|2.9}}, prealbumin {{lab|11}} (acute phase), Mg {{lab|1.6}}, Phos {{lab|2.3}}, K {{lab|3.4}}.
Needs: 1,750-2,050 kcal (30-35 kcal/kg), protein 70-87 g (1.2-1.5 g/kg), fluid ~1,750 mL.
Rx: {{drug|Jevity 1.5}} via PEG, start {{dose|20 mL/h}}, advance 10 mL q8h to goal {{dose|60 mL/h}} x 20 h (1,800 kcal, 77 g protein) + free water flush {{dose|200 mL}} q6h. Refeeding risk: moderate - replete Mg/Phos/K, thiamine 100 mg x 5 days.
Education with pt and wife [[NAME|Consuelo]]; home formula via DME, ordered through case manager.
F/u in 3 days. Pager via operator.
""")

note("G040", "psychiatry intake", """
OUTPATIENT PSYCHIATRY INTAKE - TELEHEALTH (video)
Date: [[DATE|January 30, 2025]]   Pt location: home, [[CITY|Silver Creek Township]], VT   Provider location: office
Connection: {{facility|CareLink}} video; pt IP [[IP|2001:db8:4a1c:22::9f]]; meeting link [[URL|https://telehealth.greenmountainbh.example.org/join/7719-3302]]
Patient: [[NAME|Amara Nwachukwu]], {{age|29}} y/o, pronouns she/her. MRN [[MRN|GMBH-33871]]
Referred by: Dr. [[NAME|Chloe Tremblay]] (PCP) for depression and panic attacks.
HPI: Low mood, anhedonia and early waking since her miscarriage in [[DATE|August]]; panic attacks 2-3x/week, worst at work (ICU nurse). {{score|PHQ-9 19}}, {{score|GAD-7 16}}. Passive SI ("it would be easier not to wake up"), no plan or intent; denies past attempts. No psychosis or mania; MDQ negative. Sleep 4-5 h. Appetite decreased.
Past psych: postpartum-free; one course of {{drug|sertraline}} in nursing school (helped, stopped due to weight gain).
Substance: 2-3 glasses of wine on weekends; no cannabis.
Family: mother with depression; maternal uncle died by suicide.
Social: lives with partner [[NAME|Jordan Ellis]]; close to her sister [[NAME|Chioma]], who lives in [[CITY|Harrow Glen]].
MSE: well groomed, good eye contact, psychomotor normal; speech normal; mood "numb"; affect constricted, tearful at times; TP linear; TC passive SI as above, no HI; insight/judgment good.
Risk: C-SSRS screen - passive ideation only; protective factors: partner, faith, job, future orientation (plans to visit [[CITY|Harrow Glen]] for her sister's wedding on [[DATE|June 14]]). Safety plan completed and sent to pt; 988 reviewed.
Dx: MDD, single episode, severe without psychotic features ({{code|F32.2}}); panic disorder ({{code|F41.0}}).
Plan: {{drug|escitalopram}} {{dose|10 mg}} daily (5 mg x 1 wk); {{drug|hydroxyzine}} {{dose|25 mg}} prn panic; CBT referral to [[NAME|Noor Hamdan]], LICSW; f/u 2 weeks. Pt consented to contacting partner if safety concerns ([[PHONE|802-555-0135]]).
[[NAME|Elias Brandt]], MD, Psychiatry
""")

note("G041", "substance use intake", """
OPIOID TREATMENT PROGRAM - INTAKE ASSESSMENT          {{facility|New Dawn Recovery Services}}
Intake date: [[DATE|2024-08-05]]     Counselor: [[NAME|Tyrone Mapes]], LADC     Prescriber: [[NAME|Ana Lucia Ferreira]], MD
Client: [[NAME|Brandon Michael Tuttle]]   DOB [[DATE|1990-03-27]]   Client ID [[MRN|NDR-1188]]
Dosing window biometric: right index fingerprint enrolled, template [[BIOMETRIC|FPT-0419-88231]]; photo ID on file (state ID, license suspended - KY DL [[LICENSE|T12-904-118]]).
42 CFR Part 2 consent signed for PCP (Dr. [[NAME|Gail Summers]]) and probation officer [[NAME|R. Holcomb]] only.

Substance history:
- Opioids: began with {{drug|Percocet}} after a roofing fall in 2012; IV heroin then fentanyl since ~2017; currently ~1 g/day fentanyl "powder," last use today {{other|0600}}. {{score|COWS 11}} at {{other|1015}}.
- Meth: intermittent smoking, last [[DATE|7/30]].
- Alcohol: denies current. Benzos: "Xanax bars sometimes" - UDS positive.
- Overdoses: 3, last [[DATE|May 2024]] in a parking lot on [[STREET|Cardwell Rd]]; reversed with {{drug|Narcan}} by a friend, [[NAME|Kayla]].
Legal: DUI [[DATE|3/2023]]; vehicle impounded (2014 F-150, plate KY [[VEHICLE|4HN 8820]]). Probation through [[DATE|Feb 2026]].
Medical: HCV Ab+ (RNA pending), abscess L forearm last winter. HIV neg [[DATE|6/2024]].
Social: staying with his grandmother [[NAME|Wanda Tuttle]] in [[CITY|Bullitt Hollow]]; one daughter ([[NAME|Harper]], 6) lives with her mother.
ASAM level: 1 OTP. DSM-5: OUD severe ({{code|F11.20}}), stimulant use disorder moderate.
Plan: {{drug|methadone}} {{dose|30 mg}} day 1, observe 3 h, max {{dose|40 mg}} day 1 per protocol; naloxone kit given; HCV referral; counseling weekly.
""")

note("G042", "obstetric admission", """
L&D ADMISSION NOTE       [[DATE|10/06/2024]] {{other|03:20}}
[[NAME|Nguyen-Hoang, Kim-Thuy]]  {{age|31}} yo  G2P1001  @ 39w2d by 8-wk US   MRN [[MRN|OB-5590217]]   EDD [[DATE|10/11/2024]]
Prenatal care: {{facility|Harborview Women's Health}}, Dr. [[NAME|Clara Whitmore]]; 13 visits. Records via CareEverywhere.
CC: painful ctx q3-4 min since {{other|2300}}, +LOF at {{other|0100}} clear.
Prenatal labs: O pos / Ab screen neg / RPR NR / HIV neg / HBsAg neg / Rubella immune / GBS {{lab|NEGATIVE}} ([[DATE|9/14]]). 1-hr GCT {{lab|118}}. Hgb {{lab|11.4}} @ 28 wk.
Hx: prior SVD {{other|2021}}, 3,450 g boy, 2nd-degree lac. No surgeries.
Meds: PNV. Allergies: NKDA.
Exam: BP 118/74, HR 88, afebrile. EFW 3,400 g by {{eponym|Leopold maneuvers}}. SVE 5/90/-1, vertex. SSE: pooling, nitrazine +, fern +.
FHT: baseline 135, moderate variability, +accels, no decels, Cat I. Toco: ctx q3 min.
A/P: Term SROM in active labor. Admit L&D. GBS neg - no PCN. Epidural on request ({{drug|fentanyl}}/{{drug|bupivacaine}}). CBC, T&S. Anticipate SVD.
Support person: husband [[NAME|Quang]]; mother-in-law [[NAME|Hoa Tran]] will watch their son.
Pediatrician for baby: Dr. [[NAME|Eun-ji Seo]], {{facility|Bayside Pediatric Group}}.
[[NAME|Rebecca Lindqvist]], CNM
""")

note("G043", "newborn note", """
NEWBORN ADMISSION / NURSERY H&P
Baby: [[NAME|Boy Nguyen-Hoang]] ("[[NAME|Minh]]")   MRN [[MRN|NB-5590902]]   Born [[DATE|10/06/2024]] at {{other|09:47}}
Mother: [[NAME|Kim-Thuy Nguyen-Hoang]] (MRN [[MRN|OB-5590217]]), {{age|31}} yo G2P2002
Delivery: SVD over intact perineum, delivered by [[NAME|R. Lindqvist]], CNM. ROM 8 h 47 min, clear. No maternal fever.
Apgars {{score|8}} and {{score|9}}. Birth weight 3,520 g (62%ile), length 51 cm, HC 35 cm.
Newborn ID: band #[[OTHER_ID|44172]] matched with mother and father; footprints recorded - footprint record [[BIOMETRIC|FP-NB-2024-10-06-4417]].
Exam: vigorous, pink; AFOF; red reflex present bilaterally; palate intact; clavicles intact; lungs clear; no murmur; femoral pulses 2+; abdomen soft, 3-vessel cord; normal male genitalia, testes descended bilaterally; {{eponym|Ortolani}}/{{eponym|Barlow}} negative; spine intact; Moro symmetric. Mongolian spot over sacrum (documented, 4 x 3 cm).
Plan: breastfeeding on demand; {{drug|vitamin K}} {{dose|1 mg}} IM and {{drug|erythromycin}} ointment given; HepB vaccine #1 given with consent (lot {{other|4P7K2}}); newborn screen at 24 h (card [[OTHER_ID|NBS-TX-24-0918803]]); CCHD screen and hearing screen before discharge; bilirubin check with NBS.
Circumcision: parents declined.
Pediatrician: [[NAME|Eun-ji Seo]], MD, f/u 48 h after discharge. Father [[NAME|Quang Hoang]] cell [[PHONE|409-555-0187]].
""")

note("G044", "pediatric well visit", """
WELL CHILD CHECK - 4 YEARS          [[DATE|Mar 3 2025]]
Child: [[NAME|Zainab Warsame]]   DOB [[DATE|03/01/2021]]   MRN [[MRN|PC-0331876]]
Accompanied by: mother [[NAME|Hodan Abdullahi]]; Somali interpreter [[NAME|Abdirahman]] (ID [[OTHER_ID|INT-5528]]) via video.
Growth: Wt 15.6 kg (35%ile), Ht 101 cm (40%ile), BMI 15.3 (45%ile). BP 94/56.
Development: hops on one foot, draws a person with 3 parts, tells stories, knows colors; speaks Somali at home and English at preschool ({{facility|Little Acorns Head Start}}).
Vision: {{score|20/32}} both eyes (HOTV). Hearing: pass (OAE).
Diet: picky, drinks 24 oz milk; some juice. Teeth: brushing 1x; no dentist yet - referred to {{facility|Smile Bus}} mobile dentist.
Safety: forward-facing car seat; no guns in home; pool - no. Lead screen: lives in a pre-1978 apartment building at [[STREET|702 Cedar Ave S, Apt 114]], [[CITY|Riverside Flats]] -> lead level drawn ({{lab|2 mcg/dL}} result back in clinic today).
Immunizations: DTaP #5, IPV #4, MMR #2, Varicella #2 given today (VIS given, consent by mother). Flu vaccine: declined today, will reconsider.
A/P: Healthy 4 yo. Anticipatory guidance: reading, screen time < 1 h, milk 16 oz. {{drug|Fluoride varnish}} applied. RTC at 5 years.
[[NAME|Rashid Qureshi]], MD, Pediatrics
""")

note("G045", "school form", """
STATE OF TEXAS - DIABETES MEDICAL MANAGEMENT PLAN (DMMP)     School year {{other|2024-2025}}
Student: [[NAME|Mia Rose Delgado]]    DOB: [[DATE|9/12/2013]]    Grade: 6    Homeroom: {{other|Room 214}}
School: {{facility|Lamar Middle School}}    School nurse: [[NAME|Donna Kingsley]], RN   [[EMAIL|dkingsley@lamar-isd.example.org]]   Ph [[PHONE|(956) 555-0121]]
Parent/guardian: [[NAME|Veronica Delgado]] (mom) cell [[PHONE|956-555-0146]]; [[NAME|Luis Delgado]] (dad) work [[PHONE|956-555-0147 ext 3302]]
Diabetes provider: [[NAME|Priyanka Banerjee]], MD, {{facility|Valley Children's Endocrinology}}  Ph [[PHONE|956-555-0150]]  Fax [[FAX|956-555-0151]]

Type 1 diabetes since [[DATE|Feb 2019]].
Insulin pump: {{device_model|Omnipod 5}}, PDM serial [[DEVICE|POD5-PDM-73A0912]]; CGM: {{device_model|Dexcom G7}}, sensor/receiver SN [[DEVICE|DXG7-44190827]]
Insulin: {{drug|Humalog}} in pump. Carb ratio {{dose|1 unit:12 g}} (lunch {{dose|1:10}}). Correction {{dose|1 unit:45 mg/dL}} above 150. Target {{lab|110-150}}.
Hypoglycemia (< 70 or symptoms): 15 g fast carbs (4 oz juice), recheck 15 min. Severe: {{drug|Baqsimi}} {{dose|3 mg}} intranasal, call 911, call parent.
Student may self-carry supplies and self-manage in class: YES. PE: check before; eat snack if < 120.
Field trips: pump supplies + glucagon with trained adult.
Signatures: [[NAME|P. Banerjee]], MD  [[DATE|08/19/2024]];  [[NAME|Veronica Delgado]] (parent) [[DATE|8/20/24]]; [[NAME|D. Kingsley]], RN [[DATE|8/22/24]]
""")

note("G046", "immunization record", """
IMMUNIZATION RECORD (state registry printout)                          Printed: [[DATE|2025-01-10]]
Name: [[NAME|HERNANDEZ, SANTIAGO JOSE]]    DOB: [[DATE|2019-06-22]]    Sex: M
Registry ID: [[OTHER_ID|IIS-06-2231804]]   Parent: [[NAME|HERNANDEZ, MARIBEL]]   Address: [[STREET|1602 W Olive St]], [[CITY|San Patricio Heights]], CA [[ZIP|93706]]
| Vaccine | Date given | Dose | Mfr/Lot | Site | Given by |
| HepB (Engerix-B ped) | [[DATE|2019-06-22]] | 1 | GSK / {{other|7J2T4}} | L thigh | [[NAME|A. Okafor]], RN |
| DTaP-IPV-Hib-HepB ({{drug|Vaxelis}}) | [[DATE|2019-08-26]] | 1 | MSP / {{other|U013022}} | R thigh | [[NAME|L. Ruiz]], LVN |
| PCV13 ({{drug|Prevnar 13}}) | [[DATE|2019-08-26]] | 1 | PFR / {{other|FJ5521}} | L thigh | [[NAME|L. Ruiz]], LVN |
| Rotavirus ({{drug|RotaTeq}}) | [[DATE|2019-08-26]] | 1 | MSD / {{other|T004211}} | PO | [[NAME|L. Ruiz]], LVN |
| MMR | [[DATE|2020-06-30]] | 1 | MSD / {{other|T019447}} | L arm | [[NAME|Kim Tran]], MA |
| Varicella | [[DATE|2020-06-30]] | 1 | MSD / {{other|T022871}} | R arm | [[NAME|Kim Tran]], MA |
| DTaP | [[DATE|2020-10-02]] | 4 | SKB / {{other|9K4H2}} | L thigh | [[NAME|Kim Tran]], MA |
| Influenza (IIV4) | [[DATE|2024-10-15]] | 1 | SEQ / {{other|AU1187}} | R arm | [[NAME|Rogelio Sanchez]], pharmacist |
| COVID-19 (Moderna 24-25) | [[DATE|2024-10-15]] | 1 | MOD / {{other|3043CZ1}} | L arm | [[NAME|Rogelio Sanchez]], pharmacist |
Due now: DTaP #5, IPV #4, MMR #2, Varicella #2 (kindergarten entry).
Exemptions: none.  Provider org: {{facility|Clinica del Valle}}.
""")

note("G047", "dental note", """
DENTAL PROGRESS NOTE  -  [[DATE|06/04/2024]]  -  Op {{other|3}}
Pt: [[NAME|Jerome "Rome" Baptiste]]  Chart# [[MRN|DX-11472]]  DOB [[DATE|12/28/1968]]   Med alert: on {{drug|Eliquis}}; {{drug|Fosamax}} 2016-2021 (oral bisphosphonate)
Provider: Dr. [[NAME|Helen Szeto]], DDS   Asst: [[NAME|Crystal]]
CC: "left bottom tooth broke, food gets stuck."
Exam: #19 MO fracture of existing amalgam with fractured ML cusp; no pain to percussion; cold test WNL, lingering < 2 s. PA and BWX taken - no periapical radiolucency. Perio: generalized 3-4 mm, BOP 20%.
Tx today: informed consent reviewed incl. risk of MRONJ (low given d/c 2021). Local: 2% {{drug|lidocaine}} 1:100k epi x 1.7 mL (IANB) + 4% {{drug|articaine}} buccal infiltration {{dose|0.9 mL}}. Removed old amalgam, caries excavated, build-up with {{device_model|Filtek}} bulk fill composite. Prepped for full-coverage crown (#19 PFZ). Final impression with digital scanner; temp crown (Integrity) cemented with TempBond. Occlusion checked.
Shade: {{other|A2}}. Lab: {{facility|Precision Dental Lab}}, case [[OTHER_ID|PDL-88201]]; seat in 2 weeks ([[DATE|6/18]]).
Post-op instructions given; pt to continue Eliquis (no hold needed). Ins: Delta Dental PPO, subscriber ID [[HEALTH_PLAN|DDP-770413298]] (through wife's employer; wife [[NAME|Marie-Claude Baptiste]]).
Next: SRP UR/UL, 4BW in [[DATE|December]].
""")

note("G048", "ophthalmology note", """
OPHTHALMOLOGY - RETINA CLINIC
Date: [[DATE|10 Sep 2024]]   Pt: [[NAME|Lillian Abernathy-Young]]   Age: [[AGE_OVER_89|90]]   MRN [[MRN|EYE-220915]]
Referred by optometrist Dr. [[NAME|Kenji Watanabe]] for new distortion OD.
CC: "Straight lines look wavy in my right eye" x 2 weeks; grandson [[NAME|Elliot]] noticed she stopped doing crosswords.
VA (cc): OD {{score|20/80}} PH {{score|20/70}}; OS {{score|20/40}}.  IOP: {{lab|15}} / {{lab|16}} mmHg (Tonopen).
{{eponym|Amsler grid}}: metamorphopsia OD centrally.
SLE: 2+ NS cataracts OU; PCIOL none.
DFE: OD - subretinal hemorrhage 1 DD temporal to fovea with drusen; OS - large soft drusen, RPE mottling, no heme.
OCT OD: subretinal fluid and type 2 CNV; CST {{lab|412 um}}. OS: drusen, no fluid.
Impression: neovascular AMD OD ({{code|H35.3211}}); intermediate dry AMD OS.
Plan: intravitreal {{drug|aflibercept}} {{dose|2 mg/0.05 mL}} OD today after consent (pt signed; daughter [[NAME|Corinne Young]] present, she is HCP). Lot {{other|3081247}}. Post-injection IOP {{lab|18}}. AREDS2 vitamins OS. Monthly injections x3 then treat-and-extend. Return [[DATE|10/8/24]].
Low vision referral; transportation: daughter drives, lives in [[CITY|Cedar Hollow]].
[[NAME|Farid Nazari]], MD, Retina
""")

note("G049", "audiology report", """
AUDIOLOGY EVALUATION AND COCHLEAR IMPLANT MAPPING
Date: [[DATE|11/07/2024]]     Patient: [[NAME|Willard Fenn]]     Age: [[AGE_OVER_89|93]]     MRN: [[MRN|AUD-61155]]
Referring: Dr. [[NAME|Sarah Blumenthal]], ENT
Device: right cochlear implant, {{device_model|Nucleus CI632}}, implanted [[DATE|1/18/2023]], internal SN [[DEVICE|CI632-4410227]]; sound processor {{device_model|Nucleus 8}}, SN [[DEVICE|N8-0093381172]]. Left ear: hearing aid ({{device_model|Phonak Audeo L90}}), SN [[DEVICE|PH-2217A0934]].
History: Pt reports speech "sounds tinny" since processor was dropped in the bathtub on [[DATE|Oct 28]]; wife [[NAME|Dorothy]] reports he turns the TV up. No dizziness, no pain over receiver site.
Testing: Impedances within normal limits on all 22 electrodes. Aided thresholds (CI) 25-30 dB HL 250-6000 Hz. AzBio sentences in quiet: 64% (CI alone), previously 78% ([[DATE|May 2024]]). CNC words 52%.
Left ear: moderately severe to profound SNHL, stable.
Mapping: T and C levels re-measured; increased C levels on apical electrodes; new program P1 (Scan), P2 (Noise).
Recommendations: replace processor microphone covers; moisture kit; return 3 months. Processor repair under warranty - RMA [[OTHER_ID|RMA-CI-245519]].
[[NAME|Tessa Lindgren]], AuD, CCC-A
""")

note("G050", "sleep study report", """
POLYSOMNOGRAPHY REPORT - HOME SLEEP APNEA TEST (HSAT)
Patient: [[NAME|Bao Lor]]    DOB: [[DATE|04/09/1979]]    MRN: [[MRN|SLP-003318]]    Study #: [[OTHER_ID|HSAT-24-1187]]
Study date: night of [[DATE|3/11/2024]]     Interpreted: [[DATE|3/14/2024]]
Ordering: [[NAME|Nou Vang]], NP          Interpreting: [[NAME|Raymond Ashworth]], MD, D.ABSM
Device: {{device_model|WatchPAT One}}; data uploaded from patient's home phone app (IP [[IP|2001:db8:7f0::15]]).
History: {{age|44}} yo man (Hmong; interpreter [[NAME|Pa Yang]]) with loud snoring reported by wife [[NAME|Mee]], witnessed apneas, ESS {{score|14}}, HTN on 2 drugs, BMI {{lab|31.8}}.
Results: Valid sleep time 6 h 12 min. pAHI {{lab|34.6/h}} (3% rule); pRDI {{lab|38.1/h}}; ODI {{lab|30.2/h}}. SpO2 nadir {{lab|78%}}; time < 88% 42 min. Supine pAHI 52, non-supine 18. Snoring > 45 dB 38% of night. No significant arrhythmia on PAT-derived pulse.
Impression: Severe obstructive sleep apnea ({{code|G47.33}}).
Recommendations: auto-CPAP 6-16 cm H2O with heated humidity, mask fitting. DME ({{facility|SleepWell Medical Supply}}) dispensed {{device_model|AirSense 11 AutoSet}} on [[DATE|3/21/2024]], device SN [[DEVICE|23241698273]]; compliance data via modem. Drowsy driving counseling - pt drives a delivery van. Follow-up 31-90 days for compliance check.
""")

note("G051", "cardiac device clinic check", """
DEVICE CLINIC - IN-PERSON INTERROGATION           [[DATE|05/21/2024]]
Patient: [[NAME|Okafor, Emmanuel C]]   DOB [[DATE|8/8/1952]]   MRN [[MRN|CV-7712093]]
Device: dual-chamber ICD, {{device_model|Medtronic Cobalt XT DR}} ({{device_model|DDPA2D1}}), SN [[DEVICE|RNL408812S]], implanted [[DATE|6/14/2021]] by Dr. [[NAME|Anjali Deshmukh]]
Leads: RA {{device_model|5076-52}} SN [[DEVICE|PJN7724410]]; RV {{device_model|6935M-62}} SN [[DEVICE|TDL092231V]]
Remote monitor: {{device_model|MyCareLink Smart}} app paired to pt's phone; last transmission [[DATE|5/19/24]] from [[IP|192.0.2.114]].
Indication: ICM, EF {{lab|25%}}, primary prevention.
Interrogation: Battery 8.9 yrs (RRT not reached). Mode DDD 50/130 -> programmed AAI<=>DDD (MVP).
| Lead | Sensing | Impedance | Threshold |
| RA | {{lab|2.8 mV}} | {{lab|456 ohms}} | {{lab|0.75 V @ 0.4 ms}} |
| RV | {{lab|11.2 mV}} | {{lab|532 ohms}} | {{lab|1.0 V @ 0.4 ms}} |
| HV | - | {{lab|68 ohms}} | - |
Events since last check ([[DATE|Feb 20]]): 1 VT episode [[DATE|4/30/24]] {{other|03:12}}, 188 bpm, terminated by ATP x1; no shocks. AT/AF burden {{lab|<0.1%}}. RV pacing {{lab|1.2%}}.
Pt was asleep during VT; no syncope. K {{lab|3.6}} on [[DATE|5/1]]. On {{drug|carvedilol}} {{dose|12.5 mg}} BID, {{drug|Entresto}}, {{drug|spironolactone}}.
Plan: No reprogramming. Increase carvedilol to {{dose|25 mg}} BID per Dr. [[NAME|Deshmukh]]. Remote checks q3 months; next in-person [[DATE|Nov 2024]]. Driving: no restriction (ATP only, no syncope) - discussed with pt and his son [[NAME|Chukwuemeka]].
Device rep present: [[NAME|Blake Harrington]] (Medtronic).
[[NAME|Corinne Lafleur]], RN, CCDS
""")

note("G052", "dialysis run sheet", """
HEMODIALYSIS TREATMENT RECORD - {{facility|Lakeshore Kidney Center}}        Chair {{other|11}}   Shift: MWF 2nd
Date: [[DATE|1/22/2025]]   Pt: [[NAME|Jackson, Odell]]   ID [[MRN|LKC-2041]]   Medicare [[HEALTH_PLAN|8MF3-PA6-YY14]]
Nephrologist: Dr. [[NAME|Ferhat Demir]]   Charge RN: [[NAME|Latoya Simms]]   PCT: [[NAME|Jose Aguilar]]
Check-in: palm-vein scan matched, template [[BIOMETRIC|PVS-LKC-2041-R]]
Access: L upper arm AVF - thrill/bruit present; cannulated 15G x2 by [[NAME|Aguilar]]; buttonhole N.
Rx: {{device_model|Optiflux F180NR}}; 4 h; Qb 400; Qd 600; 2K/2.5Ca bath; UF goal 3.2 L; heparin {{dose|2000 u}} bolus + {{dose|1000 u/h}} (off last hour).
EDW 78.0 kg. Pre wt 81.4 kg. Post wt 78.3 kg.
| Time | BP | HR | Qb | VP | AP | TMP | UFR | Notes |
| {{other|1145}} | 168/88 | 82 | 400 | 160 | -180 | 60 | 800 | start |
| {{other|1215}} | 156/80 | 80 | 400 | 170 | -190 | 70 | 800 | |
| {{other|1315}} | 132/70 | 86 | 400 | 170 | -190 | 80 | 800 | c/o cramping L calf |
| {{other|1330}} | 104/58 | 92 | 350 | 150 | -170 | 70 | 0 | UF paused, NS 200 mL, legs up |
| {{other|1400}} | 122/66 | 84 | 400 | 165 | -185 | 70 | 600 | resumed |
| {{other|1545}} | 128/70 | 80 | - | - | - | - | - | end, needles out, hemostasis 8 min |
Labs drawn: monthly (pre): Hgb, BMP, Phos, PTH, Kt/V. Last month: Hgb {{lab|10.1}}, K {{lab|5.4}}, Phos {{lab|6.2}}, albumin {{lab|3.8}}, spKt/V {{lab|1.42}}, URR {{lab|72%}}.
Meds given: {{drug|Mircera}} {{dose|100 mcg}} IV (monthly), {{drug|Venofer}} {{dose|100 mg}} IV.
Comments: pt missed Monday's treatment - transportation issue (van from [[CITY|Marrow Creek]] didn't come). SW [[NAME|Gina Popescu]] notified to rebook with {{facility|RideCare paratransit}}; pt's nephew [[NAME|Darius]] can drive on Fridays ([[PHONE|773-555-0128]]).
""")

note("G053", "transplant evaluation", """
KIDNEY TRANSPLANT PROGRAM - RECIPIENT EVALUATION           {{facility|Great Lakes Transplant Institute}}
Evaluation date: [[DATE|02/26/2025]]     UNOS/UNet ID: [[OTHER_ID|VBK4471]]     Program MRN: [[MRN|GLT-0090412]]
Candidate: [[NAME|Odell Jackson]], {{age|58}} y/o M     DOB [[DATE|5/5/1966]]     SSN (for UNOS registration) [[SSN|923-11-5864]]
Referred by: Dr. [[NAME|Ferhat Demir]], {{facility|Lakeshore Kidney Center}}
ESRD cause: hypertensive nephrosclerosis; HD since [[DATE|9/2021]] (dialysis start date for waiting-time credit [[DATE|09/13/2021]]).
Blood type: B+.  cPRA {{lab|12%}}.  Height 180 cm, weight 78 kg, BMI {{lab|24.1}}.
Cardiac: regadenoson SPECT [[DATE|1/30/2025]] - no ischemia, EF {{lab|55%}}. Echo: mild LVH.
Infectious: HIV/HBV/HCV neg; CMV IgG {{lab|+}}; EBV IgG {{lab|+}}; QuantiFERON neg; Strongyloides Ab neg.
Cancer screening: colonoscopy [[DATE|6/2023]] - 2 tubular adenomas; PSA {{lab|1.1}}.
Psychosocial (SW [[NAME|Margaret Oyelaran-Hughes]], LCSW): lives alone in an apartment on the [[CITY|South Shore]] side; support persons: nephew [[NAME|Darius Jackson]] and church friend [[NAME|Lucille Price]] (both committed to 24/7 support for first 4 weeks); adherence good; missed HD 2x in 3 months for transport. {{score|SIPAT 18}} (good candidate).
Financial: Medicare A/B + Medicaid; transplant pharmacy benefit verified.
Living donor: sister [[NAME|Bernice Jackson-Tate]] ({{age|54}}) interested; donor referral packet sent to [[EMAIL|bjtate.home@example.com]], with the link to the donor health questionnaire [[URL|https://donor.greatlakestx.example.org/q/BJT-55120]]; donor coordinator [[NAME|Holly Brandt]], RN.
Committee recommendation: approve for listing pending dental clearance; list as active once dental letter received.
Transplant nephrologist: [[NAME|Nkechi Eze]], MD    Surgeon: [[NAME|Stefan Kowalski]], MD
""")

note("G054", "oncology treatment summary", """
CANCER TREATMENT SUMMARY AND SURVIVORSHIP CARE PLAN
Patient: [[NAME|Meron Haile]]       DOB: [[DATE|01/15/1977]]       MRN: [[MRN|00-771-2045]]
Prepared: [[DATE|September 9, 2025]]   Oncologist: [[NAME|Dmitri Volkov]], MD   Surgeon: [[NAME|Funmilayo Oyelaran]], MD   Rad onc: [[NAME|Gabriel Ocampo]], MD
Nurse navigator: [[NAME|Rosa Tuilagi]], RN, [[PHONE|(206) 555-0155]]

Diagnosis: Left breast invasive ductal carcinoma, diagnosed [[DATE|10/29/2024]] (age at dx {{age|47}}).
Stage: pT1c(1.8 cm) pN2a(4/14) M0, {{score|AJCC 8th anatomic stage IIIA}}. ER {{lab|95%}}, PR {{lab|40%}}, HER2 negative (FISH ratio {{lab|1.3}}). Oncotype not sent (node+ premenopausal).
Genetic testing: 84-gene panel negative ([[DATE|11/2024]]).
Treatment:
| Treatment | Details | Dates |
| Surgery | L lumpectomy + ALND | [[DATE|12/03/2024]] |
| Chemo | dose-dense {{drug|doxorubicin}}/{{drug|cyclophosphamide}} x4 -> {{drug|paclitaxel}} weekly x12 | [[DATE|1/6/2025]] - [[DATE|6/2/2025]] |
| Radiation | whole breast + regional nodes, {{dose|50 Gy/25 fx}} + boost {{dose|10 Gy/5 fx}} | [[DATE|6/30/2025]] - [[DATE|8/8/2025]] |
| Endocrine | OFS ({{drug|leuprolide}}) + {{drug|exemestane}} {{dose|25 mg}} daily, planned 5-10 yrs | start [[DATE|8/18/2025]] |
| Other | {{drug|abemaciclib}} {{dose|150 mg}} BID x 2 yrs (monarchE criteria) | start [[DATE|8/18/2025]] |
Complications: grade 2 peripheral neuropathy (improving); febrile neutropenia [[DATE|2/11/2025]] (admitted 3 days).
Follow-up plan: Dr. [[NAME|Volkov]] q3 months x 2 yrs; mammogram [[DATE|June 2026]]; DEXA baseline; lipid monitoring.
Port removal: planned with Dr. [[NAME|Oyelaran]] after abemaciclib.
Copies: PCP Dr. [[NAME|Yoon Ji-hoon]]; patient via portal.
""")

note("G055", "clinical trial screening log", """
SCREENING AND ENROLLMENT LOG - Protocol {{other|ONC-2291}} ("RESOLVE-HF": {{drug|finerenone}} vs placebo)    Site {{other|014}}   PI: [[NAME|Hyun-woo Cho]], MD
Coordinator: [[NAME|Faith Adebayo]], CCRC  ([[EMAIL|fadebayo@research.example.org]])   Log pulled [[DATE|04/30/2024]] by [[OTHER_ID|fadebayo2]]
| Screen # | Subject ID | Initials | Age | Sex | Screen date | Outcome | Reason |
| [[OTHER_ID|014-S031]] | [[OTHER_ID|014-0112]] | [[NAME|D.W.]] | {{age|71}} | M | [[DATE|03/04/2024]] | Randomized [[DATE|3/18/24]] | - |
| [[OTHER_ID|014-S032]] | - | [[NAME|M.R.G.]] | {{age|66}} | F | [[DATE|03/06/2024]] | Screen fail | eGFR {{lab|22}} (< 25) |
| [[OTHER_ID|014-S033]] | [[OTHER_ID|014-0113]] | [[NAME|T.N.]] | {{age|59}} | M | [[DATE|03/11/2024]] | Randomized [[DATE|3/25/24]] | - |
| [[OTHER_ID|014-S034]] | - | [[NAME|A.K.]] | [[AGE_OVER_89|90]] | F | [[DATE|03/19/2024]] | Screen fail | K {{lab|5.3}} (> 5.0) |
| [[OTHER_ID|014-S035]] | - | [[NAME|L.H.]] | {{age|77}} | F | [[DATE|03/22/2024]] | Declined | "too many visits" (lives in [[CITY|Dunmore Gap]], 90 min away) |
| [[OTHER_ID|014-S036]] | [[OTHER_ID|014-0114]] | [[NAME|R.B.]] | {{age|62}} | M | [[DATE|04/02/2024]] | Randomized [[DATE|4/15/24]] | - |
| [[OTHER_ID|014-S037]] | - | [[NAME|J.P.]] | {{age|84}} | M | [[DATE|04/09/2024]] | Pending | NT-proBNP {{lab|1,240}}; awaiting echo |
Notes: Subject [[OTHER_ID|014-0113]] enrolled in iris-scan identity verification substudy, template ID [[BIOMETRIC|IRS-014-0113-L]]. Consent versions: v3.0 IRB approved [[DATE|1/9/2024]]. Monitor visit (CRA [[NAME|Natasha Greenberg]]) [[DATE|5/14]].
""")

note("G056", "death summary", """
DEATH SUMMARY / EXPIRATION NOTE
Patient: [[NAME|Augustine Mwangi]]   MRN [[MRN|00881736]]   DOB [[DATE|03/03/1941]]   Age {{age|83}}
Admitted: [[DATE|12/19/2024]]   Expired: [[DATE|12/25/2024]] at {{other|0412}}   Unit: {{facility|MICU}}
Pronounced by: [[NAME|Liam Gallagher]], MD (night hospitalist). No pulse, no heart sounds, no respirations, pupils fixed. Family at bedside (wife [[NAME|Wanjiru Mwangi]], daughter [[NAME|Grace Wambui]]).
Brief course: {{age|83}}M with metastatic pancreatic adenocarcinoma (dx [[DATE|Aug 2024]], s/p 2 cycles of {{drug|gemcitabine}}/{{drug|nab-paclitaxel}}) admitted with cholangitis and septic shock (E. coli bacteremia). ERCP with stent exchange [[DATE|12/20]]. Despite antibiotics and {{drug|norepinephrine}} up to {{dose|0.3 mcg/kg/min}}, progressive multiorgan failure; family meeting [[DATE|12/24]] with Dr. [[NAME|Ashok Pillai]] -> transitioned to comfort measures; chaplain present.
Cause of death (for certificate): Ia septic shock; Ib acute cholangitis; Ic metastatic pancreatic adenocarcinoma. Other: CKD 3.
Autopsy: declined by family. ME case: not required (Deputy ME [[NAME|J. Castellanos]] notified {{other|0440}}, case declined, ref [[OTHER_ID|ME-24-3317]]).
Organ procurement: {{facility|Gift of Hope}} notified {{other|0418}}, referral [[OTHER_ID|GOH-1224-0771]]; not a candidate (age/sepsis); tissue/cornea declined by family.
Death certificate to be completed electronically by Dr. [[NAME|Pillai]] (IL license [[LICENSE|036-118472]]); decedent SSN [[SSN|901-77-2310]] obtained from face sheet for EDRS; funeral home: {{facility|Evergreen Memorial Chapel}}, director [[NAME|Paul Kariuki]] [[PHONE|(847) 555-0138]].
Attending notified: Dr. [[NAME|Pillai]] {{other|0430}}. PCP Dr. [[NAME|Naomi Friedman]] notified by message.
""")

note("G057", "autopsy report", """
OFFICE OF THE MEDICAL EXAMINER - [[CITY|Harlan Ridge County]]
REPORT OF AUTOPSY                                           Case No.: [[OTHER_ID|ME25-0188]]
Decedent: [[NAME|Gerald Wayne Pruitt]]        Age: {{age|67}}        Sex: M        Race: White
Date of death (found): [[DATE|February 9, 2025]]          Date of autopsy: [[DATE|February 10, 2025]] {{other|0900}}
Pathologist: [[NAME|Imani Okoro]], MD, Deputy Medical Examiner      Assistant: [[NAME|Corey Blankenship]] (autopsy technician)
Identification: visual by brother ([[NAME|Dale Pruitt]]) from photograph; confirmed by fingerprint comparison, AFIS record [[BIOMETRIC|AFIS-KY-00482219]]. Dental records not required.
Circumstances: Found by a neighbor, [[NAME|Loretta Cobb]], slumped in the driver's seat of his pickup (2011 Silverado, VIN [[VEHICLE|1GCRKSE39BZ208447]]) in the driveway of his residence at [[STREET|1190 Possum Trot Rd]], [[CITY|Wolfpen Branch]], KY [[ZIP|41732]], engine off, windows closed. Last known alive [[DATE|2/7]] (phone call with brother at about {{other|7 pm}}).
External: well-developed, 183 cm, 104 kg. Lividity fixed, consistent with seated position. Early decomposition changes. Healed median sternotomy scar. Left infraclavicular device pocket: pacemaker recovered, {{device_model|Assurity MRI PM2272}}, SN [[DEVICE|8107734]], sent for interrogation.
Internal: Heart 560 g; concentric LVH (LV wall 1.8 cm); 3-vessel coronary atherosclerosis with 90% stenosis of LAD and 80% RCA; patent LIMA-LAD and SVG grafts x2 with 70% stenosis of SVG-OM. Remote posterior infarct. Lungs: edema (R 780 g, L 720 g). Liver: steatosis.
Toxicology ([[OTHER_ID|TX25-1133]]): carboxyhemoglobin {{lab|4%}}; blood ethanol {{lab|none detected}}; {{drug|hydrocodone}} {{lab|28 ng/mL}} (therapeutic).
Device interrogation (per manufacturer rep [[NAME|Keith Odom]]): no arrhythmia stored; battery OK.
CAUSE OF DEATH: Atherosclerotic and hypertensive cardiovascular disease.
MANNER OF DEATH: Natural.
[[NAME|Imani Okoro]], MD      Signed [[DATE|3/28/2025]]
""")

note("G058", "release-of-information request", """
AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION - HIM Department
Request received: [[DATE|07/02/2024]] via online form ([[URL|https://roi.riverbendregional.example.org/request/new]]) from [[IP|198.51.100.203]]     ROI tracking #: [[OTHER_ID|ROI-24-07-00913]]
Patient name: [[NAME|Josephine Kealoha-Reyes]]     Other names used: [[NAME|Josephine Kealoha]]
DOB: [[DATE|10/30/1985]]     MRN: [[MRN|RRM-00771402]]     SSN: [[SSN|900-62-4471]]
Address: [[STREET|PO Box 2207]], [[CITY|Makalei Heights]], HI [[ZIP|96744]]
Phone: [[PHONE|808-555-0114]]   E-mail: [[EMAIL|jokealoha.reyes@example.net]]
Identity verified: HI driver license [[LICENSE|H01447829]] (copy attached), photo matched by [[NAME|Ana Fonoti]], HIM specialist.

Release TO: [[NAME|Marcus Delacroix]], Esq., {{facility|Pacific Injury Law Group}}, [[STREET|1001 Kamehameha Hwy, Suite 2600]], [[CITY|Waipuna]], HI [[ZIP|96813]]; fax [[FAX|808-555-0188]]
Purpose: legal (personal injury claim, motor vehicle accident [[DATE|3/9/2024]]); claim # [[OTHER_ID|CLM-HI-2024-551872]]
Information to release: ED records, imaging reports, ortho clinic notes, PT notes, billing statements for dates of service [[DATE|03/09/2024]] through [[DATE|06/30/2024]].
Excluded: [X] psychotherapy notes  [X] HIV test results  [X] substance use disorder records (42 CFR Part 2)
Expires: [[DATE|07/02/2025]] or upon settlement.
Signature: [[NAME|Josephine Kealoha-Reyes]]   Date signed: [[DATE|6/28/24]]
Processed by [[NAME|A. Fonoti]] on [[DATE|7/8/24]]; 214 pages, fee $38.40 (invoice [[ACCOUNT|INV-ROI-77120]]).
""")

note("G059", "billing inquiry", """
From: [[EMAIL|harold.pettibone1955@example.com]]
To: [[EMAIL|billing@riverbendregional.example.org]]
Date: Mon, [[DATE|17 Mar 2025]] 09:41:07 -0500
Subject: Statement for account [[ACCOUNT|7700-442198]] - I think I was billed twice
X-Originating-IP: [[[IP|203.0.113.77]]]

To whoever handles billing,

I got two statements, both for the paracentesis on [[DATE|Feb 12]]. One says I owe $412.16 and the other one $386.50. My Medicare number is [[HEALTH_PLAN|1EG4-TE5-MK73]] and I also have the Blue Cross supplement (ID [[HEALTH_PLAN|XQB880173562]]). I already paid $200 online on [[DATE|3/5]] with confirmation [[OTHER_ID|PMT-55120987]]. Please look into this. My sister [[NAME|Bernadette]] helps me with paperwork and you can talk to her.

[[NAME|Harold Pettibone]]
[[STREET|77 Linden Court]]
[[CITY|Granger Mills]], OH [[ZIP|43230]]
[[PHONE|614-555-0109]]

---------- Reply ----------
From: Patient Financial Services <[[EMAIL|pfs-reply@riverbendregional.example.org]]>
Date: Wed, [[DATE|19 Mar 2025]] 14:12:55 -0400
Subject: RE: Statement for account [[ACCOUNT|7700-442198]]

Dear Mr. [[NAME|Pettibone]],

Thank you for reaching out. The two statements are for different parts of the visit: the hospital facility charge (account [[ACCOUNT|7700-442198]], CPT {{code|49083}}) and the physician professional fee, which is billed separately under account [[ACCOUNT|PB-3318870]]. Your payment of $200 was applied to the facility account on [[DATE|3/6/2025]]. Medicare and your supplement have both processed (claim [[OTHER_ID|25063-11877402]]), so the remaining balance of $212.16 is your coinsurance after the Part B deductible.

We can only discuss your account with your sister if you complete the authorization form at [[URL|https://pay.riverbendregional.example.org/forms/auth-rep]]. You can also set up a payment plan at [[URL|https://pay.riverbendregional.example.org/plan?acct=7700442198]] or by calling [[PHONE|(614) 555-0199 ext. 3]].

Sincerely,
[[NAME|Janelle Whitacre]]
Patient Financial Services Representative, {{facility|Riverbend Regional Medical Center}}
""")

note("G060", "progress note (SOAP)", """
IM clinic f/u - [[DATE|3-14-2024]]
Pt: [[NAME|DELA CRUZ, RODRIGO P]]  MRN [[MRN|EIM0041583]]  {{age|63}}M  PCP: [[NAME|Mai Vang]], PA-C / sup. Dr. [[NAME|Arturo Villanueva]]
S: f/u HTN, DM2, CKD3a, gout. Here w/ wife [[NAME|Maricel]] (Tagalog/Eng). Home BP via RPM cuff ({{device_model|Omron 10 Series BP7450}}, pt's own, SN [[DEVICE|20231104977LG]]) - avg {{lab|148/86}} x 30 d per dashboard [[URL|https://rpm.eastgateim.example.com/patients/41583]]. Gout flare L 1st MTP ~[[DATE|2/20]] after a party for his mother-in-law, Lola [[NAME|Pacita]], a [[AGE_OVER_89|97]]-year-old who lives w/ them; took {{drug|colchicine}} {{dose|0.6 mg}} BID x3d w/ relief. No CP/SOB. Occ. nocturia x2. Son [[NAME|Jun-Jun]] (nurse in [[CITY|Daly Pointe]]) asks if he can stop {{drug|HCTZ}}.
Meds: {{drug|losartan}} {{dose|100 mg}} qd, HCTZ {{dose|25 mg}} qd, {{drug|metformin}} {{dose|1 g}} BID, {{drug|allopurinol}} {{dose|100 mg}} qd, {{drug|rosuvastatin}} {{dose|20 mg}}.
O: BP 152/88 R arm, rpt 146/84. HR 76. Wt 82 kg. No tophi. Neg {{eponym|Homans sign}}; no edema.
Labs [[DATE|3/7]]: Cr {{lab|1.38}}, eGFR {{lab|56}}, K {{lab|4.6}}, urate {{lab|8.9}}, A1c {{lab|7.3%}}, UACR {{lab|88 mg/g}}.
A/P:
1. HTN not at goal. Stop HCTZ (gout). Start {{drug|amlodipine}} {{dose|5 mg}} qd. RPM review 2 wk.
2. Gout - uric acid not at goal ({{lab|< 6}}); allopurinol -> {{dose|200 mg}} qd; colchicine {{dose|0.6 mg}} qd ppx x 3 mo.
3. DM2 w/ albuminuria - add {{drug|Farxiga}} {{dose|10 mg}} qd (renal + CV benefit); sick-day rules reviewed.
4. CKD3a - BMP 2 wk.
RTC 6 wk. Pt's work # for RN callbacks: [[PHONE|415.555.0168]].
-- [[NAME|M. Vang]], PA-C
""")

note("G061", "telephone encounter", """
Phone note - Nurse line        [[DATE|2024-06-03]]  {{other|10:22}}
Caller: [[NAME|Marie-Ange Pierre-Louis]] (daughter, on HIPAA release form dated [[DATE|1/16/2023]])   Call-back [[PHONE|305 555 0143]]
Patient: [[NAME|Yolette Jean-Baptiste]]   DOB [[DATE|11/11/1950]]   MRN [[MRN|00-448-9120]]
Haitian Creole interpreter: [[NAME|Jean-Robert Desir]], ID [[OTHER_ID|HC-30917]] (language line)
Reason: mother "very tired, ankles swollen since she moved in with me." Daughter reports mom moved from [[CITY|Bellerose Park]] to her home in [[CITY|North Cayman Shores]] in [[DATE|May]] after her husband [[NAME|Fritz]] passed; new address [[STREET|14021 NW 7th Ct, Apt 208]], [[CITY|North Cayman Shores]], FL [[ZIP|33168]].
Symptoms: bilateral ankle edema, DOE climbing 1 flight, no CP, no orthopnea; 3-4 lb gain per daughter's scale. Taking {{drug|amlodipine}} {{dose|10 mg}} (started by urgent care on [[DATE|5/21]]), {{drug|metformin}}, {{drug|aspirin}}.
Advice: amlodipine can cause ankle swelling; not to stop on her own. Appointment made with Dr. [[NAME|Wilner Etienne]] for [[DATE|6/5]] {{other|9:40 AM}}; bring all pill bottles. ED precautions (CP, SOB at rest, fainting) reviewed through interpreter; daughter repeated back.
Also updated pharmacy to {{facility|Farmacia Sant Pierre}} ([[PHONE|305-555-0144]]).
[[NAME|Naomi Beaubrun]], RN
""")

note("G062", "patient portal message and reply", """
Message from: [[NAME|Autumn Reyes-Whitley]]    Received: [[DATE|9/27/2024]] {{other|6:58 AM}}    Re: inhaler cost
Patient MRN [[MRN|00931177]]   Sent from MyChart app (iOS), session IP [[IP|192.0.2.201]]

hi dr [[NAME|wells]] its [[NAME|autumn]]. the pharmacy says the {{drug|advair}} is $310 now, i cant pay that {{other|price}} this month. is there something cheaper that works the same?? i still have the {{drug|albuterol}} from [[DATE|august]]. breathing is ok mostly, waking up 1-2 nights a week coughing. my son [[NAME|Bryce]] got a cold at daycare so that might be why. i {{other|hope}} this is not a {{other|major}} thing. my new insurance card says member [[HEALTH_PLAN|WHP 4410093371]]. thanks

Reply from: [[NAME|Grant Wells]], MD    Sent: [[DATE|9/27/2024]] {{other|12:15 PM}}
Hi [[NAME|Autumn]], thanks for letting me know. Your plan covers {{drug|Wixela Inhub}} (the generic of Advair) at the lowest tier, so I sent {{drug|fluticasone/salmeterol}} {{dose|250/50 mcg}}, 1 puff twice a day, to your pharmacy. Rinse your mouth after each use. Night cough twice a week means your asthma is not fully controlled, so please don't skip doses. If cost is still a problem, our pharmacist [[NAME|Noelani Kahale]] can check the manufacturer programs - you can reach her at [[PHONE|(503) 555-0124]] or book a video visit at [[URL|https://portal.willamettehealth.example.net/schedule?dept=pharm]].
If you need {{drug|albuterol}} more than twice a week, have trouble talking in full sentences, or your lips look blue, go to urgent care or call 911.
- Dr. [[NAME|Wells]]
""")

MARK = re.compile(r"\[\[([A-Z_0-9]+)\|(.*?)\]\]|\{\{([a-z_]+)\|(.*?)\}\}")


def build() -> list[dict]:
    """The records, in order: id, genre, text, spans, lookalikes."""
    return build_records(NOTES, MARK)


_TITLES = ("Dr.", "Dr ", "Mr.", "Mrs.", "Ms.", "Miss ", "Rev.", "Fr.", "Father ", "Pastor ",
           "Chaplain ", "Deputy ")


def check(records: list[dict]) -> None:
    """Assert offsets, no marks left, invented-only identifier ranges and the minimum counts."""
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert len(records) >= 50, len(records)
    types, kinds = check_offsets(records, TYPES, KINDS)
    for r in records:
        for s in r["spans"]:
            check_invented(s, r["id"])
            value, kind = s["text"], s["type"]
            if kind == "NAME":
                assert not value.startswith(_TITLES), (r["id"], value)
                assert not value.endswith((" MD", " RN", ", MD", ", RN")), (r["id"], value)
            elif kind == "AGE_OVER_89":
                assert value.isdigit() and int(value) >= 90, value
    for t in TYPES:
        assert types[t] >= max(6, MINIMUM.get(t, 0)), (t, types[t])
    assert sum(types.values()) >= 650, sum(types.values())
    assert sum(kinds.values()) >= 250, sum(kinds.values())


def main() -> None:
    records = build()
    check(records)
    write_set(records, OUT)


if __name__ == "__main__":
    main()
