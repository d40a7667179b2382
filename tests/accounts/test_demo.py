"""`tactful demo`: the demo organisation with an owner, a recruiter and two interviewers, made once."""

from __future__ import annotations

import pytest
from django.contrib.auth import authenticate

from tactful.accounts.models import Membership
from tactful.accounts.services import demo_organisation_ensure

pytestmark = pytest.mark.django_db


def test_it_creates_the_demo_team_once_with_passwords_that_work() -> None:
    first = demo_organisation_ensure()
    assert [(m.username, m.role) for m in first.members] == [
        ("recruiter", "recruiter"),
        ("interviewer1", "interviewer"),
        ("interviewer2", "interviewer"),
    ]
    for member in first.members:
        assert member.password
        assert authenticate(username=member.username, password=member.password) is not None
    second = demo_organisation_ensure()
    assert second.password is None and all(m.password is None for m in second.members)
    assert Membership.objects.filter(organisation=first.organisation).count() == 4


def test_the_command_prints_each_password_once() -> None:
    from typer.testing import CliRunner

    from tactful.cli import app

    first = CliRunner().invoke(app, ["demo"])
    assert first.exit_code == 0
    assert "recruiter: recruiter, password" in first.stdout
    assert "interviewer: interviewer2, password" in first.stdout
    second = CliRunner().invoke(app, ["demo"])
    assert "password" not in second.stdout.replace("changepassword", "")
