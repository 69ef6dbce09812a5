"""Retrieval: BM25 and dense search, the two embedding engines, recall@k, citations, and the PubMed
retriever against a local stand-in that serves E-utilities-format fixtures."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from medllm_utils import retrieval as R
from medllm_utils.data import load_knowledge_base, load_mcq
from medllm_utils.errors import BackendUnreachableError, MedLLMError

from .fake_openai import ServerThread

FIX = Path(__file__).parent / "fixtures" / "pubmed"
TOY = pd.DataFrame({"id": ["iron", "b12", "insulin", "naloxone"],
                    "title": ["Iron deficiency", "Vitamin B12", "Insulin", "Naloxone"],
                    "text": ["Low ferritin with microcytic anemia indicates iron deficiency.",
                             "Strict vegans lack vitamin B12, causing macrocytic anemia.",
                             "Type 1 diabetes needs insulin from diagnosis.",
                             "Naloxone reverses opioid overdose with respiratory depression."]})
QUERIES = ["microcytic anemia and low ferritin", "macrocytic anemia in a vegan", "opioid overdose antidote"]
RELEVANT = [["iron"], ["b12"], ["naloxone"]]


def test_bm25_ranks_by_word_overlap():
    hits = R.BM25Retriever(TOY).search("ferritin microcytic", k=2)
    assert hits.id.tolist()[0] == "iron" and hits["rank"].tolist() == [1, 2]
    assert hits.score.iloc[0] > hits.score.iloc[1]
    assert len(R.BM25Retriever(TOY).search("x", k=10)) == 4


def test_passages_are_checked():
    with pytest.raises(ValueError, match="unique"):
        R.BM25Retriever(pd.concat([TOY, TOY.iloc[:1]]))
    with pytest.raises(ValueError, match="'id' and 'text'"):
        R.BM25Retriever(TOY.drop(columns="text"))


def test_recall_at_k_and_mrr_on_a_toy_corpus():
    table = R.recall_at_k(R.BM25Retriever(TOY), QUERIES, RELEVANT, ks=(1, 2))
    assert table.recall.tolist() == [1.0, 1.0] and table.mrr.iloc[0] == 1.0
    # a query whose relevant passage is ranked second: recall@1 drops to 2/3, MRR to (1 + 1 + 0.5)/3
    table = R.recall_at_k(R.BM25Retriever(TOY), QUERIES, [["iron"], ["b12"], ["insulin"]], ks=(1, 4))
    assert table.recall.round(4).tolist()[0] == round(2 / 3, 4) and table.recall.iloc[1] == 1.0
    assert 0.5 < table.mrr.iloc[0] < 1.0
    with pytest.raises(ValueError, match="same length"):
        R.recall_at_k(R.BM25Retriever(TOY), QUERIES, RELEVANT[:1])


@pytest.mark.model
def test_numpy_and_sentence_transformers_embeddings_agree():
    pytest.importorskip("sentence_transformers")
    texts = TOY.text.tolist() + QUERIES + ["a much longer sentence " * 20]
    a = R.Embedder("numpy").encode(texts)
    b = R.Embedder("sentence-transformers").encode(texts)
    assert a.shape == b.shape == (len(texts), 384)
    assert np.allclose(np.linalg.norm(a, axis=1), 1.0, atol=1e-5)
    assert float((a * b).sum(axis=1).min()) > 0.9999


@pytest.mark.model
def test_dense_retrieval_matches_meaning():
    dense = R.DenseRetriever(TOY, R.Embedder("numpy"))
    assert R.recall_at_k(dense, QUERIES, RELEVANT, ks=(1,)).recall.item() == 1.0
    assert dense.search("reversal agent for morphine poisoning", k=1).id.item() == "naloxone"  # no shared word


@pytest.mark.model
def test_dense_retrieval_on_the_books_knowledge_base_beats_chance():
    kb, mcq = load_knowledge_base(), load_mcq()
    rel = [kb.loc[kb.supports.map(lambda s, q=q: q in s), "id"].tolist() for q in mcq.id]
    table = R.recall_at_k(R.DenseRetriever(kb), mcq.question.tolist(), rel, ks=(5,))
    assert table.recall.item() > 0.8   # chance would be about 5/86


def test_citations():
    assert R.cited_ids("see [KB001] and [KB002]; again [KB001]. Not a citation: [x]") == ["KB001", "KB002"]
    check = R.citation_check(["KB001", "KB099"], ["KB001", "KB002"], ["KB002"])
    assert check["valid"] == 0.5 and check["hallucinated"] == ["KB099"] and not check["cites_relevant"]
    assert np.isnan(R.citation_check([], ["KB001"])["valid"])
    ctx = R.format_context(TOY.iloc[:2])
    assert ctx.splitlines()[0].startswith("[iron] Iron deficiency:") and len(ctx.splitlines()) == 2


# --- PubMed -------------------------------------------------------------------------------------------
class FakeEutils:
    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, str], float]] = []
        self.status = 200
        self.app = Starlette(routes=[Route("/eutils/esearch.fcgi", self.esearch), Route("/eutils/efetch.fcgi", self.efetch)])

    async def esearch(self, request: Request) -> Response:
        self.calls.append(("esearch", dict(request.query_params), time.monotonic()))
        if self.status != 200:
            return Response("slow down", status_code=self.status)
        return Response((FIX / "esearch.json").read_text(), media_type="application/json")

    async def efetch(self, request: Request) -> Response:
        self.calls.append(("efetch", dict(request.query_params), time.monotonic()))
        return Response((FIX / "efetch.xml").read_text(), media_type="text/xml")


@pytest.fixture
def eutils():
    fake = FakeEutils()
    with ServerThread(fake.app) as url:
        fake.url = url + "/eutils"
        yield fake


def test_pubmed_search_and_fetch(eutils):
    pm = R.PubMedRetriever(eutils.url, api_key="test-key", email="reader@example.org", min_interval_s=0.0)
    hits = pm.search("metformin lactic acidosis", k=2)
    assert hits.id.tolist() == ["PMID90000002", "PMID90000001"]           # esearch's relevance order
    assert hits["rank"].tolist() == [1, 2]
    first = hits.set_index("id").loc["PMID90000001"]
    assert first.title == "Kidney function and the safety of metformin: a synthetic review."  # inline markup kept as text
    assert first.text == "Metformin is cleared by the kidneys. Dose review is advised when eGFR falls below 45."
    assert (first.year, first.journal) == ("2021", "Journal of Test Fixtures")
    assert hits.set_index("id").loc["PMID90000002", "year"] == "2019"     # MedlineDate
    (kind, params, _), (kind2, params2, _) = eutils.calls
    assert kind == "esearch" and params["db"] == "pubmed" and params["term"] == "metformin lactic acidosis"
    assert params["retmax"] == "2" and params["retmode"] == "json"
    assert params["api_key"] == "test-key" and params["email"] == "reader@example.org" and params["tool"] == "medllm-primer"
    assert kind2 == "efetch" and params2["id"] == "90000002,90000001"
    # the retrieved abstracts plug into the same context format as the knowledge base
    assert R.format_context(hits).startswith("[PMID90000002] Lactic acidosis")


def test_pubmed_keeps_to_the_rate_limit(eutils):
    pm = R.PubMedRetriever(eutils.url, min_interval_s=0.2)
    pm.search("a", k=2)
    (_, _, t1), (_, _, t2) = eutils.calls
    assert t2 - t1 >= 0.19
    assert R.PubMedRetriever(eutils.url).min_interval_s == 0.34      # NCBI: 3 requests/s without a key


def test_pubmed_errors_are_clear(eutils):
    eutils.status = 429
    with pytest.raises(MedLLMError, match="rate limit.*NCBI_API_KEY"):
        R.PubMedRetriever(eutils.url, min_interval_s=0).search("a")
    with pytest.raises(BackendUnreachableError, match="needs internet"):
        R.PubMedRetriever("http://127.0.0.1:9", timeout=2, min_interval_s=0).search("a")
    assert R.PubMedRetriever(eutils.url).fetch([]).empty
