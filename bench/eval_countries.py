"""Score the country gazetteer alone against the shared gold sets.

    python bench/eval_countries.py                      # every countries gold file
    python bench/eval_countries.py --gold ../shared/eval/gold/nerel-train.jsonl --worst 15
    python bench/eval_countries.py --capitals never     # compare capital policies
    python bench/eval_countries.py --baseline           # Babel names only (no tables)

Prediction per document: ``{hit.code for hit in Gazetteer.default().find(text)}``.
Scoring follows ``shared/eval/README.md``: TP = pred ∩ gold, FN = gold − pred,
FP = pred − (gold ∪ countries_lenient), micro-averaged over the docs whose ``layers``
include ``countries``. ``--worst N`` prints the codes with most FP / FN with a short
context (FP: the matched words; FN: the title) to guide work on the data tables.
Corpus text is only printed, never stored.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from briefings.gazetteer import Gazetteer  # noqa: E402

_default = Gazetteer.default

GOLD_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "gold"


def baseline() -> Gazetteer:
    """Babel's Russian names and their pymorphy2 case forms only: the naive starting point."""
    data = json.loads(Path(_data_path()).read_text(encoding="utf-8"))
    for country in data["countries"].values():
        babel = country["babel"]
        forms = country["forms"]["name"]
        keep = [f for f in forms if f == babel or _same_lemma(f, babel)]
        country["forms"] = {"name": [babel, *keep]}
    return Gazetteer(data, capitals="never")


def _same_lemma(form: str, babel: str) -> bool:
    # Case forms of the Babel name share its first three letters and its word count.
    return form.split()[0][:3].lower() == babel.split()[0][:3].lower() and \
        len(form.split()) == len(babel.split())


def _data_path() -> str:
    from importlib import resources

    return str(resources.files("briefings").joinpath("data/countries.json"))


def score(gaz: Gazetteer, path: Path, worst: int, without: frozenset = frozenset()) -> dict:
    tp = fp = fn = docs = 0
    fps: dict[str, list[str]] = collections.defaultdict(list)
    fns: dict[str, list[str]] = collections.defaultdict(list)
    elapsed = 0.0
    with open(path, encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            if "countries" not in doc["layers"]:
                continue
            docs += 1
            text = doc["text"]
            t0 = time.perf_counter()
            hits = [h for h in gaz.find(text) if h.how not in without]
            elapsed += time.perf_counter() - t0
            pred = {h.code for h in hits}
            gold = set(doc["countries"])
            lenient = set(doc.get("countries_lenient", ()))
            tp += len(pred & gold)
            fn += len(gold - pred)
            fp += len(pred - gold - lenient)
            for code in pred - gold - lenient:
                h = next(h for h in hits if h.code == code)
                ctx = text[max(0, h.start - 40):h.stop + 40].replace("\n", " ")
                fps[code].append(f"[{h.how}] …{ctx}…")
            for code in gold - pred:
                fns[code].append(f"{doc['id']}: {text.splitlines()[0][:90]}")
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    result = {"file": path.name, "docs": docs, "tp": tp, "fp": fp, "fn": fn,
              "p": p, "r": r, "f1": f1, "ms_per_doc": 1000 * elapsed / max(docs, 1)}
    if worst:
        for label, table in (("FP", fps), ("FN", fns)):
            ranked = sorted(table.items(), key=lambda kv: -len(kv[1]))[:worst]
            for code, examples in ranked:
                print(f"  {label} {code} ×{len(examples)}")
                for ex in examples[:3]:
                    print(f"      {ex}")
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, nargs="*", help="gold JSONL files (default: all)")
    ap.add_argument("--worst", type=int, default=0, help="print the N worst FP/FN codes")
    ap.add_argument("--capitals", choices=("always", "actor", "never"), default=None)
    ap.add_argument("--baseline", action="store_true", help="Babel names only")
    ap.add_argument("--without", default="", help="ablation: drop hits of these kinds "
                    "(comma-separated: name,abbr,adjective,demonym,capital)")
    args = ap.parse_args(argv)
    paths = args.gold or sorted(p for p in GOLD_DIR.glob("*.jsonl") if "factru" not in p.name)
    if args.baseline:
        gaz = baseline()
    else:
        gaz = _default() if args.capitals is None else Gazetteer(
            json.loads(Path(_data_path()).read_text(encoding="utf-8")), capitals=args.capitals)
    rows = []
    for path in paths:
        if args.worst:
            print(f"== {path.name}")
        rows.append(score(gaz, path, args.worst, frozenset(filter(None, args.without.split(",")))))
    print(f"{'file':36} {'docs':>5} {'tp':>5} {'fp':>4} {'fn':>4} {'P':>6} {'R':>6} {'F1':>6} {'ms/doc':>7}")
    tot = collections.Counter()
    for r in rows:
        print(f"{r['file']:36} {r['docs']:5} {r['tp']:5} {r['fp']:4} {r['fn']:4} "
              f"{r['p']:6.3f} {r['r']:6.3f} {r['f1']:6.3f} {r['ms_per_doc']:7.2f}")
        tot.update({k: r[k] for k in ("docs", "tp", "fp", "fn")})
    p = tot["tp"] / max(tot["tp"] + tot["fp"], 1)
    r = tot["tp"] / max(tot["tp"] + tot["fn"], 1)
    print(f"{'ALL':36} {tot['docs']:5} {tot['tp']:5} {tot['fp']:4} {tot['fn']:4} "
          f"{p:6.3f} {r:6.3f} {2 * p * r / max(p + r, 1e-9):6.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
