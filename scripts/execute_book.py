"""Execute the book's chapters side by side before `jupyter-book build` renders them.

`jupyter-book build` executes notebooks one after another. On a 2-core machine one chapter keeps the
cores only about 80% busy (the kernel's own Python work leaves the model idle, and the model's two
threads wait for each other), while two chapters, each with its own one-thread offline server, keep
them busy: chapters 1 and 2 took 136 s together against 182 s one after the other (measured on 2
cores; the model's requests alone gain only about 7%, benchmarks/run.py: the rest is each kernel's
own work overlapping the other chapter's requests). So this script runs the chapters the build would run, longest first, on one worker
per core (at most 4; ``MEDLLM_BUILD_JOBS`` to choose, 1 to turn it off), and stores every executed
notebook in the build's execution cache (``_build/.jupyter_cache``) exactly as myst-nb does; the build
then finds each chapter executed and renders it. An unchanged chapter already in the cache is not run
again.

Each chapter gets its own server folder (``MEDLLM_RUNTIME_DIR``) and ``cores // workers`` threads for
llama.cpp, torch and BLAS (``medllm_utils.offline.side_by_side_environment``), unless you set ``MEDLLM_OFFLINE_THREADS`` or ``OMP_NUM_THREADS`` yourself.
llama.cpp's results depend a little on its thread count, so a chapter executed this way can quote
slightly different numbers from one executed alone with two threads: each page quotes its own run.

Every cell is timed (nbclient's ``record_timing``). The log names each chapter's slowest cells, and
``_build/execution-profile.csv`` lists every code cell of the chapters executed last, slowest first
within each chapter (chapter, cell index, seconds, first line of the cell): where a chapter spends its
time, measured on the run that renders it.

    python scripts/execute_book.py            # what scripts/build_book.sh runs first
"""

from __future__ import annotations

import copy
import csv
import os
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from datetime import datetime
from pathlib import Path

import nbformat
import yaml

from medllm_utils.offline import side_by_side_environment

ROOT = Path(__file__).resolve().parents[1]
# Seconds each chapter took in CI's full build on 2 cores (one at a time): the longest start first.
EXPECTED_SECONDS = {"03_prompt_engineering": 470, "04_fine_tuning": 300, "05_deployment": 170,
                    "01_formulate_task": 110, "02_choose_llm": 110, "00_setup_and_basics": 50}
PROFILE_COLUMNS = ("chapter", "cell", "seconds", "first_line")
SLOWEST_LOGGED = 4   # cells per chapter named in the log


