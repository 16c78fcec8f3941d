#!/usr/bin/env python3
"""Bulk sender: uploads N random bytes, then half-closes and drains replies.

Usage: tcp_client_bulk.py PORT N
Prints "SENT <n> <sha256 hex>" and, after the server closed, "RECEIVED <m>".
Sending and draining run in parallel so neither side's buffers fill up.
"""
import hashlib
import os
import socket
import sys
import threading

port = int(sys.argv[1])
size = int(sys.argv[2])
data = os.urandom(size)
s = socket.create_connection(("127.0.0.1", port), timeout=120)
received = 0


def drain():
    global received
    while True:
        chunk = s.recv(1 << 16)
        if not chunk:
            return
        received += len(chunk)


reader = threading.Thread(target=drain)
reader.start()
view = memoryview(data)
for offset in range(0, size, 1 << 16):
    s.sendall(view[offset:offset + (1 << 16)])
s.shutdown(socket.SHUT_WR)
print("SENT", size, hashlib.sha256(data).hexdigest(), flush=True)
reader.join()
s.close()
print("RECEIVED", received, flush=True)
