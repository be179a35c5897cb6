"""socialcheck.parallel.map_ordered: the contract the runner and the media scan rely on."""

from __future__ import annotations

import itertools
import os
import time

import pytest

from socialcheck.parallel import WorkerCrashed, effective_jobs, map_ordered

_STATE: dict = {}


def _init(tag: str) -> None:
    _STATE["init_calls"] = _STATE.get("init_calls", 0) + 1
    _STATE["tag"] = tag


def _work(x: int) -> tuple[int, int, int, str]:
    time.sleep(0.002 * (x % 5))  # later items often finish first
    return x, os.getpid(), _STATE.get("init_calls", 0), _STATE.get("tag", "")


def _fail_on_7(x: int) -> int:
    if x == 7:
        raise ValueError("item 7 is bad")
    return x


def _die_on_3(x: int) -> int:
    if x == 3:
        os._exit(9)
    return x


@pytest.mark.parametrize("jobs,chunksize", [(1, 1), (2, 1), (3, 4), (0, 2)])
def test_results_in_input_order_and_initializer_once_per_worker(jobs, chunksize):
    _STATE.clear()  # jobs=1 initialises this process; forked workers would inherit that
    out = list(map_ordered(_work, range(40), jobs, initializer=_init, initargs=("klaar",), chunksize=chunksize))
    assert [r[0] for r in out] == list(range(40))
    assert {r[3] for r in out} == {"klaar"}
    assert {r[2] for r in out} == {1}  # every worker initialised exactly once, before its first item
    pids = {r[1] for r in out}
    if jobs == 1:
        assert pids == {os.getpid()}  # inline, no pool
    else:
        assert os.getpid() not in pids and len(pids) <= effective_jobs(jobs)


def test_exception_surfaces_at_its_item():
    got = []
    with pytest.raises(ValueError, match="item 7 is bad"):
        for x in map_ordered(_fail_on_7, range(20), 2):
            got.append(x)
    assert got == list(range(7))


def test_lazy_and_bounded_input():
    """An endless input: only a bounded number of items is taken before results flow."""
    taken = []

    def items():
        for i in itertools.count():
            taken.append(i)
            yield i

    first = list(itertools.islice(map_ordered(_fail_on_7, items(), 2, chunksize=2, prefetch=2), 5))
    assert first == [0, 1, 2, 3, 4]
    assert len(taken) <= 5 + 2 * 2 * 2 + 2  # results + jobs*prefetch chunks in flight (+ the peek)


def test_dead_worker_is_reported():
    with pytest.raises(WorkerCrashed):
        list(map_ordered(_die_on_3, range(10), 2))


def test_single_item_runs_inline():
    assert [r[1] for r in map_ordered(_work, [1], 4)] == [os.getpid()]
    assert list(map_ordered(_work, [], 4)) == []


def test_effective_jobs():
    assert effective_jobs(3) == 3
    assert effective_jobs(0) == effective_jobs(-1) >= 1
