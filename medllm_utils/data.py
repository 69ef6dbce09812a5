"""The book's datasets as pandas DataFrames, and loaders for public medical datasets.

Bundled datasets are synthetic and PHI-free, written for this book (data cards:
``book/datasets.md``; generator: ``scripts/make_datasets.py``):

=========================  ===============================================================
:func:`load_trial_matching`  210 patient-criterion pairs (30 patients x 7 criteria), TrialGPT labels
:func:`load_patients`        the 30 synthetic patients with demographics and their notes
:func:`load_mcq`             62 USMLE-style 4-option questions with answer key and explanation
:func:`load_summarization`   30 hospital-course notes with reference summaries
:func:`load_translation`     26 patient-education sentences: source, plain English, Spanish
:func:`load_extraction`      30 notes with gold medications (name, dose) and problems
:func:`load_images`          6 generated glucose charts with a yes/no question each
:func:`load_llm_table`       the primer's Table 1 of LLMs (2024) and its 2025 additions
:func:`load_case_studies`    the primer's Table 3: five case studies and how each was evaluated
:func:`load_knowledge_base`  86 reference passages (64 hold evidence for an MCQ, 22 answer none) for retrieval
:func:`load_calculator_questions`  16 questions that need a clinical calculator, with gold tool/value
:func:`load_phi_notes`       40 short notes with 117 planted identifiers (exact spans) for de-identification
=========================  ===============================================================

Loaders for public datasets read files you downloaded yourself (see each docstring):
:func:`load_pubmedqa`, :func:`load_medqa`, :func:`load_medmcqa`, :func:`load_trialgpt_cohort`.

>>> from medllm_utils.data import load_trial_matching
>>> df = load_trial_matching()
>>> len(df), df.patient_id.nunique()
(210, 30)
"""

from __future__ import annotations

import copy
import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

INCLUSION_LABELS = ("included", "not included", "not enough information")
EXCLUSION_LABELS = ("excluded", "not excluded", "not enough information")


def data_dir() -> Path:
    """Folder of the bundled datasets (inside the installed package)."""
    return Path(str(resources.files("medllm_utils").joinpath("resources/data")))


@lru_cache(maxsize=None)
def _read_jsonl(name: str) -> tuple[dict[str, Any], ...]:
    with open(data_dir() / name, encoding="utf-8") as fh:
        return tuple(json.loads(line) for line in fh if line.strip())


def _frame(name: str) -> pd.DataFrame:
    return pd.DataFrame(copy.deepcopy(list(_read_jsonl(name))))  # callers may mutate nested values


def load_trial_matching() -> pd.DataFrame:
    """Criterion-level trial matching: one row per (patient, criterion) pair.

    Columns: ``pair_id, patient_id, criterion_id, criterion_type`` (inclusion/exclusion),
    ``criterion, note, label, reason, age_band, sex, race_ethnicity``. Labels follow TrialGPT:
    inclusion → included / not included / not enough information; exclusion → excluded /
    not excluded / not enough information.

    >>> bool(load_trial_matching().label.isin(INCLUSION_LABELS + EXCLUSION_LABELS).all())
    True
    """
    return _frame("trial_matching.jsonl")


def load_patients() -> pd.DataFrame:
    """The 30 synthetic patients: ``patient_id, age, age_band, sex, race_ethnicity, note``."""
    return _frame("patients.jsonl")


def trial_info() -> dict[str, Any]:
    """The synthetic trial: its title and its 7 criteria."""
    return json.loads((data_dir() / "trial.json").read_text())


def load_mcq() -> pd.DataFrame:
    """USMLE-style questions: ``id, topic, question, A, B, C, D, answer, explanation``.

    Answer positions are balanced (each letter is correct for about a quarter of the questions).

    >>> bool(load_mcq().answer.value_counts().min() >= 15)
    True
    """
    df = _frame("mcq.jsonl")
    opts = pd.DataFrame(df.pop("options").tolist())
    return pd.concat([df[["id", "topic", "question"]], opts, df[["answer", "explanation"]]], axis=1)


def load_summarization() -> pd.DataFrame:
    """Hospital-course notes with a reference summary: ``id, patient_id, note, reference_summary``."""
    return _frame("summarization.jsonl")


def load_translation() -> pd.DataFrame:
    """Patient-education sentences: ``id, source`` (clinical wording), ``plain_english, spanish``."""
    return _frame("translation.jsonl")


def load_extraction() -> pd.DataFrame:
    """Notes with gold structured data: ``id, patient_id, note, gold`` where ``gold`` is
    ``{"medications": [{"name", "dose"}], "problems": [...]}``."""
    return _frame("extraction.jsonl")


