"""Third development set of synthetic de-identification notes: ``phi_dev3_notes.jsonl``.

Written independently by a separate author, without access to the detection rules, to the other
note sets or to their generators. Every person, address, number and code is invented; towns and
regions are real or made up, and a real town is not a real person's address. The notes imitate
writers outside the usual US hospital templates: community health workers, school nurses, hospice,
prison health, refugee clinics, rushed shorthand, dictation with transcription errors,
speech-to-text portal messages, family texts, run sheets, occupational health, and notes from
Canada, Australia, the UK, Ireland, India and South Africa, plus letters, logs and tables.

Run ``python scripts/phi_dev3_notes.py`` to rewrite
``medllm_utils/resources/data/phi_dev3_notes.jsonl`` exactly (standard library only, no randomness).

Markup: ``[[TYPE|text]]`` marks an identifier (HIPAA Safe Harbor type) and ``{{kind|text}}`` a
look-alike that is not an identifier; the script strips the marks and computes the offsets.

Annotation conventions
- NAME: every person (patients, relatives, friends, clinicians, staff, interpreters, officers,
  clergy, landlords), in any form: full, first or last only, "Last First", "LAST, First", initials
  ("J.R.", "KM"), nicknames and names spelled out letter by letter in dictation ("H O L L I S").
  Titles (Dr, Mrs, Sr, Det., Pastor, Don) and credentials (RN, MD, CHR) are outside the span; a
  nickname in quotes is its own span, the quotes outside. Kinship words (Amma, Lola, Akka) are not
  names; "Umm Omar" (a name by one's child) is.
- DATE: any date element more specific than a year, in any form ("3rd of March 2025", "Mar 3",
  "03.03.2024", "2024-03-03", "07JUL2024", "march the fourth", "eleven twelve fifty-six",
  month-year and a month alone). The year is inside the span when it is part of the date. "the 4th"
  includes "the"; a weekday next to a date is outside the span. Years alone are not PHI.
- AGE_OVER_89: the number only ("96", the "92" of "92M").
- CITY: towns, cities, villages, townships, neighbourhoods, counties, islands, camps and chapters;
  states, provinces and countries are not PHI. STREET: street address lines (unit and building
  included), P.O. boxes, street and road names alone. ZIP: ZIP and postal codes of any country.
- Clinicians', clinics' and agencies' phones, faxes, e-mails and street addresses are marked too;
  the names of hospitals, clinics, pharmacies, schools, churches and agencies are not (some are
  listed as look-alikes of kind "facility").
- Number types: national identity numbers (US SSN, Aadhaar, Irish PPSN, South African ID) are SSN;
  national health and insurance numbers (NHS number, CHI, Medicare and Medicaid, OHIP, BC PHN,
  PMJAY, medical card and member numbers) are HEALTH_PLAN; hospital, folder, unit and UHID numbers
  are MRN; billing and trust accounts are ACCOUNT; driver's licences, professional registrations,
  NPI, GMC and provider numbers are LICENSE; serial numbers of a patient's own devices and implants
  are DEVICE; plates and VINs are VEHICLE; ids of fingerprint, palm-vein, hand-geometry, voiceprint
  and iris templates and of face photographs are BIOMETRIC; every other code about the person
  (case, claim, inmate, A-number, passport, incident, accession, job, study subject, registry ids,
  usernames and messaging handles) is OTHER_ID. A URL or an e-mail address is one span even when it
  contains a name or an id.
- Look-alikes (kinds drug, eponym, lab, dose, score, device_model, code, age, facility, other) are
  things a detector should leave alone; they are listed where they stand out, not exhaustively.
  Kind "other" covers times, rooms and beds, years, lot numbers, study and protocol numbers, and
  common words that are also names.

The set is for development only, to check that changes to a detector generalise; it is never used
to report results.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from itertools import pairwise
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))   # scripts/phi_markup.py
from phi_markup import strip_marks, write_set

OUT = Path(__file__).resolve().parents[1] / "medllm_utils" / "resources" / "data" / "phi_dev3_notes.jsonl"

TYPES = ("NAME", "DATE", "PHONE", "FAX", "EMAIL", "URL", "IP", "SSN", "MRN", "ACCOUNT", "HEALTH_PLAN",
         "LICENSE", "VEHICLE", "DEVICE", "BIOMETRIC", "OTHER_ID", "STREET", "CITY", "ZIP", "AGE_OVER_89")
KINDS = ("drug", "eponym", "lab", "dose", "score", "device_model", "code", "age", "facility", "other")
MIN_NOTES, MIN_SPANS, MIN_PER_TYPE, MIN_NAME, MIN_DATE, MIN_LOOKALIKES = 45, 550, 6, 200, 100, 200

_MARK = re.compile(r"\[\[([A-Z_0-9]+)\|(.*?)\]\]|\{\{([a-z_]+)\|(.*?)\}\}", re.DOTALL)
_NOTES: list[tuple[str, str]] = []


def _note(genre: str, marked: str) -> None:
    """Register one note, written as marked-up text (leading and trailing newlines dropped)."""
    _NOTES.append((genre, marked.strip("\n")))


# ---------------------------------------------------------------------------------------------
# The notes
# ---------------------------------------------------------------------------------------------

_note("community health representative home visit", """
COMMUNITY HEALTH REPRESENTATIVE (CHR) PROGRAM - HOME VISIT
Client: [[NAME|Lorraine Begay]]     DOB [[DATE|04/17/1948]]     Chapter: [[CITY|Sheep Springs]]
Visit date: [[DATE|Jan 9]]     CHR: [[NAME|Delbert Yazzie]]

Drove out past the chapter house, 2nd dirt road after the cattle guard, tan house w/ blue door. Road muddy, walked the last quarter mile. Grandson [[NAME|Tyler Tsosie]] ({{age|17}}) met me at the gate. Client sitting by the wood stove, alert, joking. Says her sugars "been behaving." Meter shows {{lab|182}} this morning fasting, {{lab|240}} yesterday after fry bread at her niece's. Taking {{drug|metformin}} {{dose|1000 mg}} twice a day - counted pills, 11 left in bottle filled [[DATE|12/20]], so missing doses. {{drug|Lantus}} pen is in the fridge, she uses it "only when I feel it." Explained again in Navajo, grandson helped. BP {{lab|156/88}} L arm sitting. Feet: small crack R heel, no redness, monofilament intact.

Hauls water from the windmill in 40 gal barrels. Propane ok until the end of [[DATE|February]]. Daughter [[NAME|Marilyn Begay-Nez]] works in [[CITY|Farmington]], comes weekends, cell [[PHONE|(505) 555-0162]]. Client has no phone - use neighbor [[NAME|Harold Benally]]'s landline [[PHONE|(505) 555-0119]].

Plan: message Dr. [[NAME|Kee]] at {{facility|the IHS clinic}} re: insulin use. Next visit [[DATE|Jan 23]], will bring pill organizer. Transport van booked for eye exam [[DATE|2/6]].
[[NAME|D. Yazzie]], CHR    Employee # [[OTHER_ID|CHR-0417]]
""")

_note("school nurse health office log", """
{{facility|Jefferson Elementary}} - HEALTH OFFICE DAILY LOG
Date: Thursday [[DATE|10/3/2024]]      Nurse: [[NAME|Summer Kowalczyk]], BSN, RN

