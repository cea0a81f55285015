"""How long `prosopograph serve` takes to stop after Ctrl-C (SIGINT), with a browser-like connection open.

    PYTHONPATH=src python bench/bench_serve_stop.py KB.sqlite [--runs 10]

Each run starts `prosopograph serve` on a free port, waits until it answers, opens a keep-alive
connection and makes one request on it (as a browser would, then leaves it open), sends SIGINT and
times until the process has exited. Prints the times, their median and maximum, and one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.request


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def one_stop(db: str) -> float:
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "prosopograph.cli", "serve", "--db", db, "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2).read()
            break
        except OSError:
            if time.monotonic() > deadline or proc.poll() is not None:
                proc.kill()
                raise SystemExit("the workbench did not start") from None
            time.sleep(0.1)
    with socket.create_connection(("127.0.0.1", port)) as browser:
        browser.sendall(b"GET / HTTP/1.1\r\nHost: localhost\r\n\r\n")
        browser.recv(64)
        started = time.perf_counter()
        proc.send_signal(signal.SIGINT)
        proc.wait(30)
        return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    load = os.getloadavg()[0]
    times = [one_stop(args.db) for _ in range(args.runs)]
    print("stop times (s):", " ".join(f"{t:.3f}" for t in times))
    print(json.dumps({"runs": len(times), "median_s": round(statistics.median(times), 3),
                      "max_s": round(max(times), 3), "load_avg": [round(load, 2), round(os.getloadavg()[0], 2)]}))


if __name__ == "__main__":
    main()
