import math


# A ratio the benchmark could not compute (0/0) and an unbounded one, kept in extra_info: Python's
# json module writes them as bare NaN and Infinity.
def test_ratio(benchmark):
    benchmark.extra_info["hit_ratio"] = math.nan
    benchmark.extra_info["speedup"] = math.inf
    benchmark.extra_info["hits"] = 0
    benchmark(sum, range(100))
