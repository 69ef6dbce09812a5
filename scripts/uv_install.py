"""Install into a virtual environment with uv, configured from pip's own settings.

``scripts/setup_env.sh`` installs the pinned requirements with `uv <https://docs.astral.sh/uv/>`_
when it can: uv resolves in milliseconds and installs from its cache (``~/.cache/uv``) by linking
files, so a second environment takes seconds where pip takes minutes (measured on 2 cores: about
11 s against 210 s). uv does not read pip's configuration files or ``PIP_*`` variables, though, and a
machine's package index, local wheel folders and constraints live there. This script reads them
with ``pip config list`` and passes them on, so that uv installs what pip would.

    python scripts/uv_install.py VENV_PYTHON UV [uv pip install arguments ...]

Exit status: uv's. The caller falls back to pip on any failure.
"""
from __future__ import annotations

import ast
import os
import subprocess
import sys

# pip option -> uv pip install option (list-valued options repeat the flag once per value)
FLAGS = {
    "index-url": "--index-url",
    "extra-index-url": "--extra-index-url",
    "find-links": "--find-links",
    "constraint": "--constraint",
    "trusted-host": "--allow-insecure-host",
}
# pip looks an option up in the command's section, then [global]; PIP_* variables override both
PRIORITY = (":env:", "install", "global")
TRUE = {"1", "true", "yes", "on"}


def parse_pip_config(listing: str) -> dict[str, str]:
    """The effective value of each pip option from ``pip config list`` output.

    >>> parse_pip_config("global.index-url='https://a/simple'\\n:env:.index-url='https://b/simple'")
    {'index-url': 'https://b/simple'}
    """
    found: dict[str, dict[str, str]] = {}
    for line in listing.splitlines():
        key, sep, raw = line.partition("=")
        if not sep or "." not in key:
            continue
        section, option = key.rsplit(".", 1)
        try:
            value = ast.literal_eval(raw.strip())
        except (ValueError, SyntaxError):
            value = raw.strip().strip("'\"")
        found.setdefault(option, {})[section] = str(value)
    effective = {}
    for option, by_section in found.items():
        for section in PRIORITY:
            if section in by_section:
                effective[option] = by_section[section]
                break
    return effective


def uv_options(config: dict[str, str]) -> tuple[list[str], dict[str, str]]:
    """uv command-line options and environment variables equivalent to pip's ``config``.

    >>> uv_options({"extra-index-url": "file:///a file:///b", "cert": "/c.pem", "no-index": "1"})
    (['--extra-index-url', 'file:///a', '--extra-index-url', 'file:///b', '--no-index'], {'SSL_CERT_FILE': '/c.pem'})
    """
    args: list[str] = []
    env: dict[str, str] = {}
    for option, flag in FLAGS.items():
        for value in config.get(option, "").split():
            args += [flag, value]
    if config.get("no-index", "").lower() in TRUE:
        args.append("--no-index")
    if config.get("cert"):
        env["SSL_CERT_FILE"] = config["cert"]
    if config.get("timeout") or config.get("default-timeout"):
        env["UV_HTTP_TIMEOUT"] = config.get("timeout") or config["default-timeout"]
    return args, env


def main(argv: list[str]) -> int:
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    python, uv, rest = argv[0], argv[1], argv[2:]
    listing = subprocess.run([python, "-m", "pip", "config", "list"], capture_output=True, text=True,
                             check=False).stdout
    args, env = uv_options(parse_pip_config(listing))
    # pip picks the highest matching version across all its indexes and wheel folders; uv's default
    # takes the first index that has the package (which could mean a GPU build of torch instead of a
    # local CPU wheel): ask uv to behave like pip
    env = {**os.environ, "UV_INDEX_STRATEGY": "unsafe-best-match", **env}
    command = [uv, "pip", "install", "--python", python, *args, *rest]
    return subprocess.run(command, env=env, check=False).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
