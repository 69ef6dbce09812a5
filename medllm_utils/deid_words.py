"""Word lists, cue patterns and gazetteers shared by the de-identification rules (chapter 5):
titles, credentials, role and relation cues, everyday capitalised words, facility and eponym words,
countries and languages, and loaders for the name, place and English-word lists in ``resources/data``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from .deid_patterns import LETTERS, MONTH_NAMES, UPPER

_TITLE = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Doctor|Nurse|Sister|Rev|Fr|Capt|Sgt|Judge|Justice|Honorable|Hon)\.?"
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
_ROLES = {"DON", "RD", "HCP", "CNM", "CRA", "CRC", "MLS", "CHW", "CNS", "LPN", "LVN", "CNA", "NP", "PA", "RN", "CRNA", "EMT", "PCG", "SW", "CM", "PT", "OT", "RT", "MA"}
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
_TITLE_WORDS = {"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Doctor", "Rev", "Fr", "Capt", "Sgt", "Judge", "Justice", "Honorable", "Hon"}
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
    r"diet|agar|forceps|retractor|needle|valve|shunt|stent|mask|cannula|bag|pump|boot|splint|brace|protocol|balance)\b", re.IGNORECASE)
_FACILITY = re.compile(r"\b(?:Hospital|Clinic|Center|Centre|Medical|Health|Healthcare|University|College|Institute|"
                       r"Pharmacy|Laboratory|Labs?|Imaging|Radiology|Associates|Group|Practice|Memorial|General|"
                       r"Regional|Community|County|Care|Services|Rehab|Rehabilitation|Nursing|Home|Hospice|Foundation|"
                       r"Department|Dept|Unit|Ward|Insurance|Medicare|Medicaid|Blue|Cross|Shield|Aetna|Cigna|Humana|"
                       r"Pediatrics|Cardiology|Oncology|Orthopedics|Dermatology|Neurology|Urology|Surgery|Surgical|Dental|"
                       r"Dentistry|Drug|Drugs|Ambulance|Ambulette|Transport|School|Academy|Elementary|Church|Outreach|"
                       r"Shelter|Farmacia|Partners|Physicians|Specialists|Suites|Pharmacy|Apothecary|Therapy|Wellness|Permanente|"
                       r"Diagnostics|Radiological|Diabetes|Endocrine|Endocrinology|Living|Senior|Omnicare|Kaiser)\b")
# Capitalised words that start sentences and headings in notes; never a name on their own.
_COMMON = set(["Honorable", "Hon", "Judge", "Justice", "A", "An", "The", "This", "That", "These", "Those", "He", "She", "They", "We", "I", "It", "His", "Her", "Their", "Our", "My", "Your", "Patient", "Pt", "Name", "Date", "Time", "Plan", "Assessment", "History", "Hx", "Exam", "Impression", "Findings", "Diagnosis", "Diagnoses", "Allergies", "Medications", "Meds", "Labs", "Vitals", "Chief", "Complaint", "HPI", "ROS", "PMH", "PSH", "FH", "SH", "Social", "Family", "Past", "Medical", "Surgical", "Review", "Systems", "Physical", "General", "HEENT", "Neck", "Lungs", "Heart", "Abdomen", "Extremities", "Neuro", "Skin", "Psych", "Left", "Right", "Bilateral", "Upper", "Lower", "Chest", "Pain", "Fever", "Cough", "No", "Yes", "Not", "None", "Denies", "Reports", "States", "Noted", "Will", "Follow", "Continue", "Start", "Stop", "Discharge", "Admission", "Admitted", "Discharged", "Home", "Follow-up", "Return", "Call", "Sincerely", "Regards", "Thank", "Thanks", "Dear", "Hello", "Hi", "Signed", "Dictated", "Reviewed", "Attending", "Nurse", "Doctor", "Dr", "Mr", "Mrs", "Ms", "Miss", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Today", "Tomorrow", "Yesterday", "Morning", "Evening", "Night", "Daily", "Weekly", "Per", "Please", "Note", "Notes", "Status", "Post", "Pre", "Op", "Operative", "Procedure", "Indication", "Indications", "Technique", "Comparison", "Result", "Results", "Report", "Final", "Preliminary", "Addendum", "Summary", "Course", "Hospital", "Clinic", "Emergency", "Department", "Unit", "Room", "Bed", "Floor", "Service", "Team", "Primary", "Care", "Provider", "Insurance", "Member", "Policy", "Group", "Address", "Phone", "Fax", "Email", "Contact", "Emergency", "Next", "Kin", "Relationship", "Spouse", "Son", "Daughter", "Mother", "Father", "Wife", "Husband", "Sister", "Brother", "Self", "Other", "Male", "Female", "Sex", "Gender", "Age", "DOB", "MRN", "SSN", "ID", "Account", "Acct", "Visit", "Encounter", "Type", "Reason", "Location", "Source", "Level", "Grade", "Stage", "Score", "Total", "Normal", "Abnormal", "Positive", "Negative", "Stable", "Improved", "Worse", "Mild", "Moderate", "Severe", "Acute", "Chronic", "Recent", "New", "Old", "Prior", "Previous", "Current", "Initial", "Repeat", "Blood", "Urine", "Pressure", "Rate", "Heart", "Oxygen", "Weight", "Height", "Temp", "Pulse", "Resp", "Saturation", "Given", "Received", "Tolerated", "Ordered", "Started", "Increased", "Decreased", "Held", "Resumed", "Also", "And", "Or", "But", "If", "When", "While", "After", "Before", "During", "Since", "Until", "Then", "So", "As", "At", "On", "In", "Of", "For", "With", "Without", "From", "To", "By", "Via", "Per", "Re", "Cc", "Bcc", "Subject", "Attn", "Regarding", "Subject", "Specimen", "Clinical", "Information", "Reference", "Range", "Units", "Value", "Flag", "Signature", "Electronically", "Verified", "Approved", "Transcribed", "Witness", "Consent", "Advance", "Directive", "Code", "Full", "DNR", "DNI", "Social", "Work", "Case", "Management", "Physical", "Therapy", "Occupational", "Speech", "Pharmacy", "Nutrition", "Dietitian", "Chaplain", "Security", "Police", "Lab", "Radiology", "Imaging", "Pathology", "Cardiology", "Neurology", "Oncology", "Surgery", "Medicine", "Pediatrics", "Psychiatry", "Obstetrics", "Gynecology", "Urology", "Nephrology", "Endocrinology", "Gastroenterology", "Pulmonology", "Dermatology", "Orthopedics", "Ophthalmology", "ICU", "CCU", "ED", "ER", "OR", "PACU", "NICU", "PICU", "Telemetry", "Ward", "Street", "Avenue", "Road", "Suite", "Apt", "Box", "Officer", "Deputy", "Detective", "Chaplain", "Coordinator", "Technician", "Tech", "Rep", "Representative", "Captain", "Sergeant", "Bedside", "Charge", "RN", "MD", "NP", "PA", "DO", "LPN", "CNA", "Baby", "Boy", "Girl", "Infant", "Twin", "Rev", "Fr", "Prof", "Sister", "Capt", "Sgt", "Job", "Echo", "Investigations", "Visitor", "Visitors", "Role", "Access", "Colleague", "Whom", "Concern", "Occupation", "Employer", "Team", "Duke", "Tel", "Mob", "Mobile", "Cell", "Ph", "Fax"])
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


_PLACE_CUE = re.compile(
    r"(?i:\b(?:lives?|living|lived|moved|moving|relocated|resides?|residing|stays?|staying|based|visiting|driving|drove|"
    r"flew|travell?ed|returned|born|raised|works?|working|winter|summer|son|daughter|sister|brother|mother|father|wife|"
    r"husband|family|relatives?|grandmother|grandfather|friend|pharmacy|away|neighbou?rhood|ist|ian|arrived|arriving|"
    r"flying|flew|fled|emigrated|immigrated|came|coming|farm|mines?|town|village|outside|partner|cousin|aunt|uncle|"
    r"church|road|highway|near|home|house|apartment|trailer|ranch)\b"
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
