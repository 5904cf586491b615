"""Tagger speed against a minimal natasha pipeline on the same gold texts (issue 7).

    .venv/bin/python bench/tag_speed.py [SET] [--limit N]

Minimal = segment + morph + NER + normalize every span + DatesExtractor over whole
documents. Prints docs/s of both and their ratio (goal: Tagger ≥ 0.8 × minimal).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("set", nargs="?", default="nerel-dev")
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    gold = ROOT.parent / "shared" / "eval" / "gold" / f"{args.set}.jsonl"
    texts = [json.loads(line)["text"] for line in gold.open(encoding="utf-8") if line.strip()]
    texts = texts[: args.limit] if args.limit else texts

    from natasha import DatesExtractor, Doc

    from briefings.nlp import Tagger
    from briefings.sources import read_text

    tagger = Tagger.load()
    m = tagger.models
    dates = DatesExtractor(m.morph_vocab)
    articles = [read_text(f"{i}.txt", t) for i, t in enumerate(texts)]

    def minimal():
        for article in articles:
            doc = Doc(article.text)
            doc.segment(m.segmenter)
            doc.tag_morph(m.morph_tagger)
            doc.tag_ner(m.ner_tagger)
            for span in doc.spans:
                span.normalize(m.morph_vocab)
            list(dates(article.text))

    def ours():
        for article in articles:
            tagger(article)

    rates = {}
    for name, run in (("minimal", minimal), ("tagger", ours), ("minimal", minimal), ("tagger", ours)):
        t0 = time.perf_counter()
        run()
        rate = len(articles) / (time.perf_counter() - t0)
        rates[name] = max(rates.get(name, 0), rate)
    print(f"{args.set}: minimal {rates['minimal']:.1f} docs/s, tagger {rates['tagger']:.1f} docs/s, "
          f"ratio {rates['tagger'] / rates['minimal']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
