"""`briefings check`: path:line: message for every problem, exit status for CI."""

from __future__ import annotations

import pytest

from briefings.check import check_content
from briefings.cli import main

from conftest import REPO

GOOD = "---\ntitle: Хорошо\ndate: 2025-01-01\n---\nТекст.\n"


def content_with(tmp_path, files: dict[str, str]):
    root = tmp_path / "content"
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def test_the_demo_content_is_clean():
    assert check_content(REPO / "content") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("---\ntitle: X\ncountries: [Атлантида]\n---\nТекст.\n", "x.md:3: Error reading metadata 'countries': unknown country 'Атлантида'"),
        ("---\ntitle: X\ndate: 2025-01-01\ncountries: 5\n---\nТекст.\n", "x.md:4: Error reading metadata 'countries': expected a list"),
        ("---\ntitle: X\npeople: {a: b}\n---\nТекст.\n", "x.md:3: Error reading metadata 'people': expected a list"),
        ("---\ntitle: X\ndate: вчера\n---\nТекст.\n", "x.md:3: Error reading metadata 'date'"),
        ("---\ntitle: X\ndates: [{value: '2025-99', text: x}]\n---\nТекст.\n", "x.md:3: invalid date value"),
        ("---\ntitle: [X\n---\nТекст.\n", "x.md:3: broken YAML"),
        ("---\ntitle: X\ndates: [{value: 2025-13-45, text: x}]\n---\nТекст.\n", "x.md:3: invalid date in frontmatter"),
        ("---\ntitle: X\n---\nСм. [другой](../nope.md).\n", "x.md:4: broken link to ../nope.md"),
    ],
)
def test_problems_name_file_line_and_field(tmp_path, text, expected):
    root = content_with(tmp_path, {"briefings/2025/01/x.md": text, "briefings/2025/01/ok.md": GOOD})
    problems = check_content(root)
    assert len(problems) == 1, problems
    assert problems[0].startswith(str(root / "briefings/2025/01"))
    assert expected in problems[0], problems[0]


def test_duplicates_are_reported(tmp_path):
    root = content_with(tmp_path, {"briefings/a.md": GOOD, "briefings/b.md": GOOD})
    (problem,) = check_content(root)
    assert "b.md:1: the same article as" in problem


def test_check_command_exit_status(tmp_path, capsys):
    root = content_with(tmp_path, {"briefings/a.md": GOOD})
    assert main(["check", str(root)]) == 0
    (root / "briefings/b.md").write_text("---\ntitle: [\n---\n", encoding="utf-8")
    assert main(["check", str(root)]) == 1
    assert "b.md:" in capsys.readouterr().out
