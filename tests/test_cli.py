"""The command line: contract of `tag --jsonl`, one-line errors, exit codes, help."""

from __future__ import annotations

import json
import sys

import pytest

from briefings.cli import build_parser, main
from briefings.gazetteer import Gazetteer

from conftest import SAMPLE_SEED, run

CONTRACT_FIELDS = {
    "path", "title", "date", "rubric", "lead", "body", "text", "source", "credits",
    "countries", "people", "organizations", "places", "dates",
}


@pytest.fixture(scope="module")
def seed_record():
    done = run([sys.executable, "-m", "briefings.cli", "tag", "--jsonl", str(SAMPLE_SEED)], cwd=SAMPLE_SEED.parent.parent)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 1
    return json.loads(lines[0])


def test_tag_jsonl_has_every_contract_field(seed_record):
    assert CONTRACT_FIELDS <= set(seed_record)
    assert seed_record["path"] == str(SAMPLE_SEED)
    assert seed_record["date"] == "2025-10-09"
    assert seed_record["source"] == {"name": None, "url": None}
    assert all(set(c) >= {"code", "name", "mentions"} for c in seed_record["countries"])
    assert all(set(p) >= {"name", "country", "mentions"} for p in seed_record["places"])
    assert all(set(d) >= {"value", "text", "sentence"} for d in seed_record["dates"])


def test_tag_offsets_point_at_the_mentions(seed_record):
    text = seed_record["text"]
    assert text.startswith(seed_record["title"] + "\n\n")
    for person in seed_record["people"]:
        for start, stop in person["spans"]:
            assert text[start:stop].split()[-1][:4] == person["name"].split()[-1][:4]
    gazetteer = Gazetteer.default()
    for country in seed_record["countries"]:  # each span is a form of that country («Баку», «азербайджанским»)
        assert country["spans"] and {gazetteer.lookup(text[start:stop]) for start, stop in country["spans"]} == {
            country["code"]}
    for date in seed_record["dates"]:
        assert [text[start:stop] for start, stop in date["spans"]] == [date["text"]]


def test_tag_offsets_hold_where_the_markdown_body_is_escaped(tmp_path, capsys):
    source = tmp_path / "brackets.txt"
    source.write_text("Встреча в Баку\n\nЗаявление [цитата] *важно* Ильхам Алиев сделал в Баку. "
                      "Позже Алиев [снова] встретился с Владимиром Путиным.\n")
    assert main(["tag", "--jsonl", str(source)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert "\\[цитата\\]" in record["body"]  # the Markdown body escapes the source's brackets...
    text = record["text"]  # ...the tagged text keeps them, and the offsets point into it
    mentions = {p["name"]: [text[a:b] for a, b in p["spans"]] for p in record["people"]}
    assert mentions == {"Ильхам Алиев": ["Ильхам Алиев", "Алиев"], "Владимир Путин": ["Владимиром Путиным"]}


def test_errors_are_one_line_per_input_and_the_rest_is_processed(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    missing = tmp_path / "missing.txt"
    good = tmp_path / "good.md"
    good.write_text("---\ntitle: Тест\ndate: 2025-01-01\ncountries: [Россия]\npeople: []\norganizations: []\nplaces: []\ndates: []\n---\nТекст.\n")
    status = main(["tag", "--jsonl", str(empty), str(missing), str(good)])
    out, err = capsys.readouterr()
    assert status == 1
    assert [json.loads(line)["title"] for line in out.splitlines()] == ["Тест"]
    lines = err.strip().splitlines()
    assert len(lines) == 2 and lines[0].startswith(str(empty)) and lines[1].startswith(str(missing))
    assert "Traceback" not in err


def test_ingest_command_reports_and_exits_nonzero(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"\x00\x00\x00")
    done = run([sys.executable, "-m", "briefings.cli", "ingest", str(tmp_path), "--out", str(tmp_path / "out")], cwd=tmp_path)
    assert done.returncode == 1
    assert "bad.txt" in done.stderr and "Traceback" not in done.stderr


def test_every_command_has_help():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name, command in sub.choices.items():
        assert command.format_help().strip(), name
        assert f"briefings {name}" in open(SAMPLE_SEED.parent.parent / "README.md", encoding="utf-8").read(), name