{{other|08:12}}  [[NAME|Hunter Price]] (gr 4, {{other|Rm 112}}) - wheezy after running from the bus. Peak flow {{lab|190}} (personal best {{lab|280}}). {{drug|Albuterol}} HFA {{dose|2 puffs}} w/ spacer per action plan. Recheck 08:30 PF {{lab|250}}, lungs clear, back to class. Called mom [[NAME|Brittany Price]] [[PHONE|614-555-0137]], LVM.
{{other|09:40}}  [[NAME|Faith Oyelaran]] (K) - "tummy hurts," no fever, T {{lab|98.4}}. Crackers, rested 15 min, returned to class.
{{other|10:05}}  [[NAME|Mateo Ruiz-Alvarado]] (gr 2) - T1D. {{device_model|Dexcom G7}} reading {{lab|64}} w/ down arrow, shaky. 15 g glucose tabs, recheck 15 min {{lab|102}}. Receiver (serial [[DEVICE|SM74218309]]) low battery - texted dad [[NAME|Julio Ruiz]] to bring charger. Dad: "ok on my way mijo."
{{other|11:30}}  Lice check {{other|Rm 108}} per teacher Mrs. [[NAME|Little]]. 22 students, 1 positive ([[NAME|K.J.]]), letter home, grandmother picked up 11:55.
{{other|12:15}}  [[NAME|Rose Tuiasosopo]] (gr 5) - fell at recess, abrasion L knee, cleaned, bandage, ice.
{{other|13:20}}  [[NAME|Hunter]] back - PF {{lab|270}}, no distress. Mom called back from work, will pick up refill tonight. Asthma action plan last signed [[DATE|Aug 28]].
{{other|13:50}}  [[NAME|Eli Marchand]] (gr 1, {{eponym|Down}} syndrome) - g-tube feed per plan, site clean, 60 mL water flush.
{{other|14:45}}  Vision make-ups gr 3: [[NAME|Amira Haddad]] {{score|20/40}} OU - referral letter sent home. [[NAME|Declan O'Rourke]] {{score|20/20}}.
Nurse cell for teachers: [[PHONE|614-555-0188]]
""")

_note("home hospice nursing visit", """
HOSPICE RN VISIT NOTE - ROUTINE
Pt: [[NAME|Evangeline]] "[[NAME|Vangie]]" [[NAME|Moreau]]     Age: [[AGE_OVER_89|96]]     Dx: end-stage heart failure / {{eponym|Alzheimer}} dementia, {{score|FAST 7c}}

Visit [[DATE|2/14]] 1030-1145. Residence: daughter's home, [[STREET|88 Larkspur Lane]], [[CITY|Cold Spring]] - basement apt, ramp at side door.
Present: daughter/PCG [[NAME|Colette Moreau-Fisk]], granddaughter [[NAME|Hope]] (nursing student), aide [[NAME|Precious Dlamini]], CNA.

S: [[NAME|Colette]] reports mom "sleeping most of the day now," sips only, ~120 mL since yesterday. Two episodes of rattly breathing overnight. No falls. {{drug|Morphine}} concentrate {{dose|5 mg}} SL x2 overnight ({{other|0200}}, {{other|0515}}) for air hunger, good effect per family. {{drug|Lorazepam}} {{dose|0.5 mg}} x1 at 2100 for restlessness.
O: Responds to voice, opens eyes briefly, mumbles "Papa." BP {{lab|88/50}}, HR {{lab|104}} irreg, RR {{lab|26}} with 10-15 sec apneic pauses. SpO2 not checked per goals. Mottling to bilat knees. Sacrum intact, heels boggy - repositioned, boots on. No {{eponym|Foley}}; incontinent, brief changed.
A: Actively dying, likely days. Family aware.
P: {{drug|Glycopyrrolate}} {{dose|0.2 mg}} SQ q4h prn secretions added after call w/ hospice MD Dr. [[NAME|Ravindran]], order read back. Daily visits from now. Chaplain [[NAME|Bishop]] to visit tomorrow; family is Catholic and asks for anointing - Fr. [[NAME|Tadeusz Wróbel]] of {{facility|St. Hedwig's}} parish notified, [[PHONE|(845) 555-0154]]. Son [[NAME|Andre]] flying in from [[CITY|Baton Rouge]], arriving [[DATE|Feb 16]]; the family has {{other|hope}} he makes it in time. [[NAME|Colette]] has the on-call number [[PHONE|845-555-0100]]. [[NAME|Hope]] asked what to expect - gave "Gone From My Sight" booklet, went over the signs. DNR / POLST in red folder on fridge, dated [[DATE|9/30/2023]].
[[NAME|M. Abernathy-Cole]], RN, Case Manager
""")

_note("prison health sick call", """
STATE CORRECTIONAL FACILITY - HEALTH SERVICES
SICK CALL / NURSING ENCOUNTER
Inmate: [[NAME|GARRETT, DWAYNE L]]     DOC#: [[OTHER_ID|A-448217]]     Housing: {{other|C-Unit 214-B}}
DOB: [[DATE|08-22-1979]]     SSN: [[SSN|921-08-3346]]     Seen: [[DATE|06/11]] @ {{other|0740}}
Escort: CO [[NAME|J. Mendoza]], badge [[OTHER_ID|4471]]
Inmate trust account: [[ACCOUNT|TA-0044821]] (copay {{other|$5}} deducted)

CC: "my tooth is killing me, 3 days." Also asks for renewal of his {{drug|Keppra}}.
Sick call slip dated [[DATE|6/8]], received [[DATE|6/9]] (weekend), triaged routine by LPN [[NAME|Ortiz]].

Hx: seizure d/o since MVA at {{age|19}}, last seizure [[DATE|Nov 2022]] at county jail before transfer. {{drug|Levetiracetam}} {{dose|750 mg}} BID, KOP card on file. Pill line shows 4 missed doses in [[DATE|May]] - inmate states he was in seg [[DATE|5/14]]-[[DATE|5/20]] and meds were not delivered. Med incident report #[[OTHER_ID|IR-23-0912]] filed.
Dental: #19 fractured, +percussion tenderness, mild gingival swelling, no facial swelling, no trismus. T {{lab|98.9}}.
Plan: {{drug|ibuprofen}} {{dose|600 mg}} TID x5d, {{drug|amoxicillin}} {{dose|500 mg}} TID x7d per standing order, dental list (next dental day [[DATE|6/18]]). Keppra renewed x90d per Dr. [[NAME|Whitfield-Osei]] (verbal, cosign pending).
Emergency contact on file: mother [[NAME|Loretta Garrett]], [[STREET|1420 Dunmore Rd Apt 3]], [[CITY|Pine Bluff]], AR [[ZIP|71603]].
""")

_note("refugee clinic intake", """
REFUGEE HEALTH ASSESSMENT - DOMESTIC SCREENING, INITIAL VISIT
{{facility|Eastside Newcomer Health Clinic}}     Date: [[DATE|10/29/2024]]
Interpreter: [[NAME|Abdirahman Jama]] (Somali, in person, ID [[OTHER_ID|INT-2207]])
Family case no. [[OTHER_ID|KEN-18C40217]]     US arrival: [[DATE|12 Sept 2024]]
Resettlement caseworker: [[NAME|Grace Achieng]] [[PHONE|(612) 555-0171]]
Address: [[STREET|2215 Cedar Ave S, Apt 407]], [[CITY|Minneapolis]] [[ZIP|55404]]

Index patient: [[NAME|Hodan Abdi Warsame]], F, DOB per I-94 [[DATE|01/01/1988]] (pt unsure - "born in the rainy season"). A# [[OTHER_ID|A 218 447 903]]. SSN card received last week: [[SSN|909-33-2187]]. UNHCR iris enrolment ref [[BIOMETRIC|IRS-KEN-0044718]] noted on the overseas forms.
Household: husband [[NAME|Abdullahi Mohamed Farah]] (seen separately), children [[NAME|Ayaan]] ({{age|9}}), [[NAME|Mahad]] ({{age|6}}), [[NAME|Sagal]] ({{age|2}}), and husband's mother [[NAME|Fadumo Guled]] (approx. {{age|70}}).

History: born in [[CITY|Baidoa]], Somalia; lived in [[CITY|Dadaab]] camp, Kenya, from {{other|2011}} until departure. Overseas exam done [[DATE|15/07/2024]] in [[CITY|Nairobi]] by the IOM panel physician (DS-3025 vaccine record attached). Overseas CXR normal; IGRA drawn today. HBsAg negative overseas. Pre-departure {{drug|albendazole}} {{dose|400 mg}} and {{drug|praziquantel}} documented.
Complaints: low back pain, "whole body pain," poor sleep. RHS-15 {{score|14}} - positive, offered behavioral health, accepted.
Labs: Hgb {{lab|10.1}}, MCV {{lab|72}} - iron studies added. [[NAME|Ayaan]] lead {{lab|6.2 mcg/dL}}, repeat in 3 months. Pregnancy test negative, LMP [[DATE|Oct 20]].
Plan: PCP Dr. [[NAME|Nguyen Thi Lan]] at week 4, [[DATE|11/26/2024]] 10:30.
""")

_note("rushed night nurse shorthand", """
nights [[DATE|3/2]]-[[DATE|3/3]]  4W  pts {{other|7}} {{other|9}} {{other|11}} {{other|12}}

0215 {{other|rm 7}} [[NAME|OKAFOR c]] - QAR. eating sm amt. V- D+ x2 loose. U+ in hat. T {{lab|37.9}}. abd soft NT. IV L FA flushes ok. meds per MAR. wife [[NAME|ngozi]] called x2, updated.
0230 {{other|rm 9}} [[NAME|stan w.]] - BAR, amb to BR w/ walker SBA. pain {{score|3/10}}, {{drug|tylenol}} given.
0300 {{other|rm 11}} mrs [[NAME|tanaka]] - NPO p MN for {{eponym|whipple}} in AM. anxious, slept after.
0310 {{other|rm 12}} new adm from ED - [[NAME|DELACROIX Armand]] {{age|78}}M cellulitis RLE, margins marked. {{drug|cefazolin}} {{dose|2 g}} hung 0320. BG {{lab|212}} -> {{dose|4 u}} {{drug|lispro}} per SS. dtr [[NAME|yvette]] at bs, left # [[PHONE|555-0107]]
0400 {{other|rm 7}} D+ again. stool sent c diff, contact precautions. paged dr [[NAME|haq]] re fluids, NS {{dose|100 mL/h}} ordered.
0500 {{other|rm 9}} sleeping, easily aroused.
0530 {{other|rm 11}} VS WNL, pre-op checklist done, consent signed by son [[NAME|kenji]] (POA) yday [[DATE|3/2]].
0600 {{other|rm 12}} T {{lab|38.4}}, BCx x2 drawn, dr [[NAME|haq]] aware.
handoff to [[NAME|gina]] @ 0700 - [[NAME|tl]]
""")

_note("dictated clinic note with transcription errors", """
*** DICTATED BUT NOT READ - PRELIMINARY ***
This is doctor [[NAME|Reuben Castellanos]] dictating a clinic note on [[NAME|Margaret Anne Hollis]], [[NAME|H O L L I S]], date of birth [[DATE|July ninth nineteen forty one]], medical record number [[MRN|4 4 7 1 9 0 2]]. Date of service [[DATE|march the fourth]] period.

History of present illness colon. Ms. [[NAME|Hollis]] is an {{age|82}}-year-old woman with atrial fibrillation on {{drug|a pixaban}}, hypertension stage 3 chronic kidney disease and remote {{eponym|Bell}} palsy who comes in for follow-up after her admission to {{facility|Saint Agnes}} from [[DATE|February 20th]] through [[DATE|the 24th]] for congestive heart failure exacerbation period. She was diuresed with I V {{drug|Lasix}} and sent home on {{dose|40 milligrams}} daily new paragraph.

She is accompanied today by her son [[NAME|Douglas]] who says comma quote she has been forgetting her pills unquote period. Her neighbor Mrs. [[NAME|Pain Ya]] helps with the pill box on weekends. Weight today is {{lab|141 pounds}} down from {{lab|149}} at discharge. Blood pressure {{lab|118 over 64}}. Pulse {{lab|72}} irregular. Trace edema bilaterally period.

Her prior cardiologist was doctor [[NAME|Shaw]], [[NAME|S H A W]], in [[CITY|Oak Brook Terrace]], we will request records by fax at [[FAX|630 555 0126]].

Plan colon number one continue {{drug|furosemide}} {{dose|40 milligrams}} daily, check basic metabolic panel and magnesium today. Number two pill packs through the pharmacy. Number three follow up with me in two weeks on [[DATE|the 18th]]. I discussed the plan with her daughter in law [[NAME|Kristin]] by phone at [[PHONE|708 555 0193]]. End of dictation.

Job [[OTHER_ID|88213047]]   D: [[DATE|03/04/2024]] 16:22   T: [[DATE|03/05/2024]] 07:10   [[NAME|lmw]]
""")

_note("speech-to-text patient portal message", """
hi doctor [[NAME|fatima]] this is [[NAME|george papadakis]] i wanted to let you know i had the dizzy spell again last tuesday [[DATE|the 4th]] and my sugar was 300 and something this morning and i took the extra units like you said. also my daughter [[NAME|jessica]] will bring me to the appointment on tuesday [[DATE|the 11th]] because my car is in the shop. she said she can do 10 oclock but not after because she has to get the kids from school. my new phone number is [[PHONE|217 555 0148]] the old one got cut off. also the pharmacy the {{facility|walgreens}} on [[STREET|grand avenue]] said they need a new prescription for the {{drug|jardiance}} because my insurance changed. the new card number is [[HEALTH_PLAN|w 2 8 4 4 1 9 0 3 7]] i think thats what you need. and my wife [[NAME|eleni]] says hello and thank you for the flowers when she was in the hospital in [[DATE|june]]. ok thank you god bless

sent from my iphone
""")

_note("family group text thread uploaded to portal", """
[Screenshot uploaded by patient's daughter; transcribed into the chart by unit clerk [[NAME|R. Ocampo]]]

Sat 2:14 PM
[[NAME|Priya]]: Amma moved out of ICU!! {{other|bed 14}} on {{facility|5 West}}
[[NAME|Kavitha]] Akka: thank god 🙏 what did the doctor say
[[NAME|Priya]]: Dr [[NAME|Subramanian]] said potassium is better {{lab|4.1}}, they stopped the drip
[[NAME|Vinod]]: I can come sunday after 11. [[NAME|Meena]] has exam
[[NAME|Priya]]: ok. bring her reading glasses and the green shawl. and her {{drug|Thyronorm}} tablets from the cupboard, they don't have that brand here
[[NAME|Kavitha]] Akka: nurse [[NAME|Josh]] is so nice. tell him thanks from us
[[NAME|Vinod]]: is she eating
[[NAME|Priya]]: {{other|little}} bit. idli from home, they said ok
[[NAME|Kavitha]] Akka: I'm flying in from [[CITY|Coimbatore]] on [[DATE|the 19th]], landing 6am. can someone pick me
[[NAME|Vinod]]: I'll go. send PNR
[[NAME|Kavitha]] Akka: [[OTHER_ID|K7QX2M]]
[[NAME|Priya]]: also for the discharge papers her address is my place now - [[STREET|41 Windermere Crescent]], [[CITY|Brampton]] [[ZIP|L6Z 3K8]]. SW Ms. [[NAME|Bello]] said to tell them
""")

_note("ambulance patient care report", """
TRI-VALLEY AMBULANCE - PATIENT CARE REPORT
Incident #: [[OTHER_ID|24-031877]]     Unit: {{other|Medic 12}}     Date: [[DATE|2024-08-17]]     Billing acct: [[ACCOUNT|TVA-88104452]]
Crew: [[NAME|K. Fontaine]] (Paramedic, lic [[LICENSE|P-19774]]), [[NAME|Tomasz Nowicki]] (EMT-B)
Times: dispatch {{other|1642}} / enroute 1643 / on scene 1651 / pt contact 1653 / depart 1712 / at dest 1729
Scene: residence, [[STREET|3380 Old Quarry Rd]], [[CITY|Millersburg]]
Pt: [[NAME|Shirley Ann Kowalski]]     F     Age [[AGE_OVER_89|91]]     DOB [[DATE|05/30/1933]]     SSN [[SSN|978-20-6615]]

CC: fall, R hip pain.
HPI: found by neighbor [[NAME|Dale]] on kitchen floor, unknown down time (last seen by him ~1900 yesterday). Pt states she "slipped reaching for the cat food." Denies LOC, CP, SOB. A&O x3, baseline per neighbor.
PMH: HTN, AF, {{eponym|Parkinson}} disease, "thin blood." Meds: {{drug|Eliquis}}, {{drug|metoprolol}}, {{drug|Fosamax}}.
Assessment: GCS {{score|15}}. R leg shortened and externally rotated, CMS intact distally. BP {{lab|164/92}}  HR {{lab|96}} irreg  RR {{lab|18}}  SpO2 {{lab|95%}} RA  BGL {{lab|131}}. Pain {{score|8/10}}.
Tx: {{drug|fentanyl}} {{dose|50 mcg}} IN at 1659, {{dose|25 mcg}} at 1708 -> pain {{score|4/10}}. Scoop to cot, pillow under R knee. 12-lead AF rate 90s, no STE, transmitted.
Pt's car blocking the driveway (Buick, KY plate [[VEHICLE|4HT 229]]) - left in place. [[NAME|Dale]] has a house key and will feed the cat. Daughter [[NAME|Pamela Kowalski-Reyes]] notified by neighbor, meeting us at ED, [[PHONE|(859) 555-0131]].
Dest: {{facility|Mercy Regional ED}}, report to RN [[NAME|Aguilar]].
[[NAME|KF]]
""")

_note("occupational health fit-for-duty exam", """
OCCUPATIONAL HEALTH - FIT FOR DUTY / RESPIRATOR CLEARANCE / DOT EXAM
Employer: Granite Ridge Quarry & Aggregates, site at [[CITY|Mossburg]]
Employee: [[NAME|Frank Major]]     Employee ID: [[OTHER_ID|GR-00872]]     DOB [[DATE|1969-11-02]]
Job: crusher operator / haul truck     CDL (class A): [[LICENSE|M6521-88034-17]]
Supervisor: [[NAME|Hunter Bishop]] [[PHONE|(207) 555-0159]]     HR: [[EMAIL|hr.benefits@graniteridge-agg.example.com]]
Visit: [[DATE|9 Apr 2024]]

Spirometry: FVC {{lab|4.12 L}} ({{lab|91%}} pred), FEV1 {{lab|3.05 L}} ({{lab|86%}}), ratio {{lab|0.74}}. Acceptable, repeatable.
Audiogram: standard threshold shift L ear at 4 kHz vs baseline of [[DATE|2019-03-14]]; hearing protection refit (plugs + muffs), retest 30 days.
Fit test: {{device_model|3M 6502QL}} half-face, size M, quantitative fit factor {{lab|>200}} - pass.
Silica surveillance: CXR B-read by Dr. [[NAME|Ingrid Solheim]] (B reader cert [[LICENSE|B-4417]]) - {{score|ILO 0/0}}, no small opacities.
DOT: BP {{lab|148/94}} -> 1-year certificate. Vision {{score|20/25}} OU, whisper test pass. Urine SG {{lab|1.020}}, protein neg.
Drug screen collected, custody and control form [[OTHER_ID|CCF 0093376412]], to MRO.
Time clock: hand-geometry reader re-enrolled after the hand laceration last winter, new template ID [[BIOMETRIC|HG-77120-R]].
Cleared for full duty. Mr. [[NAME|Major]] asked about the hearing claim - gave the {{facility|Workers' Comp}} packet.
[[NAME|Lena Brightman]], DO, MPH
""")

_note("Canadian family practice progress note (BC)", """
{{facility|Okanagan Lakeside Family Health}} - PROGRESS NOTE
Pt: [[NAME|Melnyk, Oksana]]     PHN [[HEALTH_PLAN|9123 456 782]]     DOB [[DATE|1987-06-23]]
Address: [[STREET|1190 Ridgeview Pl]], [[CITY|West Kelowna]], BC [[ZIP|V4T 2K9]]     Cell [[PHONE|250-555-0124]]
Date: [[DATE|14 Nov 2024]]

S: {{age|37}} y/o, arrived from [[CITY|Kharkiv]] in {{other|2022}} under CUAET, works at a winery near [[CITY|Peachland]]. Here with sister-in-law [[NAME|Halyna]], who drove down from [[CITY|Vernon]]. Fatigue x3 mo, palpitations climbing stairs, heavy periods (soaks pad q1h on days 1-2). LMP [[DATE|Nov 2]]. Husband [[NAME|Serhii]] still in Ukraine; sleeping poorly.
O: HR {{lab|102}}, BP {{lab|104/66}}, pale conjunctivae, no goitre; no known {{eponym|Hashimoto}} thyroiditis. GAD-7 {{score|11}}.
Results: Hb {{lab|92 g/L}}, ferritin {{lab|4 µg/L}}, TSH {{lab|1.8 mU/L}}.
A/P: Iron deficiency anaemia secondary to menorrhagia. {{drug|FeraMAX}} {{dose|150 mg}} daily. Pelvic US booked [[DATE|Dec 3]]. Referral to gyne Dr. [[NAME|Parminder Dhaliwal]] (fax [[FAX|250-555-0190]]). Recheck CBC in 6 wks. Counselling resources in Ukrainian given.
Vaccine certificate from Ukraine translated by [[NAME|Bohdan Kravets]], certified translator no. [[LICENSE|STIBC-4471]].
[[NAME|Harpreet Grewal]], NP
""")

_note("Australian GP referral letter", """
{{facility|Riverbend Medical Centre}}
[[STREET|Shop 4, 112 Currawong Street]], [[CITY|Lismore Heights]] NSW [[ZIP|2480]]
Ph [[PHONE|02 5550 1873]]   Fax [[FAX|02 5550 1874]]   Provider No. [[LICENSE|2475816T]]

[[DATE|3rd of March 2025]]

Dr [[NAME|Anjali Krishnamurthy]]
Endocrinologist, Northern Rivers Specialist Suites
[[STREET|Level 2, 40 Uralba Street]], [[CITY|Lismore]] NSW [[ZIP|2480]]

Dear [[NAME|Anjali]],

Re: Mr [[NAME|Tevita Fifita]]   DOB [[DATE|12/08/1972]]
[[STREET|7 Banksia Close]], [[CITY|Goonellabah]] NSW [[ZIP|2480]]
Medicare [[HEALTH_PLAN|4281 57390 2]] / IRN 1   Mob [[PHONE|0491 570 156]]

Thank you for seeing [[NAME|Tevita]], a {{age|52}} y.o. Tongan man, long-haul truck driver, with type 2 diabetes that is not controlled on {{drug|Diabex XR}} {{dose|2 g}} nocte, {{drug|Forxiga}} {{dose|10 mg}} mane and {{drug|Ozempic}} {{dose|1 mg}} weekly. HbA1c has risen to {{lab|9.4%}} ([[DATE|Feb 2025]]) from {{lab|8.1%}} in [[DATE|Sept 2024]]. eGFR {{lab|68}}, UACR {{lab|12.4 mg/mmol}}, LDL {{lab|2.9}} on {{drug|Lipitor}} {{dose|40 mg}}.

He holds a heavy-vehicle licence ([[LICENSE|NSW 18834752]]) and is anxious about insulin because of his work - he drives the [[CITY|Casino]] to [[CITY|Brisbane]] run four nights a week and eats at roadhouses. Podiatrist [[NAME|Jess Nguyen]] saw him last year for a possible {{eponym|Charcot}} foot; X-ray was negative.

His wife [[NAME|Mele]] is happy to be contacted on [[PHONE|0491 570 159]].

Kind regards,
Dr [[NAME|Callum McIntyre]]   MBBS FRACGP
""")

_note("UK GP referral to memory clinic", """
{{facility|Wensum Valley Surgery}}
[[STREET|2 Mill Lane]], [[CITY|Little Snoring]], [[CITY|Norfolk]] [[ZIP|NR21 0AX]]
Tel [[PHONE|01632 960412]]

[[DATE|17.01.2025]]

Memory Assessment Service, {{facility|Bure House}}

Re: Mrs [[NAME|Dorothy May Pinnock]]   DOB [[DATE|02/11/1934]]   NHS No. [[HEALTH_PLAN|485 777 3456]]
[[STREET|Flat 3, Swallow Court, Church Road]], [[CITY|Fakenham]] [[ZIP|NR21 9BG]]

Dear Colleague,

I would be grateful if you would assess this [[AGE_OVER_89|90]]-year-old lady for a possible dementia. Her daughter, Mrs [[NAME|Hilary Gaunt]], who lives in [[CITY|Dereham]], reports that since about [[DATE|October]] her mum has twice left the gas on and got lost driving back from the market. 6CIT today {{score|16/28}}. She was pleasant and chatty, and put her lapses down to "being [[AGE_OVER_89|90]]."

Bloods on [[DATE|9th January]]: Hb {{lab|121}}, B12 {{lab|310}}, folate {{lab|7.4}}, TSH {{lab|2.1}}, Na {{lab|136}}, eGFR {{lab|54}}, adj Ca {{lab|2.38}}. CT head not yet done.

Medication: {{drug|amlodipine}} {{dose|5mg}} od, {{drug|Adcal-D3}} two daily, {{drug|co-codamol}} {{dose|30/500}} prn for knee pain.

She still drives (licence [[LICENSE|PINNO411024DM9AB]]); I have advised her to stop until assessed and to inform the DVLA. Her son, [[NAME|Kenneth]], in [[CITY|Aberdeen]], holds lasting power of attorney for health and welfare, registered [[DATE|March 2022]].

Yours sincerely,

Dr [[NAME|Sunita Barker]]   GMC [[LICENSE|7044218]]
""")

_note("Irish hospital discharge summary", """
{{facility|St Brigid's Regional Hospital}} - DISCHARGE SUMMARY
Patient: [[NAME|Síle Ní Bhriain]]     MRN [[MRN|0884217]]     DOB [[DATE|23/05/1958]]
Address: [[STREET|14 Bóthar na Trá]], [[CITY|An Spidéal]], Co. [[CITY|Galway]] [[ZIP|H91 F6K2]]
PPSN [[SSN|7654321TA]]     Medical card [[HEALTH_PLAN|2047 9981 K]]     Mobile [[PHONE|087 555 0183]]
GP: Dr [[NAME|Pádraig Ó Súilleabháin]], [[CITY|Oughterard]], tel [[PHONE|091 555 0172]]
Admitted [[DATE|02/02/2025]]     Discharged [[DATE|09/02/2025]]     Consultant: Prof. [[NAME|Deirdre Mac Giolla Phádraig]]

Diagnoses: Community-acquired pneumonia (CURB-65 {{score|2}}) with type 2 respiratory failure; COPD ({{score|GOLD 3}}).
Course: Presented via ED with 4 days of productive cough and drowsiness. ABG pH {{lab|7.29}}, pCO2 {{lab|8.9 kPa}}. NIV for 48 hours in the respiratory care unit, then weaned. IV {{drug|Tazocin}} {{dose|4.5g}} TDS, stepped down to oral {{drug|Augmentin}} {{dose|625mg}} TDS on day 4 plus {{drug|Klacid}} x5 days. {{drug|Prednisolone}} {{dose|40mg}} x5 days. CRP {{lab|212}} -> {{lab|38}}.
Social: lives alone; her niece [[NAME|Aoife]] calls in every day after work. Plays the box accordion at the session in [[CITY|Rosmuc]] of a Thursday. Smokes 10/day - brief intervention, referred to the QUIT service.
Follow-up: respiratory OPD 6 weeks; home oxygen assessment by CNS [[NAME|Niamh Keegan]]; repeat CXR in 6 weeks via GP.
Typed by [[NAME|MK]] [[DATE|10/02/25]]
""")

_note("Indian hospital discharge summary", """
{{facility|Sri Ranga Multispeciality Hospital}}, [[CITY|Tiruchirappalli]]
DISCHARGE SUMMARY - DEPARTMENT OF CARDIOLOGY
UHID: [[MRN|SRMH/2024/118733]]     IP No: [[OTHER_ID|IP-24-06611]]     Bill No: [[ACCOUNT|CR/24/0099174]]
Name: Mr. [[NAME|K. Senthilkumar]]     Age/Sex: {{age|58}} Y / M     S/o [[NAME|Kuppusamy]]
Address: [[STREET|Door No. 14/2, 3rd Cross Street]], [[CITY|Thillai Nagar]], [[CITY|Tiruchirappalli]] - [[ZIP|620018]], {{other|Tamil Nadu}}
Mobile: [[PHONE|+91 94430 55517]]     Aadhaar: [[SSN|6218 4470 9931]]     PMJAY ID: [[HEALTH_PLAN|PMJAY-TN-33-8841207]]
DOA: [[DATE|18-06-2024]]     DOD: [[DATE|25-06-2024]]
Consultant: Dr. [[NAME|R. Meenakshi Sundaram]], MD, DM (Cardiology), Reg. No. [[LICENSE|TNMC 64412]]

Diagnosis: Acute anterior wall STEMI ({{eponym|Killip}} class I) - thrombolysed with {{drug|Tenecteplase}} at outside hospital; CAG: LAD 90% proximal - PTCA + DES to LAD on [[DATE|19/06/24]]. T2DM. Systemic hypertension.
Stent: {{device_model|Xience Sierra}} 3.0 x 28 mm ({{other|Lot 2091441}}).
Echo: LVEF {{lab|40%}}, RWMA in LAD territory, no MR.
Investigations: Trop I {{lab|18.4 ng/mL}}, HbA1c {{lab|8.6%}}, LDL {{lab|142 mg/dL}}, creatinine {{lab|1.1}}.
Discharge medications:
  Tab. {{drug|Ecosprin}} {{dose|75 mg}} 0-1-0
  Tab. {{drug|Brilinta}} {{dose|90 mg}} 1-0-1
  Tab. {{drug|Atorva}} {{dose|80 mg}} 0-0-1
  Tab. {{drug|Glycomet GP 2}} 1-0-1
  Tab. {{drug|Met XL}} {{dose|25 mg}} 1-0-0
Advice: salt and oil restricted diabetic diet, no heavy lifting for 6 weeks. Review on [[DATE|02/07/2024]] in cardiology OPD with reports. Cardiac rehab enrolment.
Reports online: [[URL|https://reports.srirangahospital.example.org/uhid/118733]]
Attender: son [[NAME|S. Karthik]] ([[PHONE|+91 98945 05521]]), working in [[CITY|Bengaluru]].
Prepared by: Dr. [[NAME|Fathima Beevi]] (Resident)     Checked by: Dr. [[NAME|R. Meenakshi Sundaram]]
""")

_note("South African clinic note", """
{{facility|Siyakhula Clinic}} - ADULT PRIMARY CARE / ART
Folder no: [[MRN|SKC-009137]]     Date: [[DATE|2024/05/21]]
Name: [[NAME|Nomvula Precious Mahlangu]]     ID no: [[SSN|8807150412086]]     DOB [[DATE|15/07/1988]]
Address: [[STREET|2231 Mthembu Street]], [[CITY|Tembisa]], [[ZIP|1632]]     Cell [[PHONE|082 555 0147]]
Medical aid: none (state patient)
Seen by: Sr [[NAME|T. Khumalo]] (PN), Dr [[NAME|J. van der Merwe]]

ART review: on {{drug|TLD}} since [[DATE|Feb 2021]]. VL [[DATE|03/2024]] {{lab|<50}} copies/mL. CD4 {{lab|412}}. Adherence good, collects at the pick-up point.
Brought son [[NAME|Lwazi]] ({{age|2}}) for immunisation - Road-to-Health booklet updated, weight on the curve.
Complaints: cough 3 weeks, night sweats, lost 4 kg. TB screen positive. Sputum for GeneXpert, lab no [[OTHER_ID|NHLS TX0448129]]. CXR requested.
Partner [[NAME|Sipho Dube]] works on the mines at [[CITY|Rustenburg]], home at month end - to be traced and screened. Household of 6 in [[CITY|Ebony Park]]; contact tracing by CHW [[NAME|Lindiwe]] on Thursday.
Plan: {{drug|cotrimoxazole}} continued, review with GeneXpert result [[DATE|28 May]]. Counselled on cough hygiene.
""")

_note("insurance appeal letter", """
[[DATE|May 6, 2024]]

Appeals Department
Keystone Mutual Health Plan
[[STREET|P.O. Box 91402]]
[[CITY|Harrisburg]], PA [[ZIP|17106]]
Fax: [[FAX|(717) 555-0114]]

RE: Expedited appeal of denial - {{drug|Dupixent}} (dupilumab) {{dose|300 mg}} every 2 weeks
Patient: [[NAME|Jaylen Marcus Little]]     DOB: [[DATE|02/19/2011]]
Member ID: [[HEALTH_PLAN|KMH884201937-02]]     Patient account: [[ACCOUNT|DA-0041872]]
Reference #: [[OTHER_ID|PA-2024-0418-77312]]     Denial letter dated [[DATE|April 22, 2024]]

To Whom It May Concern:

I am writing on behalf of my patient, [[NAME|Jaylen Little]], a {{age|13}}-year-old with severe atopic dermatitis (ICD-10 {{code|L20.89}}) since infancy. At his visit on [[DATE|April 9]] his EASI was {{score|31}} and his IGA {{score|4}}, with lichenified plaques on the flexures, hands and face and sleep loss most nights.

Your denial states that he has not tried and failed topical therapy. He has: {{drug|triamcinolone}} {{dose|0.1%}} ointment twice daily for more than a year, {{drug|Protopic}} {{dose|0.03%}} (stopped for burning), {{drug|Eucrisa}}, and narrow-band UVB three times weekly (CPT {{code|96910}}) from [[DATE|September]] to [[DATE|December 2023]]. He missed 19 school days this year. His mother, [[NAME|Tamika Little]], has kept a photo diary, available on request.

Please approve. Portal copy of records: [[URL|https://records.derm-assoc.example.org/share/JL-7781Q]]. I can be reached at [[PHONE|(717) 555-0183]] or [[EMAIL|r.okonjo@derm-assoc.example.org]].

Sincerely,

[[NAME|Ruth Okonjo]], MD, FAAD
NPI [[LICENSE|1093817264]]
cc: [[NAME|Tamika Little]]; Dr. [[NAME|Howard Greenbaum]] (PCP)
""")

_note("court-ordered competency evaluation", """
FORENSIC PSYCHOLOGICAL EVALUATION - COMPETENCY TO STAND TRIAL
Court: Superior Court, [[CITY|Pinal County]], {{other|Arizona}}     Case No.: [[OTHER_ID|CR2024-118203]]
Defendant: [[NAME|RAMÍREZ-OCHOA, Luis Fernando]]     DOB [[DATE|10/04/1990]]
Ordered by: Hon. [[NAME|Patricia Delgado-Whitman]], order dated [[DATE|July 29, 2024]]
Defense counsel: [[NAME|Marcus Heller]], Esq.     Deputy County Attorney: [[NAME|Ashley Tran]]
Evaluator: [[NAME|Noor Al-Khatib]], PhD, ABPP     AZ Psychologist Lic. [[LICENSE|PSY-004417]]

Dates of contact: [[DATE|Aug 8]] and [[DATE|Aug 15, 2024]], jail interview room in [[CITY|Florence]], about 2 hours each, with Spanish interpreter [[NAME|Esperanza Villalobos]].
Sources: police report (DR# [[OTHER_ID|24-77102]]), jail medical records, discharge summary from {{facility|Sonoran Hills Psychiatric Hospital}} ([[DATE|March 2021]]), telephone interview with the defendant's sister, [[NAME|Marisol Ramírez]] ([[PHONE|(520) 555-0166]]).

Background: Mr. [[NAME|Ramírez-Ochoa]] was born in [[CITY|Hermosillo]] and moved to [[CITY|Casa Grande]] at age {{age|11}}. Left school in 10th grade. First hospitalization at {{age|24}} after hearing voices; diagnosed with schizophrenia. Stopped {{drug|Invega Sustenna}} {{dose|156 mg}} monthly in {{other|2023}} when his insurance lapsed.
Mental status: guarded, thought blocking, believes his public defender "works for the cartel." MoCA (Spanish) {{score|24/30}}. Could name the charge but not its seriousness; could not describe a plea bargain after teaching.
Opinion: Not presently competent to stand trial; substantial probability of restoration within 15 months with treatment, including long-acting antipsychotic. Recommend inpatient restoration.
""")

_note("research consent log", """
STUDY: HEART-SALT (salt substitution in CKD stage 3-4) - CONSENT LOG     Site 07     {{other|IRB #2023-0441}}     Funded by NIDDK {{other|grant}} {{other|R01-DK-118822}}
| Subj ID | Initials | Date consented | Consented by | LAR / witness | ICF | Notes |
|---|---|---|---|---|---|---|
| [[OTHER_ID|07-001]] | [[NAME|M.A.T.]] | [[DATE|2024-01-16]] | [[NAME|R. Castillo]] | - | v2.1 | e-consent |
| [[OTHER_ID|07-002]] | [[NAME|J.H.]] | [[DATE|2024-01-16]] | [[NAME|R. Castillo]] | - | v2.1 | |
| [[OTHER_ID|07-003]] | [[NAME|S.P.]] | [[DATE|2024-01-23]] | [[NAME|D. Ahn]] | [[NAME|Olga Petrenko]] (daughter, LAR) | v2.1 | Ukrainian short form, interpreter [[NAME|Iryna]] |
| [[OTHER_ID|07-004]] | [[NAME|W.K.]] | [[DATE|2024-02-01]] | [[NAME|D. Ahn]] | - | v2.1 | screen fail ({{lab|K 5.6}}) |
| [[OTHER_ID|07-005]] | [[NAME|T.O.]] | [[DATE|2024-02-07]] | [[NAME|R. Castillo]] | Pastor [[NAME|Emmanuel Eze]] (impartial witness) | v2.2 | pt reads {{other|little}} English |

Re-consent to v2.2 (new DSMB safety language): [[OTHER_ID|07-001]] re-consented [[DATE|2/20/24]] by [[NAME|RC]]; [[OTHER_ID|07-002]] withdrew [[DATE|2/22/24]] (moved to [[CITY|Tucson]]), no further data collection.
Note to file: for [[OTHER_ID|07-003]] the LAR signed but did not date the form; dated on [[DATE|1/24/24]] with a note, per SOP 4.2.
E-consent link sent to [[OTHER_ID|07-001]]: [[URL|https://redcap.example.org/surveys/?s=K7HRX4D9PL]]
Key linking subject IDs to names kept in locked cabinet, {{other|Rm 4.112}}.
Coordinator: [[NAME|Renata Castillo]], CCRC     [[EMAIL|rcastillo@nephro-research.example.org]]
""")

_note("bereavement program contact note", """
BEREAVEMENT SUPPORT PROGRAM - INITIAL CONTACT (13-month follow-up)
Date of contact: [[DATE|2025-02-20]]     By phone

In memory of [[NAME|Augustine]] "[[NAME|Gus]]" [[NAME|Fairweather]], who died at home on [[DATE|January 3, 2025]], aged [[AGE_OVER_89|93]], in the care of our team.
Primary bereaved: his wife of 68 years, [[NAME|Ruby Fairweather]] ({{age|89}}).

[[NAME|Gus]] was born on a wheat farm outside [[CITY|Moose Jaw]] and moved to [[CITY|Lethbridge]] in {{other|1961}}, where he drove a grain truck and later ran the hardware store. He is survived by [[NAME|Ruby]]; his children [[NAME|Gordon]] (and [[NAME|Lise]]) of [[CITY|Red Deer]] and [[NAME|Marjorie Kwan]] of [[CITY|Victoria]]; seven grandchildren; and great-grandson [[NAME|Wyatt]], born in [[DATE|December]]. He was predeceased by his son [[NAME|Terrance]] ({{other|1979}}) and his brother [[NAME|Clarence]]. The funeral was held [[DATE|Jan 11]] at {{facility|Knox United Church}}; memorial page: [[URL|https://www.example.org/obituaries/fairweather-augustine-2025]]. Donations were asked for {{facility|the Alzheimer Society}}.

[[NAME|Ruby]] says the house is "too quiet," and she is sleeping poorly since what would have been their anniversary on [[DATE|Feb 14]]. Eating, still walking to church, no thoughts of harming herself. Granddaughter [[NAME|Faith]] is staying with her until the end of [[DATE|March]].
Address: [[STREET|509 Coalbanks Blvd]], [[CITY|Lethbridge]] AB [[ZIP|T1J 4R7]]     Phone [[PHONE|403-555-0128]]
Assessment: expected grief, good supports. Plan: monthly calls, grief group on Thursdays, card at 6 months and on the first anniversary.
[[NAME|Eileen Strand]], MSW, Bereavement Coordinator
""")

_note("handwritten fax cover sheet", """
~~~ FAX ~~~        (handwritten)
DATE: [[DATE|4/9]]             # pages (incl. cover): 6
TO: Dr [[NAME|Bhatt]] / "cardio office"         FAX #: [[FAX|(973) 555-0147]]
FROM: [[NAME|Carol]] @ {{facility|Brookside Adult Day Center}}     PH: [[PHONE|(973) 555-0132]] x4     FAX: [[FAX|(973) 555-0133]]
RE: Mr [[NAME|Lipinski]] ([[NAME|Stanisław]] / "[[NAME|Stan]]")  DOB [[DATE|2/2/31]]  ([[AGE_OVER_89|93]] y/o)

[X] URGENT     [ ] for review     [ ] pls reply

Message:  BP log for [[DATE|March]] attached -- [[NAME|Stan]] dizzy after lunch most days,
          2x almost fell (caught by aide). Son [[NAME|Wojtek]] ([[PHONE|862-555-0110]])
          asks can he STOP the {{drug|Lisinopril}}?? he is on {{dose|40}}. Sitting BPs {{lab|98/56}} - {{lab|110/60}}.
          Pls call back before Fri, I'm off Thurs [[DATE|the 11th]].
                                    Thx!!  :)  -[[NAME|C.]]

CONFIDENTIALITY NOTICE: This facsimile may contain protected health information. If received in error, call the sender and destroy all copies.
""")

_note("ICU visitor log table", """
UNIT 6 NORTH - ICU VISITOR LOG (2 at bedside)     Sat [[DATE|11/16]]
| Bed | Patient | Visitor | Relationship | ID checked | In | Out | Notes |
|---|---|---|---|---|---|---|---|
| {{other|6N-04}} | [[NAME|KING, Harold]] | [[NAME|Darlene King]] | wife | DL [[LICENSE|D41-77-0932]] | {{other|0915}} | 1240 | parking voucher, plate [[VEHICLE|8KLM442]] |
| {{other|6N-04}} | [[NAME|KING, Harold]] | Pastor [[NAME|Ray Young]] | clergy | church badge | 1100 | 1130 | |
| {{other|6N-07}} | [[NAME|NGUYỄN, Văn Phúc]] | [[NAME|Nguyễn Thị Hoa]] | daughter | DL [[LICENSE|N20-55-1148]] | 1030 | - | overnight approved by charge RN |
| {{other|6N-07}} | [[NAME|NGUYỄN, Văn Phúc]] | [[NAME|Peter Nguyen]] | grandson | school ID | 1530 | 1815 | |
| {{other|6N-09}} | [[NAME|ASANTE-MENSAH, Abena]] | [[NAME|Kwabena Asante-Mensah]] | husband | passport [[OTHER_ID|G2197741]] | 0800 | 2000 | |
| {{other|6N-11}} | [[NAME|HOPE, Summer]] | [[NAME|Jasper Hope]] | son | DL [[LICENSE|H11-03-9984]] | 1400 | 1445 | parking voucher, plate [[VEHICLE|7RTD118]] |
| {{other|6N-11}} | [[NAME|HOPE, Summer]] | "[[NAME|Bubba]]" (no last name given) | friend | none | 1445 | 1450 | escorted out per pt request |
Security notified 1450, officer [[NAME|Price]] #[[OTHER_ID|S-118]].     Charge RN: [[NAME|Giselle Marchetti]]
""")

_note("medicine night float sign-out list", """
MEDICINE NIGHT FLOAT SIGN-OUT - TEAM GOLD - Tues [[DATE|1/14]]
From: [[NAME|Adaeze]] (PGY2)     To: [[NAME|Mikael Lindqvist]] (nights)     Attending: Dr. [[NAME|Okwuosa]], pager [[PHONE|(312) 555-0140]]

1. {{other|12-04}}  [[NAME|Castellano Maria]]  [[MRN|00419927]]  {{age|78}}F  NSTEMI on {{drug|heparin}} gtt - PTT due 2200, nomogram in chart. If CP: EKG, trop, call cards fellow Dr. [[NAME|Ibe]].
2. {{other|12-06}}  [[NAME|Whitehorse Daniel]]  [[MRN|00388104]]  {{age|54}}M  EtOH w/d, CIWA {{score|12}} at 1800, {{drug|phenobarbital}} load done. Sister [[NAME|Louisa]] is the contact, NOT the ex-wife.
3. {{other|12-09}}  [[NAME|Tran Bao]]  [[MRN|00520671]]  {{age|67}}M  ADHF (hx {{eponym|Hodgkin}} lymphoma, mantle RT), goal net -1 L. K {{lab|3.3}} repleted, recheck AM.
4. {{other|12-11}}  [[NAME|Rahimi Shirin]]  [[MRN|00447312]]  {{age|44}}F  DKA, gap closed. {{drug|Glargine}} {{dose|20 u}} SQ at 2100, stop drip 2 h later. Endo (Dr. [[NAME|Faulkner]]) following.
5. {{other|12-14}}  [[NAME|Park Ji-hoon]]  [[MRN|00501185]]  {{age|29}}M  hyperTG pancreatitis, TG {{lab|2140}}, insulin gtt. Girlfriend [[NAME|Hannah]] anxious, calls q2h - ok to update per pt.
6. {{other|12-15}}  [[NAME|Ferreira Joaquim]]  [[MRN|00395560]]  [[AGE_OVER_89|92]]M  aspiration PNA, DNR/DNI, comfort-focused, hospice consult in AM. Granddaughter [[NAME|Inês]] at bedside overnight.
7. {{other|12-18}}  [[NAME|Afamasaga Losa]]  [[MRN|00533018]]  {{age|61}}F  cellulitis, {{drug|vancomycin}} trough {{lab|18.2}} - hold AM dose if >20.
8. {{other|12-21}}  [[NAME|Young Grant]]  [[MRN|00412294]]  {{age|38}}M  asthma exac, {{drug|Solu-Medrol}} {{dose|40 mg}} q8h, PEF {{lab|310}}.
Overnight admits go to [[NAME|Priyanka]] (swing) until 0100.
""")

_note("laboratory critical value call log (all caps)", """
LABORATORY CRITICAL VALUE NOTIFICATION LOG - CHEMISTRY - [[DATE|07JUL2024]]
TIME | PATIENT | MRN | ACCESSION | TEST | RESULT | CALLED TO | READ-BACK | BY
{{other|0114}} | [[NAME|OYELARAN, FOLASADE]] | [[MRN|M2290178]] | [[OTHER_ID|C24-188-0417]] | K | {{lab|6.9}} H | [[NAME|B. ACHTERBERG]] RN | Y | [[NAME|JLS]]
0232 | [[NAME|MCALLISTER, CATRIONA]] | [[MRN|M1981245]] | [[OTHER_ID|C24-188-0621]] | GLU | {{lab|38}} L | [[NAME|T. OYELEKE]] RN | Y | [[NAME|JLS]]
0347 | [[NAME|HUSSEIN ABDULLAHI]] | [[MRN|M2304417]] | [[OTHER_ID|C24-188-0733]] | NA | {{lab|118}} L | DR. [[NAME|PARK]] | Y | [[NAME|JLS]]
0509 | [[NAME|DUBOIS, JEAN-PAUL]] | [[MRN|M0774120]] | [[OTHER_ID|C24-188-0902]] | LACTATE | {{lab|5.4}} H | [[NAME|A. MBEKI-SHAW]] RN | Y | [[NAME|MRT]]
0612 | [[NAME|LITTLE, ROSE]] | [[MRN|M2118830]] | [[OTHER_ID|C24-188-1011]] | TROP I HS | {{lab|1842}} H | DR. [[NAME|ZAHEDI]] | Y | [[NAME|MRT]]
0655 | [[NAME|KAPOOR, ANIL]] | [[MRN|M1650092]] | [[OTHER_ID|C24-188-1140]] | CA | {{lab|13.9}} H | FLOOR RN ([[NAME|FRANK]]) ON BREAK - GIVEN TO CHARGE RN [[NAME|DESIREE]] | Y | [[NAME|MRT]]
NOTE: [[OTHER_ID|C24-188-0621]] REDRAWN 0300, REPEAT GLU {{lab|41}}, CALLED AGAIN TO [[NAME|T. OYELEKE]].
""")

_note("pacemaker remote monitoring report", """
DEVICE CLINIC - REMOTE TRANSMISSION REVIEW
Patient: [[NAME|Ivanova, Lyudmila]]     DOB [[DATE|1938-09-12]]     MRN [[MRN|7720-4418]]
Device: {{device_model|Azure XT DR MRI}} ({{device_model|W1DR01}}), SN [[DEVICE|RNB604118S]], implanted [[DATE|2021-05-06]] by Dr. [[NAME|Kazmierczak]]
Leads: RA {{device_model|5076-52}} SN [[DEVICE|PJN7731204]]; RV {{device_model|5076-58}} SN [[DEVICE|PJN7731877]]
Monitor: {{device_model|MyCareLink Smart}} app on daughter's phone, last check-in from [[IP|198.51.100.23]]; portal patient ID [[OTHER_ID|CL-99013472]]
Transmission received [[DATE|10/22/2024]] {{other|06:41}} (scheduled)

Battery {{other|9.5 years}}. AP {{lab|38%}}, VP {{lab|<1%}}. AT/AF burden {{lab|6.2%}} (was {{lab|0.4%}} in [[DATE|July]]); longest episode 14 h on [[DATE|Oct 3]]. No VHR episodes. Lead impedances stable (RA {{lab|456 ohm}}, RV {{lab|532 ohm}}), thresholds stable.
CHA2DS2-VASc {{score|5}}; not anticoagulated (hx GI bleed) - message sent to EP Dr. [[NAME|Ahmadi]] and PCP Dr. [[NAME|Lowe]] re: LAAO discussion.
Called daughter [[NAME|Tatiana]] at [[PHONE|(216) 555-0175]]: mom asymptomatic except "very tired on [[DATE|the 3rd]]." Next remote [[DATE|1/21/2025]].
Reviewed by: [[NAME|Gwen Abara]], CCDS
""")

_note("pediatric diabetes virtual visit", """
PEDIATRIC DIABETES - VIRTUAL VISIT
[[NAME|Yuki Tanabe-Morales]], {{age|11}} y/o, T1D since [[DATE|Aug 2019]]. {{device_model|Omnipod 5}} with {{device_model|Dexcom G6}}.
Pod controller serial [[DEVICE|P5-0024-77196]]; G6 transmitter ID [[DEVICE|8G4K2R]].
Glooko account: [[EMAIL|kmorales.family@example.net]]
Visit [[DATE|30 Jan 2025]] by video; mom [[NAME|Karina Morales]] and dad [[NAME|Hiroshi Tanabe]] on the call, [[NAME|Yuki]] joined late from the school nurse office (Mrs. [[NAME|Bautista]]).

14 days: TIR {{lab|61%}}, TBR {{lab|3%}}, TAR {{lab|36%}}, GMI {{lab|7.6%}}, mean {{lab|172 mg/dL}}, CV {{lab|38%}}. A1c {{lab|7.9%}} (home kit).
Patterns: post-lunch spikes on school days (bolus given late, after eating); lows 2-3 h after basketball practice Tue/Thu.
Changes: lunch I:C {{dose|1:12}} -> {{dose|1:10}}, pre-bolus 10 min; activity feature on 1 h before practice; {{drug|Baqsimi}} at school and in gym bag.
Camp forms for {{facility|Camp Kudzu}} due [[DATE|April 15]]. Next visit [[DATE|5/1/25]], link: [[URL|https://telehealth.childrens-endo.example.org/visit/yt-88412]]
Dr. [[NAME|Obinna Nwachukwu]], pediatric endocrinology
""")

_note("IT service desk ticket for telehealth", """
IT SERVICE DESK - INCIDENT [[OTHER_ID|INC0448812]]
Opened: [[DATE|2024-12-02]] 09:14 by [[OTHER_ID|jpatel]]     Priority: 2     Category: Telehealth / Video
Caller: [[NAME|Deborah Kingsley]] (patient)     Callback [[PHONE|(503) 555-0190]]     E-mail [[EMAIL|debkingsley58@example.com]]
Portal login: [[OTHER_ID|dkingsley58]]
Summary: patient cannot join video visit with Dr. [[NAME|Ferreira]] scheduled [[DATE|12/2]] 09:00, "spinning circle."
Work notes:
- Home Wi-Fi, public IP [[IP|203.0.113.84]], Chrome on a Chromebook. Gateway log shows attempts from [[IP|203.0.113.84]] at 08:58 blocked by the geo-filter, and one from [[IP|2001:db8:4a1::17]] (phone).
- Cleared cache, re-sent link: [[URL|https://portal.example-health.org/tv/join?appt=A7Q4-22918&pt=dkingsley58]]
- Joined 09:23, visit started. Dr. [[NAME|Ferreira]]'s MA [[NAME|Lupe]] confirmed.
- Patient also asked to change her address to [[STREET|4415 SE Woodward St]], [[CITY|Portland]] OR [[ZIP|97202]] - referred to registration.
Resolved by [[NAME|Jaya Patel]] (Tier 1).
""")

_note("opioid treatment program biometric enrolment and take-home review", """
OPIOID TREATMENT PROGRAM - DOSING ENROLMENT / TAKE-HOME REVIEW
Client: [[NAME|Wade Hollister]]     Client #: [[OTHER_ID|OTP-31187]]     DOB [[DATE|3/9/82]]
Date: [[DATE|06/03/2024]]
Biometric re-enrolment for the dosing window: palm-vein template [[BIOMETRIC|PV-88213-0047]] replaces fingerprint template [[BIOMETRIC|FP-10442-L2]] (burn scar R index). New face photo captured for the dosing screen, photo ref [[BIOMETRIC|P-31187-03]].
Dose: {{drug|methadone}} {{dose|95 mg}} daily, stable 8 weeks. COWS {{score|3}} pre-dose.
UDS [[DATE|5/28]]: methadone +, fentanyl -, {{drug|benzodiazepines}} -. UDS [[DATE|5/14]]: fentanyl +.
Take-homes: not yet - needs negative screens through [[DATE|7/1]]; reviewed with client, he agreed.
Works nights at the fish plant in [[CITY|New Bedford]]; girlfriend [[NAME|Krystal]] drives him (her car on the lot list, plate [[VEHICLE|8WB 732]]).
State PMP: no outside controlled Rx. Central registry ID [[OTHER_ID|CR-MA-0091742]].
Counselor: [[NAME|Jolene Whitaker]], LADC (lic [[LICENSE|LADC-2219]])     Prescriber: [[NAME|Amos Friedland]], NP
""")

_note("pharmacy refill voicemail auto-transcript", """
VOICEMAIL TRANSCRIPT - PHARMACY REFILL LINE (auto-transcribed, unedited)
Received: Mon [[DATE|Jun 3]] 7:52 PM     From: [[PHONE|+1 (209) 555-0102]]     Duration 1:48
Caller verified by voiceprint: match [[BIOMETRIC|VP-5521-0874]] (score {{other|0.91}})

"hi yeah this is [[NAME|Marlene Oduya]] um date of birth [[DATE|eleven twelve fifty-six]] calling about my husband's prescriptions [[NAME|Desmond]] [[NAME|D E S M O N D]] [[NAME|Oduya]] he needs the {{drug|Eliquis}} and the um the water pill the {{drug|furosemide}} the number on the bottle is [[OTHER_ID|6 0 2 2 4 7 1]] and the {{drug|Entresto}} the insurance said needs a prior authorization again his card is [[HEALTH_PLAN|X K D 4 4 8 2 1 0 7 7]] and we moved so please deliver to the new place [[STREET|2170 Almond Orchard Way]] in [[CITY|Turlock]] not the old one on [[STREET|Geer Road]] call me back at [[PHONE|209 555 0119]] thank you bye"
""")

_note("immunization catch-up record", """
IMMUNIZATION RECORD / CATCH-UP PLAN - {{facility|Kalani Community Clinic}}
Child: [[NAME|DELA CRUZ, Princess Joy Magbanua]]     DOB [[DATE|Mar 3, 2020]]     F     {{age|4}} y
Parents: [[NAME|Maricel Magbanua Dela Cruz]] (mother), [[NAME|Rodel Dela Cruz]] (father)
Address: [[STREET|94-1021 Kahuamoku St, Unit 6]], [[CITY|Waipahu]], HI [[ZIP|96797]]
Records from the Philippines (Mother and Baby Book, barangay health center in [[CITY|Quezon City]]) reviewed and transcribed by RN [[NAME|Lorna Pascual]].

| Vaccine | Date | Lot | Site | Source |
|---|---|---|---|---|
| BCG | [[DATE|03/05/2020]] | - | L deltoid | PH booklet |
| Pentavalent #1 | [[DATE|05/04/2020]] | - | R thigh | PH booklet |
| Pentavalent #2 | [[DATE|06/08/2020]] | - | R thigh | PH booklet |
| MMR #1 | [[DATE|03/15/2021]] | - | L arm | PH booklet |
| DTaP-IPV ({{drug|Kinrix}}) | [[DATE|2024-11-20]] | {{other|7H2X9}} | L deltoid | given today |
| MMRV ({{drug|ProQuad}}) | [[DATE|2024-11-20]] | {{other|Y013442}} | R deltoid | given today |
| Influenza ({{drug|Fluzone}} Quadrivalent) | [[DATE|2024-11-20]] | {{other|UT8112AA}} | L thigh | given today |
Given by [[NAME|Jomar Villanueva]], MA. VIS given in Tagalog. Registry ID [[OTHER_ID|HIR-0071248833]].
Next: Hep A #2 due [[DATE|May 2025]]. Lola ([[NAME|Corazon Magbanua]], {{age|72}}) usually brings her - ok to give info per mother.
""")

_note("geriatric assessment with Korean interpreter", """
GERIATRIC CLINIC - COMPREHENSIVE ASSESSMENT
Patient: [[NAME|Kim Soon-ja]] ([[NAME|김순자]])     Age [[AGE_OVER_89|91]]     Visit [[DATE|2024.09.10]]
Interpreter: [[NAME|Choi Eun-young]] (Korean, video remote, ID [[OTHER_ID|VRI-K-20713]])
With: daughter-in-law [[NAME|Lee Mi-kyung]]; son [[NAME|Park Jae-won]] joined by phone from [[CITY|Fort Lee]].

Two falls since [[DATE|August]], both at night going to the bathroom. Lives with son's family in [[CITY|Palisades Park]], NJ; goes to the senior center on [[STREET|Broad Ave]] three days a week. Hearing aids both ears (L serial [[DEVICE|2318H04471]], R serial [[DEVICE|2318H04472]]) - R not working since [[DATE|July]].
TUG {{score|19 s}} with cane. MMSE-K {{score|21/30}}. GDS-15 {{score|7}}. No {{eponym|Parkinson}} features. Orthostatic: {{lab|148/80}} lying -> {{lab|122/70}} standing at 3 min.
Meds: {{drug|Norvasc}} {{dose|5 mg}}, {{drug|Crestor}} {{dose|10 mg}}, {{drug|Ginexin}} from Korea, and a sleeping pill from a clinic in [[CITY|Seoul]] on last trip (bottle to be brought - likely {{drug|zolpidem}}).
25-OH vitamin D {{lab|18 ng/mL}}.
Plan: stop the sleeping pill (taper), {{drug|cholecalciferol}} {{dose|2000 IU}}, PT for gait, night light and commode, audiology for R aid, reduce {{drug|amlodipine}} to {{dose|2.5 mg}}.
Dr. [[NAME|Sarah Goldfarb]]
""")

_note("home health physical therapy visit", """
HOME HEALTH PT VISIT NOTE     Visit 5 of 12
Pt: [[NAME|Trần Văn Minh]] (registered as [[NAME|Minh Van Tran]])     SOC [[DATE|4/2/2024]]
Date [[DATE|04/16/2024]]     Time in {{other|1400}} out {{other|1500}}
Address: [[STREET|10432 Bolsa Ave, Apt C]], [[CITY|Westminster]], CA [[ZIP|92683]]
Caregivers: wife [[NAME|Lê Thị Thu]]; granddaughter [[NAME|Vy]] interprets.
Dx: L MCA stroke [[DATE|3/11]] with R hemiparesis.

S: [[NAME|Vy]] reports ông walked to the mailbox with his wife twice this week, no falls. Pain {{score|2/10}} R shoulder.
O: BP {{lab|142/84}}, HR {{lab|76}}. R hip flexion {{score|4-/5}}, R ankle DF {{score|3/5}}. Berg {{score|38/56}}. TUG {{score|24 sec}}. Gait with {{device_model|hemi-walker}} 120 ft, CGA, R foot drag with fatigue.
Home: rugs removed; needs bathroom grab bar - son [[NAME|Tony]] ([[NAME|Tuấn]]) installing this weekend. AFO fitting at the orthotist [[DATE|4/22]].
Plan: gait training, step-ups, HEP reviewed with [[NAME|Vy]] and [[NAME|Thu]]. Next visit Thurs [[DATE|4/18]].
[[NAME|Rachel Huynh]], PT, DPT     lic [[LICENSE|PT 291144]]
""")

_note("workers' compensation physician's first report", """
WORKERS' COMPENSATION - PHYSICIAN'S FIRST REPORT OF INJURY
Employee: [[NAME|Grzegorz Wiśniewski]]     SSN [[SSN|912-44-7730]]     DOB [[DATE|1976-02-29]]
Employer: Lakeshore Cold Storage LLC, [[STREET|4400 W 47th St]], [[CITY|Chicago]] IL [[ZIP|60632]]
Claim #: [[OTHER_ID|WC-24-118720]]     Adjuster: [[NAME|Renee Sato]] [[PHONE|(312) 555-0194]] ext 2281
Date of injury: Friday, [[DATE|Oct 25, 2024]] ~0530     Seen: [[DATE|10/25/2024]] 0715
Interpreter: [[NAME|Agnieszka]] (Polish, phone, ID [[OTHER_ID|55103]])

History: L hand caught between a pallet jack and the loading dock edge. Co-worker [[NAME|Jarosław Kubiak]] drove him in.
Exam: swelling dorsum L hand, tender over 4th metacarpal, no rotational deformity, sensation intact, cap refill <2 s. Small laceration, 2 cm, repaired 4-0 nylon x3.
X-ray: non-displaced transverse fracture 4th metacarpal shaft.
Treatment: ulnar gutter splint (CPT {{code|29125}}), laceration repair ({{code|12001}}), {{drug|ibuprofen}} {{dose|600 mg}} TID, {{drug|Tdap}} given (last 2011).
Work status: modified duty, no use of L hand, no forklift or freezer work. Re-eval [[DATE|11/8]] with hand surgery.
[[NAME|Oleksandr Bondarenko]], PA-C, for Dr. [[NAME|Mary Pat Finnegan]]     NPI [[LICENSE|1730448196]]
""")

_note("nursing home to ED transfer form", """
INTERFACILITY TRANSFER FORM (SNF -> ED)     [[DATE|5/2/2024]] {{other|2235}}
Resident: [[NAME|GEORGIOU, Kalliopi]]     Age [[AGE_OVER_89|96]]     DOB [[DATE|08/15/1927]]
From: {{facility|Seacliff Manor Nursing & Rehabilitation}}, {{other|Rm 212-B}}     Sending nurse: [[NAME|Joana Sousa]], LPN  [[PHONE|(401) 555-0161]]
Reason for transfer: decreased responsiveness since 1800, SpO2 {{lab|86%}} RA -> {{lab|93%}} on 3 L, T {{lab|101.6}}, HR {{lab|112}}, BP {{lab|96/58}}.
Code status: DNR, ok to hospitalize; MOLST dated [[DATE|1/4/2023]] sent.
Health care proxy: son [[NAME|Dimitrios]] "[[NAME|Jimmy]]" [[NAME|Georgiou]], cell [[PHONE|401-555-0122]], lives in [[CITY|Warwick]] - notified 2220, meeting at ED. Alt: granddaughter [[NAME|Fotini Alves]].
Language: Greek; understands {{other|little}} English. Calls staff "[[NAME|Yiannis]]" (late husband's name) when confused.
Last meds: {{drug|Seroquel}} {{dose|12.5 mg}} 2000, {{drug|Tylenol}} {{dose|650 mg}} 2130.
Medicare [[HEALTH_PLAN|2FK7-WN3-TA91]]     Medicaid [[HEALTH_PLAN|RI-4410298]]
Belongings sent: R hearing aid, upper denture, glasses, prayer rope.
Report called to ED RN [[NAME|Bartholomew]] 2230.
""")

_note("hemodialysis treatment record", """
HEMODIALYSIS TREATMENT RECORD / RN NOTE     Chair {{other|9}}     MWF 2nd shift
Pt: [[NAME|FALEOLO, Tavita Ioane]]     Date: Wed [[DATE|19 June]]
EDW {{lab|118.5 kg}}; pre {{lab|122.1 kg}}, post {{lab|118.9 kg}}, UF {{lab|3.2 L}}. BP pre {{lab|168/94}}, post {{lab|142/82}}. Qb {{lab|450}}, 4 h.
Access: L upper arm AVF, thrill/bruit +, 15G x2, no infiltration.
Labs: Kt/V {{lab|1.38}}, phos {{lab|7.2}}, K {{lab|5.4}}, Hgb {{lab|10.6}}, albumin {{lab|3.7}}.
[[NAME|Tavita]] says he "ate like a king" at his nephew's wedding in [[CITY|Carson]] on the weekend - palusami, mutton flaps, a lot of pineapple. Reviewed binders: {{drug|Velphoro}} with meals (takes it "sometimes"), {{drug|Sensipar}} {{dose|30 mg}}. {{drug|Mircera}} {{dose|100 mcg}} monthly, due next week.
Transplant: on the waitlist, UNet ID [[OTHER_ID|WL-774120]]; wife [[NAME|Losa]] and son [[NAME|Sione]] both being assessed as living donors.
Transport: paratransit rider ID [[OTHER_ID|AP-2209183]]; pick-up was 40 min late again.
His pastor, Rev. [[NAME|Fa'afetai Leiataua]], will visit chair-side next Wednesday.
[[NAME|Marisa Tuimavave]], RN
""")

_note("UK antenatal booking record", """
MATERNITY BOOKING APPOINTMENT - {{facility|Thamesmead Birth Centre}}
Woman: [[NAME|Oluwaseun Adeyemi-Okafor]], known as "[[NAME|Seun]]"
NHS No: [[HEALTH_PLAN|601 223 4471]]     Hosp No: [[MRN|RJ2-448901]]     DOB [[DATE|09/09/1993]]     Age {{age|30}}
Booking date: [[DATE|12 August 2024]]
Address: [[STREET|Flat 22, Kestrel House, Harrow Manorway]], [[CITY|Thamesmead]], [[CITY|London]] [[ZIP|SE2 9XE]]     Mob [[PHONE|07700 900461]]
Partner: [[NAME|Chinedu Okafor]] (works nights).  NOK: mother [[NAME|Folake Adeyemi]] [[PHONE|07700 900118]].

LMP [[DATE|28/05/2024]], EDD by dates [[DATE|04/03/2025]]; dating scan booked [[DATE|7th Aug]] - DNA, rebooked [[DATE|19/08]].
Obstetric hx: G3 P1+1. {{other|2019}} SVD at term in [[CITY|Ibadan]], girl [[NAME|Ifeoluwa]], 3.2 kg. {{other|2021}} miscarriage at 8/40.
Medical: HbAS (sickle trait) - partner's status unknown, referred to haemoglobinopathy counsellor. No other PMH.
BMI {{lab|31.2}}, BP {{lab|118/72}}, urine NAD. EPDS {{score|6}}.
Plan: {{drug|aspirin}} {{dose|150 mg}} nocte from 12/40 (BMI > 30 + family hx PET), vitamin D {{dose|10 mcg}}, OGTT at 24-28/40. Named midwife: [[NAME|Bríd Kavanagh]], Team Amber. FGM and DV asked alone - no concerns.
""")

_note("Canadian cardiology consultation letter", """
{{facility|Lakeshore Cardiology}}
[[DATE|November 27, 2024]]

Dr. [[NAME|Emre Yıldırım]]
[[STREET|3300 Yonge St, Suite 410]]
[[CITY|Toronto]], ON [[ZIP|M4N 2L6]]
Fax [[FAX|416-555-0139]]

Re: [[NAME|Mahsa Jafari-Tehrani]], DOB [[DATE|04/01/1965]], OHIP [[HEALTH_PLAN|5584-221-907-KT]]

Dear Dr. [[NAME|Yıldırım]],

Thank you for referring Mrs. [[NAME|Jafari-Tehrani]], a {{age|59}}-year-old woman, originally from [[CITY|Shiraz]], with three months of chest tightness when she walks uphill from the bus stop in [[CITY|Richmond Hill]]. It settles with rest in two to three minutes.

ECG: sinus rhythm, LVH by voltage. Treadmill ({{eponym|Bruce}} protocol): 7:12 min, {{lab|8.5 METs}}, 1.5 mm horizontal ST depression in V4-V6 at peak with typical tightness; Duke treadmill score {{score|-3}}. Echo: EF {{lab|60%}}, mild LVH. LDL {{lab|3.9 mmol/L}}, Lp(a) {{lab|180 nmol/L}}, HbA1c {{lab|6.1%}}.

I have booked a CT coronary angiogram for [[DATE|Dec 12]] and started {{drug|rosuvastatin}} {{dose|20 mg}}, {{drug|ASA}} {{dose|81 mg}} and {{drug|bisoprolol}} {{dose|2.5 mg}}, with {{drug|nitroglycerin}} spray as needed. Her husband [[NAME|Dariush]] and son [[NAME|Kian]] came with her; [[NAME|Kian]] will manage the appointments ([[PHONE|905-555-0161]]).

Sincerely,
Dr. [[NAME|Leyla Karimi]], MD, FRCPC     CPSO #[[LICENSE|98812]]
""")

_note("TB directly observed therapy log", """
DIRECTLY OBSERVED THERAPY (DOT) LOG - COUNTY TB PROGRAM
Client: [[NAME|Tigist Alemayehu Bekele]] ([[NAME|ትዕግሥት]])     Case #: [[OTHER_ID|TB-2024-0318]]     Started [[DATE|09/23/2024]]
Regimen (intensive phase, weight-based): {{drug|rifampin}} {{dose|600 mg}}, {{drug|isoniazid}} {{dose|300 mg}}, {{drug|pyrazinamide}} {{dose|1500 mg}}, {{drug|ethambutol}} {{dose|1200 mg}}, {{drug|pyridoxine}} {{dose|25 mg}}
Video DOT app handle: [[OTHER_ID|tigist.ab88]]

| Date | Observed | Worker | Notes |
|---|---|---|---|
| [[DATE|10/07]] | Y (video) | [[NAME|Selam]] | mild nausea, took with injera |
| [[DATE|10/08]] | Y (video) | [[NAME|Selam]] | |
| [[DATE|10/09]] | N | - | no answer x3; called sister [[NAME|Meseret]] [[PHONE|(703) 555-0186]] - pt on a double shift at the airport |
| [[DATE|10/10]] | Y (in person, home: [[STREET|5601 Seminary Rd #1408]]) | [[NAME|Dawit Haile]] | pill count correct; {{score|20/20}} OU and Ishihara ok; LFTs drawn |
| [[DATE|10/11]] | Y (video) | [[NAME|Selam]] | |

LFTs [[DATE|10/10]]: AST {{lab|62}}, ALT {{lab|88}} (ULN {{lab|40}}), bili {{lab|0.8}} - under 3x ULN and no symptoms, continue, repeat in 2 weeks per Dr. [[NAME|Gebremedhin]].
Contacts: husband [[NAME|Yonas]] and 2 children - IGRA negative. Workplace screening in progress with employer health.
""")

_note("mental health crisis line call record", """
CRISIS LINE - CALL RECORD
Call ID [[OTHER_ID|CL-20240518-0231]]     Date [[DATE|5/18/2024]]     Start {{other|02:31}}     Duration 47 min
Counselor: [[NAME|Marcus]] (ID [[OTHER_ID|C-114]])     Chat fallback session from [[IP|192.0.2.146]]
Caller: [[NAME|Liu Xiaoyu]], {{age|20}}, international student (Mandarin/English). Phone [[PHONE|(617) 555-0109]], WeChat [[OTHER_ID|xiaoyu_liu_0419]].

Summary: called after failing a midterm; "everyone in [[CITY|Chengdu]] will be ashamed of me." Roommate [[NAME|Wang Jingyi]] is away until Monday. Passive SI for 2 weeks, no plan, no intent, no access to firearms; has {{drug|sertraline}} {{dose|50 mg}} from the campus clinic (Dr. [[NAME|Hu]]) - about 20 tablets, agreed to give them to her friend to hold. C-SSRS screen: ideation without method. PHQ-9 (read aloud) {{score|17}}.
Safety plan: friend [[NAME|Chen Yu-ting]] coming over now ([[PHONE|617-555-0177]]), walk-in at campus counseling at 9am, call back if urges increase.
Follow-up call scheduled [[DATE|May 19]] 18:00; consent to e-mail [[EMAIL|xyliu2004@example.org]].
Address for welfare check if needed: [[STREET|77 Gardner St, Apt 3R]], [[CITY|Allston]] MA [[ZIP|02134]].
""")

_note("craniofacial team clinic summary", """
CRANIOFACIAL TEAM CLINIC - MULTIDISCIPLINARY SUMMARY     [[DATE|04/23/2024]]
Patient: [[NAME|Yousef Omar Al-Hashimi]] ([[NAME|يوسف]])     DOB [[DATE|02/17/2023]]     Age {{age|14}} months
Parents: [[NAME|Omar Al-Hashimi]] and [[NAME|Rana Khalid Mansour]]; paternal grandmother ("[[NAME|Umm Omar]]") also present.
Interpreter: [[NAME|Bassam Haddad]] (Arabic, in person)
Team: Plastics - Dr. [[NAME|Chidinma Eze]]; ENT - Dr. [[NAME|Lucas Ferraro]]; SLP - [[NAME|Maya Goldstein]]; Orthodontics - Dr. [[NAME|Haruto Sakamoto]]; Dietitian - [[NAME|Tendai Moyo]], RD; Social work - [[NAME|Ximena Torres]].

Dx: L unilateral complete cleft lip and palate. Lip repaired [[DATE|5/22/2023]] ({{eponym|Millard}} rotation-advancement), healing well. {{eponym|Pierre Robin}} sequence excluded.
Weight {{lab|9.1 kg}} (25th %ile). Feeding with {{device_model|Dr. Brown's}} specialty feeder, nasal regurgitation occasionally.
ENT: tympanometry type B bilaterally -> PE tubes at time of palatoplasty.
Plan: {{eponym|Furlow}} palatoplasty + BMT [[DATE|June 12]]; pre-op visit [[DATE|6/3]].
Social: family lives in [[CITY|Dearborn]]; father drives for a rideshare company, car plate [[VEHICLE|EKZ 4471]] registered for the parking discount. Medicaid [[HEALTH_PLAN|MI-0088417720]]. Gas cards given.
""")

_note("Scottish out-of-hours telephone consultation", """
OUT OF HOURS GP - TELEPHONE CONSULTATION (NHS 24 referral)
Date/time: [[DATE|31/12/2024]] 23:40
Patient: [[NAME|Mòrag NicLeòid]] (also registered as [[NAME|Morag MacLeod]])     CHI [[HEALTH_PLAN|1403486627]]     DOB [[DATE|14/03/1948]]
Address: [[STREET|Taigh na Mara, 3 Rathad a' Chladaich]], [[CITY|Liurbost]], [[CITY|Isle of Lewis]] [[ZIP|HS2 9QL]]
Tel [[PHONE|01632 960733]]
Caller: husband, [[NAME|Dòmhnall]] ([[NAME|Donald]])

History: slipped on the icy step coming back from the ceilidh about 23:00. Fell on outstretched R hand. Pain and swelling R wrist, "looks like a dinner fork." No head injury, no LOC, not on any sedatives, one dram. On {{drug|warfarin}} {{dose|3mg}} for AF; INR on [[DATE|27th Dec]] {{lab|2.6}}.
Impression: probable distal radius ({{eponym|Colles}}) fracture. Hand warm and pink per husband, can wiggle fingers.
Advice: sling with a tea towel, ice wrapped, {{drug|paracetamol}} {{dose|1g}}, no NSAIDs (warfarin). Neighbour [[NAME|Calum Iain MacAulay]] to drive her to A&E at {{facility|Western Isles Hospital}}, about 20 min. Safety-netting given. Duty doctor at A&E, Dr [[NAME|Seonaid Morrison]], informed.
Clinician: Dr [[NAME|Eilidh Murray]]     GMC [[LICENSE|7712904]]
""")

_note("sexual assault nurse examiner summary", """
SEXUAL ASSAULT NURSE EXAMINER - FORENSIC EXAM SUMMARY (medical record copy)
Patient: [[NAME|Destiny R. Holloway]]     DOB [[DATE|2/28/2001]]     MRN [[MRN|H-00917742]]
Exam: [[DATE|10/05/2024]], start {{other|0310}}
Law enforcement: Det. [[NAME|Samuel Akintola]], [[CITY|Riverside]] PD, badge [[OTHER_ID|2217]], report # [[OTHER_ID|24-R-118044]]
Advocate: [[NAME|Kiera]] (rape crisis center), present with patient's consent.

History (patient's words): "I was at my friend [[NAME|Bree]]'s apartment off [[STREET|Magnolia Ave]], I had two drinks and I don't remember after that. I woke up at about 1 at a place I didn't know."
Findings documented on body diagrams; 14 photographs taken. Facial photograph for identification, ref [[BIOMETRIC|FP-0448193-F1]]. Evidence kit # [[OTHER_ID|SAEK-0448193]] sealed 0512, released to Det. [[NAME|Akintola]] 0520. Urine for drug-facilitated screen collected 0335.
Medications given: {{drug|ceftriaxone}} {{dose|500 mg}} IM, {{drug|doxycycline}} {{dose|100 mg}} BID x7d, nPEP {{drug|Biktarvy}} 1 tab daily x28d (starter pack given), {{drug|ella}} {{dose|30 mg}} PO. Pregnancy test neg.
Follow-up: ID clinic [[DATE|10/8]] for nPEP labs; SANE follow-up photos [[DATE|10/7]]. Patient going to her sister's; sister [[NAME|Janelle]] picked her up.
SANE: [[NAME|Monique Batiste]], RN, SANE-A     CA RN lic [[LICENSE|RN 95114822]]
""")

_note("chaplain spiritual care note", """
SPIRITUAL CARE NOTE     Labor & Delivery, {{other|Rm 3}}     [[DATE|12/9]]
Patient: [[NAME|Hope Adeyinka-Ross]], {{age|34}}
Referral from RN [[NAME|Tammy]]: fetal demise at 37 weeks, delivered 0142 today. Baby girl named [[NAME|Grace Amara]].
Present: patient; husband [[NAME|Jonathan Ross]]; patient's mother [[NAME|Adebola]], who flew in from [[CITY|Houston]] overnight.

The family was holding the baby when I arrived. [[NAME|Hope]] said, "We named her [[NAME|Grace]] because it's the only thing we have left." Asked for a blessing in the Anglican tradition; blessing and naming prayer at 1015 with family around the bed. Memory box prepared with nursing: footprints, hand molds, a lock of hair; volunteer photographer [[NAME|Isabelle]] came at 1100.
[[NAME|Jonathan]] was quiet, then asked, "{{other|will}} it always feel like this?" Listened, normalized. [[NAME|Adebola]] prayed in Yoruba and sang.
[[NAME|Hope]] says her {{other|faith}} "feels far away right now," but she still has {{other|hope}} she will feel God close again.
Plan: follow-up tomorrow; bereavement packet; family's pastor, Rev. [[NAME|Olumide Bankole]] of their church in [[CITY|Sugar Land]], notified by the family and may call the unit.
Chaplain [[NAME|Andrew Kwame Boateng]], MDiv, BCC     [[PHONE|(713) 555-0176]]
""")

_note("pathology requisition and specimen labels", """
SURGICAL PATHOLOGY REQUISITION
--- label 1 ---
[[NAME|TRUONG, KIM LIEN]]
DOB [[DATE|06-MAY-1961]]  F
MRN [[MRN|600448217]]  ACCT [[ACCOUNT|9100774412]]
ACC# [[OTHER_ID|S25-004417]]  A1
Coll [[DATE|03/03/2025]] {{other|10:42}}  by [[NAME|KM]]
--- label 2 ---
[[NAME|TRUONG, KIM LIEN]]  MRN [[MRN|600448217]]  ACC# [[OTHER_ID|S25-004417]]  A2

Source: L breast 2:00, 4 cm FN, US-guided core biopsy x3 (14G), clip placed ({{device_model|UltraClip}} ribbon).
Clinical history: BI-RADS {{score|4C}} mass, 1.4 cm. Mother had breast cancer at {{age|44}}.
Cold ischemia < 1 h, formalin at 10:44.
Ordering: Dr. [[NAME|Anneliese Vogt]]     NPI [[LICENSE|1487203945]]
Copy to: Dr. [[NAME|Phan]] (PCP), fax [[FAX|(714) 555-0188]]
Insurance: subscriber [[NAME|TRUONG, DUC]] (spouse), ID [[HEALTH_PLAN|XEB924418870]]
ICD-10 {{code|N63.20}}     CPT {{code|19083}}
""")

_note("social work discharge planning note", """
SOCIAL WORK - DISCHARGE PLANNING
Pt: [[NAME|Clifton]] "[[NAME|Cliff]]" [[NAME|Redbird]], {{age|66}}     Met with pt and sister [[NAME|Winona Redbird-Lapointe]] at bedside [[DATE|8/30]].

Housing: rents a room above a bar at [[STREET|212 1/2 Front St]], [[CITY|Havre]], MT [[ZIP|59501]]. Landlord [[NAME|Gus Kowalchuk]] ([[PHONE|(406) 555-0149]]) confirms 22 steps, no rail. Pt cannot manage stairs with walker after the fall.
Coverage: Medicare [[HEALTH_PLAN|5TN2-QR8-HK61]]; Medicaid application pending, # [[OTHER_ID|MT-24-0918832]]. IHS eligible (enrolled member, tribal ID [[OTHER_ID|FB-004471]]).
Income: SSDI. [[NAME|Winona]] is applying to be representative payee; SSA rep Ms. [[NAME|Abernathy]] verified his SSN [[SSN|900-71-4432]] by phone with pt present. Direct deposit acct ending [[ACCOUNT|x4418]] to be changed to the payee account.
Plan: SNF for short-term rehab - referrals to {{facility|Hi-Line Care Center}} and a facility near his sister in [[CITY|Fort Belknap Agency]]; bed offer expected [[DATE|9/2]]. Tribal transit can transport. {{facility|Meals on Wheels}} referral for when he returns home. Pt agrees with plan, says "just not forever."
[[NAME|Danielle Two Bears]], LCSW     [[PHONE|(406) 555-0103]]
""")

_note("driver medical evaluation form", """
DEPARTMENT OF MOTOR VEHICLES - DRIVER MEDICAL EVALUATION (PHYSICIAN SECTION)
Driver: [[NAME|BALDWIN-NAKAMURA, PETER J]]     Licence #: [[LICENSE|B4417 20938 611]]     DOB [[DATE|01/30/1958]]
Address: [[STREET|18 Lantern Hill Dr]], [[CITY|Ledyard]], CT [[ZIP|06339]]
Registered vehicles: [[VEHICLE|AX-4472]] (passenger), VIN [[VEHICLE|2HGFA16578H512347]]

Reason for referral: generalized seizure at home on [[DATE|9/14/2024]], witnessed by his wife, [[NAME|Naomi]].
Findings: first unprovoked GTC seizure. EEG [[DATE|9/20]] normal; MRI brain normal. Started {{drug|Keppra}} {{dose|500 mg}} BID. No {{eponym|Todd}} paralysis, no further events. ICD-10 {{code|R56.9}}. No other condition affecting driving; visual acuity {{score|20/25}} OU.
Recommendation: no driving until 6 months seizure-free; earliest review [[DATE|3/14/2025]]. [[NAME|Naomi]] will drive him meanwhile.
Physician: Dr. [[NAME|Ama Owusu-Brandt]], neurology     CT lic [[LICENSE|054412]]     Phone [[PHONE|(860) 555-0198]]
Signed [[DATE|10/02/24]]
""")

_note("sports medicine concussion follow-up", """
SPORTS MEDICINE - CONCUSSION FOLLOW-UP
Athlete: [[NAME|Kaimana]] "[[NAME|Kai]]" [[NAME|Akana]]     Football, WR ({{other|#11}})     Student ID [[OTHER_ID|U0921447]]
Injury: Sat [[DATE|Sept 21]], away game at [[CITY|Laramie]] - helmet-to-helmet, no LOC, dazed, removed from play.
ATC: [[NAME|Brynn Halvorsen]], LAT, ATC     Team physician: Dr. [[NAME|Tobias Engel]]

SCAT6 on [[DATE|9/22]]: symptoms {{score|9}}, severity {{score|22}}. Today [[DATE|9/26]]: symptoms {{score|4}}, severity {{score|7}} (headache with screens, light sensitivity). VOMS: provocation with convergence, NPC {{lab|9 cm}}. Baseline SCAT from [[DATE|Aug 2024]] was symptoms {{score|0}}.
Plan: relative rest, return-to-learn stage 3, no practice. Coach [[NAME|Rick]] "[[NAME|Bear]]" [[NAME|Dawkins]] asked about playing [[DATE|10/5]] - told not eligible until symptom-free and through the RTP stages. Accommodation letter sent to [[EMAIL|access.services@example.org]].
Mom [[NAME|Leilani]] called from [[CITY|Hilo]], [[PHONE|(808) 555-0141]]; updated with [[NAME|Kai]]'s permission.
""")

_note("home birth midwifery record", """
HOME BIRTH RECORD - {{facility|Bluestem Midwifery}}
Mother: [[NAME|Willow Hartmann]], {{age|29}}, G2P1 -> P2.     Partner: [[NAME|Ezra Yoder]]
Place of birth: farmhouse, [[STREET|N4412 County Road K]], [[CITY|Westby]], WI [[ZIP|54667]] (22 min to hospital)
Labor: SROM [[DATE|6/20]] 2310, clear fluid. Active labor 0100. Complete 0412. Birth [[DATE|6/21/2024]] {{other|0437}}, in the pool, hands and knees.
Baby: [[NAME|Juniper Rose Yoder-Hartmann]], girl. {{eponym|Apgar}} {{score|8}} and {{score|9}}. Weight {{lab|3.62 kg}}, length {{lab|51 cm}}, HC {{lab|35 cm}}.
Placenta 0451, complete, 3VC. EBL {{lab|350 mL}}. {{drug|Pitocin}} {{dose|10 units}} IM after the birth. 1st-degree tear, not sutured.
Newborn: {{drug|vitamin K}} {{dose|1 mg}} IM given; {{drug|erythromycin}} eye ointment declined by parents (form signed).
Newborn screen drawn [[DATE|6/22]] 1310, card # [[OTHER_ID|NBS 24-0931177]]. CCHD screen pass ({{lab|98%}}/{{lab|99%}}).
Midwives: [[NAME|Marta Esquivel]], CPM (WI lic [[LICENSE|LM-0419]]); 2nd attendant [[NAME|Dottie]]. Grandmother [[NAME|Sunny]] present.
""")

_note("poison center case record", """
POISON CENTER - CASE RECORD
Case # [[OTHER_ID|PC24-0712-0093]]     Date [[DATE|7/12/24]]     Time {{other|1847}}
Caller: grandmother, [[NAME|Bernadette Okonkwo]], [[PHONE|(918) 555-0127]], calling from home in [[CITY|Broken Arrow]]
Patient: [[NAME|Elijah]], {{age|2}} y, ~{{lab|13 kg}}
Exposure: found with grandpa [[NAME|Francis]]'s pill organizer open ~1830; possibly 1-2 tabs {{drug|amlodipine}} {{dose|10 mg}} and 1 tab {{drug|clonidine}} {{dose|0.1 mg}} missing.
Symptoms at call: sleepy but arousable, no vomiting.
Recommendation: ED now (do not drive him alone - grandmother to ride in back with child). Expect bradycardia, hypotension, lethargy; amlodipine toxicity may be delayed - observe at least 24 h. Called ahead to {{facility|Saint Francis}} ED.
F/U 1930: ED RN [[NAME|Tasha]] - HR {{lab|88}}, BP {{lab|84/46}}, glucose {{lab|92}}; IV fluids. Mom [[NAME|Adaeze]] arrived.
F/U 2300: admitted to PICU, BP {{lab|78/40}}, on {{drug|calcium gluconate}} and planning high-dose insulin if worse. Toxicology consult Dr. [[NAME|Paloma Reyes-Brightwater]].
Specialist: [[NAME|Lyle Greyeyes]], RN, CSPI
""")

_note("farmworker mobile clinic bilingual note", """
UNIDAD MÓVIL / MOBILE CLINIC - FARMWORKER HEALTH
Fecha / Date: [[DATE|15 de agosto de 2024]]     Site: orchard labor camp off [[STREET|Rd 5 NW]], near [[CITY|Quincy]], WA
Paciente: [[NAME|María Guadalupe Hernández Cruz]] ("[[NAME|Lupita]]")     DOB [[DATE|12/12/1985]]
Origin: a village near [[CITY|Juxtlahuaca]], {{other|Oaxaca}}; came up from [[CITY|Yakima]] with her crew in [[DATE|July]].
Language: Mixteco and Spanish; Mixteco interpreter by phone, [[NAME|Rogelio]] (ID [[OTHER_ID|MX-3309]]).
Promotora: [[NAME|Yesenia Cárdenas]] [[PHONE|(509) 555-0113]]

S: mareo y dolor de cabeza en la tarde, picking in 38 C heat, drinks 2 bottles of water per day ("no hay tiempo"). Diabetes dx {{other|2019}} in [[CITY|Wenatchee]], ran out of {{drug|metformina}} 3 weeks ago.
O: T {{lab|37.4}}, HR {{lab|104}}, BP {{lab|108/70}}, BG {{lab|246}}, A1c {{lab|10.2%}}, urine dark.
A/P: heat exhaustion, dehydration; T2DM uncontrolled. ORS here, shade rest. Restart {{drug|metformin}} {{dose|500 mg}} BID x1 wk then {{dose|1000 mg}} BID, 90-day supply from the program. Talked with the crew boss, Don [[NAME|Chuy]], about water and shade breaks (state heat rule). Husband [[NAME|Juan Carlos Ramos Ibarra]] agrees to keep her pills in the truck.
Next visit when the crew moves to [[CITY|Brewster]], around [[DATE|Sept 10]].
""")

_note("privacy office EHR access audit", """
PRIVACY OFFICE - EHR ACCESS AUDIT (break-the-glass review)
Case: [[OTHER_ID|PRV-2025-0117]]     Opened [[DATE|Jan 21, 2025]]     Investigator: [[NAME|Colm Fitzgerald]], CHPC
Patient (VIP flag): [[NAME|Bishop, Terrence A.]]     MRN [[MRN|01129984]]     Acct [[ACCOUNT|HAR 5523190447]]
Complainant: patient's spouse [[NAME|Regina Bishop]] ([[EMAIL|regina.bishop77@example.com]]), who believes a former co-worker viewed his chart.

| Timestamp | User ID | Name | Role | Workstation / IP | Action |
|---|---|---|---|---|---|
| [[DATE|2025-01-14]] 02:12:44 | [[OTHER_ID|kfenwick2]] | [[NAME|Kayla Fenwick]] | RN, 4 East | WS-4E-07 / [[IP|198.51.100.47]] | opened chart, MAR (assigned nurse) |
| [[DATE|2025-01-14]] 02:13:10 | [[OTHER_ID|kfenwick2]] | [[NAME|Kayla Fenwick]] | RN, 4 East | WS-4E-07 / [[IP|198.51.100.47]] | documented vitals |
| [[DATE|2025-01-16]] 21:40:03 | [[OTHER_ID|dmcgrath]] | [[NAME|Dana McGrath]] | Patient Access Rep, ED | VPN / [[IP|192.0.2.211]] | break-the-glass; viewed Problem List, Notes |
| [[DATE|2025-01-16]] 21:44:51 | [[OTHER_ID|dmcgrath]] | [[NAME|Dana McGrath]] | Patient Access Rep, ED | VPN / [[IP|192.0.2.211]] | viewed Demographics (address, phone) |

Finding: Ms. [[NAME|McGrath]] was not on the care team, was off shift and connected from home. Interviewed [[DATE|1/23]] with union rep [[NAME|Luis Arce]]; she stated she knows Mr. [[NAME|Bishop]] from church and "was worried." Referred to HR; patient notified by letter.
Case file: [[URL|https://audit.example-health.org/cases/PRV-2025-0117]]
""")

_note("Australian remote area nurse note", """
REMOTE HEALTH CLINIC - [[CITY|Ngukurr]]     Seen Tue [[DATE|4 Feb]]
Client: [[NAME|Shirleen Wurramarrba]]     HRN [[MRN|NT-4417206]]     DOB [[DATE|01/07/1969]]
Medicare [[HEALTH_PLAN|3344 21981 4]]     Clinic ph [[PHONE|08 5550 1122]]

RHD register: on {{drug|Bicillin L-A}} {{dose|1,200,000 units}} IM q28 days; last dose [[DATE|7 Jan]] - 28 days today. Found her at her sister [[NAME|Marlene]]'s place near the barge landing, yarned on the verandah.
S: tired, short of breath walking to the store, no chest pain, no fevers. Sore legs after the injection last time.
O: HR {{lab|92}} irreg, BP {{lab|128/76}}, SpO2 {{lab|95%}}, afebrile. Pansystolic murmur apex (known MR). No {{eponym|Sydenham}} chorea. Mild ankle oedema.
Plan: Bicillin given R ventrogluteal with {{drug|lignocaine}}, tolerated. ECG: AF rate 90s - new. Discussed with DMO Dr [[NAME|Hamish Ogilvie]] by phone; echo with the visiting cardiology team [[DATE|11/2]]. Aboriginal Health Practitioner [[NAME|Dion Bara]] to check on her Thursday. INR/anticoag plan after echo.
[[NAME|Kirsten Lowry]], RAN
""")


# ---------------------------------------------------------------------------------------------
# Conversion and checks
# ---------------------------------------------------------------------------------------------

def _convert(marked: str) -> tuple[str, list[dict], list[dict]]:
    """Strip the marks of one note; return the plain text, its spans and its look-alikes."""
    return strip_marks(marked, _MARK)


def build() -> list[dict]:
    """Return the records, one per note, in order (ids F001, F002, ...)."""
    records = []
    for i, (genre, marked) in enumerate(_NOTES, start=1):
        text, spans, looks = _convert(marked)
        records.append({"id": f"F{i:03d}", "genre": genre, "text": text, "spans": spans, "lookalikes": looks})
    return records


_WORD = r"[^\W\d_]"
# Particles that may appear in names and elsewhere; not checked for consistency.
_PARTICLES = {"van", "der", "Mac", "bint", "Umm", "Thi", "Văn", "Thị"}


def _covered(start: int, end: int, intervals: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in intervals)


def check(records: list[dict]) -> None:
    """Assert offsets, labels, no overlaps, consistent marking of repeated identifiers and minimum counts."""
    assert len(records) >= MIN_NOTES, len(records)
    assert len({r["id"] for r in records}) == len(records), "duplicate ids"
    types: Counter = Counter()
    kinds: Counter = Counter()
    for r in records:
        rid, text = r["id"], r["text"]
        assert r["genre"], rid
        for mark in ("[[", "]]", "{{", "}}"):
            assert mark not in text, (rid, mark)
        items = [(s, "span") for s in r["spans"]] + [(x, "look") for x in r["lookalikes"]]
        for item, what in items:
            assert 0 <= item["start"] < item["end"] <= len(text), (rid, item)
            assert text[item["start"]:item["end"]] == item["text"], (rid, item)
            assert item["text"] == item["text"].strip(), (rid, "whitespace at edge", item)
            if what == "span":
                assert item["type"] in TYPES, (rid, item)
            else:
                assert item["kind"] in KINDS, (rid, item)
        ordered = sorted((i["start"], i["end"]) for i, _ in items)
        for (s1, e1), (s2, e2) in pairwise(ordered):
            assert e1 <= s2, (rid, "overlap", text[s1:e1], text[s2:e2])
        for s in r["spans"]:
            if s["type"] == "NAME":
                assert not re.match(r"(Dr|Mr|Mrs|Ms|Miss|Prof|Rev|Fr|Sr|Det)\.?\s", s["text"]), (rid, s)
                assert not re.search(r",\s*(MD|RN|DO|NP|PhD|LPN|CNA)$", s["text"]), (rid, s)
            if s["type"] == "AGE_OVER_89":
                assert s["text"].isdigit() and int(s["text"]) >= 90, (rid, s)
        for x in r["lookalikes"]:
            if x["kind"] == "age":
                assert int(x["text"].split()[0]) <= 89, (rid, x)
        # Every other occurrence of an identifier's text (or of a word of a name) is marked too.
        spans_iv = [(s["start"], s["end"]) for s in r["spans"]]
        all_iv = spans_iv + [(x["start"], x["end"]) for x in r["lookalikes"]]
        for s in r["spans"]:
            if s["type"] == "NAME":
                needles = {w for w in re.findall(rf"{_WORD}+", s["text"]) if len(w) >= 3} - _PARTICLES
            elif len(s["text"]) >= 4:
                needles = {s["text"]}
            else:
                needles = set()
            for needle in needles:
                pattern = rf"(?<![\w-]){re.escape(needle)}(?![\w])"
                for m in re.finditer(pattern, text):
                    assert _covered(m.start(), m.end(), all_iv), (rid, "unmarked repeat", needle, m.start())
        types.update(s["type"] for s in r["spans"])
        kinds.update(x["kind"] for x in r["lookalikes"])
    assert sum(types.values()) >= MIN_SPANS, sum(types.values())
    for t in TYPES:
        assert types[t] >= MIN_PER_TYPE, (t, types[t])
    assert types["NAME"] >= MIN_NAME, types["NAME"]
    assert types["DATE"] >= MIN_DATE, types["DATE"]
    assert sum(kinds.values()) >= MIN_LOOKALIKES, sum(kinds.values())


def main() -> None:
    records = build()
    check(records)
    write_set(records, OUT)


if __name__ == "__main__":
    main()
