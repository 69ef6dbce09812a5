from __future__ import annotations

from collections import Counter

import difflib
import re
from pathlib import Path

import pandas as pd
import pytest

from medllm_utils import data

FIX = Path(__file__).parent / "fixtures"


def test_trial_matching_schema_and_sizes():
    df = data.load_trial_matching()
    assert len(df) >= 150 and df.patient_id.nunique() >= 25
    assert {"pair_id", "patient_id", "criterion_type", "criterion", "note", "label", "reason",
            "age_band", "sex", "race_ethnicity"} <= set(df.columns)
    inc = df[df.criterion_type == "inclusion"]
    exc = df[df.criterion_type == "exclusion"]
    assert set(inc.label) <= set(data.INCLUSION_LABELS) and set(exc.label) <= set(data.EXCLUSION_LABELS)
    assert df.reason.str.len().gt(5).all() and df.pair_id.is_unique
    assert len(set(df.label)) == 5  # every label of both schemes occurs


def test_labels_agree_with_the_notes():
    """Spot-check that labels are derivable from the note text."""
    df = data.load_trial_matching()
    for _, r in df[df.criterion_id == "I3"].iterrows():
        if r.label == "not enough information":
            assert "A1c" not in r.note
        else:
            value = float(r.reason.split("HbA1c ")[1].split("%")[0])
            assert f"{value}%" in r.note
            assert (r.label == "included") == (7.0 <= value <= 10.5)
    for _, r in df[df.criterion_id == "I1"].iterrows():
        age = int(r.reason.split()[1])
        assert str(age) in r.note and (r.label == "included") == (age >= 18)


def test_mcq_balanced_and_complete():
    df = data.load_mcq()
    assert len(df) >= 60 and df.id.is_unique
    assert set(df.answer) == set("ABCD") and df.answer.value_counts().min() >= 15
    assert df[list("ABCD")].notna().all().all() and df.explanation.str.len().gt(10).all()
    assert (df.apply(lambda r: len({r.A, r.B, r.C, r.D}), axis=1) == 4).all()


@pytest.mark.parametrize("loader, n, cols", [
    (data.load_summarization, 25, {"note", "reference_summary"}),
    (data.load_translation, 25, {"source", "plain_english", "spanish"}),
    (data.load_extraction, 25, {"note", "gold"}),
    (data.load_images, 3, {"image", "question", "answer", "values"}),
    (data.load_patients, 25, {"patient_id", "age_band", "sex", "race_ethnicity", "note"}),
])
def test_other_datasets(loader, n, cols):
    df = loader()
    assert len(df) >= n and cols <= set(df.columns)


def test_images_exist_and_answers_match_values():
    df = data.load_images()
    for _, r in df.iterrows():
        assert Path(r.image).is_file() and Path(r.image).read_bytes()[:4] == b"\x89PNG"
        assert r.answer == ("yes" if max(r["values"]) > 250 else "no")


def test_extraction_gold_is_in_the_note():
    for _, r in data.load_extraction().iterrows():
        for m in r.gold["medications"]:
            assert f"{m['name']} {m['dose']}" in r.note
        for p in r.gold["problems"]:
            assert p in r.note


def test_patient_split_never_splits_a_patient():
    df = data.load_trial_matching()
    split = data.patient_split(df, seed=3)
    assert df.assign(split=split).groupby("patient_id").split.nunique().max() == 1
    assert set(split) == {"train", "validation", "test"}
    assert split.value_counts()["train"] > split.value_counts()["test"]
    with pytest.raises(ValueError, match="sum to 1"):
        data.patient_split(df, fractions=(0.5, 0.2, 0.2))


def test_llm_table():
    t = data.load_llm_table()
    assert t.loc[t.model == "Med-Gemini", "medqa_pct"].item() == 91.1
    v2024 = t[t.table_version == "2024-10"]
    assert len(v2024) == 11 and v2024.medqa_pct.dropna().is_monotonic_decreasing


def test_load_pubmedqa_fixture():
    df = data.load_pubmedqa(FIX / "pubmedqa_ori_pqal.json")
    assert list(df.columns) == ["id", "question", "context", "answer", "long_answer"]
    assert df.set_index("id").loc["10001", "answer"] == "no"
    assert "sentence two" in df.context.iloc[0]


def test_load_medqa_fixture_matches_mcq_columns():
    df = data.load_medqa(FIX / "medqa_sample.jsonl")
    assert list(df.columns) == list(data.load_mcq().columns)
    assert df.answer.tolist() == ["B", "D"] and df.loc[0, "B"] == "Condition B"


def test_load_medmcqa_fixture_and_cop_base():
    df = data.load_medmcqa(FIX / "medmcqa_sample.jsonl")
    assert df.answer.tolist() == ["A", "D"] and df.explanation.tolist()[1] == ""
    with pytest.raises(ValueError, match="cop_base"):
        data.load_medmcqa(FIX / "medmcqa_sample.jsonl", cop_base=0)  # cop=4 is out of range for 0-based


