"""Settings come from the environment; production settings pass Django's deploy checks."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def run_manage(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(REPO / "manage.py"), *args],
        capture_output=True,
        text=True,
        env={**{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}, **env},
        cwd=REPO,
    )


def test_deploy_check_is_clean_with_debug_off_and_a_real_secret(tmp_path: Path) -> None:
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DEBUG="0",
        SECRET_KEY="k" * 20 + "Zq8-vT!r2Lp@9wXe7Yb#3nM%5sJ^1hGc&6dF*4",
        ALLOWED_HOSTS="support.example.com",
        TACTFUL_VAR_DIR=str(tmp_path),
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_a_malformed_boolean_is_refused_with_its_name(tmp_path: Path) -> None:
    result = run_manage("check", DEBUG="maybe", TACTFUL_VAR_DIR=str(tmp_path))
    assert result.returncode != 0
    assert "DEBUG must be a boolean" in result.stderr


def test_without_a_secret_key_a_random_one_is_kept_per_installation(tmp_path: Path) -> None:
    env = {"TACTFUL_VAR_DIR": str(tmp_path), "SECRET_KEY": ""}
    assert run_manage("check", **env).returncode == 0
    key = (tmp_path / "secret_key").read_text()
    assert len(key) >= 50
    assert run_manage("check", **env).returncode == 0
    assert (tmp_path / "secret_key").read_text() == key
