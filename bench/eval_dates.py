"""Date-mention detection on the NEREL gold sets (../shared/eval/gold).

    .venv/bin/python bench/eval_dates.py [--published none|fixed|first] [--fp 40] [--missed 0] [FILES...]

Recall is counted as ``score_tags.py`` does: a gold mention is found when some
predicted ``text`` is a substring of it or vice versa (after lowercasing and
stripping punctuation). NEREL's DATE also covers durations («два года»), so 1.0
is out of reach. ``--published``: ``none`` resolves absolute expressions only;
``fixed`` uses 2018-06-15 (NEREL news are from the 2010s); ``first`` uses the
first full date written in the document, else ``fixed``. Prints predictions
that overlap no gold mention (likely false positives) to help precision.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefings.dates import default_morph, extract_dates  # noqa: E402

GOLD = ROOT.parent / "shared" / "eval" / "gold"
DEFAULT_FILES = [GOLD / "nerel-dev.jsonl", GOLD / "nerel-train.jsonl"]
FIXED = dt.date(2018, 6, 15)


def _norm(s: str) -> str:
    s = " ".join(s.lower().replace("ё", "е").split())
    return s.strip(" .,;:()«»\"'")


def _published(doc: dict, mode: str) -> dt.date | None:
    if mode == "none":
        return None
    if mode == "first":
        for m in extract_dates(doc["text"], None):
            if len(m.value) == 10:
                return dt.date.fromisoformat(m.value)
    return FIXED


def evaluate(path: Path, mode: str, fp_sample: int, missed_sample: int, rng: random.Random) -> None:
    docs = [json.loads(line) for line in path.open(encoding="utf-8")]
    gold_n = found = pred_n = overlap_n = 0
    fps, missed = [], []
    elapsed = 0.0
    for doc in docs:
        if "dates" not in (doc.get("layers") or []):
            continue
        text = doc["text"]
        pub = _published(doc, mode)
        t0 = time.perf_counter()
        preds = extract_dates(text, pub)
        elapsed += time.perf_counter() - t0
        pred_n += len(preds)
        pt = [p for p in (_norm(m.text) for m in preds) if len(p) >= 2]
        for g in doc.get("date_mentions") or []:
            gn = _norm(g["text"])
            if not gn:
                continue
            gold_n += 1
            if any(p in gn or gn in p for p in pt):
                found += 1
            else:
                missed.append(g["text"])
        spans = [(g["start"], g["end"]) for g in doc.get("date_mentions") or []]
        for m in preds:
            if any(a < m.stop and m.start < b for a, b in spans):
                overlap_n += 1
            else:
                ctx = text[max(0, m.start - 40):m.stop + 30].replace("\n", " ")
                fps.append(f"{m.value:>22}  {m.text!r:30}  …{ctx}…")
    ndocs = len(docs)
    print(f"{path.name}: docs {ndocs}  gold {gold_n}  found {found}  recall {found / max(gold_n, 1):.4f}  "
          f"pred {pred_n} ({pred_n / max(ndocs, 1):.2f}/doc)  overlapping gold {overlap_n / max(pred_n, 1):.3f}  "
          f"{1000 * elapsed / max(ndocs, 1):.2f} ms/doc  [published={mode}]")
    if fp_sample and fps:
        print(f"  predictions overlapping no gold mention: {len(fps)}; a sample:")
        for line in rng.sample(fps, min(fp_sample, len(fps))):
            print("   ", line)
    if missed_sample and missed:
        print(f"  missed gold mentions, a sample of {len(missed)}:")
        for text in rng.sample(missed, min(missed_sample, len(missed))):
            print("   ", repr(text))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path, default=DEFAULT_FILES)
    ap.add_argument("--published", choices=("none", "fixed", "first"), default="first")
    ap.add_argument("--fp", type=int, default=30, help="false-positive candidates to print")
    ap.add_argument("--missed", type=int, default=0, help="missed gold mentions to print")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    default_morph()  # load once, outside the timing
    for path in args.files:
        evaluate(path, args.published, args.fp, args.missed, random.Random(args.seed))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
