"""Workshop gateway under load: 30 simulated participants on 127.0.0.1.

    .venv/bin/python benchmarks/gateway.py [--participants 30] [--requests 5] [--latency-ms 50]

Each participant sends its requests concurrently through the gateway to a local scripted upstream
that adds a fixed latency; then every participant sends past its request budget, and a few calls use
unknown tokens. Prints success and rejection counts, latency percentiles and throughput.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from medllm_utils import ResponseCache  # noqa: E402
from medllm_utils.client import Backend  # noqa: E402
from medllm_utils.gateway import Budget, Gateway, make_tokens  # noqa: E402
from tests.fake_openai import FakeOpenAI, ServerThread  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--participants", type=int, default=30)
    ap.add_argument("--requests", type=int, default=5, help="requests per participant within budget")
    ap.add_argument("--latency-ms", type=float, default=50.0)
    args = ap.parse_args()

    fake = FakeOpenAI()
    fake.latency_s = args.latency_ms / 1000
    with ServerThread(fake.app) as upstream_url, tempfile.TemporaryDirectory() as d:
        upstream = Backend("compatible", "fake-model", upstream_url + "/v1")
        tokens = make_tokens(args.participants)
        gw = Gateway(upstream, tokens, Budget(requests=args.requests, tokens=10**9, usd=100.0),
                     cache=ResponseCache(Path(d) / "cache", mode="off"), phi_guard=True, log_path=Path(d) / "usage.jsonl",
                     price=(0.15, 0.60))  # the stand-in model has no list price
        with ServerThread(gw.app()) as url:
            http = httpx.Client(timeout=60, limits=httpx.Limits(max_connections=200))

            def call(token: str, i: int) -> tuple[int, float]:
                t0 = time.perf_counter()
                r = http.post(url + "/v1/chat/completions", headers={"Authorization": f"Bearer {token}"},
                              json={"messages": [{"role": "user", "content": f"question {i} from {token[-4:]}"}]})
                return r.status_code, time.perf_counter() - t0

            jobs = [(tok, i) for tok in tokens for i in range(args.requests)]
            t0 = time.perf_counter()
            with ThreadPoolExecutor(max_workers=args.participants) as pool:
                results = list(pool.map(lambda j: call(*j), jobs))
            wall = time.perf_counter() - t0
            ok = [lat for code, lat in results if code == 200]
            failed = [code for code, _ in results if code != 200]

            with ThreadPoolExecutor(max_workers=args.participants) as pool:
                over = list(pool.map(lambda tok: call(tok, 999)[0], tokens))
            unknown = [call("ws-unknown", i)[0] for i in range(5)]
            http.close()

    lat = sorted(ok)
    print(f"participants                         {args.participants}")
    print(f"requests within budget               {len(results)}  (upstream latency {args.latency_ms:.0f} ms)")
    print(f"  succeeded / failed                 {len(ok)} / {len(failed)}")
    print(f"  latency p50 / p95 / max (ms)       {1000 * statistics.median(lat):.0f} / "
          f"{1000 * lat[int(0.95 * (len(lat) - 1))]:.0f} / {1000 * lat[-1]:.0f}")
    print(f"  throughput (requests/s)            {len(results) / wall:.1f}")
    print(f"  speed-up vs one-at-a-time upstream {len(results) * args.latency_ms / 1000 / wall:.1f}x")
    print(f"over-budget requests rejected (429)  {over.count(429)} of {len(over)}")
    print(f"unknown-token requests rejected (401) {unknown.count(401)} of {len(unknown)}")
    if failed or over.count(429) != len(over) or unknown.count(401) != len(unknown):
        raise SystemExit("gateway benchmark: unexpected statuses")


if __name__ == "__main__":
    main()
