"""Fifth development set of synthetic, annotated US clinical notes for de-identification.

Run ``python scripts/phi_dev5_notes.py`` from the repository root to (re)write
``medllm_utils/resources/data/phi_dev5_notes.jsonl``; ``build()`` returns the records and
``check(records)`` verifies them.  Standard library only, no randomness.

Written independently by a separate author, without looking at any detection rules or at the
other note sets, as notes "by many different hands": ED notes after motor-vehicle crashes, EMS
run sheets, social-work, home-health, hospice and case-management notes, nursing-home transfer
forms, phone logs, discharge summaries, consult letters, radiology and pathology reports,
pharmacy notes, insurance appeals, interpreter and chaplain notes, portal messages, I-PASS
handoffs, family meetings, guardianship and court letters, DMV and police forms, death
summaries.  The set stresses the hard cases: bare first names and bare surnames in narrative,
lowercase and ALL-CAPS names, particle and hyphenated surnames, names that are also common
words, names from many cultures, towns and neighbourhoods in prose, streets in odd formats,
dates in many written forms, ages over 89 in many forms, licences, plates and VINs.
Everything is invented: people, streets, towns, numbers.  Phone and fax numbers use the
fictional 555-01xx range, e-mail and web addresses the reserved example.org/.com/.net domains,
IP addresses the documentation ranges (192.0.2.x, 198.51.100.x, 203.0.113.x, 2001:db8::),
SSNs the never-issued 9xx and 000 prefixes.

Mark-up: ``[[TYPE|text]]`` is an identifier (a PHI span), ``{{kind|text}}`` a look-alike that
must not be flagged.  The marks are stripped and the offsets computed here.

Annotation conventions
- NAME: every person (patients, relatives, friends, neighbours, landlords, clinicians, staff,
  officers, interpreters, clerks).
  Titles (Dr., Mrs., Trooper, Chaplain, "SW", "RN" written before a name) and credentials
  (MD, RN, LMSW, PharmD) stay outside the span; a possessive 's stays outside; "Last, First M"
  and "LAST, FIRST" are one span.  Particles and prefixes belong to the surname and stay
  inside ("van der Berg", "De la Cruz", "St. Clair", "O'Connell", "Al-Rashid").  A bare
  surname ("Mr. and Mrs. Abernathy", "the Abernathy family") and a bare first name
  ("Daughter Rosalind called") are marked; lowercase and ALL-CAPS names are marked as written.
  A nickname in quotes inside a full name is one span with the quotes ('Dante "DJ" Rourke');
  a nickname on its own is marked without its quotes.  Initials and surname ("R.T. Okafor") are
  one span; a clinician's initials standing alone as a signature ("-- KL") are NAME.  An alias
  given to an unidentified or protected patient ("TRAUMA, JUNIPER") is a NAME; "Baby Boy"
  before a newborn's surname stays outside the span.
  Names that are also common words (Hope, Faith, Will, Grant, ...) are marked when they name a
  person; the same words used as words are look-alikes (kind "other") in places.  A person's
  name inside an eponym (Parkinson disease, Murphy's sign) is a look-alike (kind "eponym").
- DATE: any date element more specific than a year: full dates, month-year, a month alone,
  "the 3rd" (with "the"), "6/4", "2nd of June", "June second", "20240604", "Jun '24".
  A weekday beside a date and a time of day stay outside; a weekday alone ("on Tuesday"),
  a season ("last summer") and relative dates ("3 days ago") are not PHI.  A modifier joined
  to the month by a hyphen stays inside ("mid-March 2023"); a separate word stays outside
  ("early [June]").  A range is two spans ("6/3" and "6/7" in "6/3-6/7").  A named holiday
  pins a calendar day and is a DATE ("Xmas Eve 2023", "last [Thanksgiving]"): the holiday
  with its year when one is written; "last"/"this" stay outside.
  A year alone is not PHI (marked as look-alike kind "other" in places).
- AGE_OVER_89: the number only, in digits or in words: "92" in "92yo", "93" in "93F" and in
  "(F, 93)", "ninety-one" in "ninety-one-year-old".  A decade ("in her 90s",
  "nonagenarian") is the aggregated category and is not an identifier (look-alike, "age");
  so is a vague "ninety-something".
  Ages up to 89 are look-alikes (kind "age").
- STREET: the street line with its apartment, unit or suite; PO boxes, rural routes, numbered
  roads and highways used to locate a person ("Route 9", "County Rd 14"), an intersection as
  one span ("5th and Maple"), a descriptive address phrase as one span ("Unit 7 of the
  Birchwood trailer park on County Rd 14").  Businesses used as landmarks ("the Shell
  station") are not PHI.
  CITY: towns, cities, counties, townships, neighbourhoods and named localities used to place
  a person ("the [Eastside]", "near [Lake Winnet]"); a leading "the" stays outside.  The place
  in the name of a public body is marked ("[Springdale] PD", "[Dunmore County] EMS"); the name
  of a private organisation that contains a place word ("Springdale Family Services",
  "Fairview Family Medicine", "Harlow Imaging Center") is not PHI (look-alike, "facility").
  ZIP: five digits or ZIP+4 as one span.  State names and abbreviations are not PHI.
- PHONE / FAX: the whole number, with its extension when one is written next to it.  Numbers,
  addresses, e-mails and URLs of clinicians, clinics and agencies are marked like the
  patient's; the names of hospitals, clinics, pharmacies, agencies, churches, employers and
  insurers are not (some are marked as look-alikes, kind "facility").
- EMAIL: the whole address.  URL: the whole address.  IP: IPv4 or IPv6 address.
- MRN: medical record numbers.  ACCOUNT: hospital, billing and guarantor account numbers.
  HEALTH_PLAN: member, subscriber, Medicare (MBI), Medicaid and group numbers.
  LICENSE: driver's licence, CDL, professional licence (RN, paramedic, MD), NPI and DEA
  numbers: the number only, its label ("DL#", "Lic no.", "NPI", "DEA") outside.
  VEHICLE: licence plates (the plate text, the state outside) and VINs.  DEVICE: serial
  numbers and UDIs of a patient's own devices and implants (model names are look-alikes).
  BIOMETRIC: identifiers of fingerprints, palm-vein, voice, face and iris templates.
  OTHER_ID: encounter/FIN/CSN numbers, accession, specimen, claim, case, incident, ticket,
  badge, certificate, docket, study subject ids, usernames, prior-authorisation and
  reference numbers.
- Look-alike kinds: drug, eponym, lab, dose, score, device_model, code, age, facility, other
  (times, rooms and beds, unit call signs, years alone, state names, lot numbers, common
  words that are also names).  Look-alikes are a sample; not every drug or lab value is
  marked.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))   # scripts/phi_markup.py
from phi_markup import KINDS, TYPES, age_value, build_records, check_invented, check_offsets, write_set

OUT = Path(__file__).resolve().parents[1] / "medllm_utils" / "resources" / "data" / "phi_dev5_notes.jsonl"


MINIMUM = {"NAME": 320, "DATE": 160, "CITY": 50, "STREET": 35, "AGE_OVER_89": 30,
           "LICENSE": 25, "VEHICLE": 15}

NOTES = []


def note(nid, genre, body):
    NOTES.append((nid, genre, body.strip("\n")))


note("H001", "ED provider note (motor-vehicle crash)", """
MERIDIAN GENERAL HOSPITAL - EMERGENCY DEPARTMENT PROVIDER NOTE

Patient: [[NAME|HALVORSEN, TRYGVE A]]     MRN: [[MRN|MG-7730418]]     DOB: [[DATE|11/02/1987]]
CSN: [[OTHER_ID|880214471]]     Arrival: [[DATE|06/04/2024]] {{other|02:12}} by ground, [[CITY|Dunmore County]] EMS {{other|Medic 12}}
Attending: [[NAME|Priya Raghunathan]], MD     Resident: [[NAME|D. Osei-Bonsu]], MD

HPI: {{age|36}} y/o M, restrained driver of a pickup ({{other|NY}} plate [[VEHICLE|HGT 4412]]) that left the road on [[STREET|Route 9]] just south of [[CITY|Fairview]] at about {{other|01:30}} and struck a utility pole at an estimated 45 mph. Front airbags deployed. Self-extricated and was ambulatory at scene per Trooper [[NAME|Grant]] of the State Police, who stayed at bedside and gave incident number [[OTHER_ID|SP-24-061187]]. Reports L chest wall pain and L wrist pain. Denies LOC, neck pain, abdominal pain. Admits to "3 or 4 beers" at a friend's place on [[STREET|Mill Road]] in [[CITY|Greenfield]]. Wife [[NAME|Ingrid]] is driving in from home; her cell [[PHONE|(607) 555-0163]].

PMH: HTN on {{drug|lisinopril}} {{dose|10 mg daily}}. No anticoagulant or antiplatelet use.
Social: works the line at the cannery in [[CITY|Port Ellery]]. Lives at [[STREET|Apt 4C, 1182 N. Wexler Blvd]], [[CITY|Harlow]], NY [[ZIP|13790]].

Exam: BP 148/92, HR 104, RR 18, SpO2 97% RA. {{score|GCS 15}}. No seatbelt sign. Tender L ribs 5-7 laterally, no crepitus, breath sounds equal. L wrist: anatomic snuffbox tenderness. Toes downgoing bilaterally ({{eponym|Babinski}} negative).
Labs: {{lab|EtOH 168 mg/dL}}, {{lab|Hgb 14.1 g/dL}}, {{lab|creatinine 0.9 mg/dL}}, {{lab|lactate 1.9 mmol/L}}.
Imaging: CT head and C-spine negative. CXR: nondisplaced L 6th rib fracture, no pneumothorax. L wrist films negative; thumb spica for presumed occult scaphoid fracture, repeat films in 10-14 days.

