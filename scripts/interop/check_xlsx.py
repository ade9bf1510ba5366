"""Opens every .xlsx export of a bundle with openpyxl, as a spreadsheet would.

Each workbook must open, have at least one sheet, and each sheet a first row of headers with
no empty cell before the last header. A bundle without any .xlsx passes, saying so.

Usage: python check_xlsx.py EXPORTS_DIR
Exit status 0 when every workbook reads, 1 otherwise.
"""

import pathlib
import sys

import openpyxl


def main():
    folder = pathlib.Path(sys.argv[1])
    files = sorted(folder.rglob("*.xlsx"))
    problems = []
    if not files:
        print(f"{folder}: no .xlsx file to read")
    for path in files:
        try:
            book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except Exception as err:
            problems.append(f"{path.name}: openpyxl refuses it: {type(err).__name__}: {err}")
            continue
        if not book.sheetnames:
            problems.append(f"{path.name}: no sheet")
        for sheet in book.worksheets:
            header = next(sheet.iter_rows(min_row=1, max_row=1, values_only=True), ())
            named = [h for h in header if h not in (None, "")]
            if not named:
                problems.append(f"{path.name} / {sheet.title}: no header row")
                continue
            last = max(i for i, h in enumerate(header) if h not in (None, ""))
            if any(h in (None, "") for h in header[: last + 1]):
                problems.append(f"{path.name} / {sheet.title}: an empty header among {header}")
            rows = sum(1 for _ in sheet.iter_rows(min_row=2, values_only=True))
            print(f"{path.name} / {sheet.title}: {len(named)} columns, {rows} rows")
        book.close()
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
