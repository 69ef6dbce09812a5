"""Deployment safeguards: de-identification per identifier type, the client's PHI guard, the
hash-chained audit log and its verifier, fairness metrics, counterfactual swaps, monitoring rules."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

import medllm_utils as m
from medllm_utils import audit
from medllm_utils import deploy as D
from medllm_utils.data import load_patients, load_trial_matching


# --- de-identification ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, found", [
    ("Dr. Alvarez", ("name", "Alvarez")), ("Mrs. Moreno-Diaz", ("name", "Moreno-Diaz")),
    ("03/14/2024", ("date", "03/14/2024")), ("2024-03-14", ("date", "2024-03-14")),
    ("March 14, 2024", ("date", "March 14, 2024")), ("14 March 2021", ("date", "14 March 2021")),
    ("(617) 555-0143", ("phone", "(617) 555-0143")), ("617-555-0143", ("phone", "617-555-0143")),
    ("a.b@example.org", ("email", "a.b@example.org")), ("MRN 4417302", ("id", "4417302")),
    ("medical record number: 88123456", ("id", "88123456")), ("42 Harbor Road", ("address", "42 Harbor Road")),
    ("Cambridge, MA 02139-4307", ("city", "Cambridge")), ("93-year-old", ("age_over_89", "93")),
    ("aged 101", ("age_over_89", "101")), ("912-34-5678", ("ssn", "912-34-5678")),
    ("https://portal.example.org/p/42", ("url", "https://portal.example.org/p/42")),
    ("IP 192.0.2.14", ("ip", "192.0.2.14")), ("fax 617 555 0199", ("phone", "617 555 0199")),
    ("plate 7KDR392", ("id", "7KDR392")), ("VIN 2HGFC2F59EH504318", ("id", "2HGFC2F59EH504318")),
    ("daughter Keisha", ("name", "Keisha")), ("Tobias Wren", ("name", "Tobias Wren")),
    ("MCALLISTER, RONAN P", ("name", "MCALLISTER, RONAN P")), ("Priya Raghunathan, MD", ("name", "Priya Raghunathan")),
])
def test_each_identifier_format_is_found_and_replaced(text, found):
    note = f"Seen today. {text}. Plan: continue metformin."
    assert (found[0], found[1]) == [(f.kind, f.text) for f in D.find_phi(note)][0]
    assert found[1] not in D.deidentify(note).text


@pytest.mark.parametrize("text", [
    "Parkinson disease", "Foley catheter", "Graves disease", "Hodgkin lymphoma", "Bell's palsy", "Eliquis 5 mg BID",
    "HbA1c 8.2%", "GCS 15", "NIHSS 4", "BP 142/88", "pain 6/10", "ICD-10 E11.9", "a 67-year-old", "in 2019",
    "Medtronic Azure XT DR", "Mercy Valley Hospital", "LOT 64021877", "Cardiology Clinic", "New York", "ASA III",
])
def test_look_alikes_are_not_flagged(text):
    assert D.find_phi(f"Noted: {text}. Continue.") == []


def test_no_identifiers_in_the_books_synthetic_notes():
    assert [f for n in load_patients().note for f in D.find_phi(n)] == []
    assert D.find_phi("A 71-year-old woman, HbA1c 8.1%, eGFR 52, BP 148/92, on metformin 500 mg twice daily.") == []


def test_evaluate_deid_scores_tokens_spans_and_lookalikes():
    notes = pd.DataFrame([
        {"id": "n1", "text": "Ms. Haddad called (212) 555-0100.",
         "spans": [{"type": "NAME", "text": "Haddad", "start": 4, "end": 10},
                   {"type": "PHONE", "text": "(212) 555-0100", "start": 18, "end": 32}], "lookalikes": []},
        {"id": "n2", "text": "Osei seen 01/02/2024 for Graves disease.",
         "spans": [{"type": "NAME", "text": "Osei", "start": 0, "end": 4},
                   {"type": "DATE", "text": "01/02/2024", "start": 10, "end": 20}],
         "lookalikes": [{"kind": "EPONYM", "text": "Graves disease", "start": 25, "end": 39}]},
    ])
    score = D.evaluate_deid(notes)
    t = score.table.set_index("type")
    assert t.loc["NAME", "recall"] == 0.5 and t.loc["PHONE", "recall"] == 1.0 and t.loc["DATE", "strict_recall"] == 1.0
    assert score.leaks.to_dict("records") == [{"id": "n2", "type": "NAME", "text": "Osei"}]
    assert score.token_recall == pytest.approx(4 / 5) and score.lookalikes_flagged == 0.0 and score.precision == 1.0
    assert score.summary()["identifiers"] == 4


def test_rules_on_their_development_notes_do_not_regress():
    """The rules were tuned on these notes: a floor that catches a broken pattern, not a result to report."""
    from medllm_utils.data import load_phi_dev_notes

    score = D.evaluate_deid(load_phi_dev_notes())
    assert score.token_recall >= 0.93 and score.lookalikes_flagged <= 0.02 and score.precision >= 0.95


@pytest.mark.parametrize("loader", ["load_phi_dev_notes", "load_phi_eval_notes", "load_phi_notes"])
def test_annotated_notes_have_exact_spans(loader):
    import medllm_utils.data as data

    notes = getattr(data, loader)()
    for _, n in notes.iterrows():
        for s in [*n.spans, *(n.get("lookalikes") if isinstance(n.get("lookalikes"), list) else [])]:
            assert n.text[s["start"]:s["end"]] == s["text"], (n.id, s)


def test_bundled_phi_notes_have_exact_spans():
    from medllm_utils.data import load_phi_notes

    notes = load_phi_notes()
    assert len(notes) == 40
    for _, n in notes.iterrows():
        for s in n.spans:
            assert n.text[s["start"]:s["end"]] == s["text"]


# --- PHI guard in the client ----------------------------------------------------------------------------
def test_guard_refuses_phi_to_a_non_compliant_backend(fake):
    with pytest.raises(D.PHIError, match="possible identifiers \\(date, name\\).*'compatible'.*MEDLLM_COMPLIANT_BACKENDS"):
        m.chat("Summarise: Mr. Okafor was admitted on 03/14/2024.")
    assert fake.requests == []                                    # nothing left the machine
    assert m.chat("Summarise: Mr. Okafor was admitted on 03/14/2024.", allow_phi=True).text.startswith("echo")
    assert "allow_phi" not in fake.requests[0]


def test_guard_respects_compliant_backends_and_the_off_switch(fake, monkeypatch):
    monkeypatch.setenv("MEDLLM_COMPLIANT_BACKENDS", "azure, compatible")
    assert m.chat("Call 617-555-0143").text.startswith("echo")
    monkeypatch.setenv("MEDLLM_COMPLIANT_BACKENDS", "")
    monkeypatch.setenv("MEDLLM_PHI_GUARD", "off")
    assert m.chat("Call 617-555-0144").text.startswith("echo")
    monkeypatch.setenv("MEDLLM_PHI_GUARD", "on")
    with pytest.raises(D.PHIError):
        list(m.stream_chat("Call 617-555-0145"))
    assert D.compliant_backends() == {"offline"}


# --- audit log ------------------------------------------------------------------------------------------
def _log(tmp_path, n=4):
    log = D.AuditLog(tmp_path / "audit.jsonl")
    for i in range(n):
        log.append(backend="openai", model="gpt-4o-mini", prompt=[{"role": "user", "content": f"q{i}"}],
                   prompt_tokens=10 + i, completion_tokens=5, cost_usd=0.00001, user="tester")
    return log.path


def test_audit_log_chain_verifies(tmp_path):
    path = _log(tmp_path)
    report = D.verify_audit_log(path)
    assert report.ok and report.lines == 4
    recs = [json.loads(line) for line in path.read_text().splitlines()]
    assert [r["seq"] for r in recs] == [1, 2, 3, 4] and recs[1]["prev_hash"] == recs[0]["hash"]
    assert "q0" not in path.read_text() and len(recs[0]["prompt_sha256"]) == 64   # only the hash is kept
    assert (path.stat().st_mode & 0o777) == 0o600


@pytest.mark.parametrize("tamper, line, reason", [
    (lambda ls: [ls[0], ls[1].replace('"prompt_tokens": 11', '"prompt_tokens": 1'), *ls[2:]], 2, "edited"),
    (lambda ls: [ls[0], *ls[2:]], 2, "does not follow"),                      # a line deleted
    (lambda ls: [ls[0], ls[2], ls[1], ls[3]], 2, "does not follow"),          # two lines swapped
    (lambda ls: [*ls[:3], "not json"], 4, "not valid JSON"),
])
def test_audit_verifier_detects_tampering(tmp_path, tamper, line, reason):
    path = _log(tmp_path)
    path.write_text("\n".join(tamper(path.read_text().splitlines())) + "\n")
    report = D.verify_audit_log(path)
    assert not report.ok and report.first_bad_line == line and reason in report.reason


def test_recomputing_one_hash_does_not_hide_an_edit(tmp_path):
    path = _log(tmp_path)
    lines = path.read_text().splitlines()
    rec = json.loads(lines[1])
    rec["completion_tokens"] = 0
    rec["hash"] = audit._digest(rec)                 # a careful forger fixes the edited line's own hash...
    lines[1] = json.dumps(rec, sort_keys=True)
    path.write_text("\n".join(lines) + "\n")
    report = D.verify_audit_log(path)
    assert not report.ok and report.first_bad_line == 3    # ...but the next line still points at the old one


def test_client_writes_the_audit_log(fake, tmp_path, monkeypatch):
    monkeypatch.setenv("MEDLLM_AUDIT_LOG", str(tmp_path / "calls.jsonl"))
    monkeypatch.setenv("MEDLLM_USER", "ward-7")
    m.chat("first question", label="t")
    m.chat("first question", label="t")                      # answered from the cache: still audited
    recs = [json.loads(x) for x in (tmp_path / "calls.jsonl").read_text().splitlines()]
    assert [r["event"] for r in recs] == ["intent", "outcome", "call"]
    assert recs[0]["call_id"] == recs[1]["call_id"] and recs[1]["status"] == "ok" and recs[1]["prompt_tokens"] > 0
    assert [r["cached"] for r in recs] == [False, False, True] and recs[0]["user"] == "ward-7"
    assert len({r["prompt_sha256"] for r in recs}) == 1 and "first question" not in json.dumps(recs)
    assert D.verify_audit_log(tmp_path / "calls.jsonl").ok


def test_a_failed_call_is_audited_as_an_error(fake, tmp_path, monkeypatch):
    monkeypatch.setenv("MEDLLM_AUDIT_LOG", str(tmp_path / "calls.jsonl"))
    monkeypatch.setenv("MEDLLM_MAX_RETRIES", "0")
    fake.failures.extend([400])
    with pytest.raises(m.MedLLMError):
        m.chat("a question that fails", cache=m.ResponseCache(mode="off"))
    recs = [json.loads(x) for x in (tmp_path / "calls.jsonl").read_text().splitlines()]
    assert [(r["event"], r["status"]) for r in recs] == [("intent", "ok"), ("outcome", "error")]
    assert recs[1]["error"] and "fails" not in recs[1]["error"]


def test_streamed_calls_are_audited(fake, tmp_path, monkeypatch):
    monkeypatch.setenv("MEDLLM_AUDIT_LOG", str(tmp_path / "calls.jsonl"))
    assert "".join(m.stream_chat("one two three"))
    recs = [json.loads(x) for x in (tmp_path / "calls.jsonl").read_text().splitlines()]
    assert [(r["event"], r["status"]) for r in recs] == [("intent", "ok"), ("outcome", "ok")]
    assert recs[1]["completion_tokens"] > 0 and D.verify_audit_log(tmp_path / "calls.jsonl").ok


def test_a_torn_last_line_is_set_aside_and_the_next_call_works(tmp_path):
    path = _log(tmp_path, n=2)
    good = path.read_text()
    with open(path, "a") as fh:
        fh.write('{"seq": 3, "time": "2026-')                   # a crash in the middle of a write
    assert D.verify_audit_log(path).reason == "line 3 is incomplete (a write was cut off)"
    log = D.AuditLog(path)
    with pytest.warns(audit.AuditLogWarning, match="incomplete last line"):
        rec = log.append(backend="openai", model="m", prompt="q", prompt_tokens=1, completion_tokens=1)
    assert rec["seq"] == 3 and D.verify_audit_log(path).ok and path.read_text().startswith(good)
    assert (tmp_path / "audit.jsonl.torn").read_text() == '{"seq": 3, "time": "2026-\n'   # nothing is lost


def test_a_keyed_chain_cannot_be_rewritten_without_the_key(tmp_path, monkeypatch):
    monkeypatch.setenv("MEDLLM_AUDIT_KEY", "secret-held-by-the-privacy-office")
    path = _log(tmp_path, n=3)
    assert D.verify_audit_log(path).ok
    # a forger without the key edits line 2 and recomputes every hash after it, as plain SHA-256
    lines = [json.loads(x) for x in path.read_text().splitlines()]
    lines[1]["completion_tokens"] = 0
    prev = lines[0]["hash"]
    for rec in lines[1:]:
        rec["prev_hash"] = prev
        rec["hash"] = audit._digest(rec)
        prev = rec["hash"]
    path.write_text("".join(json.dumps(r, sort_keys=True) + "\n" for r in lines))
    report = D.verify_audit_log(path)
    assert not report.ok and report.first_bad_line == 2 and "edited" in report.reason
    monkeypatch.delenv("MEDLLM_AUDIT_KEY")
    assert "set MEDLLM_AUDIT_KEY" in D.verify_audit_log(path).reason


def test_a_checkpoint_reveals_a_truncated_tail(tmp_path):
    path = _log(tmp_path, n=4)
    checkpoint = D.AuditLog(path).checkpoint()
    assert checkpoint["lines"] == 4 and D.verify_audit_log(path, checkpoint=checkpoint).ok
    path.write_text("".join(x + "\n" for x in path.read_text().splitlines()[:2]))   # the last two lines cut
    assert D.verify_audit_log(path).ok                                                # the chain alone cannot tell
    report = D.verify_audit_log(path, checkpoint=checkpoint)
    assert not report.ok and "truncated: 2 line(s)" in report.reason


# --- fairness ---------------------------------------------------------------------------------------------
def test_subgroup_report_and_fairlearn_gaps():
    df = pd.DataFrame({"group": ["a"] * 5 + ["b"] * 5, "gold": list("xxxxx") + list("xxxxx"),
                       "pred": list("xxxxy") + ["x", "y", "y", None, "x"]})
    df["score"] = (df.gold == df.pred).astype(float)
    rep = D.subgroup_report(df, "group").set_index("group")
    assert rep.loc["a", "value"] == 0.8 and rep.loc["b", "value"] == 0.4 and rep.loc["b", "gap_to_best"] == pytest.approx(0.4)
    assert rep.loc["a", "ci_low"] <= 0.8 <= rep.loc["a", "ci_high"]
    gaps = D.fairness_gaps(df.gold, df.pred, df.group)
    assert gaps["accuracy_difference"] == pytest.approx(0.4) and gaps["accuracy_ratio"] == pytest.approx(0.5)
    assert (gaps["worst_group"], gaps["best_group"]) == ("b", "a")


def test_swap_words_both_directions_and_case():
    assert D.swap_words("She is a woman. Her mother, Mrs. Lee.", D.SEX_SWAPS) == "He is a man. His mother, Mr. Lee."
    assert D.swap_words("He said the man", D.SEX_SWAPS) == "She said the woman"
    assert D.swap_words("Theresa and hermit", D.SEX_SWAPS) == "Theresa and hermit"           # whole words only


def test_counterfactual_flips_with_a_biased_and_a_fair_rule():
    rows = load_trial_matching().head(6)
    variants = lambda r: {"sex swapped": D.swap_words(r.note, D.SEX_SWAPS)}
    biased = D.counterfactual_flips(rows, lambda r: "included" if " woman" in r.note else "not included", variants)
    fair = D.counterfactual_flips(rows, lambda r: "included", variants)
    assert biased.flipped.all() and not fair.flipped.any() and len(fair) == 6



def test_race_swaps_change_every_note_even_when_the_group_word_opens_it():
    patients = load_patients()
    for _, p in patients.iterrows():
        for other in D.RACE_GROUPS:
            if other != p.race_ethnicity:
                swapped = D.replace_word(p.note, p.race_ethnicity, other)
                assert swapped != p.note and other in swapped and p.race_ethnicity not in swapped.split()
    # the old substring rule (" White " with spaces) left the notes that open with the group word unchanged
    assert any(not (" " + p.race_ethnicity + " ") in p.note for _, p in patients.iterrows())


def test_a_variant_that_changes_nothing_is_refused_not_counted_as_fair():
    rows = load_trial_matching().head(2)
    with pytest.raises(ValueError, match="leave the note unchanged"):
        D.counterfactual_flips(rows, lambda r: "included", lambda r: {"no-op": r.note})


# --- monitoring -------------------------------------------------------------------------------------------
def test_checklist_performance_item_comes_first_and_follows_the_evidence():
    ready = D.deployment_checklist({"gain": 0.2, "gain_ci_low": 0.05, "alerts_configured": True})
    prior = D.deployment_checklist({"gain": 0.0, "gain_ci_low": -0.12, "alerts_configured": False})
    assert ready.iloc[0].area == "Performance" and ready.iloc[0].status == "ok" and prior.iloc[0].status == "attention"
    monitoring = prior.set_index("area").loc["Monitoring"]
    assert "attention" in set(monitoring.status)                 # an alert rule that caught nothing is not "ok"
    assert D.deployment_checklist({}).status.eq("to do").sum() == len(D.deployment_checklist({}))
    flips = {"counterfactual_flip_rate": 0.0}
    fair_if_good = D.deployment_checklist({**flips, "gain_ci_low": 0.1}).set_index("area").loc["Fairness"]
    fair_if_prior = D.deployment_checklist({**flips, "gain_ci_low": -0.1}).set_index("area").loc["Fairness"]
    assert "ok" in set(fair_if_good.status) and "uninformative" in " ".join(fair_if_prior.evidence)
    assert "ok" not in set(fair_if_prior.status)     # no flips from a model that ignores the note prove nothing



def test_control_limits_and_alert_rule():
    lim = D.control_limits([0.80, 0.82, 0.78, 0.80, 0.81, 0.79])
    assert lim["centre"] == pytest.approx(0.80) and lim["lower_3sd"] < lim["lower_2sd"] < lim["centre"]
    sd = lim["sd"]
    weeks = [0.80, 0.80 - 2.5 * sd, 0.80, 0.80 - 2.5 * sd, 0.80 - 2.2 * sd, 0.80 - 4 * sd, 0.80 + 3.5 * sd]
    got = [(a["week"], a["rule"]) for a in D.alerts(weeks, lim)]
    assert got == [(3, "2 of 3 beyond 2σ"), (4, "2 of 3 beyond 2σ"), (5, "beyond 3σ"), (6, "beyond 3σ")]
    assert D.alerts([0.80, 0.79, 0.81, 0.80], lim) == []
    with pytest.raises(ValueError, match="at least two"):
        D.control_limits([0.8])


def test_review_queue_reasons():
    p = pd.DataFrame({"id": [1, 2, 3, 4], "pred": ["A", None, "B", "C"], "agreement": [1.0, np.nan, 0.4, 0.6],
                      "error": [None, None, None, None]})
    q = D.review_queue(p, min_agreement=0.6)
    assert q[["id", "reason"]].to_dict("records") == [{"id": 2, "reason": "no valid answer"},
                                                      {"id": 3, "reason": "agreement 0.40 < 0.60"}]


def test_the_cache_does_not_store_prompts_with_identifiers(fake, tmp_path, monkeypatch):
    """PHI sent to a compliant backend is answered but never written to disk, unless allowed."""
    monkeypatch.setenv("MEDLLM_COMPLIANT_BACKENDS", "compatible")
    cache = m.ResponseCache(tmp_path / "responses", mode="readwrite")
    stored = lambda: sorted(p for p in (tmp_path / "responses").rglob("*.json"))   # noqa: E731
    assert m.chat("Mrs. Okafor, call (617) 555-0143 about her HbA1c.", cache=cache).text
    assert stored() == []
    m.chat("What does HbA1c measure?", cache=cache)                        # no identifiers: stored
    assert len(stored()) == 1
    m.chat("Mrs. Okafor, call (617) 555-0143 about her HbA1c.", cache=cache, allow_phi=True)
    assert len(stored()) == 2                                              # the user allowed it
    monkeypatch.setenv("MEDLLM_CACHE_PHI", "allow")
    m.chat("Mr. Adeyemi, MRN 4417302.", cache=cache)
    assert len(stored()) == 3


def test_relevant_fact_variants_change_the_fact_and_the_right_answer():
    """The control for the counterfactual test: every variant changes the note and moves the gold
    label; a rule that reads the fact flips on every one, a rule that ignores the note on none."""
    from medllm_utils.fairness import relevant_fact_variant

    pairs = load_trial_matching()
    rows = pairs[pairs.criterion_id != "E3"]
    made = [(r, relevant_fact_variant(r)) for _, r in rows.iterrows()]
    made = [(r, v) for r, v in made if v is not None]
    assert len(made) > 100 and {r.criterion_id for r, _ in made} == {"I1", "I2", "I3", "E1", "E2", "E4"}
    assert all(v[0] != r.note and v[1] != r.label for r, v in made)
    # E4 moves the infarction, not another "months ago" in the note (a delivery, say)
    row = pd.Series({"criterion_id": "E4", "note": "Delivered 4 months ago. Had a myocardial infarction 60 months ago."})
    assert relevant_fact_variant(row) == ("Delivered 4 months ago. Had a myocardial infarction 3 months ago.", "excluded")
    assert relevant_fact_variant(pd.Series({"criterion_id": "E2", "note": "No recent laboratory results."})) is None
    # a rule reading eGFR flips on every E2 control; one that ignores the note flips on none
    e2 = [(r, v) for r, v in made if r.criterion_id == "E2"]
    def reads(note):
        import re
        return "excluded" if int(re.search(r"(?:eGFR |estimated GFR of )(\d+)", note).group(1)) < 30 else "not excluded"
    assert all(reads(r.note) != reads(v[0]) for r, v in e2)


def test_the_baa_item_is_not_applicable_offline_and_checked_for_a_hosted_backend():
    def baa(facts):
        return D.deployment_checklist(facts).set_index("item").loc[
            "A business associate agreement (BAA) covers the hosted backend", "status"]
    assert baa({"backend": "offline"}) == "not applicable"
    assert baa({"backend": "openai", "compliant_backends": {"offline"}}) == "attention"
    assert baa({"backend": "azure", "compliant_backends": {"offline", "azure"}}) == "ok"
