"""Command line: a thin layer over the library.

    briefings ingest PATH... [--out content/briefings] [--jobs N] [--force]
    briefings tag [--jsonl | --why] PATH... [--jobs N]
    briefings check [CONTENT_DIR]

User errors are one line each on stderr (``path: reason``); the other inputs are still
processed; the exit status is 1 when any input failed.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Sequence

from briefings.errors import BriefingsError

REGISTRY = "content/entities.yml"


def _tagger(jobs: int):
    from briefings.parallel import tag_all

    return lambda articles: tag_all(articles, jobs)


def cmd_ingest(args: argparse.Namespace) -> int:
    from briefings.ingest import ingest
    from briefings.registry import Registry

    report = ingest(args.paths, args.out, _tagger(args.jobs), force=args.force, registry=Registry.load(args.registry))
    for rel in report.kept_edited:
        print(f"{args.out}/{rel}: edited since it was generated; not overwritten (use --force)", file=sys.stderr)
    for line in report.duplicates + report.failed:
        print(line, file=sys.stderr)
    print(
        f"{len(report.written)} written, {len(report.unchanged)} unchanged, {len(report.duplicates)} duplicate, "
        f"{len(report.kept_edited)} kept (edited), {len(report.failed)} failed",
        file=sys.stderr,
    )
    return 0 if report.ok else 1


def cmd_tag(args: argparse.Namespace) -> int:
    from briefings.errors import TaggingError
    from briefings.evidence import evidence_lines
    from briefings.gazetteer import Gazetteer
    from briefings.ingest import read_articles
    from briefings.model import Briefing
    from briefings.records import briefing_record
    from briefings.registry import Registry
    from briefings.slugs import slugify
    from briefings.tagging import tag_articles

    errors: list[str] = []
    articles = list(read_articles(args.paths, errors))
    registry = Registry.load(args.registry)
    for n, (article, tags) in enumerate(zip(articles, tag_articles(articles, Gazetteer.default(),
                                                                   _tagger(args.jobs), registry))):
        if isinstance(tags, TaggingError):
            errors.append(str(tags))
            continue
        if args.why:
            print("\n".join(([""] if n else []) + list(evidence_lines(article, tags))), flush=False)
            continue
        record = briefing_record(Briefing(article, tags, slugify(article.title)))
        print(json.dumps(record, ensure_ascii=False, indent=None if args.jsonl else 2), flush=False)
    for line in errors:
        print(line, file=sys.stderr)
    return 1 if errors else 0


def cmd_check(args: argparse.Namespace) -> int:
    from briefings.check import check_content

    problems = check_content(args.content)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s)", file=sys.stderr)
    return 1 if problems else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="briefings", description="News articles -> tagged briefing site.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("ingest", help="read, clean, tag and write one briefing per article")
    p.add_argument("paths", nargs="+", help="source files or folders (.txt, .md, .html, .jsonl)")
    p.add_argument("--out", default="content/briefings", help="output folder (default: content/briefings)")
    p.add_argument("--jobs", type=int, default=1, help="tagging worker processes (default: 1)")
    p.add_argument("--force", action="store_true", help="regenerate briefings edited by hand (keeps a .bak)")
    p.add_argument("--registry", default=REGISTRY, help=f"entity registry: aliases, blocked names (default: {REGISTRY})")
    p.set_defaults(run=cmd_ingest)

    p = sub.add_parser("tag", help="print the tags that ingest would write (JSON, or --why: the passages); writes nothing")
    p.add_argument("paths", nargs="+", help="source files or folders")
    shape = p.add_mutually_exclusive_group()
    shape.add_argument("--jsonl", action="store_true", help="one JSON object per line")
    shape.add_argument("--why", action="store_true",
                       help="for an editor: each tag with the passages that name it, as text")
    p.add_argument("--jobs", type=int, default=1, help="tagging worker processes (default: 1)")
    p.add_argument("--registry", default=REGISTRY, help=f"entity registry: aliases, blocked names (default: {REGISTRY})")
    p.set_defaults(run=cmd_tag)

    p = sub.add_parser("check", help="validate briefings; prints path:line: message")
    p.add_argument("content", nargs="?", default="content", help="content folder (default: content)")
    p.set_defaults(run=cmd_check)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except BriefingsError as error:
        print(f"briefings: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
