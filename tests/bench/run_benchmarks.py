#!/usr/bin/env python3
"""Runs every NetLab benchmark binary in a build folder and prints one table.

Each benchmark prints lines of the form
    BENCH <name> <value> [<unit>] [goal<=<limit> | goal>=<limit>]
and this script gathers them, says whether each goal was met, and exits 0
whatever the figures are: benchmarks inform, they do not gate.
"""
import os
import re
import subprocess
import sys
from pathlib import Path

LINE = re.compile(r"^BENCH\s+(\S+)\s+(\S+)(?:\s+(?!goal)(\S+))?(?:\s+goal(<=|>=)(\S+))?")


def main() -> int:
    build = Path(sys.argv[1] if len(sys.argv) > 1 else "build/bench")
    bench_dir = build / "tests" / "bench"
    binaries = sorted(p for p in bench_dir.glob("bench_*") if p.is_file() and os.access(p, os.X_OK))
    if not binaries:
        print(f"no benchmark binaries in {bench_dir}", file=sys.stderr)
        return 1
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    rows = []
    for binary in binaries:
        # Other work on the machine skews every figure: say how busy it was.
        print(f"== {binary.name} (load average {os.getloadavg()[0]:.2f})", flush=True)
        proc = subprocess.run([str(binary)], env=env, capture_output=True, text=True, timeout=1800)
        sys.stdout.write(proc.stdout)
        if proc.returncode != 0:
            sys.stdout.write(proc.stderr)
            rows.append((binary.name, "FAILED", f"exit {proc.returncode}", "", ""))
            continue
        for line in proc.stdout.splitlines():
            m = LINE.match(line.strip())
            if not m:
                continue
            name, value, unit, op, limit = m.groups()
            verdict = ""
            if op:
                v, lim = float(value), float(limit)
                verdict = "met" if (v <= lim if op == "<=" else v >= lim) else "MISSED"
            rows.append((name, value, unit or "", f"{op}{limit}" if op else "", verdict))
    widths = [max(len(str(r[i])) for r in rows + [("metric", "value", "unit", "goal", "")]) for i in range(5)]
    print()
    header = ("metric", "value", "unit", "goal", "")
    for r in [header] + rows:
        print("  ".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
