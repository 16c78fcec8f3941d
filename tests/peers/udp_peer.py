#!/usr/bin/env python3
"""Independent UDP peer for NetLab's tests (plain Python sockets, no Qt).

Every mode prints one line per event on stdout and flushes it:
  PORT <n>                      the local port, once bound (always first)
  RECV <ip> <port> <hex>        a datagram arrived (empty hex: empty datagram)
  SENT <n>                      datagrams sent
  ERROR <ERRNO_NAME>            a socket call failed with that errno
  TIMEOUT                       nothing more arrived in time

Modes:
  recv  --bind ADDR [--port P] [--count N] [--timeout S]
  send  HOST PORT --hex HEX [--count N] [--bind ADDR] [--broadcast]
  ask   HOST PORT --hex HEX [--timeout S]     send once, print the answer
"""
import argparse
import errno
import socket
import sys


def say(line):
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def make_socket(bind_addr, port=0, broadcast=False):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    if broadcast:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
    s.bind((bind_addr, port))
    say("PORT %d" % s.getsockname()[1])
    return s


def recv(args):
    s = make_socket(args.bind, args.port)
    s.settimeout(args.timeout)
    got = 0
    while args.count == 0 or got < args.count:
        try:
            data, (ip, port) = s.recvfrom(65535)
        except socket.timeout:
            say("TIMEOUT")
            return 1
        say("RECV %s %d %s" % (ip, port, data.hex()))
        got += 1
    return 0


def send(args):
    s = make_socket(args.bind, 0, args.broadcast)
    payload = bytes.fromhex(args.hex)
    sent = 0
    try:
        for _ in range(args.count):
            s.sendto(payload, (args.host, args.port))
            sent += 1
    except OSError as e:
        say("ERROR %s" % errno.errorcode.get(e.errno, str(e.errno)))
        return 1
    say("SENT %d" % sent)
    return 0


def ask(args):
    s = make_socket(args.bind)
    s.settimeout(args.timeout)
    s.sendto(bytes.fromhex(args.hex), (args.host, args.port))
    try:
        data, (ip, port) = s.recvfrom(65535)
    except socket.timeout:
        say("TIMEOUT")
        return 1
    say("RECV %s %d %s" % (ip, port, data.hex()))
    return 0


def main():
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="mode", required=True)
    r = sub.add_parser("recv")
    r.add_argument("--bind", default="127.0.0.1")
    r.add_argument("--port", type=int, default=0)
    r.add_argument("--count", type=int, default=1)
    r.add_argument("--timeout", type=float, default=10.0)
    for name in ("send", "ask"):
        q = sub.add_parser(name)
        q.add_argument("host")
        q.add_argument("port", type=int)
        q.add_argument("--hex", default="")
        q.add_argument("--bind", default="127.0.0.1" if name == "ask" else "0.0.0.0")
        q.add_argument("--count", type=int, default=1)
        q.add_argument("--broadcast", action="store_true")
        q.add_argument("--timeout", type=float, default=10.0)
    args = p.parse_args()
    return {"recv": recv, "send": send, "ask": ask}[args.mode](args)


if __name__ == "__main__":
    sys.exit(main())
