"""Baseline for bench/tag_throughput.py: the minimal natasha pipeline, as a command.

    python bench/_natasha_baseline.py [--jobs N] FILE...

Per file: read text → segment → morph (every sentence) → NER → normalize every span →
DatesExtractor; prints one JSON line per file (path, spans, dates), like
``briefings tag --jsonl``. ``--jobs N`` spreads files over N spawned worker
processes exactly the way ``briefings.parallel`` does (OPENBLAS/OMP/MKL threads = 1 in
workers, same chunk size), so the comparison is at the same process count.
``--load-only`` prints import and model-load seconds as JSON and exits.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor

_models = None


def load():
    from natasha import DatesExtractor, MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

    emb = NewsEmbedding()
    vocab = MorphVocab()
    return Segmenter(), vocab, NewsMorphTagger(emb), NewsNERTagger(emb), DatesExtractor(vocab)


def _init():
    global _models
    _models = load()


def process(path: str) -> str:
    from natasha import Doc

    segmenter, vocab, morph, ner, dates = _models
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    doc = Doc(text)
    doc.segment(segmenter)
    doc.tag_morph(morph)
    doc.tag_ner(ner)
    for span in doc.spans:
        span.normalize(vocab)
    found = [[m.start, m.stop, str(m.fact)] for m in dates(text)]
    record = {"path": path, "spans": [[s.type, s.normal or s.text] for s in doc.spans], "dates": found}
    return json.dumps(record, ensure_ascii=False)


def main(argv: list[str]) -> int:
    jobs = 1
    if argv[:1] == ["--load-only"]:
        t0 = time.perf_counter()
        import natasha  # noqa: F401

        t1 = time.perf_counter()
        load()
        t2 = time.perf_counter()
        print(json.dumps({"import_s": t1 - t0, "load_s": t2 - t1}))
        return 0
    if argv[:1] == ["--jobs"]:
        jobs, argv = int(argv[1]), argv[2:]
    out = sys.stdout
    if jobs <= 1 or len(argv) < 2:
        _init()
        for path in argv:
            out.write(process(path) + "\n")
        return 0
    names = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")
    os.environ.update({name: "1" for name in names})
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_init) as pool:
        chunk = max(1, min(16, len(argv) // (jobs * 4)))
        for line in pool.map(process, argv, chunksize=chunk):
            out.write(line + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
