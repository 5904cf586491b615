"""Development loop for tagging: tag gold docs in-process, score with score_tags.py.

    .venv/bin/python bench/tag_dev.py [SET ...] [--limit N] [--out DIR]

Articles are read the way ``briefings tag`` reads them (``read_text`` on the gold
text); predictions go to DIR/<set>.pred.jsonl and are scored with
``../shared/eval/score_tags.py --pred`` (per-doc errors in DIR/<set>.json).
Nothing from the corpora is written into the project.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "eval" / "gold"
SCORER = ROOT.parent / "shared" / "eval" / "score_tags.py"
SETS = ["nerel-dev", "factru-dev", "slavicner-asia_bibi", "slavicner-brexit", "slavicner-covid-19",
        "slavicner-ryanair", "slavicner-us_election_2020"]
sys.path.insert(0, str(ROOT))


def safe_name(doc_id: str) -> str:
    import re

    return re.sub(r"[^A-Za-z0-9._-]+", "_", doc_id)


def _cache_analysis(tagger, folder: Path) -> None:
    import hashlib
    import pickle

    folder.mkdir(parents=True, exist_ok=True)
    analyze = tagger._analyze

    def cached(text: str):
        path = folder / (hashlib.sha1(text.encode("utf-8")).hexdigest() + ".pkl")
        if path.exists():
            return pickle.loads(path.read_bytes())
        doc = analyze(text)
        path.write_bytes(pickle.dumps(doc))
        return doc

    tagger._analyze = cached


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("sets", nargs="*", default=SETS)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--out", default="/tmp/tag_dev")
    ap.add_argument("--cache", help="pickle natasha's analysis per text here (for fast reruns; "
                    "clear it when Tagger._analyze changes); dates are skipped")
    args = ap.parse_args()

    from briefings import nlp
    from briefings.nlp import Tagger
    from briefings.sources import read_text

    tagger = Tagger.load()
    if args.cache:
        _cache_analysis(tagger, Path(args.cache))
        nlp.extract_dates = lambda *a, **k: ()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for name in args.sets:
        docs = [json.loads(line) for line in (GOLD / f"{name}.jsonl").open(encoding="utf-8") if line.strip()]
        if args.limit:
            docs = docs[: args.limit]
        pred = out / f"{name}.pred.jsonl"
        t0 = time.perf_counter()
        with pred.open("w", encoding="utf-8") as f:
            for d in docs:
                path = safe_name(d["id"]) + ".txt"
                article = read_text(path, d["text"])
                tags = tagger(article)
                f.write(json.dumps({
                    "path": path,
                    "countries": [e.code for e in tags.countries],
                    "people": [e.name for e in tags.people],
                    "organizations": [e.name for e in tags.organizations],
                }, ensure_ascii=False) + "\n")
        rate = len(docs) / (time.perf_counter() - t0)
        res = subprocess.run([sys.executable, str(SCORER), "--gold", str(GOLD / f"{name}.jsonl"), "--pred", str(pred),
                              "--details", "--out", str(out / f"{name}.json")] + (["--limit", str(args.limit)] if args.limit else []),
                             capture_output=True, text=True)
        row = [line for line in res.stdout.splitlines() if line.startswith(name[:34])]
        print(f"{row[0] if row else res.stdout + res.stderr}  {rate:.1f} docs/s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