def load_images() -> pd.DataFrame:
    """Generated glucose charts: ``id, image`` (absolute path), ``question, answer`` (yes/no),
    ``values`` (the plotted numbers), ``reason``."""
    df = _frame("images.jsonl")
    df["image"] = [str(data_dir() / p) for p in df["image"]]
    return df


def load_knowledge_base() -> pd.DataFrame:
    """Reference passages for retrieval: ``id, title, topic, text, supports``.

    Reference text written for this book (60-150 words on a disease, drug, test or guideline point,
    not the MCQs' explanations). ``supports`` lists the MCQ ids whose answer a passage holds the
    evidence for (the relevance judgements for recall@k): 64 passages support at least one question
    and every question has one; 22 support none (general reference passages and topically close
    distractors). Source: ``scripts/knowledge_base_passages.py``. PHI-free.

    >>> kb = load_knowledge_base()
    >>> len(kb), int(kb.supports.map(len).gt(0).sum()), int(kb.supports.map(len).eq(0).sum())
    (86, 64, 22)
    """
    return _frame("knowledge_base.jsonl")


def load_calculator_questions() -> pd.DataFrame:
    """Questions that need a calculator: ``id, question, tool, arguments, answer, answer_key``.

    ``tool`` and ``arguments`` are the right call; ``answer`` is that tool's result (the
    ``answer_key`` field of it), computed by the tested calculators in :mod:`medllm_utils.tools`.

    >>> load_calculator_questions().tool.value_counts().to_dict()
    {'bmi': 4, 'egfr_ckd_epi_2021': 4, 'cha2ds2_vasc': 4, 'convert_units': 4}
    """
    return _frame("calculator_questions.jsonl")


def load_phi_notes() -> pd.DataFrame:
    """Short synthetic notes with planted identifiers: ``id, text, spans`` (each span ``kind, text,
    start, end``). All identifiers are invented (fictional 555-01xx phone numbers, example.org
    addresses); a third of the names carry no title, to test detectors beyond easy cues.

    >>> notes = load_phi_notes()
    >>> len(notes), int(notes.spans.map(len).sum())
    (40, 117)
    """
    return _frame("phi_notes.jsonl")


def load_phi_dev_notes() -> pd.DataFrame:
    """Development notes for de-identification rules (42 notes, 530 identifiers of 20 Safe Harbor
    types, 445 look-alikes): ``id, genre, text, spans (type, text, start, end), lookalikes``.
    The rules in :mod:`medllm_utils.deid` were tuned on these; report results on
    :func:`load_phi_eval_notes` instead. Written by us, all identifiers invented.

    >>> notes = load_phi_dev_notes()
    >>> len(notes), int(notes.spans.map(len).sum())
    (42, 530)
    """
    return _frame("phi_dev_notes.jsonl")


def load_phi_dev2_notes() -> pd.DataFrame:
    """A second development set for de-identification (50 notes in 50 genres, 746 identifiers,
    542 look-alikes), written by a separate author who saw neither the rules nor the other sets
    (``scripts/phi_dev2_notes.py``); same columns as :func:`load_phi_dev_notes`. For checking that
    a change to the rules generalises; results are reported on :func:`load_phi_eval_notes` only.

    >>> notes = load_phi_dev2_notes()
    >>> len(notes), int(notes.spans.map(len).sum()), int(notes.lookalikes.map(len).sum())
    (50, 746, 542)
    """
    return _frame("phi_dev2_notes.jsonl")


def load_phi_dev3_notes() -> pd.DataFrame:
    """A third development set for de-identification (53 notes in 53 genres from several countries,
    1,062 identifiers, 559 look-alikes), written by another separate author who saw neither the
    rules nor the other sets (``scripts/phi_dev3_notes.py``); same columns as
    :func:`load_phi_dev_notes`. For development only, like :func:`load_phi_dev2_notes`.

    >>> notes = load_phi_dev3_notes()
    >>> len(notes), int(notes.spans.map(len).sum()), int(notes.lookalikes.map(len).sum())
    (53, 1062, 559)
    """
    return _frame("phi_dev3_notes.jsonl")


def load_phi_dev4_notes() -> pd.DataFrame:
    """A fourth development set for de-identification (62 US notes in 59 genres, 1,090 identifiers,
    738 look-alikes), written by another separate author who saw neither the rules nor the other sets
    (``scripts/phi_dev4_notes.py``); same columns as :func:`load_phi_dev_notes`. For development only.

    >>> notes = load_phi_dev4_notes()
    >>> len(notes), int(notes.spans.map(len).sum()), int(notes.lookalikes.map(len).sum())
    (62, 1090, 738)
    """
    return _frame("phi_dev4_notes.jsonl")


