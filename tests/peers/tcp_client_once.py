#!/usr/bin/env python3
"""Classic client 1: connect, send one message, close without reading.

Usage: tcp_client_once.py PORT MESSAGE_HEX
Prints "SENT <n>" after the send and "DONE" after the close.
"""
import socket
import sys

port = int(sys.argv[1])
message = bytes.fromhex(sys.argv[2])
with socket.create_connection(("127.0.0.1", port), timeout=30) as s:
    s.sendall(message)
    print("SENT", len(message), flush=True)
print("DONE", flush=True)
