"""The classic server 1: reads one message, answers
"服务器已收到你的消息: <message>" in UTF-8 and closes.

usage: tcp_server_reply_once.py PORT [--silent]
  --silent  read the message but never answer; close when the client closes.
Prints "RECEIVED <hex of the message>" and then "DONE".
"""
import sys

from peer_common import listen, port_argument, say

server = listen(port_argument())
silent = "--silent" in sys.argv[2:]
conn, _ = server.accept()
message = conn.recv(65536)
say("RECEIVED", message.hex())
if silent:
    while conn.recv(65536):
        pass
else:
    conn.sendall("服务器已收到你的消息: ".encode("utf-8") + message)
conn.close()
say("DONE")
