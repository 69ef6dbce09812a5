"""Sixth development set of synthetic, annotated US clinical notes for de-identification.

Run ``python scripts/phi_dev6_notes.py`` from the repository root to (re)write
``medllm_utils/resources/data/phi_dev6_notes.jsonl``; ``build()`` returns the records and
``check(records)`` verifies them.  Standard library only, no randomness.

Written independently by a separate author, without looking at any detection rules or at the
other note sets, as notes "by many different hands", in genres the earlier sets touch little:
operative and procedure notes (general surgery, endoscopy, bronchoscopy, cardiac
catheterisation and device implants, interventional radiology, vascular access), anaesthesia
records, obstetric triage, labour-and-delivery, caesarean and postpartum notes, neonatal/NICU
and newborn-nursery notes, paediatric well-child and sports-physical forms, psychiatry intakes,
psychotherapy and group-therapy notes, emergency holds, dental and oral-surgery notes,
ophthalmology, optometry and retina-injection notes, dermatology and Mohs notes, physical,
occupational and speech therapy, dialysis-unit run sheets and care plans, oncology infusion,
radiation and survivorship notes, transplant coordination, genetics counselling letters,
research-study visits and adverse-event reports, occupational-health, DOT and workers'
compensation forms, school-nurse notes, correctional-health intake and sick-call notes,
telehealth visits with connection logs, dictated transcriptions without capitals or
punctuation, OCR'd faxed referrals with broken spacing and line breaks, pasted pipe- and
tab-separated tables, SMS and secure-chat threads, HL7-like messages, "Key: Value" face sheets,
prior-authorisation letters and fax covers.  The set stresses the hard cases: names without
titles in narrative, names in lists and tables, "LAST, FIRST" forms, initials, hyphenated and
particle surnames, names from many cultures, names that are also common or medical words
(Ward, Payne, Hart, Rash, Bone, Grace, Hope, Will, Bill, Summer, April), clinicians in
signatures and cc lines, dates in many written forms, addresses in odd formats, places in
prose, ages over 89.  Everything is invented: people, streets, towns, numbers.  Phone and fax
numbers use the fictional 555-01xx range, e-mail and web addresses the reserved
example.org/.com/.net domains, IP addresses the documentation ranges (192.0.2.x,
198.51.100.x, 203.0.113.x, 2001:db8::), SSNs the never-issued 9xx and 000 prefixes.

Mark-up: ``[[TYPE|text]]`` is an identifier (a PHI span), ``{{kind|text}}`` a look-alike that
must not be flagged.  The marks are stripped and the offsets computed here.

Annotation conventions (the same as the fifth set's)
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

OUT = Path(__file__).resolve().parents[1] / "medllm_utils" / "resources" / "data" / "phi_dev6_notes.jsonl"


NOTES = []


def note(nid, genre, body):
    NOTES.append((nid, genre, body.strip("\n")))

note("K001", "operative note (laparoscopic cholecystectomy)", """
OPERATIVE REPORT
{{facility|Bayview Surgical Pavilion}} at St. Brendan Medical Center

PATIENT: [[NAME|OYELARAN, FUNMILAYO B]]      MRN: [[MRN|SB-4418027]]      FIN: [[OTHER_ID|7700318845]]
DATE OF SURGERY: [[DATE|03/14/2025]]
SURGEON: [[NAME|Marcus J. Ward]], MD
ASSISTANT: [[NAME|Leilani Kahananui]], PA-C
ANESTHESIA: General endotracheal, Dr. [[NAME|Sun-Hee Park]]
PREOPERATIVE DIAGNOSIS: Symptomatic cholelithiasis, positive {{eponym|Murphy sign}} on admission.
POSTOPERATIVE DIAGNOSIS: Acute on chronic cholecystitis.
PROCEDURE: Laparoscopic cholecystectomy ({{code|CPT 47562}}).
ESTIMATED BLOOD LOSS: 15 mL.  SPECIMEN: gallbladder to pathology, accession [[OTHER_ID|SP25-0031877]].

INDICATIONS: {{age|47}}-year-old woman with three episodes of postprandial RUQ pain since [[DATE|December]], ultrasound with stones and a 4 mm wall, {{lab|WBC 12.8}}, {{lab|total bilirubin 0.9}}. Risks including bile duct injury discussed with the patient and her husband [[NAME|Adebayo]] in the preop bay.

DESCRIPTION: After {{drug|cefazolin}} {{dose|2 g IV}} and time-out, pneumoperitoneum was established through a Hasson port at the umbilicus. The gallbladder was oedematous and adherent to omentum. {{eponym|Calot triangle}} was dissected to achieve the critical view of safety, confirmed by Dr. [[NAME|Ward]] and [[NAME|Kahananui]] before clipping. Cystic duct and artery were clipped and divided. The gallbladder was removed from the liver bed with hook cautery and retrieved in a bag. Hemostasis was confirmed; {{drug|Exparel}} {{dose|20 mL}} infiltrated at port sites. Fascia at the umbilicus closed with 0 Vicryl, skin with 4-0 Monocryl and {{device_model|Dermabond}}.
Counts correct x2 per circulator [[NAME|Deb Szymanski]], RN and scrub tech [[NAME|Ikaika]].

DISPOSITION: to PACU in stable condition; same-day discharge if tolerating diet, otherwise overnight on the surgical {{other|ward}}. Follow-up in clinic with [[NAME|Kahananui]] on [[DATE|3/28]].

[[NAME|M. J. Ward]], MD   dictated {{other|14:06}}  transcribed [[DATE|3/14/25]] by [[NAME|tlh]]
cc: [[NAME|Rosalind Achterberg]], MD (PCP), {{facility|Harborview Family Practice}}, fax [[FAX|(207) 555-0131]]
""")

note("K002", "anaesthesia record (preoperative evaluation and intraoperative summary)", """
ANESTHESIA PRE-PROCEDURE EVALUATION / INTRAOP RECORD
Pt: [[NAME|Quintanilla-Reyes, Esperanza]]   DOB [[DATE|1933-08-02]]   Age [[AGE_OVER_89|91]]   MRN [[MRN|00992817]]
Procedure: R hip hemiarthroplasty (fall at home [[DATE|2/9/25]])   Surgeon: [[NAME|Okonkwo]]   Date: [[DATE|2025-02-10]]
Anesthesiologist: [[NAME|Gideon Falk]], MD   CRNA: [[NAME|Anneliese Moreau]], CRNA

ASA: {{score|ASA III}}   Airway: {{score|Mallampati II}}, TMD >3 FB, full upper denture (removed, bagged, labelled for granddaughter [[NAME|Marisol]])
PMH: HTN, CKD 3a ({{lab|Cr 1.4}}, {{lab|eGFR 34}}), mild {{eponym|Alzheimer dementia}}, AF on {{drug|Eliquis}} {{dose|2.5 mg BID}} (last dose [[DATE|2/8]] 2100).
Labs: {{lab|Hgb 10.9}}, {{lab|Plt 188}}, {{lab|INR 1.1}}, {{lab|K 4.6}}.
Consent: pt lacks capacity today; consent from daughter/HCP [[NAME|Graciela Reyes]], phone [[PHONE|(915) 555-0104]], witnessed by [[NAME|P. Tsosie]], RN.

Plan: spinal + light sedation; avoid GA per family wishes.
Intraop:
 {{other|07:42}} in room {{other|OR 6}}; monitors on, {{device_model|Philips IntelliVue MX800}}.
 {{other|07:55}} spinal L3-4, 25g {{eponym|Whitacre}}, {{drug|bupivacaine}} {{dose|0.5% hyperbaric 1.6 mL}} + {{drug|fentanyl}} {{dose|15 mcg}}. Attempts: 2. CSF clear.
 {{other|08:10}} {{drug|propofol}} infusion {{dose|25 mcg/kg/min}}; {{drug|phenylephrine}} {{dose|40 mcg}} x3 for MAP < 65.
 {{other|09:31}} surgery end. EBL 250 mL. UOP 120 mL. LR 900 mL.
 {{other|09:40}} to PACU, {{score|Aldrete 9}}.
Post-op: {{drug|Tylenol}} {{dose|650 mg q6h}}, no NSAIDs (CKD). Delirium precautions; daughter [[NAME|Graciela]] may stay at bedside.

