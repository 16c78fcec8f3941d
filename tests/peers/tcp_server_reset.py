"""Resets the connection (SO_LINGER {1, 0}, then close) after the first
message from the client arrives, as a crashed or killed server would.

usage: tcp_server_reset.py PORT
Prints "RECEIVED <hex>" then "RESET".
"""
import socket
import struct

from peer_common import listen, port_argument, say

server = listen(port_argument())
conn, _ = server.accept()
message = conn.recv(65536)
say("RECEIVED", message.hex())
conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
conn.close()
say("RESET")
