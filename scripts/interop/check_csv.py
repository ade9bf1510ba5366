"""Reads every CSV export of a bundle with pandas, as a spreadsheet user's script would.

Each file must load with pandas' defaults (comma, UTF-8 with or without BOM) into a table
with at least one column, no unnamed column (a header shorter than its rows), and every row
as long as the header (pandas refuses longer rows; shorter ones would be padded silently, so
they are counted with Python's csv module).

Usage: python check_csv.py EXPORTS_DIR
Exit status 0 when every file reads, 1 otherwise.
"""

import csv
import pathlib
import sys

import pandas as pd


def main():
    folder = pathlib.Path(sys.argv[1])
    files = sorted(folder.rglob("*.csv"))
    problems = []
    if not files:
        problems.append(f"{folder}: no CSV file")
    for path in files:
        try:
            frame = pd.read_csv(path, encoding="utf-8-sig")
        except Exception as err:  # pandas raises several kinds; each is a refusal
            problems.append(f"{path.name}: pandas refuses it: {type(err).__name__}: {err}")
            continue
        if frame.shape[1] == 0:
            problems.append(f"{path.name}: no column")
        unnamed = [c for c in frame.columns if str(c).startswith("Unnamed:")]
        if unnamed:
            problems.append(f"{path.name}: columns without a header: {unnamed}")
        with open(path, newline="", encoding="utf-8-sig") as f:
            rows = list(csv.reader(f))
        width = len(rows[0]) if rows else 0
        ragged = [i + 1 for i, row in enumerate(rows) if row and len(row) != width]
        if ragged:
            problems.append(
                f"{path.name}: {len(ragged)} lines not as long as the header ({width} fields), first line {ragged[0]}"
            )
        else:
            print(f"{path.name}: {frame.shape[0]} rows × {frame.shape[1]} columns")
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
