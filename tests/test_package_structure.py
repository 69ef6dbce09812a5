"""The helper package's shape: no import cycles between its modules, and it imports where fcntl does not exist."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PKG = Path(__file__).resolve().parents[1] / "medllm_utils"


def _imports(path: Path) -> set[str]:
    """Package modules imported by ``path`` (at module level or inside functions)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            if node.module:
                found.add(node.module.split(".")[0])
            else:
                found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("medllm_utils."):
            found.add(node.module.split(".")[1])
    return found


def test_no_import_cycles():
    graph = {p.stem: _imports(p) - {p.stem} for p in PKG.glob("*.py") if p.stem != "__init__"}
    graph = {k: {v for v in vs if v in graph} for k, vs in graph.items()}
    state: dict[str, int] = {}
    cycle: list[str] = []

    def visit(node: str, path: list[str]) -> bool:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycle.extend(path[path.index(nxt):] + [node, nxt] if nxt in path else [node, nxt])
                return True
            if state.get(nxt) is None and visit(nxt, path + [node]):
                return True
        state[node] = 2
        return False

    assert not any(visit(n, []) for n in sorted(graph) if state.get(n) is None), f"import cycle: {' -> '.join(cycle)}"


def test_the_cycle_check_can_fail(tmp_path, monkeypatch):
    (tmp_path / "a.py").write_text("from .b import x\n")
    (tmp_path / "b.py").write_text("def f():\n    from .a import y\n")
    monkeypatch.setattr(sys.modules[__name__], "PKG", tmp_path)
    try:
        test_no_import_cycles()
    except AssertionError as err:
        assert "a -> b" in str(err) or "b -> a" in str(err)
    else:
        raise AssertionError("a two-module cycle was not reported")


def test_package_imports_without_fcntl():
    """Native Windows has no fcntl: importing the package (and writing an audit line) must still work."""
    code = ("import sys, tempfile, pathlib\nsys.modules['fcntl'] = None\n"
            "import medllm_utils, medllm_utils.deploy, medllm_utils.offline, medllm_utils.audit as a\n"
            "log = a.AuditLog(pathlib.Path(tempfile.mkdtemp()) / 'audit.jsonl')\n"
            "log.append(backend='offline', model='m', prompt='hi', prompt_tokens=1, completion_tokens=1)\n"
            "print(a.verify_audit_log(log.path).ok)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0 and out.stdout.strip() == "True", out.stderr[-1500:]
