"""Counts and hashes everything a client sends until it closes, and can send a
stream of its own at the same time.

usage: tcp_server_sink.py PORT [--send N]
  --send N  also send N bytes (peer_common.pattern) while reading; the
            connection is closed only after the client's FIN, because Qt
            closes a socket entirely when the peer's FIN arrives.
Prints "CLIENT <port>" (the client's port as seen here), "SENT <count>
<sha256>" (with --send), then "RECEIVED <count> <sha256> <hex of the first
4096 bytes>" once the client has shut down writing.
"""
import hashlib
import sys
import threading

from peer_common import listen, pattern, port_argument, read_to_eof, say

server = listen(port_argument())
send_count = 0
if "--send" in sys.argv:
    send_count = int(sys.argv[sys.argv.index("--send") + 1])
conn, client = server.accept()
say("CLIENT", client[1])


def send_stream():
    data = pattern(send_count)
    conn.sendall(data)
    say("SENT", len(data), hashlib.sha256(data).hexdigest())


# Writing from a thread while the main thread reads: a big stream in both
# directions would deadlock with both sides only writing.
sender = threading.Thread(target=send_stream) if send_count else None
if sender:
    sender.start()
total, digest, first = read_to_eof(conn)
if sender:
    sender.join()
say("RECEIVED", total, digest, first.hex())
conn.close()
