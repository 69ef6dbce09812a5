"""Benchmarks, measured on this machine and printed as one table (speed goals live here, not in
timed tests).

    .venv/bin/python benchmarks/run.py                       # everything (about 25 minutes on 2 cores)
    .venv/bin/python benchmarks/run.py --skip-book --skip-tests --skip-setup

1. offline model throughput: completion tokens per second (temperature 0, cache off); chapter 3's
   requests with llama.cpp's fused attention (the server's default) vs plain attention, and answered
   by one model with every core vs one one-thread model per core at once (why tests and the build
   run one worker per core);
2. record/replay: time per call answered from the cache vs answered by the model;
3. batch(max_workers=8) vs a sequential loop against a local server that adds a fixed latency;
4. fine-tuning chapter 4's LoRA recipe with an empty weight cache, then again (weights from the cache),
   and once without shared-prefix packing; loading the base model from its kept copy vs converting
   the GGUF file;
5. test tiers: `-m unit`, `-m model`, `-m notebooks`, each from empty caches (goals: 2, 4, 4 minutes);
6. set-up into a fresh virtual environment with uv (the default) and with pip;
7. book build as scripts/build_book.sh makes it (chapters executed side by side, then rendered): cold
   (empty execution, response and weight caches; goal 10 minutes) with each chapter's execution
   time and its three slowest cells (from the build's execution profile), then a warm rebuild
   (unchanged notebooks; goal 10 s).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import medllm_utils as m  # noqa: E402
from medllm_utils import cache as cache_mod  # noqa: E402
from medllm_utils import backends as backends_mod  # noqa: E402

PROMPTS = [
    "Explain in three sentences what chronic kidney disease is.",
    "List the common symptoms of iron-deficiency anemia.",
    "Describe how metformin lowers blood glucose.",
    "What is the difference between type 1 and type 2 diabetes?",
]


def bench_throughput() -> dict:
    off = m.ResponseCache(mode="off")
    m.chat("warm up", cache=off, max_tokens=4, temperature=0)
    rates = []
    for p in PROMPTS:
        r = m.chat(p, cache=off, temperature=0, max_tokens=128)
        rates.append(r.usage.completion_tokens / r.latency_s)
    return {"offline tokens/s (median of 4)": statistics.median(rates)}


def _chapter3_bodies(n_questions: int) -> list[dict]:
    """Chapter 3's direct, chain-of-thought and RAG requests for the first questions of its evaluation split."""
    from medllm_utils import data, retrieval
    from medllm_utils.evaluate import MCQAnswer, MCQReasonedAnswer, sample_rows
    from medllm_utils.prompts import TEMPLATES, mcq_variables

    def fmt(model):
        return {"type": "json_schema", "json_schema": {"name": model.__name__, "schema": model.model_json_schema()}}

    rows = sample_rows(data.load_mcq(), 24, seed=0, stratify="answer").head(n_questions)
    bm25 = retrieval.BM25Retriever(data.load_knowledge_base())
    greedy = {"temperature": 0, "seed": 0}
    bodies = []
    for _, row in rows.iterrows():
        v = mcq_variables(row)
        bodies += [{"messages": TEMPLATES["mcq_direct"].render(**v), "response_format": fmt(MCQAnswer), **greedy},
                   {"messages": TEMPLATES["mcq_cot"].render(**v), "response_format": fmt(MCQReasonedAnswer),
                    "max_tokens": 128, **greedy},
                   {"messages": TEMPLATES["mcq_rag"].render(context=retrieval.format_context(bm25.search(row.question, 3)),
                                                            **v),
                    "response_format": fmt(MCQReasonedAnswer), "max_tokens": 128, **greedy}]
    return bodies


