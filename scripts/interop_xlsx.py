"""Opens .xlsx workbooks with openpyxl and checks their sheets, headers and row counts.

Usage:
    python3 interop_xlsx.py FILE.xlsx SPEC [FILE.xlsx SPEC ...]

SPEC says what one workbook must hold, sheets separated by "|":
    SHEET=HEADER1,HEADER2,...:ROWS
where ROWS is the number of data rows below the header (or "*" for any number, at least
one). Example:
    python3 interop_xlsx.py register.xlsx 'Register=id,name,purpose:3'

Every workbook must open, hold exactly the sheets named (in that order), each with the header
given on its first row and the number of data rows given. Prints one line per workbook and
exits 1 at the first difference, naming the file, the sheet and what differs.
"""

import sys


def parse_spec(spec):
    sheets = []
    for part in spec.split("|"):
        name, _, rest = part.partition("=")
        header, _, rows = rest.rpartition(":")
        if not name or not header or not rows:
            raise ValueError(f"bad spec {part!r}: expected SHEET=H1,H2,...:ROWS")
        sheets.append((name, header.split(","), None if rows == "*" else int(rows)))
    return sheets


def check(path, spec):
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True)
    expected = parse_spec(spec)
    names = book.sheetnames
    if names != [name for name, _, _ in expected]:
        return f"{path}: sheets {names}, expected {[n for n, _, _ in expected]}"
    for name, header, rows in expected:
        values = [
            [("" if c is None else str(c)) for c in row]
            for row in book[name].iter_rows(values_only=True)
        ]
        while values and all(c == "" for c in values[-1]):
            values.pop()
        if not values:
            return f"{path}: sheet {name!r} is empty"
        first = values[0][: len(header)]
        if first != header:
            return f"{path}: sheet {name!r} header {first}, expected {header}"
        found = len(values) - 1
        if (rows is None and found < 1) or (rows is not None and found != rows):
            return f"{path}: sheet {name!r} has {found} data rows, expected {'at least 1' if rows is None else rows}"
    return None


def main(args):
    if len(args) < 2 or len(args) % 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    try:
        import openpyxl  # noqa: F401
    except ImportError:
        print("interop_xlsx: openpyxl is not installed (pip install openpyxl)", file=sys.stderr)
        return 2
    for path, spec in zip(args[::2], args[1::2]):
        try:
            error = check(path, spec)
        except ValueError as e:
            print(f"interop_xlsx: {e}", file=sys.stderr)
            return 2
        if error:
            print(f"FAIL {error}")
            return 1
        print(f"ok   {path}: {spec}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
