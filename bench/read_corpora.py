"""Read the shared corpora with briefings.sources and count what reads cleanly.

    .venv/bin/python bench/read_corpora.py [SHARED_DIR]

Reads every BSNLP raw file (all topics) and every NG/RT JSON Lines article (the
zips are unpacked into a temporary directory). "Clean" means: a title, a date when
the source has one (BSNLP header date or a date in the URL), a non-empty body with
no leftovers (tags, script code, entities, NBSP). Failures are grouped by reason.
"""

from __future__ import annotations

import collections
import re
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from briefings.errors import SourceError  # noqa: E402
from briefings.model import Article  # noqa: E402
from briefings.sources import URL_DATE, read_path, read_path_report  # noqa: E402

LEFTOVERS = {
    "html tag": re.compile(r"</?[A-Za-z][A-Za-z0-9]*[\s>/]"),
    "script code": re.compile(r"\bfunction\s*\(|\bvar \w+ =|jwplayer|console\.log"),
    "entity": re.compile(r"&(?:[a-z]+|#\d+);"),
    "nbsp/soft hyphen": re.compile("[\u00a0\u00ad\u200b]"),
    "nav/share line": re.compile(r"(?im)^(перейти к основному|подписывайтесь|поделиться)"),
}


def check(article: Article, has_date: bool) -> str | None:
    """The first problem of an article read without error, or None."""
    if not article.title.strip():
        return "no title"
    if not article.body.strip():
        return "empty body"
    if has_date and article.date is None:
        return "date present in source but not read"
    for reason, pattern in LEFTOVERS.items():
        if pattern.search(article.body):
            return f"leftover {reason}"
    return None


def bsnlp_has_date(path: Path) -> bool:
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    return len(lines) > 3 and bool(lines[2].strip() or URL_DATE.search(lines[3]))


def run_bsnlp(root: Path, stats: collections.Counter, failures: collections.Counter, examples: dict) -> None:
    for path in sorted(root.glob("*/raw/ru/*.txt")):
        stats["bsnlp files"] += 1
        try:
            (article,) = read_path(path)
        except SourceError as exc:
            failures["bsnlp: " + exc.reason] += 1
            examples.setdefault("bsnlp: " + exc.reason, str(path))
            continue
        problem = check(article, bsnlp_has_date(path))
        if problem:
            failures["bsnlp: " + problem] += 1
            examples.setdefault("bsnlp: " + problem, str(path))
        else:
            stats["bsnlp clean"] += 1
            stats["bsnlp clean, dated"] += article.date is not None


def run_jsonl(zips: list[Path], stats: collections.Counter, failures: collections.Counter, examples: dict) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for archive in zips:
            with zipfile.ZipFile(archive) as zf:
                zf.extractall(tmp)
        for path in sorted(Path(tmp).glob("*.jsonlines")):
            corpus = "ng" if path.name.startswith("ng") else "rt"
            try:
                report = read_path_report(path)
            except SourceError as exc:
                failures[f"{corpus}: file: {exc.reason}"] += 1
                continue
            for error in report.errors:
                reason = f"{corpus}: {error.reason}"
                failures[reason] += 1
                examples.setdefault(reason, f"{archive.parent.name}/{path.name}:{error.line}")
            stats[f"{corpus} lines"] += len(report.articles) + len(report.errors)
            for article in report.articles:
                has_date = bool(URL_DATE.search(article.source.url or ""))
                problem = check(article, has_date)
                if problem:
                    reason = f"{corpus}: {problem}"
                    failures[reason] += 1
                    examples.setdefault(reason, f"{path.name}#{article.path.rsplit('#', 1)[1]}")
                else:
                    stats[f"{corpus} clean"] += 1
                    stats[f"{corpus} clean, dated"] += article.date is not None


def main(argv: list[str]) -> int:
    shared = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parents[1].parent / "shared"
    datasets = shared / "datasets"
    if not datasets.is_dir():
        print(f"no corpora at {datasets}", file=sys.stderr)
        return 2
    stats: collections.Counter = collections.Counter()
    failures: collections.Counter = collections.Counter()
    examples: dict[str, str] = {}
    start = time.perf_counter()
    run_bsnlp(datasets / "slavicner_ru" / "bsnlp_raw_with_headers", stats, failures, examples)
    run_jsonl(sorted((datasets / "ru_news_ng_rt" / "data").glob("*.zip")), stats, failures, examples)
    elapsed = time.perf_counter() - start
    for corpus, total in (("bsnlp", "bsnlp files"), ("ng", "ng lines"), ("rt", "rt lines")):
        n = stats[total]
        print(f"{corpus:6} {stats[corpus + ' clean']:5}/{n:<5} clean"
              f" ({stats[corpus + ' clean, dated']} of them dated)")
    print(f"failures ({sum(failures.values())}):")
    for reason, count in failures.most_common():
        print(f"  {count:5}  {reason}   e.g. {examples.get(reason, '')}")
    print(f"{elapsed:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