def bench_prompt_reuse() -> dict:
    """Chapter 4's screening of its test pairs (seven criteria per patient note) with the prompt
    blocks shared between requests resumed (the default) and with every prompt evaluated whole."""
    from medllm_utils import data, offline
    from medllm_utils.finetune import label_messages, label_schema
    from medllm_utils.offline_server import ModelRunner

    pairs = data.load_trial_matching()
    pairs = pairs[data.patient_split(pairs, seed=0) == "test"]
    bodies = [{"messages": label_messages(row), "temperature": 0, "seed": 0, "max_tokens": 20,
               "response_format": {"type": "json_schema", "json_schema": {"name": "label", "schema": label_schema(row).model_json_schema()}}}
              for _, row in pairs.iterrows()]
    path = str(offline.serving_model_path())
    out, answers = {}, {}
    for reuse in (False, True):
        runner = ModelRunner(path, n_ctx=4096, reuse_prompts=reuse)
        runner.complete(bodies[0])   # warm-up
        t0 = time.perf_counter()
        answers[reuse] = [runner.complete(b)["choices"][0]["message"]["content"] for b in bodies]
        out[f"chapter 4 screening, {len(bodies)} pairs, prompts {'resumed from shared blocks' if reuse else 'evaluated whole'}, s"] = time.perf_counter() - t0
    # blocks are a different batch split from one whole prompt, so a few answers may differ (rounding)
    out["  share of answers the same both ways"] = sum(a == b for a, b in zip(answers[False], answers[True])) / len(bodies)
    return out


def bench_attention(n_questions: int = 6, rounds: int = 2) -> dict:
    """Prompt reading with llama.cpp's fused attention (the default) vs plain attention: chapter 3's
    requests sent in turn to two in-process servers (interleaved, so that a busy machine slows both alike)."""
    from medllm_utils import offline
    from medllm_utils.offline_server import ModelRunner

    bodies = _chapter3_bodies(n_questions)
    path = str(offline.serving_model_path())
    runners = {fa: ModelRunner(path, n_ctx=4096, flash_attn=fa) for fa in (True, False)}
    seconds = {fa: 0.0 for fa in runners}
    for _ in range(rounds):
        for body in bodies:
            for fa, runner in runners.items():
                t0 = time.perf_counter()
                runner.complete(body)
                seconds[fa] += time.perf_counter() - t0
    return {"chapter 3 requests, fused attention, s": seconds[True],
            "chapter 3 requests, plain attention, s": seconds[False]}


def bench_parallel_servers(n_questions: int = 6) -> dict:
    """Why tests and the build run one worker per core: the same chapter 3 requests answered by one
    model using every core, then shared out between one one-thread model per core answering at once
    (what pytest-xdist workers and scripts/execute_book.py do; separate servers there, threads here).
    Requests alone gain little (27.4 vs 29.4 s on 2 cores); whole chapters gain more (136 vs 182 s for
    chapters 1 and 2), because a kernel's own work then overlaps the other chapter's requests."""
    from concurrent.futures import ThreadPoolExecutor

    from medllm_utils import offline
    from medllm_utils.offline_server import ModelRunner

    bodies, cores = _chapter3_bodies(n_questions), min(os.cpu_count() or 1, 4)
    path = str(offline.serving_model_path())
    one = ModelRunner(path, n_ctx=4096, n_threads=cores)
    t0 = time.perf_counter()
    for body in bodies:
        one.complete(body)
    alone = time.perf_counter() - t0
    del one
    many = [ModelRunner(path, n_ctx=4096, n_threads=1) for _ in range(cores)]
    t0 = time.perf_counter()
    with ThreadPoolExecutor(cores) as pool:
        list(pool.map(lambda i: [many[i].complete(b) for b in bodies[i::cores]], range(cores)))
    shared = time.perf_counter() - t0
    return {f"chapter 3 requests, one model with {cores} threads, s": alone,
            f"chapter 3 requests, {cores} one-thread models at once, s": shared}


def bench_setup() -> dict:
    """scripts/setup_env.sh into a fresh virtual environment: with uv (the default; its cache is
    warm after the first set-up on a machine) and with pip (MEDLLM_INSTALLER=pip)."""
    out = {}
    for installer in ("uv", "pip"):
        with tempfile.TemporaryDirectory() as tmp:
            env = {**os.environ, "MEDLLM_VENV": str(Path(tmp) / "venv"), "MEDLLM_INSTALLER": installer}
            t0 = time.perf_counter()
            subprocess.run(["bash", str(ROOT / "scripts" / "setup_env.sh")], env=env, check=True,
                           capture_output=True)
            out[f"set-up in a fresh venv with {installer}, s"] = time.perf_counter() - t0
    return out


