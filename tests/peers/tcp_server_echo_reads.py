#!/usr/bin/env python3
"""A server that answers every read: serves one client, and for each recv()
that returns data prints "RECEIVED <hex>" and sends back b"echo: " + data.
Prints "EOF" when the client closes.

usage: tcp_server_echo_reads.py PORT [--delay SECONDS]
  --delay  wait this long before each answer (a slow server)
"""
import sys
import time

from peer_common import listen, port_argument, say

server = listen(port_argument())
delay = float(sys.argv[sys.argv.index("--delay") + 1]) if "--delay" in sys.argv else 0.0
conn, _ = server.accept()
while True:
    data = conn.recv(65536)
    if not data:
        say("EOF")
        break
    say("RECEIVED", data.hex())
    time.sleep(delay)
    conn.sendall(b"echo: " + data)