[[NAME|G. Falk]]  / [[NAME|AM]]
""")

note("K003", "obstetric triage note", """
L&D TRIAGE NOTE        {{facility|Women's Pavilion at Northgate}}        Sat [[DATE|4/19/25]]?? -- corrected to Sun [[DATE|4/20/25]]
Pt [[NAME|Nguyen Thi Thu Hà]] ("[[NAME|Ha]]"), G2P1001 at 38w2d by 8wk US, EDD [[DATE|05/02/2025]]. MRN [[MRN|NG-2209174]].
Interpreter: Vietnamese video interpreter [[NAME|Kim-Loan]], ID [[OTHER_ID|VRI-30817]].
CC: ctx q5min since {{other|0300}}, +LOF? no; +VB: bloody show.
PNC: {{facility|Little Saigon Community Health}} with CNM [[NAME|Bernadette Okafor-Hale]]; records faxed from [[FAX|714-555-0192]]. GBS neg ([[DATE|3/28]]). Rh+. 1-hr GTT {{lab|128}}. Prior SVD [[DATE|Jan 2022]] at {{facility|Westminster Regional}}, 3350 g, uncomplicated.
SVE: 5/80/-1, vertex, {{score|Bishop 9}}. Leopold: vertex, EFW ~3400 g ({{eponym|Leopold maneuvers}}).
EFM: Cat I, baseline 135, mod var, +accels. Toco ctx q3-4.
Plan: admit to L&D for active labor; epidural on request; partner [[NAME|Trung]] at bedside ([[PHONE|714-555-0160]]). Daughter [[NAME|Bao Anh]] ({{age|3}}) with grandmother in [[CITY|Garden Grove]].
-- [[NAME|J. Whitlock-Mbeki]], CNM / d/w Dr. [[NAME|Halvorsen]]
""")

note("K004", "labour and delivery note (spontaneous vaginal delivery)", """
DELIVERY NOTE
Mother: [[NAME|Tallulah Redcloud]]  MRN [[MRN|4471092]]  {{age|29}}yo G3P2→3003   Admit [[DATE|27 June 2025]]
Delivering provider: [[NAME|Francisco Ibarra-Solís]], MD   Resident: [[NAME|Hope Adeyemi]], MD   Nurse: [[NAME|Kateri Lonefeather]], RN

Labor course: admitted in spontaneous labor at 39w5d; AROM {{other|1140}} clear fluid. {{drug|Pitocin}} augmentation started {{other|1310}} at {{dose|2 mU/min}}, max {{dose|8 mU/min}}. Epidural {{other|1230}} (Dr. [[NAME|Lindgren]]). Complete {{other|1844}}, pushed 22 min.
Delivery: SVD of a live female infant at {{other|1906}} on [[DATE|06/27/2025]], ROA, no nuchal cord. {{score|Apgars 8 and 9}}. Weight 3510 g. Delayed cord clamping 60 s; cord blood collected (Rh). Father [[NAME|Jonah Redcloud]] cut the cord.
Placenta: spontaneous, intact, 3-vessel cord, {{other|1914}}. {{drug|Oxytocin}} {{dose|30 U/500 mL}} postpartum. 2nd-degree laceration repaired with 3-0 Vicryl Rapide under epidural. QBL 380 mL.
Infant: "Baby Girl [[NAME|Redcloud]]", MRN [[MRN|4471811]], to skin-to-skin, breastfeeding initiated in L&D. Peds: Dr. [[NAME|Winona Begay]] notified.
Tribal health: pt asks that records be copied to {{facility|Two Rivers Indian Health Clinic}}, attn [[NAME|Delphine Yazzie]], fax [[FAX|505-555-0117]].
[[NAME|F. Ibarra-Solís]] MD  [[DATE|6/27/25]] {{other|19:52}}
""")

note("K005", "NICU admission note", """
NICU ADMISSION H&P       {{facility|Lakeside Children's Hospital}} Level IV NICU      Bed {{other|N-14}}
Name: Baby Boy [[NAME|Al-Masri]] ("[[NAME|Yusuf]]" per parents)     MRN [[MRN|LC-55102947]]     DOB/TOB [[DATE|11-Jan-2025]] {{other|03:27}}
Mother: [[NAME|Rania Al-Masri]], {{age|31}}, G1P0→1, MRN [[MRN|LC-55102031]]     Father: [[NAME|Omar Al-Masri]]  cell [[PHONE|(313) 555-0148]]
Referring: Dr. [[NAME|Chidi Nwachukwu]], neonatology, [[PHONE|313-555-0152]]

Birth history: 30w4d by early US, born at {{facility|Dearborn Community Hospital}} by urgent C/S for preeclampsia with severe features; mother on {{drug|magnesium sulfate}}. Betamethasone x2 complete ([[DATE|1/9]] and [[DATE|1/10]]). {{score|Apgars 5/8}}. BW 1390 g (45th %ile). Transported by our team (Transport RN [[NAME|Magdalena Wiśniewska]], RT [[NAME|Kofi Boateng]]).
Exam: pink on CPAP +6 FiO2 0.30, mild retractions, AF soft, {{eponym|Moro reflex}} incomplete (appropriate for GA). No murmur. Anus patent.
Labs: {{lab|glucose 48}} on arrival → D10W 80 mL/kg/d, recheck {{lab|62}}. CBC: {{lab|WBC 9.4}}, {{lab|I:T 0.12}}. Blood cx sent.
Plan: CPAP; surfactant (INSURE) if FiO2 >0.40; {{drug|caffeine citrate}} {{dose|20 mg/kg}} load; {{drug|ampicillin}}/{{drug|gentamicin}} 48h rule-out; UVC/UAC placed; HUS at 7 days; ROP screen at 31-32 wk. Social: parents live in [[CITY|Dearborn Heights]], 25 min away; Ronald McDonald House referral placed.

[[NAME|Ewa Kowalczyk-Hart]], NNP-BC   co-signed [[NAME|R. Venkataraman]], MD  [[DATE|01/11/25]]
""")
note("K006", "NICU discharge summary", """
NICU DISCHARGE SUMMARY
Infant: [[NAME|PHAM, BAO NGOC]]   MRN [[MRN|LC-55119730]]   Acct [[ACCOUNT|A0041928377]]
DOB [[DATE|2024-12-02]]   Admit [[DATE|2024-12-02]]   Discharge [[DATE|2025-02-06]]   GA at birth 27w1d, PMA at d/c 36w4d
Parents: [[NAME|Pham Minh Tuan]] and [[NAME|Lourdes Pham-Dizon]], [[STREET|4410 Bellflower Ct Apt 2]], [[CITY|Cerritos]], CA [[ZIP|90703]]; home [[PHONE|562-555-0123]]
Medicaid (Medi-Cal) ID: [[HEALTH_PLAN|95573018F]]

Hospital course by problem:
1. Resp: intubated DOL 0-5, surfactant x2; CPAP to [[DATE|1/3]]; RA since [[DATE|Jan 19]]. No BPD by NIH criteria.
2. ROP: stage 1 zone II OU on [[DATE|1/21]]; regressing [[DATE|2/4]]. F/u with Dr. [[NAME|Marguerite Esteban-Luna]] (peds ophtho) [[DATE|Feb 18th]], [[PHONE|562-555-0197]].
3. HUS: grade I IVH L, resolved.
4. FEN: MBM fortified to 24 kcal/oz with {{drug|Similac HMF}}; {{drug|poly-vi-sol with iron}} {{dose|1 mL daily}}. D/c weight 2290 g.
5. Hearing: passed {{other|ABR}} OU [[DATE|2/3/25]]. CCHD screen passed. Newborn screen #1 and #2 normal (kit [[OTHER_ID|NBS-2210-448017]]).
6. Immunizations: {{drug|Engerix-B}} [[DATE|2/1/25]], lot {{other|7K29A}}; {{drug|Beyfortus}} {{dose|50 mg IM}} [[DATE|2/5/25]].
Car seat challenge passed (90 min, {{device_model|Graco SnugRide 35}}).
Apnea monitor: none. Home pulse ox: none.
PCP: [[NAME|Ditas Magbanua]], MD at {{facility|Cerritos Pediatric Associates}}, fax [[FAX|562-555-0134]]; appt [[DATE|2/10]] at 9:30.
Dictated by [[NAME|Ye-jin Cho]], MD (fellow) for attending [[NAME|Sanjay Balakrishnan]], MD
""")

note("K007", "paediatric well-child visit (4 years)", """
WELL CHILD CHECK - 4 YEAR
Pt: [[NAME|Amara Diallo]]    DOB: [[DATE|04/03/2021]]    Visit: [[DATE|04/07/2025]]    MRN: [[MRN|PD-338012]]
Accompanied by: mother ([[NAME|Fatoumata Diallo]]) and older brother [[NAME|Ibrahima]] ({{age|9}}).
Lives with mom, dad ([[NAME|Mamadou]]) and 2 sibs on [[STREET|Grand Concourse, apt 6F]] in the [[CITY|Bronx]]; dad drives for a delivery company nights. French and Pulaar at home; English at pre-K.
Interval hx: well. Mom worried about snoring.
Dev: hops on one foot, draws a person with 3 parts, tells stories; {{score|ASQ-3}} all domains above cutoff.
School: pre-K at {{facility|PS 73}} in the [[CITY|Bronx]]; teacher Ms. [[NAME|Wójcik]] reports she "is a leader."
Diet: picky; whole milk 24 oz/d -- counselled to 16 oz and switch to 1%.
Growth: Wt 16.1 kg (50%), Ht 103 cm (55%), BMI 15.2 (45%). BP 94/58.
Vision: {{other|20/30}} OU (Lea symbols; not yet reading a {{eponym|Snellen}} chart) -- pass. Hearing: pass 20 dB.
Exam: tonsils {{score|3+}}, no other findings. Teeth: no caries; has dentist Dr. [[NAME|Payne]] at {{facility|Kingsbridge Kids Dental}}.
Labs: {{lab|Hgb 11.8}}, lead {{lab|<3.3}} (done [[DATE|March 2024]]).
Vaccines given: DTaP ({{drug|Infanrix}}), IPV, MMR, varicella ({{drug|ProQuad}}). Lot numbers in MAR. VIS given, dated {{other|2023}}.
A/P: healthy 4 yo. Snoring + {{score|3+ tonsils}} → sleep study and ENT referral ([[NAME|Adewale Ogunbiyi]], MD, [[PHONE|718-555-0114]]). Anticipatory guidance: booster seat, water safety for the {{other|summer}}, screens < 1 h. RTC at 5 y.
[[NAME|Rachel Grünewald]], MD
""")

note("K008", "paediatric well-child visit (2 months), quick template", """
2 MO WCC  |  [[NAME|Tuiasosopo, Malia]]  |  DOB [[DATE|2/14/25]]  |  DOS [[DATE|4/15/25]]  |  MRN [[MRN|00613377]]
mom [[NAME|Leota]] here, dad [[NAME|Sione]] on speaker from work. lives w/ grandma ([[NAME|Fetu]]) on [[STREET|Kamehameha Hwy]] in [[CITY|Hau'ula]].
feeding: breast + 2 oz formula ({{drug|Enfamil NeuroPro}}) at night. 5-6 wet diapers.
wt 5.2 kg (55%), len 58 cm (60%), HC 39 cm (50%).
exam: AF open flat, red reflex +/+, {{eponym|Ortolani}}/{{eponym|Barlow}} neg, social smile.
EPDS mom: {{score|EPDS 6}}.
vax: {{drug|Vaxelis}}, {{drug|Prevnar 20}}, {{drug|RotaTeq}} oral. no fever reaction hx.
newborn screen normal. hep B #1 given in nursery [[DATE|2/15]].
plan: RTC 4 mo ~[[DATE|mid-June]]. WIC form signed (WIC ID [[OTHER_ID|HI-WIC-0088213]]).
-- [[NAME|KN]] / [[NAME|Kalani Nakoa]], APRN
""")

note("K009", "psychiatry intake evaluation", """
OUTPATIENT PSYCHIATRIC EVALUATION
{{facility|Riverbend Behavioral Health}}   Date: [[DATE|September 3, 2024]]
Patient: [[NAME|Evangeline "Evie" Thibodeaux]]   DOB [[DATE|7/22/1996]]   MRN [[MRN|RB-90218]]
Referred by: [[NAME|Theo Abernathy-Kwan]], NP (PCP), for depression not responding to {{drug|Zoloft}} {{dose|100 mg}}.
Source: patient; collateral from her sister [[NAME|Celeste]] by phone ([[PHONE|337-555-0175]]) with consent.

HPI: {{age|28}}yo single woman, works as a dental hygienist in [[CITY|Lafayette]], describes 6 months of low mood, anhedonia, early-morning waking and passive SI since her engagement ended in [[DATE|March]]. Ex-fiance [[NAME|Beau Guidry]] moved out and took the dog. No plan or intent. No prior attempts. Grandmother ("Mawmaw") [[NAME|Odile]] died last fall.
Psych hx: one prior episode at {{age|19}} treated at {{facility|LSU Student Health}}; no hospitalizations.
Substance: 2-3 glasses of wine 4x/wk; vapes nicotine. No other drugs.
Family: mother with bipolar I (on {{drug|lithium}}), maternal uncle died by suicide in {{other|2009}}.
MSE: casually dressed, good eye contact, speech normal rate, mood "empty," affect constricted, TP linear, passive SI without plan, no HI, no AH/VH, insight/judgment fair.
Scales: {{score|PHQ-9 19}}, {{score|GAD-7 12}}, {{score|C-SSRS screen}} positive for wish to be dead only. MDQ negative.
Dx: MDD, recurrent, moderate-severe ({{code|F33.1}}); r/o bipolar spectrum given FHx.
Plan: cross-taper {{drug|sertraline}} to {{drug|Wellbutrin XL}} {{dose|150 mg}}; safety plan completed and copy given; 988 reviewed; weekly therapy with [[NAME|Jolene Broussard]], LCSW; RTC 4 wks ([[DATE|10/1]]). Discussed that a family history of bipolar makes us watch for activation.
[[NAME|Arjun Mehta-Rosenthal]], MD, Psychiatry
""")

note("K010", "psychotherapy progress note (DAP)", """
PSYCHOTHERAPY PROGRESS NOTE (DAP)   Session #7   [[DATE|11/12/24]]   60 min ({{code|90837}})
Client: [[NAME|Thibodeaux, E.]]   Clinician: [[NAME|J. Broussard]], LCSW

D: Client reports mood "a 5 out of 10, up from a 2. I have {{other|hope}} again." Sleeping 7h. Went to her cousin [[NAME|Remy]]'s wedding in [[CITY|Breaux Bridge]] on [[DATE|the 9th]] and stayed until the second line. Saw [[NAME|Beau]] there with his new partner; "I didn't cry in the bathroom, I cried in the car, which is progress." Reports urge to text him; used the opposite-action skill. Discussed that her grandmother [[NAME|Odile]]'s house on [[STREET|Bayou Teche Rd]] is being sold and she has been going alone to clean it out.
A: Improving ({{score|PHQ-9 11}} today from 19). No SI since last session. Grief work around grandmother is now the central theme. Good use of DBT skills.
P: Continue weekly. Homework: write a letter to {{other|Mawmaw}} (not to send). Coordinate with Dr. [[NAME|Mehta-Rosenthal]] re: {{drug|bupropion}} increase to {{dose|300 mg}}. Next session [[DATE|11/19]].
-- [[NAME|JB]]
""")

note("K011", "dental examination note", """
COMPREHENSIVE ORAL EVALUATION -- {{facility|Cedar Hollow Family Dentistry}}
Pt: [[NAME|Gustavo Arredondo Peña]]   DOB [[DATE|10/30/1979]]   Chart # [[MRN|CHFD-20418]]   Ins: Delta Dental, member [[HEALTH_PLAN|DD7740093318]], group [[HEALTH_PLAN|88120-0044]]
Visit [[DATE|01/08/2025]]   Provider: [[NAME|Winifred Osei]], DDS   Hygienist: [[NAME|Brandi Kettle]], RDH

CC: "My back tooth on the bottom left is killing me when I drink cold stuff."
Med hx: T2DM on {{drug|Jardiance}} {{dose|10 mg}} and {{drug|metformin}} {{dose|1000 mg BID}}; {{lab|A1c 7.9%}} per pt ([[DATE|Nov]]). NKDA.
Findings: {{other|#19}} MO caries into dentin, +cold lingering 8 s, percussion neg → irreversible pulpitis; {{other|#30}} existing PFM crown, margins OK; {{other|#1}}, {{other|#16}}, {{other|#17}} missing; {{other|#32}} partially erupted, pericoronitis hx.
Perio: generalized 4-5 mm pockets, BOP 40%; stage III grade B periodontitis.
Radiographs: FMX today; PA {{other|#19}}.
Tx plan: 1) RCT {{other|#19}} ({{code|D3330}}) referral to endodontist Dr. [[NAME|Rash]] at {{facility|Summit Endodontics}}, [[PHONE|(303) 555-0187]]; 2) buildup + crown {{other|#19}}; 3) SRP 4 quads; 4) eval {{other|#32}} extraction with oral surgeon [[NAME|Dariusz Nowicki]], DDS.
Rx: {{drug|ibuprofen}} {{dose|600 mg}} + {{drug|acetaminophen}} {{dose|500 mg}} q6h prn.
Pt's wife [[NAME|Consuelo]] will call to schedule ([[PHONE|303-555-0156]]).
""")

note("K012", "oral-surgery operative note (third molar extraction)", """
ORAL & MAXILLOFACIAL SURGERY -- PROCEDURE NOTE
Patient: [[NAME|Oduya, Chiamaka Precious]]   DOB [[DATE|05.16.2006]]   MRN [[MRN|OMS-71603]]   DOS [[DATE|06/20/2025]]
Surgeon: [[NAME|Dariusz Nowicki]], DDS, MD   Assistant: [[NAME|Kelsey Bone]], DA   Anesthesia: IV moderate/deep sedation by surgeon (permit [[LICENSE|CO-GA-00417]])
Escort: mother [[NAME|Ngozi Oduya]], cell [[PHONE|720-555-0129]]; driving home to [[CITY|Aurora]].

Procedure: extraction of {{other|#1}}, {{other|#16}}, {{other|#17}}, {{other|#32}} ({{code|D7240}} x2, {{code|D7230}} x2).
Pre-op: {{age|19}}yo F, ASA I, NPO since {{other|2200}}. Pano [[DATE|5/29/25]]: #17 and #32 full bony, proximity to IAN on #32.
Sedation: {{drug|midazolam}} {{dose|5 mg}}, {{drug|fentanyl}} {{dose|75 mcg}}, {{drug|propofol}} {{dose|60 mg}} titrated; {{drug|dexamethasone}} {{dose|8 mg}}; LA: {{drug|Septocaine}} {{dose|4% 1:100k}} x4 carpules + {{drug|Marcaine}} {{dose|0.5%}} x2.
Procedure: Envelope flaps, {{other|bone}} removal with #703 bur, sectioning; all teeth removed whole/in sections; sockets irrigated; 3-0 chromic. No IAN exposure.
Post-op: {{drug|Norco}} {{dose|5/325}} #8, {{drug|ibuprofen}} 600, {{drug|Peridex}} rinse. Instructions to mom. Call line [[PHONE|720-555-0199]].
Complications: none.   Follow-up [[DATE|7/3]].
[[NAME|DN]]
""")
note("K013", "ophthalmology clinic note", """
{{facility|Westbrook Eye Institute}} -- Retina Clinic
Patient: [[NAME|Haldane, Euphemia R.]]   Age: [[AGE_OVER_89|96]]   DOB: [[DATE|12/01/1928]]   MRN: [[MRN|WEI-0087315]]
Date: Thursday, [[DATE|9 January 2025]]
Referring: [[NAME|Colm Ó Fearghail]], OD, {{facility|Lakeshore Vision}}, [[STREET|212 Harbor St, Ste 3]], [[CITY|Port Clement]], ME [[ZIP|04098]], ph [[PHONE|207-555-0111]], fax [[FAX|207-555-0112]]

CC: "Straight lines look wavy in my right eye," since around [[DATE|Christmas]]. Lives alone; niece [[NAME|Isobel Haldane-Fry]] drives her.
VA cc: OD {{other|20/80}} PH {{other|20/60}}; OS {{other|20/40}}. IOP 14/15 ({{device_model|Tono-Pen}}).
{{eponym|Amsler grid}}: metamorphopsia OD.
DFE: OD subretinal fluid and hemorrhage with PED; OS drusen, RPE changes.
OCT ({{device_model|Cirrus 6000}}): OD CST 412 µm with SRF; OS 268 µm dry.
A/P: 1. Neovascular AMD OD, new ({{code|H35.3211}}). Start {{drug|Eylea}} {{dose|2 mg}} intravitreal monthly x3; first injection today after consent. 2. Dry AMD OS, AREDS2.
She asked that results be sent to her PCP Dr. [[NAME|Wilhelmina Stroud]] and said her late husband [[NAME|Angus]] had "the same thing" in his 80s.
[[NAME|Rafael Quiñones-Bauer]], MD (retina)
""")

note("K014", "intravitreal injection procedure note", """
PROCEDURE: Intravitreal injection, right eye ({{code|67028}})    DATE: [[DATE|2025-01-09]]
PT: [[NAME|E. Haldane]] ([[AGE_OVER_89|96]] F)    MRN [[MRN|WEI-0087315]]
Time-out performed with tech [[NAME|Shanice Boateng-Rowe]], COA: correct patient (two identifiers: name and DOB [[DATE|12/01/1928]]), correct eye (OD, marked), correct drug.
Drug: {{drug|aflibercept}} ({{drug|Eylea}}) {{dose|2 mg/0.05 mL}}, lot {{other|4021977}}, exp {{other|2026-03}}.
Anesthesia: {{drug|proparacaine}}, then {{drug|lidocaine}} {{dose|3.5% gel}}; 5% {{drug|Betadine}} to lashes and conjunctiva.
Injected 3.5 mm posterior to limbus inferotemporally with 30g needle. Post-injection CF vision and optic nerve perfused. IOP 16 at 5 min.
Pt tolerated well. Return [[DATE|Feb 6]] for injection #2 (4 weeks). Emergency line [[PHONE|207-555-0177]].
[[NAME|RQB]]
""")

note("K015", "optometry contact-lens fitting", """
CONTACT LENS EXAM   --   [[NAME|Yamamoto, Kenji]]   --   dob [[DATE|3-3-2001]]   --   [[DATE|10-22-24]]
Pt is a {{age|23}}yo grad student at the university in [[CITY|Ann Arbor]]; wants daily disposables for ultimate frisbee. Email on file [[EMAIL|kenji.yamamoto01@mail.example.com]].
MRx: OD -3.25 -0.75 x 180 {{other|20/20}}; OS -3.00 -0.50 x 175 {{other|20/20}}.
K's: 43.25/44.00 @ 090 OD; 43.50/44.00 @ 085 OS.
Trial: {{device_model|Dailies Total1 for Astigmatism}} OD -3.25/-0.75x180, {{device_model|Dailies Total1}} OS -3.00. Centered, good movement, rotation stable.
Slit lamp: clear, no CLARE. Fluorescein neg.
Dx: myopia, astigmatism ({{code|H52.13}}, {{code|H52.223}}). 
F/u 1 wk with Dr. [[NAME|Penny Lane-Okoro]], OD. Rx released after f/u. Order # [[OTHER_ID|CL-2210-77184]].
""")

note("K016", "dermatology visit (melanoma surveillance, Mohs referral)", """
DERMATOLOGY PROGRESS NOTE -- {{facility|Sunbelt Dermatology & Mohs Surgery}}
[[NAME|Delacroix-Vance, Beauregard]]   [[DATE|08/19/2024]]   MRN [[MRN|SD-551093]]   PCP: [[NAME|Hart]]
HPI: {{age|71}}M, retired roofer from [[CITY|Pensacola]], hx melanoma in situ L back ([[DATE|Feb 2019]], excised by Dr. [[NAME|Burns]]), here for 6-mo TBSE. New "scab that won't heal" on R nasal ala x 3 months. Wife [[NAME|Darlene]] noticed it at Easter.
Exam: Fitzpatrick {{score|type II}}, extensive actinic damage. R nasal ala: 7 mm pearly papule with arborizing vessels and central erosion. Scattered AKs forehead/scalp (x14). Scar L back without pigment. No {{other|rash}} on trunk. Dermoscopy of 3 atypical nevi - stable vs photos from [[DATE|2/12/24]].
Procedure: shave biopsy R nasal ala, specimen [[OTHER_ID|DP24-118072]]; LN2 to 14 AKs.
Impression: 1. r/o BCC R nasal ala → if confirmed, refer for {{eponym|Mohs surgery}} with Dr. [[NAME|Lavinia Fonoti-Marsh]]. 2. AKs - start {{drug|5-fluorouracil 5% cream}} ({{drug|Efudex}}) BID x 3 wk to scalp after biopsy heals. 3. Hx MIS - no recurrence.
Photos uploaded to portal: [[URL|https://photos.sunbeltderm.example.com/p/551093/2024-08-19]].
[[NAME|Aurelio Castañeda]], MD
""")

note("K017", "dermatopathology results table pasted into a telephone note", """
TELEPHONE ENCOUNTER -- results call    [[DATE|8/27/24]]    caller: [[NAME|Tamsin Greer]], MA
Pt: [[NAME|Beauregard Delacroix-Vance]]   callback [[PHONE|850-555-0146]] (wife [[NAME|Darlene]]'s cell)

| Specimen | Site | Dx | Margin | Path |
|---|---|---|---|---|
| [[OTHER_ID|DP24-118072]] | R nasal ala | Basal cell carcinoma, nodular and micronodular | involved | [[NAME|H. Oyelowo]], MD |
| [[OTHER_ID|DP24-118073]] | L upper back (shave) | Compound nevus with mild atypia | clear | [[NAME|H. Oyelowo]], MD |

Spoke with pt and wife. Mohs referral to Dr. [[NAME|Fonoti-Marsh]] placed; her scheduler [[NAME|Graciela]] will call from [[PHONE|850-555-0100]]. Pt asked whether "the {{eponym|Mohs}}" is named for a doctor - yes, the surgeon who developed it.
-- [[NAME|TG]]
""")

note("K018", "physical therapy initial evaluation", """
OUTPATIENT PHYSICAL THERAPY INITIAL EVALUATION
{{facility|Pinecrest Rehab & Sports Medicine}}, [[STREET|9 Quarry Lane, Bldg C]], [[CITY|Stillwater]], MN [[ZIP|55082]]
Patient: [[NAME|Bjornstad, Ingeborg]]      DOB: [[DATE|02/11/1931]]  ([[AGE_OVER_89|ninety-four]])      Date: [[DATE|05/05/2025]]
Referring: [[NAME|Tobias Lindqvist]], MD, Orthopedics (NPI [[LICENSE|1902847716]])      Medicare MBI: [[HEALTH_PLAN|7TK2-HW4-QE81]]
Dx: s/p R TKA [[DATE|4/22/25]] ({{code|Z96.651}}); {{eponym|Parkinson disease}}, mild.

Subjective: lives in a 2-story house in [[CITY|Marine on St. Croix]] with her son [[NAME|Per]], {{age|67}}; bedroom upstairs, 12 steps with rail on L. Goals: "get up the stairs to my own bed and back to church at {{facility|Trinity Lutheran}}." Pain {{score|4/10}} at rest, 7/10 with stairs.
Objective: R knee AROM 8-88°, PROM 5-92°. Quad lag 10°. Strength hip abd 3+/5. Gait with FWW, decreased stance time R, festination minimal. {{score|TUG 24 s}}, {{score|Berg 38/56}} (fall risk), 5xSTS unable without UE.
Assessment: {{age|in her 90s}} with good prior function; deficits in ROM, strength, balance. Good rehab potential.
Plan: 2x/wk x 8 wk ({{code|97161}}, {{code|97110}}, {{code|97116}}). HEP issued via [[URL|https://hep.pinecrest.example.net/u/IB0511]] (son to help). Next visit [[DATE|5/7]].
[[NAME|Chandra Vishwanathan]], PT, DPT   Lic [[LICENSE|MN-PT-41177]]
""")

note("K019", "occupational therapy progress note (hand therapy)", """
OT / HAND THERAPY DAILY NOTE   -   [[DATE|July 2nd, 2025]]   -   visit 6 of 12
Client: [[NAME|Soto-Ramírez, Joaquín]]   Employer: {{facility|Great Plains Meatpacking}}   Claim # [[OTHER_ID|WC-25-0049182]]   Adjuster: [[NAME|Pamela Rhee]] ([[PHONE|402-555-0170]])
Dx: R ring and small finger flexor tendon repair, zone II, [[DATE|5/20/25]] by Dr. [[NAME|Krishnamurthy]].
S: Pain {{score|3/10}}. Wearing dorsal blocking orthosis at all times. Reports tingling in small finger at night. Daughter [[NAME|Yesenia]] interpreting (declined professional interpreter).
O: AROM R RF PIP 0-70°, DIP 0-40°; SF PIP 0-65°. {{eponym|Tinel sign}} neg at cubital tunnel. Edema down 0.5 cm at P1.
Tx: place-and-hold, tendon glides (Duran protocol), scar massage, orthosis adjusted.
A: on track; no signs of rupture.
P: continue 2x/wk; begin light AROM into fist wk 7 ([[DATE|7/8]]). Work status: no use of R hand at work until re-eval [[DATE|7/31]]; form faxed to employer nurse [[NAME|Gertrude Amankwah]] at [[FAX|402-555-0159]].
[[NAME|Maren Solberg]], OTR/L, CHT
""")
note("K020", "dialysis unit run sheet", """
HEMODIALYSIS TREATMENT RECORD      {{facility|Riverside Kidney Center}} - Chair {{other|14}} - Shift 2 (MWF)
Patient: [[NAME|ABERNATHY, CLEOPHUS]]      DOB [[DATE|06-30-1934]]  ([[AGE_OVER_89|90]] y)      Facility MRN [[MRN|RKC-100482]]
Palm-vein ID verified at scale: [[BIOMETRIC|PV-7F3A-22091C]]      Medicare [[HEALTH_PLAN|2QH8-TD1-MK67]]
Tx date: Mon [[DATE|02/03/2025]]

Machine: {{device_model|Fresenius 2008T}} #{{other|11}}   Dialyzer {{device_model|Optiflux F180NR}}   Bath 2K/2.5Ca   UF goal 2.8 L
Access: L brachiocephalic AVF (created [[DATE|Aug 2021]] by Dr. [[NAME|Oyelowo-Park]]); thrill +, bruit +; 15g needles x2, cannulated by [[NAME|Lupe Fifita]], PCT.
Pre: wt 78.4 kg (EDW 75.6), BP 168/82, HR 74, T 36.5. Post: wt 75.9 kg, BP 142/70.
Meds in tx: {{drug|Epogen}} {{dose|6,000 units IV}}; {{drug|Venofer}} {{dose|100 mg}} #3 of 10; {{drug|calcitriol}} {{dose|1 mcg}}; {{drug|heparin}} {{dose|2,000 u bolus}}.
Labs drawn (monthly): {{lab|Hgb 9.6}}, {{lab|K 5.8}}, {{lab|PO4 6.9}}, {{lab|albumin 3.4}}, {{lab|URR 71%}}, {{lab|Kt/V 1.38}}.
Events: cramping at 3h05, UF paused 10 min, NS 200 mL. Pt says his granddaughter [[NAME|Summer]] is bringing him Wednesdays now because his daughter [[NAME|Verna]] had surgery.
Transport: {{facility|Tri-County Medicab}}, pick-up from [[STREET|1140 Old Mill Pike, Apt 12]], [[CITY|Clarksburg]]. Ride # [[OTHER_ID|TCM-558102]].
RN: [[NAME|Okafor, Nnamdi]]   Charge: [[NAME|Bernadine Cloud]], RN   Nephrologist rounding: [[NAME|Hamid Farahani]], MD
""")

note("K021", "dialysis monthly care plan (interdisciplinary)", """
IDT PLAN OF CARE -- [[DATE|March 2025]]  --  {{facility|Riverside Kidney Center}}
Patient: [[NAME|Cleophus Abernathy]] | Age [[AGE_OVER_89|90]] | Modality: in-center HD MWF | ESRD since [[DATE|9/2021]] | CMS-2728 on file
Team present [[DATE|3/12/25]]: [[NAME|H. Farahani]] MD; [[NAME|Bernadine Cloud]] RN; [[NAME|Mireille Augustin]], RD; [[NAME|Tyrell Washington]], MSW; patient by phone; daughter [[NAME|Verna Abernathy-Sims]] ([[PHONE|304-555-0137]]).

Adequacy: {{lab|spKt/V 1.41}} (goal ≥1.2) - met.
Anemia: {{lab|Hgb 10.1}}; {{drug|Epogen}} ↓ to {{dose|4,000 u}}. {{lab|TSAT 31%}}, {{lab|ferritin 612}}.
Bone/mineral: {{lab|PO4 6.2}} - RD reviewed diet; start {{drug|Velphoro}} {{dose|500 mg TID}} with meals; {{lab|PTH 488}} → {{drug|Sensipar}} {{dose|30 mg}}.
Fluid: avg IDWG 3.1 kg; pt admits "the ham at Sunday dinner."
Access: AVF functioning; last fistulogram [[DATE|1/14/25]] at {{facility|Clarksburg Vascular Access Center}}.
Psychosocial: {{score|KDQOL-36}} done. Pt asked about stopping dialysis "if I get worse"; MSW will schedule goals-of-care talk with family. HCPOA: [[NAME|Verna]]. Advance directive on file.
Transplant: not a candidate (age, CAD).
Transport: still Tri-County Medicab; backup grandson [[NAME|Darnell Sims]] ([[PHONE|304-555-0182]]).
Signed: [[NAME|Farahani]] / [[NAME|Cloud]] / [[NAME|Augustin]] / [[NAME|Washington]]
""")

note("K022", "oncology infusion nursing note", """
INFUSION CENTER NURSING NOTE     {{facility|Hollins Cancer Institute}} - Infusion Pod B, Chair {{other|B7}}
[[NAME|Ramaswamy, Lakshmi Devi]]   MRN [[MRN|HCI-3370218]]   DOB [[DATE|04/18/1962]]   DOS [[DATE|10/15/2024]]   C4D1
Regimen: {{drug|Keytruda}} ({{drug|pembrolizumab}}) {{dose|200 mg}} + {{drug|carboplatin}} {{dose|AUC 5}} + {{drug|pemetrexed}} {{dose|500 mg/m2}} q21d, NSCLC adenocarcinoma stage IVA.
Oncologist: [[NAME|Yitzhak Bernstein-Oduya]], MD   Pharmacist verification: [[NAME|Quynh Le]], PharmD
Pre-tx labs [[DATE|10/14]]: {{lab|ANC 2.1}}, {{lab|Plt 142}}, {{lab|Cr 0.8}}, {{lab|CrCl 71}}, {{lab|AST 22}}, {{lab|ALT 19}}, {{lab|TSH 3.8}}. OK to treat per MD.
Access: R chest port ({{device_model|PowerPort}} SN [[DEVICE|PP22K41197]]), + blood return, flushed.
Premeds: {{drug|Emend}} {{dose|150 mg IV}}, {{drug|dexamethasone}} {{dose|12 mg}}, {{drug|ondansetron}} {{dose|16 mg}}. B12/folate up to date ([[DATE|9/3]]).
Infusion: pembro {{other|09:42}}-{{other|10:15}}; pemetrexed {{other|10:20}}-{{other|10:32}}; carbo {{other|10:40}}-{{other|11:12}}. No reaction.
Pt education: her husband [[NAME|Venkat]] asked about the trip to [[CITY|Chennai]]? - advised to discuss with Dr. [[NAME|Bernstein-Oduya]]; not during the first 3 days post-chemo.
Discharged ambulatory with husband. Next C5 [[DATE|11/5/24]]. Home Neulasta Onpro not needed.
[[NAME|Grace Mbatha]], RN, OCN
""")

note("K023", "radiation oncology on-treatment visit", """
RAD ONC OTV   Week 4 of 6   [[DATE|14-Nov-2024]]
Name: [[NAME|Okwuosa, Bartholomew]]   MRN [[MRN|RO-558201]]   Physician: [[NAME|Siobhan McAteer]], MD   Physicist: [[NAME|L. Farouk]]   Dosimetrist: [[NAME|Kwame Asante]]
Tx: prostate + pelvic nodes, VMAT 70 Gy/28 fx; today fx 17 (cum 4250 cGy). ADT: {{drug|Eligard}} {{dose|45 mg}} given [[DATE|9/20/24]].
CBCT: aligned to fiducials (gold markers x3); daily shifts < 3 mm.
Symptoms: urinary frequency q2h, nocturia x3, {{score|IPSS 18}}; loose stools x2/d. {{score|CTCAE grade 1}} GI, grade 2 GU.
Meds: start {{drug|tamsulosin}} {{dose|0.4 mg qhs}}; {{drug|Imodium}} prn.
Social: drives himself 40 mi each way from [[CITY|Muskogee]]; ACS Road to Recovery volunteer [[NAME|Lyle Chibitty]] driving on Tuesdays.
Gleason {{score|4+3=7}}, PSA at dx {{lab|PSA 14.2}}.
[[NAME|SMcA]]
""")

note("K024", "transplant coordination note (living kidney donor evaluation)", """
TRANSPLANT COORDINATOR NOTE - LIVING DONOR PROGRAM
Date: [[DATE|2025-05-21]]     Coordinator: [[NAME|Ifeoma Chukwu-Lindahl]], RN, CCTC     Direct: [[PHONE|(612) 555-0141]]   Secure email: [[EMAIL|living.donor@transplant.example.org]]

Intended recipient: [[NAME|Ahmadzai, Farid]]   Recipient MRN [[MRN|TX-20017744]]   UNOS/UNet waitlist ID [[OTHER_ID|WL-3378120]]
Potential donor: [[NAME|Ahmadzai, Nasrin]] (sister)   Donor MRN [[MRN|TX-20019106]]   DOB [[DATE|8/1/1988]]
Independent Living Donor Advocate: [[NAME|Horace Stillwater]], LICSW

Status: donor completed phase 1 on [[DATE|5/12]]-[[DATE|5/14]]. ABO O, compatible. Crossmatch (flow) negative [[DATE|5/16]]. HLA 2-ABDR mismatch. {{lab|Cr 0.7}}, {{lab|measured GFR 104}}, 24h urine protein {{lab|88 mg}}. CT angiogram: single artery each side, L kidney preferred.
Issues: donor BMI 31.4; asks if she can donate after Ramadan fasting ends. Her husband [[NAME|Zabiullah]] is concerned about time off from her job at {{facility|Kabul Kabob House}}; NLDAC travel {{other|grant}} applied, ref [[OTHER_ID|NLDAC-25-01177]].
Recipient: on HD 3x/wk at {{facility|Northside Dialysis}}, [[CITY|Brooklyn Park]]; last PRA 12%.
Selection committee: [[DATE|6/4/25]]. Tentative OR date: late [[DATE|July]] pending committee; surgeons [[NAME|Lindahl]] (donor nephrectomy) and [[NAME|Mwangi-Reyes]] (recipient).
Phone call placed to donor at [[PHONE|612-555-0106]]; interpreter (Dari) [[NAME|Mursal Hakimi]] #[[OTHER_ID|DRI-0311]].
""")

note("K025", "liver transplant listing call log", """
LIVER TX - ON-CALL LOG (organ offers)
pt: [[NAME|KOWALSKI-NGATA, RĀWIRI]]    tx id [[OTHER_ID|LTX-0419]]    {{score|MELD-Na 31}}    ABO A    listed [[DATE|01/22/25]]
cell [[PHONE|253-555-0167]] / wife [[NAME|Hinemoa]] [[PHONE|253-555-0168]] / lives 2.5 h away in [[CITY|Yakima]], staying at cousin's in [[CITY|Federal Way]] on call nights

[[DATE|2/17]] {{other|0214}}  offer #1 DCD donor {{age|62}}, declined by Dr. [[NAME|Anand]] (macrosteatosis 40%).
[[DATE|2/23]] {{other|2340}}  offer #2 DBD {{age|34}}, accepted; pt called, instructed NPO, arrive {{other|0330}}; driven by [[NAME|Hinemoa]]. OR {{other|0810}} [[DATE|2/24]], surgeon [[NAME|Ferreira-Nakamura]].
[[DATE|2/24]] {{other|1620}}  post-op to SICU; family updated ([[NAME|Hinemoa]], son [[NAME|Tane]]). Donor ID [[OTHER_ID|DN-25-AEF411]] recorded per policy.
-- [[NAME|KM]] ([[NAME|Kelechi Madu]], RN, on-call coord)
""")
note("K026", "genetics counselling letter", """
{{facility|Great Lakes Cancer Genetics Program}}
[[STREET|3300 Lakeshore Drive, Suite 410]] • [[CITY|Evanston]], IL [[ZIP|60201-4417]] • Tel [[PHONE|847-555-0128]] • Fax [[FAX|847-555-0129]]

[[DATE|January 27, 2025]]

Ms. [[NAME|Zsófia Kertész-Bianchi]]
[[STREET|1718 W. Hollywood Ave, 3R]]
[[CITY|Chicago]], IL [[ZIP|60660]]

Dear Ms. [[NAME|Kertész-Bianchi]],

Thank you for meeting with me on [[DATE|January 9th]] to talk about your family history of breast and ovarian cancer. This letter summarises our conversation and your results.

Your family history: your mother, [[NAME|Erzsébet]], was diagnosed with ovarian cancer at {{age|52}} and died in {{other|2011}}; her sister (Aunt [[NAME|Klára]] in [[CITY|Szeged]]) had breast cancer at {{age|44}}. Your father's side is of Italian background with no cancers you know of. Your daughter [[NAME|Lili]] is {{age|19}}.

Your result: genetic testing (multi-gene panel, lab accession [[OTHER_ID|GX-4481-0920]]) found a pathogenic variant in BRCA1, c.5266dupC (often called {{other|5382insC}}). This is the variant that most often explains a family history like yours. No other variants were found, including in the {{eponym|Lynch syndrome}} genes.

What it means: women with a BRCA1 variant have a lifetime breast cancer risk of about 60-70% and an ovarian cancer risk of about 40%. We discussed breast MRI alternating with mammography every six months, risk-reducing salpingo-oophorectomy between 35 and 40 (you are {{age|41}}), and options such as {{drug|tamoxifen}}. Dr. [[NAME|Priyanka Venugopal]] (breast surgery) and Dr. [[NAME|Ayodele Fashola]] (gynaecologic oncology) will see you.

Your relatives: each of your children and siblings has a 50% chance of carrying the same variant. I have enclosed a family letter you may share with your brother [[NAME|Bence]] in [[CITY|Toronto]] and with [[NAME|Lili]]. Testing for a known family variant costs much less.

Please call me with any questions.

Sincerely,
[[NAME|Hannelore Ruiz-Whitaker]], MS, CGC
Licensed Genetic Counselor ([[LICENSE|IL-GC-0001297]])
cc: [[NAME|Jerome Fitzwilliam]], MD (PCP); Dr. [[NAME|Venugopal]]; Dr. [[NAME|Fashola]]
""")

note("K027", "research-study visit note", """
RESEARCH VISIT NOTE -- Protocol {{code|HCI-22-0417}} ("STRIDE-HF", Phase 3, sponsor {{facility|Cardiovia Therapeutics}})
Site 014 / Subject ID [[OTHER_ID|014-0087]] / Screening # [[OTHER_ID|S014-0211]]
Visit: Week 24 (V7)   Date: [[DATE|2025-04-08]]   Window: [[DATE|3/25]]-[[DATE|4/22]]
Participant: [[NAME|Dumont, Lucien]]   MRN [[MRN|HCI-4410732]]   DOB [[DATE|11/1938]]   PI: [[NAME|Anjali Sreenivasan]], MD   CRC: [[NAME|Matthias Oyelaran]]

Procedures: vitals, ECG, {{lab|NT-proBNP}}, 6MWT, {{score|KCCQ-12}}, IP accountability.
Results: BP 118/70, HR 64. {{score|KCCQ 68}} (↑ from 52). 6MWT 318 m (↑ 41 m). {{lab|NT-proBNP 1,420}} (↓ from 2,880). {{lab|K 4.9}}, {{lab|eGFR 41}}.
IP: kit [[OTHER_ID|K-77140318]] returned, 4 tabs remaining of 30 → compliance 93%; new kit [[OTHER_ID|K-77140966]] dispensed. Blinded.
AEs: gout flare L 1st MTP [[DATE|3/30]], treated by PCP with {{drug|colchicine}}; not serious, unrelated (PI). Fall at home [[DATE|3/2]] without injury - previously reported.
ConMeds: {{drug|Entresto}} {{dose|49/51 mg BID}}, {{drug|Jardiance}} {{dose|10 mg}}, {{drug|carvedilol}} {{dose|12.5 mg BID}}, {{drug|spironolactone}} {{dose|25 mg}}.
eCRF entered in EDC by [[NAME|m.oyelaran]] (user [[OTHER_ID|moyelaran_crc]]) from VPN address [[IP|198.51.100.23]].
Stipend: $75 on ClinCard [[ACCOUNT|4410-0873-2291]].
Next visit V8 wk 36 ([[DATE|7/1/25]] ±14d).
""")

note("K028", "research adverse-event report", """
SERIOUS ADVERSE EVENT REPORT (initial)
Study: STRIDE-HF   Site: 014   Subject: [[OTHER_ID|014-0102]]   Initials: [[NAME|R-M-S]]   Age: {{age|78}}   Sex: F
Reporter: [[NAME|Anjali Sreenivasan]], MD (PI)   Site phone [[PHONE|414-555-0135]]   Email [[EMAIL|stridehf.site014@hci.example.org]]
Event: hospitalisation for hyperkalaemia ({{lab|K 6.7}}) with bradycardia (HR 38).
Onset [[DATE|06-May-2025]]; admitted [[DATE|07-May-2025]] to {{facility|Lakeside Memorial}}? -- no, to {{facility|Mercy St. Anne Hospital}}; discharged [[DATE|11-May-2025]].
Treatment: {{drug|calcium gluconate}}, {{drug|insulin}}/{{drug|dextrose}}, {{drug|Lokelma}} {{dose|10 g TID}}; IP held.
Causality (PI): possibly related. Expectedness: expected per IB v6.
Outcome: recovering. Sponsor notified [[DATE|5/8/25]] {{other|16:40}} CT via safety portal [[URL|https://safety.cardiovia.example.com/sae/014-0102]]; case number [[OTHER_ID|CVT-SAE-25-00318]].
IRB: {{facility|Lakeshore IRB}} notified [[DATE|5/9/25]].
""")

note("K029", "occupational-health injury visit", """
EMPLOYEE HEALTH -- INITIAL INJURY VISIT
Employee: [[NAME|Castellanos, Itzel]]   Employee # [[OTHER_ID|E0049918]]   Dept: Environmental Services, 5 North   Supervisor: [[NAME|Darnell Pruitt]]
DOB [[DATE|09/09/1990]]   SSN [[SSN|912-48-3306]]   Home [[STREET|2207 Calle Sombra]], [[CITY|Las Cruces]], NM [[ZIP|88005]]   cell [[PHONE|575-555-0193]]
Date/time of injury: [[DATE|08/14/2025]] ~{{other|06:20}}   Reported: same day {{other|07:05}}
Mechanism: needlestick R index finger from an uncapped insulin syringe left in linen on 5N, room {{other|512}}. Source patient identified (MRN [[MRN|MV-2290441]]); source consent obtained by charge RN [[NAME|Obadiah Grant]].
Exposure protocol: wound washed; baseline HIV Ag/Ab, HBsAb, HCV Ab drawn. Employee HBsAb {{lab|>1000}} (immune; vaccine series completed [[DATE|June 2011]]).
Source labs: HIV neg, HCV Ab neg, HBsAg neg. No PEP indicated.
Badge scan (timeclock fingerprint template [[BIOMETRIC|TC-FP-0049918-R2]]) confirms on shift.
Workers' comp: First Report filed, claim # [[OTHER_ID|NM-WC-25-008812]]; carrier {{facility|Mesa Mutual}}.
F/u 6 wk for HCV RNA not needed (source neg). Safety report [[OTHER_ID|SR-25-1187]] to EVS manager [[NAME|Guadalupe "Lupita" Herrera]].
[[NAME|Bill Ostrander]], NP, Employee Health
""")

note("K030", "workers' compensation first report of injury form", """
EMPLOYER'S FIRST REPORT OF OCCUPATIONAL INJURY OR DISEASE (Form WC-1)
1. Employer: {{facility|Hartwell Logistics LLC}}        FEIN: {{other|99-0017742}}
2. Employer address: [[STREET|4 Industrial Pkwy, Dock 9]], [[CITY|Joliet]], IL [[ZIP|60436]]
3. Employee name (Last, First, MI): [[NAME|Mbeki, Thandiwe N]]
4. SSN: [[SSN|900-22-7714]]        5. DOB: [[DATE|1985-02-27]]        6. Sex: F
7. Home address: [[STREET|P.O. Box 2281]], [[CITY|Romeoville]], IL [[ZIP|60446]]        8. Phone: [[PHONE|815-555-0126]]
9. Occupation: forklift operator   10. Date hired: [[DATE|04/2019]]   11. Wage: $22.40/h
12. Date of injury: [[DATE|07/31/2025]]   13. Time: {{other|2:15 PM}}   14. Date employer notified: [[DATE|07/31/2025]]
15. Last day worked: [[DATE|7/31]]   16. Returned to work: [[DATE|8/18/25]] (modified duty)
17. Describe: forklift struck racking in aisle 14; employee thrown against overhead guard. L shoulder and neck pain.
18. Body part: L shoulder, cervical spine.   19. Treating physician: [[NAME|Ngozi Abara-Whitfield]], DO, {{facility|Will County Occupational Medicine}}
20. Hospital: {{facility|Silver Cross}} ED, acct [[ACCOUNT|SC-7739018840]]
21. Witness: [[NAME|Jesús "Chuy" Montalvo]], [[PHONE|815-555-0127]]
22. Forklift: {{device_model|Toyota 8FGCU25}}, unit serial {{other|60115-88213}}  (company equipment)
23. Prepared by: [[NAME|Renata Dąbrowska]], HR Generalist   Date: [[DATE|08/01/2025]]   Claim # assigned: [[OTHER_ID|IL-25-WC-330871]]
""")
note("K031", "school-nurse note", """
{{facility|Jefferson Middle School}} -- Health Office Visit Log
[[CITY|Eastbrook]] Unified School District    Nurse: [[NAME|Marjorie Kettleson]], RN, NCSN    Office [[PHONE|(608) 555-0150]] / fax [[FAX|(608) 555-0151]]

Student: [[NAME|Nakai Whitehorse]]   Grade 7   Student ID [[OTHER_ID|STU-20431877]]   DOB [[DATE|5/5/2012]]   Homeroom: Mr. [[NAME|Pettibone]]
Date: [[DATE|10/21/2024]]   Time in {{other|10:52}}   Time out {{other|11:40}}
Reason: sent from PE by Coach [[NAME|Dominguez]] -- wheezing and cough after running the mile.
Hx: asthma, on file. Asthma Action Plan from Dr. [[NAME|Kiona Tsinajinnie]] ([[DATE|Aug 2024]]). Rescue inhaler kept in office.
Assessment: RR 28, SpO2 93%, audible expiratory wheeze, speaking in phrases. Peak flow 190 (personal best 320 = 59%, yellow zone).
Intervention: {{drug|albuterol HFA}} {{dose|4 puffs}} with spacer at {{other|10:55}}; repeat at {{other|11:15}}. After: SpO2 97%, PF 280 (88%), no wheeze.
Parent contact: mom [[NAME|Shandiin Whitehorse]] at work ([[PHONE|608-555-0153]]) at {{other|11:00}}; grandma [[NAME|Loretta Yellowhair]] picked up at {{other|11:40}} to see PCP same day.
Note: rescue inhaler expires [[DATE|11/2024]] - reminder letter sent home. Teacher Ms. [[NAME|Bloom]] informed he may go to class tomorrow.
-- [[NAME|MK]]
""")

note("K032", "school-nurse medication administration log (pasted tab-separated table)", """
Daily Medication Log -- week of [[DATE|Feb 3, 2025]] -- {{facility|Lincoln Elementary}}, [[CITY|Millbrook]] Public Schools
Nurse: [[NAME|Esther Oyinlola]], RN       Sub: [[NAME|Claire Duchesne]], LPN

Student	ID	Medication	Dose	Time	Given by	Date
[[NAME|Aiyana Bearheart]]	[[OTHER_ID|S-118204]]	{{drug|methylphenidate ER}}	{{dose|18 mg}}	{{other|12:00}}	[[NAME|EO]]	[[DATE|2/3]]
[[NAME|Bearheart, Aiyana]]	[[OTHER_ID|S-118204]]	{{drug|methylphenidate ER}}	{{dose|18 mg}}	{{other|12:00}}	[[NAME|CD]]	[[DATE|2/4]]
[[NAME|Rajan Iyer]]	[[OTHER_ID|S-120977]]	insulin lispro per scale	{{dose|2 units}}	{{other|11:30}}	[[NAME|EO]]	[[DATE|2/3]]
[[NAME|Rajan Iyer]]	[[OTHER_ID|S-120977]]	insulin lispro per scale	{{dose|3 units}}	{{other|11:30}}	[[NAME|EO]]	[[DATE|2/5]]
[[NAME|Liesl Braunschweig]]	[[OTHER_ID|S-117731]]	{{drug|Flovent}}	{{dose|2 puffs}}	{{other|08:10}}	[[NAME|EO]]	[[DATE|2/5]]
[[NAME|Mateo "Teo" Quispe]]	[[OTHER_ID|S-121540]]	{{drug|Zyrtec}}	{{dose|5 mg}}	{{other|08:05}}	[[NAME|CD]]	[[DATE|2/4]]

Rajan's CGM ({{device_model|Dexcom G7}}, transmitter SN [[DEVICE|3MK91X4R]]) alarms to dad's phone; dad [[NAME|Sridhar Iyer]] [[PHONE|608-555-0144]].
Aiyana absent [[DATE|2/6]]-[[DATE|2/7]] (family trip to [[CITY|Lac du Flambeau]]).
""")

note("K033", "correctional-health intake screening", """
RECEIVING SCREENING -- [[CITY|Marlow County]] Jail, Medical Unit
Name: [[NAME|TRUJILLO-BEGAY, DESMOND RAY]]   AKA: "[[NAME|Smokey]]"   Booking # [[OTHER_ID|MCJ-25-004417]]   SO# [[OTHER_ID|SO-338190]]
DOB: [[DATE|12/24/1983]]   SSN: [[SSN|987-11-0462]]   Booked: [[DATE|03/02/2025]] {{other|23:40}}   Screened: [[DATE|03/03/2025]] {{other|00:15}}
Fingerprint (LiveScan) TCN: [[BIOMETRIC|LS-MCJ-2503020441]]   Facial image ID: [[BIOMETRIC|FIMG-0088172]]
Arresting agency: [[CITY|Harlan City]] PD, Ofc. [[NAME|Pruneda]] #{{other|412}}
Last address: [[STREET|Space 31, Sandia Vista Mobile Home Park, 8800 Hwy 14]], [[CITY|Cedar Crest]], NM
Emergency contact: mother [[NAME|Arlene Begay]], [[PHONE|505-555-0109]]
Screening: alert, oriented, cooperative. Reports daily fentanyl use ("blues"), last use 18h ago; {{score|COWS 9}} (mild). Also alcohol daily, last drink 20h; {{score|CIWA-Ar 7}}.
Suicide screen: negative now; attempt age {{age|22}} (overdose). Seen by MH: [[NAME|L. Sandoval]], LCSW.
Chronic: hep C (treated? unsure), asthma. Meds: none current. {{drug|Suboxone}} previously via {{facility|Four Corners Recovery}} (prescriber Dr. [[NAME|Yazzie-Holm]]).
Plan: MOUD continuation pathway - {{drug|buprenorphine}} {{dose|8 mg SL}} now per protocol, COWS q6h; CIWA q4h; TB screen QFT drawn; HCV RNA drawn. Housing: medical observation, cell {{other|M-4}}.
Screener: [[NAME|Reyes, Dolores]], LPN   Reviewed: [[NAME|Aaron Feldmann-Tso]], MD
""")

note("K034", "correctional sick-call note", """
SICK CALL -- [[CITY|Carver County]] Adult Detention Center
Inmate: [[NAME|Oyelowo, Babatunde]]   ID# [[OTHER_ID|CCADC-0091823]]   Housing: {{other|Pod C, Cell 14B}}   Date: [[DATE|7-8-25]]
Request slip [[OTHER_ID|SC-25-07712]]: "my tooth is swolen and i cant eat since sunday"
S: L lower jaw pain x 4 days, swelling x 1 day. No fever. Last dental care "years ago in [[CITY|Lagos]]".
O: T 37.8, L submandibular swelling, fluctuant buccal vestibule at {{other|#19}}-{{other|#20}}, trismus 30 mm, floor of mouth soft, no stridor.
A: odontogenic abscess, no airway compromise.
P: {{drug|amoxicillin-clavulanate}} {{dose|875 mg BID}} x 7 d; {{drug|ibuprofen}} {{dose|600 mg}} q6h prn; soft diet order; urgent dental on-site [[DATE|7/9]] with Dr. [[NAME|Hollis Yeboah]], DDS. Re-check daily on med pass. Notify if swelling to floor of mouth / neck.
Officer escort: CO [[NAME|Ramírez]] (badge [[OTHER_ID|1187]]).
[[NAME|Patience Owusu-Ansah]], RN
""")

note("K035", "telehealth visit note (primary care, video)", """
TELEHEALTH VISIT -- video (patient at home)   Date: Tue [[DATE|3/11/25]]
Patient: [[NAME|Mwangi, Wanjiru]]   DOB [[DATE|06/13/1977]]   MRN [[MRN|FFM-302118]]
Provider: [[NAME|Elliott Strand]], MD, at {{facility|Fairview Family Medicine}} (provider in MN, patient located in MN -- confirmed at start)
Link: [[URL|https://visit.fairviewfm.example.org/room/strand-0311]]   Platform log: patient IP [[IP|203.0.113.77]], audio+video, connected {{other|14:01}}, ended {{other|14:24}}
Consent for telehealth: verbal, given. Others present: her son [[NAME|Kamau]] ({{age|16}}) helping with the camera.
CC: f/u hypertension and new home BP cuff ({{device_model|Omron Evolv}}).
Home BP log (via portal, uploaded [[DATE|3/9]]): avg 138/86 over 2 weeks. Taking {{drug|amlodipine}} {{dose|5 mg}}.
Exam by video: well-appearing, no distress, no ankle edema on camera.
A/P: HTN not at goal - add {{drug|losartan}} {{dose|25 mg}}; BMP in 1-2 wk at lab in [[CITY|Richfield]]. Patient prefers e-mail reminders: [[EMAIL|wanjiru.mwangi@homeweb.example.net]].
Time: 23 min ({{code|99213-95}}).
""")

note("K036", "telehealth psychiatry follow-up with connection troubleshooting", """
TELEPSYCHIATRY F/U  ·  [[DATE|Dec 3 2024]]  ·  [[NAME|Okoro, Chinedu]]  ·  MRN [[MRN|RB-90511]]  ·  provider [[NAME|Anika Lindgren-Haas]], MD
Location: pt in his car in a parking lot in [[CITY|Lake Charles]] ("only place with privacy"); provider at home office. Safety: confirmed address for emergency dispatch = [[STREET|411 Ryan St, Apt 9]], [[CITY|Lake Charles]], LA [[ZIP|70601]].
Connection: dropped x2 (pt IP [[IP|2001:db8:4a1::1f]] then [[IP|198.51.100.141]] after switching to hotspot); completed by phone [[PHONE|337-555-0161]] for last 10 min.
Sx: mood better on {{drug|Lexapro}} {{dose|20 mg}}; sleep 6h; panic attacks 1/wk (from daily). No SI/HI.
Work: back at the refinery since [[DATE|November 18th]]; supervisor [[NAME|Hank Thibodaux]] "has been decent".
Plan: continue escitalopram (90-day refill due [[DATE|the 14th]]); CBT with [[NAME|Jolene Broussard]], LCSW; f/u 8 wk ([[DATE|Jan 28]]). Crisis: 988.
""")
note("K037", "HL7-like ADT admission message", """
MSH|^~\\&|EPIC|SBMC|LAB|SBMC|[[DATE|20250314]]083215||ADT^A01|{{other|MSG00441827}}|P|2.5.1
EVN|A01|[[DATE|20250314]]083200
PID|1||[[MRN|SB-4418027]]^^^SBMC^MR~[[SSN|944-10-2287]]^^^SSA^SS||[[NAME|OYELARAN^FUNMILAYO^B]]||[[DATE|19770521]]|F|||[[STREET|88 Tamarack Way^Apt 5]]^[[CITY|South Portland]]^ME^[[ZIP|04106]]||[[PHONE|(207)555-0189]]|||M||[[ACCOUNT|7700318845-A]]
NK1|1|[[NAME|OYELARAN^ADEBAYO]]|SPO|||[[PHONE|(207)555-0190]]
PV1|1|I|{{other|4W^412^B}}|E|||[[LICENSE|1457720938]]^[[NAME|WARD^MARCUS^J]]^^^^MD|||SUR||||1|||[[LICENSE|1457720938]]^[[NAME|WARD^MARCUS^J]]|IN||BCBS|||||||||||||||||||||||||[[DATE|20250314]]080500
IN1|1|BCBSME01|{{facility|Anthem Blue Cross Blue Shield}}|||||[[HEALTH_PLAN|GRP-0077431]]||||||||[[NAME|OYELARAN^FUNMILAYO^B]]|SEL|[[DATE|19770521]]|||||||||||||||||[[HEALTH_PLAN|YRM884102231]]
DG1|1||{{code|K81.0}}^Acute cholecystitis^I10
""")

note("K038", "HL7-like lab result message (newborn screen)", """
MSH|^~\\&|NBS|STATELAB|EHR|LCH|[[DATE|20250115]]1102||ORU^R01|{{other|NBS2501150088}}|P|2.5.1
PID|1||[[MRN|LC-55102947]]^^^LCH^MR~[[OTHER_ID|NBS-2501-110937]]^^^STATELAB^SID||[[NAME|ALMASRI]]^BABYBOY||[[DATE|20250111]]|M|||[[STREET|2715 Pardee Ave]]^[[CITY|Dearborn Heights]]^MI^[[ZIP|48125]]
NK1|1|[[NAME|ALMASRI^RANIA]]|MTH||[[PHONE|3135550148]]
ORC|RE||[[OTHER_ID|NBS-2501-110937]]||CM||||[[DATE|20250113]]|||[[LICENSE|1780604233]]^[[NAME|NWACHUKWU^CHIDI]]
OBR|1||[[OTHER_ID|NBS-2501-110937]]|{{code|57128-1}}^Newborn screening panel^LN|||[[DATE|20250112]]2315
OBX|1|CE|{{code|46761-3}}^Amino acid disorders^LN||Normal
OBX|2|CE|{{code|57084-6}}^Hemoglobinopathies^LN||FA (normal)
OBX|3|NM|{{code|29575-4}}^TSH^LN||{{lab|6.2}}|mIU/L
OBX|4|CE|{{code|62320-7}}^Cystic fibrosis IRT^LN||Borderline - repeat requested
NTE|1||Repeat specimen requested by [[DATE|01/20/2025]]. Contact NBS follow-up nurse [[NAME|Karolina Szabo]] [[PHONE|517-555-0102]].
""")

note("K039", "registration face sheet (Key: Value)", """
PATIENT FACE SHEET                                      printed [[DATE|05-21-2025]] {{other|07:12}} by [[OTHER_ID|regclerk_dmcfadden]]
Patient Name: [[NAME|VILLANUEVA, ROSALINDA MAGSAYSAY]]
Preferred Name: [[NAME|Linda]]
MRN: [[MRN|MHS-0045518]]          Account #: [[ACCOUNT|HAR-22019847731]]          Encounter: [[OTHER_ID|ENC-88401927]]
DOB: [[DATE|1930-10-04]]          Age: [[AGE_OVER_89|94]]          Sex: F          Language: Tagalog / English
SSN: [[SSN|000-48-1199]]
Address: [[STREET|1402 Rizal Ave, Unit B]]
City/State/Zip: [[CITY|Daly City]], CA [[ZIP|94014-2231]]
Home Phone: [[PHONE|650-555-0122]]          Mobile: none
Email: [[EMAIL|rvillanueva1930@mailbox.example.com]]
Emergency Contact 1: [[NAME|Villanueva-Tan, Corazon]] (daughter)   [[PHONE|650-555-0125]]
Emergency Contact 2: [[NAME|Ferdinand "Ferdie" Villanueva]] (son)   [[PHONE|415-555-0133]]
Primary Insurance: Medicare Part A/B     MBI: [[HEALTH_PLAN|5EG9-KA3-TY42]]
Secondary: {{facility|Blue Shield of California}} Medigap Plan G     Member ID: [[HEALTH_PLAN|XMD904417761]]     Group: [[HEALTH_PLAN|MG-G-2210]]
Guarantor: Self     Guarantor Acct: [[ACCOUNT|G-00918372]]
PCP: [[NAME|Estrella Bautista-Ocampo]], MD     NPI [[LICENSE|1326057712]]
Attending: [[NAME|Ward]]
Advance directive: Yes (POLST on file, scanned [[DATE|01/2024]])
Pharmacy: {{facility|Serramonte Drugs}}, [[PHONE|650-555-0140]]
Admit Date: [[DATE|05/21/2025]]     Admit Source: ED     Room/Bed: {{other|6E-618-A}}
""")

note("K040", "prior-authorisation letter (biologic for psoriasis)", """
{{facility|Sunbelt Dermatology & Mohs Surgery}}
[[STREET|7800 N. Davis Hwy, Suite 200]], [[CITY|Pensacola]], FL [[ZIP|32514]]
Phone [[PHONE|850-555-0100]]  |  Fax [[FAX|850-555-0105]]  |  [[URL|www.sunbeltderm.example.com]]

[[DATE|June 3, 2025]]

{{facility|Gulf Coast Health Plan}} - Pharmacy Prior Authorization Dept.
Fax: [[FAX|1-800-555-0143]]

RE: Request for {{drug|Skyrizi}} ({{drug|risankizumab-rzaa}}) {{dose|150 mg SC}} at weeks 0, 4, then q12 weeks
Patient: [[NAME|Tran, Quoc Bao]]     DOB: [[DATE|02/29/1988]]     Member ID: [[HEALTH_PLAN|GCH-66183047-01]]     Group: [[HEALTH_PLAN|GCH-ESS-4410]]
Case reference (from your denial of [[DATE|5/27/25]]): [[OTHER_ID|PA-2025-0571184]]

To the reviewer:
I am writing to request reconsideration of the denial of {{drug|Skyrizi}} for Mr. [[NAME|Tran]], a {{age|37}}-year-old man with severe plaque psoriasis ({{code|L40.0}}) affecting 22% BSA with {{score|PASI 24.6}} and {{score|DLQI 19}}, including scalp, palms and genital involvement.
He has failed or could not tolerate the following: topical {{drug|clobetasol}} and {{drug|calcipotriene}} (2022-2024); narrowband UVB 3x/week for 14 weeks ([[DATE|Sept]]-[[DATE|Dec 2023]]), stopped because he works nights as a line cook and could not keep attending; {{drug|methotrexate}} {{dose|15 mg weekly}} for 5 months, stopped for {{lab|ALT 142}}. {{drug|Otezla}} caused persistent diarrhoea and 6 kg weight loss.
Your step-therapy policy lists {{drug|Humira}} as preferred. He had latent TB, treated in {{other|2021}}, and a strong family history of demyelinating disease (his sister has multiple sclerosis), a documented relative contraindication to TNF inhibitors.
I ask that you approve {{drug|Skyrizi}}. Records are enclosed (12 pages).

Sincerely,
[[NAME|Aurelio Castañeda]], MD, FAAD     NPI [[LICENSE|1548812209]]     FL Lic [[LICENSE|ME 129944]]
Prepared by [[NAME|Tamsin Greer]], MA, prior-auth coordinator, [[EMAIL|tgreer@sunbeltderm.example.com]]
""")
note("K041", "OCR'd faxed referral (gastroenterology)", """
FROM: {{facility|PRAIRIE  VIEW  FAM ILY  CLINIC}}     FAX: [[FAX|(785) 555-01 74]]     [[DATE|03/ 04/2 025]]  {{other|11:4 2AM}}     P. 1/ 3
TO : {{facility|GI  Consult ants of  Salina}}     FAX [[FAX|785 555 0181]]

R E F E R R A L    F O R M
Pa tient  Name:  [[NAME|HOLLOWAY ,  JUNE  M .]]            D OB:  [[DATE|0 8/1 9/1 95 4]]
Addr:  [[STREET|RR 2   Box  4 1]]
       [[CITY|Linds borg]] ,  KS   [[ZIP|6 7456]]
Ph:  [[PHONE|785-555-0 1 1 6]]        Ins :  KS Medicaid / KanCare   ID#  [[HEALTH_PLAN|K C 4 4 1 0 9 8 2 7]]
Reas on  for  referr al:  iron  def icien cy  an emia  ({{lab|Hgb  8.9}} ,  {{lab|ferr itin  4}} ),
heme + st ool ,  wt  loss  5 kg  since  [[DATE|Dec ember]] .   No  prior  colonoscopy.
Please  eval  for  EGD /colon oscopy .   Pt  is  on  {{drug|Eli quis}}  for  AF .
Refer ring  provider:  [[NAME|Ab ernathy ,  Theo]]  ,  NP       NPI  [[LICENSE|1 1 9 4 7 7 3 0 2 8]]
Signature :  ___[[NAME|T A]]___       Date :  [[DATE|3/4 /25]]
Hus band  ([[NAME|Wendell]])  will drive ;  best  call  back  a fter  3 pm .
* * * CONFIDENTIALITY NOTICE: this fax may contain PHI . . . * * *
""")

note("K042", "OCR'd faxed referral (neurology), line breaks mid-word", """
{{facility|Mountain States Neurology}} -- New Patient Refer
ral    recvd [[DATE|2025-06-1 1]] via eFax

Patient: [[NAME|Tsosie-Martinez,  Harrison]]    DOB [[DATE|1 2/0 3/1 9 6 9]]    MRN(ref) [[MRN|FRMC 009 1842]]
Ph (h) [[PHONE|928-555-0 113]]    (c) [[PHONE|928-555-0114]]
Reason: new tremor R hand x 8 mo, micrographia, wife ([[NAME|Lor ena]]) notes "he does
n't swing his arm" -- r/o {{eponym|Parkin son disease}} vs essential trem
or. DaTscan? Per pt his father ([[NAME|Hosteen]]) had "the shaking" in his 70s.
Meds: {{drug|lisino pril}} {{dose|20 mg}}, {{drug|atorvastatin}} {{dose|40 mg}}.
Referring MD: [[NAME|Gabriela Ochoa-Frank]], MD, {{facility|Flagstaff Rural Medical Clinic}}, [[STREET|1900 N Fort Valley Rd]],
[[CITY|Flagstaff]] AZ [[ZIP|86001]]; fx [[FAX|928-555-011 5]]
Urg
ency: routine
""")

note("K043", "dictated transcription without capitals or punctuation (orthopaedic clinic)", """
orthopedic clinic note dictated by doctor [[NAME|fitzgerald okonjo]] for patient [[NAME|marisela quintero]] date of service [[DATE|february eleventh twenty twenty five]] medical record number [[MRN|four four seven one two nine eight]] patient is a {{age|fifty three}} year old right hand dominant woman who works at the {{facility|target distribution center}} in [[CITY|topeka]] she fell on ice in her driveway on [[DATE|january thirtieth]] and landed on her outstretched left hand she was seen at an urgent care in [[CITY|lawrence]] where x rays showed a distal radius fracture and she was placed in a sugar tong splint today she reports pain four out of ten she is taking {{drug|tylenol}} and {{drug|aleve}} exam shows the splint intact fingers warm and pink sensation intact in median ulnar and radial distributions {{eponym|finkelstein}} not tested x rays today show a dorsally angulated extra articular distal radius fracture with twelve degrees of dorsal tilt and two millimeters of shortening assessment left distal radius fracture plan we discussed casting versus open reduction internal fixation with a volar plate she would like surgery so she can get back to work sooner we will schedule her for [[DATE|february eighteenth]] with doctor [[NAME|okonjo]] at the surgery center her husband [[NAME|ignacio]] can be reached at [[PHONE|785 555 0138]] end of dictation [[NAME|fo]] slash [[NAME|kw]] job number [[OTHER_ID|two two four eight one nine]]
""")

note("K044", "dictated transcription without punctuation (cardiology, partially capitalised)", """
CARDIOLOGY FOLLOW UP this is dr [[NAME|Siddiqui]] dictating on [[NAME|BERNADETTE O'HALLORAN]] date of birth [[DATE|4 9 1934]] she is [[AGE_OVER_89|ninety one]] years old seen today [[DATE|may 6 2025]] for follow up of aortic stenosis she came with her daughter [[NAME|maureen]] and her grandson [[NAME|will]] who drove her from [[CITY|scranton]] she reports she {{other|will}} not consider any procedure at her age and wants to talk about what that means she gets winded walking to the mailbox no syncope echo from [[DATE|april 22nd]] shows severe aortic stenosis with a mean gradient of {{lab|forty six}} and valve area {{lab|zero point seven}} ejection fraction {{lab|fifty five percent}} her {{score|sts score}} for tavr is intermediate we had a long talk she does not want {{device_model|sapien}} or {{device_model|evolut}} or any valve she wants to stay home on [[STREET|crown avenue]] with her cat plan continue {{drug|lasix}} twenty daily {{drug|metoprolol}} twelve point five twice a day refer to palliative care doctor [[NAME|ruth ann bellweather]] follow up in three months cc doctor [[NAME|anthony scarpelli]] primary care end
""")

note("K045", "SMS thread between a prenatal nurse navigator and a patient", """
[Secure SMS log -- exported [[DATE|08/22/2025]] -- {{facility|MomsFirst Prenatal Navigation}}]
Navigator: [[NAME|Keisha Amankwah-Doyle]], RN   Navigator line: [[PHONE|(216) 555-0171]]
Patient: [[NAME|Beatriz Lozano-Funes]]   MRN [[MRN|CMC-7702181]]   Patient mobile: [[PHONE|(216) 555-0124]]

[[DATE|8/19]] {{other|9:02 AM}}  RN: Hi [[NAME|Beatriz]], it's [[NAME|Keisha]] from MomsFirst. Reminder: glucose test tmrw 8am at the lab on [[STREET|Lorain Ave]]. No food after midnight 🙂
{{other|9:15 AM}}  Pt: ok. can my sister [[NAME|Yessi]] come with me she doesnt speak english
{{other|9:16 AM}}  RN: Of course. We can get a Spanish interpreter too.
[[DATE|8/20]] {{other|11:40 AM}} Pt: done. they said {{lab|141}}?? is that bad
{{other|11:52 AM}} RN: That's a little high for the 1-hr screen (cutoff is {{lab|140}}). Next step is the 3-hr test. Dr. [[NAME|Marchetti]] will order it.
{{other|11:53 AM}} Pt: ugh ok. also my address changed we moved to my mom's [[STREET|3311 W 58th St]] [[CITY|Cleveland]] [[ZIP|44102]]
{{other|11:55 AM}} RN: Updated 👍 Your new WIC office is on [[STREET|Fulton Rd]]. Here's the link for the bus pass form: [[URL|https://momsfirst.example.org/forms/bus]]
[[DATE|8/21]] {{other|7:30 PM}}  Pt: baby moving a lot today 😊 [[NAME|Tomas]] (bf) felt it
{{other|7:32 PM}}  RN: Love that! 3-hr GTT is Thurs [[DATE|8/28]] 7:30am. Bring snacks for after.
""")

note("K046", "secure-chat thread between clinicians (NICU and obstetrics)", """
[Secure Chat -- "L&D / NICU huddle" -- [[DATE|Jan 11, 2025]]]
{{other|01:48}} [[NAME|Venkataraman, Rohini]] (NICU attending): heads-up - transport from {{facility|Dearborn Community}}, 30+4 wk, mom on mag. ETA 0300.
{{other|01:49}} [[NAME|Ewa Kowalczyk-Hart]] (NNP): bed {{other|N-14}} ready. who's RT tonight?
{{other|01:50}} [[NAME|Kofi Boateng]] (RT): me. CPAP setup done.
{{other|01:55}} Dr. [[NAME|Tamar Ben-Ami]] (OB, {{facility|Dearborn Community}}): family name [[NAME|Al-Masri]], dad's cell [[PHONE|313-555-0148]]. Mom's BP 172/110 on arrival, now 150s. Betamethasone #2 given yesterday {{other|2200}}.
{{other|03:31}} [[NAME|Kowalczyk-Hart, E]]: baby in unit. {{lab|BG 48}}. starting D10.
{{other|03:32}} [[NAME|Rohini V.]]: 👍 will be in at 4. @[[NAME|Magdalena]] thanks for the smooth transport.
{{other|03:40}} [[NAME|Magdalena Wiśniewska]] (transport RN): 🙏 dad following in his car, plate [[VEHICLE|EPH 3317]] (MI) in case security asks about the ramp.
""")
note("K047", "DOT commercial-driver medical examination form", """
MEDICAL EXAMINATION REPORT FOR COMMERCIAL DRIVER FITNESS DETERMINATION (excerpt)
Section 1 - Driver Information
Last Name: [[NAME|Okafor-Lindqvist]]        First Name: [[NAME|Emeka]]        DOB: [[DATE|01/15/1971]]        Age: {{age|54}}
Street: [[STREET|6120 Frontage Rd, Lot 22]]        City: [[CITY|Rawlins]]        State: WY        Zip: [[ZIP|82301]]
Driver License No.: [[LICENSE|WY-108847213]]   Issuing State: WY   CLP/CDL Applicant/Holder: CDL Class A
Phone: [[PHONE|307-555-0119]]        Email: [[EMAIL|e.okafor.lindqvist@truckmail.example.net]]
Employer: {{facility|High Plains Freight}}   Tractor unit plate WY [[VEHICLE|8-4471T]]   VIN [[VEHICLE|3AKJHHDR7NSNB1029]]
Section 3 - Examination   Date: [[DATE|2025-07-09]]
Vision: {{other|20/25}} OD, {{other|20/20}} OS, {{other|20/20}} OU without correction; horizontal field 85°/85°.
Hearing: forced whisper ≥5 ft both ears.   BP 146/92 (repeat 138/88).   Urine: SG 1.020, protein neg, blood neg, glucose neg.
Hx: treated OSA on CPAP ({{device_model|ResMed AirSense 11}}, SN [[DEVICE|23211840917]]); compliance download [[DATE|6/8]]-[[DATE|7/7]]: 94% of nights ≥4h. {{score|AHI 2.1}} on therapy.
Determination: meets standards; qualifies for 1-year certificate due to HTN and OSA monitoring. Expires [[DATE|07/09/2026]].
Medical Examiner: [[NAME|Rosalind "Roz" Featherstone]], DO   National Registry No. [[LICENSE|4418870032]]   State Lic [[LICENSE|WY-DO-1297]]
Signature: [[NAME|R. Featherstone]]   ME cert # [[OTHER_ID|MEC-25-070944]]
""")

note("K048", "cardiac device implant procedure note (dual-chamber pacemaker)", """
EP LAB PROCEDURE NOTE -- Dual-chamber pacemaker implantation
Patient: [[NAME|Adeyemi-Fox, Winifred]]   [[AGE_OVER_89|92]] F   MRN [[MRN|HCI-2207714]]   Date [[DATE|18 Apr 2025]]
Operator: [[NAME|Jaroslav Novák]], MD   Fellow: [[NAME|Priya Chandrasekhar]], MD   Anesthesia: MAC (CRNA [[NAME|Dwayne Pettaway]])
Indication: symptomatic complete heart block with syncope at church on [[DATE|Palm Sunday]]; HR 34 on arrival.
Device: {{device_model|Medtronic Azure XT DR MRI SureScan}} W1DR01, serial [[DEVICE|RNB418892S]]
RA lead: {{device_model|CapSureFix Novus MRI 5076-52}}, serial [[DEVICE|PJN7718204]]
RV lead: {{device_model|CapSureFix Novus MRI 5076-58}}, serial [[DEVICE|PJN7720931]]
UDI (generator): [[DEVICE|(01)00643169890123(17)270331(21)RNB418892S]]
Access: L axillary vein under fluoroscopy. RA lead to appendage, RV lead to septum.
Measurements: RA P 3.2 mV, threshold 0.6 V @ 0.4 ms, impedance 512 Ω; RV R 11 mV, threshold 0.5 V @ 0.4 ms, 684 Ω.
Pocket irrigated with {{drug|bacitracin}}; {{device_model|TYRX}} envelope; closure 2-0/3-0/4-0 Vicryl; {{device_model|Dermabond}}.
Complications: none. EBL < 20 mL.
Mode DDD 60. Device card given; remote monitor ({{device_model|MyCareLink}}) serial [[DEVICE|MCL-0041728813]] to be set up at home in [[CITY|Shaker Heights]] by grandson [[NAME|Tobias Fox]].
[[NAME|J. Novák]], MD
""")

note("K049", "cardiac catheterisation report", """
CARDIAC CATHETERIZATION REPORT
Name: [[NAME|Benavídez, Rogelio]]   MRN [[MRN|00771183]]   Acct [[ACCOUNT|40018827734]]   DOB [[DATE|6/6/1958]]   Procedure date [[DATE|06/06/2025]] (his birthday)
Physician: [[NAME|Noor Al-Hashimi]], MD   Referring: [[NAME|Salvatore Pugliese]], MD
Indication: NSTEMI, {{lab|hs-troponin 1,840 ng/L}}. {{score|TIMI 4}}, {{score|GRACE 132}}.
Access: R radial 6F.  Contrast: 140 mL {{drug|Omnipaque 350}}.  Heparin {{dose|5,000 u}}, {{drug|verapamil}} {{dose|2.5 mg}} IA.
Findings: LM normal. LAD 40% mid. LCx 95% OM1 culprit. RCA dominant, 30%.
Intervention: PCI OM1 with {{device_model|Xience Skypoint}} 2.75 x 18 mm DES, lot {{other|2020841A}}, UDI [[DEVICE|(01)08717648237011(17)280131(10)2020841A]]. TIMI 3 flow post.
LVEDP 18. {{drug|Brilinta}} {{dose|180 mg}} load. TR band to radial.
Plan: DAPT 12 mo ({{drug|aspirin}} {{dose|81 mg}} + {{drug|ticagrelor}} {{dose|90 mg BID}}), high-intensity statin, cardiac rehab at {{facility|Kingsville Heart & Vascular}}. Wife [[NAME|Esperanza Benavídez]] updated in waiting room; son [[NAME|Rogelio Jr.]] on phone from [[CITY|Corpus Christi]].
""")

note("K050", "interventional radiology port placement note", """
IR PROCEDURE NOTE                              [[DATE|10/02/2024]]
Pt [[NAME|Ramaswamy, L.]]   MRN [[MRN|HCI-3370218]]   Requesting: Dr. [[NAME|Bernstein-Oduya]] (onc)
Procedure: R IJ single-lumen chest port placement. Operator [[NAME|Kristoffer Aaland]], MD; RN [[NAME|Minh-Chau Dang]], RN (sedation).
Sedation: {{drug|Versed}} {{dose|2 mg}}, {{drug|fentanyl}} {{dose|100 mcg}}; {{score|Ramsay 3}}.
Device: {{device_model|Bard PowerPort isp M.R.I.}} 8 Fr, serial [[DEVICE|PP22K41197]], lot {{other|REFX1804}}.
US-guided R IJ access; tip at cavoatrial junction on fluoro. Pocket R upper chest. Accessed with 20G {{device_model|Huber}} needle, flushed, {{drug|heparin lock}} {{dose|500 u}}.
Complications: none. Device ID card and patient implant record given to pt; husband [[NAME|Venkat Ramaswamy]] present.
[[NAME|KA]]
""")

note("K051", "colonoscopy procedure report", """
ENDOSCOPY REPORT     {{facility|Heartland Endoscopy Center}}     Room {{other|3}}
Patient: [[NAME|June M. Holloway]]   DOB [[DATE|08/19/1954]]   MRN [[MRN|HEC-119204]]   DOS [[DATE|04/02/2025]]
Endoscopist: [[NAME|Vikram Sethuraman]], MD   Nurse: [[NAME|Kaylee Summers]], RN   Tech: [[NAME|Olu]]
Referring: [[NAME|Theo Abernathy]], NP, fax [[FAX|785-555-0174]]
Indication: iron deficiency anemia, heme-positive stool ({{code|D50.9}}, {{code|R19.5}}).
Sedation: MAC, {{drug|propofol}} {{dose|280 mg}} total (anesthesia [[NAME|Doyle]]). {{drug|Eliquis}} held 2 days.
Prep: {{drug|GoLytely}}; {{score|BBPS 8 (3/3/2)}}.
Findings: 1) 35 mm laterally spreading tumor in ascending colon, biopsied, tattooed distally with {{drug|Spot}}. 2) three 4-6 mm polyps sigmoid, cold snare. 3) Diverticulosis. 4) Internal hemorrhoids.
Specimens: A) ascending [[OTHER_ID|S25-44810-A]], B) sigmoid [[OTHER_ID|S25-44810-B]].
Impression: ascending colon mass, suspicious for malignancy.
Plan: CT C/A/P, CEA; surgical referral to Dr. [[NAME|Yolanda Ettinger-Cho]]; call with path in 5-7 days. Husband [[NAME|Wendell Holloway]] at [[PHONE|785-555-0116]] informed with pt's permission.
[[NAME|V. Sethuraman]], MD {{other|10:47}}
""")

note("K052", "bronchoscopy procedure note", """
Bronchoscopy w/ EBUS-TBNA   [[DATE|19-Aug-2024]]
[[NAME|KHALIL, SAMIRA YOUSSEF]]  MRN [[MRN|SMC-6620183]]  {{age|66}}F  ex-smoker 40 pk-yr
Bronchoscopist: [[NAME|Friedrich Amsel-Oduro]], MD   Resp therapist [[NAME|Haruto Kimura]]   Anesthesia GA/LMA Dr. [[NAME|Ledesma]]
Scope: {{device_model|Olympus BF-UC190F}} (serial {{other|2831177}} - facility equipment)
CT: 3.4 cm RUL spiculated mass, enlarged station 4R and 7 nodes.
EBUS: 4R 14 mm - 4 passes 22G; 7 - 18 mm - 4 passes; 11R - 6 mm, 2 passes. ROSE (cytotech [[NAME|Amaechi]]): 4R and 7 positive for malignant cells.
Airway: no endobronchial lesion. BAL RUL sent.
Specimens: [[OTHER_ID|CY24-09917]] (4R), [[OTHER_ID|CY24-09918]] (7), [[OTHER_ID|CY24-09919]] (11R), [[OTHER_ID|MB24-55120]] (BAL).
Complications: none. {{drug|lidocaine}} {{dose|1% 8 mL}} topical.
Dx pending; discussed with pt and her brother [[NAME|Walid]] who flew in from [[CITY|Dearborn]]. Tumour board [[DATE|8/27]].
""")
note("K053", "caesarean delivery operative note", """
OPERATIVE NOTE -- PRIMARY LOW TRANSVERSE CESAREAN DELIVERY
Date: [[DATE|11/30/2024]]   Patient: [[NAME|Chukwuemeka, Adaeze Grace]]   MRN [[MRN|NGH-3310927]]   {{age|34}}yo G1P0 at 40w6d
Surgeon: [[NAME|Lourdes Ibáñez-Whitfield]], MD   Assistant: [[NAME|Bartholomew Quaye]], MD (PGY-3)   Anesthesia: epidural top-up, Dr. [[NAME|Hwang]]
Pre-op dx: arrest of descent after 3.5 h pushing; Cat II tracing. Post-op dx: same, OP position.
Procedure: {{eponym|Pfannenstiel}} skin incision, low transverse hysterotomy. Female infant delivered from OP with {{device_model|Kiwi}} vacuum considered, not used; delivered by hand with fundal pressure at {{other|16:12}}; {{score|Apgars 7 and 9}}; weight 3890 g. Cord gases: {{lab|arterial pH 7.21}}, {{lab|BE -6}}.
Placenta manual, intact. Two-layer hysterotomy closure. Tubes and ovaries normal. Fascia running 0 PDS; skin 4-0 Monocryl subcuticular.
QBL 880 mL. {{drug|Pitocin}} infusion; {{drug|Methergine}} {{dose|0.2 mg IM}} once for atony, good response. {{drug|Ancef}} {{dose|2 g}} + {{drug|azithromycin}} {{dose|500 mg}} pre-incision.
Baby: "Baby Girl [[NAME|Chukwuemeka]]", named [[NAME|Chiamaka]] by parents; to NBN. Father [[NAME|Obinna]] present throughout.
[[NAME|L. Ibáñez-Whitfield]]  {{other|17:05}}
""")

note("K054", "postpartum progress note", """
PPD#1 s/p pLTCS   [[DATE|12/1/24]]   [[NAME|A. Chukwuemeka]]   Rm {{other|512}}
S: pain 4/10 with {{drug|oxycodone}} {{dose|5 mg}} x1 overnight; ambulating; flatus +; breastfeeding q2-3h with lactation ([[NAME|Hope Valdés]], IBCLC) -- latch improving. Mood "happy and tired." Her mother [[NAME|Ngozi]] arrived from [[CITY|Houston]] last night.
O: BP 128/78, HR 88, afebrile. Fundus firm 1 below U. Incision c/d/i, {{device_model|Prevena}} wound vac in place. Lochia moderate. {{lab|Hgb 9.4}} (from 11.8).
A/P: POD1 doing well. Start {{drug|ferrous sulfate}} {{dose|325 mg}} every other day. Rh+, rubella immune. {{score|EPDS 4}}. Plan d/c POD2-3. Postpartum visit with Dr. [[NAME|Ibáñez-Whitfield]] [[DATE|12/13]] (incision) and 6 wk. Baby's pediatrician: [[NAME|Kwabena Asante-Mills]], MD at {{facility|Riverbend Pediatrics}}.
-- [[NAME|BQ]], PGY-3
""")

note("K055", "newborn nursery discharge summary", """
NEWBORN DISCHARGE -- {{facility|Northgate General}} Well Baby Nursery
Infant: [[NAME|CHUKWUEMEKA, CHIAMAKA]]   MRN [[MRN|NGH-3311402]]   DOB [[DATE|11/30/24]] {{other|16:12}}   DC [[DATE|12/2/24]]
Mother: [[NAME|Adaeze Chukwuemeka]] ([[MRN|NGH-3310927]])   Address [[STREET|909 Juniper Hollow Ln]], [[CITY|Sugar Land]], TX [[ZIP|77479]]   Phone [[PHONE|281-555-0131]]
BW 3890 g, DC wt 3655 g (-6%). Feeding: breast, 10-12x/d.
Bilirubin: TcB {{lab|9.8}} at 40 h, low-intermediate risk ({{eponym|Bhutani}} nomogram) -- below phototherapy threshold.
Screens: hearing (AABR) pass both ears; CCHD pass (98/99); state NBS collected [[DATE|12/1]] {{other|18:30}}, card [[OTHER_ID|TX-NBS-24-3319820]].
Hep B vaccine [[DATE|12/1/24]]. {{drug|Vitamin K}} and {{drug|erythromycin}} ointment at birth.
F/u: Dr. [[NAME|Asante-Mills]], {{facility|Riverbend Pediatrics}}, [[DATE|12/4]] (48 h) for weight/bili check. Birth certificate worksheet completed by dad [[NAME|Obinna Chukwuemeka]]; SSN application for baby requested.
[[NAME|Farrah Siddiqui-Long]], MD, Newborn Hospitalist
""")

note("K056", "pre-participation sports physical form", """
PREPARTICIPATION PHYSICAL EVALUATION -- HISTORY & PHYSICAL (high school athletics)
Name: [[NAME|Deshawn "Shawnie" Pettiford]]   Sex: M   Age: {{age|16}}   Grade: 11   School: {{facility|Washington Carver High School}}   Sport(s): football, track
DOB: [[DATE|03/21/2009]]   Exam date: [[DATE|07/28/2025]]   Parent/guardian: [[NAME|Latonya Pettiford]], [[PHONE|(919) 555-0185]]
Home: [[STREET|412 Tryon Ridge Dr]], [[CITY|Garner]], NC [[ZIP|27529]]   Learner permit no. [[LICENSE|NC-LP-40018822]] (for ID)
History: concussion x1 ([[DATE|Oct 2024]], cleared [[DATE|11/12/24]] by Dr. [[NAME|Hargrove]]); no syncope with exercise; no family hx sudden death < 50 (uncle with "enlarged heart" at {{age|61}}).
Exam: Ht 185 cm, Wt 84 kg, BP 122/74, HR 62. Vision {{other|20/20}} OU. Heart: no murmur supine or standing/{{eponym|Valsalva}}. {{eponym|Marfan}} stigmata: none. MSK: full ROM, duck walk normal.
Clearance: ☑ Cleared for all sports without restriction.
Examiner: [[NAME|Maribel Onyekachi-Ruiz]], PA-C   {{facility|Garner Family & Sports Medicine}}   [[PHONE|919-555-0190]]
Athletic trainer: [[NAME|Willa Stroud]], LAT, ATC; head coach [[NAME|Bill Stroud]] gets the clearance page only (no medical details).
""")

note("K057", "adolescent confidential visit note", """
ADOLESCENT VISIT -- confidential portion (not released to proxy portal)
Pt: [[NAME|Anaya Ramachandran]]  {{age|17}}F  DOB [[DATE|9/14/2007]]  MRN [[MRN|PD-339982]]  DOS [[DATE|8/5/25]]
HEEADSSS (parent stepped out): lives with mom and stepdad in [[CITY|Cary]]; senior at {{facility|Green Hope High}}; works at a boba shop on [[STREET|Kildaire Farm Rd]]. Sexually active with one female partner ([[NAME|Jordyn]], {{age|18}}). No pregnancy risk. Vapes on weekends. Mood: "stressed about college apps"; {{score|PHQ-A 8}}. No SI. Drives mom's car (plate [[VEHICLE|PKT-7712]], NC) -- uses seatbelt, no texting "mostly."
STI screening: GC/CT urine NAAT sent; HIV/syphilis offered, accepted. Results via confidential text to her own number [[PHONE|919-555-0176]] only.
Counselled on vaping cessation; {{drug|Nicorette}} gum not started.
Parent portion: mom [[NAME|Lakshmi Sundaram-Hale]] concerned about sleep; discussed sleep hygiene.
[[NAME|Kwabena Asante-Mills]], MD
""")
note("K058", "group psychotherapy note", """
GROUP THERAPY NOTE -- IOP "Coping Skills" group   [[DATE|4/16/25]]   {{other|18:00}}-{{other|19:30}}   Facilitator: [[NAME|Dmitri Volkonsky]], LMHC
Members present (first names only in group notes per policy): [[NAME|Annalise]], [[NAME|Marcus]], [[NAME|Grace]], [[NAME|Rafi]], [[NAME|Mercy]], [[NAME|Tobias]]. Absent: [[NAME|Joy]] (excused).
Topic: distress tolerance (TIPP). [[NAME|Grace]] described the {{other|grace}} period she'd been given by her landlord as "the only thing keeping me afloat." [[NAME|Rafi]] shared that he relapsed after his brother's funeral in [[CITY|Paterson]]; group supportive. [[NAME|Mercy]] practised paced breathing and reported anxiety 8→5.
Individual note for this chart: [[NAME|Marcus Delgado-Whitlock]] (MRN [[MRN|IOP-55190]]) participated actively, gave feedback to peers, reports 21 days sober, urine tox negative [[DATE|4/15]]. {{score|BAM}} reviewed.
Plan: continue IOP 3x/wk. Next group [[DATE|4/18]].
""")

note("K059", "emergency psychiatric hold application (72-hour)", """
APPLICATION FOR 72-HOUR DETENTION FOR EVALUATION AND TREATMENT (excerpt)
Detained person: [[NAME|FERREIRA, JOÃO PAULO]]   DOB [[DATE|01/09/1998]]   Address: unhoused, frequents the [[STREET|underpass at 14th and Alvarado]], [[CITY|Los Angeles]]
Date/time detained: [[DATE|02/16/2025]] {{other|21:10}}   Location: [[STREET|1200 W 7th St]], near the [[CITY|Westlake]]/MacArthur Park Metro station
Detaining officer: Ofc. [[NAME|Kimberly Tran-Okoye]], badge [[OTHER_ID|41887]], [[CITY|Los Angeles]] PD, Central Division; incident [[OTHER_ID|LAPD-25-0216-0711]]
Vehicle: pt was found sitting in a parked car not his, CA plate [[VEHICLE|8XTB229]]; owner [[NAME|Rosa Elizondo]] contacted.
Circumstances: pt walking into traffic on [[STREET|Wilshire Blvd]], stating "the cameras in my teeth told me to." Refused food for 3 days per outreach worker [[NAME|Abebe Tesfaye]] ({{facility|Downtown Outreach Collective}}, [[PHONE|213-555-0107]]).
Probable cause: danger to self; grave disability.
Received at ED: [[DATE|2/16/25]] {{other|21:55}}. Hold reviewed by Dr. [[NAME|Ifeanyi Okereke]], psychiatrist. Advisement given in Portuguese via interpreter [[NAME|Conceição]] (ID [[OTHER_ID|PT-2210]]).
Sister in [[CITY|Newark]]: [[NAME|Lúcia Ferreira]], [[PHONE|973-555-0169]].
""")

note("K060", "neuropsychological evaluation summary", """
NEUROPSYCHOLOGICAL EVALUATION -- SUMMARY
Examinee: [[NAME|Maximilian van der Hoek]]   Age [[AGE_OVER_89|90]]   Education 18 y (retired civil engineer)   Dates of testing [[DATE|3/3/25]] and [[DATE|3/5/25]]
Referral: Dr. [[NAME|Anneke Vos]] (geriatrics) re: capacity to manage finances after a $40,000 wire transfer to a "grandson" he does not have.
Informants: daughter [[NAME|Marijke van der Hoek-Brandt]] ([[PHONE|425-555-0145]]); neighbour [[NAME|Harold Ng]].
Tests: {{score|MoCA 21/30}}; {{score|WAIS-IV}} subtests; {{score|RBANS}} total 74; {{score|Trails B}} 188 s (impaired); {{score|Boston Naming}} 54/60 (average for age); {{score|GDS-15 3}}.
Impressions: mild neurocognitive disorder, probably due to {{eponym|Alzheimer disease}}, with prominent executive dysfunction and reduced financial judgment. He is a {{age|nonagenarian}} with excellent verbal skills that mask deficits.
Recommendations: durable POA for finances (daughter); bank alerts; report to APS filed [[DATE|3/6/25]], ref [[OTHER_ID|APS-WA-25-118402]]; driving evaluation at {{facility|Evergreen Driver Rehab}} (he still drives a {{other|2009}} Volvo, plate [[VEHICLE|BXR4410]]).
[[NAME|Sunniva Haraldsen]], PhD, ABPP-CN
""")

note("K061", "speech-language pathology bedside swallow evaluation", """
SLP CLINICAL SWALLOW EVALUATION        {{facility|Maple Grove Care Center}} (SNF), Rm {{other|118-A}}
Resident: [[NAME|Pasquale "Pat" DiGiacomo]]   Age [[AGE_OVER_89|97]]   DOB [[DATE|11/11/1927]]   Facility ID [[MRN|MGC-0417]]   Date [[DATE|01-14-2025]]
Ordered by: [[NAME|Hyun-woo Baek]], NP
Hx: admitted from {{facility|St. Cecilia Hospital}} after aspiration pneumonia; baseline mechanical soft diet; {{eponym|Parkinson disease}}. Daughter-in-law [[NAME|Theresa]] reports coughing with coffee.
Oral mech: reduced lingual ROM, dentures loose (upper). Voice wet after thin liquids.
Trials: thin via cup - immediate cough x3/3; mildly thick (IDDSI 2) - no signs; puree and minced/moist (IDDSI 5) - adequate.
Impression: oropharyngeal dysphagia, moderate. Recommend {{other|IDDSI 5}} solids, {{other|IDDSI 2}} liquids, upright 90°, small sips, meds crushed in puree when safe. MBSS referral at {{facility|Ridgeview Imaging}}.
Goals discussed with pt and his son [[NAME|Vincent DiGiacomo]]; pt is {{age|in his late 90s}} and would rather "have the coffee and take my chances" - risk feeding discussion with NP and family scheduled.
[[NAME|Ximena Arroyo-Pike]], MS, CCC-SLP
""")

note("K062", "vascular access operative note (arteriovenous fistula)", """
OP NOTE -- L radiocephalic AV fistula creation                         DOS: [[DATE|09-10-2024]]
Pt: [[NAME|Guerrero Salcedo, Juana]]   {{age|58}}F   MRN [[MRN|VAC-220918]]   CKD 5, not yet on HD ({{lab|eGFR 11}})
Surgeon: [[NAME|Olufemi Adebisi-Crane]], MD   Asst: none   Anesth: regional (supraclavicular block, Dr. [[NAME|Petrosyan]]) + MAC
Vein mapping [[DATE|8/22]]: L cephalic 3.1 mm at wrist, radial artery 2.4 mm. {{eponym|Allen test}} normal.
Procedure: longitudinal incision L wrist; cephalic vein mobilised; end-to-side anastomosis to radial artery with 7-0 Prolene. Palpable thrill at end.
EBL minimal. {{drug|heparin}} {{dose|3,000 u}} IV.
Plan: hand exercises (squeeze ball) starting POD3; fistula check [[DATE|10/8]]; maturation assessment 6 wk. Nephrology: Dr. [[NAME|Farahani]]. Pt's husband [[NAME|Aurelio]] will drive her from [[CITY|Socorro]]; {{facility|Rio Grande Dialysis}} informed.
""")

note("K063", "cancer survivorship care plan", """
SURVIVORSHIP CARE PLAN    prepared [[DATE|May 2025]]
Name: [[NAME|Ileana Marinescu-Doyle]]   DOB [[DATE|10/02/1974]]   MRN [[MRN|HCI-5510287]]   Email for portal: [[EMAIL|ileana.md74@inbox.example.org]]
Diagnosis: L breast IDC, pT1c pN0, ER+/PR+/HER2-, {{lab|Oncotype DX RS 14}}, diagnosed [[DATE|3/2023]].
Treatment summary: L lumpectomy + SLNB [[DATE|4/18/23]] (Dr. [[NAME|Gwendolyn Okafor]]); whole-breast RT 40 Gy/15 fx completed [[DATE|7/2023]] (Dr. [[NAME|McAteer]]); {{drug|anastrozole}} {{dose|1 mg daily}} since [[DATE|Aug '23]] (planned 5-10 y).
Surveillance: mammogram annually (next [[DATE|4/2026]]); clinical exam q6mo yr 1-3; DEXA q2y ({{lab|T-score -1.8}} on [[DATE|1/2025]]).
Late effects to watch: arthralgias, bone loss, lymphedema (L arm: 1.2 cm difference, {{device_model|SOZO}} L-Dex {{lab|8.1}}).
Care team: oncologist [[NAME|Y. Bernstein-Oduya]]; PCP [[NAME|Sebastián Quiroga]], MD; navigator [[NAME|Precious Ndlovu]], [[PHONE|414-555-0153]].
Resources: [[URL|https://survivor.hollinscancer.example.org/plans/5510287]]
""")
note("K064", "unrelated-donor search summary (stem-cell transplant)", """
UNRELATED DONOR SEARCH -- STATUS SUMMARY              updated [[DATE|2025-03-28]]
Recipient: [[NAME|Bui, Thanh Long]]   {{age|44}}M   AML, CR1 (FLT3-ITD)   MRN [[MRN|BMT-0441972]]   Registry patient ID [[OTHER_ID|RID-8820-4471-3]]
Search coordinator: [[NAME|Marisol Ybarra-Kent]]   [[PHONE|(206) 555-0166]]   [[EMAIL|bmt.search@cascadecancer.example.org]]
HLA (recipient): A*02:01, 11:01 / B*46:01, 15:02 / C*01:02, 08:01 / DRB1*09:01, 12:02 / DQB1*03:03, 03:01
Siblings typed: [[NAME|Bui Thi Mai]] (half-match, {{other|5/10}}), [[NAME|Bui Van Hung]] (not a match); both live in [[CITY|Da Nang]] - swabs sent via courier, tracking DHL [[OTHER_ID|4410 9982 17]].
Unrelated search: 2 potential 8/8 matches:
| Donor ID | Age | Sex | CMV | Match | Status |
| [[OTHER_ID|DID-1187-7730-2]] | {{age|27}} | M | neg | 8/8 | CT requested [[DATE|3/21]] |
| [[OTHER_ID|DID-0904-4418-6]] | {{age|35}} | F | pos | 8/8 | backup |
Cord units: 2 units 5/8 held.
Haplo backup: son [[NAME|Bui Minh Khoa]] ({{age|19}}), typed, DSA negative.
Plan: proceed with donor [[OTHER_ID|DID-1187-7730-2]] if CT confirms; target admission [[DATE|mid-May]]. Attending: [[NAME|Hildegard Oyelowo-Strand]], MD.
""")

note("K065", "genetics follow-up letter (abnormal newborn screen)", """
[[DATE|January 22, 2025]]

To the parents of [[NAME|Yusuf Al-Masri]]
[[STREET|2715 Pardee Ave]], [[CITY|Dearborn Heights]], MI [[ZIP|48125]]

Dear Mr. and Mrs. [[NAME|Al-Masri]],

Your son's repeat newborn screen (state lab ID [[OTHER_ID|NBS-2501-110937]]) showed an IRT level that was still above the cut-off, and one change (F508del) in the CFTR gene. This does NOT mean [[NAME|Yusuf]] has {{other|cystic fibrosis}}; most babies with one change are healthy carriers. He needs a sweat chloride test to be sure.

We have scheduled the sweat test at the {{facility|Lakeside Children's Hospital}} CF Center on Friday, [[DATE|January 31]] at 10:00. Please feed him normally. The clinic is on the 3rd floor; parking validation is available. If you need a different day call our genetic counselor, [[NAME|Noura Haddad]], at [[PHONE|313-555-0159]] (Arabic spoken).

Sincerely,
[[NAME|Noura Haddad]], MS, CGC and [[NAME|Peter Abramowicz]], MD, Medical Genetics
""")

note("K066", "research e-consent audit trail", """
eCONSENT AUDIT TRAIL -- Study {{code|IRB-2024-1187}} ("Sleep & Mood in Adolescents")   export [[DATE|06/30/2025]]
Participant: [[NAME|Okeke, Chidera]] (minor) · Study ID [[OTHER_ID|SMA-0219]] · Parent/LAR: [[NAME|Okeke, Ifunanya]]
Record | Event | Timestamp (UTC) | User | IP address | Method
1 | invitation e-mailed to [[EMAIL|ifunanya.okeke@familymail.example.com]] | [[DATE|2025-06-12]] 14:02:11 | [[OTHER_ID|crc_jmorales]] | [[IP|192.0.2.18]] | system
2 | link opened [[URL|https://econsent.sleepmood.example.org/c/SMA-0219]] | [[DATE|2025-06-12]] 19:45:50 | parent | [[IP|203.0.113.204]] | web
3 | quiz passed ({{score|5/5}}) | [[DATE|2025-06-12]] 19:58:03 | parent | [[IP|203.0.113.204]] | web
4 | parental permission signed (typed name "[[NAME|Ifunanya N. Okeke]]") | [[DATE|2025-06-12]] 20:01:37 | parent | [[IP|203.0.113.204]] | e-signature
5 | assent signed by minor (drawn signature) | [[DATE|2025-06-13]] 16:20:09 | minor | [[IP|2001:db8:77:0:ad1e::5]] | tablet, clinic
6 | identity verified - face match to ID photo, template [[BIOMETRIC|FM-tmpl-09f3b2c71a]] | [[DATE|2025-06-13]] 16:20:40 | system | [[IP|198.51.100.9]] | vendor
7 | PI countersign ([[NAME|Oyinkansola Bello]], MD) | [[DATE|2025-06-14]] 09:11:45 | [[OTHER_ID|obello_pi]] | [[IP|192.0.2.44]] | web
Actigraph assigned: {{device_model|ActiGraph wGT3X-BT}} serial [[DEVICE|MOS2E19170441]] (worn by participant, returned at study end).
""")

note("K067", "occupational-health clearance and access enrolment form", """
EMPLOYEE HEALTH CLEARANCE + SECURE-AREA ACCESS ENROLLMENT
Name: [[NAME|Santiago Etsitty]]   Employee ID [[OTHER_ID|E0061133]]   Position: pharmacy technician (sterile compounding)   Start [[DATE|09/02/2025]]
SSN: [[SSN|921-07-5540]]   DOB: [[DATE|03/30/1996]]   Home: [[STREET|77 Piñon Loop]], [[CITY|Gallup]], NM [[ZIP|87301]]   Cell [[PHONE|505-555-0186]]
Immunizations: MMR titers immune; varicella immune; Hep B series + {{lab|anti-HBs 84}}; Tdap [[DATE|2021-10-05]]; influenza declined (mask).
TB: QuantiFERON negative [[DATE|8/20/25]].
Respirator fit test: {{device_model|3M 1870+}} N95, quantitative, fit factor {{lab|>200}}; PAPR trained.
Drug screen: negative (MRO [[NAME|Liesel Akintola]], MD).
Access enrollment (cleanroom + narcotics vault): palm-vein template [[BIOMETRIC|PV-E0061133-L1]], iris template [[BIOMETRIC|IR-4471-0933-B]]; badge [[OTHER_ID|B-88213047]]; parking hang tag for NM plate [[VEHICLE|BJTK 442]].
Cleared for duty without restriction.   Reviewed by [[NAME|Tove Marangoni]], RN, COHN-S
""")

note("K068", "correctional transfer medical summary", """
INTER-FACILITY TRANSFER HEALTH SUMMARY (DOC)
Inmate: [[NAME|McALLISTER, DONOVAN JAMES]]   DOC # [[OTHER_ID|A-448127]]   SID [[OTHER_ID|SID-20993157]]   FBI # [[OTHER_ID|FBI-7740-2281K]]
DOB [[DATE|04/04/1964]]   SSN [[SSN|932-55-0818]]   Fingerprint class. record [[BIOMETRIC|AFIS-OH-3347719]]
Sending: [[CITY|Lucasville]] medical unit   Receiving: DOC chronic-care unit, [[CITY|Columbus]]   Transfer date [[DATE|11/18/2024]]
Problems: IDDM ({{lab|A1c 8.4}}), HTN, hep C s/p {{drug|Epclusa}} (SVR12 [[DATE|6/2023]]), chronic low back pain, L BKA ({{other|2019}}) with prosthesis serial [[DEVICE|OTT-22-60118]].
Insulin pump: none. Glucometer {{device_model|Contour Next}} (facility issued).
Meds (KOP/DOT): {{drug|insulin glargine}} {{dose|28 u qhs}} DOT, {{drug|lispro}} sliding scale DOT, {{drug|lisinopril}} {{dose|20 mg}} KOP, {{drug|gabapentin}} {{dose|300 mg TID}} DOT.
Allergies: {{drug|penicillin}} (hives).
Pending: podiatry, ophthalmology (diabetic retinopathy screen overdue).
Keep separate from: [[NAME|R. Stokes]] (#[[OTHER_ID|A-390012]]).
Prepared by [[NAME|Ngozi Ekwueme]], RN   Reviewed [[NAME|H. Lindqvist]], MD
""")
note("K069", "telehealth visit technical and interpreter log", """
VIRTUAL VISIT SESSION LOG (auto-generated, attached to encounter CSN [[OTHER_ID|6620918834]])
Patient: [[NAME|Phan Van Loc]] · MRN [[MRN|FFM-310448]] · Visit type: video, diabetes f/u · Scheduled [[DATE|2025-02-27]] 10:30 CT
Join URL (patient): [[URL|https://visit.fairviewfm.example.org/j/7Q2K-LOC]]
Patient device: Android, app 5.2.1, IP [[IP|203.0.113.150]], location self-reported: son's apartment, [[STREET|5520 Chicago Ave S, #204]], [[CITY|Minneapolis]] [[ZIP|55417]]
Interpreter (Vietnamese): [[NAME|Trinh Ngoc Anh]], vendor ID [[OTHER_ID|LL-VIE-44102]], joined from [[IP|198.51.100.62]]
Provider: [[NAME|Elliott Strand]], MD, joined from [[IP|192.0.2.210]]
10:31:04 patient joined (audio only) · 10:32:40 video on · 10:41:17 patient dropped (network) · 10:41:59 rejoined from [[IP|2001:db8:c0:ffee::12]] · 10:58:22 ended
Callback number on file: [[PHONE|612-555-0147]] (son [[NAME|Phan Quoc Huy]]) · patient username [[OTHER_ID|phanvloc1951]]
Voice-print login enrolled for phone refills: template [[BIOMETRIC|VP-31a0-77c9-e214]]
""")

note("K070", "prior-authorisation fax cover sheet", """
*** FAX ***   {{facility|Westbrook Eye Institute}} - Retina   Prior Authorization Office
Date: [[DATE|1/3/25]]     Pages (incl. cover): 9
To: Medicare Advantage UM - {{facility|Harbor Senior Health Plan}}     Fax: [[FAX|(888) 555-0138]]     Phone: [[PHONE|(888) 555-0139]]
From: [[NAME|Lourdes Ybañez]], PA coordinator     Fax: [[FAX|207-555-0112]]     Phone: [[PHONE|207-555-0110 ext 4417]]     [[EMAIL|pa.retina@westbrookeye.example.com]]
RE: [[NAME|HALDANE, EUPHEMIA]]   DOB [[DATE|12/01/1928]]   Member ID [[HEALTH_PLAN|HSH-A0019238811]]   Age [[AGE_OVER_89|96]]
Request: {{drug|Eylea}} ({{code|J0178}}) OD x 3, then q8wk; ICD-10 {{code|H35.3211}}; {{code|CPT 67028}}.
Servicing provider: [[NAME|Rafael Quiñones-Bauer]], MD   NPI [[LICENSE|1679342205]]   Tax ID {{other|99-1187420}}
Plan reference from phone intake: [[OTHER_ID|UM-25-0003318]]   Rep: [[NAME|Keon]]
Urgent: YES (new wet AMD, vision-threatening)
CONFIDENTIAL: if received in error, call [[PHONE|207-555-0110]] and destroy.
""")

note("K071", "anaesthesia pre-operative telephone screen", """
PRE-ANESTHESIA PHONE SCREEN   call date [[DATE|9/22/2025]]   caller [[NAME|Ruthanne Oakes]], RN
Pt: [[NAME|Lindqvist, Astrid H.]]   Age [[AGE_OVER_89|99]] (turns 100 on [[DATE|Oct 30th]] -- family planning a party)   MRN [[MRN|SB-0019927]]
Surgery: L cataract phaco/IOL, [[DATE|9/29]], Dr. [[NAME|Okonjo-Reyes]]; MAC/topical.
Spoke with pt and her nephew/HCP [[NAME|Gunnar Lindqvist]] ([[PHONE|207-555-0172]]). Pt answered most questions herself; HOH, wears {{device_model|Phonak Audéo}} hearing aids (serials on file [[DEVICE|PH-2291837]] / [[DEVICE|PH-2291838]]).
Hx: HTN, AF on {{drug|warfarin}} ({{lab|INR 2.4}} [[DATE|9/18]]) -- per surgeon continue for cataract; hypothyroid on {{drug|Synthroid}} {{dose|75 mcg}}; mild AS.
Functional: walks with cane; METs ~3. Lives in independent living apt at {{facility|Seaside Commons}}, [[STREET|40 Shore Rd, Apt 3C]], [[CITY|Kennebunk]].
Instructions: NPO after midnight, clear liquids until 3 h before; take {{drug|metoprolol}} and levothyroxine AM of surgery; bring hearing aids. Ride: nephew. Arrival {{other|07:00}}.
Comments: "I was {{age|ninety-something}} when I had the other eye done and it was a breeze." (L eye done at [[AGE_OVER_89|ninety-four]] per chart.)
""")

note("K072", "orthopaedic operative note (hip fracture, nonagenarian)", """
OPERATIVE REPORT
PATIENT: [[NAME|Quintanilla-Reyes, Esperanza]] ([[AGE_OVER_89|91]] y.o. F)   MRN [[MRN|00992817]]   ACCT [[ACCOUNT|5520019874]]   DOS [[DATE|2025-02-10]]
SURGEON: [[NAME|Chukwudi Okonkwo]], MD   ASSIST: [[NAME|Saoirse Ní Bhriain]], PA-C
PROCEDURE: R hip hemiarthroplasty, cemented ({{code|27125}}).
IMPLANTS: {{device_model|Exeter V40}} stem size 1, 44 mm; serial [[DEVICE|EXV-210944-17]]. Bipolar head {{device_model|UHR}} 45 mm, lot {{other|K9A127}}, UDI [[DEVICE|(01)07613327294451(10)K9A127]].
INDICATION: displaced R femoral neck fracture after a fall in her kitchen on [[DATE|Feb 9]]. At [[AGE_OVER_89|91]] with prior independent ambulation, hemiarthroplasty offers the fastest mobilisation.
DESCRIPTION: posterolateral approach; short external rotators tagged and repaired; cemented with {{drug|Palacos R+G}} ({{drug|gentamicin}} cement). Stable to 90° flexion with 40° IR. Leg lengths equal.
EBL 250 mL. Drain none. {{drug|tranexamic acid}} {{dose|1 g IV}}.
POST-OP: WBAT, posterior hip precautions; {{drug|enoxaparin}} {{dose|30 mg daily}} (CKD) x 28 days; geriatrics co-management (Dr. [[NAME|Marguerite Stolz]]).
Family: daughter [[NAME|Graciela Reyes]] updated by phone.
""")

note("K073", "dialysis unit transport and parking roster (pipe table)", """
RIVERSIDE KIDNEY CENTER -- SHIFT 2 (MWF) ARRIVAL / PARKING ROSTER -- week of [[DATE|3/17/25]]
| Chair | Patient | Age | Arrives by | Vehicle / plate | Driver | Contact |
|---|---|---|---|---|---|---|
| {{other|11}} | [[NAME|Abernathy, C.]] | [[AGE_OVER_89|90]] | medicab | {{facility|Tri-County Medicab}} van | - | [[PHONE|304-555-0137]] |
| {{other|12}} | [[NAME|Szczepańska, Halina]] | [[AGE_OVER_89|93]] | family car | WV [[VEHICLE|3KT 881]] (handicap placard [[OTHER_ID|P-0447719]]) | son [[NAME|Zbigniew]] | [[PHONE|304-555-0115]] |
| {{other|13}} | [[NAME|Okoro, Emmanuel]] | {{age|61}} | self-drive | WV [[VEHICLE|NCJ-2207]] | self | [[PHONE|304-555-0118]] |
| {{other|14}} | [[NAME|Haskins, Ladonna]] | {{age|74}} | church van | {{facility|Mt. Olive AME}} van | deacon [[NAME|Purcell]] | [[PHONE|304-555-0165]] |
| {{other|15}} | [[NAME|Tiwari, Hemant]] | {{age|49}} | motorcycle (!) | WV [[VEHICLE|MC 4471]] | self | [[PHONE|304-555-0181]] |
| {{other|16}} | [[NAME|Begaye, Wilbur]] | [[AGE_OVER_89|95]] | grandson's truck | OH [[VEHICLE|JFT 2291]] | [[NAME|Kyle Begaye]] | [[PHONE|740-555-0103]] |
Note: lot B closed [[DATE|3/19]] for repaving. Security contact [[NAME|Dolores Pike]] ext {{other|5512}}.
""")
note("K074", "store-and-forward teledermatology consult", """
E-CONSULT (store-and-forward) -- Dermatology          submitted [[DATE|04/29/2025]]          answered [[DATE|04/30/2025]]
Referring: [[NAME|Wahkan Deschenie]], FNP, {{facility|Chinle Valley Health Station}}, [[EMAIL|wdeschenie@chinlevalley.example.org]]
Patient: [[NAME|Yazzie, Agnes]]   [[AGE_OVER_89|91]]F   MRN [[MRN|CVH-0018826]]   Images: [[URL|https://teleder.example.net/case/CVH-0018826/img1-4]] (uploaded from [[IP|198.51.100.201]])
Question: 2 cm pink scaly plaque L shin x 1 yr, slowly enlarging; pt herds sheep near [[CITY|Many Farms]], lifelong sun exposure. "Is this {{eponym|Bowen disease}} or just eczema?"
Images: well-demarcated erythematous plaque with scale and glomerular vessels on dermoscopy (image 3).
Assessment: favour SCC in situ ({{eponym|Bowen disease}}); ddx superficial BCC, nummular eczema.
Recommendation: 4 mm punch biopsy at edge. If SCCis: given age {{age|over 90}}, shin location and poor healing risk, prefer {{drug|5-fluorouracil}} {{dose|5% cream BID x 4 wk}} or {{drug|imiquimod}}, rather than excision. Avoid {{drug|Efudex}} under occlusion.
Consultant: [[NAME|Marguerite Tso-Brennan]], MD   Time: 12 min ({{code|99451}})   e-consult ID [[OTHER_ID|EC-25-044918]]
""")

note("K075", "workers' compensation return-to-work evaluation letter", """
{{facility|Front Range Occupational Medicine}}
[[STREET|1550 Wadsworth Blvd, Suite 110]], [[CITY|Lakewood]], CO [[ZIP|80214]] · [[PHONE|303-555-0103]] · fax [[FAX|303-555-0104]]

[[DATE|October 14, 2024]]

{{facility|Rocky Ridge Mutual}} -- attn: claims adjuster [[NAME|Deanna Whitcomb]]
RE: Claimant [[NAME|Ochieng, Barack O.]] · Claim [[OTHER_ID|4410-772-018]] · DOI [[DATE|8/26/2024]] · SSN [[SSN|900-31-4478]] · Employer {{facility|Mile High Moving & Storage}}

Mr. [[NAME|Ochieng]] was seen today for re-evaluation of a L lumbar strain sustained lifting a sofa. He reports 80% improvement after 6 weeks of PT at {{facility|Lakewood Spine & Sport}}. Exam: lumbar flexion to 70°, straight-leg raise negative bilaterally, {{eponym|Waddell signs}} 0/5, strength 5/5. {{score|Oswestry 14%}} (from 46%).
Work status: full duty as of [[DATE|10/21/2024]]. He may resume driving the company box truck (CO plate [[VEHICLE|AKT-S19]], unit {{other|#27}}) after a 2-week transition on the lighter route.
MMI: anticipated at the [[DATE|11/18]] visit; no impairment rating expected.
Billing account for this claim: [[ACCOUNT|FROM-WC-0098123]].

[[NAME|Thaddeus Kowalczyk-Mbah]], MD, MPH   CO Level II accreditation [[LICENSE|L2-40177]]
cc: [[NAME|Barack Ochieng]] (claimant); [[NAME|Pauline Reinholt]], PT
""")

note("K076", "patient-portal proxy access request form", """
MYCHART PROXY ACCESS REQUEST (adult patient granting access)
Patient name: [[NAME|Abdullahi, Hodan Farah]]     MRN: [[MRN|MHS-0051187]]     DOB: [[DATE|2/2/1951]]
Patient portal username: [[OTHER_ID|hodan.abdullahi51]]     Patient e-mail: [[EMAIL|hodan.f.abdullahi@webpost.example.com]]
Proxy name: [[NAME|Abdullahi, Ayaan]] (daughter)     Proxy DOB: [[DATE|7/15/1984]]     Proxy SSN (identity verification): [[SSN|943-20-6617]]
Proxy address: [[STREET|1818 E Franklin Ave #3]], [[CITY|Minneapolis]], MN [[ZIP|55404]]     Proxy cell: [[PHONE|612-555-0155]]
Proxy e-mail: [[EMAIL|ayaan.abdullahi@webpost.example.com]]
Access level: ☑ full (messages, results, scheduling)  ☐ scheduling only     Expires: ☑ never
Identity verified by: ☑ photo ID (MN DL [[LICENSE|H-512-778-391-044]])  ☑ in-app face match (template [[BIOMETRIC|FACE-MHS-7c41e0]])
Request submitted online from [[IP|203.0.113.92]] on [[DATE|03/11/2025]]; patient consent obtained in clinic with Somali interpreter [[NAME|Mohamed Warsame]].
Processed by HIM: [[NAME|Delphine Okafor]] ([[OTHER_ID|him_dokafor]])
""")

note("K077", "opioid treatment program dosing record", """
OTP DOSING RECORD -- {{facility|Harbor Light Recovery Services}}     Week of [[DATE|Jan 6 2025]]
Patient: [[NAME|KOWALCZYK, ANDRZEJ]]     Program ID [[OTHER_ID|HLR-02281]]     Palm-vein check-in [[BIOMETRIC|PV-HLR-02281-R]]     Phase 3 (3 take-homes/wk)
Medication: {{drug|methadone}} oral concentrate {{dose|95 mg}} daily   (last dose change [[DATE|11/2024]])
| Day | Dose | Observed | Nurse | UDS |
| Mon | {{dose|95 mg}} | yes | [[NAME|BL]] | {{lab|methadone +, fentanyl -}} |
| Tue | {{dose|95 mg}} | take-home | - | - |
| Wed | {{dose|95 mg}} | yes | [[NAME|RT]] | - |
| Thu | {{dose|95 mg}} | take-home | - | - |
| Fri | {{dose|95 mg}} | yes | [[NAME|BL]] | - |
| Sat/Sun | {{dose|95 mg}} x2 | take-home | - | - |
Take-home lockbox serial {{other|LB-5531}} verified. Counselor: [[NAME|Miriam Ben-David]], LADC. Prescriber: [[NAME|Olumide Sanusi]], MD, DEA [[LICENSE|FS4471920]].
Note: pt reports new job with a roofing crew in [[CITY|Bay Ridge]]; asks for early dosing before {{other|6:30}} - approved.
""")

note("K078", "oncology financial counselling note", """
FINANCIAL COUNSELING NOTE -- {{facility|Hollins Cancer Institute}}   [[DATE|10/16/2024]]
Pt: [[NAME|Ramaswamy, Lakshmi D.]]   MRN [[MRN|HCI-3370218]]   Guarantor: [[NAME|Venkatesh Ramaswamy]] (spouse), guarantor acct [[ACCOUNT|G-3370218-01]], guarantor SSN [[SSN|000-62-1187]]
Accounts reviewed: infusion [[ACCOUNT|HAR-44019928110]] ($38,412.60 billed), port placement [[ACCOUNT|HAR-44019870022]].
Insurance: {{facility|Aetna}} PPO, member [[HEALTH_PLAN|W288104417]], group [[HEALTH_PLAN|0871122-010-00002]]; OOP max $6,500, met $4,980.
Manufacturer program: {{facility|Keytruda Co-Pay Program}} - enrolled, ID [[OTHER_ID|MAP-24-881920]]. Foundation {{other|grant}} (lung) pending, ref [[OTHER_ID|PAF-LC-24-07713]].
Pt asked whether chemo days can be billed "on a single bill" - explained. Husband works for a software firm in [[CITY|Plano]]; COBRA not applicable.
Contact: [[EMAIL|venkat.ramaswamy@pmail.example.net]], [[PHONE|972-555-0142]].
[[NAME|Oksana Petrenko-Hill]], Financial Counselor
""")
note("K079", "operating-room schedule (pasted tab-separated table)", """
OR SCHEDULE - EYE SURGERY CENTER - rooms 1-2 - Mon [[DATE|9/29/25]]
Time	Rm	Patient	MRN	Age	Procedure	Surgeon	Anes
{{other|07:30}}	{{other|1}}	[[NAME|LINDQVIST, ASTRID]]	[[MRN|SB-0019927]]	[[AGE_OVER_89|99]]	phaco/IOL OS	[[NAME|Okonjo-Reyes]]	MAC - [[NAME|Falk]]
{{other|08:15}}	{{other|1}}	[[NAME|NAKASHIMA, HIROKO]]	[[MRN|SB-0078213]]	{{age|72}}	phaco/IOL OD	[[NAME|Okonjo-Reyes]]	MAC - [[NAME|Falk]]
{{other|09:00}}	{{other|1}}	[[NAME|EL-AMIN, YOUSSEF]]	[[MRN|SB-0102847]]	{{age|68}}	phaco/IOL + {{device_model|iStent inject W}} OD	[[NAME|Okonjo-Reyes]]	MAC - [[NAME|Moreau]]
{{other|07:30}}	{{other|2}}	[[NAME|DE LA PAZ, MARIA CORAZON]]	[[MRN|SB-0066120]]	{{age|81}}	PPV/membrane peel OS	[[NAME|Quiñones-Bauer]]	MAC - [[NAME|Park]]
{{other|10:00}}	{{other|2}}	[[NAME|ST. PIERRE, LUCIEN]]	[[MRN|SB-0091553]]	[[AGE_OVER_89|92]]	trabeculectomy OD w/ {{drug|mitomycin C}} {{dose|0.2 mg/mL}}	[[NAME|Hargreaves-Mensah]]	GA - [[NAME|Park]]
{{other|11:30}}	{{other|2}}	[[NAME|WARD, HOPE]]	[[MRN|SB-0104418]]	{{age|57}}	chalazion excision OS	[[NAME|Hargreaves-Mensah]]	local
Notes: rm 2 turnover 30 min; pt [[NAME|St. Pierre]] needs interpreter (Haitian Creole), [[NAME|Widlyne]] confirmed; [[NAME|Ward]] (patient, no relation to Dr. [[NAME|Ward]]) allergic to {{drug|latex}}.
""")

note("K080", "dialysis patient emergency information card (Key: Value)", """
EMERGENCY INFORMATION -- CARRY WITH YOU
Name: [[NAME|Szczepańska, Halina]]
Date of Birth: [[DATE|05/01/1931]]
Dialysis unit: {{facility|Riverside Kidney Center}}, chair {{other|12}}, Shift 2 MWF   Unit phone: [[PHONE|304-555-0130]]
Home address: [[STREET|218 Kanawha Terrace, Apt 2]], [[CITY|Charleston]], WV [[ZIP|25302]]
Nephrologist: [[NAME|Hamid Farahani]], MD   [[PHONE|304-555-0131]]
Access: R upper-arm AV graft ({{device_model|Gore Acuseal}}), graft serial [[DEVICE|GA-0719-33187]] - NO BP / IV / blood draws in R arm
Medicare MBI: [[HEALTH_PLAN|1RW3-JX7-NM90]]   Secondary: WV Medicaid [[HEALTH_PLAN|WVM-00447192]]
Allergies: {{drug|vancomycin}} (red-man), {{drug|iodinated contrast}} (hives)
Dry weight: 52.0 kg   Last {{lab|K 5.2}}   {{lab|Hgb 10.4}}
Code status: DNR/DNI (POST form on file)
Emergency contacts: son [[NAME|Zbigniew Szczepański]] [[PHONE|304-555-0115]]; granddaughter [[NAME|April Szczepańska-Moore]] [[PHONE|304-555-0116]] ([[EMAIL|april.sm@homemail.example.org]])
Preferred hospital: {{facility|Kanawha Valley Medical Center}}
Language: Polish (good English); prefers the Catholic chaplain, Fr. [[NAME|Wojciech]]
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
                " LCSW", " PhD", " NP", ", PT", " OTR/L", " CGC")

def check(records: list[dict]) -> None:
    """Assert offsets, no marks left, invented-only identifier ranges and the minimum counts."""
    check_set(records, id_prefix="K", titles=_TITLES, credentials=_CREDENTIALS, minimum=MINIMUM, zip_may_have_spaces=True)


def main() -> None:
    records = build()
    check(records)
    write_set(records, OUT)


if __name__ == "__main__":
    main()
