"""Format rules for :mod:`medllm_utils.deid`: the typed span, patterns for identifiers written in a
recognisable form (dates, phones, addresses, postcodes, e-mail, IP, SSN…) and numbers after a label
that names them (chapter 5). Names and places, which need context, are in :mod:`medllm_utils.deid`.

>>> [m.group(0) for m in PATTERNS["phone"].finditer("call 555-201-3344 or (617) 555-0142")]
['555-201-3344', '(617) 555-0142']
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class PHIFinding:
    kind: str
    text: str
    start: int
    end: int


_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
          r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_STATES = ("AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|"
           "OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY")
# State codes that are also credentials or words (MD, PA, ME, OR…): a city before them needs a ZIP.
_SAFE_STATES = "|".join(c for c in _STATES.split("|") if c not in {"MD", "PA", "ME", "OR", "IN", "OK", "DE", "HI", "OH", "DO"})
_STATE_NAMES = ("Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|"
                "Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|"
                "Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|"
                "North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|"
                "South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming")
STATE_SET = frozenset(_STATE_NAMES.split("|"))
STATES_RE = _STATES
_STREET_TYPES = (r"Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Place|Pl|Parkway|Pkwy|"
                 r"Terrace|Ter|Way|Row|Circle|Cir|Trail|Trl|Highway|Hwy|Pike|Square|Sq|Loop|Alley|Crescent|Close|"
                 r"Walk|Run|Path|Plaza|Ridge|Point|Crossing|Commons|Heights|Landing")
_STREET_ABBR = r"St|Ave|Rd|Blvd|Ln|Dr|Ct|Pl|Pkwy|Ter|Cir|Trl|Hwy|Sq"
# Letters beyond ASCII (Domínguez, Wiśniewski, Ó Riordáin): Latin-1 and Latin Extended-A.
UPPER = "A-ZÀ-ÖØ-ÞĀ-ŽḀ-Ỹ"
LETTERS = "A-Za-zÀ-ÖØ-öø-žḀ-ỹ"
_WORD = rf"[{UPPER}][{LETTERS}'’.-]*"

PATTERNS: dict[str, re.Pattern[str]] = {
    "email": re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b"),
    "url": re.compile(r"\b(?:https?://|www\.)\S*[^\s.,;:)\]]|\b[\w-]+(?:\.[\w-]+)*\.(?:org|com|net|edu|gov|io)/\S*[^\s.,;:)\]]"),
    "ip": re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b|\b(?:[0-9a-fA-F]{1,4}:){3,7}(?::|[0-9a-fA-F]{1,4})(?:[0-9a-fA-F:]*)\b|\b(?:[0-9a-fA-F]{1,4}:)+:[0-9a-fA-F:]*\b"),
    "ssn": re.compile(r"\b\d{3}-\d{2}-\d{4}\b|\b\d{3} \d{2} \d{4}\b|(?<=SSN)[:#\s]*\d{3}[ -]?\d{2}[ -]?\d{4}\b|"
                      r"(?i:(?<=last four )|(?<=last 4 )|(?<=xxx-xx-)|(?<=\*\*\*-\*\*-))\d{4}\b|"
                      r"(?i:(?<=social security)(?: number| no\.?)?[:#\s]*)\d{3}[ -]?\d{2}[ -]?\d{4}\b"),
    "phone": re.compile(r"(?<![\d.])(?:\+?1[ .-]?)?(?:\(\d{3}\)\s?|\d{3}[ .-])\d{3}[ .-]\d{4}(?![\d])"
                        r"(?:\s*(?:x|ext\.?)\s*\d{1,5})?"),
    "date": re.compile(
        rf"(?<![\d./])(?:\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|(?:1[0-2]|0?[1-9])-(?:3[01]|[12]\d|0?[1-9])-\d{{2,4}}|\d{{1,2}}\.\d{{1,2}}\.\d{{4}}|"
        rf"\d{{4}}[/.-]\d{{1,2}}[/.-]\d{{1,2}}|"
        rf"{_DAY}[ -]{_MONTH}\.?[ ,-]*(?:\d{{4}}|\d{{2}}\b)?|{_MONTH}-{_DAY}-\d{{4}}|"
        rf"{_MONTH}\.? {_DAY}(?:,? \d{{4}})?|{_MONTH}\.?,? \d{{4}}|"
        rf"\d{{1,2}}/\d{{4}}|(?<=on the )\d{{1,2}}(?:st|nd|rd|th)|"
        rf"(?i:(?<=\bon )|(?<=\bsince )|(?<=\bfrom )|(?<=\buntil )|(?<=\bthrough )|(?<=\badmitted )|(?<=\bseen )|"
        rf"(?<=\bdated )|(?<=\bdos )|(?<=\bdos: )|(?<=\bdate: )|(?<=\bby ))(?:1[0-2]|0?[1-9])/(?:3[01]|[12]\d|0?[1-9])(?![\d/])|"
        rf"(?:1[0-2]|0?[1-9])/(?:3[01]|[12]\d|0?[1-9])(?= (?:AM|PM|am|pm)\b| at \d))(?![\d/])"),
    "age_over_89": re.compile(r"\b(?:9\d|1[01]\d)(?=[- ]?(?:years?|yrs?|y/?o|yo|y\.o\.)(?:\b|\s)|-year|\s?[FM]\b(?!\.))|"
                              r"(?i:(?<=\bage )|(?<=\baged )|(?<=\bage: )|(?<=\bage:))(?:9\d|1[01]\d)\b"),
    "address": re.compile(rf"(?:\b(?:Flat|Apt|Unit|Level|Shop|Suite|Door No\.?) [\w/]+, )?"
                          rf"\b[NSEW]?\d{{1,6}}(?:-\d{{1,5}})?(?: [NSEW]\.?)? (?:(?:{_WORD}|\d+(?:st|nd|rd|th)) ){{1,4}}"
                          rf"(?:(?:{_STREET_ABBR})\b\.?|"
                          rf"(?:{_STREET_TYPES})\b)(?: (?:[NSEW]|NE|NW|SE|SW)\b)?"
                          r"(?:,? (?:Suite|Ste|Apt|Unit|#)\.? ?[\w-]+)?|\b(?:P\.?\s?O\.?\s?Box|POB) \d+\b"),
    "zip": re.compile(rf"\b(?:{_STATES}|{_STATE_NAMES}),?\s{{1,2}}(?P<v>\d{{5}}(?:-\d{{4}})?)\b|"
                      rf"(?<=, (?:{_STATES}) )\d{{5}}(?:-\d{{4}})?\b|\b\d{{5}}-\d{{4}}\b|"
                      r"(?i:(?<=zip )|(?<=zip: )|(?<=zip code )|(?<=zip code: ))\d{5}\b"),
    "city": re.compile(rf"\b(?:[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}})(?=,? (?:(?:ON|BC|AB|QC|MB|SK|NS|NB|NL|PE),? "
                       rf"[A-Z]\d[A-Z] ?\d[A-Z]\d\b|(?:NSW|VIC|QLD|TAS|ACT|SA|WA|NT) \d{{4}}\b|"
                       rf"[A-Z]{{1,2}}\d[A-Z\d]? \d[A-Z]{{2}}\b|\d{{5}}(?:-\d{{4}})?\b(?![-\d]|\s\d|\s*(?:mg|mL|units|IU))|"
                       rf"(?:{_STATES}|{_STATE_NAMES}),?\s+\d{{5}}"
                       rf"(?:-\d{{4}})?\b|(?:{_SAFE_STATES}|{_STATE_NAMES})(?:[.;|)]|[ \t]*$|[ \t]+[-–][ \t])))", re.MULTILINE),
}

MONTH_NAMES = "January|February|March|April|June|July|August|September|October|November|December"   # not May
# More forms, each a (kind, pattern); a pattern may mark its value as (?P<v>…).
EXTRA_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # international numbers: +44 20 7946 0831, +61 8 5550 4417
    ("phone", re.compile(r"(?<![\w+])\+\d{1,3}(?:[ .-]?\(?\d{1,4}\)?){2,5}(?![\d])")),
    # the last digits of a number: "phone ending 0197", "last four of SSN (0386)"
    ("phone", re.compile(r"(?i:\b(?:ending(?: in)?|last (?:four|4)(?: digits)?(?: of (?:the |her |his )?[\w ]{2,12}?)?)"
                         r"[:\s(#]*)(?P<v>\d{4})\b")),
    # a month and day with no year, away from scores and fractions (3/10 pain, 5/5 strength, 1/2 tab)
    ("date", re.compile(r"(?i:(?<!\bday )(?<!\bpod )(?<!\bcas )(?<!\bapgar )(?<!\bmax )(?<!\bmin )(?<!\bto )(?<!c/o )(?<!\bpain )(?<!\bstrength )(?<!\bpower )(?<!\bmotor ))"
                        r"(?<![\d/.:,$-])(?<![A-Za-z0-9]\()(?P<v>(?:1[0-2]|0?[1-9])/(?:3[01]|[12]\d|0?[5-9]))(?<!/10)"
                        r"(?![\d/%]|\s*(?:pain|strength|power|scale|score|tab|dose|mg|mL|L\b|x\b|hrs?|times|doses|days|"
                        r"weeks|of\b|cm\b|positive|negative|cores?|nodes?|specimens|bottles|sets))")),
    ("date", re.compile(r"(?i:\b(?:visit|on|to|from|until|dated|seen|next|last|changed|drawn|done|follow-up|followup|"
                        r"f/u|rtc|appt|appointment|due|scheduled|regressing|resolved|improving)\s|(?<=\s)\(|(?<=\d/\d and )|"
                        r"(?<=\d/\d\d and ))"
                        r"(?P<v>(?:1[0-2]|0?[1-9])/0?[1-4])(?![\d/])")),
    # initials that sign a line: "Routed to Dr. Oyelaran. -- TM", "left VM. -- jk"
    ("name", re.compile(r"(?m)(?:^|\s)--\s?(?!(?:ok|OK|no|NO|RN|MD|DO|NP|PA|am|AM|pm|PM)\b)(?P<v>[A-Za-z]{2,3})(?=[ \t]*$|[ \t]+/[ \t]|, PGY|[ \t]+\()")),
    # initials after the action they sign: "Typed by MK", "collected by JLS", "re-consented by RC"
    ("name", re.compile(r"(?i:\b(?:typed|transcribed|dictated|logged|collected|coll|drawn|entered|reviewed|verified|"
                        r"witnessed|consented|re-consented|checked|signed|scribed)(?: \d{1,2}/\d{1,2}(?:/\d{2,4})?)? by )"
                        r"(?!(?i:rn|md|do|np|pa|lpn|cna|emt|rt|pt|ot|er|ed|or|icu|iv|po|am|pm|sw|cm|ma|rph|gp|the|him|her|his|"
                        r"lab|mom|dad|you|me|us|son|ems|fax|mail|phone|hand|day|team)\b)(?P<v>[A-Z]{2,3}|[a-z]{2,3})\b(?![-/]\d)")),
    # a user name: "portal username delphine.ak"
    ("id", re.compile(r"\b[A-Z]{2,}\\[a-z][\w.-]+|(?<=\bby )[a-z]{3,}\d+\b")),
    ("id", re.compile(r"(?i:\b(?:user ?name|user|login|user id|screen name|handle)[:\s]+)(?P<v>(?=[\w.@-]*[\d._@])[\w.@-]{3,}\w)|"
                      r"(?i:\buser ?names?[:\s]+)(?P<u>[a-z][\w.-]{3,}\w)|(?<![\w.@])@[A-Za-z][\w.]{2,}[A-Za-z0-9]")),
    # a month on its own after a word that dates it: "in November", "since last March"
    ("date", re.compile(rf"\b(?:in|since|during|last|this|next|early|late|mid|until|from|before|after|through|about|"
                        rf"around|of|end of|for) (?P<v>(?i:{MONTH_NAMES}))\b(?!\s+\d)")),
    # "starting the 21st", "on the 6th."
    ("date", re.compile(r"(?i:\b(?:starting|from|by|until|on|before|after|since|through|due|due on|expires?|expiring) )(?P<v>the (?:[12]\d|3[01]|0?[1-9])"
                        r"(?:st|nd|rd|th))\b(?!\s+(?:percentile|centile|floor|grade|time|dose|cycle|week|day|rib|"
                        r"cranial|nerve|digit|toe|finger|metatarsal|intercostal|ventricle|edition|birthday))")),
    # ages: "Age ...... 94", "now 96", "aged 93"
    ("age_over_89", re.compile(r"(?i:\bage\b(?:/sex|/gender)?[\s.:=]*|\bnow |\baged |\bturn(?:ed|s|ing)? |\bis |\bwas )(?P<v>9\d|1[01]\d)\b"
                               r"(?![./:]\d|\s*(?:%|kg|mm|cm|mg|bpm|mmHg|min|minutes|mL|units|beats|breaths|/(?!\s*[MFmf]\b)))")),
    # ages after a sex or a name: "(F, 98)", "she's 92", "Lucille, 94, lives alone"
    ("age_over_89", re.compile(r"\((?:[FM]|female|male),\s*(?P<v>9\d|1[01]\d)\)|(?i:\b(?:she|he)['’]s )(?P<w>9\d|1[01]\d)\b(?![./:]\d|\s*%)|"
                               r"\b[A-Z][a-z]+, (?P<x>9\d|1[01]\d), ")),
    # ages written in words ("ninety-three", "one hundred and one") and after a name in parentheses ("Ruby (94)")
    ("age_over_89", re.compile(r"(?i)\b(?:ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|"
                               r"one hundred(?:(?: and)? (?:one|two|three|four|five|six|seven|eight|nine|ten))?)"
                               r"(?=[- ](?:years?|yrs?|y/?o)\b|[- ]year[- ]old)|(?<=[a-z] \()(?:9\d|1[01]\d)(?=\))")),
    # Canadian postcodes (L6Z 3K8), Irish Eircodes (H91 F6K2), Australian postcodes after a state (NSW 2480)
    ("zip", re.compile(r"\b[A-Z]\d[A-Z] \d[A-Z]\d\b|\b[A-Z]\d{2} [A-Z0-9]{4}\b|"
                       r"(?<=\b(?:NSW|VIC|QLD|TAS|ACT) )\d{4}\b|(?<=\b(?:SA|WA|NT) )\d{4}\b")),
    # a number after a word that says it is a phone: "Ph 02 5550 1873", "Mob 0491 570 156", "left # 555-0107"
    ("phone", re.compile(r"(?i:\b(?:ph|phone|tel|telephone|mob|mobile|cell|fax|contacted on|reached (?:on|at)|"
                         r"call(?:ed)? (?:on|at)|left #|number is)\b\.?:?\s*)(?P<v>\+?\(?\d[\d ()-]{5,14}\d)(?![\d/])")),
    # "3rd of March 2025", "tuesday the 4th"
    ("date", re.compile(rf"\b{_DAY} of {_MONTH}(?:,? \d{{4}})?\b")),
    ("date", re.compile(r"(?i:\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|"
                        r"fri|sat|sun)\.? )(?P<v>the (?:[12]\d|3[01]|0?[1-9])"
                        r"(?:st|nd|rd|th))\b")),
    ("date", re.compile(r"(?i:\b(?:yday|yesterday|today|tonight|nights?|overnight|since|through|thru)\s)"
                        r"(?P<v>(?:1[0-2]|0?[1-9])/(?:3[01]|[12]\d|0?[1-9]))(?![\d/])|"
                        r"(?<=\d/\d[-–])(?:1[0-2]|0?[1-9])/(?:3[01]|[12]\d|0?[1-9])(?![\d/])|"
                        r"(?<=\d/\d\d[-–])(?:1[0-2]|0?[1-9])/(?:3[01]|[12]\d|0?[1-9])(?![\d/])|"
                        r"(?<![\d/.])(?:1[0-2]|0?[1-9])/(?:3[01]|[12]\d|0?[1-9])(?=[–-](?:1[0-2]|0?[1-9])/(?:3[01]|[12]\d|0?[1-9])(?![\d/]))")),
    # "Jun '24", holidays that pin a day ("Xmas Eve 2019", "at Thanksgiving"), "June second"
    ("date", re.compile(rf"\b{_MONTH}\.? ['’]\d{{2}}\b|\b(?:Christmas|Xmas)(?: Eve| Day)?(?:,? \d{{4}})?|"
                        r"\bNew Year['’]?s(?: Eve| Day)(?:,? \d{4})?|\bThanksgiving(?: Day)?(?:,? \d{4})?|"
                        r"\bEaster(?: Sunday)?(?:,? \d{4})?|\bHalloween(?:,? \d{4})?|\bFourth of July|\bJuly 4th|"
                        r"\b(?:Independence|Labor|Memorial|Veterans|Valentine['’]?s) Day(?:,? \d{4})?|"
                        rf"\b(?:{MONTH_NAMES}|May) (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                        r"eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|"
                        r"twentieth|twenty-\w+|thirtieth|thirty-first)\b")),
    # counties: "Pinal County", "Co. Galway"
    ("city", re.compile(r"\b(?:Co\.|County) [A-Z][a-z]+|\b[A-Z][a-z]+(?: [A-Z][a-z]+)? County\b|\b[A-Z]{3,}(?: [A-Z]{3,})? COUNTY\b")),
    # a town's police or fire department: "Springdale PD", "per Officer Bishop of the Mill Creek PD"
    ("city", re.compile(r"\b(?P<v>[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:PD|Police Department|Police Dept\.?|Fire Department|FD|"
                        r"Public Schools|(?:Unified |Independent |Consolidated |Union |City |Community |Area )?School District|"
                        r"City Schools|Public Library|Housing Authority|Municipal Court|City Court|Town Court|"
                        r"Sheriff['’]?s? (?:Office|Department))\b")),
    # an unambiguous day/month (19/08), and a month/day followed by a clock time ("12/2 09:00")
    ("date", re.compile(r"(?<![\d/.])(?!24/7\b)(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2])(?![\d/%]|\s*(?:mg|mcg|mL|units|IU|tab))|"
                        r"(?<![\d/.])(?:1[0-2]|0?[1-9])/(?:3[01]|[12]\d|0?[1-9])(?= \d{1,2}:\d{2}\b)")),
    # a number after a badge sign: "officer Price #S-118"
    ("id", re.compile(r"(?<=\s)#\s?(?=[A-Z0-9-]*\d{3})[A-Z0-9][A-Z0-9-]{2,}\b")),
    # "moved to Tucson", "originally from Shiraz"
    ("city", re.compile(r"(?:\bmoved (?:back |away )?to |\boriginally from |\bclinic in |\btrip to )"
                        r"(?P<v>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\b(?!\s*\d)")),
    ("city", re.compile(r"\b(?:City|Town|CITY|TOWN)\b:?[ \t]+(?P<v>[A-Z][a-z]+(?: [A-Z][a-z]+){0,3}|[A-Z]{2,}(?: [A-Z]{2,}){0,3})"
                        r"(?=[ \t]{2,}|[ \t]*\n|,|[ \t]*\|)")),
    # "around the 2nd", "Sat 6/8", "(Sept)", "in May."
    ("date", re.compile(r"(?i:\baround )(?P<v>the (?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\b|"
                        r"(?<=\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) )(?:1[0-2]|0?[1-9])/(?:3[01]|[12]\d|0?[1-9])(?![\d/])|"
                        r"(?i:\b(?:mon|tues?|wed|thu|thurs?|fri|sat|sun)(?:day|nesday|rsday|urday)?\.? |\bnote (?:of )?|\beta |"
                        r"\bweek of |\bshift, )(?P<w>(?:1[0-2]|0?[1-9])/(?:3[01]|[12]\d|0?[1-9]))(?![\d/])|"
                        r"(?<=\()(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?=\))|"
                        r"(?<=\bin )May(?=[.,;)]| after| before| when| and\b)")),
    ("phone", re.compile(r"(?i:\bcall ?back(?: number)?:?\s*|\bnumber:?\s+)(?P<v>\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}|\d{3}-\d{4})\b")),
    # a local seven-digit number: "(555-0172)", "call me at 555-0145"
    ("phone", re.compile(r"(?<![\d./$:-])(?<!\d )[2-9]\d{2}-\d{4}(?![\d-]|\s*(?:mg|mcg|g\b|mL|ml|units|IU|%|cells|copies|Hz|kHz|nm|ms))")),
    # intersections: "corner of 5th and Maple", "intersection of Main St and Grant Ave"
    ("address", re.compile(r"(?i:\b(?:corner of|intersection of) )(?P<v>[A-Z0-9][\w.]*(?: [A-Z][\w.]*| \d+){0,2} (?:and|&) "
                           r"[A-Z0-9][\w.]*(?: [A-Z][\w.]*| \d+){0,2})")),
    # UK-style postcodes: LE9 4QT
    ("zip", re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b")),
    # street names without a number after "on"/"at": "on Pruitt Street", "on Main St"
    ("address", re.compile(r"(?:(?<=\bon )|(?<=\boff )|(?<=\balong ))(?:[NSEW]\.? )?(?:[A-Z][a-z]+ |\d{1,3}(?:st|nd|rd|th) ){1,3}"
                           r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|"
                           r"Way|Pike|Highway|Hwy)\b\.?")),
    # rural routes, county roads, flats: "RR 3 Box 1142", "County Road 14", "Flat 6, 31 Ashcombe Gardens"
    ("address", re.compile(r"\b(?:RR|HC|Rt|Rte) \d+,? (?:Box|BOX) \d+[A-Z]?\b|\bRural Route \d+(?:,? Box \d+)?|"
                           r"\b(?:County Road|County Rd\.?|CR|State Route|SR|Route|Rte\.?|State Highway|State Hwy|US Highway|"
                           r"US|COUNTY ROAD|STATE ROUTE|ROUTE) (?:\d+|[A-Z]{1,2}\b)[A-Z]?\b|"
                           rf"\bFlat \d+[A-Z]?, \d+ (?:{_WORD} ){{1,3}}(?:Gardens|Close|Mews|Crescent|Court|Road|Street|Lane|"
                           r"Avenue|Place|Terrace|Square|Row|Walk|Grove|Green|Rise|Hill|View)\b")),
    # a month joined to a modifier or to the next month: "mid-June", "late-Sept", "Sept-Dec 2023"
    ("date", re.compile(rf"\b(?:[Mm]id|[Ee]arly|[Ll]ate)-{_MONTH}\b\.?|\b{_MONTH}\.?(?=[-–]{_MONTH}\.? \d{{4}}\b)")),
    # dictated dates in lowercase words: "february eleventh twenty twenty five", "april 22nd", "may 6 2025"
    ("date", re.compile(r"(?i)\b(?:january|february|march|april|june|july|august|september|october|november|december|"
                        r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.? (?:first|second|third|fourth|fifth|sixth|"
                        r"seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|"
                        r"seventeenth|eighteenth|nineteenth|twentieth|twenty[- ](?:first|second|third|fourth|fifth|sixth|"
                        r"seventh|eighth|ninth)|thirtieth|thirty[- ]first|(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b)"
                        r"(?:,? (?:(?:19|20)\d\d\b|(?:nineteen|twenty) [a-z]+(?:[- ](?:one|two|three|four|five|six|"
                        r"seven|eight|nine))?))?|\bmay (?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?,? (?:19|20)\d\d\b")),
    # a date of birth dictated with spaces: "date of birth 4 9 1934"
    ("date", re.compile(r"(?i:\b(?:date of birth|dob|born)[:\s]+)(?P<v>(?:1[0-2]|0?[1-9]) (?:3[01]|[12]\d|0?[1-9]) (?:19|20)\d\d)\b")),
    # numbers dictated digit by digit: "medical record number four four seven one two nine eight"
    ("id", re.compile(r"(?i)\b(?:(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)[ -]){4,}"
                      r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b")),
    # a user name joined by an underscore where a log puts a person: "printed by regclerk_dmcfadden", "(him_dokafor)",
    # "| crc_jmorales |" — not a function or field name such as "anion_gap" in a tool list
    ("id", re.compile(r"(?:(?<=\bby )|(?<=\()|(?<=\| )|(?<=\buser )|(?<=\buser: )|(?<=\blogin )|(?<=\blogin: ))"
                      r"[a-z][a-z0-9]*_[a-z0-9_]*[a-z0-9](?![\w@/(-])")),
    # a user name after the label of a registration or audit field: "Registered by:     mgarcia2", "Registrar: jpadilla"
    ("id", re.compile(r"(?i:\b(?:registered by|registrar|entered by|created by|modified by|printed by|account|user(?: ?name)?|login)"
                      r"[:\s]+)(?P<v>[a-z][a-z0-9._-]{3,}[a-z0-9])\b(?![ \t]+[a-z])")),
    # a licence plate after a state code: "WV 3KT 881", "OH JFT 2291" (letters and digits, 5 to 8 of them)
    ("id", re.compile(rf"(?<=\b(?:{_STATES}) )(?=[A-Z0-9 -]*\d[A-Z0-9 -]*\d)(?=[A-Z0-9 -]*[A-Z])(?=[A-Z0-9 -]{{5,9}}\b)"
                      r"[A-Z0-9]{1,4}[ -]?[A-Z0-9]{2,5}\b(?!\s*(?:mg|mcg|mL|units|IU|%|cm|mm))")),
    # numbered highways and units around an address: "8800 Hwy 14", "Space 31", "Lot 22", "Bldg C"
    ("address", re.compile(r"\b(?:Hwy|Highway|Interstate)\s?\d{1,3}\b|"
                           r"\b(?:Space|Spc|Lot|Trailer|Trlr|Bldg|Building|Dock)\.? (?:\d{1,4}[A-Z]?|[A-Z])\b(?=,)|"
                           r"(?<=, )(?:Bldg|Building|Lot|Space|Dock|Trailer)\.? (?:\d{1,4}[A-Z]?|[A-Z])\b|"
                           r"\b\d{1,6} (?:Calle|Avenida|Camino|Paseo|Calzada|Carretera|Rue|Rua|Via) "
                           rf"(?:(?:de|del|la|los|las) )?{_WORD}(?: {_WORD})?")),
    # an age in brackets or spelled after a date of birth: "(90 y)", "DOB: 02/11/1931  (ninety-four)"
    ("age_over_89", re.compile(r"(?<=\()(?:9\d|1[01]\d)(?= ?[yY]\b)|(?i:(?<=\()|(?<=\bat )|(?<=\bage ))"
                               r"(?:ninety(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)(?=\)|\b(?!-))")),
    # a biometric template or enrolment id: "template VP-31a0-77c9-e214"
    ("id", re.compile(r"(?i:\b(?:template|enrol(?:l?ment)?|palm[- ]vein|face (?:match|id))(?: id)?[:#\s]+)"
                      r"(?P<v>(?=[\w-]*\d)[A-Za-z0-9][\w-]{5,})")),
    # HL7 v2 segments: LAST^FIRST^M names, street^^city^ST^ZIP addresses, ^area^number phones
    ("name", re.compile(r"(?:(?<=[|~])|(?<=\d\^))(?P<v>[A-Z][A-Z'’-]{2,}\^[A-Z][A-Z'’-]{2,}(?:\^[A-Z]+)?)(?=[|^~\r\n]|$)")),
    ("address", re.compile(r"(?<=\|)\d+ [A-Za-z0-9 .]+(?:\^[^|^\n]*)?\^[A-Z][A-Za-z .'-]+\^[A-Z]{2}\^\d{5}(?:-\d{4})?(?=[|^~\r\n]|$)")),
    ("phone", re.compile(r"(?<=\^)\d{3}\^\d{7}\b")),
]

# Labels that announce an identifier; the value after them (letters, digits, dashes, spaces) is flagged.
_ID_LABEL = re.compile(
    r"(?i:(?:\b(?:MRN|MR\s?#|med(?:ical)? rec(?:ord)?(?: number| no\.?| #)?|UNOS|transmitter|screening(?= (?:no|number|#|id))|pass|permit|record (?:no\.?|number|#)|acct|account|encounter|visit|"
    r"CSN|FIN|HAR|claim|member|subscriber|policy|group|insurance|plan|medicaid|medicare|MBI|HICN|beneficiary|"
    r"licen[cs]e|DL|driver'?s? lic(?:ense|ence)?|NPI|DEA|UPIN|VIN|plate|tag|serial|S/N|SN|UDI|device (?:id|identifier)|"
    r"accession|specimen|requisition|req|order|Rx|prescription|study|subject|participant|enrollment|badge|employee|"
    r"incident|run|biometric|fingerprint|retina(?:l)?(?: scan)?|voiceprint|template|case|ticket|certificate|cert|reference|ref|ID)"
    r"(?![A-Za-z])[^\n:#\d]{0,20}?(?:[:#]|\bno\.?|\bnumber|\bID)[:#.\s]*)|"
    r"(?:\b(?:MRN|MR\s?#|acct|account|NPI|DEA|VIN|plate|serial|S/N|SN|badge|licen[cs]e|lic\.?|CDL|DL|member|policy|subscriber|"
    r"Medicare|Medicaid|PHN|NHS(?: No\.?)?|Aadhaar|PPSN|IRN|OHIP|CHI|medical card|health card|cert|reg\.? no\.?|"
    r"[A-Z]{1,3}#:?|"
    r"claim|accession|Rx|SSN|UDI|group|registration|ARRT|NREMT|NRP|operator|dispatcher|badge|job|dictation)(?![A-Za-z])\s+))"
    r"((?=[A-Z0-9 -]*\d)[A-Z0-9][A-Z0-9-]{1,}(?:[ ](?:[A-Z0-9]{2,}|\d(?![\w.])|[A-Z](?![\w.]))){0,3}"
    r"|(?=[A-Za-z0-9-]*\d)[A-Za-z0-9][A-Za-z0-9-]{5,})")
# Words before a code that make it a product, lot or billing code, not a patient identifier.
_NOT_PATIENT_CODE = re.compile(r"(?i:\b(?:lot|batch|ndc|cpt|hcpcs|icd(?:-?10)?|code|model|catalog|cat\.?|"
                               r"part|version|v\.?|exp(?:iry)?|size)\s*[:#]?\s*$)|\bREF\s*[:#]?\s*$")   # REF: a product's
# Long codes anywhere: at least 6 characters with 4+ digits, or letters and digits mixed.
_CODE = re.compile(r"(?<![\w.$/])(?=[A-Z0-9-]*\d[A-Z0-9-]*\d[A-Z0-9-]*\d[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{5,}[A-Z0-9](?![\w/%])"
                   r"|(?<![\w.$/])(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z0-9]{10,}(?![\w/%])")
_NOT_CODE = re.compile(r"^(?:G\d{1,2}P\d{1,4}|\d{1,4}|\d+-\d+|[A-Z]\d{2}(?:\.\d+)?|\d{4}-\d{2}-\d{2}|(?:19|20)\d{2}s?)$")

def labelled_ids(text: str) -> list[PHIFinding]:
    out = []
    for m in _ID_LABEL.finditer(text):
        value = m.group(1).rstrip(" -")
        if len(value.replace(" ", "").replace("-", "")) >= 4:
            out.append(PHIFinding("id", value, m.start(1), m.start(1) + len(value)))
    for m in _CODE.finditer(text):
        if not _NOT_CODE.match(m.group(0)) and not _NOT_PATIENT_CODE.search(text[max(0, m.start() - 16):m.start()]):
            out.append(PHIFinding("id", m.group(0), m.start(), m.end()))
    return out
