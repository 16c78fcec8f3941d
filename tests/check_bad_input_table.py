#!/usr/bin/env python3
"""Keeps tests/BAD-INPUT.md true: every test it cites must exist.

A citation is written in backticks as `tst_x.cpp: function(row name)`, or
`tst_x.cpp: function()` for a test function without data rows. For each one
this checks that tests/tst_x.cpp exists, that it defines the test function,
and that the row name is a QTest::newRow() of that function's _data() table.
Every failure is printed with the line of the table it comes from; the exit
status is 1 when there was any.

Usage: check_bad_input_table.py BAD-INPUT.md TESTS_DIR
"""

import re
import sys
from pathlib import Path

CITATION = re.compile(r"`(tst_\w+\.cpp): (\w+)\((.*?)\)`")
NEW_ROW = re.compile(r'QTest::newRow\(\s*"((?:[^"\\]|\\.)*)"\s*\)')


def unescape(literal):
    """The run-time text of a C++ string literal (the escapes tests use)."""
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), literal)


def function_body(source, name):
    """The text of `void Class::name()` up to the next function, or None."""
    start = re.search(r"^void \w+::" + re.escape(name) + r"\(\)\s*$", source, re.M)
    if not start:
        return None
    end = re.search(r"^\}", source[start.end():], re.M)
    return source[start.end(): start.end() + (end.end() if end else len(source))]


def check(table, tests_dir):
    problems = []
    cited = 0
    sources = {}
    for number, line in enumerate(table.read_text(encoding="utf-8").splitlines(), 1):
        for match in CITATION.finditer(line):
            cited += 1
            file_name, function, row = match.groups()
            where = f"{table.name}:{number}: `{match.group(0)[1:-1]}`"
            path = tests_dir / file_name
            if file_name not in sources:
                sources[file_name] = path.read_text(encoding="utf-8") if path.is_file() else None
            source = sources[file_name]
            if source is None:
                problems.append(f"{where}: there is no file tests/{file_name}")
                continue
            if function_body(source, function) is None:
                problems.append(f"{where}: {file_name} has no test function {function}()")
                continue
            if not row:
                continue
            data = function_body(source, function + "_data")
            if data is None:
                problems.append(f"{where}: {function}() has no {function}_data() table, so no row '{row}'")
                continue
            rows = {unescape(literal) for literal in NEW_ROW.findall(data)}
            if row not in rows:
                problems.append(f"{where}: {function}_data() has no row named '{row}'")
    if cited == 0:
        problems.append(f"{table.name}: no `tst_x.cpp: function(row)` citations found")
    return cited, problems


def main():
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    table, tests_dir = Path(sys.argv[1]), Path(sys.argv[2])
    cited, problems = check(table, tests_dir)
    for problem in problems:
        print(problem)
    print(f"{cited} citations checked, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
