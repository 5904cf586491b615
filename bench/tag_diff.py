"""What a tagging change does to real articles: the entities that differ between two runs.

    .venv/bin/briefings tag --jsonl ARTICLES... > before.jsonl   # (on the old code)
    .venv/bin/briefings tag --jsonl ARTICLES... > after.jsonl
    .venv/bin/python bench/tag_diff.py before.jsonl after.jsonl [--kinds people,places]

    .venv/bin/python bench/tag_diff.py --eval /tmp/eval_before /tmp/eval_after

The first form prints, for each article whose tags differ, the entity names (country
codes) only one run has, then how many articles changed per kind. The gold sets score
surnames and stemmed tokens, so they cannot see a name left in the genitive («Елена
Исинбаевой»): read these lines instead, e.g. on 2 000 NG/RT articles of
``../shared/datasets/ru_news_ng_rt`` (``bench/site_scale.py --prepare-only`` unpacks them
into ``$BENCH_TMP/corpus/src``). Run both from the same directory: ``briefings tag``
reads the project's ``content/entities.yml`` when it finds one.

The second form compares the per-document errors of two ``bench/eval_tags.sh`` output
directories (``<set>.json``): which gold documents gained or lost a match.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

KINDS = ("countries", "people", "organizations", "places")


def _names(record: dict, kind: str) -> list[str]:
    """The entities of ``kind``: countries by code, places with their country («Толедо (ES)»)."""
    if kind == "places":
        return [f"{e['name']} ({e['country']})" if e.get("country") else e["name"] for e in record.get(kind, [])]
    return [e["code"] if kind == "countries" else e["name"] for e in record.get(kind, [])]


def tag_diff(before: list[dict], after: list[dict], kinds=KINDS) -> tuple[list[str], collections.Counter]:
    """Lines «kind | title | - removed | + added» for the articles whose tags differ."""
    lines, changed = [], collections.Counter()
    for old, new in zip(before, after):
        for kind in kinds:
            a, b = set(_names(old, kind)), set(_names(new, kind))
            if a != b:
                changed[kind] += 1
                lines.append(f"{kind} | {old.get('title', '')[:60]} | - {sorted(a - b)} | + {sorted(b - a)}")
    return lines, changed


def eval_diff(before: Path, after: Path) -> list[str]:
    """Lines «set doc field - lost + gained» between two eval_tags.sh directories."""
    lines = []
    for path in sorted(before.glob("*.json")):
        other = after / path.name
        if not other.exists():
            continue
        old = {d["id"]: d for d in json.loads(path.read_text())["per_doc"]}
        new = {d["id"]: d for d in json.loads(other.read_text())["per_doc"]}
        for doc_id, errors in old.items():
            for field, value in errors.items():
                if field != "id" and doc_id in new and value != new[doc_id][field]:
                    gone = sorted(set(value) - set(new[doc_id][field]))
                    came = sorted(set(new[doc_id][field]) - set(value))
                    lines.append(f"{path.stem} {doc_id.split('/')[-1]} {field} - {gone} + {came}")
    return lines


def _read_jsonl(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("before")
    parser.add_argument("after")
    parser.add_argument("--kinds", default=",".join(KINDS), help="comma-separated: " + ", ".join(KINDS))
    parser.add_argument("--eval", action="store_true", help="compare two eval_tags.sh output directories")
    args = parser.parse_args(argv)
    if args.eval:
        lines = eval_diff(Path(args.before), Path(args.after))
        print("\n".join(lines) if lines else "no document changed")
        return 0
    before, after = _read_jsonl(args.before), _read_jsonl(args.after)
    if len(before) != len(after):
        print(f"error: {args.before} has {len(before)} articles, {args.after} {len(after)}", file=sys.stderr)
        return 2
    lines, changed = tag_diff(before, after, [k for k in args.kinds.split(",") if k])
    print("\n".join(lines))
    print(f"articles changed: {dict(changed) or 'none'} of {len(before)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
