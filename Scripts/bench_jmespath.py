#!/usr/bin/env python3
"""Measures jmespath.py on the benchmark cases of the JMESPath compliance suite.

The method is the one of the Swift `JMESPathBenchmark`, so the figures compare directly:
for each case and phase (parse = compile without the cache, interpret = search with a
compiled expression, full = both) a batch size is chosen so that one batch lasts at least
the minimum sample duration, then SAMPLES batches run and the median time per operation
is reported in nanoseconds.

Usage: Scripts/bench_jmespath.py [benchmarks.json] [--samples N] [--min-sample-ms MS] [--cpu-time]
(--cpu-time measures the thread's CPU time instead of wall time: steadier on a busy machine.)
Prints one JSON document: {"implementation", "python", "results": [{"name", "expression",
"bench", "parse_ns", "interpret_ns", "full_ns"}, ...]}.
"""
import argparse
import json
import os
import platform
import statistics
import time

import jmespath
from jmespath import parser as jmespath_parser

MAX_BATCH = 1 << 24


def default_suite_path():
    here = os.path.dirname(os.path.abspath(__file__))
    return os.path.normpath(os.path.join(here, "..", "..", "shared", "jmespath-compliance", "benchmarks.json"))


def load_cases(path):
    with open(path, encoding="utf-8") as handle:
        suites = json.load(handle)
    cases = []
    for suite in suites:
        for case in suite["cases"]:
            cases.append({
                "name": case.get("comment", case["expression"]),
                "expression": case["expression"],
                "given": suite["given"],
                "bench": case.get("bench", "full"),
            })
    return cases


CLOCK = time.perf_counter_ns


def time_batch(batch, count):
    start = CLOCK()
    batch(count)
    return CLOCK() - start


def median_per_operation(batch, samples, minimum_ns):
    count = 1
    while True:
        elapsed = time_batch(batch, count)
        if elapsed >= minimum_ns or count >= MAX_BATCH:
            break
        scaled = int(count * minimum_ns / elapsed * 1.2) if elapsed > 0 else count * 2
        count = min(MAX_BATCH, max(count * 2, scaled))
    return statistics.median(time_batch(batch, count) / count for _ in range(samples))


def measure(case, samples, minimum_ns):
    expression = case["expression"]
    given = case["given"]
    parser = jmespath_parser.Parser()
    compiled = parser._parse(expression)  # _parse skips the parser's cache.

    def parse_batch(count):
        for _ in range(count):
            parser._parse(expression)

    def interpret_batch(count):
        for _ in range(count):
            compiled.search(given)

    def full_batch(count):
        for _ in range(count):
            parser._parse(expression).search(given)

    return {
        "name": case["name"],
        "expression": expression,
        "bench": case["bench"],
        "parse_ns": median_per_operation(parse_batch, samples, minimum_ns),
        "interpret_ns": median_per_operation(interpret_batch, samples, minimum_ns),
        "full_ns": median_per_operation(full_batch, samples, minimum_ns),
    }


def main():
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("suite", nargs="?", default=default_suite_path(), help="path to benchmarks.json")
    arguments.add_argument("--samples", type=int, default=21, help="batches per phase (median taken)")
    arguments.add_argument("--min-sample-ms", type=float, default=5.0, help="minimum duration of one batch")
    arguments.add_argument("--cpu-time", action="store_true", help="measure thread CPU time, not wall time")
    options = arguments.parse_args()
    if options.cpu_time:
        global CLOCK
        CLOCK = time.thread_time_ns
    minimum_ns = options.min_sample_ms * 1e6
    results = [measure(case, max(1, options.samples), minimum_ns) for case in load_cases(options.suite)]
    print(json.dumps({
        "implementation": "jmespath.py " + jmespath.__version__,
        "python": platform.python_version(),
        "clock": "thread CPU time" if options.cpu_time else "wall time",
        "results": results,
    }, indent=2))


if __name__ == "__main__":
    main()
