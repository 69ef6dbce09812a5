"""Rules that find identifiers in clinical text: patterns, context cues and name lists (chapter 5).

Each rule returns typed spans (the HIPAA Safe Harbor categories that occur in notes):

* **formats** — e-mail, URL, IPv4/IPv6, phone and fax (also international: ``+44 20 7946 0831``), SSN,
  dates in every common written form (``11-Feb-2024``, ``Mar-14-2025``, ``5/31`` away from scores
  such as "pain 3/10", "in November", "starting the 21st"), ages over 89 (also ``Age ..... 94``),
  street addresses, PO boxes, rural routes and UK flats, ZIP codes next to a state or a ZIP label,
  UK postcodes, city names in ``City, ST`` position, HL7 v2 name, address and phone fields;
* **labelled numbers** — any identifier-like value after a label that names it (MRN, account,
  member/policy ID, licence, NPI, DEA, VIN, plate, serial, UDI, accession, Rx, study ID, user name,
  …), and long alphanumeric codes anywhere that are not a lab value, dose, code or time;
* **names** — a cue (title, credential, ``Patient:``/``Dear``/``Hi``/``signed by`` labels, a relative:
  "daughter Keisha", "Claimant Jerome Ashby-Kowal"), ``LAST, First`` after a name label or beside an
  MRN or DOB, an e-mail header (``'Eun-ji Shin' <…@…>``), or a run of capitalised words (accented
  letters included) containing a known first or last name (lists from the ``faker`` package, all
  locales) and not an everyday English word (SCOWL's list: Philter's "known safe words"); a name
  found once is looked for again in the same note. Eponyms ("Parkinson disease", "Foley catheter") and facility names are left alone;
* **places** — a town after words that say someone lives, moved or comes from there ("her son lives
  in Baltimore", "moved here from Tucson", "the Eastfield neighbourhood"), and any US postal place
  name (``resources/data/places_us.txt``, from the ``zipcodes`` package) after "in", "from", "near"…;
* **tables** — cells under a heading that names a person, a date, an age or a plate (:func:`table_cells`).

The format patterns live in :mod:`medllm_utils.deid_patterns`; this module adds the rules that need
context (names, places) and merges everything in :func:`find_phi`. Developed on six development
sets (``data.load_phi_dev_notes`` to ``load_phi_dev6_notes``, the last five written by separate
authors who never saw the rules); results are reported on held-out notes only.

Rules find patterns, not every way a person can be identified; chapter 5 measures what they miss
on notes written apart from them.

>>> [(f.kind, f.text) for f in find_phi("Seen by Dr. Alvarez on 03/14/2024; call 555-201-3344.")]
[('name', 'Alvarez'), ('date', '03/14/2024'), ('phone', '555-201-3344')]
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from .deid_patterns import (
    EXTRA_PATTERNS,
    LETTERS,
    MONTH_NAMES,
    PATTERNS,
    STATE_SET,
    STATES_RE,
    UPPER,
    PHIFinding,
    labelled_ids,
)

_TITLE = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Doctor|Nurse|Sister|Rev|Fr|Capt|Sgt)\.?"
_CRED = (r"MD|M\.D\.|DO|RN|MA|LAT|LADC|LMSW|LPC|LMFT|PsyD|CCC-SLP|OTR/L|ATC|MLS|MT|RDMS|RVT|DABR|IBCLC|CCRC|CCRP|RHIA|RHIT|CMA|RMA|BSN|MSN|MS|CWOCN|CWON|CCDS|CNOR|CEN|CPN|OCN|CHPN|CPHQ|SANE|SANE-A|CSPI|LAR|CCM|CDCES|CDE|CCTC|CGC|CHPC|MRCP|FRCP|CCRN|CNS|CPhT|NP|FNP|FNP-C|APRN|CNP|PA|PA-C|PharmD|RPh|LCSW|MSW|LPN|LVN|CNA|DPM|DDS|DMD|PhD|PT|DPT|"
         r"OT|OTR|RT|RRT|CRNA|MPH|MBBS|FACP|FACC|FACS|CNM|RD|LD|RDN|NRP|EMT|EMT-P|Paramedic")
_NAME_TOKEN = rf"(?:Mc|Mac|O'|O’|D'|D’)?[{UPPER}][{LETTERS}'’]+(?:-[{LETTERS}][{LETTERS}'’]+)?(?![0-9{LETTERS}])"
_PARTICLE = r"(?:van der|van den|van de|van|von|de la|de los|dela|delos|del|de|da|di|du|dos|das|le|la|ap|bin|ibn|al|el|Ó|Ní|Nic|Ua|St\.?)"
_NICK = r"[\"“][A-Z][a-z]+[\"”] "
_NAME_RUN = re.compile(rf"{_NAME_TOKEN}(?:(?: {_PARTICLE})? (?:[A-Z]\.? |{_NICK})?{_NAME_TOKEN}){{0,3}}")
_UPWORD = rf"[{UPPER}][{UPPER}'’-]+"
_COMMA_NAME = re.compile(
    rf"\b(?:(?:{_PARTICLE}|DE|LA|DEL|VAN|VON|DER|DA|DI|DOS) )*(?:{_NAME_TOKEN}|{_UPWORD})(?: (?:{_NAME_TOKEN}|{_UPWORD}))?, "
    rf"(?:{_NAME_TOKEN}|{_UPWORD}|[A-Z]\.)(?: (?:{_NAME_TOKEN}|{_UPWORD}))?(?: [\"“][A-Za-z]+[\"”])?(?: [A-Z]\.?)?(?![\w])")
_ID_CONTEXT = re.compile(r"^\s*[|/]\s*[A-Z]{0,3}\d{5,}|^\s*\((?:spouse|wife|husband|son|daughter|mother|father|sister|"
                         r"brother|partner|guardian|friend|self|mom|dad|grandmother|grandfather)\)|^[^\n]{0,40}?(?:\bMRN\b|\bDOB\b|\bD\.O\.B|\bAge\b|\bSex\b|\bMed Rec|\bMR#|\b\d{1,3} ?[MF]\b)")
_CUES_BEFORE = re.compile(
    rf"(?:\b{_TITLE} ?$|\b(?:DR|MR|MRS|MS|PROF)\.? ?$|(?i:\b(?:patient|pt|name|patient name|attending|resident|fellow|intern|pcp|primary care|"
    r"referring|referred by|consultant|consulted|surgeon|assistant|anesthesia|anesthesiologist|provider|physician|"
    r"clinician|nurse|rn|cm|sw|therapist|pharmacist|dictated by|transcribed by|signed by|electronically signed by|"
    r"signed|reviewed by|verified by|approved by|witness|witnessed by|seen by|seen with|discussed with|spoke with|"
    r"spoke to|called|paged|per|contact|emergency contact|next of kin|nok|guarantor|subscriber|insured|guardian|"
    r"poa|healthcare proxy|proxy|caregiver|aide|interpreter|from|to|cc|attn|dear|hi|hello|thanks|thank you|"
    r"regards|sincerely|son|daughter|wife|husband|spouse|partner|mother|father|mom|dad|sister|brother|niece|"
    r"nephew|grandson|granddaughter|grandmother|grandfather|aunt|uncle|cousin|friend|neighbor|neighbour|"
    r"roommate|fiance|fiancee|boyfriend|girlfriend|child|stepdaughter|stepson|mr|mrs|ms|miss|rep|representative|"
    r"agent|officer|deputy|detective|chaplain|coordinator|technician|tech|scribe|student|volunteer|navigator|"
    r"driver|courier|translator|sons|daughters|sibling|siblings|stepdad|stepmom|stepfather|stepmother|trooper|claimant|"
    r"decedent|deceased|(?:son|daughter|brother|sister|mother|father)-in-law|baby (?:girl|boy)|also present|"
    r"accompanied by|preferred name|registered by|caller|clerk|ofc\.?|tpr\.?|caseworker|case worker|requester|operator|logged by|on duty|unit clerk|typed by|asst|cra|practitioner|worker|photographer|teacher|baby|re|chw|cns|lpn|lvn|cna|np|crna|rph|emt|medic|paramedic|s/o|d/o|w/o|podiatrist|athlete|coach|landlord|co-worker|coworker|client|counselor|counsellor|paciente|midwife|woman|lola|lolo|det\.|known as|also registered as|dietitian|physiotherapist|pastor|survived by|investigator|advocate|physician|pcp|dr|cytotech|cytotechnologist|physicist|dosimetrist|cnm|hcp|surgeons|oncologist|radiologist|cardiologist|neurologist|nephrologist|hospitalist|intensivist|anesthetist|sonographer|technologist|inmate|detainee|participant|employee|enrollee|donor|recipient|signature|prepared by|completed by|entered by|aka|a\.k\.a\.|alias|goes by|care manager|social worker|physicians|nurses|surgeon of record|name\s*\([^)\n]{0,30}\))\s*[:,|-]?\s*(?:\([A-Z][a-z]+\)\s*)?[\"“'(]?$))")
# Words that follow "dr" or "mrs" in quick notes without being a name.
_AFTER_TITLE = set(["aware", "notified", "paged", "called", "updated", "said", "says", "ordered", "orders", "order", "note", "notes", "was", "is", "will", "and", "the", "at", "to", "in", "on", "of", "for", "here", "present", "office", "visit", "team", "said", "re", "with", "who", "has", "had", "would", "wants"])
_DESCRIBED = re.compile(r"^,? (?:DOB|D\.O\.B\.?|MRN|born|age[d:]? \d|\d{1,3}[- ]?(?:y/?o|yo|years?[- ]old|month[- ]old)\b|"
                        r"a \d{1,3}[- ]year[- ]old)")
_ROLES = {"HCP", "CNM", "CRA", "CRC", "MLS", "CHW", "CNS", "LPN", "LVN", "CNA", "NP", "PA", "RN", "CRNA", "EMT", "PCG", "SW", "CM", "PT", "OT", "RT", "MA"}
# Capitalised abbreviations seen after a word that would otherwise cue a name ("daughter | DL …").
_ABBREVIATIONS = set(["BMI", "INR", "PTT", "ART", "UNOS", "HIV", "HCV", "HBV", "TB", "BP", "HR", "RR", "GCS", "ECOG", "KPS", "NYHA", "TIMI", "PROGRAM", "LAT", "GMC", "NMC", "HCPC", "SNF", "HOH", "RTC", "ASA", "LTC", "ALF", "ICF", "LAR", "CHR", "VIP", "DNR", "DNI", "POA", "MOLST", "POLST", "CPR", "ICU", "EMS", "EMT", "CNA", "PCA", "IV", "PO", "PRN", "BID", "TID", "QID", "NPO", "HIPAA", "ROI", "ID", "DOB", "MRN", "SSN", "ED", "ER", "OR", "NICU", "PICU", "CT", "MRI", "EKG", "ECG", "EEG", "CBC", "BMP", "CMP"])
_CRED_SET = set(_CRED.replace("\\", "").split("|"))
# Cue words that name a person's role or relation (not a weak "per", "to", "subject").
_PERSON_CUE = re.compile(r"(?i)^(?:mr|mrs|ms|miss|mx|dr|prof|doctor|son|daughter|wife|husband|mother|father|mom|dad|"
                         r"sister|brother|grandson|granddaughter|friend|neighbou?r|aunt|uncle|niece|nephew|cousin|"
                         r"partner|spouse|patient|pt|name|patient name|caller|dear|hi|hello|rn|np|pa|lpn|lvn|cna|md|"
                         r"crna|asst|assistant|coordinator|interpreter|chaplain|pastor|officer|deputy|detective|trooper|"
                         r"ofc|tpr|operator|caseworker|(?:son|daughter|brother|sister|mother|father)-in-law)\.?$")
_DOTTED_NOT_NAMES = {"A.M.", "P.M.", "U.S.", "U.K.", "E.R.", "O.R.", "D.C.", "N.B.", "I.V.", "P.O.", "B.I.D.", "T.I.D.",
                     "Q.I.D.", "M.D.", "D.O.", "R.N.", "N.P.", "P.A.", "E.D.", "I.D.", "A.D.", "B.C.", "Q.D."}
_TITLE_WORDS = {"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Doctor", "Rev", "Fr", "Capt", "Sgt"}
_CRED_AFTER = re.compile(rf"^,? (?:{_CRED})\b|^\s*\((?:{_CRED})\)|^, (?:[A-Z][a-z]+ )?(?:Counselor|Counsellor|Coordinator|"
                         r"Manager|Navigator|Director|Specialist|Technician|Technologist|Assistant|Advocate|Liaison|"
                         r"Chaplain|Therapist|Pharmacist|Physician|Surgeon|Dietitian|Social Worker|Nurse Practitioner|"
                         r"Midwife|Interpreter|Registrar|Supervisor)\b")
_EPONYM_AFTER = re.compile(
    r"^(?:'s|’s)?\s+(?:disease|syndrome|sign|signs|palsy|lymphoma|sarcoma|catheter|procedure|operation|test|"
    r"maneuver|manoeuvre|reflex|criteria|score|scale|classification|fracture|node|nodes|tube|ulcer|repair|"
    r"phenomenon|triad|law|effect|equation|formula|method|technique|stain|stockings|hose|thyroiditis|"
    r"encephalopathy|dystrophy|contracture|cyst|tumou?r|disorder|anomaly|aneurysm|ataxia|chorea|esophagus|"
    r"oesophagus|point|space|line|incision|body|bodies|cell|cells|gland|glands|duct|block|bundle|position|"
    r"diet|agar|forceps|retractor|needle|valve|shunt|stent|mask|cannula|bag|pump|boot|splint|brace)\b", re.IGNORECASE)
_FACILITY = re.compile(r"\b(?:Hospital|Clinic|Center|Centre|Medical|Health|Healthcare|University|College|Institute|"
                       r"Pharmacy|Laboratory|Labs?|Imaging|Radiology|Associates|Group|Practice|Memorial|General|"
                       r"Regional|Community|County|Care|Services|Rehab|Rehabilitation|Nursing|Home|Hospice|Foundation|"
                       r"Department|Dept|Unit|Ward|Insurance|Medicare|Medicaid|Blue|Cross|Shield|Aetna|Cigna|Humana|"
                       r"Pediatrics|Cardiology|Oncology|Orthopedics|Dermatology|Neurology|Urology|Surgery|Surgical|Dental|"
                       r"Dentistry|Drug|Drugs|Ambulance|Ambulette|Transport|School|Academy|Elementary|Church|Outreach|"
                       r"Shelter|Farmacia|Partners|Physicians|Specialists|Suites|Pharmacy|Apothecary|Therapy|Wellness)\b")
# Capitalised words that start sentences and headings in notes; never a name on their own.
_COMMON = set(["A", "An", "The", "This", "That", "These", "Those", "He", "She", "They", "We", "I", "It", "His", "Her", "Their", "Our", "My", "Your", "Patient", "Pt", "Name", "Date", "Time", "Plan", "Assessment", "History", "Hx", "Exam", "Impression", "Findings", "Diagnosis", "Diagnoses", "Allergies", "Medications", "Meds", "Labs", "Vitals", "Chief", "Complaint", "HPI", "ROS", "PMH", "PSH", "FH", "SH", "Social", "Family", "Past", "Medical", "Surgical", "Review", "Systems", "Physical", "General", "HEENT", "Neck", "Lungs", "Heart", "Abdomen", "Extremities", "Neuro", "Skin", "Psych", "Left", "Right", "Bilateral", "Upper", "Lower", "Chest", "Pain", "Fever", "Cough", "No", "Yes", "Not", "None", "Denies", "Reports", "States", "Noted", "Will", "Follow", "Continue", "Start", "Stop", "Discharge", "Admission", "Admitted", "Discharged", "Home", "Follow-up", "Return", "Call", "Sincerely", "Regards", "Thank", "Thanks", "Dear", "Hello", "Hi", "Signed", "Dictated", "Reviewed", "Attending", "Nurse", "Doctor", "Dr", "Mr", "Mrs", "Ms", "Miss", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Today", "Tomorrow", "Yesterday", "Morning", "Evening", "Night", "Daily", "Weekly", "Per", "Please", "Note", "Notes", "Status", "Post", "Pre", "Op", "Operative", "Procedure", "Indication", "Indications", "Technique", "Comparison", "Result", "Results", "Report", "Final", "Preliminary", "Addendum", "Summary", "Course", "Hospital", "Clinic", "Emergency", "Department", "Unit", "Room", "Bed", "Floor", "Service", "Team", "Primary", "Care", "Provider", "Insurance", "Member", "Policy", "Group", "Address", "Phone", "Fax", "Email", "Contact", "Emergency", "Next", "Kin", "Relationship", "Spouse", "Son", "Daughter", "Mother", "Father", "Wife", "Husband", "Sister", "Brother", "Self", "Other", "Male", "Female", "Sex", "Gender", "Age", "DOB", "MRN", "SSN", "ID", "Account", "Acct", "Visit", "Encounter", "Type", "Reason", "Location", "Source", "Level", "Grade", "Stage", "Score", "Total", "Normal", "Abnormal", "Positive", "Negative", "Stable", "Improved", "Worse", "Mild", "Moderate", "Severe", "Acute", "Chronic", "Recent", "New", "Old", "Prior", "Previous", "Current", "Initial", "Repeat", "Blood", "Urine", "Pressure", "Rate", "Heart", "Oxygen", "Weight", "Height", "Temp", "Pulse", "Resp", "Saturation", "Given", "Received", "Tolerated", "Ordered", "Started", "Increased", "Decreased", "Held", "Resumed", "Also", "And", "Or", "But", "If", "When", "While", "After", "Before", "During", "Since", "Until", "Then", "So", "As", "At", "On", "In", "Of", "For", "With", "Without", "From", "To", "By", "Via", "Per", "Re", "Cc", "Bcc", "Subject", "Attn", "Regarding", "Subject", "Specimen", "Clinical", "Information", "Reference", "Range", "Units", "Value", "Flag", "Signature", "Electronically", "Verified", "Approved", "Transcribed", "Witness", "Consent", "Advance", "Directive", "Code", "Full", "DNR", "DNI", "Social", "Work", "Case", "Management", "Physical", "Therapy", "Occupational", "Speech", "Pharmacy", "Nutrition", "Dietitian", "Chaplain", "Security", "Police", "Lab", "Radiology", "Imaging", "Pathology", "Cardiology", "Neurology", "Oncology", "Surgery", "Medicine", "Pediatrics", "Psychiatry", "Obstetrics", "Gynecology", "Urology", "Nephrology", "Endocrinology", "Gastroenterology", "Pulmonology", "Dermatology", "Orthopedics", "Ophthalmology", "ICU", "CCU", "ED", "ER", "OR", "PACU", "NICU", "PICU", "Telemetry", "Ward", "Street", "Avenue", "Road", "Suite", "Apt", "Box", "Officer", "Deputy", "Detective", "Chaplain", "Coordinator", "Technician", "Tech", "Rep", "Representative", "Captain", "Sergeant", "Bedside", "Charge", "RN", "MD", "NP", "PA", "DO", "LPN", "CNA", "Baby", "Boy", "Girl", "Infant", "Twin", "Rev", "Fr", "Prof", "Sister", "Capt", "Sgt", "Job", "Echo", "Investigations", "Visitor", "Visitors", "Role", "Access", "Colleague", "Whom", "Concern", "Occupation", "Employer", "Team", "Duke", "Tel", "Mob", "Mobile", "Cell", "Ph", "Fax"])
_WEAK_CUES = {"per", "to", "from", "called", "paged", "contact", "hi", "hello", "thanks", "thank you", "regards",
              "sincerely", "attn", "cc", "with"}


# Lowercase words that are also names in the lists; a quick note uses them as words.
_LOWER_COMMON = set(["will", "may", "june", "april", "august", "mark", "bill", "grace", "hope", "faith", "rose", "joy", "sunny", "dawn", "gray", "grey", "young", "price", "hill", "bell", "long", "short", "white", "black", "brown", "green", "king", "may", "page", "rich", "ward", "wells", "hunter", "love", "early", "case", "cook", "head", "hall", "day", "night", "summer", "winter", "autumn", "ray", "art", "rob", "pat", "sue", "don", "jack", "chase", "drew", "guy", "lane", "miles", "major", "max", "sage", "star", "storm", "victor", "walker", "bishop", "baker", "carter", "cole", "fisher", "hale", "mason", "porter", "prince", "reed", "rose", "sharp", "stone", "strong", "swift", "west", "north", "south", "east", "frank", "noble", "will", "back", "payer", "page", "more", "can", "job", "echo", "amber", "duke", "ford", "hunt", "todd", "mercy", "sierra", "brown", "kenya", "china", "india", "georgia", "israel", "jordan", "chad", "doctor", "say", "sister"])


# Cues before a lowercase name in quick notes: a title, a relative, or any cue word.
_LOWER_TITLE = re.compile(r"(?i)\b(?:dr\.?|doctor|mrs\.?|mr\.?|ms\.?)\s*$")
_LOWER_RELATIVE = re.compile(r"(?i)\b(?:wife|husband|son|daughter|dtr|sister|brother|mother|father|mom|dad|friend|"
                             r"neighbou?r|caller|spoke with|this is|grandson|granddaughter|niece|nephew|aunt|uncle)"
                             r"\s*[:,-]?\s*$")
_LOWER_CUE = re.compile(r"(?i)\b(?:pt|patient|sister|brother|son|daughter|dtr|wife|husband|mother|father|mom|dad|"
                        r"friend|neighbor|called|spoke with|spoke to|spoke w/|d/w|discussed w/|nurse|handoff to|this is|hi|hello)\s*[:,-]?\s*$")


@lru_cache(maxsize=1)
def _gazetteers() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    def load(name: str) -> frozenset[str]:
        text = resources.files("medllm_utils").joinpath(f"resources/data/{name}").read_text(encoding="utf-8")
        return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))
    firsts, lasts = load("names_first.txt"), load("names_last.txt")
    return firsts, lasts, firsts | lasts


@lru_cache(maxsize=1)
def _us_places() -> dict[str, str]:
    """US postal place names (``scripts/make_place_list.py``), keyed by their lowercase spelling."""
    text = resources.files("medllm_utils").joinpath("resources/data/places_us.txt").read_text(encoding="utf-8")
    return {line.lower(): line for line in text.splitlines() if line and not line.startswith("#")}


@lru_cache(maxsize=1)
def _english() -> frozenset[str]:
    """Lowercase English words (SCOWL, ``scripts/make_word_list.py``): Philter's "known safe words"."""
    text = resources.files("medllm_utils").joinpath("resources/data/english_words.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


# species names after a genus initial ("H. Pylori", "S. Aureus"): not an initial and a surname
_GENUS_SPECIES = {"pylori", "aureus", "coli", "diff", "difficile", "pneumoniae", "influenzae", "epidermidis", "faecalis",
                  "faecium", "aeruginosa", "jirovecii", "carinii", "albicans", "fumigatus", "gondii", "vivax", "falciparum",
                  "pyogenes", "agalactiae", "typhi", "enteritidis", "marcescens", "cloacae", "mirabilis", "vulgaris",
                  "baumannii", "maltophilia", "cepacia", "burgdorferi", "pallidum", "trachomatis", "gonorrhoeae",
                  "tuberculosis", "avium", "kansasii", "neoformans", "capitatis", "corporis", "cruris", "pedis"}


def _bare(token: str) -> str:
    return re.sub(r"(?:'s|’s)$", "", token.strip(".,;:"))


def _names(text: str) -> list[PHIFinding]:
    firsts, lasts, any_name = _gazetteers()
    out: list[PHIFinding] = []
    # LAST, First (M.) — a known first name after the comma, and LAST in capitals or Capitalised
    for m in re.finditer(rf"\b({_NAME_TOKEN}|[A-Z][A-Z'’-]+), ({_NAME_TOKEN}|[A-Z][A-Z'’-]+)(?: [A-Z]\.?)?\b", text):
        last, first = m.group(1), m.group(2)
        if (first.title() in firsts and (last.title() in lasts or last.isupper())) and last.title() not in _COMMON:
            out.append(PHIFinding("name", m.group(0), m.start(), m.end()))
    for m in _NAME_RUN.finditer(text):
        tokens = m.group(0).split()
        start, end = m.start(), m.end()
        # trim common words and facility words at the edges
        while tokens and (_bare(tokens[0]) in _COMMON or _FACILITY.fullmatch(_bare(tokens[0]))):
            start += len(tokens[0]) + 1
            tokens = tokens[1:]
        while tokens and (_bare(tokens[-1]) in _COMMON or _FACILITY.fullmatch(_bare(tokens[-1]))):
            end -= len(tokens[-1]) + 1
            tokens = tokens[:-1]
        lead_cue = False
        # a title inside the run ("PCP Dr Haddad", "Attending Dr. Cole"): the name starts after it
        inner = next((i for i, t in enumerate(tokens[1:-1], start=1) if _bare(t).rstrip(".") in _TITLE_WORDS), None)
        if inner is not None:
            start += len(" ".join(tokens[:inner + 1])) + 1
            tokens, lead_cue = tokens[inner + 1:], True
        # a cue word at the head of the run ("Claimant Jerome Ashby-Kowal"): not in capitals (a heading), and
        # what follows is two words or a known name
        while (len(tokens) > 1 and (not tokens[0].isupper() or (tokens[0] in _ROLES and not tokens[1].isupper()))
               and tokens[0] not in _TITLE_WORDS
               and (_CUES_BEFORE.search(" " + tokens[0].lower()) or tokens[0] in _ROLES)
               and (len(tokens) > 2 or _bare(tokens[1]) in any_name or tokens[0] in _ROLES
                    or _PERSON_CUE.search(tokens[0]))):
            start += len(tokens[0]) + 1
            tokens, lead_cue = tokens[1:], True
        if not tokens:
            continue
        end = start + len(" ".join(tokens))
        chunk = text[start:end].rstrip(".")
        end = start + len(chunk)
        next_word = re.match(r"[ \t]*([A-Za-z]+)", text[end:end + 30])
        if (any(_FACILITY.fullmatch(_bare(t)) for t in m.group(0).split()) or _EPONYM_AFTER.match(text[end:end + 40])
                or (next_word and _FACILITY.fullmatch(next_word.group(1)))):
            continue
        before, after = text[max(0, start - 40):start], text[end:end + 20]
        names = [_bare(t) for t in tokens if len(_bare(t)) > 1]
        caps = all(t.isupper() for t in names)
        cue_match = _CUES_BEFORE.search(before) or (_CUES_BEFORE.search(" patient") if lead_cue else None)
        cue_word = cue_match.group(0).strip(" \t:,-\"“'").lower() if cue_match else ""
        name_cue = bool(cue_match) and cue_word not in _WEAK_CUES or bool(_CRED_AFTER.match(after))
        # "Mahsa Jafari-Tehrani, DOB 04/01/1965", "Yuki Tanabe-Morales, 11 y/o": a person described like a patient
        described = bool(_DESCRIBED.match(text[end:end + 40]))
        strong_cue = bool(cue_match) or bool(_CRED_AFTER.match(after)) or described
        if " ".join(names) in STATE_SET or (len(names) == 1 and names[0] in _COUNTRIES):
            continue
        if caps or len(names) == 1:   # headers, acronyms and single words: only after a cue naming a person
            if caps and cue_match and "\n" in before[cue_match.start():]:   # "Cardiologist\nGMC 7419953": a new line
                continue
            if (name_cue and len(names) <= 3 and not any(n in _COMMON or n.title() in _COMMON for n in names)
                    and not (caps and re.fullmatch(rf"(?:{_CRED})(?: (?:{_CRED}))*", " ".join(names)))
                    and not (caps and len(names) == 1 and (len(names[0]) < 3 or names[0] in _ABBREVIATIONS))
                    # one everyday word ("Triage RN", "Subject: Statement") needs a title or a relative before it
                    and not (len(names) == 1 and not caps and names[0].lower() in _english()
                             and not (cue_match and _PERSON_CUE.search(cue_word)))):
                out.append(PHIFinding("name", chunk, start, end))
            continue
        first_known = bool(names) and (names[0] in firsts or (len(names) > 1 and names[0] in lasts and names[1] in firsts))
        rest_ok = all(n not in _COMMON and not n.isupper() for n in names[1:])
        if strong_cue or (len(names) >= 2 and first_known and rest_ok):
            out.append(PHIFinding("name", chunk, start, end))
    # lowercase names (quick notes): a known name right after a cue word, or before a credential
    english = _english()
    for m in re.finditer(r"\b([a-z][a-z'’-]+)(?= ([a-z][a-z'’-]+))?", text):
        words = [w for w in m.groups() if w]
        if not words or words[0] in _LOWER_COMMON or words[0].startswith("in-"):
            continue
        known = words[0].title() in any_name
        is_english = words[0] in english
        unknown = len(words[0]) >= 3 and not is_english and words[0] not in _AFTER_TITLE
        if not known and not unknown:   # neither a listed name nor an unknown word: no cue makes it one
            continue
        before, after = text[max(0, m.start() - 30):m.start()], text[m.end():m.end() + 12]
        # after a title any word that is not a common follower is a surname ("dr haq", "mrs tanaka")
        title = _LOWER_TITLE.search(before)
        relative = _LOWER_RELATIVE.search(before)
        if not known and not ((title or relative) and unknown):
            continue
        if is_english and not (title or relative):   # "patient lies flat": a word, not Lies
            continue
        cue = title or _LOWER_CUE.search(before)
        cred = re.match(r"\s*,?\s*(?:rn|md|np|pa|do|lpn|cna|msw|lcsw|pharmd)\b", after)
        if cue or cred:
            keep = words if len(words) == 2 and words[1].title() in any_name and words[1] not in _LOWER_COMMON else words[:1]
            span = " ".join(keep)
            out.append(PHIFinding("name", span, m.start(), m.start() + len(span)))
    for m in re.finditer(r"(?<=\()[\"“]([A-Z][a-z]+)[\"”](?=\))", text):
        out.append(PHIFinding("name", m.group(1), m.start(1), m.end(1)))
    # a known first name in quotes: a nickname, a newborn's name, a caller
    for m in re.finditer(r"[\"“]([A-Z][a-z]+)[\"”]", text):
        if m.group(1) in firsts and m.group(1) not in _COMMON:
            out.append(PHIFinding("name", m.group(1), m.start(1), m.end(1)))
    # an initial and a surname before a credential: "a. whitcombe rn", "J. Okoro, MD"
    for m in re.finditer(rf"\b[A-Za-z]\. ?(?:{_PARTICLE} )?[{LETTERS}][{LETTERS}'’-]+(?=,? (?i:{_CRED})\b|, badge|"
                         rf"\s*\((?i:{_CRED})\b)", text):
        out.append(PHIFinding("name", m.group(0), m.start(), m.end()))
    # ... or after a title or a cue ("Dr. S. Raghavan", "triage rn K. Olawale"), or with a known surname
    for m in re.finditer(rf"\b[A-Z]\. ?(?:{_PARTICLE} )?{_NAME_TOKEN}", text):
        surname = _bare(m.group(0).split()[-1])
        # an initial and an unlisted surname standing alone ("A. Chukwuemeka   Rm 512", "oncologist Y. Bernstein-Oduya;")
        alone = (re.fullmatch(rf"[{UPPER}][a-zß-ÿ'’]+(?:-[{UPPER}][a-zß-ÿ'’]+)?", surname) is not None
                 and len(surname) >= 4 and surname.lower() not in _english() and surname not in _COMMON
                 and surname.lower() not in _GENUS_SPECIES
                 and not re.search(r"(?:\d|&\w*)\s*$", text[max(0, m.start() - 4):m.start()])
                 and re.match(r"[ \t]*(?:$|\n|[,;)]|[ \t]{2}| \()", text[m.end():m.end() + 3]) is not None)
        if _CUES_BEFORE.search(text[max(0, m.start() - 40):m.start()]) or surname in lasts or alone:
            out.append(PHIFinding("name", m.group(0), m.start(), m.end()))
    # names written in another script (Hangul, Ethiopic, Arabic, Cyrillic, Greek, Devanagari, CJK…): in an
    # English note these are people's names, e.g. "Kim Soon-ja (김순자)"
    for m in re.finditer(r"[\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u0900-\u0dff\u1200-\u137f\u3040-\u30ff"
                         r"\u3400-\u9fff\uac00-\ud7af]+(?:[ \u00b7][\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u0900-\u0dff"
                         r"\u1200-\u137f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+)*", text):
        out.append(PHIFinding("name", m.group(0), m.start(), m.end()))
    # a name spelled out letter by letter: "D E S M O N D", "H O L L I S"
    for m in re.finditer(r"\b[A-Z](?: [A-Z]){3,}\b", text):
        out.append(PHIFinding("name", m.group(0), m.start(), m.end()))
    # a known first name speaking at the start of a line: "Priya: ok", "Kavitha Akka: thanks"
    lines = [m for m in re.finditer(rf"(?m)^({_NAME_TOKEN})(?: {_NAME_TOKEN})?(?=: )", text)
             if m.group(1) not in _COMMON and m.group(1).lower() not in _LOWER_COMMON and not m.group(1).isupper()]
    known = [m for m in lines if m.group(1) in firsts]
    for m in (lines if len(known) >= 3 else []):   # a conversation: every speaker, known name or not
        out.append(PHIFinding("name", m.group(0), m.start(), m.end()))
    # two or three capitalised words followed by a record number or an age and sex: a list of patients
    for m in re.finditer(rf"\b({_NAME_TOKEN}(?: {_NAME_TOKEN}){{1,2}})(?=\s{{2,}}[A-Z]{{0,3}}\d{{5,}}\b|\s+\d{{1,3}} ?[MF]\b|\s*\|\s*[A-Z]{{0,3}}\d{{5,}}\b)", text):
        if not any(_bare(w) in _COMMON for w in m.group(1).split()) and not _FACILITY.search(m.group(1)):
            out.append(PHIFinding("name", m.group(1), m.start(1), m.end(1)))
    # a known first name inside a sentence (not its first word, where every word is capitalised), when
    # it is not also an English word used in notes ("Will", "Grace", "Hope")
    english = _english()
    for m in re.finditer(rf"(?<=[a-z,;] )({_NAME_TOKEN})\b(?![ -][A-Z]| and [A-Z])", text):
        w = _bare(m.group(1))
        if re.search(r"\b[A-Z][\w'’-]*\s$", text[max(0, m.start() - 25):m.start()]):   # "New York": one proper noun
            continue
        if (w in firsts and w not in _COMMON and w.lower() not in _LOWER_COMMON and w.lower() not in english
                and not _EPONYM_AFTER.match(text[m.end():m.end() + 40])):
            out.append(PHIFinding("name", m.group(1), m.start(1), m.end(1)))
    # a greeting: "Hi Siobhan,", "Dear Eun-ji,"
    for m in re.finditer(rf"\b(?:Hi|Hello|Hey|Dear|Morning|Good morning|Good afternoon|Thanks|Thank you),? "
                         rf"({_NAME_TOKEN}(?: {_NAME_TOKEN})?)(?=\s*[,!\n])", text):
        if _bare(m.group(1)) not in _COMMON:
            out.append(PHIFinding("name", m.group(1), m.start(1), m.end(1)))
    # an e-mail header: 'Eun-ji Shin' <eshin@…>, Patricia Donnelly <pd@…>
    for m in re.finditer(rf"['\"]?({_NAME_TOKEN}(?: (?:[A-Z]\. )?{_NAME_TOKEN}){{1,2}})['\"]? <[^>\s]+@", text):
        out.append(PHIFinding("name", m.group(1), m.start(1), m.end(1)))
    # LAST, First on a line that is about a patient: after a name label, or with an MRN/DOB beside it
    for m in _COMMA_NAME.finditer(text):
        before = text[max(0, m.start() - 40):m.start()]
        after = text[m.end():m.end() + 60].split("\n", 1)[0]
        span_text, span_end = m.group(0), m.end()
        while span_text.split()[-1] in _CRED_SET and len(span_text.split()) > 2:   # "PATEL, KIRAN MD"
            span_text = span_text[:span_text.rfind(" ")]
            span_end = m.start() + len(span_text)
        words = [_bare(w) for w in re.split(r"[ ,]+", span_text) if len(_bare(w)) > 1]
        if any(w in _COMMON or w.title() in _COMMON or w in _CRED_SET or w in _ABBREVIATIONS or w in _ROLES
               for w in words):
            continue
        if (_CUES_BEFORE.search(before) or _ID_CONTEXT.search(after)
                or re.match(r"[ \t]*\n\s*(?:DOB|MRN|D\.O\.B|Age\b|Sex\b)", text[m.end():m.end() + 40])
                or (text[max(0, m.start() - 1):m.start()] in ("", "\n") and re.match(r"\s*(?:\||\s{2})", after))):
            out.append(PHIFinding("name", span_text, m.start(), span_end))
    # an initials key: "AJ = Adriana Jaramillo, RN" (the initials are then looked for in the whole note)
    for m in re.finditer(rf"\b([A-Z]{{2,3}}) = ({_NAME_TOKEN}(?: (?:[A-Z]\. )?{_NAME_TOKEN}){{1,2}})", text):
        out.append(PHIFinding("name", m.group(1), m.start(1), m.end(1)))
        out.append(PHIFinding("name", m.group(2), m.start(2), m.end(2)))
    # initials with full stops: "D.W.", "M.R.G." (a subject in a log), not "A.M." or "U.S."
    for m in re.finditer(r"(?<![\w.])[A-Z]\.[A-Z]\.(?:[A-Z]\.)?(?![\w.])", text):
        if m.group(0) not in _DOTTED_NOT_NAMES:
            out.append(PHIFinding("name", m.group(0), m.start(), m.end()))
    # form fields: "Last Begay   First Tyler   MI R"
    for m in re.finditer(r"\b(?:Last(?: Name)?|First(?: Name)?|Middle(?: Name)?|MI|Surname|Given [Nn]ame|Family [Nn]ame)"
                         rf"\b:?[ \t]+({_NAME_TOKEN}|[A-Z]\b)(?=[ \t]{{2,}}|[ \t]*\n|[ \t]*\|)", text):
        out.append(PHIFinding("name", m.group(1), m.start(1), m.end(1)))
    return out


def cities_after_addresses(text: str, addresses: list[PHIFinding]) -> list[PHIFinding]:
    """``12 Elm St, Apt 4, Springfield``: the capitalised words after a street address are a city."""
    out = []
    for a in addresses:
        at = a.end
        for _ in range(2):
            m = re.match(r",? (?:(?:Suite|Ste|Apt|Unit|Lot|Bldg|Floor|#)[^,\n]{0,10}, )?([A-Z][a-zà-ÿ]+(?:[ -][A-Z][a-zà-ÿ]+){0,2})\b",
                         text[at:at + 60])
            if not m or m.group(1) in _COMMON or _FACILITY.search(m.group(1)) or m.group(1) in STATE_SET:
                break
            out.append(PHIFinding("city", m.group(1), at + m.start(1), at + m.end(1)))
            at += m.end()
    return out


_PLACE_CUE = re.compile(
    r"(?i:\b(?:lives?|living|lived|moved|moving|relocated|resides?|residing|stays?|staying|based|visiting|driving|drove|"
    r"flew|travell?ed|returned|born|raised|works?|working|winter|summer|son|daughter|sister|brother|mother|father|wife|"
    r"husband|family|relatives?|grandmother|grandfather|friend|pharmacy|away|neighbou?rhood|ist|ian|arrived|arriving|"
    r"flying|flew|fled|emigrated|immigrated|came|coming|farm|mines?|town|village|outside|partner|cousin|aunt|uncle|"
    r"church|road|highway|near)\b"
    r"[^.;\n]{0,45}?)$")
_PLACE = re.compile(r"\b(?:in|from|near|of|outside|at) (?:the )?([A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})\b(?![ -]?[A-Z])")
_COUNTRIES = set(["Afghanistan", "Albania", "Algeria", "Angola", "Argentina", "Armenia", "Australia", "Austria", "Bangladesh", "Belarus", "Belgium", "Bhutan", "Bolivia", "Bosnia", "Brazil", "Bulgaria", "Burundi", "Cambodia", "Cameroon", "Canada", "Chile", "China", "Colombia", "Congo", "Cuba", "Cyprus", "Czechia", "Denmark", "Ecuador", "Egypt", "Eritrea", "Ethiopia", "England", "Fiji", "Finland", "France", "Gambia", "Georgia", "Germany", "Ghana", "Greece", "Guatemala", "Guinea", "Haiti", "Honduras", "Hungary", "India", "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy", "Jamaica", "Japan", "Jordan", "Kenya", "Korea", "Kuwait", "Laos", "Lebanon", "Liberia", "Libya", "Lithuania", "Malawi", "Malaysia", "Mali", "Mexico", "Moldova", "Mongolia", "Morocco", "Mozambique", "Myanmar", "Namibia", "Nepal", "Netherlands", "Nicaragua", "Niger", "Nigeria", "Norway", "Oman", "Pakistan", "Palestine", "Panama", "Paraguay", "Peru", "Philippines", "Poland", "Portugal", "Qatar", "Romania", "Russia", "Rwanda", "Samoa", "Scotland", "Senegal", "Serbia", "Sierra", "Singapore", "Somalia", "Spain", "Sudan", "Sweden", "Switzerland", "Syria", "Taiwan", "Tanzania", "Thailand", "Tonga", "Tunisia", "Turkey", "Uganda", "Ukraine", "Uruguay", "Uzbekistan", "Venezuela", "Vietnam", "Wales", "Yemen", "Zambia", "Zimbabwe", "English", "Spanish", "French", "Arabic", "Mandarin", "Cantonese", "Somali", "Amharic", "Tigrinya", "Swahili", "Hindi", "Urdu", "Punjabi", "Tamil", "Bengali", "Tagalog", "Vietnamese", "Korean", "Japanese", "Russian", "Ukrainian", "Polish", "Portuguese", "Haitian", "Creole", "Farsi", "Dari", "Pashto", "Turkish", "Greek", "Italian", "German", "Navajo", "Samoan", "Tongan"])
_NOT_PLACE = _COUNTRIES | set(MONTH_NAMES.split("|")) | {"May", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                                             "Sunday", "English", "Spanish", "French", "Arabic", "Mandarin", "Cantonese"}


_COUNTY = re.compile(r"^(?:County|Co\.) | (?:County|COUNTY)$")   # "Dunmore County" is a place, not a facility
# Town-like words after a word that places someone: "near Zanesfield", "in Cuervo Springs", "past Lake Winnet"
_TOWN = re.compile(r"\b(?:in|near|past|from|outside|around|to) (?:the )?(?P<v>(?:Lake|Port|Fort|Mount|Mt\.|West|East|North|South|New) "
                   r"[A-Z][a-z]+|[A-Z][a-z]+(?:field|dale|ville|burg|boro|borough|view|wood|ford|haven|chester|mouth)|"
                   r"[A-Z][a-z]+ (?:Falls|Springs|Shores|Heights|Hills|Creek|Valley|Ridge|Junction|Harbor|Harbour|Beach|Bay|Grove))\b"
                   r"(?![ -]?[A-Z])")


def _places(text: str) -> list[PHIFinding]:
    """Town names where the sentence says someone lives, moved from or travels: "lives in Enugu",
    "moved here from Tucson", "the Eastfield neighbourhood"."""
    out = []
    for m in _PLACE.finditer(text):
        name = m.group(1)
        if (name in _COMMON or name in _NOT_PLACE or name in STATE_SET or _FACILITY.search(name)
                or not _PLACE_CUE.search(text[max(0, m.start() - 60):m.start()] + " ")):
            continue
        out.append(PHIFinding("city", name, m.start(1), m.end(1)))
    for m in _TOWN.finditer(text):
        after = re.match(r"[ \t]+([A-Z][a-z]+)", text[m.end():m.end() + 30])   # "Fairview Family Medicine": a facility
        if not (after and _FACILITY.fullmatch(after.group(1))) and m.group("v") not in _NOT_PLACE:
            out.append(PHIFinding("city", m.group("v"), m.start("v"), m.end("v")))
    for m in re.finditer(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?= neighbou?rhood| area of| district)", text):
        if m.group(1) not in _COMMON:
            out.append(PHIFinding("city", m.group(1), m.start(1), m.end(1)))
    return out


# A word that places what follows, then up to four words (capitalised, or lowercase in a dictation)
_AT_PLACE = re.compile(r"\b(?:[Ii]n|[Ff]rom|[Nn]ear|[Oo]utside(?: of)?|[Aa]round|[Vv]isiting|[Pp]ast|[Tt]oward|[Tt]owards)"
                       r"[ \t]+(?:the[ \t]+)?(?=(?P<v>[A-Za-z][a-z.'’-]*(?:[ \t]+[A-Za-z][a-z.'’-]*){0,3}))")


def gazetteer_places(text: str) -> list[PHIFinding]:
    """Towns from the US postal gazetteer where a word places them: "retired roofer from Pensacola",
    "drives in from Many Farms", "a fall at home in topeka" (a dictation). The longest run of words
    that is a listed place wins. A one-word place that is also an English word or a listed first
    name ("Hope", "Marion", "Commerce") needs a cue that someone lives, works or travels there
    (:data:`_PLACE_CUE`), and an English word written in lowercase never counts.

    >>> [f.text for f in gazetteer_places("Retired roofer from Pensacola; enrolled in Hope, a support group.")]
    ['Pensacola']
    """
    places, english = _us_places(), _english()
    firsts = _gazetteers()[0]
    out = []
    for m in _AT_PLACE.finditer(text):
        words = m.group("v").split()
        lower = words[0].islower()
        if any(w[:1].isupper() == lower for w in words[:1]):
            continue
        for n in range(len(words), 0, -1):
            run = [w.rstrip(".,;:") if i == n - 1 else w for i, w in enumerate(words[:n])]
            if lower != all(w.islower() or w in ("of", "on", "the") for w in run):
                continue
            name = " ".join(run)
            if name.lower() not in places:
                continue
            start = m.start("v") + text[m.start("v"):].index(run[0])
            end = start + len(name)
            if text[start:end] != name:
                break
            if n == 1:
                word = run[0]
                if (word in _COMMON or word in _NOT_PLACE or word in STATE_SET or _FACILITY.fullmatch(word)
                        or len(word) < 4 or (lower and word in english)):
                    break
                if ((word.lower() in english or word in firsts or word.lower() in _LOWER_COMMON)
                        and not _PLACE_CUE.search(text[max(0, m.start() - 60):m.start()] + " ")):
                    break
            after = re.match(r"[ \t]*(\d|(?:[A-Z][a-z]+[ \t]*){1,3})?(station|store|plant|mall|market|factory)?",
                             text[end:end + 40])
            if after.group(2) or (after.group(1) and (after.group(1).isdigit()
                                                      or any(_FACILITY.fullmatch(w) for w in after.group(1).split()))):
                break   # "in Room 5", "from Fairview Family Medicine", "past the Shell station"
            out.append(PHIFinding("city", name, start, end))
            break
    return out


# Column headings that say what a table's cells hold (pipe- or tab-separated tables, one row per line)
_NAME_COLUMN = re.compile(r"(?i)\b(?:name|patient|pt|student|surgeon|nurse|rn|lpn|provider|attending|anes\w*|driver|"
                          r"contact|escort|staff|clinician|initials|given by|signed|by|resident|inmate|participant|"
                          r"child|parent|guardian|physician|doctor|caregiver|nok|kin|donor|recipient|tech|technologist|"
                          r"therapist|pharmacist|witness|interpreter|officer|sibling|relative|mother|father|member|"
                          r"subject|employee|worker|teacher|coach|prescriber|resident)\b")
_AGE_COLUMN = re.compile(r"(?i)^\s*(?:age|age \(y(?:ears|rs)?\)|yrs|years)\s*$")
_DATE_COLUMN = re.compile(r"(?i)\b(?:date|dob|d\.o\.b\.?|born|birth ?date|admitted|discharged|seen|visit)\b")
_PLATE_COLUMN = re.compile(r"(?i)\b(?:plate|vehicle|tag|vin)\b")
_PLATE = re.compile(r"(?<![\w-])(?=[A-Z0-9 -]*\d)(?=[A-Z0-9 -]*[A-Z])[A-Z0-9]{1,4}[ -]?[A-Z0-9]{2,5}(?![\w-])")


def table_cells(text: str) -> list[PHIFinding]:
    r"""Cells of pipe- or tab-separated tables whose column heading says they hold a person ("Patient",
    "Surgeon", "Given by", "Driver"), a date, an age (flagged when over 89) or a licence plate.

    >>> [f.text for f in table_cells("| Patient | Age | Seen |\n|---|---|---|\n| Okoro, Emmanuel | 93 | 2/4 |")]
    ['Okoro, Emmanuel', '93', '2/4']
    """
    out: list[PHIFinding] = []
    header: list[str] | None = None
    sep = ""
    pos = 0
    for line in text.split("\n"):
        line_start, pos = pos, pos + len(line) + 1
        this_sep = "\t" if line.count("\t") >= 2 else "|" if line.count("|") >= 3 else ""
        if not this_sep:
            header = None
            continue
        cells, at = [], line_start
        for raw in line.split(this_sep):
            cells.append((raw, at))
            at += len(raw) + 1
        if this_sep == "|" and line.strip().startswith("|"):
            cells = cells[1:]
        if header is None or this_sep != sep:
            header, sep = [c for c, _ in cells], this_sep
            continue
        if all(re.fullmatch(r"\s*:?-{2,}:?\s*", c) for c, _ in cells if c.strip()):
            continue
        for (cell, start), head in zip(cells, header):
            value = cell.strip()
            if not value or value in ("-", "—", "n/a", "N/A", "none", "self", "Self") or not re.search(r"\w", value):
                continue
            vstart = start + cell.index(value)
            if _AGE_COLUMN.match(head):
                if re.fullmatch(r"(?:9\d|1[01]\d)", value):
                    out.append(PHIFinding("age_over_89", value, vstart, vstart + len(value)))
            elif _PLATE_COLUMN.search(head):
                out += [PHIFinding("id", m.group(0), vstart + m.start(), vstart + m.end())
                        for m in _PLATE.finditer(value) if not re.fullmatch(rf"(?:{STATES_RE})", m.group(0))]
            elif _NAME_COLUMN.search(head) and re.search(rf"[{UPPER}]", value) and not value.isdigit():
                if not (len(value.split()) == 1 and value in _COMMON):
                    out.append(PHIFinding("name", value, vstart, vstart + len(value)))
            elif _DATE_COLUMN.search(head) and re.search(r"\d", value):
                out.append(PHIFinding("date", value, vstart, vstart + len(value)))
    return out


_RELATION = (r"(?:bf|gf|boyfriend|girlfriend|husband|wife|spouse|partner|son|daughter|mom|mother|dad|father|"
             r"grandma|grandmother|grandpa|grandfather|sister|brother|aunt|uncle|niece|nephew|cousin|friend|"
             r"neighbou?r|roommate|fianc[eé]e?|caregiver|guardian|hcp|poa)")
_RELATED = re.compile(rf"(?i:\b{_RELATION}\s*\(\s*)(?P<v>[{UPPER}][{LETTERS}'’-]+)(?=\s*\))|"
                      rf"\b(?P<w>[{UPPER}][{LETTERS}'’-]+)(?= \((?i:{_RELATION})\))")
# A Vietnamese full name with its middle marker: "Nguyen Thi Thu Ha", "Bui Van Hung", "Trinh Ngoc Anh"
_VIET = re.compile(rf"\b[{UPPER}][{LETTERS}]+ (?:Thi|Thị|Van|Văn|Ngoc|Ngọc|Minh|Duc|Đức|Quang|Hoang|Hoàng|Thanh|Kim)"
                   rf"(?: [{UPPER}][{LETTERS}]+){{1,2}}\b")
# A list of three or more capitalised words, most of them listed first names: a roster ("Annalise, Marcus, Grace")
_ROSTER = re.compile(rf"\b[{UPPER}][{LETTERS}'’-]+(?:(?:, | and |, and )[{UPPER}][{LETTERS}'’-]+){{2,}}\b")
# A speaker after a clock time in a chat log: "03:31 Kowalczyk-Hart, E: baby in unit", "7:32 PM Rohini V.: ok"
_TIMED_SPEAKER = re.compile(rf"(?m)^\[?\d{{1,2}}:\d{{2}}(?: ?[AaPp][Mm])?\]?[ \t]+(?P<v>{_NAME_TOKEN}(?:,? (?:{_NAME_TOKEN}|"
                            rf"[A-Z]\.?)){{0,2}})(?=[ \t]*(?:\([^)\n]{{0,40}}\))?:[ \t])")
# Initials alone on the note's last line: a signature ("DN", "RQB", "SMcA")
_LAST_LINE_INITIALS = re.compile(r"\n[ \t]*(?P<v>[A-Z][A-Za-z]?[A-Z](?:[a-z]?[A-Z])?)[ \t]*\s*$")


def context_names(text: str) -> list[PHIFinding]:
    """Names that a table heading, a relation in brackets, a roster, a chat log's speaker position, a
    Vietnamese middle name or a closing signature reveal (see :func:`table_cells`)."""
    firsts = _gazetteers()[0]
    out = [f for f in table_cells(text)]
    for m in _RELATED.finditer(text):
        g = "v" if m.group("v") else "w"
        if m.group(g) not in _COMMON and m.group(g) not in _ROLES and not m.group(g).isupper():
            out.append(PHIFinding("name", m.group(g), m.start(g), m.end(g)))
    out += [PHIFinding("name", m.group(0), m.start(), m.end()) for m in _VIET.finditer(text)]
    for m in _ROSTER.finditer(text):
        words = re.findall(rf"[{UPPER}][{LETTERS}'’-]+", m.group(0))
        if sum(w in firsts for w in words) * 3 >= len(words) * 2 and not any(w in _COMMON or w in _NOT_PLACE for w in words):
            out += [PHIFinding("name", w.group(0), m.start() + w.start(), m.start() + w.end())
                    for w in re.finditer(rf"[{UPPER}][{LETTERS}'’-]+", m.group(0))]
    for m in _TIMED_SPEAKER.finditer(text):
        words = [_bare(w) for w in m.group("v").replace(",", " ").split()]
        if not any(w in _COMMON or w in _ROLES or w in _CRED_SET for w in words):
            out.append(PHIFinding("name", m.group("v"), m.start("v"), m.end("v")))
    m = _LAST_LINE_INITIALS.search(text)
    if m and m.group("v") not in _ABBREVIATIONS and m.group("v") not in _CRED_SET and m.group("v") not in _ROLES:
        out.append(PHIFinding("name", m.group("v"), m.start("v"), m.end("v")))
    return out


_GREETED = re.compile(r"\bDear ((?:[A-Z][a-z]+(?:, | and )){1,5}[A-Z][a-z]+)(?=[,:]\s*\n)")


def _greeted(text: str) -> list[PHIFinding]:
    """Each person a letter greets: "Dear Hope, Hunter, Frank and Philippa," (one finding per name)."""
    return [PHIFinding("name", w.group(0), m.start(1) + w.start(), m.start(1) + w.end())
            for m in _GREETED.finditer(text) for w in re.finditer(r"[A-Z][a-z]+", m.group(1))]


def _propagate(text: str, names: list[PHIFinding]) -> list[PHIFinding]:
    """Every other mention of a word already found as part of a name in this note ("Colette
    Moreau-Fisk" … "Colette reports"): a person named once with a cue is usually named again without one."""
    words = {w for f in names for w in re.findall(rf"[{UPPER}][{LETTERS}'’-]{{2,}}", f.text)
             if w not in _COMMON and w not in _TITLE_WORDS and not w.isupper()}
    if not words:
        return []
    pattern = re.compile(r"(?<![\w'’-])(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + r")(?![\w'’-])")
    return [PHIFinding("name", m.group(0), m.start(), m.end()) for m in pattern.finditer(text)]


def find_phi(text: str) -> list[PHIFinding]:
    """Identifier-like spans in ``text``, in order of position (overlaps resolved to the longer span)."""
    found: list[PHIFinding] = []
    for kind, pat in [*PATTERNS.items(), *EXTRA_PATTERNS]:
        for m in pat.finditer(text):
            group = next((g for g in pat.groupindex if m.group(g)), 0)   # a pattern may mark its value as (?P<v>…)
            if m.group(group).strip():
                found.append(PHIFinding(kind, m.group(group), m.start(group), m.end(group)))
    found += cities_after_addresses(text, [f for f in found if f.kind == "address"])
    names = _names(text) + _greeted(text)
    names += context_names(text)
    found += labelled_ids(text) + names + _places(text) + gazetteer_places(text) + _propagate(text, names)
    # a state, a country or a facility is not a town
    found = [f for f in found if not (f.kind == "city" and (f.text in STATE_SET or f.text in _COUNTRIES
                                                            or _FACILITY.search(_COUNTY.sub("", f.text))
                                                            or (_COUNTY.search(f.text) and f.text.split()[0] in _COMMON)))]
    found.sort(key=lambda f: (f.start, -(f.end - f.start)))
    kept: list[PHIFinding] = []
    for f in found:
        if kept and f.start < kept[-1].end:
            if f.end > kept[-1].end:   # overlapping: merge into one span of the first kind
                k = kept[-1]
                kept[-1] = PHIFinding(k.kind, text[k.start:f.end], k.start, f.end)
            continue
        kept.append(f)
    return kept
