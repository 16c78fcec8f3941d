#!/usr/bin/env python3
"""A conversation client: sends lines and prints each reply.

Usage: tcp_client_conversation.py PORT [--reset] [MESSAGE...]
Prints "CONNECTED <local port>" once connected. Each message is sent with a
trailing "\\n" and answered by one line (read up to "\\n"); the reply is
printed as "REPLY <hex>". Without MESSAGE arguments the messages are read from
stdin, one per line, until stdin closes. After the last message the client
waits for the server to close and prints "EOF", or "RESET" if the server reset
the connection. With --reset the client instead ends with SO_LINGER {1, 0}
and close(), which sends RST, and prints "RESET-SENT".
"""
import socket
import struct
import sys

args = sys.argv[1:]
port = int(args.pop(0))
reset = False
if args and args[0] == "--reset":
    reset = True
    args.pop(0)

s = socket.create_connection(("127.0.0.1", port), timeout=60)
print("CONNECTED", s.getsockname()[1], flush=True)
buffer = b""


def read_line():
    global buffer
    while b"\n" not in buffer:
        chunk = s.recv(4096)
        if not chunk:
            rest, buffer = buffer, b""
            return rest, False
        buffer += chunk
    line, _, buffer = buffer.partition(b"\n")
    return line + b"\n", True


def messages():
    if args:
        yield from args
    else:
        for line in sys.stdin:
            yield line.rstrip("\n")


try:
    for message in messages():
        s.sendall(message.encode("utf-8") + b"\n")
        line, complete = read_line()
        print("REPLY", line.hex(), flush=True)
        if not complete:
            print("EOF", flush=True)
            sys.exit(0)
    if reset:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        s.close()
        print("RESET-SENT", flush=True)
        sys.exit(0)
    while True:
        chunk = s.recv(4096)
        if not chunk:
            break
        if buffer is not None:
            buffer += chunk
    print("EOF", flush=True)
except (ConnectionResetError, BrokenPipeError):
    print("RESET", flush=True)
