"""`prosopograph serve` as a user runs it: a process that answers HTTP and stops at once on Ctrl-C.

How long it takes to stop is measured in bench/ (bench/RESULTS.md); here the bound is only generous
enough to tell "stops" from "hangs" on a busy machine.
"""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

STOP_BOUND_S = 5.0
"""Well above the ≈ 0.2 s it takes (bench/RESULTS.md); a server that waits on its connections takes longer."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_served(url: str, proc: subprocess.Popen, within_s: float = 60.0) -> bytes:
    deadline = time.monotonic() + within_s
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.communicate()[1]
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                return response.read()
        except OSError:
            time.sleep(0.1)
    raise AssertionError(f"nothing answered at {url} within {within_s:g} s")


def test_serve_answers_and_stops_promptly_on_ctrl_c_with_a_connection_open(hostile_db: Path) -> None:
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "prosopograph.cli", "serve", "--db", str(hostile_db),
                             "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert b"Harbour" in wait_until_served(f"http://127.0.0.1:{port}/", proc)
        # a browser keeps its connection open between requests: the server must not wait for it to close
        browser = socket.create_connection(("127.0.0.1", port))
        browser.sendall(b"GET / HTTP/1.1\r\nHost: localhost\r\n\r\n")
        assert browser.recv(64).startswith(b"HTTP/1.1 200")
        proc.send_signal(signal.SIGINT)
        _, stderr = proc.communicate(timeout=STOP_BOUND_S)  # raises TimeoutExpired if it hangs on
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    browser.close()
    assert proc.returncode == 0, stderr
    assert stderr.strip().splitlines() == [f"prosopograph workbench on http://127.0.0.1:{port}/ (Ctrl-C to stop)"]
    with socket.socket() as s:  # nothing is left listening (closed connections may linger in TIME_WAIT)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind(("127.0.0.1", port))