def load_phi_dev5_notes() -> pd.DataFrame:
    """A fifth development set for de-identification (64 US notes, 1,252 identifiers, 580
    look-alikes), written by another separate author who saw neither the rules nor the other sets
    (``scripts/phi_dev5_notes.py``), stressing names in every position, places in prose, odd
    addresses, dates and ages over 89 in many forms, licences and plates; same columns as
    :func:`load_phi_dev_notes`. For development only.

    >>> notes = load_phi_dev5_notes()
    >>> len(notes), int(notes.spans.map(len).sum()), int(notes.lookalikes.map(len).sum())
    (64, 1252, 580)
    """
    return _frame("phi_dev5_notes.jsonl")


def load_phi_dev6_notes() -> pd.DataFrame:
    """A sixth development set for de-identification (80 US notes, 1,331 identifiers, 772
    look-alikes), written by another separate author who saw neither the rules nor the other sets
    (``scripts/phi_dev6_notes.py``): procedure, obstetric, neonatal, psychiatry, dental, therapy,
    dialysis, oncology, research, occupational-health, school and correctional notes, dictations
    without capitals, OCR'd faxes, chat threads, tables and HL7 messages; same columns as
    :func:`load_phi_dev_notes`. For development only.

    >>> notes = load_phi_dev6_notes()
    >>> len(notes), int(notes.spans.map(len).sum()), int(notes.lookalikes.map(len).sum())
    (80, 1331, 772)
    """
    return _frame("phi_dev6_notes.jsonl")


def load_phi_dev7_notes() -> pd.DataFrame:
    """A seventh development set for de-identification (80 US notes, 1,405 identifiers, 853
    look-alikes) in mainstream hospital and clinic genres — admission, progress and discharge notes,
    ED notes, consults, referral letters, face sheets, radiology and pathology reports, nursing,
    pharmacy, lab messages, operative and outpatient notes, telephone and portal messages — written
    by another separate author who saw neither the rules nor the other sets
    (``scripts/phi_dev7_notes.py``); same columns as :func:`load_phi_dev_notes`. For development only.

    >>> notes = load_phi_dev7_notes()
    >>> len(notes), int(notes.spans.map(len).sum()), int(notes.lookalikes.map(len).sum())
    (80, 1405, 853)
    """
    return _frame("phi_dev7_notes.jsonl")


def load_phi_eval_notes() -> pd.DataFrame:
    """Held-out notes for de-identification (45 notes in 44 genres, 617 identifiers, 594
    look-alikes), written separately from the detection rules and never used to tune them; same
    columns as :func:`load_phi_dev_notes`. See the data card in ``book/datasets.md``.

    >>> notes = load_phi_eval_notes()
    >>> len(notes), int(notes.spans.map(len).sum()), int(notes.lookalikes.map(len).sum())
    (45, 617, 594)
    """
    return _frame("phi_eval_notes.jsonl")


def load_llm_table() -> pd.DataFrame:
    """The primer's Table 1 (characteristics of LLMs, sorted by MedQA) as published, plus the rows
    its companion repository added in 2025. ``table_version`` says which version a row is from,
    ``source`` where it was taken; ``release_year`` is the model's public release year (added by us).
    Empty cells were not given in the source.

    >>> t = load_llm_table()
    >>> t.loc[t.model == "GPT-4", "medqa_pct"].item()
    90.2
    """
    with open(data_dir() / "llm_table1.csv", encoding="utf-8") as fh:
        return pd.read_csv(fh)


def load_literature_effects() -> pd.DataFrame:
    """Published effect sizes of the techniques chapters 3 and 4 try, for reading our offline
    results against (chapter 3): technique, what it was compared with, model, dataset, metric, the
    two values in percent (empty where the paper gives only a summary, see ``note``) and the BibTeX
    key of the reference in ``book/references.bib``. ``gain_pct`` is the difference in points.
    These are literature values, typed from the papers, never measured by this project.

    >>> lit = load_literature_effects()
    >>> lit.loc[lit.technique == "self-consistency", ["model", "gain_pct"]].to_dict("records")
    [{'model': 'PaLM 540B', 'gain_pct': 17.9}]
    """
    with open(data_dir() / "literature_effects.csv", encoding="utf-8") as fh:
        df = pd.read_csv(fh)
    df["gain_pct"] = (df.with_technique_pct - df.baseline_pct).round(1)
    return df


def load_case_studies() -> pd.DataFrame:
    """The primer's Table 3, representative case studies of LLMs in medicine, as data (chapter 2):
    study, BibTeX key, task, LLMs, technique, and how each was evaluated — automatically and by
    people. The evaluation columns use the table's earlier, more detailed wording (see the data card).

    >>> load_case_studies().set_index("study").loc["Mirza et al.", "task"]
    'translation'
    """
    with open(data_dir() / "case_studies.csv", encoding="utf-8") as fh:
        return pd.read_csv(fh)