Course/plan: {{drug|acetaminophen}} {{dose|1 g q8h}} scheduled plus {{drug|ibuprofen}} {{dose|600 mg q6h}} prn with food; incentive spirometry teaching done. Observed until clinically sober. Trooper requested a blood alcohol specimen - drawn with patient's written consent, chain-of-custody form [[OTHER_ID|CC-0097731]]. Patient's license (DL# [[LICENSE|448219307]]) returned to him; trooper retained the registration.
Dispo: home with wife. Hand clinic follow-up ([[PHONE|607-555-0119]]) in 10-14 days. Return precautions reviewed.

Electronically signed: [[NAME|P. Raghunathan]], MD  [[DATE|06/04/2024]] {{other|05:48}}
""")

note("H002", "EMS run sheet", """
{{facility|HARLAN VALLEY AMBULANCE}} - PATIENT CARE REPORT
Incident #: [[OTHER_ID|HVA-2024-004418]]   Unit: {{other|Medic 7}}   Date: Tues [[DATE|6/4]]
Crew: [[NAME|K. Lindqvist]], Paramedic (Lic no. [[LICENSE|P-220871]]); [[NAME|Mateo Ybarra]], EMT-B (Lic no. [[LICENSE|E-311402]])
Dispatched {{other|14:02}}  On scene {{other|14:11}}  Depart {{other|14:38}}  At dest {{other|15:06}}
Location: [[STREET|RR 2 Box 18]], off [[STREET|County Rd 14]], [[CITY|Oak Ridge]] - farmhouse, long gravel drive, blue mailbox.

Pt: [[NAME|OSTROWSKI, WENDELINE]]   Age: [[AGE_OVER_89|93]]   Sex: F   DOB: [[DATE|03-17-1931]]
CC: ground-level fall, R hip pain.
Narrative: Called by granddaughter [[NAME|Summer]] ([[PHONE|555-0172]]) who found pt on the kitchen floor at approx {{other|13:50}}; pt states she slipped getting up to answer the phone, denies head strike, denies LOC. R leg shortened and externally rotated, pedal pulses present, sensation intact. A&Ox4, {{score|GCS 15}}. Skin warm and dry.
Meds per bottles on counter: {{drug|Eliquis}} {{dose|2.5 mg BID}}, {{drug|metoprolol succinate}} {{dose|25 mg daily}}, {{drug|Lasix}} {{dose|20 mg daily}}. Last {{drug|apixaban}} dose this morning.
V/S {{other|14:15}}: BP 162/88, HR 92 irregular, RR 18, SpO2 95% RA, BGL {{lab|112 mg/dL}}, pain {{score|8/10}}.
Tx: IV 20g L AC. {{drug|Fentanyl}} {{dose|25 mcg IV}} at {{other|14:24}}, pain 5/10 on reassess. Padded and pillow-supported in position of comfort; no traction splint (hip).
Transport: non-emergent to {{facility|Meridian General}} per pt preference. Pt asks that her PCP, Dr. [[NAME|Abernathy]], be told. Neighbor Mr. [[NAME|Young]] ([[PHONE|555-0139]]) will feed the dog and lock up.
Granddaughter following in private vehicle.
PCR completed by [[NAME|K.L.]]
""")

note("H003", "social work progress note", """
SOCIAL WORK PROGRESS NOTE - Meridian General, 6 West Trauma
Patient: [[NAME|Delacroix, Marisol]]     MRN [[MRN|MG-7731502]]     Room {{other|612-B}}
Date of service: [[DATE|June 5, 2024]]

Reason for referral: {{age|24}} y/o passenger in a single-vehicle MVC on the [[DATE|2nd of June]], grade II splenic laceration (non-operative) and R femoral shaft fracture s/p IMN. At this morning's trauma huddle (present: Dr [[NAME|Yuen]], RN [[NAME|Castellanos]], SW [[NAME|Pilar]], PT [[NAME|Hope Nakagawa]]) the team asked SW to address insurance, housing and transport.

Assessment: Pt is a single mother of two, [[NAME|Mason]] (6) and [[NAME|Aaliyah]] (3). The children are staying with pt's mother, [[NAME|Lorraine Delacroix]], in her apartment on the [[CITY|Eastside]] near the corner of [[STREET|5th and Maple]]. Pt was renting a room in [[CITY|Springdale]]; the landlord, Mr. [[NAME|Kowalczyk]], has texted that her belongings will be "put out" if [[DATE|June]] rent is not paid by the [[DATE|15th]].
The car (a {{other|2011}} Civic, plate [[VEHICLE|7KJD221]], VIN [[VEHICLE|2HGFA16528H330471]]) belongs to the driver, her boyfriend [[NAME|Dante "DJ" Rourke]], who was taken into custody at the scene; per Officer [[NAME|Bishop]] of the [[CITY|Springdale]] PD the case number is [[OTHER_ID|24-SPD-11873]]. Pt states she does not want contact with him and asked that he not be given information. Privacy flag placed.
Insurance: uninsured since [[DATE|Jan 2024]] when she left her job at the Dollar Mart. Medicaid application started today with financial counselor [[NAME|Thuy Tran]]; application reference [[OTHER_ID|MA-APP-2024-558190]].

Plan:
1. SW to call pt's caseworker [[NAME|Oluwaseun Adeyemi]] at {{facility|Springdale Family Services}}, [[PHONE|(315) 555-0188 x212]], [[EMAIL|o.adeyemi@springdalefs.example.org]], re emergency rental assistance.
2. Bus pass and wheelchair-accessible transport for follow-up; PT expects discharge with walker, TTWB R.
3. DV resources given; pt declined shelter referral at this time.

[[NAME|Pilar Echeverria]], LMSW   pager {{other|4471}}
""")

note("H004", "home-health skilled nursing visit", """
SUNRISE HOME HEALTH - SKILLED NURSING VISIT NOTE
Client: [[NAME|Nakamura, Shizuko]]     DOB [[DATE|04/09/1932]]     Age [[AGE_OVER_89|92]]
Agency client # [[OTHER_ID|SHH-40217]]     Medicare MBI [[HEALTH_PLAN|7XK4-TR2-MN83]]
Address: [[STREET|47 Church St]], [[CITY|Milton]], PA [[ZIP|17852]]
Visit date: [[DATE|20240604]] (EVV log)   Time in {{other|10:05}}   Time out {{other|10:55}}

S: "My back end is sore." Pt lives with son [[NAME|Kenji]], who works nights at the distribution center in [[CITY|Oak Ridge]]. Daughter-in-law [[NAME|Faith]] present today and assisted with turning; she says pt is eating "about half" of meals.
O: T 98.1 F, BP 128/70, HR 76, RR 16, SpO2 96% RA. Wt 44.8 kg (46.2 kg on [[DATE|5/21]]). Sacral pressure injury, stage 3, 2.1 x 1.4 x 0.3 cm, 80% red granulation, 20% yellow slough, moderate serous drainage, no odor, periwound intact. {{score|Braden 13}}.
Meds reviewed with [[NAME|Faith]]: {{drug|Januvia}} {{dose|50 mg daily}} (renally adjusted, eGFR 38), {{drug|donepezil}} {{dose|5 mg at bedtime}}, {{drug|amlodipine}} {{dose|5 mg daily}}. {{lab|A1c 7.1%}} in [[DATE|April]].
Cognition: {{score|MoCA 22/30}} at PCP visit; oriented to person and place today.
A/P: Wound cleansed with NS, calcium alginate packing and foam border dressing applied; change every other day and prn. Pressure-redistribution mattress ordered through DME vendor, order ref [[OTHER_ID|DME-88120-4]]. Dietitian referral for protein supplement. PCP Dr. [[NAME|Mirela Sandu]]'s office ([[PHONE|570-555-0140]], fax [[FAX|570-555-0141]]) notified of weight loss and increased drainage.
Next SN visit Thursday [[DATE|6/6]].

[[NAME|Rosalind Achterberg]], RN, Case Manager
""")


note("H005", "hospice RN visit (very old patient)", """
EVERGREEN HOSPICE - RN VISIT NOTE
Patient: [[NAME|St. Clair, Cornelius J]]     Hospice ID [[OTHER_ID|EVH-2024-0391]]     Benefit period 2
Location: home, [[STREET|16 Lane Street]], [[CITY|Greenfield]]
Visit: [[DATE|June second]], {{other|2:15}}-{{other|3:20}} pm     Hospice physician: Dr. [[NAME|Lucinda Hartwell-Moyo]]

Mr. [[NAME|St. Clair]] is a [[AGE_OVER_89|ninety-one]]-year-old retired schoolteacher with end-stage heart failure (EF 15%) and {{eponym|Parkinson disease}}, on hospice since [[DATE|mid-March 2024]]. He lives with his wife of 64 years, [[NAME|Hope]] ({{age|88}}), and their grandson [[NAME|Hunter]], who moved up from [[CITY|Cedar Falls]] to help.

S: [[NAME|Hope]] reports he sleeps most of the day, intake is "a few spoonfuls of applesauce." Dyspnea worse at night; {{drug|morphine}} oral solution {{dose|2.5 mg}} q2h prn used twice in 24 h with good relief. No pain behaviors.
O: BP {{other|94/58}}, HR 88 irregular, RR 22, SpO2 89% on 2 L NC. 2+ edema to knees, no mottling. {{score|PPS 30%}}. Rigidity unchanged.
Meds: {{drug|furosemide}} {{dose|40 mg daily}} when able to swallow; {{drug|carbidopa-levodopa}} {{dose|25/100 mg TID}} continued for comfort (rigidity).
Psychosocial: [[NAME|Hope]] says "I {{other|hope}} he goes peacefully here at home." Son [[NAME|Frank]] lives over in [[CITY|Dunmore County]] and visits on Sundays; daughter [[NAME|Philippa]] in {{other|Oregon}} calls nightly. Family asked for a chaplain visit - referred to Chaplain [[NAME|Eze]].
DNR/POLST on the refrigerator, signed [[DATE|3/18/24]].
Plan: increase RN visits to 3x/week; continuous-care criteria reviewed with [[NAME|Hope]] and [[NAME|Hunter]]. On-call line [[PHONE|1-800-555-0107]] reviewed again.

[[NAME|Tomasz Wierzbicki]], RN
""")

note("H006", "nursing-home inter-facility transfer form", """
MAPLE GROVE CARE CENTER - INTER-FACILITY TRANSFER FORM
To: {{facility|Meridian General}} Emergency Department

Resident: [[NAME|GUTIERREZ DE LA CRUZ, ESPERANZA]]     Age/Sex: [[AGE_OVER_89|96]]F     DOB: [[DATE|01/30/1928]]
Room {{other|214-A}}     Facility MR# [[MRN|MGC-11902]]
Medicare MBI [[HEALTH_PLAN|2QW7-FN8-RX41]]     Medicaid [[HEALTH_PLAN|WB88412K]]
Date/time of transfer: [[DATE|06-04-24]] {{other|0715}}

Reason for transfer: new fever 101.8 F, lethargy, poor PO intake x24 h; r/o UTI vs pneumonia.
Code status: DNR/DNI - hospital transfer acceptable per MOLST.
Health care proxy: daughter [[NAME|Milagros De la Cruz]] [[PHONE|(518) 555-0124]] (cell); alternate: son-in-law [[NAME|Reinaldo]] [[PHONE|518-555-0125]].
Baseline: oriented to self only ({{eponym|Alzheimer}} dementia, {{score|BIMS 6}}), Spanish-speaking, wheelchair, 1-assist transfers, pureed diet with nectar-thick liquids. No {{eponym|Foley}}.
Allergies: penicillin (rash).
Current meds: {{drug|Xarelto}} {{dose|15 mg daily}} with supper (AF; CrCl 41), {{drug|memantine}} {{dose|10 mg BID}}, {{drug|levothyroxine}} {{dose|50 mcg daily}}, {{drug|acetaminophen}} {{dose|650 mg q6h prn}}. Last Xarelto [[DATE|6/3]] at {{other|17:00}}.
Sending nurse: [[NAME|Adwoa Mensah-Bonsu]], LPN     Unit phone [[PHONE|518-555-0130]]     Unit fax [[FAX|518-555-0131]]
Facility attending: Dr. [[NAME|Rajeev Malhotra]] (NPI [[LICENSE|1588204716]])
Report called to ED charge RN [[NAME|Bo]] at {{other|0740}}.
Belongings sent: glasses, R hearing aid, rosary.
""")

note("H007", "case-management note", """
CASE MANAGEMENT NOTE - 4 North Medicine
Pt: [[NAME|Al-Rashid, Yusuf]]     MRN [[MRN|MG-7728890]]     Acct [[ACCOUNT|40029918841]]
Payer: {{facility|Keystone Senior Advantage}}, member ID [[HEALTH_PLAN|KSA912288047]], group [[HEALTH_PLAN|GRP-44120]]
Date: [[DATE|4 Jun 24]]

Pt is [[AGE_OVER_89|90]], admitted [[DATE|5/30]] with RLL pneumonia, now on room air and completing {{drug|amoxicillin-clavulanate}} {{dose|875/125 mg BID}}. PT recommends SNF (ambulates 40 ft with RW, min assist). Pt and son [[NAME|Tariq]] initially wanted home with services; wife [[NAME|Samira]] ({{age|86}}) is his only caregiver and had a stroke last year. Home is a 2nd-floor walk-up at [[STREET|309 Grant Ave, Apt 2]], [[CITY|Fairview]] - 14 steps, no rail. After discussion today both agree to short-term rehab.
SNF referrals sent via portal to {{facility|Maple Grove Care Center}}, {{facility|Willow Bend Rehab}} and {{facility|St. Brigid's Home}}. Willow Bend accepted; bed available [[DATE|6/6]]. 3-midnight qualifying stay met (admitted [[DATE|5/30]]).
Authorization request submitted, ref [[OTHER_ID|PA-24-0613377]]; payer reviewer [[NAME|Jolene Pruitt]] [[PHONE|888-555-0164 ext. 3]].
Son [[NAME|Tariq]]: cell [[PHONE|(610) 555-0193]], e-mail [[EMAIL|tariq.alrashid@mailbox.example.com]].
Transport: wheelchair van (Ready Ride) booked for [[DATE|6/6]] {{other|10:00}}, confirmation [[OTHER_ID|RR-772014]].

[[NAME|Colette Marchetti-Boyd]], RN, CCM
""")

note("H008", "telephone encounter log", """
CARDIOLOGY CLINIC - TELEPHONE ENCOUNTER LOG
Pt: [[NAME|mccandless, ruth e]]     DOB [[DATE|2/14/1941]]     MRN [[MRN|0048812]]

[[DATE|06/03/2024]] {{other|08:12}} Daughter [[NAME|Rosalind]] called (cb [[PHONE|724-555-0151]]) - mom's ankles more swollen x3 days, wt up 4 lb (152 -> 156). No CP, no syncope. Sleeping on 2 pillows, same as usual. Per HF protocol advised an extra {{drug|Lasix}} {{dose|40 mg}} today and recheck weight in AM. Routed to Dr. [[NAME|Oyelaran]]. -- [[NAME|TM]]
[[DATE|06/03/2024]] {{other|11:40}} Reviewed. Agree. BMP Wednesday. -- [[NAME|AO]]
[[DATE|06/04/2024]] {{other|09:05}} Called pt at home [[PHONE|724-555-0150]], no answer, left VM to call back. -- [[NAME|tm]]
[[DATE|06/04/2024]] {{other|13:30}} Pt returned call. Wt 153 this AM, ankles better. Her neighbor [[NAME|Will]] {{other|will}} drive her for the BMP tomorrow at the lab on [[STREET|Main St]]. -- [[NAME|T. Mulcahy]], RN
[[DATE|06/05/2024]] {{other|16:20}} BMP: {{lab|K 3.6 mmol/L}}, {{lab|Cr 1.1 mg/dL}}, {{lab|Na 138 mmol/L}}. Continue usual {{drug|furosemide}} {{dose|40 mg daily}}. Spoke with [[NAME|ruth]], she verbalized understanding. Refill sent to {{facility|Hilltop Pharmacy}} ([[PHONE|724-555-0177]]). -- [[NAME|tm]]
""")

note("H009", "discharge summary (stroke)", """
ST. AURELIA MEDICAL CENTER - DISCHARGE SUMMARY
Name: [[NAME|O'Connell, Brigid M]]     MRN: [[MRN|SAM-33019247]]     Account: [[ACCOUNT|A00781225310]]
Admit: [[DATE|05/28/2024]]     Discharge: [[DATE|06/04/2024]]     LOS 7 days
Attending: [[NAME|Haruto Kimura]], MD     PCP: [[NAME|Anneliese van der Berg]], NP (fax [[FAX|(802) 555-0112]])

Principal diagnosis: acute ischemic stroke, left MCA territory ({{code|I63.512}}). New atrial fibrillation ({{code|I48.91}}).

Hospital course: {{age|78}}-year-old right-handed woman found by her husband [[NAME|Declan]] at {{other|06:40}} on [[DATE|5/28]] with right arm weakness and expressive aphasia; last known well {{other|23:00}} the night before, outside the thrombolysis window. CTA: distal left M2 occlusion, not a thrombectomy candidate per neurointerventional. {{score|NIHSS 9}} on arrival, {{score|NIHSS 4}} at discharge. Telemetry showed paroxysmal AF; TTE without thrombus, LVEF 55%. Per neurology, {{drug|apixaban}} ({{drug|Eliquis}}) {{dose|5 mg BID}} started on [[DATE|6/2]] (hospital day 6). {{lab|LDL 142 mg/dL}} - {{drug|atorvastatin}} {{dose|80 mg daily}}. Passed bedside swallow on [[DATE|5/30]]; regular diet. Mild residual R hand weakness and word-finding difficulty.

Disposition: acute inpatient rehabilitation, {{facility|Green Mountain Rehab}} in [[CITY|Rutledge Falls]].
Follow-up: Neurology, Dr. [[NAME|Ines Carvalho]], [[DATE|July 9]]; Cardiology (AF) in 4 weeks; PCP within 2 weeks of rehab discharge.
Contacts: husband [[NAME|Declan]], cell [[PHONE|802-555-0186]]. Home: [[STREET|2290 Old Quarry Rd]], [[CITY|Barnet Hollow]], VT [[ZIP|05821]].

cc: [[NAME|A. van der Berg]], NP; Green Mountain Rehab admissions
Dictated by [[NAME|H. Kimura]], MD on [[DATE|6/4/2024]]; transcribed by [[NAME|lmp]]
""")

note("H010", "consult letter (gastroenterology)", """
[[DATE|June 7, 2024]]

[[NAME|Marguerite Lindahl]], MD
{{facility|Lakeshore Family Practice}}
[[STREET|800 Harbor View Dr, Suite 210]]
[[CITY|Port Ellery]], ME [[ZIP|04672]]

Re: [[NAME|Kwabena Asante-Frimpong]]     DOB [[DATE|09/21/1996]]     Our MRN [[MRN|LGI-551803]]

Dear Dr. [[NAME|Lindahl]],

Thank you for referring Mr. [[NAME|Asante-Frimpong]], a {{age|27}}-year-old man with eight months of non-bloody diarrhea, crampy right lower quadrant pain and a 9 kg weight loss. Ileocolonoscopy on [[DATE|5/29]] showed deep linear ulcers of the terminal ileum and patchy right-sided colitis; biopsies (accession [[OTHER_ID|S24-08831]]) show chronic active ileitis with non-caseating granulomas, consistent with {{eponym|Crohn's}} ileocolitis. {{lab|CRP 38 mg/L}}, {{lab|fecal calprotectin 860 mcg/g}}, {{lab|Hgb 10.9 g/dL}}, ferritin 9. QuantiFERON negative; hepatitis B surface antigen and core antibody negative.

Plan: induction with {{drug|Humira}} ({{drug|adalimumab}}) {{dose|160 mg}} SC at week 0, {{dose|80 mg}} at week 2, then {{dose|40 mg}} every other week. Prior authorization submitted to his plan (member ID [[HEALTH_PLAN|ZGH448201937]]). IV iron arranged. Vaccines reviewed. I will see him again in 8 weeks with repeat calprotectin.

He works as a sous-chef in [[CITY|Bayport]] and asked that letters go to his new address, [[STREET|55 Faith Court]], [[CITY|Bayport]], ME [[ZIP|04630]]. His mother, [[NAME|Abena]], accompanied him today.

Please contact me at [[PHONE|207-555-0158]] or [[EMAIL|jfarouk@lakeshoregi.example.org]] with any questions.

Sincerely,
[[NAME|Jamal Farouk]], MD
Gastroenterology
cc: [[NAME|Kwabena Asante-Frimpong]]
""")

note("H011", "radiology report (trauma CT)", """
RADIOLOGY REPORT
Patient: [[NAME|PARK, MIN-JUN]]     MRN: [[MRN|MG-7702291]]     DOB: [[DATE|12/05/1958]]
Accession: [[OTHER_ID|CT24060411872]]     Exam date: [[DATE|06/04/2024]] {{other|03:02}}
Exam: CT chest, abdomen and pelvis with IV contrast, trauma protocol ({{code|71260}}, {{code|74177}})
Ordering: [[NAME|Raghunathan, Priya]], MD

Clinical history: {{age|65}} M, rollover MVC, seat belt sign.
Technique: Axial images after 100 mL {{drug|Omnipaque 350}} ({{other|lot 24B117}}); coronal and sagittal reformats.
Comparison: None.
Findings:
Chest: Acute non-displaced fractures of the left 4th through 6th ribs laterally. Small left pulmonary contusion. No pneumothorax. No mediastinal hematoma.
Abdomen/pelvis: Grade III left renal laceration extending into the medulla without collecting-system injury or active extravasation. Small perinephric hematoma and small volume hemoperitoneum in the pelvis. Liver, spleen, pancreas intact. No free air. Pelvis and lumbar spine intact.
Impression:
1. Grade III left renal laceration, no active extravasation.
2. Left rib fractures 4-6 with small pulmonary contusion.
Critical result discussed with Dr. [[NAME|Raghunathan]] by phone at {{other|03:21}} on [[DATE|6/4/24]], read-back confirmed.

Interpreted by: [[NAME|Eleanor Fitzgibbon-Reyes]], MD     Reading station [[IP|198.51.100.47]]
""")

note("H012", "surgical pathology report", """
SURGICAL PATHOLOGY REPORT
Patient: [[NAME|Bishop, Lorna K]]     MRN [[MRN|SAM-33020876]]     DOB [[DATE|08/17/1949]]
Accession: [[OTHER_ID|SP-24-014472]]     Collected [[DATE|05/31/2024]]     Received [[DATE|06/01/2024]]     Reported [[DATE|06/04/2024]]
Submitting physician: [[NAME|Augustin Ngata]], MD (Surgery)     Copy to: [[NAME|Temperance Hale]], DO

Specimen: A. Right axillary lymph node, excisional biopsy.
Clinical history: {{age|74}} F with right axillary adenopathy, night sweats and weight loss.
Gross: Received in formalin labelled with the patient's name and "R axillary LN" is a tan-pink lymph node, 2.8 x 2.1 x 1.5 cm, serially sectioned and entirely submitted in A1-A4.
Microscopic: Nodal architecture effaced by broad collagen bands surrounding nodules with scattered large lacunar and {{eponym|Reed-Sternberg}} cells in a background of small lymphocytes, eosinophils and histiocytes.
Immunohistochemistry: large cells CD30+, CD15+, PAX5 weakly +, CD45-, CD20-.
Diagnosis: Classic {{eponym|Hodgkin}} lymphoma, nodular sclerosis type.
Comment: Discussed with Dr. [[NAME|Ngata]] on [[DATE|6/4]] at {{other|11:15}}. Block A3 sent to Dr. [[NAME|Siobhan Ni Bhriain]] (hematopathology) for concurrence.

Pathologist: [[NAME|Wendell Okafor]], MD (electronically signed)
""")

note("H013", "pharmacy note (controlled-substance verification)", """
HILLTOP PHARMACY #112 - PHARMACIST NOTE: CONTROLLED SUBSTANCE VERIFICATION
Date: [[DATE|Jun 4, 2024]]     Pharmacist: [[NAME|Nkechi Obi-Lawson]], PharmD (RPh lic. [[LICENSE|RPH-029184]])
Store: [[STREET|2 Mason St]], [[CITY|Harlow]]     Store phone [[PHONE|607-555-0175]]

Patient: [[NAME|Castellanos-Ruiz, Ignacio]]     DOB [[DATE|10/10/1962]]     Rx # [[OTHER_ID|RX-7720418]]
Rx: {{drug|oxycodone}} IR {{dose|5 mg}} tablet, 1 tab q6h prn severe pain, #12, no refills; written [[DATE|6/3/24]].
Prescriber: [[NAME|Benedikt Ostergaard]], DDS (oral surgery), DEA [[LICENSE|BO4417829]], NPI [[LICENSE|1730598844]]

PDMP reviewed: one prior controlled fill in [[DATE|March 2024]] ({{drug|tramadol}} {{dose|50 mg}} #10 from Dr. [[NAME|Hargreave]]); no overlapping fills, no other prescribers.
Verification: called prescriber's office [[PHONE|(412) 555-0126]]; [[NAME|Danuta]] at the front desk confirmed the prescription and three molar extractions on [[DATE|6/3]].
Pick-up: by wife, [[NAME|Rocio Castellanos]]; ID checked, PA DL [[LICENSE|31 447 902]].
Counseling: constipation prevention, no alcohol or sedatives, safe storage and disposal; {{drug|naloxone}} nasal spray {{dose|4 mg}} offered and dispensed at no copay. Patient also takes {{drug|ibuprofen}} {{dose|600 mg}} per the surgeon; no interacting CNS depressants on profile.

[[NAME|N. Obi-Lawson]], RPh
""")

note("H014", "insurance appeal letter", """
[[DATE|May 30, 2024]]

Appeals Department
{{facility|Summit Health Plan}}
[[STREET|PO Box 442]]
[[CITY|Lancaster Mills]], PA [[ZIP|17604-0442]]

RE: Level 1 appeal of pharmacy coverage denial
Member: [[NAME|Faith Okoro-Bennett]]     DOB [[DATE|02/11/1979]]
Member ID [[HEALTH_PLAN|SHP-0044718205]]     Group [[HEALTH_PLAN|77120]]
Denial reference [[OTHER_ID|DN-2024-3318902]], dated [[DATE|May 14, 2024]]
Medication: {{drug|Ozempic}} ({{drug|semaglutide}}) {{dose|0.5 mg}} subcutaneously once weekly

To Whom It May Concern:

I am writing on behalf of my patient, Ms. [[NAME|Okoro-Bennett]], to appeal the denial of {{drug|Ozempic}}. She is a {{age|45}}-year-old woman with type 2 diabetes with hyperglycemia ({{code|E11.65}}) and established atherosclerotic cardiovascular disease (NSTEMI with drug-eluting stent in [[DATE|Aug 2022]]). Her {{lab|A1c was 9.4%}} on [[DATE|4/2/24]] despite {{drug|metformin}} {{dose|1000 mg twice daily}} for three years and {{drug|Jardiance}} {{dose|25 mg daily}} since [[DATE|Oct 2023]]. BMI 38.

The denial states that step therapy with {{drug|Trulicity}} is required. She already took {{drug|Trulicity}} {{dose|1.5 mg}} weekly from [[DATE|Jan 2023]] through [[DATE|June 2023]] and stopped because of persistent vomiting despite dose reduction; pharmacy fill records are attached. A GLP-1 receptor agonist with proven cardiovascular benefit is the guideline-recommended next step for her.

I have uploaded the chart notes through your provider portal ([[URL|https://providers.summithp.example.com/appeals]]); upload confirmation [[OTHER_ID|UPL-98817264]]. Please contact me at [[PHONE|717-555-0143]] or by fax at [[FAX|717-555-0144]].

Sincerely,

[[NAME|Gwendolyn Achebe]], MD     NPI [[LICENSE|1497730528]]
Internal Medicine, {{facility|Lancaster Mills Primary Care}}
""")

note("H015", "interpreter services note", """
INTERPRETER SERVICES - ENCOUNTER NOTE
Date: [[DATE|06/04/2024]]     Start {{other|09:30}}     End {{other|10:25}}     Modality: in person
Interpreter: [[NAME|Abdirahman Warsame]], CHI-Somali (certificate [[OTHER_ID|CHI-0038821]]), staff badge [[OTHER_ID|IS-4420]]
Patient: [[NAME|Hodan Abdullahi Farah]]     MRN [[MRN|MG-7734009]]     Preferred language: Somali
Provider: Dr. [[NAME|Lane]] (OB/GYN) with RN [[NAME|Summer Takahashi]]     Location: L&D room {{other|LD-6}}

Encounter: informed-consent discussion for scheduled repeat cesarean delivery. Patient's husband, [[NAME|Mohamed]], was present; the patient asked that he not interpret for her, and a qualified interpreter was used for the whole discussion. Patient's sister, [[NAME|Ifrah]], joined by speakerphone ([[PHONE|612-555-0171]]) at the patient's request.
Teach-back completed for risks, benefits and alternatives including trial of labor. Patient asked about tubal sterilization; Dr. [[NAME|Lane]] explained the Medicaid consent form must be signed at least 30 days before the procedure; patient declined for now.
Cultural note: patient prefers female clinicians when possible; Dr. [[NAME|Lane]] and the charge nurse are female. Family lives in the [[CITY|Riverside Flats]] neighborhood and attends the mosque on [[STREET|Cedar Avenue]].
Follow-up: video interpretation booked for post-op day 1, [[DATE|6/6]], {{other|08:00}}. Family line for scheduling: [[PHONE|612-555-0100]].

-- [[NAME|A. Warsame]]
""")

note("H016", "chaplain note", """
SPIRITUAL CARE NOTE
Patient: [[NAME|Thibodeaux, Marie-Claire]]     Room {{other|ICU 8}}     Date of visit: Sat [[DATE|6/1]]
Chaplain: [[NAME|Obinna Eze]], MDiv, BCC     Referral: RN [[NAME|Parveen]], family request

Mrs. [[NAME|Thibodeaux]] is a [[AGE_OVER_89|94]] year-old Catholic woman admitted with septic shock, now on comfort-focused care. She grew up near [[CITY|Lake Winnet]] and was a lifelong member of {{facility|St. Anne's Catholic Church}}. She is non-verbal today but squeezed her daughter's hand during prayer.
Present: daughter [[NAME|Josette]], son [[NAME|Rene]], granddaughter [[NAME|Rose]] (drove in from [[CITY|Milton]] overnight). [[NAME|Rose]] brought a {{other|rose}} from her grandmother's garden.
[[NAME|Josette]] shared that her father, [[NAME|Alcide]], died on [[DATE|Xmas Eve 2019]], and that the whole family last gathered around Mrs. [[NAME|Thibodeaux]] at [[DATE|Thanksgiving]]. {{other|Faith}} "has carried this family," [[NAME|Rene]] said.
Interventions: prayer, life review, support of anticipatory grief. Family requested the Anointing of the Sick; Father [[NAME|Broussard]] was called at [[PHONE|337-555-0114]] and arrived at {{other|15:30}}.
Plan: chaplain will follow daily; family given the on-call chaplain pager {{other|7721}}.

-- [[NAME|O. Eze]], BCC
""")

note("H017", "patient-portal message thread", """
PATIENT PORTAL - MESSAGE THREAD
Account: proxy [[NAME|Hunter Vasquez-Lowe]] for patient [[NAME|Vasquez, Graciela]]     Portal username [[OTHER_ID|hvlowe88]]

From: [[NAME|Hunter Vasquez-Lowe]] (proxy)     Sent [[DATE|6/2/2024]] {{other|9:47 PM}}
Subject: mom's meds after hospital
Hi Dr [[NAME|Novak]], this is [[NAME|Hunter]], [[NAME|Graciela]]'s son. Mom got home from {{facility|Mercy}} in [[CITY|Harlow]] on Friday and she's [[AGE_OVER_89|92]] and pretty confused about which pills are new. They stopped her {{drug|Jardiance}} and started {{drug|Eliquis}} 2.5 twice a day?? She's still on the {{drug|Lasix}} too. Can you call me at [[PHONE|555-0145]] after 5? or text is fine. thanks, [[NAME|Hunter]]

From: [[NAME|Ana Novak]], DO     Sent [[DATE|6/3/2024]] {{other|8:10 AM}}
Hi [[NAME|Hunter]] - I reviewed the discharge summary from Mercy. {{drug|Jardiance}} was stopped because she was dehydrated with a kidney injury. {{drug|Eliquis}} {{dose|2.5 mg twice daily}} is the right dose for her age and kidney function (new atrial fibrillation). Keep the {{drug|furosemide}} at {{dose|20 mg}} each morning. Our nurse [[NAME|Grace]] will call you today to set up a visit this week and a home blood draw. - Dr. [[NAME|Novak]]

From: [[NAME|Grace Oyelowo]], RN     Sent [[DATE|6/3/2024]] {{other|11:52 AM}}
Spoke with [[NAME|Hunter]]. Visit booked [[DATE|6/6]] {{other|10:40}}; home lab draw [[DATE|6/5]] at [[STREET|88 Rose Hill Rd]].

Audit: message read [[DATE|06/03/2024]] {{other|12:02}} from IP [[IP|203.0.113.58]]; proxy access granted [[DATE|04/22/2024]], proxy form [[OTHER_ID|PRX-220918]].
""")

note("H018", "I-PASS handoff (night float)", """
NIGHT FLOAT HANDOFF (I-PASS) - Medicine Team B - [[DATE|6/4]] {{other|19:00}}
Giving: Dr [[NAME|Kowalski]] (PGY-2)     Receiving: Dr [[NAME|Mbatha]] (PGY-1)

1) Bed {{other|4N-12}} - [[NAME|GREENE, ALBERTA]], [[AGE_OVER_89|93]]F - WATCHER
 I: watcher. P: ADHF, diuresing on {{drug|furosemide}} {{dose|40 mg IV BID}}, goal net -1 L. A: BMP at 22:00, replete K if < 3.8. S: son [[NAME|Desmond]] wants a call with any change, [[PHONE|555-0161]]. DNR/DNI.
2) Bed {{other|4N-14}} - [[NAME|Faisal Qureshi]], {{age|58}}M - STABLE
 DKA resolved, on {{drug|insulin glargine}} {{dose|20 units}} qHS + lispro sliding scale. A: none. C: BG > 300 twice -> page.
3) Bed {{other|4N-17}} - [[NAME|O'Shaughnessy, Padraig]] ([[AGE_OVER_89|97]] y/o M) - WATCHER
 Hyperactive delirium, POD 2 R hip hemiarthroplasty. Non-drug measures first, sitter in place, no benzodiazepines; {{drug|haloperidol}} {{dose|0.5 mg IV}} x1 only if danger to self. Daughter [[NAME|Niamh]] staying overnight.
4) Bed {{other|4N-20}} - [[NAME|Ngozi Eze-Williams]], {{age|41}}F - WATCHER
 Upper GI bleed, EGD today: clean-based duodenal ulcer. {{drug|pantoprazole}} {{dose|40 mg IV BID}}. {{lab|Hgb 7.4 g/dL}} at 16:00. C: transfuse 1 unit if Hgb < 7 or melena with HR > 110.
5) Bed {{other|4N-22}} - [[NAME|Tuilagi, Sione]], {{age|72}}M - STABLE
 LLE cellulitis, {{drug|cefazolin}} {{dose|2 g IV q8h}}. Wife [[NAME|Mele]] asked for an update after 8 pm - call [[PHONE|(808) 555-0146]].
6) Bed {{other|4N-25}} - [[NAME|hollis, june]], "{{age|ninety-something}}" per family, chart age [[AGE_OVER_89|92]], DOB [[DATE|6/19/1931]] - STABLE
 UTI, on {{drug|ceftriaxone}} {{dose|1 g daily}}. Baseline {{score|MoCA 18/30}}.
Synthesis by receiver: read back, questions answered. -- [[NAME|JM]]
""")

note("H019", "family-meeting note (ICU)", """
FAMILY MEETING NOTE - MEDICAL ICU
Date/time: [[DATE|06/04/2024]] {{other|14:00}}-{{other|15:10}}     Location: MICU family room
Patient: [[NAME|Abernathy, Harold G]], aged [[AGE_OVER_89|97]]     MRN [[MRN|MG-6619052]]

Present: Dr [[NAME|Yuen]] (MICU attending), RN [[NAME|Castellanos]], SW [[NAME|Pilar]], Chaplain [[NAME|Eze]]; patient's son [[NAME|Gerald Abernathy]] and his wife [[NAME|Coretta]]; patient's daughter [[NAME|Maxine Abernathy-Holt]] by phone from [[CITY|Alder Springs]], CA; grandson [[NAME|Mason]].

Background: Mr. [[NAME|Abernathy]] was admitted [[DATE|6/1]] with septic shock from perforated sigmoid diverticulitis. Surgery judged prohibitive risk; managed with antibiotics and percutaneous drainage. Now intubated, on norepinephrine {{dose|0.18 mcg/kg/min}}, anuric AKI ({{lab|creatinine 4.2 mg/dL}}), {{score|SOFA 12}}.
Discussion: Team explained that he is not improving and that dialysis would not change the outcome. Mr. and Mrs. [[NAME|Abernathy]] said he "would never want to live on machines" and brought his advance directive (signed [[DATE|Nov 12, 2015]]) naming [[NAME|Gerald]] as health care agent. [[NAME|Maxine]] at first wanted full treatment "until I can get there"; after discussion she agreed, provided he is kept comfortable until she arrives - her flight lands [[DATE|6/7]].
Decisions: DNR; no CPR, no dialysis, no escalation of pressors. Transition to comfort measures when [[NAME|Maxine]] arrives or sooner if he worsens. The [[NAME|Abernathy]] family asked that his old spaniel be allowed to visit - approved per pet-visit policy.
Time: 70 minutes, more than half counseling and coordination.

[[NAME|Wai-Lin Yuen]], MD
""")

note("H020", "guardianship letter to court", """
[[DATE|June 3, 2024]]

The Honorable [[NAME|Cordelia Whitcombe]]
Surrogate's Court, [[CITY|Dunmore County]]
[[STREET|100 Courthouse Square]]
[[CITY|Harlow]], NY [[ZIP|13790]]

Re: In the Matter of the Guardianship of [[NAME|Eugenia P. Lockhart]]
Index No. [[OTHER_ID|DU-2024-GD-0117]]
DOB [[DATE|07/04/1929]] (age [[AGE_OVER_89|94]])     SSN [[SSN|923-41-7786]]

Dear Judge [[NAME|Whitcombe]]:

I am the attending geriatrician for Mrs. [[NAME|Lockhart]], who has resided at {{facility|Maple Grove Care Center}} since [[DATE|January 2023]]. I examined her on [[DATE|May 28, 2024]] and again on [[DATE|May 31, 2024]]. She has moderate-to-severe {{eponym|Alzheimer}} dementia ({{score|MoCA 9/30}}); she could not state her age, the year, or the nature of her assets, and could not describe the risks of her current medical decisions. In my opinion she lacks capacity to manage her personal needs and property, and this is not expected to improve.

Her niece, [[NAME|Rebecca Lockhart-Dunn]], of [[STREET|14 Bishop's Lane]], [[CITY|Greenfield]], has visited weekly and is the proposed guardian. The only other relative I am aware of is a nephew, [[NAME|Grant]], whose last known address was in [[CITY|Port Ellery]]. I support the {{other|grant}} of a full guardianship.

Sincerely,

[[NAME|Samuel K. Oduya]], MD, Geriatric Medicine
NY Lic. [[LICENSE|287741]]     Tel [[PHONE|(315) 555-0127]]
""")

note("H021", "death summary", """
DEATH SUMMARY
Patient: [[NAME|Wojciechowski, Stanislawa]]     MRN [[MRN|SAM-32887104]]     Age: [[AGE_OVER_89|101]]
DOB: [[DATE|March 8, 1923]]     Admitted: [[DATE|05/30/2024]]     Death: [[DATE|06/02/2024]] {{other|04:17}}
Pronounced by: [[NAME|Okwuosa, Chidi]], MD (PGY-1)     Attending: [[NAME|Helga Brandvold]], MD

Cause of death as certified: (a) aspiration pneumonia, due to (b) oropharyngeal dysphagia, due to (c) advanced dementia.
Course: Admitted from home in the [[CITY|Polish Hill]] neighborhood, where she lived with her granddaughter [[NAME|Agnieszka]], with fever and hypoxemia. Treated with {{drug|ampicillin-sulbactam}} {{dose|3 g IV q6h}}. After discussion with [[NAME|Agnieszka]] (health care agent) on [[DATE|5/31]], transitioned to comfort care; {{drug|morphine}} and {{drug|glycopyrrolate}} for comfort. Died peacefully with family present.
Notifications: [[NAME|Agnieszka]] at bedside; her mother notified by phone at {{other|04:30}} ([[PHONE|412-555-0197]]). PCP Dr. [[NAME|Kasprzak]] notified by fax ([[FAX|412-555-0198]]). Organ procurement organization called at {{other|04:35}}, referral [[OTHER_ID|CORE-24-118273]]; tissue donation declined by family. Not a medical examiner case.
Funeral home: {{facility|Zielinski and Sons Funeral Home}}.

[[NAME|C. Okwuosa]], MD / [[NAME|H. Brandvold]], MD
""")

note("H022", "ED trauma note (motorcycle crash)", """
EMERGENCY DEPARTMENT - TRAUMA ACTIVATION NOTE (Level II)
Pt: [[NAME|Mayweather-Grant, Tre'Von]]     {{age|29}}M     MRN [[MRN|MG-7734522]]     Arrival [[DATE|06/03/24]] {{other|22:47}}

HPI: Helmeted motorcyclist vs SUV at the corner of [[STREET|Church St and Route 30]], est. 35 mph, thrown approx. 15 ft. Per EMS ({{other|Medic 4}}, paramedic [[NAME|Sokolov]]) brief LOC was denied, GCS 15 throughout. The SUV (tag [[VEHICLE|ABC-1234]]) driver, [[NAME|Beatrix Holloway]], was evaluated at the scene and refused transport. Pt's motorcycle: plate [[VEHICLE|M4K9R]], VIN [[VEHICLE|JH2RC5370LK204418]] (per police tow slip).
Primary survey intact. Secondary: open R tib/fib fracture with 3 cm wound ({{eponym|Gustilo}} II), R midshaft clavicle fracture, abrasions R flank and forearm.
Labs: {{lab|Hgb 13.2 g/dL}}, {{lab|lactate 2.4 mmol/L}}, {{lab|EtOH < 10 mg/dL}}. FAST negative. CT head/C-spine negative.
Tx: {{drug|cefazolin}} {{dose|2 g IV}} at {{other|23:05}}, Tdap, {{drug|fentanyl}} {{dose|50 mcg IV}} x2, splinted.
Ortho (Dr. [[NAME|Kristoffersen]]): to OR tonight for I&D and external fixation.
Social: girlfriend [[NAME|Shania]] at bedside. Mother [[NAME|Loretta Mayweather]] called, [[PHONE|(304) 555-0182]]. Driver's license (motorcycle endorsement) photocopied to chart at registration: license [[LICENSE|S530-4417-2291]].

[[NAME|R. Adebayo-Kline]], DO
""")

note("H023", "HIM law-enforcement release log", """
HEALTH INFORMATION MANAGEMENT - LAW ENFORCEMENT REQUEST / RELEASE LOG
Date of request: [[DATE|06/05/2024]]
Requesting agency: State Police Troop C, [[CITY|Harlow]] barracks
Officer: Tpr. [[NAME|Lucia Benavides]], badge [[OTHER_ID|4471-C]], tel [[PHONE|607-555-0190]]

Patient: [[NAME|HALVORSEN, TRYGVE]]     MRN [[MRN|MG-7730418]]     DOB [[DATE|11/02/1987]]
Incident: single-vehicle MVC [[DATE|06/04/2024]] on [[STREET|Route 9]] near mile marker 41, Town of [[CITY|Fairview]]
Vehicle: {{other|2016}} Ford F-150, {{other|NY}} registration [[VEHICLE|HGT 4412]], VIN [[VEHICLE|1FTEW1EG5GFA27719]]
Request: copy of blood alcohol result drawn [[DATE|6/4/24]] {{other|03:10}}.
Legal basis: subpoena duces tecum [[OTHER_ID|SDT-2024-00381]] plus patient's signed authorization dated [[DATE|06/04/2024]].
Released: laboratory report only (2 pages), by fax to [[FAX|(607) 555-0189]] on [[DATE|06/05/2024]].
Approved by [[NAME|Dolores Fairweather]], RHIA, HIM supervisor.     Logged by [[NAME|jrk]]
""")

note("H024", "critical-care transport record", """
CRITICAL CARE TRANSPORT - TRIP RECORD
Trip # [[OTHER_ID|CCT-24-2291]]     Date [[DATE|6/1/24]]     Unit {{other|CCT-2}}
Sending: {{facility|Mercy Hospital}}, [[CITY|Harlow]] (ED)     Receiving: {{facility|St. Aurelia Medical Center}} Neuro ICU, accepting Dr. [[NAME|Ines Carvalho]]
Crew: [[NAME|Ji-woo Han]], RN, CFRN (Lic no. [[LICENSE|RN-4418207]]); [[NAME|Marcus Lee-Trent]], FP-C (paramedic lic. [[LICENSE|118804]])

Patient: [[NAME|FRANK, WILLIAM "BILL" T]]     [[AGE_OVER_89|92]]yo M     Wt 68 kg
Face-sheet address: [[STREET|Unit 7 of the Birchwood trailer park on County Rd 14]], [[CITY|Harlow]]
Dx: L thalamic intracerebral hemorrhage, 14 mL, on {{drug|apixaban}} (last dose {{other|08:00}}). At sending facility: {{drug|Kcentra}} {{dose|50 units/kg}} given at {{other|13:42}}; {{drug|nicardipine}} infusion {{dose|5 mg/h}}.
Assessment at bedside {{other|14:20}}: {{score|GCS 13}} (E3 V4 M6), R hemiparesis 3/5, pupils 3 mm reactive. BP 152/80, HR 78 AF, SpO2 96% 2 L.
En route: SBP maintained 130-150 (goal < 160), nicardipine titrated to {{dose|7.5 mg/h}}; neuro checks q15 min unchanged. No airway intervention needed.
Family: wife [[NAME|Dorothea]] following by car with their neighbor's son, [[NAME|Tito Ruiz]]; contact [[PHONE|555-0158]].
Handoff to Neuro ICU RN [[NAME|Castellanos]] at {{other|15:31}}.
""")

note("H025", "night nursing note (informal, lowercase)", """
nsg note [[DATE|6/4]] 0300
pt ([[NAME|delgado, ramon]]) resting in bed, a&ox3, c/o incr pain L hip 6/10 - gave {{drug|oxycodone}} {{dose|5mg}} po per mar @ 0310, 4/10 on recheck. wife [[NAME|consuelo]] called x2 overnight from home in [[CITY|springdale]] (# on facesheet [[PHONE|555-0131]]), updated w/ pt's ok. pt asking for dtr [[NAME|marisela]] to bring his cpap from home - she'll bring it in am.
{{eponym|foley}} d/c'd yest, voided 300cc @ 0100. bs 182 @ 2100 -> {{dose|4u}} lispro per ss. c/w {{drug|lovenox}} {{dose|40mg}} daily. c/w PT per [[NAME|jenna]] - amb 30ft w/ RW on eve shift.
per dr [[NAME|okafor]] ok to restart home {{drug|metoprolol}}. spoke w/ [[NAME|tobias]] from transport re: 0800 xray. d/w [[NAME|sarah k]] (charge) re bed alarm - on.
cc: [[NAME|r. mcallister]] (day rn)
-[[NAME|l. thornbury]] rn
""")

note("H026", "registration face sheet (ALL CAPS legacy)", """
REGISTRATION FACE SHEET
PATIENT NAME: [[NAME|VAN DER BERG, JOHANNES P]]     SEX: M     DOB: [[DATE|19330212]]     AGE: [[AGE_OVER_89|91]]
ADDRESS: [[STREET|RR 4 BOX 221A]]     CITY: [[CITY|WEST MILTON]]     ST: OH     ZIP: [[ZIP|45383]]
HOME PH: [[PHONE|937-555-0116]]     CELL: NONE     SSN: [[SSN|000-44-9182]]
MARITAL: W     RELIGION: REFORMED     LANGUAGE: ENGLISH/DUTCH     EMPLOYER: RETIRED (FARMER)
GUARANTOR: SELF     GUARANTOR ACCT: [[ACCOUNT|G-00918842]]
PRIMARY INS: MEDICARE A/B     MBI: [[HEALTH_PLAN|5MN2-JK4-TW19]]
SECONDARY: {{facility|BUCKEYE MUTUAL MEDIGAP}}     POLICY #: [[HEALTH_PLAN|BMM-4419920-01]]
EMERGENCY CONTACT 1: [[NAME|VAN DER BERG, WILLEMIJN]] (DAU)     [[PHONE|937-555-0117]]
EMERGENCY CONTACT 2: [[NAME|HUNTER, MASON]] (NEPHEW)     [[PHONE|937-555-0118]]
PCP: DR [[NAME|SUMMER YOUNG]]
ADMIT: [[DATE|06/04/2024]] {{other|11:02}}     TYPE: OBS     UNIT: {{other|TELE 3}}     BED: {{other|3-09}}
VISIT #: [[OTHER_ID|V000887120]]     MRN: [[MRN|000662018]]
ADVANCE DIRECTIVE: YES - ON FILE [[DATE|08/2019]]     ALLERGIES: {{drug|CODEINE}}
REG CLERK: [[NAME|J. GARZA]]     USER ID: [[OTHER_ID|jgarza2]]
COMMENTS: PT HARD OF HEARING. DAU [[NAME|WILLEMIJN]] LIVES NEXT DOOR ON [[STREET|STATE ROUTE 571]]. CALL HER FIRST.
""")

note("H027", "geriatrics clinic note", """
GERIATRICS CLINIC - FOLLOW-UP VISIT
Patient: [[NAME|Uwimana, Immaculee]]     MRN [[MRN|OR-1180447]]     Visit [[DATE|06/04/2024]]

Mrs. [[NAME|Uwimana]] is a [[AGE_OVER_89|102]]-year-old woman seen with her grandson [[NAME|Jean-Paul]], who interprets (Kinyarwanda/French), and her great-granddaughter [[NAME|Amani]] ({{age|17}}).
Interval history: two falls since her last visit on [[DATE|March 12]], both when getting up at night to void; no injuries. Lightheaded on standing.
Meds: {{drug|amlodipine}} {{dose|5 mg daily}}, {{drug|hydrochlorothiazide}} {{dose|12.5 mg daily}}, vitamin D, {{drug|acetaminophen}} prn.
Exam: BP 138/72 seated, 112/64 standing at 3 min. {{score|Mini-Cog 3/5}}. Timed Up and Go {{score|24 s}}.
Social: lives with her daughter [[NAME|Beatrice Mukamana]] ({{age|74}}), her main caregiver, in a one-story house at [[STREET|4410 Summer Lane]], [[CITY|Oak Ridge]]. Came to the US in {{other|1996}}.
A/P: Orthostatic hypotension with falls - stop hydrochlorothiazide, continue amlodipine; recheck orthostatic vitals in 4 weeks. Bedside commode at night. Home safety evaluation: referral to [[NAME|Frank Delacourt]], PT, at {{facility|Home Strides PT}} (fax [[FAX|865-555-0129]]). AVS to be e-mailed to daughter at [[EMAIL|bmukamana@homemail.example.net]].
RTC 4 weeks.

[[NAME|Yolanda Pierce-Whitley]], MD
""")

note("H028", "home-health physical therapy visit", """
HOME HEALTH - PHYSICAL THERAPY VISIT NOTE
Patient: [[NAME|Sorensen, Leif]], aged [[AGE_OVER_89|95]]     Agency # [[OTHER_ID|TVH-118230]]     Visit [[DATE|06/04/24]]
Address: [[STREET|W4127 Hollow Rd]], [[CITY|Tillman Township]]
Directions (from intake): lives off [[STREET|Route 9]] past the Shell station, second gravel drive on the left after the grain elevator. Dog is friendly.

S: "Legs feel like rubber." Nephew [[NAME|Erik]] stops in mornings; neighbor Mrs. [[NAME|Bergquist]] brings supper.
O: Transfers sit-to-stand with RW, CGA, 3 attempts. Gait 60 ft with RW, shuffling, 2 losses of balance with min assist. {{score|Berg Balance Scale 38/56}}. {{eponym|Romberg}} positive.
Personal emergency response pendant in use, unit serial [[DEVICE|LL7Q-220918]]; tested today, working.
A: High fall risk; deconditioning after hospitalization for CHF in [[DATE|May]].
P: Continue PT 2x/wk x4 wk: transfer training, LE strengthening, balance. Recommend grab bars and raised toilet seat; [[NAME|Erik]] to install this weekend. Supervising physician Dr. [[NAME|Ahmadi]] updated by phone [[PHONE|715-555-0153]].

[[NAME|Hallie Mortensen]], PT, DPT     Lic [[LICENSE|PT-0224157]]
""")

note("H029", "hospice face-to-face recertification", """
HOSPICE FACE-TO-FACE ENCOUNTER - RECERTIFICATION
Patient: [[NAME|Chow, Mae-Lin]] (F, [[AGE_OVER_89|98]])     Hospice MR [[MRN|EVH-MR-22817]]
Benefit period 3 begins [[DATE|06/10/2024]]     F2F encounter [[DATE|06/05/2024]]
Hospice physician: [[NAME|Lucinda Hartwell-Moyo]], MD     NPI [[LICENSE|1679412035]]

Terminal diagnosis: Alzheimer-type dementia ({{code|G30.1}}) with failure to thrive.
Clinical findings: {{score|FAST 7c}} - non-ambulatory, no meaningful speech. Weight 37.2 kg, down from 40.1 kg on [[DATE|3/7]]; mid-arm circumference 18 cm (21 cm in [[DATE|January]]). Bed-bound since [[DATE|February]]. Two aspiration events this period. New stage 2 sacral pressure injury.
Social: lives in the [[CITY|Kingsgate]] neighborhood with daughter [[NAME|Lai-Ching]] ({{age|in her 70s}}) and grandson [[NAME|Kevin Chow]]; Ms. [[NAME|Chow]]'s younger sister, also {{age|in her 90s}}, lives with them.
Attestation: I confirm that I had a face-to-face encounter with this patient on [[DATE|June 5, 2024]] and that the clinical findings support a life expectancy of six months or less.

[[NAME|L. Hartwell-Moyo]], MD
""")

note("H030", "social work ED consult (intimate-partner violence)", """
SOCIAL WORK - ED CONSULT (CONFIDENTIAL)
Pt: [[NAME|Raman-Cho, Anjali]]     {{age|33}}F     MRN [[MRN|MG-7734611]]     Date [[DATE|6/4/2024]]
Referred by: Dr [[NAME|Adebayo-Kline]] after pt disclosed that her partner, [[NAME|Colt Benning]], strangled her last night.

Assessment: Pt alert, tearful, oriented. Injuries documented by forensic nurse [[NAME|Ruth Ellery]], SANE (photo log [[OTHER_ID|FN-24-0331]]); CTA neck negative. Pt has an active protective order, case [[OTHER_ID|PO-24-00912]], which he has violated before. She fears he will come to the ED: he drives a black pickup, plate [[VEHICLE|7FRP092]]. Security notified and given the plate; pt registered under the alias [[NAME|Anna Cross]] per policy.
Pt will stay with a friend, [[NAME|Marisa]], in [[CITY|Northgate]] tonight; she does not want her home address ([[STREET|2217 Bayview Terrace, #3]], [[CITY|Santa Lucia]]) shared with anyone calling. Her new cell number is [[PHONE|(831) 555-0166]] - do NOT disclose.
Safety planning completed with advocate [[NAME|Kiri Te Awa]] from Safe Harbor (hotline [[PHONE|1-888-555-0121]]). Police report made with Officer [[NAME|Dominguez]], report [[OTHER_ID|SLPD-24-33810]].
Plan: discharge to friend's home with the advocate; follow-up with DV legal clinic.

[[NAME|Pilar Echeverria]], LMSW
""")

note("H031", "nursing-facility quarterly care conference", """
LONG-TERM CARE - QUARTERLY CARE CONFERENCE NOTE
Resident: [[NAME|Pennington, Maude]]     [[AGE_OVER_89|93]]F     Room {{other|117}}     Date [[DATE|06/04/2024]]
MDS ARD: [[DATE|5/28]]
Present: DON [[NAME|Beverly Sato]]; SW [[NAME|Tobias]]; RD [[NAME|Aurelio Mancuso]]; activities [[NAME|Kelsey]]; resident; son [[NAME|Clifford]] by phone.

Mrs. [[NAME|Pennington]] ([[AGE_OVER_89|93]]) lost 2.6 kg this quarter; eats 50% of meals, prefers finger foods. {{score|PHQ-9 of 12}} - {{drug|mirtazapine}} {{dose|7.5 mg at bedtime}} started by Dr. [[NAME|Ahmadi]] on [[DATE|5/30]] for mood and appetite. No falls. Continent of bowel, occasional urge incontinence. Enjoys the Tuesday hymn sing and her cat visits.
Son [[NAME|Clifford]] reports her former home at [[STREET|1 Church Street]] in [[CITY|Greenfield]] is being sold; he is handling it with attorney [[NAME|Philomena Drake]], Esq. ([[EMAIL|pdrake@drakelaw.example.com]]).
Plan: weekly weights, supplement BID, re-screen PHQ-9 in 4 weeks, continue current care plan.

[[NAME|B. Sato]], RN, DON
""")

note("H032", "after-hours answering-service log", """
AFTER-HOURS ANSWERING SERVICE - CALL LOG for {{facility|Fairview Family Medicine}}     Sat [[DATE|06/01/24]]
Operator: [[NAME|Chantelle]] (operator [[OTHER_ID|OP-117]])

{{other|19:42}} Caller [[NAME|Marguerite Lafontaine]] (self), DOB [[DATE|9/9/1930]], states she is [[AGE_OVER_89|93]]. cb [[PHONE|555-0134]]. Dizzy since starting new BP pill Thursday. Paged Dr [[NAME|Haddad]] {{other|19:45}}; Dr returned call {{other|19:58}} - hold tonight's dose, BP check Monday.
{{other|21:10}} Caller [[NAME|Deshawn Pruitt]], father of [[NAME|Jaylen Pruitt]] (DOB [[DATE|02/14/2022]]), cb [[PHONE|(740) 555-0168]]. Fever 102.4, drinking OK, wet diapers. Paged Dr [[NAME|Haddad]]; advised {{drug|Tylenol}} {{dose|15 mg/kg}} (child 12 kg = 180 mg = 5.6 mL of 160 mg/5 mL) q6h prn, ED if lethargic or not drinking.
{{other|23:55}} Caller "[[NAME|Bunny]]" from [[CITY|Mill Creek]] about her husband [[NAME|Earl Haskins]]: {{eponym|Foley}} leaking. Referred to home health on-call [[PHONE|740-555-0169]].
{{other|02:30}} Caller Ofc. [[NAME|Lindgren]], [[CITY|Mill Creek]] PD: patient [[NAME|Rusty Caldwell]] in custody needs his seizure medication, {{drug|Keppra}} {{dose|500 mg BID}}; last dose this AM. Paged Dr [[NAME|Haddad]]; she called the jail nurse at [[PHONE|740-555-0170]].
""")

note("H033", "postpartum / newborn discharge summary", """
POSTPARTUM DISCHARGE SUMMARY
Mother: [[NAME|Nguyen, Thi Bich Ngoc]]     {{age|31}} y/o G2P2     MRN [[MRN|MG-7733105]]
Infant: Baby Boy [[NAME|Nguyen]]     MRN [[MRN|MG-7734870]]
Delivery: [[DATE|06/02/2024]] {{other|04:51}}, spontaneous vaginal delivery at 39w2d
Attending: [[NAME|Delphine Marchand]], MD     Vietnamese interpreter: [[NAME|Hoa]] (in person)

Course: Uncomplicated labor, {{drug|oxytocin}} augmentation. EBL 350 mL. Mother Rh negative, infant Rh positive: {{drug|RhoGAM}} {{dose|300 mcg IM}} on [[DATE|6/3]]. Rubella immune. Tdap given prenatally.
Infant: {{score|Apgar 8 and 9}}, 3,410 g. Footprints taken for the birth record, footprint record [[BIOMETRIC|FP-LD-2024-06-0217]]. Newborn screen card [[OTHER_ID|NBS-24-661092]]. Birth certificate worksheet [[OTHER_ID|BC-2024-018832]]. Hep B vaccine given. Bilirubin low-risk zone at 36 h.
Father of baby: [[NAME|Quang Minh Le]]; mother's cell [[PHONE|479-555-0138]].
Discharge meds (mother): {{drug|ibuprofen}} {{dose|600 mg q6h prn}}, {{drug|docusate}} {{dose|100 mg BID}}, prenatal vitamin.
Follow-up: infant with pediatrician Dr. [[NAME|Tamsin Galloway-Ng]] on [[DATE|6/5]]; mother postpartum visit in 6 weeks.
Home: [[STREET|6 Park Place, Apt 12]], [[CITY|Springdale]], AR [[ZIP|72764]]
""")

note("H034", "pediatric ED note (ingestion)", """
PEDIATRIC EMERGENCY DEPARTMENT NOTE
Pt: [[NAME|Zhao, Liam]]     {{age|4}} y M, 17 kg     MRN [[MRN|MG-7734921]]     Arrival [[DATE|06/04/2024]] {{other|15:20}}

HPI: Brought by his great-grandmother, [[NAME|Mei-Hua Zhao]] ([[AGE_OVER_89|90]]), who watches him during the day. About 14:45 she found him with her pill organizer open; up to two {{drug|amlodipine}} {{dose|5 mg}} tablets may be missing. Asymptomatic.
Poison center consulted, case [[OTHER_ID|PCC-24-0604-1187]], specialist [[NAME|Rhiannon]]: recommend 24 h observation with monitoring given possible delayed toxicity.
Exam: well-appearing, HR 108, BP {{other|98/60}}, cap refill < 2 s.
Labs/ECG: {{lab|glucose 96 mg/dL}}, BMP normal, ECG normal sinus rhythm.
Plan: admit to pediatric floor on telemetry, BP and glucose q2h x 6 then q4h. Mother, [[NAME|Jessica Zhao-Mendez]], arrived from her shift at the cannery in [[CITY|Port Ellery]]; father [[NAME|Wei]] on the way. Safe-storage counseling given to family; no concern for neglect.
Great-grandmother's address: [[STREET|212 Main St, Apt B]], [[CITY|Fairview]]; cell [[PHONE|555-0152]].

[[NAME|Oksana Hrytsenko]], MD, Pediatric Emergency Medicine
""")

note("H035", "psychiatry consult-liaison note", """
PSYCHIATRY CONSULT-LIAISON NOTE
Pt: [[NAME|Bartholomew "Bart" Okonkwo-Reyes]]     {{age|19}}M     MRN [[MRN|UNM-4410287]]     Date [[DATE|06/04/2024]]
Requesting: Dr [[NAME|Tsosie]], medicine

Reason: intentional acetaminophen overdose. Ingested about 40 x 500 mg tablets at 22:00 on [[DATE|6/2]] after a breakup with [[NAME|Skylar]]. {{lab|APAP level 182 mcg/mL}} at 4 h; on {{drug|acetylcysteine}} (21-h IV protocol), LFTs now normal.
Collateral: roommate [[NAME|Theo]] found him and called 911. Mother, [[NAME|Carmen Reyes]], by phone ([[PHONE|505-555-0184]]). Outpatient therapist [[NAME|Ilse Brandt]], LPC ([[PHONE|505-555-0185]]), reports prior suicidal ideation without attempts. He is failing two classes at the community college in [[CITY|Cuervo Springs]] and lives in student housing at [[STREET|900 Campus Dr, Bldg C, Rm 214]]. Pt posted a goodbye message on his account [[OTHER_ID|@bart.okr]] before the ingestion.
MSE: dysphoric, constricted affect, linear; endorses ongoing passive SI, denies plan now. {{score|PHQ-9 of 22}}.
Assessment: MDD, single episode, severe, with high-lethality suicide attempt.
Plan: emergency hold (form [[OTHER_ID|EH-24-0457]]); 1:1 sitter; inpatient psychiatric admission when medically cleared. Defer SSRI start to inpatient team.

[[NAME|Farida Nasser-Oyelaran]], MD
""")

note("H036", "cardiac device clinic consult letter", """
CARDIAC DEVICE CLINIC - CONSULT LETTER
[[DATE|June 4, 2024]]

To: Dr. [[NAME|Summer Young]], [[STREET|12 Hospital Hill Rd, Suite 4]], [[CITY|West Milton]], OH [[ZIP|45383]]
Re: [[NAME|Gustav Lindqvist]]     DOB [[DATE|05/23/1932]] (age [[AGE_OVER_89|92]])     Device clinic ID [[OTHER_ID|DC-08812]]

Dear Dr. [[NAME|Young]],

Mr. [[NAME|Lindqvist]] was seen for his annual in-person check. His son [[NAME|Anders]] drove him in from [[CITY|Tillman Township]].
Device: {{device_model|Medtronic Azure XT DR MRI}} dual-chamber pacemaker, serial [[DEVICE|RNB418827S]], implanted [[DATE|11/14/2019]] for complete heart block. RA lead {{device_model|CapSureFix Novus 5076}}, serial [[DEVICE|PJN7710293]]; RV lead serial [[DEVICE|PJN7710318]]. Home monitor {{device_model|MyCareLink}} serial [[DEVICE|MCL-22091847]].
Interrogation: battery 6.5 years; thresholds and impedances stable; RV pacing 38%. Atrial high-rate episodes, 14% burden, longest 19 hours on [[DATE|May 2]].
Assessment: device-detected AF, {{score|CHA2DS2-VASc 4}}. After shared decision-making with Mr. [[NAME|Lindqvist]] and [[NAME|Anders]], we started {{drug|apixaban}} {{dose|5 mg twice daily}}: weight 62 kg and {{lab|creatinine 1.2 mg/dL}}, so only one dose-reduction criterion (age) is met.
Next remote transmission [[DATE|9/4]]; in-person visit in 12 months.

Sincerely,
[[NAME|Reza Tabrizi-Holm]], MD, FHRS     Device technician: [[NAME|Ky Huynh]], CCDS
""")

note("H037", "radiology report (hip radiographs)", """
RADIOLOGY REPORT - XR PELVIS AP AND LEFT HIP 2 VIEWS
Patient: [[NAME|Moreau-Lindgren, Odile]]     DOB [[DATE|1/3/1935]]     Age: {{age|89}}     MRN [[MRN|MG-5520913]]
Accession [[OTHER_ID|XR-24-0604-0912]]     Exam [[DATE|06/04/2024]] {{other|08:14}}     Technologist: [[NAME|C. Lemieux]], RT(R), ARRT [[LICENSE|558812]]

History: {{age|89}} yo F, fall at home, left hip pain, unable to bear weight.
Comparison: pelvis radiograph [[DATE|11/17/2021]] from {{facility|Harlow Imaging Center}}.
Findings: Displaced subcapital fracture of the left femoral neck ({{eponym|Garden IV}}) with superior migration of the shaft. No other fracture. Diffuse osteopenia. Mild bilateral hip osteoarthritis, unchanged. Vascular calcifications.
Impression: Displaced left femoral neck fracture.
Preliminary result telephoned to Dr. [[NAME|Bishop]] in the ED at {{other|08:31}}.

[[NAME|Ravi Subramaniam]], MD
""")

note("H038", "medical examiner preliminary report (crash death)", """
OFFICE OF THE MEDICAL EXAMINER - [[CITY|DUNMORE COUNTY]]
PRELIMINARY INVESTIGATIVE REPORT     Case No. [[OTHER_ID|ME-24-0388]]

Decedent: [[NAME|Prewitt, Dalton James]]     {{age|47}} y/o M     DOB [[DATE|8/30/1976]]     SSN [[SSN|921-40-6618]]
Residence: [[STREET|58 Quarry Hill Rd]], [[CITY|Fairview]]
Date of death: [[DATE|06/03/2024]], pronounced {{other|23:58}} at the scene by paramedic [[NAME|Sokolov]]
Location: [[STREET|State Highway 17 at Lantern Hill Rd]], single-vehicle rollover; unrestrained driver, ejected.
Vehicle: {{other|2009}} Chevrolet Silverado, plate [[VEHICLE|KRL-5518]], VIN [[VEHICLE|1GCEK19J39Z114286]]
Identification: visual identification by brother, [[NAME|Wade Prewitt]], confirmed by fingerprint comparison, AFIS record [[BIOMETRIC|AFIS-NY-0072213845]]. Driver's license no. [[LICENSE|632 118 490]] recovered from wallet.
Investigator: [[NAME|Toni Abruzzese]], MLI (cell [[PHONE|607-555-0199]]). Next of kin notified by Deputy [[NAME|Rudy Olmstead]] on [[DATE|06/04/2024]] at {{other|02:10}}.
Examination: external examination with full-body CT on [[DATE|6/4]]; autopsy not performed per ME discretion. Multiple blunt-force injuries of head, chest and pelvis.
Toxicology: femoral blood and vitreous submitted, specimen [[OTHER_ID|TOX-24-1194]], pending.
Preliminary cause: multiple blunt-force injuries. Manner: accident (pending toxicology).

[[NAME|Gideon Marsh-Ellery]], MD, Deputy Chief Medical Examiner
""")

note("H039", "anticoagulation clinic pharmacist phone note", """
ANTICOAGULATION CLINIC - PHARMACIST TELEPHONE NOTE
Pt: [[NAME|Beaumont, Lucille]]     MRN [[MRN|BMC-0992018]]     Date [[DATE|06/03/2024]]
Indication: atrial fibrillation ({{score|CHA2DS2-VASc 5}}); on {{drug|warfarin}} (declined {{drug|Eliquis}} because of cost). Goal INR 2-3.

[[NAME|Lucille]], [[AGE_OVER_89|94]], lives alone in the [[CITY|Eastside]] and self-tests with a home meter ({{device_model|CoaguChek XS}}, serial [[DEVICE|UP1184470]]). Today's result {{lab|INR 3.6}} (last {{lab|INR 2.4}} on [[DATE|5/20]]).
Cause: started {{drug|Bactrim DS}} on [[DATE|5/31]] by urgent care for a UTI - known interaction. No bleeding, no falls, no dark stools.
Current regimen: {{dose|2.5 mg}} daily except {{dose|5 mg}} Mon/Fri ({{dose|22.5 mg/week}}).
Plan: hold tonight's dose, then {{dose|2.5 mg daily}} ({{dose|17.5 mg/week}}) until the antibiotic course ends on [[DATE|6/5]]; recheck INR [[DATE|6/6]]. Spoke with pt and her niece [[NAME|Colette]] ([[PHONE|207-555-0103]]), who fills her pill box; both repeated the plan back.
Urgent care prescriber Dr. [[NAME|Pham]] at {{facility|QuickCare Bayport}} informed by fax ([[FAX|207-555-0104]]); asked that future antibiotics be run past the clinic.

[[NAME|Yerlan Abenov]], PharmD, BCACP
""")

note("H040", "Medicare reconsideration request (power wheelchair)", """
[[DATE|June 5, 2024]]

Qualified Independent Contractor - DME Reconsiderations
Re: Request for reconsideration, power wheelchair ({{code|K0823}})
Beneficiary: [[NAME|Horacio Valdivia]]     MBI [[HEALTH_PLAN|3TR9-WQ5-KD62]]     DOB [[DATE|12/01/1961]]
Claim number [[OTHER_ID|24155-000871-33]]     Supplier: {{facility|Keystone Mobility}}, account [[ACCOUNT|KM-2024-18830]]

Mr. [[NAME|Valdivia]] is a {{age|62}}-year-old man with secondary progressive multiple sclerosis ({{code|G35}}), {{score|EDSS 7.5}}. Upper-limb weakness and fatigue prevent him from self-propelling his manual chair ({{device_model|Invacare TDX SP2}}, serial [[DEVICE|08JA117742]], issued in {{other|2017}}) for household distances; the frame cracked in [[DATE|April]]. He lives alone at [[STREET|Apt 3, 41 Young Street]], [[CITY|Lancaster Mills]], a ground-floor unit that is fully accessible. The initial claim was denied on [[DATE|5/16/2024]] for "insufficient documentation of mobility limitation."
Enclosed: face-to-face examination of [[DATE|March 28, 2024]]; the seating evaluation by [[NAME|Mitchell Park]], PT (lic. [[LICENSE|PT-018842]]) dated [[DATE|April 10, 2024]]; the home assessment by the supplier.
Please direct questions to my office at [[PHONE|717-555-0147]]. Documents were also uploaded at [[URL|https://dme-appeals.example.net/case/24155]].

[[NAME|Oona Fitzpatrick-Hale]], MD, Neurology     NPI [[LICENSE|1902847715]]
""")

note("H041", "video remote interpreting (ASL) session log", """
ASL INTERPRETATION - VIDEO REMOTE INTERPRETING (VRI) SESSION LOG
Date: Fri [[DATE|5/31/24]]     Session ID [[OTHER_ID|VRI-5531-0098]]     Unit: 3 West, {{other|cart 2}}
Endpoint IP [[IP|192.0.2.114]]     Vendor relay [[IP|2001:db8:4a:12::7]]
Interpreter (remote): [[NAME|Devon Whitcomb-Yazzie]], NIC, RID member [[LICENSE|RID-88102]]
Patient: [[NAME|Holloway-Tan, Grace]]     MRN [[MRN|MG-7701928]]     Deaf, ASL primary

{{other|10:02}} Session started for discharge teaching with RN [[NAME|Parveen Chaudhry]] and Dr [[NAME|Ozturk]]. Husband, [[NAME|Marty]] (hearing), present; pt asked that he not interpret.
{{other|10:21}} Video froze twice; interpretation unreliable per pt. Session ended.
{{other|10:45}} On-site interpreter [[NAME|Yvette Laroche]], CI/CT, from {{facility|Signs of Hope Interpreting}} ([[PHONE|503-555-0135]]) arrived; teaching completed including {{drug|enoxaparin}} {{dose|40 mg SC daily}} self-injection with return demonstration.
Outcome: pt verbalized (signed) understanding; VRI cart ticket [[OTHER_ID|IT-771203]] opened with biomedical engineering.
""")

note("H042", "hospice bereavement letter", """
[[DATE|July 2, 2024]]

Mrs. [[NAME|Hope St. Clair]]
[[STREET|16 Lane Street]]
[[CITY|Greenfield]], MA [[ZIP|01344]]

Dear [[NAME|Hope]], [[NAME|Hunter]], [[NAME|Frank]] and [[NAME|Philippa]],

It has been almost a month since [[NAME|Cornelius]] died at home on [[DATE|June 8]]. All of us at {{facility|Evergreen Hospice}} who cared for him remember his stories about forty years of teaching eighth-grade science, and how he never let us leave without a joke.

Grief has no timetable. Our bereavement support group meets on Thursday evenings at the hospice office on [[STREET|Mill Road]], and our grief counselor, [[NAME|Marisol Ibarra]], is glad to visit at home ([[PHONE|413-555-0111]]). Reading material and an events calendar are at [[URL|www.evergreenhospice.example.org/grief]].

With sympathy,

Chaplain [[NAME|Obinna Eze]]
[[NAME|Patience Adjei]], Bereavement Coordinator
""")

note("H043", "patient-portal message (records request)", """
PATIENT PORTAL - MESSAGE
From: [[NAME|Leilani Kahananui]] (username [[OTHER_ID|lkahananui]])     Sent [[DATE|06/01/2024]] {{other|7:15 AM}}
Subject: send my records
Aloha - I moved to [[CITY|Kailua Heights]] and need all my records from [[DATE|1/1/2022]] to [[DATE|5/31/2024]] sent to my new doctor, Dr. [[NAME|Keoni Akana]] at Windward Family Practice. Their fax is [[FAX|808-555-0192]] or email [[EMAIL|records@windwardfp.example.org]]. My DOB is [[DATE|04/30/1990]]. Mahalo, [[NAME|Leilani]]

From: [[NAME|Bernadette Quirke]], RHIT, Health Information Management     Sent [[DATE|06/03/2024]] {{other|9:02 AM}}
Hi [[NAME|Leilani]] - we are happy to help. Federal rules require a signed authorization before we send records to another office. Please complete the form at [[URL|https://portal.example.com/roi/form]] and we will fax the records within 5 business days. Request number [[OTHER_ID|ROI-24-06112]]. - [[NAME|Bernadette]]

Audit: authorization e-signed [[DATE|06/03/2024]] {{other|18:40}} from [[IP|198.51.100.203]].
""")

note("H044", "surgical sign-out (acute care surgery)", """
ACS SIGN-OUT - [[DATE|6/5]] {{other|18:30}}     [[NAME|A. Fairchild]] (PGY-4) -> [[NAME|Ozturk]] (PGY-2)

- [[NAME|Okeke, Chiamaka]] {{age|67}}F, bed {{other|9-04}}, POD1 lap chole for acute cholecystitis ({{eponym|Murphy's sign}} +, US wall thickening). Tolerating diet. Dispo home AM if LFTs trending down.
- Mr. [[NAME|Levesque]] - [[AGE_OVER_89|96]]M, bed {{other|9-11}} - SBO, adhesive. NGT to LIWS, {{drug|Gastrografin}} challenge given {{other|14:00}}; KUB at 22:00. Family ([[NAME|Levesque]] daughters, [[NAME|Therese]] and [[NAME|Odette]]) want OR only if "absolutely necessary." DNR.
- [[NAME|PATEL, ROHAN]] {{age|24}}M, bed {{other|9-15}}, POD0 lap appy (non-perforated). No abx postop.
- [[NAME|van Houten, Griet]] {{age|81}}F, bed {{other|9-12}} - incarcerated umbilical hernia reduced in ED, observe for peritonitis; NPO after midnight for repair tomorrow, on {{drug|Eliquis}} - held since [[DATE|6/4]] AM.
- Trauma: [[NAME|Park]] ({{age|65}}M), SICU stepdown, grade III L renal lac from the MVC on [[DATE|6/4]]. {{lab|Hgb 11.8 g/dL}} stable x3. Bedrest until tomorrow. His son [[NAME|Ji-ho]] calls nightly ~21:00.
To do: f/u KUB for [[NAME|Levesque]]; call Dr [[NAME|Kristoffersen]] if the ortho pt in 9-20 spikes again.
""")

note("H045", "family-meeting note (neuro ICU)", """
NEURO ICU - FAMILY MEETING
Date [[DATE|06/03/2024]] {{other|16:00}}     Patient: [[NAME|Frank, William T]] ("[[NAME|Bill]]")     MRN [[MRN|SAM-33022410]]
Present: Dr [[NAME|Carvalho]] (neurocritical care), NP [[NAME|Bishop]], RN [[NAME|Castellanos]], SW [[NAME|Pilar]]; wife [[NAME|Dorothea]]; daughters [[NAME|Frances Frank-Mahoney]] and [[NAME|Ruth Ann Frank]]; grandson [[NAME|Will]].

Summary: Mr. [[NAME|Frank]] is [[AGE_OVER_89|92]]; admitted [[DATE|6/1]] by critical care transport from [[CITY|Harlow]] with a left thalamic hemorrhage on {{drug|apixaban}}, reversed with {{drug|Kcentra}}. Repeat CT on [[DATE|6/2]] showed expansion to 31 mL with intraventricular extension and hydrocephalus; {{score|GCS 8}} today.
We had a {{other|frank}} discussion about prognosis: even with an external ventricular drain he would be unlikely to regain independence or the ability to communicate. [[NAME|Dorothea]] said [[NAME|Bill]] "told everyone at the {{other|park}} he never wanted to be kept alive on a breathing machine." [[NAME|Frances]] agreed; [[NAME|Ruth Ann]] asked for one more day for her brother [[NAME|Walt]] to arrive from [[CITY|Sioux Landing]].
Plan: DNR/DNI now; no EVD; comfort-focused care after [[NAME|Walt]] arrives (ETA [[DATE|6/4]] afternoon). Hospice referral to {{facility|Evergreen Hospice}}. SW to assist with transport costs.

[[NAME|Ines Carvalho]], MD
""")

note("H046", "physician report to DMV medical review", """
[[DATE|May 22, 2024]]

Medical Review Unit, Department of Motor Vehicles
[[STREET|PO Box 2250]]
[[CITY|Capitol Heights]], PA [[ZIP|17105-2250]]

RE: Driver [[NAME|Rosemary Quincy-Hale]]     DOB [[DATE|10/18/1933]] (age [[AGE_OVER_89|90]])
Driver's license no. [[LICENSE|Q400-7712-8831]]     DMV case [[OTHER_ID|MR-24-118830]]
Vehicle registered to driver: plate [[VEHICLE|6PLM338]]

Dear Medical Review Officer:

At the request of the Department I examined Ms. [[NAME|Quincy-Hale]] on [[DATE|May 20, 2024]]. She has mild dementia of the Alzheimer type ({{score|MoCA 19/30}}), impaired visuospatial function on clock drawing and trail-making, and visual acuity {{other|20/40}} OU with correction. Her daughter, [[NAME|Tess]], reports two recent minor collisions in the supermarket parking lot on [[STREET|Fairview Avenue]] and that her mother got lost driving home from church in [[DATE|April]].
In my opinion she should not drive until she completes an on-road evaluation with a certified driver rehabilitation specialist; I have referred her to [[NAME|Leopold Nakashima]], OTR/L, CDRS ([[PHONE|717-555-0120]]).

[[NAME|Gwendolyn Achebe]], MD     Medical license [[LICENSE|MD-073318]]     Tel [[PHONE|717-555-0143]]
""")

note("H047", "hospice death visit (home)", """
HOSPICE - DEATH VISIT NOTE
Patient: [[NAME|Eldridge, Mabel Faye]]     Hospice ID [[OTHER_ID|EVH-2024-0288]]     Visit [[DATE|06/04/2024]] {{other|05:20}}
Location: home, [[STREET|730 Old Mill Road]], [[CITY|Harmony Ridge]]

Called by son [[NAME|Lyle]] at {{other|04:52}}: his mother, [[AGE_OVER_89|ninety-six]] and on hospice for heart failure, stopped breathing at about {{other|04:45}}. On arrival no respirations, no apical pulse for 1 full minute, pupils fixed. Death pronounced by RN at {{other|05:24}} per agency policy; time of death per family {{other|04:45}}.
Family at bedside: son [[NAME|Lyle]], daughter-in-law [[NAME|Bonnie]], great-grandson [[NAME|Cody]]. Rev. [[NAME|Amos Whitfield]] of the Methodist church down the road came and prayed with the family.
Post-mortem care provided with [[NAME|Bonnie]]'s help. Comfort kit destroyed with witness [[NAME|Lyle Eldridge]]: {{drug|morphine}} {{dose|20 mg/mL}} oral solution 12 mL wasted in cat litter, {{drug|lorazepam}} {{dose|0.5 mg}} tablets x8, {{drug|haloperidol}} {{dose|2 mg/mL}} 10 mL.
Notifications: Dr. [[NAME|Hartwell-Moyo]] (will sign the death certificate, EDRS case [[OTHER_ID|EDRS-2024-0061193]]; decedent SSN [[SSN|000-38-5527]] given to funeral director); {{facility|Hollis and Pratt Funeral Home}} arrived {{other|06:40}}; DME pickup requested (hospital bed, O2 concentrator serial [[DEVICE|EV11-4473-0921]]).

[[NAME|Tomasz Wierzbicki]], RN
""")

note("H048", "occupational health DOT driver examination", """
DOT MEDICAL EXAMINATION - OCCUPATIONAL HEALTH SUMMARY
Driver: [[NAME|Ofori-Atta, Kwame]]     {{age|52}}M     DOB [[DATE|03/11/1972]]     Exam [[DATE|06/04/2024]]
CDL # [[LICENSE|K116-5540-2278]]     State {{other|Ohio}}     Class A     Employer: {{facility|Tri-State Freight}}
Reason: post-accident re-examination after a low-speed jack-knife on [[STREET|I-70]] near [[CITY|Zanesfield]] on [[DATE|5/17]]; tractor VIN [[VEHICLE|3AKJHHDR5KSKE1122]], trailer plate [[VEHICLE|PJT-8812]].

History: OSA on CPAP; compliance download from {{device_model|ResMed AirSense 11}} (serial [[DEVICE|23221847552]]) shows use on 93% of nights, average 6.8 h. HTN on {{drug|amlodipine}} {{dose|10 mg daily}}. No insulin use. No syncope.
Exam: BP 138/86, vision {{other|20/25}} each eye, hearing whisper test passed, neck circumference 44 cm.
Drug test: urine collected, custody and control form [[OTHER_ID|CCF-0447188]].
Determination: meets standards; certificate issued for 1 year (expires [[DATE|06/04/2025]]), certificate [[OTHER_ID|MEC-24-0912]].

Medical examiner: [[NAME|Imogen Castellanos-Price]], DO     National Registry no. [[LICENSE|3118840572]]
""")

note("H049", "dialysis transient-treatment referral packet", """
OUTPATIENT HEMODIALYSIS - TRANSIENT PATIENT REFERRAL
Patient: [[NAME|Toussaint, Jean-Baptiste]]     {{age|68}}M     DOB [[DATE|02/27/1956]]
SSN (for {{code|CMS-2728}} on file) [[SSN|912-08-3341]]     Medicare MBI [[HEALTH_PLAN|8HK2-RM6-PT44]]     Secondary: Medicaid [[HEALTH_PLAN|7740198832]]
Home unit: {{facility|Riverside Kidney Center}}, [[STREET|5100 Commerce Pkwy, Suite B]], [[CITY|Oak Ridge]], TN [[ZIP|37831]]
Home-unit contact: [[NAME|Felicity Okwu]], RN, charge nurse, [[PHONE|865-555-0161]], fax [[FAX|865-555-0162]]     Facility account [[ACCOUNT|RKC-00448122]]
Visiting unit requested: {{facility|Gulf Breeze Dialysis}}, [[CITY|Panama Shores]], FL - treatments [[DATE|6/10]]–[[DATE|6/21]]

Prescription: MWF second shift, 4 h. EDW 82.5 kg. Dialyzer {{device_model|Optiflux F180NR}}. Qb 400, Qd 600, 2K/2.5Ca bath. {{drug|heparin}} {{dose|2,000 units}} bolus, no maintenance.
Access: left brachiocephalic AV fistula (created [[DATE|Jun '21]]), cannulates without difficulty, no recent interventions.
Meds at dialysis: {{drug|Mircera}} {{dose|120 mcg IV}} monthly, last [[DATE|5/29]]; {{drug|Venofer}} held (ferritin 780). Home: {{drug|sevelamer}} {{dose|800 mg}} with meals, {{drug|amlodipine}} {{dose|10 mg daily}}.
Recent labs ([[DATE|5/29]]): {{lab|Hgb 10.4 g/dL}}, {{lab|spKt/V 1.42}}, {{lab|albumin 3.9 g/dL}}, {{lab|phosphorus 5.1 mg/dL}}, {{lab|K 4.8 mmol/L}}. HBsAg negative, anti-HBs 48 (immune, [[DATE|04/2024]]).
Nephrologist: Dr. [[NAME|Arvind Sethuraman]], [[PHONE|865-555-0163]].
While away, staying with daughter [[NAME|Marie-Ange]] at [[STREET|301 Gulf Blvd, Unit 7]], [[CITY|Panama Shores]], FL [[ZIP|32417]]; her cell [[PHONE|850-555-0104]].
""")

note("H050", "automated dispensing cabinet user and biometric enrollment log", """
PHARMACY AUTOMATION - USER ENROLLMENT AND BIOMETRIC LOG
Cabinets: {{device_model|Pyxis MedStation ES}}, units 3W-A and 3W-B     Console [[IP|192.0.2.40]]
Date [[DATE|05/30/2024]]     Administrator: [[NAME|Dmitri Volkonsky]], CPhT     Witness: [[NAME|Nkechi Obi-Lawson]], PharmD

{{other|08:10}} NEW USER - [[NAME|Ximena Alarcon-Price]], RN; badge [[OTHER_ID|E-0448812]]; username [[OTHER_ID|xalarconprice]]; fingerprint template [[BIOMETRIC|FPT-7C41E09A]] (R index, R middle).
{{other|08:22}} NEW USER - [[NAME|Bo Kristiansen]], RN; badge [[OTHER_ID|E-0448830]]; username [[OTHER_ID|bkristiansen]]; palm-vein template [[BIOMETRIC|PV-00918273]].
{{other|09:05}} RE-ENROLL - [[NAME|Summer Takahashi]], RN; repeated failed reads; template [[BIOMETRIC|FPT-22B90D13]] replaced by [[BIOMETRIC|FPT-22B90D14]].
{{other|09:40}} DEACTIVATE - [[NAME|Tobias Lindqvist-Ahn]], RN; separated [[DATE|5/24]]; template [[BIOMETRIC|FPT-0D3318AA]] purged.
{{other|10:15}} OVERRIDE REVIEW - 3 overrides by [[NAME|R. McAllister]], RN for {{drug|hydromorphone}} {{dose|0.5 mg}} on [[DATE|5/29]]; all matched to orders by Dr [[NAME|Okafor]]. No discrepancy.
""")

note("H051", "research informed-consent note", """
RESEARCH - INFORMED CONSENT DOCUMENTATION
Study: voice biomarkers in heart failure (VOICE-HF), {{other|IRB 2023-0417}}     PI: Dr. [[NAME|Reza Tabrizi-Holm]]
Participant: [[NAME|Demetrius Kalogeropoulos]]     {{age|71}}M     MRN [[MRN|SAM-30018842]]     Subject ID [[OTHER_ID|VHF-031]]

Consent obtained [[DATE|06/04/2024]] {{other|10:15}} in the HF clinic by [[NAME|Priyanka Venkataraman]], CCRC. Participant read the form, questions answered, wife [[NAME|Eleni]] present. Participant has capacity; no LAR needed. Signed copy given.
Baseline: NYHA II, LVEF 30%, on {{drug|Entresto}} {{dose|97/103 mg BID}}, {{drug|carvedilol}} {{dose|25 mg BID}}, {{drug|spironolactone}} {{dose|25 mg daily}}, {{drug|Jardiance}} {{dose|10 mg daily}}. {{score|KCCQ-12 54}}.
Enrollment: voice sample recorded; voiceprint template [[BIOMETRIC|VT-031-A77F]]. Study smartwatch serial [[DEVICE|SW4-A11-90277]]; app login [[OTHER_ID|vhf031.app]]. Contact e-mail [[EMAIL|dkalogero@mail.example.com]]. Stipend card [[ACCOUNT|CLINCARD-4471902]].
Next study visit [[DATE|July 2]].
""")

note("H052", "home-health start-of-care (OASIS) summary", """
HOME HEALTH - START OF CARE (OASIS) SUMMARY
({{code|M0040}}) Patient: [[NAME|Fitzwilliam, Augusta]]     ({{code|M0066}}) DOB [[DATE|02/09/1927]]     Age: [[AGE_OVER_89|97]]     (M0069) F
(M0063) Medicare [[HEALTH_PLAN|6PR3-TY8-WN27]]     ({{code|M0064}}) SSN [[SSN|900-72-1184]]
(M0050) State {{other|KY}}     (M0060) ZIP [[ZIP|40347]]
Address: [[STREET|Apt 2B, Grace Manor, 115 Bishop St]], [[CITY|Midway Springs]]
SOC date: [[DATE|06/03/2024]]     Episode [[OTHER_ID|EP-24-50917]]
Referral: Dr. [[NAME|Caldwell]], after inpatient stay [[DATE|5/27]]–[[DATE|6/1]] at {{facility|Bluegrass Regional}} for HF exacerbation.

Caregiver: granddaughter [[NAME|Hope Fitzwilliam]] ({{age|34}}), visits daily after work; cell [[PHONE|859-555-0157]].
Clinical: HFpEF; weight 51.2 kg; 1+ ankle edema. Meds: {{drug|torsemide}} {{dose|20 mg daily}}, {{drug|metoprolol succinate}} {{dose|25 mg daily}}, {{drug|potassium chloride}} {{dose|10 mEq daily}}. {{score|PHQ-2 0}}. Fall risk {{score|MAHC-10 6}} (high).
Plan: SN 2w4, 1w4; PT eval; daily weights with call parameters (gain > 1 kg in a day or 2 kg in a week). Emergency plan: shelter in place; [[NAME|Hope]] to evacuate if needed.

[[NAME|Rosalind Achterberg]], RN
""")

note("H053", "Adult Protective Services referral (financial exploitation)", """
ADULT PROTECTIVE SERVICES - REPORT OF SUSPECTED EXPLOITATION (faxed)
Date [[DATE|06/05/2024]]     APS intake # [[OTHER_ID|APS-24-07731]] (taken by [[NAME|Darnell]] on the hotline)
Reporter: [[NAME|Colette Marchetti-Boyd]], RN, CCM, Meridian General case management, [[PHONE|607-555-0114]], fax [[FAX|607-555-0115]]

Vulnerable adult: [[NAME|Margarethe "Gretl" Hofstadter]]     DOB [[DATE|11/11/1932]]     Age [[AGE_OVER_89|91]]
SSN [[SSN|000-61-2290]]
Home: [[STREET|9 Hunter's Run]], [[CITY|Greenfield]]     Mailing: [[STREET|PO Box 87]], [[CITY|Greenfield]], NY [[ZIP|13744]]

Concern: Ms. [[NAME|Hofstadter]], admitted [[DATE|6/2]] with dehydration, reports that her grandson, [[NAME|Brandon Hofstadter]] ({{age|29}}), moved in in [[DATE|Feb 2024]] and "handles the money." Statements she brought show repeated ATM withdrawals from her checking account [[ACCOUNT|0017-4482-9910]] at {{facility|First Valley Savings}}, and her 2019 Buick (plate [[VEHICLE|LMX 4402]], registered to her) is driven only by him. Her friend from church, [[NAME|Faith Oduya]], raised the concern with staff. [[NAME|Gretl]] has decision-making capacity ({{score|MoCA 25/30}}) and agrees to this referral; she said people "think anyone {{age|in their 90s}} can't balance a checkbook."
Safety: she does not want [[NAME|Brandon]] told about the report before discharge. No physical injuries.
""")

note("H054", "release-of-information daily log", """
HEALTH INFORMATION MANAGEMENT - RELEASE OF INFORMATION DAILY LOG     [[DATE|06/04/2024]]
Clerk: [[NAME|Bernadette Quirke]], RHIT

1. [[OTHER_ID|ROI-24-06098]] Pt [[NAME|Yusuf Al-Rashid]] - requester {{facility|Willow Bend Rehab}} (continuity of care, no authorization needed). H&P, last 3 progress notes, MAR sent by fax to [[FAX|610-555-0109]].
2. [[OTHER_ID|ROI-24-06101]] Pt [[NAME|Brigid O'Connell]], DOB [[DATE|3/3/1946]] - requester attorney [[NAME|Lucas Brennan-Achterberg]], Esq. ([[EMAIL|lbrennan@brennanlaw.example.com]]), with patient-signed authorization dated [[DATE|5/30/24]]. Sent via secure link [[URL|https://share.example.net/d/8841ab]].
3. [[OTHER_ID|ROI-24-06104]] Pt [[NAME|Trygve Halvorsen]] - requester {{facility|Allied Auto Insurance}}, claim [[OTHER_ID|AAI-2024-7781203]], adjuster [[NAME|Kimberly Oakes]] ([[PHONE|800-555-0148]]). DENIED - no authorization; letter sent to adjuster.
4. [[OTHER_ID|ROI-24-06105]] Requester [[NAME|Dante Rourke]] asking for records of [[NAME|Marisol Delacroix]]. DENIED - requester is not the patient or her representative; privacy flag on chart; privacy officer [[NAME|Hollis Grant-Ibe]] notified.
5. [[OTHER_ID|ROI-24-06107]] Pt [[NAME|Shizuko Nakamura]] - requester son [[NAME|Kenji Nakamura]] (health care proxy document on file). Mailed to [[STREET|47 Church St]], [[CITY|Milton]], PA [[ZIP|17852]].
""")

note("H055", "telehealth palliative-care video visit", """
TELEHEALTH VIDEO VISIT - PALLIATIVE CARE
Patient: [[NAME|Okafor, Ebele]]     MRN [[MRN|NVH-2290184]]     Date [[DATE|06/04/2024]]
Provider: [[NAME|Magdalena Wrobel]], NP (located at clinic)     Patient location (verified for licensure): daughter's home, [[STREET|2208 Larkspur Ct]], [[CITY|Brook Hollow]], VA [[ZIP|22630]]
Platform: [[URL|https://telehealth.example.org/visit/PAL-88213]]     Patient endpoint [[IP|203.0.113.91]]     Verbal consent obtained.

S: Pt is [[AGE_OVER_89|90]], metastatic pancreatic adenocarcinoma, not a candidate for chemotherapy. Joined with daughter [[NAME|Chinwe]] and son-in-law [[NAME|Rafael]]. Epigastric pain radiating to back, {{score|ESAS pain 7/10}}; loose greasy stools; appetite poor.
Meds: {{drug|oxycodone}} {{dose|2.5 mg}} q4h prn (using 4-5 doses/day), {{drug|senna}} {{dose|8.6 mg}} at bedtime.
A/P: 1. Pain - change to scheduled {{drug|oxycodone}} {{dose|2.5 mg}} q4h while awake with {{dose|2.5 mg}} q2h prn breakthrough (long-acting formulation avoided given frailty); reassess in 1 week; discuss celiac plexus block with GI if inadequate.
2. Exocrine insufficiency - {{drug|Creon}} {{dose|24,000 units lipase}} with meals, 12,000 with snacks.
3. Goals - pt wants to stay at [[NAME|Chinwe]]'s home; hospice information given; she will talk with her son [[NAME|Obiora]] in [[CITY|Silver Lake]] this weekend.
Next video visit [[DATE|June 18]].

[[NAME|M. Wrobel]], NP
""")

note("H056", "oral-surgery referral letter", """
HILLTOP FAMILY DENTAL - REFERRAL TO ORAL AND MAXILLOFACIAL SURGERY
Date: [[DATE|4 Jun 24]]
To: Dr. [[NAME|Benedikt Ostergaard]], DDS
From: [[NAME|Tran Minh Chau]], DMD (dental license [[LICENSE|DN-44712]]), [[PHONE|412-555-0105]]

Patient: [[NAME|Quintero, Graciela Ines]]     [[AGE_OVER_89|93]]F     DOB [[DATE|01/22/1931]]
Reason: non-restorable #19 with periapical abscess; requests extraction ({{code|D7210}}).
Medical: osteoporosis on {{drug|Prolia}} {{dose|60 mg}} SC every 6 months since {{other|2019}} - last injection [[DATE|4 Apr 24]] (MRONJ risk, please advise on timing); AF on {{drug|Eliquis}} {{dose|2.5 mg BID}}; HTN.
Radiographs: panoramic and PA of #19 taken [[DATE|5/28/24]], attached.
Her niece, [[NAME|Paloma]], will drive her in from [[CITY|Bridgeton Heights]]; best contact is [[NAME|Paloma]]'s cell [[PHONE|412-555-0106]].
""")

note("H057", "transfer-center call record", """
TRANSFER CENTER - CALL RECORD     [[DATE|06/04/2024]]     Request [[OTHER_ID|TC-24-19920]]
{{other|13:12}} Call from Dr. [[NAME|Hamid Jaffari]] (ED) via operator at {{facility|Mercy}} in [[CITY|Harlow]].
Pt: [[NAME|Ashgrove-Bell, Juniper]]     {{age|58}}F     Outside MRN [[MRN|MH-0771932]]
Dx: acute type A aortic dissection on CTA, BP 188/100 on arrival, now 118/70 on {{drug|esmolol}} and {{drug|nicardipine}} infusions. Neuro intact. {{lab|creatinine 1.0 mg/dL}}.
{{other|13:19}} Conferenced with CT surgery - accepted by Dr. [[NAME|Priyamvada Iyer]] per protocol; c/w Dr [[NAME|Iyer]] directly to OR if unstable, otherwise CVICU.
{{other|13:26}} Bed CVICU {{other|CV-6}} assigned. Transport: air, ETA {{other|14:30}}.
{{other|13:40}} RN report from [[NAME|Sunniva]] at Mercy to RN [[NAME|Castellanos]] (CVICU).
Family: husband [[NAME|Lowell Bell]] driving from [[CITY|Harlow]], cell [[PHONE|607-555-0123]]; told to come to the main entrance on [[STREET|Crescent Avenue]].
Record completed by [[NAME|Destiny]] (transfer center RN) / reviewed [[NAME|DM]].
""")

note("H058", "EMS patient care report (two-vehicle crash)", """
[[CITY|DUNMORE COUNTY]] EMS - PATIENT CARE REPORT (Pt 1 of 2)
Incident [[OTHER_ID|DCE-24-11902]]     Date [[DATE|June 1st, 2024]]     Unit {{other|Medic 3}}
Location: intersection of [[STREET|Main St and Grant Ave]], [[CITY|Fairview]]
Crew: [[NAME|Lachlan Reid]], EMT (cert [[LICENSE|EMT-092281]]); [[NAME|Tamsin Oakley]], Paramedic (cert [[LICENSE|PM-077410]])
Police: Ofc [[NAME|Dominic Vance]], [[CITY|Fairview]] PD, badge [[OTHER_ID|FPD-217]]

Scene: T-bone collision. Vehicle 1, minivan ({{other|PA}} tag [[VEHICLE|KZT-4419]]), struck on passenger side by Vehicle 2, sedan (plate [[VEHICLE|LPD 7781]]), ~25 mph. Moderate intrusion passenger side, airbags deployed.
Pt 1: [[NAME|Ahn, Seo-yeon]], {{age|38}}F, restrained driver V1. DL # [[LICENSE|27910448]]. C/o neck pain and R wrist pain. {{score|GCS 15}}. Midline C-spine tenderness - c-collar applied.
Pt 2: [[NAME|Ahn, Joon]], {{age|6}}, rear booster seat, no complaints, reported on separate PCR.
V2 driver [[NAME|Earl Pruett]], {{age|81}}, evaluated, refused transport, signed refusal; his daughter [[NAME|Jolene]] came to scene.
V/S {{other|16:42}}: BP 134/82, HR 96, RR 18, SpO2 99%. Tx: splint R wrist; nothing PO pending imaging; {{drug|fentanyl}} {{dose|50 mcg IN}} with pain 7/10 -> 4/10.
Husband, [[NAME|Daniel Ahn]], notified by pt's phone; will meet at ED.
""")

note("H059", "ED security valuables and vehicle log", """
EMERGENCY DEPARTMENT SECURITY - VALUABLES AND VEHICLE LOG     [[DATE|06/04/24]]
Officer on duty: [[NAME|Kiplagat]], badge [[OTHER_ID|SEC-0412]]

{{other|23:05}} (prior shift, [[DATE|6/3]]) [[NAME|MAYWEATHER-GRANT, TRE'VON]] - trauma bay 2. Wallet: WV license [[LICENSE|S530-4417-2291]], $46 cash, two bank cards. Phone: IMEI [[DEVICE|352099114482137]]. Motorcycle key. Motorcycle (plate [[VEHICLE|M4K9R]]) towed from scene, tow ticket [[OTHER_ID|TW-55812]]. Envelope [[OTHER_ID|V-24-3310]] to safe; witness RN [[NAME|Shania Colter]].
{{other|02:40}} [[NAME|OKONKWO, IFEANYI]] - silver Camry, plate [[VEHICLE|HDR 2210]], left running at ambulance bay; moved to garage level P2, space {{other|214}}; keys in envelope [[OTHER_ID|V-24-3311]].
{{other|03:15}} [[NAME|TRAUMA, JUNIPER]] (alias, unidentified female from MVC on [[STREET|Route 30]]) - no ID; clothing bagged for police evidence, chain of custody to Tpr. [[NAME|Benavides]].
{{other|05:50}} Envelope [[OTHER_ID|V-24-3310]] released to pt's mother, [[NAME|Loretta Mayweather]], with pt's verbal consent; ID checked (WV DL [[LICENSE|M221-0980-4417]]).
""")

note("H060", "late-entry addendum (note filed in wrong chart)", """
ADDENDUM / LATE ENTRY     [[DATE|06/05/2024]] {{other|09:14}}
Re: telephone note dated [[DATE|06/03/2024]] {{other|15:02}}

The telephone note of [[DATE|6/3]] documenting a call from "Mrs. [[NAME|Baker]]" about dizziness after a new BP pill was filed in the chart of [[NAME|Evelyn Baker]] (MRN [[MRN|0048831]]) in error. It belongs to [[NAME|Evangeline Baker-Tull]] (MRN [[MRN|0048813]]). The two patients have similar names and both live on [[STREET|Orchard Street]] in [[CITY|Fairview]]; Mrs. [[NAME|Baker-Tull]] is [[AGE_OVER_89|93]] and Mrs. [[NAME|Baker]] is {{age|89}}.
Actions: note moved by HIM, ticket [[OTHER_ID|HIM-24-3391]] ([[NAME|B. Quirke]]); orders placed from the mis-filed note were reviewed - none had been acted on. Mrs. [[NAME|Baker-Tull]]'s daughter, [[NAME|Summer Tull]], was called back with the correct advice at [[PHONE|724-555-0149]]. Privacy office informed at [[EMAIL|privacy@meridiangeneral.example.org]].

[[NAME|T. Mulcahy]], RN
""")

note("H061", "ED provider note (hypoglycemia behind the wheel)", """
EMERGENCY DEPARTMENT PROVIDER NOTE
Patient: [[NAME|Rahimi, Darius]]     {{age|19}}M     MRN [[MRN|MG-7735018]]     Arrival [[DATE|06/03/2024]] {{other|17:25}}

HPI: {{age|19}} y/o M with type 1 diabetes on an {{device_model|Omnipod 5}} with a {{device_model|Dexcom G7}} sensor, driver in a low-speed rear-end collision on [[STREET|Fairview Avenue]] near the [[CITY|Greenfield]] town line. Per his passenger and friend [[NAME|Kaveh]], he "zoned out" at a red light and rolled into the car ahead (plate [[VEHICLE|GVN-3318]]), whose driver, [[NAME|Marguerite Olander]], was not hurt. EMS (paramedic [[NAME|Tamsin Oakley]]) found fingerstick glucose {{lab|41 mg/dL}}, gave {{drug|D10}} {{dose|250 mL IV}} with glucose 138 and full recovery of mental status. {{eponym|Glasgow Coma Scale}} 15 on arrival.
Pump/CGM review: 6-unit bolus 40 min before the crash for a meal he did not finish; CGM urgent-low alarm had been silenced. Pod serial [[DEVICE|OP5-2290-41178]]; sensor serial [[DEVICE|3MH004T8K2]].
Exam: no injuries; seatbelt worn; neuro exam normal.
Course: ate supper, glucose 120-160 over 4 h of observation.
Police: Officer [[NAME|Vance]], report [[OTHER_ID|FPD-24-5521]]; his license (DL# [[LICENSE|R221-7704-9183]]) noted. His car, a 2015 Corolla (plate [[VEHICLE|8TRW 551]]), was driven home by his mother, [[NAME|Shirin]] (cell [[PHONE|555-0187]]).
Plan: discharge with mother. Counselled not to drive until reviewed by his endocrinologist, Dr. [[NAME|Wilhelmina Acheampong]], on [[DATE|June 13]]; always check glucose before driving; urgent-low alert back on. {{drug|Baqsimi}} {{dose|3 mg}} intranasal glucagon prescribed.

[[NAME|R. Adebayo-Kline]], DO
""")

note("H062", "ED provider note with tables (pulmonary embolism)", """
EMERGENCY DEPARTMENT PROVIDER NOTE
Patient: [[NAME|Lindgren-Obuya, Marit]]     DOB [[DATE|10/02/1936]]     MRN [[MRN|MG-4418207]]     Arrival [[DATE|06/04/2024]] {{other|10:48}}

HPI: Mrs. [[NAME|Lindgren-Obuya]] is an {{age|87}} year-old woman with pleuritic right chest pain and dyspnea for 2 days, after a 6-hour car trip home from her sister's in [[CITY|Harmony Ridge]]. She had a provoked DVT after hip surgery around last [[DATE|Thanksgiving]], treated for 3 months. Remote {{eponym|Bell's palsy}} ({{other|2011}}), resolved.
Exam: HR 108, BP 132/78, RR 22, SpO2 92% RA. R calf non-tender.
{{score|Wells score 6}} (PE most likely, HR > 100, prior DVT) - CTA chest without D-dimer: segmental PE, right lower lobe; RV/LV ratio 0.8. {{lab|Troponin T 12 ng/L}}. {{lab|Creatinine 0.8 mg/dL}}, weight 58 kg.
Plan: {{drug|apixaban}} {{dose|10 mg BID}} for 7 days then {{dose|5 mg BID}}; sPESI 1 (age), admit to observation.

Medication reconciliation
| Medication | Dose | Last taken | Source |
| {{drug|Januvia}} | {{dose|25 mg daily}} | [[DATE|6/4]] AM | daughter [[NAME|Ingeborg]] |
| {{drug|levothyroxine}} | {{dose|75 mcg daily}} | [[DATE|6/4]] AM | bottle |
| {{drug|lisinopril}} | {{dose|5 mg daily}} | [[DATE|6/3]] PM | {{facility|Hilltop Pharmacy}} fill history |

Contacts
| Role | Name | Phone |
| Daughter (HCP) | [[NAME|Ingeborg Obuya]] | [[PHONE|(507) 555-0174]] |
| Son | [[NAME|Anders Lindgren]] | [[PHONE|507-555-0175]] |
| PCP | Dr [[NAME|Grant Mbeki]] | [[PHONE|507-555-0176]], fax [[FAX|507-555-0177]] |
Home: [[STREET|Apt 11, 300 Mill Pond Rd]], [[CITY|Hollins Ferry]]

[[NAME|Oksana Hrytsenko]], MD
""")

note("H063", "care-transitions telephone log", """
COMMUNITY CARE TRANSITIONS - TELEPHONE LOG     Week of [[DATE|6/3]]–[[DATE|6/7]]     CM: [[NAME|Ama Owusu-Ansah]], RN

Tue [[DATE|6/4]] {{other|09:10}} [[NAME|Augustin Ferreira]] (M, {{age|81}}) called re ride to cardiology Thursday; booked via [[NAME|Keisha]] at the county van service ([[PHONE|555-0128]]). Pickup at [[STREET|Apt 6, 45 Hope Street]], [[CITY|Springdale]].
Tue [[DATE|6/4]] {{other|09:45}} [[NAME|Philomena Grady]], {{age|79}}F, fell on [[DATE|the 3rd]] getting out of the tub, no injury. Daughter [[NAME|Ruthanne]] drove in from [[CITY|Cedar Falls]] to stay the week. Tub bench ordered. She hasn't been to the senior center since last {{other|summer}}; c/w [[NAME|Summer]] at the center about the Tuesday lunch ride.
Tue [[DATE|6/4]] {{other|13:20}} [[NAME|Odell Brisco]], an {{age|eighty-four}}-year-old Navy veteran, lives out past [[CITY|Lake Winnet]]. VA social worker [[NAME|Luz Arreola]] faxed his benefit letter ([[FAX|555-0129]]). Meds reviewed: {{drug|Eliquis}} {{dose|5 mg BID}}, {{drug|metoprolol tartrate}} {{dose|25 mg BID}}.
Wed [[DATE|6/5]] {{other|10:05}} Mrs. [[NAME|Kettering]], aged {{age|88}}, still dizzy; per her son [[NAME|Mason Kettering]] (texted from work) she took double {{drug|amlodipine}} yesterday. Advised to skip today's dose, BP check by home health; PCP Dr [[NAME|Haddad]] updated via message.
Wed [[DATE|6/5]] {{other|15:30}} Outreach list:
| Name | Age | Issue |
| [[NAME|Hollis Tate]] | Age: {{age|76}} | missed INR |
| [[NAME|Fen Liu]] | Age: {{age|83}} | no show PT |
| [[NAME|Rosa Quiroga]] | Age: [[AGE_OVER_89|91]] | needs Medicaid recert |
All three left voicemails; [[NAME|Rosa]]'s granddaughter [[NAME|Yesenia]] called back ([[PHONE|555-0130]]) - recert appointment [[DATE|June 12]]. Mr. [[NAME|Tate]] is {{age|in his 80s}} and hard of hearing - try his landline again tomorrow.
""")

note("H064", "hospice admission assessment", """
HOSPICE ADMISSION ASSESSMENT
Patient: [[NAME|Kovalenko, Yevdokia]] (F, [[AGE_OVER_89|93]])     Hospice ID [[OTHER_ID|EVH-2024-0412]]     Medicare [[HEALTH_PLAN|9KD4-NT2-XR58]]
Address: [[STREET|RR 1 Box 77B]], [[CITY|Harmony Ridge]]     Admission visit [[DATE|06/05/2024]]
Interpreter: Ukrainian, [[NAME|Halyna]] by phone (interpreter ID [[OTHER_ID|UKR-5512]])

History: end-stage COPD on home oxygen 3 L; three ED visits since [[DATE|Apr '24]], the last earlier this month ([[DATE|Jun '24]]). First fall at home on [[DATE|New Year's Day 2024]]. Weight 41 kg. Dyspnea at rest, sleeps in recliner.
Family: daughter [[NAME|Oksana Kovalenko-Ward]] (primary caregiver, [[PHONE|641-555-0108]]); son [[NAME|Bohdan]] visits weekends. Her husband, {{age|in his 90s}}, lives at {{facility|Maple Grove Care Center}}.
Meds: {{drug|Trelegy Ellipta}} {{dose|1 inhalation daily}}, {{drug|albuterol}} nebulizer q4h prn, {{drug|morphine}} oral solution {{dose|2.5 mg}} q2h prn dyspnea (new), {{drug|lorazepam}} {{dose|0.5 mg}} q6h prn anxiety (new), {{drug|senna}} {{dose|8.6 mg}} at bedtime.
DME: oxygen concentrator serial [[DEVICE|EV11-4473-1187]] delivered today; hospital bed ordered.
Code status: DNR, out-of-hospital DNR form completed and signed by Dr. [[NAME|Lucinda Hartwell-Moyo]].

[[NAME|Tomasz Wierzbicki]], RN, admission nurse
""")


MARK = re.compile(r"\[\[([A-Z_0-9]+)\|(.*?)\]\]|\{\{([a-z_]+)\|(.*?)\}\}")


def build() -> list[dict]:
    """The records, in order: id, genre, text, spans, lookalikes."""
    return build_records(NOTES, MARK)


_TITLES = ("Dr.", "Dr ", "Mr.", "Mrs.", "Ms.", "Miss ", "Rev.", "Fr.", "Father ", "Pastor ",
           "Chaplain ", "Deputy ", "Trooper ", "Tpr.", "Ofc.", "Officer ", "Judge ", "SW ", "RN ")
def check(records: list[dict]) -> None:
    """Assert offsets, no marks left, invented-only identifier ranges and the minimum counts."""
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert all(re.fullmatch(r"H\d{3}", i) for i in ids), ids
    assert len(records) >= 55, len(records)
    types, kinds = check_offsets(records, TYPES, KINDS)
    for r in records:
        for s in r["spans"]:
            check_invented(s, r["id"])
            value, kind = s["text"], s["type"]
            if kind == "ZIP":
                assert re.fullmatch(r"\d{5}(-\d{4})?", value), (r["id"], value)
            elif kind == "DATE":
                assert not re.fullmatch(r"(19|20)\d\d", value), (r["id"], value)
            elif kind == "NAME":
                assert not value.startswith(_TITLES), (r["id"], value)
                assert not value.endswith((" MD", " RN", ", MD", ", RN", " DO", ", DO")), \
                    (r["id"], value)
                assert not value.endswith("'s"), (r["id"], value)
            elif kind == "AGE_OVER_89":
                assert age_value(value) >= 90, (r["id"], value)
        for s in r["lookalikes"]:
            if s["kind"] == "age" and s["text"].isdigit():
                assert int(s["text"]) <= 89, (r["id"], s)
    for t in TYPES:
        assert types[t] >= max(6, MINIMUM.get(t, 0)), (t, types[t])
    assert sum(types.values()) >= 900, sum(types.values())
    assert sum(kinds.values()) >= 400, sum(kinds.values())


def main() -> None:
    records = build()
    check(records)
    write_set(records, OUT)


if __name__ == "__main__":
    main()
