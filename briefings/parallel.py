"""Tagging in worker processes: ``tag_all(articles, jobs)`` keeps input order.

Each worker imports ``briefings.nlp``, which pins numpy's OpenBLAS to one thread per
process before numpy loads (several BLAS threads per worker make two workers slower
than one).
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from typing import Iterator, Sequence

from briefings.errors import TaggingError
from briefings.model import Article, Tags
from briefings.tagging import tagged

_worker_tagger = None


def _init_worker() -> None:
    global _worker_tagger
    from briefings.nlp import Tagger

    _worker_tagger = Tagger.load()


def _tag_in_worker(article: Article) -> Tags | TaggingError:
    return tagged(_worker_tagger, article)


def tag_all(articles: Sequence[Article], jobs: int, tagger=None) -> Iterator[Tags | TaggingError]:
    """Tags of ``articles`` in order (a ``TaggingError`` in place of an article the tagger
    failed on); ``jobs > 1`` spreads them over worker processes."""
    if jobs <= 1 or len(articles) < 2:
        if tagger is None:
            from briefings.nlp import Tagger

            tagger = Tagger.load()
        for article in articles:
            yield tagged(tagger, article)
        return
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_init_worker) as pool:
        chunk = max(1, min(4, len(articles) // (jobs * 4)))  # small: long articles do not pile up at the end
        yield from pool.map(_tag_in_worker, articles, chunksize=chunk)
