"""The `tactful` console script."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tactful.accounts.models import Membership
from tactful.cli import app


def test_help_lists_every_command() -> None:
    result = subprocess.run(
        [str(Path(sys.executable).parent / "tactful"), "--help"],
        capture_output=True,
        text=True,
        check=True,
    )
    for command in ("content", "demo", "serve", "migrate"):
        assert command in result.stdout
    content = CliRunner().invoke(app, ["content", "--help"])
    for command in ("check", "stats", "load"):
        assert command in content.stdout


@pytest.mark.django_db
def test_demo_prints_the_admin_password_only_once() -> None:
    first = CliRunner().invoke(app, ["demo"])
    assert first.exit_code == 0
    assert "with password" in first.stdout
    password = first.stdout.split("with password")[1].split()[0]
    from django.contrib.auth import authenticate

    user = authenticate(username="admin", password=password)
    assert user is not None and user.is_staff
    assert Membership.objects.get(user=user).role == "owner"
    second = CliRunner().invoke(app, ["demo"])
    assert "with password" not in second.stdout
    assert "created earlier" in second.stdout
