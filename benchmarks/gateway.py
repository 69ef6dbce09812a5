"""Workshop gateway under load, with upstream, gateway and load in three separate processes.

    .venv/bin/python benchmarks/gateway.py [--participants 30] [--requests 5] [--latency-ms 50]

1. a scripted OpenAI-compatible upstream that adds a fixed latency (its own process);
2. the gateway, started exactly as an instructor starts it (``python -m medllm_utils.gateway``);
3. this process: every participant sends its requests concurrently — first straight to the
   upstream (the baseline), then through the gateway — then past its request budget, and a few
   calls use unknown tokens.

Prints success and rejection counts, latency percentiles with and without the gateway (the
difference is the gateway's overhead) and throughput.
"""

from __future__ import annotations

import argparse
import csv
import os
import socket
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
UPSTREAM = """
import sys, time
sys.path.insert(0, {root!r})
from tests.fake_openai import FakeOpenAI, ServerThread
fake = FakeOpenAI()
fake.latency_s = {latency}
with ServerThread(fake.app) as url:
    print(url, flush=True)
    while True:
        time.sleep(3600)
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(url: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"no answer from {url}")


def _load(http: httpx.Client, url: str, jobs: list[tuple[str, int]], workers: int) -> tuple[list, float]:
    def call(job: tuple[str, int]) -> tuple[int, float]:
        token, i = job
        t0 = time.perf_counter()
        r = http.post(url + "/v1/chat/completions", headers={"Authorization": f"Bearer {token}"},
                      json={"model": "fake-model", "messages": [{"role": "user", "content": f"question {i} from {token[-4:]}"}]})
        return r.status_code, time.perf_counter() - t0

    t0 = time.perf_counter()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        results = list(pool.map(call, jobs))
    return results, time.perf_counter() - t0


def _pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return 1000 * s[int(q * (len(s) - 1))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--participants", type=int, default=30)
    ap.add_argument("--requests", type=int, default=5, help="requests per participant within budget")
    ap.add_argument("--latency-ms", type=float, default=50.0)
    args = ap.parse_args()

    procs: list[subprocess.Popen] = []
    try:
        up = subprocess.Popen([sys.executable, "-c", UPSTREAM.format(root=str(ROOT), latency=args.latency_ms / 1000)],
                              stdout=subprocess.PIPE, text=True)
        procs.append(up)
        upstream_url = up.stdout.readline().strip()
        with tempfile.TemporaryDirectory() as d:
            port = _free_port()
            env = {**os.environ, "OPENAI_BASE_URL": upstream_url + "/v1", "OPENAI_API_KEY": "upstream-key",
                   "MEDLLM_PROGRESS": "0"}
            gw = subprocess.Popen([sys.executable, "-m", "medllm_utils.gateway", "--backend", "compatible", "--model",
                                   "fake-model", "--participants", str(args.participants), "--budget-requests",
                                   str(args.requests), "--budget-tokens", str(10**9), "--budget-usd", "0",
                                   "--phi-guard", "on", "--port", str(port), "--dir", d],
                                  cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            procs.append(gw)
            url = f"http://127.0.0.1:{port}"
            _wait(url + "/health")
            with open(Path(d) / "tokens.csv", newline="") as fh:
                tokens = [row["token"] for row in csv.DictReader(fh)]
            http = httpx.Client(timeout=60, limits=httpx.Limits(max_connections=200))
            jobs = [(tok, i) for tok in tokens for i in range(args.requests)]
            direct, _ = _load(http, upstream_url, jobs, args.participants)
            results, wall = _load(http, url, jobs, args.participants)
            over, _ = _load(http, url, [(tok, 999) for tok in tokens], args.participants)
            unknown = [_load(http, url, [("ws-unknown", i)], 1)[0][0][0] for i in range(5)]
            http.close()
    finally:
        for p in procs:
            p.terminate()
            p.wait(timeout=10)

    ok = [lat for code, lat in results if code == 200]
    base = [lat for code, lat in direct if code == 200]
    failed = [code for code, _ in results if code != 200]
    over_codes = [code for code, _ in over]
    print(f"participants                          {args.participants}  (upstream, gateway and load in separate processes)")
    print(f"requests within budget                {len(results)}  (upstream latency {args.latency_ms:.0f} ms)")
    print(f"  succeeded / failed                  {len(ok)} / {len(failed)}")
    print(f"  latency p50 / p95, direct (ms)      {_pct(base, 0.5):.0f} / {_pct(base, 0.95):.0f}")
    print(f"  latency p50 / p95, gateway (ms)     {_pct(ok, 0.5):.0f} / {_pct(ok, 0.95):.0f}")
    print(f"  gateway overhead p50 / p95 (ms)     {_pct(ok, 0.5) - _pct(base, 0.5):+.0f} / {_pct(ok, 0.95) - _pct(base, 0.95):+.0f}")
    print(f"  throughput through gateway (req/s)  {len(results) / wall:.1f}")
    print(f"over-budget requests rejected (429)   {over_codes.count(429)} of {len(over_codes)}")
    print(f"unknown-token requests rejected (401) {unknown.count(401)} of {len(unknown)}")
    if failed or over_codes.count(429) != len(over_codes) or unknown.count(401) != len(unknown):
        raise SystemExit("gateway benchmark: unexpected statuses")


if __name__ == "__main__":
    main()
