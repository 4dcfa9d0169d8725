import time

import pytest


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


# Sub-microsecond.
def test_noop(benchmark):
    benchmark(lambda: None)


# Parameterised, in a group.
@pytest.mark.benchmark(group="fib")
@pytest.mark.parametrize("n", [5, 15])
def test_fib(benchmark, n):
    assert benchmark(fib, n) > 0


# Multi-millisecond, a few rounds of pedantic mode with several iterations.
def test_sleep(benchmark):
    benchmark.pedantic(time.sleep, args=(0.003,), rounds=3, iterations=2)


# A single round.
def test_once(benchmark):
    benchmark.pedantic(sum, args=(range(1000),), rounds=1, iterations=1)


# A benchmark that raises: pytest-benchmark leaves it out of the file.
def test_raises(benchmark):
    def broken():
        raise ValueError("the input file is missing")
    benchmark(broken)


@pytest.mark.skip(reason="needs a network")
def test_skipped(benchmark):
    benchmark(lambda: None)