def bench_replay(n: int = 20) -> dict:
    with tempfile.TemporaryDirectory() as d:
        cache = m.ResponseCache(d, mode="readwrite")
        prompts = [f"Give one fact about vitamin {c}." for c in "ABCDEK"] * 4
        prompts = prompts[:n]
        t0 = time.perf_counter()
        for i, p in enumerate(prompts):
            m.chat(p, cache=cache, temperature=0, seed=i, max_tokens=24)
        record = (time.perf_counter() - t0) / n
        t0 = time.perf_counter()
        for i, p in enumerate(prompts):
            assert m.chat(p, cache=cache, temperature=0, seed=i, max_tokens=24).cached
        replay = (time.perf_counter() - t0) / n
    return {"model call, s/call": record, "cache replay, ms/call": replay * 1000,
            "replay speed-up (model / replay)": record / replay}


def bench_batch(n: int = 32, latency: float = 0.2) -> dict:
    sys.path.insert(0, str(ROOT))
    from tests.fake_openai import FakeOpenAI, ServerThread

    fake = FakeOpenAI()
    fake.latency_s = latency
    with ServerThread(fake.app) as url:
        os.environ.update(OPENAI_BASE_URL=url + "/v1", MEDLLM_MODEL="fake-model", MEDLLM_BACKEND="compatible")
        backends_mod._client_for.cache_clear()
        off = m.ResponseCache(mode="off")
        prompts = [f"q{i}" for i in range(n)]
        t0 = time.perf_counter()
        for p in prompts:
            m.chat(p, cache=off)
        seq = time.perf_counter() - t0
        t0 = time.perf_counter()
        out = m.batch(prompts, max_workers=8, cache=off, progress=False)
        par = time.perf_counter() - t0
        assert all(isinstance(r, m.Reply) for r in out)
    for k in ("OPENAI_BASE_URL", "MEDLLM_MODEL", "MEDLLM_BACKEND"):
        os.environ.pop(k, None)
    backends_mod._client_for.cache_clear()
    return {f"sequential {n} calls @ {latency*1000:.0f} ms, s": seq, "batch(max_workers=8), s": par,
            "batch speed-up (sequential / batch)": seq / par}


def _fresh_env(tmp: str) -> dict:
    return {**os.environ, "MEDLLM_BACKEND": "offline", "MEDLLM_PROGRESS": "0",
            "MEDLLM_CACHE_DIR": f"{tmp}/responses", "MEDLLM_FINETUNE_CACHE": f"{tmp}/finetune",
            "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}"}


def bench_finetune() -> dict:
    from medllm_utils import data, finetune as ft

    pairs = data.load_trial_matching()
    pairs["split"] = data.patient_split(pairs, seed=0)
    train = ft.training_records(pairs[pairs.split == "train"])
    val = ft.training_records(pairs[pairs.split == "validation"])
    from medllm_utils import base_model

    ft.load_base_model()   # makes sure the kept copy exists before either load is timed
    out = {}
    for label, keep in (("converting the GGUF file", "0"), ("from the kept copy", "1")):
        base_model._BASE.clear()
        os.environ["MEDLLM_KEEP_CONVERTED"] = keep
        t0 = time.perf_counter()
        ft.load_base_model()
        out[f"chapter 4 base model load, {label}, s"] = time.perf_counter() - t0
    os.environ.pop("MEDLLM_KEEP_CONVERTED", None)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["MEDLLM_FINETUNE_CACHE"] = tmp
        try:
            for label in ("empty weight cache", "weights from the cache"):
                t0 = time.perf_counter()
                res = ft.train(*ft.load_base_model(), train, val, method="lora", seed=0, eval_every=8, progress=False)
                out[f"chapter 4 LoRA fine-tune, {label}, s"] = time.perf_counter() - t0
                assert res.from_cache == (label != "empty weight cache")
            t0 = time.perf_counter()
            ft.train(*ft.load_base_model(), train, val, method="lora", seed=0, eval_every=8, pack=False,
                     cache=False, progress=False)
            out["chapter 4 LoRA fine-tune, without packing (pack=False), s"] = time.perf_counter() - t0
        finally:
            os.environ.pop("MEDLLM_FINETUNE_CACHE", None)
    return out


def bench_tests() -> dict:
    out = {}
    for tier in ("unit", "model", "notebooks"):
        with tempfile.TemporaryDirectory() as tmp:
            t0 = time.perf_counter()
            proc = subprocess.run([sys.executable, "-m", "pytest", "tests", "medllm_utils", "--ignore=tests/fixtures",
                                   "--doctest-modules", "-p", "no:cacheprovider", "-q", "-m", tier,
                                   "-n", "auto", "--maxprocesses=4"],   # as scripts/run_tests.sh runs them
                                  cwd=ROOT, env=_fresh_env(tmp), capture_output=True, text=True)
            if proc.returncode:
                raise RuntimeError(f"-m {tier} failed:\n" + proc.stdout[-2000:])
            out[f"tests -m {tier}, s"] = time.perf_counter() - t0
    out["tests, all three tiers, s"] = sum(out.values())
    return out