def patient_split(df: pd.DataFrame, fractions: tuple[float, float, float] = (0.6, 0.2, 0.2),
                  seed: int = 0, by: str = "patient_id") -> pd.Series:
    """Assign each row to ``train``/``validation``/``test`` so that no patient is in two splits.

    >>> s = patient_split(load_trial_matching())
    >>> load_trial_matching().groupby("patient_id").apply(lambda g: s[g.index].nunique()).max()
    np.int64(1)
    """
    if not np.isclose(sum(fractions), 1.0) or min(fractions) < 0:
        raise ValueError(f"fractions must be non-negative and sum to 1, got {fractions}")
    ids = np.array(sorted(df[by].unique()))
    rng = np.random.default_rng(seed)
    rng.shuffle(ids)
    n_train = int(round(fractions[0] * len(ids)))
    n_val = int(round(fractions[1] * len(ids)))
    assignment = {pid: ("train" if i < n_train else "validation" if i < n_train + n_val else "test")
                  for i, pid in enumerate(ids)}
    return df[by].map(assignment).rename("split")


# ------------------------------------------------------------------------------------------------
# Public datasets (files you download; each loader is tested on a small fixture in that format)
# ------------------------------------------------------------------------------------------------
def load_pubmedqa(path: str | Path) -> pd.DataFrame:
    """PubMedQA labelled set (``ori_pqal.json``: ``{pmid: {QUESTION, CONTEXTS, final_decision, LONG_ANSWER}}``).

    Returns ``id, question, context, answer`` (yes/no/maybe), ``long_answer``.
    """
    raw = json.loads(Path(path).read_text(encoding="utf-8"))
    rows = [{"id": str(pmid), "question": item["QUESTION"], "context": "\n".join(item.get("CONTEXTS", [])),
             "answer": item["final_decision"], "long_answer": item.get("LONG_ANSWER", "")}
            for pmid, item in raw.items()]
    return pd.DataFrame(rows)


def load_medqa(path: str | Path) -> pd.DataFrame:
    """MedQA-USMLE 4-option JSONL (one ``{question, options: {A..D}, answer_idx, answer, meta_info}`` per line).

    Returns the same columns as :func:`load_mcq`: ``id, topic, question, A, B, C, D, answer, explanation``.
    """
    rows = []
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if not line.strip():
                continue
            item = json.loads(line)
            opts = item["options"]
            rows.append({"id": f"medqa-{i}", "topic": item.get("meta_info", ""), "question": item["question"],
                         **{k: opts[k] for k in "ABCD"}, "answer": item["answer_idx"], "explanation": ""})
    return pd.DataFrame(rows)


def load_medmcqa(path: str | Path, cop_base: int = 1) -> pd.DataFrame:
    """MedMCQA JSONL (``{id, question, opa, opb, opc, opd, cop, exp, subject_name, topic_name}`` per line).

    ``cop`` is the correct option: 1-4 in the original release files, 0-3 in some mirrors —
    pass ``cop_base=0`` for those. Returns the columns of :func:`load_mcq`.
    """
    if cop_base not in (0, 1):
        raise ValueError("cop_base must be 0 or 1")
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            item = json.loads(line)
            idx = int(item["cop"]) - cop_base
            if not 0 <= idx <= 3:
                raise ValueError(f"MedMCQA item {item.get('id')}: cop={item['cop']} is out of range for cop_base={cop_base}")
            rows.append({"id": item["id"], "topic": item.get("subject_name", ""), "question": item["question"],
                         "A": item["opa"], "B": item["opb"], "C": item["opc"], "D": item["opd"],
                         "answer": "ABCD"[idx], "explanation": item.get("exp") or ""})
    return pd.DataFrame(rows)


def load_trialgpt_cohort(queries: str | Path, qrels: str | Path | None = None) -> pd.DataFrame:
    """A TrialGPT patient cohort (SIGIR, TREC 2021 or TREC 2022).

    ``queries`` is the cohort's ``queries.jsonl`` (``{"_id", "text"}`` per line); ``qrels`` an optional
    tab-separated ``query-id, corpus-id, score`` file with a header. Returns one row per patient
    (``patient_id, note``) or, with qrels, one row per patient-trial judgement
    (``patient_id, note, trial_id, score``).
    """
    pats = []
    with open(queries, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                item = json.loads(line)
                pats.append({"patient_id": item["_id"], "note": item["text"]})
    df = pd.DataFrame(pats)
    if qrels is None:
        return df
    q = pd.read_csv(qrels, sep="\t", dtype={"query-id": str, "corpus-id": str})
    q = q.rename(columns={"query-id": "patient_id", "corpus-id": "trial_id"})
    return df.merge(q, on="patient_id", how="inner")