def test_load_trialgpt_cohort_fixture():
    q = FIX / "trialgpt" / "queries.jsonl"
    assert data.load_trialgpt_cohort(q).patient_id.tolist() == ["sigir-1", "sigir-2"]
    j = data.load_trialgpt_cohort(q, FIX / "trialgpt" / "qrels_test.tsv")
    assert len(j) == 3 and set(j.columns) == {"patient_id", "note", "trial_id", "score"}
    assert isinstance(j, pd.DataFrame) and j.query("trial_id == 'NCT00000001'").score.item() == 2


# -- medical plausibility of the synthetic facts ------------------------------------------------------
SGLT2_INHIBITORS = ("empagliflozin", "dapagliflozin", "canagliflozin", "ertugliflozin")
ORAL_GLUCOSE_LOWERING = ("metformin", "sitagliptin", "glipizide", "glyburide", "glimepiride") + SGLT2_INHIBITORS


def _pregnancy_status(note: str) -> str | None:
    if "breastfeeding" in note:
        return "breastfeeding"
    if "weeks pregnant" in note or "weeks gestation" in note:
        return "pregnant"
    return None


def test_no_sglt2_inhibitor_in_pregnancy_or_breastfeeding():
    """SGLT2 inhibitors are not recommended in pregnancy or breastfeeding; in pregnancy insulin is the
    preferred glucose-lowering drug, so no oral agent either."""
    ext = data.load_extraction()
    e3 = data.load_trial_matching().query("criterion_id == 'E3'").set_index("patient_id")
    seen = set()
    for _, r in ext.iterrows():
        status = _pregnancy_status(r.note)
        assert (status is not None) == (e3.loc[r.patient_id, "label"] == "excluded"), r.patient_id
        if status is None:
            continue
        seen.add(status)
        names = [m["name"] for m in r.gold["medications"]]
        banned = ORAL_GLUCOSE_LOWERING if status == "pregnant" else SGLT2_INHIBITORS
        assert not [n for n in names if n in banned], (r.patient_id, status, names)
        assert not [d for d in banned if d in r.note], r.patient_id
    assert seen == {"pregnant", "breastfeeding"}  # the check is not vacuous


def test_no_drug_a_prescriber_would_avoid_for_pregnancy_breastfeeding_age_or_kidney_function():
    """Statins and ACE inhibitors other than enalapril are avoided in pregnancy and breastfeeding (no ACE
    inhibitor at all in pregnancy); sitagliptin, glipizide and primary-prevention aspirin are not given
    under 18; metformin stops below eGFR 30 and is at most 1,000 mg a day at 30-44; SGLT2 inhibitors
    are not used for glucose lowering below eGFR 30."""
    import re

    patients = data.load_patients().set_index("patient_id")
    seen = Counter()
    for _, r in data.load_extraction().iterrows():
        names = {m["name"]: m["dose"] for m in r.gold["medications"]}
        status = _pregnancy_status(r.note)
        if status:
            seen[status] += 1
            assert not {"atorvastatin", "rosuvastatin", "simvastatin", "lisinopril"} & set(names), (r.patient_id, names)
            if status == "pregnant":
                assert not any(n.endswith("pril") for n in names), (r.patient_id, names)
        if patients.loc[r.patient_id, "age"] < 18:
            seen["minor"] += 1
            assert not {"sitagliptin", "glipizide", "aspirin"} & set(names), (r.patient_id, names)
        m = re.search(r"(?:eGFR|estimated GFR of) (\d+)", r.note)
        if m and int(m.group(1)) < 45 and "metformin" in names:
            seen["metformin, low eGFR"] += 1
            assert int(m.group(1)) >= 30 and names["metformin"] == "500 mg twice daily", (r.patient_id, names)
        if m and int(m.group(1)) < 30:
            assert not set(SGLT2_INHIBITORS) & set(names), (r.patient_id, names)
    assert seen["pregnant"] and seen["breastfeeding"] and seen["minor"]   # the checks are not vacuous


def test_sitagliptin_dose_follows_egfr():
    """Labelled sitagliptin dosing: 100 mg at eGFR >= 45, 50 mg at 30-44, 25 mg below 30."""
    import re

    checked = 0
    for _, r in data.load_extraction().iterrows():
        m = re.search(r"(?:eGFR|estimated GFR of) (\d+)", r.note)
        for med in r.gold["medications"]:
            if med["name"] != "sitagliptin" or m is None:
                continue
            egfr, mg = int(m.group(1)), int(med["dose"].split()[0])
            limit = 25 if egfr < 30 else 50 if egfr < 45 else 100
            assert mg <= limit, (r.patient_id, egfr, med["dose"])
            checked += egfr < 45
    assert checked >= 1  # at least one patient with reduced kidney function takes sitagliptin


