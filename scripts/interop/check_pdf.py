"""Checks report.html as Chromium printed it to PDF: nothing cut, nothing off the page.

- the PDF has pages (pdfinfo);
- every word poppler finds (pdftotext -bbox-layout) lies within its page's width and height;
- in every figure of the report drawn as inline SVG (the maps, charts and sociogram), the
  label drawn furthest right is printed: its longest word appears in the PDF at least as
  often as in the page's visible text. A figure wider than the page in a scrolling box (what
  `overflow-x: auto` does on paper) loses exactly those labels.

Usage: python check_pdf.py REPORT.pdf REPORT.html
Exit status 0 when every check holds, 1 otherwise.
"""

import html
import html.parser
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

# Words as both sides can cut them: a browser may break a line after a hyphen.
WORD = re.compile(r"[\w’']+")


def words_of(text):
    return [w.strip("’'").lower() for w in WORD.findall(text) if w.strip("’'")]


class Report(html.parser.HTMLParser):
    """The page's visible text, and for each inline SVG its <text> labels with their x."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.visible = []
        self.skip = 0
        self.figures = []  # list of [(x, label)]
        self.in_svg = 0
        self.label = None  # [x, text] of the <text> being read

    def handle_starttag(self, tag, attrs):
        if tag in ("title", "style", "script", "head"):
            self.skip += 1
        if tag == "svg":
            if self.in_svg == 0:
                self.figures.append([])
            self.in_svg += 1
        if tag == "text" and self.in_svg:
            x = dict(attrs).get("x", "0").split()[0]
            try:
                self.label = [float(x), ""]
            except ValueError:
                self.label = [0.0, ""]

    def handle_endtag(self, tag):
        if tag in ("title", "style", "script", "head"):
            self.skip = max(0, self.skip - 1)
        if tag == "svg":
            self.in_svg = max(0, self.in_svg - 1)
        if tag == "text" and self.label is not None:
            if self.label[1].strip():
                self.figures[-1].append((self.label[0], self.label[1].strip()))
            self.label = None

    def handle_data(self, data):
        if self.skip:
            return
        self.visible.append(data)
        if self.label is not None:
            self.label[1] += data


def main():
    pdf, report = sys.argv[1:3]
    problems = []
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    if pages == 0:
        problems.append("the PDF has no page")
    bbox = subprocess.run(
        ["pdftotext", "-bbox-layout", pdf, "-"], capture_output=True, text=True, check=True
    ).stdout
    # pdftotext writes XHTML; its namespace is the XHTML one.
    root = ET.fromstring(bbox)
    ns = "{http://www.w3.org/1999/xhtml}"
    printed = []
    for number, page in enumerate(root.iter(f"{ns}page"), 1):
        width, height = float(page.get("width")), float(page.get("height"))
        for word in page.iter(f"{ns}word"):
            x_min, x_max = float(word.get("xMin")), float(word.get("xMax"))
            y_min, y_max = float(word.get("yMin")), float(word.get("yMax"))
            if x_min < -0.5 or x_max > width + 0.5 or y_min < -0.5 or y_max > height + 0.5:
                problems.append(
                    f"page {number}: {word.text!r} lies outside the page ({x_min:.0f}-{x_max:.0f} of {width:.0f} pt)"
                )
            printed.extend(words_of(word.text or ""))
    counts = {}
    for w in printed:
        counts[w] = counts.get(w, 0) + 1
    parser = Report()
    with open(report, encoding="utf-8") as f:
        parser.feed(f.read())
    visible = words_of(html.unescape(" ".join(parser.visible)))
    visible_counts = {}
    for w in visible:
        visible_counts[w] = visible_counts.get(w, 0) + 1
    checked = 0
    for figure in parser.figures:
        if not figure:
            continue
        # The rightmost label with a word (marks such as ✓ ✎ have none).
        worded = [(x, label) for x, label in figure if words_of(label)]
        if not worded:
            continue
        x, label = max(worded, key=lambda item: item[0])
        word = max(words_of(label), key=len)
        checked += 1
        if counts.get(word, 0) < visible_counts.get(word, 0):
            problems.append(
                f"the label drawn furthest right of a figure ({label!r}, x = {x:.0f}) is cut: "
                f"{word!r} printed {counts.get(word, 0)} times, {visible_counts[word]} in the page"
            )
    for problem in problems[:20]:
        print(f"{pdf}: {problem}")
    if len(problems) > 20:
        print(f"{pdf}: ... and {len(problems) - 20} more")
    if not problems:
        print(f"{pdf}: {pages} pages, {len(printed)} words within the page, {checked} figures printed whole")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