def book_notebooks(root: Path = ROOT) -> list[Path]:
    """The ``.ipynb`` files the table of contents lists, in its order."""
    toc = yaml.safe_load((root / "_toc.yml").read_text())
    files: list[str] = []

    def walk(node) -> None:
        if isinstance(node, dict):
            if "file" in node:
                files.append(node["file"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(toc)
    return [root / f"{f}.ipynb" for f in files if (root / f"{f}.ipynb").is_file()]


def jobs(cores: int | None = None, env: dict[str, str] | None = None) -> int:
    """Workers to use: ``MEDLLM_BUILD_JOBS`` or one per core, at most 4.

    >>> jobs(2, {}), jobs(16, {}), jobs(16, {"MEDLLM_BUILD_JOBS": "1"})
    (2, 4, 1)
    """
    env = os.environ if env is None else env
    value = env.get("MEDLLM_BUILD_JOBS", "").strip()
    if value:
        if not value.isdigit() or int(value) < 1:
            raise SystemExit(f"MEDLLM_BUILD_JOBS={value!r}: give a whole number of workers (1 runs the chapters one at a time)")
        return int(value)
    return max(1, min(cores or os.cpu_count() or 1, 4))


def _execute(path: str, env: dict[str, str], timeout: int,
             allow_errors: bool) -> tuple[str, str, float, str | None, list[dict]]:
    """Run in a worker process: execute one notebook in its own folder, as myst-nb's cache mode does.
    Returns the executed notebook without the cell timings (the cache hashes cell metadata, so it
    keeps the source's, as myst-nb looks it up) and the timings as :func:`cell_seconds` rows."""
    from jupyter_cache.executors.utils import single_nb_execution

    os.environ.update(env)
    nb = nbformat.read(path, as_version=4)
    source_metadata = [copy.deepcopy(cell.metadata) for cell in nb.cells]
    result = single_nb_execution(nb, cwd=str(Path(path).parent), timeout=timeout, allow_errors=allow_errors,
                                 meta_override=True, record_timing=True)
    cells = cell_seconds(nb)
    for cell, metadata in zip(nb.cells, source_metadata):
        cell.metadata = metadata
    return path, nbformat.writes(nb), result.time, result.exc_string if result.err is not None else None, cells


def cell_seconds(nb) -> list[dict]:
    """The code cells nbclient timed (``record_timing``), slowest first: index, seconds, first line.

    >>> import nbformat
    >>> cell = nbformat.v4.new_code_cell("x = 1\nprint(x)")
    >>> cell.metadata["execution"] = {"iopub.execute_input": "2026-12-08T01:00:00.000Z",
    ...                               "shell.execute_reply": "2026-12-08T01:00:02.500Z"}
    >>> cell_seconds(nbformat.v4.new_notebook(cells=[cell]))
    [{'cell': 0, 'seconds': 2.5, 'first_line': 'x = 1'}]
    """
    rows = []
    for index, cell in enumerate(nb.cells):
        times = cell.get("metadata", {}).get("execution", {})
        start, end = times.get("iopub.execute_input"), times.get("shell.execute_reply")
        if cell.cell_type != "code" or not (start and end):
            continue   # markdown, or a cell that did not run (skip-execution)
        seconds = (datetime.fromisoformat(end.replace("Z", "+00:00"))
                   - datetime.fromisoformat(start.replace("Z", "+00:00"))).total_seconds()
        lines = [line for line in cell.source.splitlines() if line.strip() and not line.startswith("#")]
        rows.append({"cell": index, "seconds": round(seconds, 1), "first_line": (lines or [""])[0][:100]})
    return sorted(rows, key=lambda r: -r["seconds"])


def write_profile(path: Path, chapters: dict[str, list[dict]]) -> None:
    """Replace the rows of ``chapters`` in the profile CSV at ``path``; rows of chapters not executed
    this time (already in the cache) stay as they were."""
    kept = []
    if path.is_file():
        with path.open(newline="") as f:
            kept = [row for row in csv.DictReader(f) if row.get("chapter") not in chapters]
    rows = kept + [{"chapter": name, **row} for name, cells in chapters.items() for row in cells]
    rows.sort(key=lambda r: (r["chapter"], -float(r["seconds"])))
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=PROFILE_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)


def pending_notebooks(notebooks: list[Path], cache_dir: Path) -> list[Path]:
    """The notebooks whose code the cache has not executed yet, longest expected first."""
    from jupyter_cache import get_cache

    cache = get_cache(str(cache_dir))
    pending = []
    for path in notebooks:
        try:
            cache.match_cache_notebook(nbformat.read(path, as_version=4))   # the lookup myst-nb makes
        except KeyError:
            pending.append(path)
    return sorted(pending, key=lambda p: -EXPECTED_SECONDS.get(p.stem, 0))


def execute_into_cache(notebooks: list[Path], cache_dir: Path, n_jobs: int, *, timeout: int = 1200,
                       allow_errors: bool = False, log=print, profile: Path | None = None) -> list[str]:
    """Execute ``notebooks`` on ``n_jobs`` worker processes and store each success in the cache.

    Logs each chapter's slowest cells and, with ``profile``, writes every timed cell there
    (:func:`write_profile`). Returns the names of the notebooks that failed (their error is logged;
    nothing of them is cached).
    """
    from jupyter_cache import get_cache
    from jupyter_cache.base import CacheBundleIn

    if not notebooks:
        return []
    cache, cores, failed, start = get_cache(str(cache_dir)), os.cpu_count() or 1, [], time.time()
    timed: dict[str, list[dict]] = {}
    n_jobs = max(1, min(n_jobs, len(notebooks)))
    log(f"[book] executing {len(notebooks)} chapter(s) on {n_jobs} worker(s): " + ", ".join(p.stem for p in notebooks))
    with tempfile.TemporaryDirectory(prefix="medllm-book-") as runtime, ProcessPoolExecutor(n_jobs) as pool:
        futures = [pool.submit(_execute, str(p), side_by_side_environment(str(i), n_jobs, cores, dict(os.environ),
                                                                          Path(runtime)),
                               timeout, allow_errors) for i, p in enumerate(notebooks)]
        for future in as_completed(futures):
            path, text, seconds, error, cells = future.result()
            name = Path(path).stem
            if error:
                failed.append(name)
                log(f"[book] {name} failed after {seconds:.0f} s:\n{error}")
                continue
            cache.cache_notebook_bundle(CacheBundleIn(nbformat.reads(text, as_version=4), path,
                                                      data={"execution_seconds": seconds}),
                                        check_validity=False, overwrite=True)
            timed[name] = cells
            slowest = " · ".join(f"[{c['cell']}] {c['seconds']:.0f} s {c['first_line'][:40]!r}"
                                 for c in timed[name][:SLOWEST_LOGGED])
            log(f"[book] executed {name} in {seconds:.0f} s ({time.time() - start:.0f} s since the start); "
                f"slowest cells: {slowest or 'none timed'}")
    if profile is not None and timed:
        write_profile(profile, timed)
    return failed


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cache-dir", type=Path, default=ROOT / "_build" / ".jupyter_cache",
                    help="the build's execution cache (jupyter-book uses <build folder>/_build/.jupyter_cache)")
    cache_dir = ap.parse_args(argv).cache_dir
    config = yaml.safe_load((ROOT / "_config.yml").read_text()).get("execute", {})
    if config.get("execute_notebooks") != "cache":
        print("[book] execute_notebooks is not 'cache': the build executes the chapters itself")
        return 0
    pending = pending_notebooks(book_notebooks(), cache_dir)
    if not pending:
        print("[book] every chapter is already executed in the cache")
        return 0
    start, profile = time.time(), cache_dir.parent / "execution-profile.csv"
    failed = execute_into_cache(pending, cache_dir, jobs(), timeout=int(config.get("timeout", 1200)),
                                allow_errors=bool(config.get("allow_errors", False)),
                                log=lambda line: print(line, flush=True), profile=profile)
    if failed:
        print(f"[book] {len(failed)} chapter(s) failed: {', '.join(failed)}. Fix the cell shown above, or run the "
              "notebook itself to see it fail in place.", file=sys.stderr)
        return 1
    print(f"[book] all {len(pending)} chapter(s) executed in {time.time() - start:.0f} s; every cell's time: "
          f"{profile}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