def test_pregnancy_criterion_is_not_settled_by_age_alone_before_60():
    """A woman under 60 may still be fertile: unless her note rules out pregnancy (a negative test,
    documented menopause) the pregnancy/breastfeeding exclusion is "not enough information"."""
    ages = data.load_patients().set_index("patient_id").age
    e3 = data.load_trial_matching().query("criterion_id == 'E3' and sex == 'female'")
    documented = r"not pregnant|pregnancy test negative|post-?menopausal|menopause for|hysterectomy|oophorectomy"
    for _, r in e3.iterrows():
        if r.label != "not excluded":
            continue
        assert ages[r.patient_id] >= 60 or pd.Series([r.note]).str.contains(documented, case=False).item(), \
            (r.pair_id, r.reason)
        if ages[r.patient_id] < 60:
            assert "child-bearing age" not in r.reason, r.pair_id
    undocumented = e3[e3.patient_id.map(ages).between(46, 59)]
    assert len(undocumented) >= 1 and (undocumented.label == "not enough information").all()


def test_data_files_are_what_the_generator_writes():
    """The bundled patients and pairs come from scripts/make_datasets.py, not from hand edits."""
    import importlib.util
    import json

    script = Path(__file__).resolve().parents[1] / "scripts" / "make_datasets.py"
    spec = importlib.util.spec_from_file_location("make_datasets_for_test", script)
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)  # a fresh module: its seeded generator starts from the beginning
    patients, pairs = gen.make_patients_and_pairs()
    files = gen.OUT
    assert [json.loads(line) for line in (files / "trial_matching.jsonl").read_text(encoding="utf-8").splitlines()] == pairs
    on_disk = [json.loads(line) for line in (files / "patients.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(p["patient_id"], p["age"], p["note"]) for p in on_disk] == [(p["patient_id"], p["age"], p["note"]) for p in patients]


def test_literature_effects_cite_known_references_and_are_consistent():
    import re

    lit = data.load_literature_effects()
    keys = set(re.findall(r"^@\w+\{([^,]+),", (Path(__file__).parents[1] / "book" / "references.bib").read_text(), re.M))
    assert set(lit.reference) <= keys
    assert lit[["technique", "compared_with", "model", "dataset", "metric"]].notna().all().all()
    numeric = lit.dropna(subset=["baseline_pct", "with_technique_pct"])
    assert numeric[["baseline_pct", "with_technique_pct"]].stack().between(0, 100).all()
    assert (numeric.gain_pct == (numeric.with_technique_pct - numeric.baseline_pct).round(1)).all()
    summary_only = lit[lit.baseline_pct.isna()]
    assert summary_only.note.str.len().gt(20).all()        # a row without numbers says what the paper reports
    # the MedPrompt ablation is a chain: each step starts where the previous one ended
    mp = lit[lit.reference == "nori2023medprompt"]
    assert (mp.baseline_pct.iloc[1:].to_numpy() == mp.with_technique_pct.iloc[:-1].to_numpy()).all()


# -- the retrieval knowledge base is reference text, not an answer key ---------------------------------
# An earlier version copied each MCQ's explanation into a passage titled with the correct option, so
# retrieval looked up answers instead of evidence. These tests keep that from coming back.
def _norm(text: str) -> str:
    return " ".join(re.sub(r"\([^)]*\)", " ", text).lower().replace("[", " ").replace("]", " ").strip(" .:;").split())


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def _longest_shared_run(a: str, b: str) -> int:
    """Length, in words, of the longest word sequence that occurs verbatim in both texts."""
    wa, wb = _words(a), _words(b)
    return difflib.SequenceMatcher(None, wa, wb, autojunk=False).find_longest_match(0, len(wa), 0, len(wb)).size


def _kb_and_questions() -> tuple[pd.DataFrame, pd.DataFrame, list[tuple[pd.Series, pd.Series]]]:
    kb, mcq = data.load_knowledge_base(), data.load_mcq().set_index("id", drop=False)
    pairs = [(p, mcq.loc[q]) for _, p in kb.iterrows() for q in p.supports if q in mcq.index]
    return kb, mcq, pairs


def test_knowledge_base_schema_and_supports_refer_to_existing_questions():
    kb, mcq, _ = _kb_and_questions()
    assert list(kb.columns) == ["id", "title", "topic", "text", "supports"]
    assert kb.id.is_unique and kb.title.is_unique and kb.supports.map(lambda s: isinstance(s, list)).all()
    named = {q for s in kb.supports for q in s}
    assert named <= set(mcq.id), f"supports names unknown questions: {sorted(named - set(mcq.id))}"
    assert set(mcq.id) <= named, f"questions without a supporting passage: {sorted(set(mcq.id) - named)}"


def test_knowledge_base_titles_name_topics_not_answers():
    kb, mcq, pairs = _kb_and_questions()
    for p, q in pairs:
        title = _norm(p.title)
        assert title not in {_norm(q[c]) for c in "ABCD"}, (p.id, p.title, "is an option of", q.id)
        assert title != _norm(q[q.answer]), (p.id, p.title, "is the answer of", q.id)
    all_options = {_norm(o) for o in mcq[list("ABCD")].to_numpy().ravel()}
    assert not set(kb.title.map(_norm)) & all_options    # no title at all is bare option text


def test_knowledge_base_passages_are_not_the_explanations_or_vignettes():
    kb, mcq, pairs = _kb_and_questions()
    for p, q in pairs:
        assert _longest_shared_run(p.text, q.explanation) < 8, (p.id, q.id)
        assert difflib.SequenceMatcher(None, p.text.lower(), q.explanation.lower()).ratio() < 0.5, (p.id, q.id)
        assert _longest_shared_run(p.text, q.question) < 8, (p.id, q.id)   # does not retell the vignette
    for text in kb.text:                                                    # nor any other question's explanation
        assert max(_longest_shared_run(text, e) for e in mcq.explanation) < 8


def test_knowledge_base_passages_do_not_list_the_options():
    _, _, pairs = _kb_and_questions()
    for p, q in pairs:
        # short codes such as KDIGO's "G3a" are left out: a reference table of categories names them all
        named = [q[c] for c in "ABCD" if len(q[c]) > 3 and q[c].lower() in p.text.lower()]
        assert len(named) <= 2, (p.id, q.id, named)


def test_knowledge_base_is_reference_length_text_with_distractors():
    kb, _, _ = _kb_and_questions()
    n_words = kb.text.str.split().map(len)
    assert n_words.between(60, 150).all(), kb.loc[~n_words.between(60, 150), "id"].tolist()
    distractors = kb[kb.supports.map(len) == 0]
    assert len(distractors) >= 10 and len(distractors) < len(kb) / 2
    assert distractors.topic.isin(set(kb.loc[kb.supports.map(len) > 0, "topic"])).mean() > 0.8  # topically close


def test_knowledge_base_is_what_the_generator_writes():
    import importlib.util
    import json

    script = Path(__file__).resolve().parents[1] / "scripts" / "make_datasets.py"
    spec = importlib.util.spec_from_file_location("make_datasets_for_kb_test", script)
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    on_disk = [json.loads(line) for line in (gen.OUT / "knowledge_base.jsonl").read_text(encoding="utf-8").splitlines()]
    assert on_disk == gen.make_knowledge_base()


@pytest.mark.parametrize("name, loader, n_notes", [("phi_dev2_notes", "load_phi_dev2_notes", 50),
                                                     ("phi_dev3_notes", "load_phi_dev3_notes", 53),
                                                     ("phi_dev4_notes", "load_phi_dev4_notes", 62),
                                                     ("phi_dev5_notes", "load_phi_dev5_notes", 64),
                                                     ("phi_dev6_notes", "load_phi_dev6_notes", 80),
                                                     ("phi_dev7_notes", "load_phi_dev7_notes", 80)])
def test_the_later_de_identification_dev_sets_are_rebuilt_exactly_by_their_scripts(name, loader, n_notes):
    import json
    import runpy
    from importlib import resources

    script = runpy.run_path(str(Path(__file__).resolve().parents[1] / "scripts" / f"{name}.py"))
    records = script["build"]()
    script["check"](records)
    shipped = resources.files("medllm_utils").joinpath(f"resources/data/{name}.jsonl").read_text(encoding="utf-8")
    assert shipped == "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    notes = getattr(data, loader)()
    for _, note in notes.iterrows():   # every span and look-alike is the text at its offsets
        for item in [*note.spans, *note.lookalikes]:
            assert note.text[item["start"]:item["end"]] == item["text"], (note.id, item)
    assert len(set(notes.id)) == len(notes) == n_notes


def test_case_studies_are_the_primers_table_3_and_cite_known_references():
    import re

    cases = data.load_case_studies()
    keys = set(re.findall(r"^@\w+\{([^,]+),", (Path(__file__).parents[1] / "book" / "references.bib").read_text(), re.M))
    assert set(cases.reference) <= keys
    assert cases.study.tolist() == ["Van Veen et al.", "Singhal et al.", "Wang et al.", "Mirza et al.", "Zhang et al."]
    assert set(cases.task) == {"summarization", "knowledge & reasoning", "structurization", "translation", "multi-modality"}
    assert cases.manual_evaluation.notna().all()   # every case study had people read outputs (chapter 2 says so)
    assert (cases.automatic_evaluation != "none").sum() == 4   # and four of five an automatic measure too
