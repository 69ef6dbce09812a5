"""scripts/uv_install.py: uv installs with pip's index settings (scripts/setup_env.sh uses it)."""
from __future__ import annotations

import doctest
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "uv_install.py"


def _module():
    spec = importlib.util.spec_from_file_location("uv_install", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_doctests():
    result = doctest.testmod(_module())
    assert result.attempted >= 2 and result.failed == 0


def test_effective_values_follow_pips_priority():
    uv_install = _module()
    listing = "\n".join([
        "global.index-url='https://global.example/simple'",
        "install.index-url='https://install.example/simple'",
        "global.find-links='/opt/wheels'",
        ":env:.extra-index-url='file:///a/simple file:///b/simple'",
        "global.extra-index-url='file:///ignored/simple'",
        "global.cert='/etc/ssl/certs/ca.crt'",
        "not a setting",
    ])
    config = uv_install.parse_pip_config(listing)
    assert config == {"index-url": "https://install.example/simple", "find-links": "/opt/wheels",
                      "extra-index-url": "file:///a/simple file:///b/simple", "cert": "/etc/ssl/certs/ca.crt"}
    args, env = uv_install.uv_options(config)
    assert args == ["--index-url", "https://install.example/simple",
                    "--extra-index-url", "file:///a/simple", "--extra-index-url", "file:///b/simple",
                    "--find-links", "/opt/wheels"]
    assert env == {"SSL_CERT_FILE": "/etc/ssl/certs/ca.crt"}


def test_runs_uv_with_pips_settings_and_its_exit_status(tmp_path):
    """End to end with a stand-in uv that records how it was called."""
    conf = tmp_path / "pip.conf"
    conf.write_text("[global]\nextra-index-url = file:///mirror-one/simple file:///mirror-two/simple\n"
                    "constraint = /tmp/caps.txt\n")
    record = tmp_path / "call.json"
    fake_uv = tmp_path / "uv"
    fake_uv.write_text(f"#!{sys.executable}\nimport json, os, sys\n"
                       f"json.dump({{'argv': sys.argv[1:], 'strategy': os.environ.get('UV_INDEX_STRATEGY')}}, "
                       f"open({str(record)!r}, 'w'))\nsys.exit(3)\n")
    fake_uv.chmod(0o755)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PIP_", "UV_"))}
    env["PIP_CONFIG_FILE"] = str(conf)
    done = subprocess.run([sys.executable, str(SCRIPT), sys.executable, str(fake_uv), "--quiet", "-r", "req.txt"],
                          env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 3, done.stderr   # uv's status, so that setup_env.sh can fall back to pip
    call = json.loads(record.read_text())
    assert call["strategy"] == "unsafe-best-match"
    argv = call["argv"]
    assert argv[:4] == ["pip", "install", "--python", sys.executable]
    assert argv[-3:] == ["--quiet", "-r", "req.txt"]
    pairs = list(zip(argv, argv[1:]))
    assert ("--extra-index-url", "file:///mirror-one/simple") in pairs
    assert ("--extra-index-url", "file:///mirror-two/simple") in pairs
    assert ("--constraint", "/tmp/caps.txt") in pairs


def test_usage_without_arguments():
    done = subprocess.run([sys.executable, str(SCRIPT)], capture_output=True, text=True, timeout=30)
    assert done.returncode == 2 and "uv_install.py VENV_PYTHON UV" in done.stderr
