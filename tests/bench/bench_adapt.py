#!/usr/bin/env python3
"""Time and peak memory of `benchconnect adapt` on large generated inputs.

Writes, in a scratch folder, a Google Benchmark JSON file of about 50 MB and 100,000 results of
each format (Criterion: 100,000 benchmark folders), then runs the real program once per input
under /usr/bin/time and prints the wall time, the peak resident memory and the results printed.
It asserts nothing; the figures go in the README.

    tests/bench/bench_adapt.py build/cli/benchconnect [SCRATCH_DIR] [--count N]
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

COUNT = 100_000


def gbench(path, count, repetitions=1, pad=0):
    with open(path, "w") as out:
        out.write('{"context": {"date": "2026-11-28T05:00:00+00:00", "host_name": "bench", '
                  '"executable": "./bench", "num_cpus": 2, "mhz_per_cpu": 2500, '
                  '"cpu_scaling_enabled": false, "caches": [], "load_avg": [1.0], '
                  '"library_build_type": "release"},\n"benchmarks": [\n')
        first = True
        for i in range(count):
            for r in range(repetitions):
                row = {"name": f"BM_Sort<int>/{i}/threads:1", "family_index": i % 100,
                       "per_family_instance_index": i, "run_name": f"BM_Sort<int>/{i}/threads:1",
                       "run_type": "iteration", "repetitions": repetitions, "repetition_index": r,
                       "threads": 1, "iterations": 1000 + i, "real_time": 123.456 + i + r,
                       "cpu_time": 120.5 + i, "time_unit": "ns", "items_per_second": 8.1e6,
                       "label": "x" * pad}
                out.write(("" if first else ",\n") + json.dumps(row))
                first = False
        out.write("\n]}\n")


def hyperfine(path, count):
    results = [{"command": f"sleep {i}", "mean": 0.01, "stddev": 0.001, "median": 0.01,
                "user": 0.001, "system": 0.001, "min": 0.009, "max": 0.011,
                "times": [0.009, 0.01, 0.011], "exit_codes": [0, 0, 0],
                "parameters": {"n": str(i)}} for i in range(count)]
    with open(path, "w") as out:
        json.dump({"results": results}, out)


def custom(path, count):
    with open(path, "w") as out:
        json.dump([{"name": f"bench {i}", "unit": "ns", "value": 100 + i,
                    "range": "± 3", "extra": "x"} for i in range(count)], out)


def pytest(path, count):
    benchmarks = [{"group": "g", "name": f"test_x[{i}]", "fullname": f"test_b.py::test_x[{i}]",
                   "params": {"i": i}, "param": str(i), "extra_info": {},
                   "options": {"min_rounds": 5}, "stats": {"min": 1e-6, "max": 2e-6, "mean": 1.5e-6,
                   "stddev": 1e-7, "rounds": 5, "median": 1.5e-6, "iqr": 1e-7, "q1": 1.4e-6,
                   "q3": 1.6e-6, "iqr_outliers": 0, "stddev_outliers": 0, "outliers": "0;0",
                   "ld15iqr": 1e-6, "hd15iqr": 2e-6, "ops": 666666.0, "total": 7.5e-6,
                   "data": [1e-6, 1.4e-6, 1.5e-6, 1.6e-6, 2e-6], "iterations": 1}}
                  for i in range(count)]
    with open(path, "w") as out:
        json.dump({"machine_info": {"node": "bench", "python_implementation": "CPython",
                                    "python_version": "3.11.2"},
                   "commit_info": {}, "benchmarks": benchmarks,
                   "datetime": "2026-11-28T05:00:00", "version": "3.2.2"}, out)


def catch2(path, count):
    with open(path, "w") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n<Catch name="bench">\n'
                  '  <Group name="bench">\n    <TestCase name="many" tags="[bench]" '
                  'filename="bench.cpp" line="1">\n')
        for i in range(count):
            out.write(f'      <BenchmarkResults name="b{i}" samples="10" resamples="100" '
                      f'iterations="100" clockResolution="20" estimatedDuration="1000">\n'
                      f'        <mean value="{100 + i}" lowerBound="99" upperBound="101" ci="0.95"/>\n'
                      f'        <standardDeviation value="1" lowerBound="0.9" upperBound="1.1" '
                      f'ci="0.95"/>\n        <outliers variance="0.1" lowMild="0" lowSevere="0" '
                      f'highMild="0" highSevere="0"/>\n      </BenchmarkResults>\n')
        out.write('      <OverallResult success="true"/>\n    </TestCase>\n'
                  '    <OverallResults successes="0" failures="0" expectedFailures="0"/>\n'
                  '  </Group>\n  <OverallResults successes="0" failures="0" '
                  'expectedFailures="0"/>\n</Catch>\n')


def go(path, count):
    with open(path, "w") as out:
        out.write("goos: linux\ngoarch: amd64\npkg: example.org/bench\ncpu: Bench CPU\n")
        for i in range(count):
            out.write(f"BenchmarkX/n={i}-2 \t 1000000\t {100 + i}.5 ns/op\t 16 B/op\t 1 allocs/op\n")
        out.write("PASS\nok  \texample.org/bench\t1.000s\n")


def criterion(path, count):
    sample = json.dumps({"sampling_mode": "Linear", "iters": [float(i) for i in range(1, 11)],
                         "times": [float(100 * i) for i in range(1, 11)]})
    point = {"confidence_interval": {"confidence_level": 0.95, "lower_bound": 99.0,
                                     "upper_bound": 101.0}, "point_estimate": 100.0,
             "standard_error": 1.0}
    estimates = json.dumps({k: point for k in ("mean", "median", "median_abs_dev", "slope",
                                                "std_dev")})
    for i in range(count):
        d = os.path.join(path, f"g{i // 1000}", str(i % 1000), "new")
        os.makedirs(d)
        full = f"g{i // 1000}/{i % 1000}"
        with open(os.path.join(d, "benchmark.json"), "w") as out:
            json.dump({"group_id": f"g{i // 1000}", "function_id": None, "value_str": str(i % 1000),
                       "throughput": None, "full_id": full, "directory_name": full,
                       "title": full}, out)
        with open(os.path.join(d, "sample.json"), "w") as out:
            out.write(sample)
        with open(os.path.join(d, "estimates.json"), "w") as out:
            out.write(estimates)


def vitest(path, count):
    benchmarks = [{"id": f"1_{i}", "name": f"bench {i}", "rank": 1, "rme": 1.5, "samples": [],
                   "totalTime": 500.0, "min": 0.001, "max": 0.01, "hz": 200000.0,
                   "period": 0.005, "mean": 0.005, "variance": 1e-6, "sd": 0.001, "sem": 1e-5,
                   "df": 99, "critical": 1.96, "moe": 2e-5, "p75": 0.006, "p99": 0.009,
                   "p995": 0.0095, "p999": 0.0099, "sampleCount": 100, "median": 0.005}
                  for i in range(count)]
    with open(path, "w") as out:
        json.dump({"files": [{"filepath": "/p/src/a.bench.js",
                              "groups": [{"fullName": "src/a.bench.js > g",
                                          "benchmarks": benchmarks}]}]}, out)


def measure(program, fmt, path):
    command = ["/usr/bin/time", "-f", "%e %M", program, "adapt", fmt, "--path", path,
               "--max-input-size", "1024"]
    env = dict(os.environ, BENCHCONNECT_PROJECT_DETECTION="off", BENCHCONNECT_LANGUAGE="en")
    done = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    lines = done.stdout.count(b"\n")
    seconds, kib = done.stderr.decode().strip().splitlines()[-1].split()
    return done.returncode, float(seconds), int(kib) / 1024, lines


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--count")]
    count = COUNT
    for a in sys.argv[1:]:
        if a.startswith("--count="):
            count = int(a.split("=", 1)[1])
    program = os.path.abspath(args[0])
    scratch = args[1] if len(args) > 1 else tempfile.mkdtemp(prefix="bench-adapt-")
    os.makedirs(scratch, exist_ok=True)
    inputs = []
    big = os.path.join(scratch, "gbench-50mb.json")
    gbench(big, 60_300, repetitions=1, pad=480)
    inputs.append(("gbench", big, "Google Benchmark, %.0f MB" % (os.path.getsize(big) / 1e6)))
    for fmt, make, name in (("gbench", gbench, "gbench.json"), ("hyperfine", hyperfine, "hf.json"),
                            ("custom", custom, "custom.json"), ("pytest", pytest, "pytest.json"),
                            ("catch2", catch2, "catch2.xml"), ("go", go, "go.txt"),
                            ("criterion", criterion, "criterion"), ("vitest", vitest, "vitest.json")):
        path = os.path.join(scratch, name)
        make(path, count)
        size = sum(os.path.getsize(os.path.join(r, f)) for r, _, fs in os.walk(path) for f in fs) \
            if os.path.isdir(path) else os.path.getsize(path)
        inputs.append((fmt, path, "%s, %d results, %.0f MB" % (fmt, count, size / 1e6)))
    print("%-40s %8s %10s %9s %s" % ("input", "seconds", "peak MiB", "results", "status"))
    for fmt, path, label in inputs:
        status, seconds, mib, lines = measure(program, fmt, path)
        print("%-40s %8.1f %10.0f %9d %s" % (label, seconds, mib, lines, status), flush=True)
    if len(args) < 2:
        shutil.rmtree(scratch)


if __name__ == "__main__":
    main()
