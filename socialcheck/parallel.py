"""An ordered, streaming, bounded process pool for folder scans.

:func:`map_ordered` is the one entry point. The runner uses it to check the
files of a folder walk on all cores; the media scan can use it for images.
Design points:

- **Same output as one process.** Results come back in the order of the
  input, so a report built from ``jobs=4`` is identical to one from ``jobs=1``.
- **Streaming, bounded memory.** Items are taken from the input lazily and at
  most ``jobs * prefetch`` chunks are in flight; results are yielded as soon
  as the head of the queue is done. The caller decides what to keep (the
  runner keeps findings, never documents).
- **Built once per worker.** ``initializer(*initargs)`` runs once in every
  worker process, before its first item: the place to build the lexicon, the
  rule pack and the config cache, which then serve every file that worker
  checks.
- **No pool for one job.** ``jobs=1`` (or a single item) runs inline in the
  calling process: the initializer once, then ``fn`` per item. Tracebacks,
  debuggers and profilers behave as in plain code.

Workers use the ``fork`` start method where the platform has it (cheap: the
imported modules are shared copy-on-write), else the platform default, in
which case ``fn``, ``initializer`` and the items must be picklable top-level
objects. Workers ignore SIGINT: Ctrl-C is handled once, in the caller, which
stops the pool.
"""

from __future__ import annotations

import itertools
import os
import signal
import sys
from collections import deque
from typing import Callable, Iterable, Iterator, TypeVar

# concurrent.futures.process and multiprocessing are imported only when a pool
# is started (about 30 ms, which a one-file check should not pay).

T = TypeVar("T")
R = TypeVar("R")

__all__ = ["map_ordered", "effective_jobs", "WorkerCrashed"]


class WorkerCrashed(RuntimeError):
    """A worker process died (killed, out of memory, crashed interpreter)
    before returning its result. ``str()`` is one line."""


def effective_jobs(jobs: int) -> int:
    """Number of worker processes for a ``--jobs`` value.

    Args:
        jobs: ``0`` (or negative) means one per usable CPU core; a positive
            number is taken as is.

    Returns:
        An ``int >= 1``: the cores this process may run on (CPU affinity, as
        ``taskset`` or a container limit sets it) when ``jobs <= 0``.
    """
    if jobs and jobs > 0:
        return jobs
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def _mp_context():
    import multiprocessing
    if "fork" in multiprocessing.get_all_start_methods() and sys.platform != "darwin":
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()  # pragma: no cover - macOS/Windows


def _worker_init(initializer: Callable | None, initargs: tuple) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if initializer is not None:
        initializer(*initargs)


def _run_chunk(fn: Callable, chunk: list) -> list:
    return [fn(item) for item in chunk]


def map_ordered(fn: Callable[[T], R], items: Iterable[T], jobs: int = 0,
                initializer: Callable[..., None] | None = None, initargs: tuple = (),
                chunksize: int = 1, prefetch: int = 4) -> Iterator[R]:
    """Yield ``fn(item)`` for every item, in input order, using ``jobs`` processes.

    Args:
        fn: function of one item; runs in a worker process (a picklable,
            module-level function when the platform cannot fork).
        items: any iterable; consumed lazily, never copied whole.
        jobs: worker processes; ``0`` = one per core (:func:`effective_jobs`);
            ``1`` runs inline in this process without a pool.
        initializer: called once per worker with ``initargs`` before its first
            item (inline: once in this process before the first item).
        initargs: arguments for ``initializer`` (picklable).
        chunksize: items sent to a worker at a time (raise it for many cheap
            items, e.g. small text files; keep 1 for heavy ones like images).
        prefetch: chunks in flight per worker; bounds memory to about
            ``jobs * prefetch * chunksize`` items and their results.

    Yields:
        ``fn(item)`` results, in the order of ``items``, as soon as available.

    Raises:
        Exception: whatever ``fn`` or ``initializer`` raises, at the position
            of the item that raised it; the remaining work is cancelled.
        WorkerCrashed: a worker process died.
    """
    n = effective_jobs(jobs)
    chunksize = max(1, int(chunksize))
    it = iter(items)
    if n == 1:
        yield from _inline(fn, it, initializer, initargs)
        return
    # Peek: no pool for zero or one item.
    head = list(itertools.islice(it, 2))
    if len(head) < 2:
        yield from _inline(fn, iter(head), initializer, initargs)
        return
    it = itertools.chain(head, it)
    # Forked workers inherit unflushed stdio buffers and would flush them again.
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (AttributeError, OSError, ValueError):
            pass
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    chunks = iter(lambda: list(itertools.islice(it, chunksize)), [])
    pool = ProcessPoolExecutor(max_workers=n, mp_context=_mp_context(), initializer=_worker_init,
                               initargs=(initializer, initargs))
    pending: deque = deque()
    limit = n * max(1, int(prefetch))
    clean = False
    try:
        try:
            for chunk in itertools.islice(chunks, limit):
                pending.append(pool.submit(_run_chunk, fn, chunk))
        except BrokenProcessPool:       # a worker died before all first chunks were handed out
            raise WorkerCrashed("a worker process stopped unexpectedly (out of memory or killed?)") from None
        while pending:
            fut = pending.popleft()
            try:
                results = fut.result()
                nxt = next(chunks, None)
                if nxt is not None:
                    pending.append(pool.submit(_run_chunk, fn, nxt))
            except BrokenProcessPool:   # from the result, or from handing out work after a worker died
                raise WorkerCrashed("a worker process stopped unexpectedly (out of memory or killed?)") from None
            yield from results
        clean = True
    finally:
        if clean:
            pool.shutdown(wait=True)
        else:  # error, Ctrl-C or the consumer stopped early: stop now
            for fut in pending:
                fut.cancel()
            _kill_workers(pool)
            pool.shutdown(wait=True, cancel_futures=True)


def _inline(fn: Callable, it: Iterator, initializer: Callable | None, initargs: tuple) -> Iterator:
    first = True
    for item in it:
        if first and initializer is not None:
            initializer(*initargs)
        first = False
        yield fn(item)


def _kill_workers(pool) -> None:
    procs = getattr(pool, "_processes", None) or {}
    for p in list(procs.values()):
        try:
            p.terminate()
        except (OSError, AttributeError):  # pragma: no cover - already gone
            pass
