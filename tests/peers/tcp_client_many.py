#!/usr/bin/env python3
"""N concurrent clients: all connect first, then each sends one line and
checks its reply.

Usage: tcp_client_many.py PORT N EXPECTED_PREFIX
Client i sends "client-<i>\\n" once all N are connected and expects
"<EXPECTED_PREFIX>client-<i>\\n" back. Prints "CONNECTED <N>" when every
client is connected and, at the end, "OK <ok> FAIL <failed>".
"""
import socket
import sys
import threading

port = int(sys.argv[1])
count = int(sys.argv[2])
prefix = sys.argv[3].encode("utf-8")
barrier = threading.Barrier(count + 1)
results = [False] * count


def client(i):
    try:
        s = socket.create_connection(("127.0.0.1", port), timeout=60)
    except OSError:
        barrier.abort()
        return
    try:
        barrier.wait()
        message = f"client-{i}".encode()
        s.sendall(message + b"\n")
        reply = b""
        while not reply.endswith(b"\n"):
            chunk = s.recv(4096)
            if not chunk:
                break
            reply += chunk
        results[i] = reply == prefix + message + b"\n"
    except (OSError, threading.BrokenBarrierError):
        pass
    finally:
        s.close()


threads = [threading.Thread(target=client, args=(i,)) for i in range(count)]
for t in threads:
    t.start()
try:
    barrier.wait()
    print("CONNECTED", count, flush=True)
except threading.BrokenBarrierError:
    print("CONNECT-FAILED", flush=True)
for t in threads:
    t.join()
ok = sum(results)
print("OK", ok, "FAIL", count - ok, flush=True)
