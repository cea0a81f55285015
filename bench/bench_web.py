"""Workbench latency: every page and JSON endpoint, requested in turn through the ASGI app.

    python bench/bench_web.py KB.sqlite [--rounds 20]

Prints one JSON object (p50/p95 in ms per route); figures are kept in bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time

from fastapi.testclient import TestClient

from prosopograph.web import create_app

ROUTES = ["/", "/ask?q=When+was+he+born%3F", "/source/1?chapter=2", "/entity/1", "/timeline", "/compare",
          "/api/timeline", "/api/network", "/api/places", "/api/people", "/api/search?q=exile"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    client = TestClient(create_app(args.db))
    result: dict[str, dict[str, float]] = {}
    for route in ROUTES:
        client.get(route)
        times = []
        for _ in range(args.rounds):
            t = time.perf_counter()
            assert client.get(route).status_code == 200, route
            times.append((time.perf_counter() - t) * 1000)
        times.sort()
        result[route] = {"p50_ms": round(statistics.median(times), 1),
                         "p95_ms": round(times[int(0.95 * (len(times) - 1))], 1)}
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
