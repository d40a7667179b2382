"""`tactful kit`: a kit from a profile file, as text, Markdown or JSON; bad files exit with 2."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from tactful.cli import app

runner = CliRunner()
EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "tier1-chat-profile.yaml"


def test_it_prints_the_kit_in_the_interview_language() -> None:
    result = runner.invoke(app, ["kit", "--profile", str(EXAMPLE), "--minutes", "45", "--lang", "et"])
    assert result.exit_code == 0, result.output
    assert "Interview kit: 45 minutes, language et" in result.stdout
    assert "Rääkige kõige keerulisemast kliendist" in result.stdout  # beh-hardest-customer in Estonian
    assert "The last 5 minutes are reserved for the candidate" in result.stdout
    assert "Empaatia (must-have)" in result.stdout


def test_it_prints_the_kit_as_json() -> None:
    result = runner.invoke(app, ["kit", "--profile", str(EXAMPLE), "--minutes", "45", "--lang", "et", "--json"])
    assert result.exit_code == 0, result.output
    kit = json.loads(result.stdout)
    assert kit["method"] == "exact" and kit["proven_optimal"] is True
    assert kit["minutes_used"] <= 45
    assert kit["must_haves_missing"] == []
    assert kit["items"][0]["stage"] == "warm_up"


def test_it_writes_markdown_with_the_profiles_terms_filled_in(tmp_path: Path) -> None:
    profile = tmp_path / "profile.yaml"
    profile.write_text(
        "competencies: {product_knowledge: 5, empathy: 2}\n"
        "pinned: [co-what-you-know]\n"
        "slots: {company: Põhjatuul AS}\n",
        encoding="utf-8",
    )
    out = tmp_path / "kit.md"
    result = runner.invoke(
        app, ["kit", "--profile", str(profile), "--minutes", "30", "--lang", "en", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Interview kit: 30 minutes, language en")
    assert "Põhjatuul AS" in text
    assert "{company}" not in text
    assert "pinned" in text


def test_it_explains_a_bad_profile_file_and_exits_with_2(tmp_path: Path) -> None:
    profile = tmp_path / "bad.yaml"
    profile.write_text("competencies: {empathy: 9, empaty: 3}\nmust_have: [writing]\n", encoding="utf-8")
    result = runner.invoke(app, ["kit", "--profile", str(profile)])
    assert result.exit_code == 2
    assert f"{profile}: competencies.empathy: weight must be between 1 and 5, not 9" in result.output
    assert f"{profile}: competencies: unknown competency 'empaty'" in result.output


def test_it_rejects_a_profile_that_is_not_yaml_or_missing(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("competencies: {empathy: 5\n", encoding="utf-8")
    result = runner.invoke(app, ["kit", "--profile", str(broken)])
    assert result.exit_code == 2
    assert f"{broken}:" in result.output and "not valid YAML" in result.output
    missing = runner.invoke(app, ["kit", "--profile", str(tmp_path / "nope.yaml")])
    assert missing.exit_code == 2
    assert "cannot read file" in missing.output


def test_it_rejects_an_unknown_language() -> None:
    result = runner.invoke(app, ["kit", "--profile", str(EXAMPLE), "--lang", "de"])
    assert result.exit_code == 2
