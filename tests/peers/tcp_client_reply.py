#!/usr/bin/env python3
"""Classic client 2: connect, send one message, print the reply.

Usage: tcp_client_reply.py PORT MESSAGE_HEX
Reads until the server closes; prints "REPLY <hex of every byte received>".
"""
import socket
import sys

port = int(sys.argv[1])
message = bytes.fromhex(sys.argv[2])
with socket.create_connection(("127.0.0.1", port), timeout=30) as s:
    s.sendall(message)
    reply = b""
    while True:
        chunk = s.recv(4096)
        if not chunk:
            break
        reply += chunk
print("REPLY", reply.hex(), flush=True)
