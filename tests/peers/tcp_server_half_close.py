"""Teaches half-close: reads until the client shuts down writing (EOF), then
still answers on the same connection, and closes.

usage: tcp_server_half_close.py PORT
Prints "EOF <count> <hex of what was read>" when the client's FIN arrives,
then "REPLIED" after sending "reply after your FIN".
"""
from peer_common import listen, port_argument, read_to_eof, say

server = listen(port_argument())
conn, _ = server.accept()
total, _, first = read_to_eof(conn)
say("EOF", total, first.hex())
conn.sendall(b"reply after your FIN")
conn.close()
say("REPLIED")
