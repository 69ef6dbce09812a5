"""Other de-identification detectors, scored like ours (chapter 5, section 1.1).

The book's own detector (:func:`medllm_utils.deid.find_phi`, rules and name lists) is compared with

* **Presidio** (Microsoft's PII analyzer, a widely used library), run fully offline: no English NER
  model ships in a package we can install here, so its spaCy pipeline is blank and only its pattern
  recognizers (dates, phone numbers, e-mail, URLs, IP addresses, US identifiers …) work — its person
  and location recognizers need that model. Its public-suffix list (``tldextract``) is read from the
  copy bundled with the package instead of being downloaded;
* **a language model** through the book's client: asked, with a JSON schema, to copy every
  identifier from the note; each copy is then located in the note. On the offline model this is the
  135M-parameter SmolLM2; with a hosted backend the same code asks that model.

Every detector is a function ``text -> list[PHIFinding]``, so :func:`medllm_utils.privacy.evaluate_deid`
scores them on the same annotated notes.

>>> detectors = {"rules": find_phi, "Presidio": presidio_detector()}       # doctest: +SKIP
>>> compare_detectors(load_phi_eval_notes(), detectors)                    # doctest: +SKIP
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Mapping
from typing import Any

import pandas as pd
from pydantic import BaseModel, Field

from .deid import PHIFinding
from .errors import MedLLMError, OutputValidationError
from .privacy import evaluate_deid

Detector = Callable[[str], list[PHIFinding]]

LLM_SYSTEM = ("You find identifiers in clinical notes: names of people, dates, ages over 89, phone and fax "
              "numbers, e-mail and web addresses, street addresses, cities, ZIP codes, and record, account, "
              "insurance, licence, vehicle and device numbers. List each one exactly as it is written in the "
              "note. Do not list diseases, drugs, doses, lab values or scores.")


class IdentifierList(BaseModel):
    """What the language-model detector returns: the identifiers, copied from the note."""

    identifiers: list[str] = Field(max_length=30, description="each identifier copied exactly from the note")


def presidio_detector(score_threshold: float = 0.0) -> Detector:
    """Presidio's ``AnalyzerEngine`` on a blank English spaCy pipeline, offline (see the module).

    Raises :class:`~medllm_utils.errors.MedLLMError` saying what to install when Presidio is missing.
    """
    try:
        import spacy
        import tldextract
        from presidio_analyzer import AnalyzerEngine
        from presidio_analyzer.nlp_engine import SpacyNlpEngine
    except ImportError as exc:
        raise MedLLMError("Presidio is not installed: `pip install presidio-analyzer==2.2.366` "
                          "(scripts/setup_env.sh installs it).") from exc
    # the bundled public-suffix snapshot: no download attempt (and no traceback) without a network
    tldextract.tldextract.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)

    class BlankEnglish(SpacyNlpEngine):
        def __init__(self) -> None:
            super().__init__(models=[{"lang_code": "en", "model_name": "blank"}])

        def load(self) -> None:
            self.nlp = {"en": spacy.blank("en")}

    engine = AnalyzerEngine(nlp_engine=BlankEnglish(), supported_languages=["en"])

    def detect(text: str) -> list[PHIFinding]:
        return [PHIFinding(r.entity_type, text[r.start:r.end], r.start, r.end)
                for r in engine.analyze(text=text, language="en", score_threshold=score_threshold)]

    return detect


def locate(text: str, copies: list[str]) -> list[PHIFinding]:
    """Every place in ``text`` where one of the model's copied identifiers occurs (exact text);
    copies that are not in the note are dropped — a model cannot hide what it misquotes.

    >>> [(f.text, f.start) for f in locate("Seen by Dr. Okafor on 3/4/2024; Okafor agreed.", ["Okafor", "Smith"])]
    [('Okafor', 12), ('Okafor', 32)]
    """
    found = []
    for copy in dict.fromkeys(c.strip() for c in copies):
        if len(copy) < 2:
            continue
        found += [PHIFinding("LLM", copy, m.start(), m.end()) for m in re.finditer(re.escape(copy), text)]
    return sorted(found, key=lambda f: (f.start, f.end))


def llm_detector(backend: str | None = None, model: str | None = None, max_tokens: int = 400,
                 **params: Any) -> Detector:
    """A detector that asks a language model (the current backend by default) for the note's
    identifiers as JSON, greedy, then :func:`locate` s them. An answer that is not valid JSON for
    the schema (e.g. cut off at ``max_tokens``) finds nothing in that note — for a de-identifier a
    failure is a leak — and is counted in the detector's ``failures``. The annotated notes are
    synthetic, so they are sent with ``allow_phi=True``; never do that with real notes and a hosted
    model without a business associate agreement."""
    from .client import complete_json

    def detect(text: str) -> list[PHIFinding]:
        try:
            out = complete_json([{"role": "system", "content": LLM_SYSTEM},
                                 {"role": "user", "content": f"Note:\n{text}\n\nList the identifiers."}],
                                IdentifierList, backend=backend, model=model, temperature=0, seed=0,
                                max_tokens=max_tokens, allow_phi=True, label="deid", **params)
        except OutputValidationError:
            detect.failures += 1  # type: ignore[attr-defined]
            return []
        return locate(text, out.identifiers)

    detect.failures = 0  # type: ignore[attr-defined]
    return detect


def compare_detectors(notes: pd.DataFrame, detectors: Mapping[str, Detector]) -> pd.DataFrame:
    """One row per detector, scored by :func:`~medllm_utils.privacy.evaluate_deid` on ``notes``:
    token recall, identifier recall, name recall, precision, look-alikes flagged, time per note,
    and notes the detector failed on (its answer was unusable; 0 for detectors that cannot fail).

    >>> from medllm_utils.deid import find_phi
    >>> notes = pd.DataFrame([{"id": "n1", "text": "Seen by Dr. Okafor on 3/4/2024.",
    ...     "spans": [{"type": "NAME", "text": "Okafor", "start": 12, "end": 18},
    ...               {"type": "DATE", "text": "3/4/2024", "start": 22, "end": 30}]}])
    >>> compare_detectors(notes, {"rules": find_phi}).loc["rules", ["token recall", "name recall"]].tolist()
    [1.0, 1.0]
    """
    rows = {}
    for name, detect in detectors.items():
        failed_before = getattr(detect, "failures", 0)
        t0 = time.perf_counter()
        score = evaluate_deid(notes, detect)
        per_note_ms = (time.perf_counter() - t0) / max(len(notes), 1) * 1000
        by_type = score.table.set_index("type")
        rows[name] = {**score.summary().to_dict(),
                      "name recall": float(by_type.loc["NAME", "recall"]) if "NAME" in by_type.index else float("nan"),
                      "ms per note": per_note_ms, "failed notes": getattr(detect, "failures", 0) - failed_before}
    return pd.DataFrame.from_dict(rows, orient="index")
