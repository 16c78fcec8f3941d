"""Shared helpers for the TCP test peers.

Every peer listens on 127.0.0.1 at the port given on the command line (0 lets
the kernel choose), prints one line "READY <port>" once it is listening, then
prints its results on stdout, one "KEY value..." line each, and exits.
"""
import hashlib
import socket
import sys


def listen(port):
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", port))
    server.listen(1)
    say("READY", server.getsockname()[1])
    return server


def say(*words):
    print(*words, flush=True)


def pattern(count):
    """count bytes of a fixed, non-repeating-looking pattern (the same on every run)."""
    out = bytearray()
    block = 0
    while len(out) < count:
        out += hashlib.sha256(block.to_bytes(8, "big")).digest()
        block += 1
    return bytes(out[:count])


def read_to_eof(conn):
    """Reads until the other side shuts down writing (or resets the connection,
    which is announced with a line "RESET BY CLIENT"); returns (count, sha256
    hex, the first 4096 bytes)."""
    digest = hashlib.sha256()
    total = 0
    kept = bytearray()
    while True:
        try:
            chunk = conn.recv(65536)
        except ConnectionResetError:
            say("RESET BY CLIENT")
            break
        if not chunk:
            break
        digest.update(chunk)
        total += len(chunk)
        if len(kept) < 4096:
            kept += chunk[: 4096 - len(kept)]
    return total, digest.hexdigest(), bytes(kept)


def port_argument():
    if len(sys.argv) < 2:
        sys.exit("usage: %s PORT [options]" % sys.argv[0])
    return int(sys.argv[1])
