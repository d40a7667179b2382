"""`tactful analyse`: one answer, standard input, JSON, and batch files with bad lines."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from tactful.cli import app

runner = CliRunner()
STORY = (
    "Last spring a customer wrote to our chat because her order was two weeks late. "
    "I apologised, tracked the parcel and found it stuck at the depot. "
    "I arranged a courier for the next day. "
    "She received it on Friday and thanked me in the chat."
)


def test_it_prints_a_readable_report() -> None:
    result = runner.invoke(app, ["analyse", "--question", "beh-hardest-customer", STORY])
    assert result.exit_code == 0, result.output
    assert "Suggested rating:" in result.stdout
    assert "STAR:" in result.stdout


def test_it_reads_standard_input_and_prints_json() -> None:
    result = runner.invoke(app, ["analyse", "--json", "--lang", "en", "-"], input=STORY)
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    assert report["language"] == "en"
    assert [s["star"] for s in report["sentences"]][-1] == "result"


def test_it_exits_non_zero_with_the_error_for_empty_text() -> None:
    result = runner.invoke(app, ["analyse", "--json", "   "])
    assert result.exit_code == 1
    assert json.loads(result.stdout)["error"]["code"] == "empty"


def test_batch_analyses_every_good_line_and_reports_bad_ones(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        "\n".join(
            [
                json.dumps({"id": "a1", "text": STORY, "question": "beh-hardest-customer"}),
                "{not json",
                json.dumps({"id": "a3", "text": "I would listen and then I would apologise to him."}),
                json.dumps({"id": "a4"}),
            ]
        ),
        encoding="utf-8",
    )
    target = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["analyse", "--batch", str(source), "--out", str(target)])
    assert result.exit_code == 1  # some lines failed
    lines = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert [line["line"] for line in lines] == [1, 2, 3, 4]
    assert lines[0]["id"] == "a1" and lines[0]["star"]["result"] is True
    assert lines[1]["error"]["code"] == "bad_json"
    assert lines[2]["rating"]["value"] <= 2
    assert lines[3]["error"]["message"] == 'line 4: expected an object with a "text" string'