def chapter_times(build_dir: Path) -> dict[str, float]:
    """Each notebook's execution time in a build, as myst-nb recorded it in the Sphinx environment."""
    import pickle

    with open(build_dir / ".doctrees" / "environment.pickle", "rb") as f:
        env = pickle.load(f)
    return {doc.split("/")[-1]: float(meta["exec_data"]["runtime"]) for doc, meta in sorted(env.metadata.items())
            if (meta.get("exec_data") or {}).get("runtime") is not None}


def slowest_cells(profile: Path, per_chapter: int = 3) -> dict[str, float]:
    """The slowest cells of each chapter in a build's execution profile (scripts/execute_book.py)."""
    import csv

    with profile.open(newline="") as f:
        rows = list(csv.DictReader(f))
    out = {}
    for chapter in sorted({r["chapter"] for r in rows}):
        for r in [r for r in rows if r["chapter"] == chapter][:per_chapter]:   # slowest first in the file
            out[f"    {chapter} cell {r['cell']} ({r['first_line'][:40]}), s"] = float(r["seconds"])
    return out


def bench_book() -> dict:
    jb = str(Path(sys.executable).with_name("jupyter-book"))
    out = {}
    with tempfile.TemporaryDirectory() as build, tempfile.TemporaryDirectory() as tmp:
        env = _fresh_env(tmp)
        times = []
        for _ in ("cold", "warm"):
            shutil.rmtree(Path(build) / "_build" / "html", ignore_errors=True)
            t0 = time.perf_counter()
            subprocess.run([sys.executable, str(ROOT / "scripts" / "execute_book.py"), "--cache-dir",
                            str(Path(build) / "_build" / ".jupyter_cache")], env=env, check=True, capture_output=True)
            proc = subprocess.run([jb, "build", str(ROOT), "--path-output", build, "-W", "-n", "--keep-going", "-q"],
                                  env=env, capture_output=True, text=True)
            if proc.returncode:
                raise RuntimeError("book build failed:\n" + (proc.stdout + proc.stderr)[-2000:])
            times.append(time.perf_counter() - t0)
            if not out:
                out = {f"  {name} executed in, s": t for name, t in chapter_times(Path(build) / "_build").items()}
                out.update(slowest_cells(Path(build) / "_build" / "execution-profile.csv"))
    t0 = time.perf_counter()   # what build_book.sh does first: fingerprint the sources (it stops here when unchanged)
    subprocess.run([sys.executable, str(ROOT / "scripts" / "book_stamp.py"), "check"], capture_output=True)
    return {"book build cold, s": times[0], **out, "book build warm (unchanged notebooks, rendered again), s": times[1],
            "book rebuild with no source changed (build_book.sh's fingerprint check), s": time.perf_counter() - t0}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--skip-book", action="store_true")
    ap.add_argument("--skip-tests", action="store_true")
    ap.add_argument("--skip-setup", action="store_true", help="skip timing set-up with uv and with pip")
    args = ap.parse_args()
    cache_mod.set_cache(m.ResponseCache(mode="off"))
    results: dict[str, float] = {}
    failed = []
    benches = [bench_throughput, bench_prompt_reuse, bench_attention, bench_parallel_servers, bench_replay, bench_batch, bench_finetune]
    benches += [] if args.skip_setup else [bench_setup]
    benches += [] if args.skip_tests else [bench_tests]
    benches += [] if args.skip_book else [bench_book]
    for fn in benches:
        print(f"running {fn.__name__} ...", file=sys.stderr, flush=True)
        try:
            results.update(fn())
        except Exception as exc:  # report the others even if one fails
            failed.append(f"{fn.__name__}: {type(exc).__name__}: {exc}")
    width = max(map(len, results))
    print(f"\n{'measure':<{width}}  value")
    for k, v in results.items():
        print(f"{k:<{width}}  {v:10.3f}")
    for line in failed:
        print(f"FAILED {line}")
    if failed:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
