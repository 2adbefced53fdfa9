"""Checks that no two printed characters of a PDF overlap: text set over text, as when two boxes
collide. Prints one line per collision (page, both characters and where) and exits 1, or
prints the number of characters checked and exits 0."""
import sys

import pdfplumber


def collisions(chars, share=0.2):
    """Pairs of visible characters whose boxes overlap by more than `share` of the smaller one;
    neighbours in one run of text (a kerned pair such as "r.") are not a collision."""
    found = []
    boxes = sorted((dict(c, order=i) for i, c in enumerate(chars) if c["text"].strip()), key=lambda c: c["x0"])
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            if b["x0"] >= a["x1"]:
                break
            if abs(a["order"] - b["order"]) == 1 and abs(a["top"] - b["top"]) < 0.5:
                continue
            w = min(a["x1"], b["x1"]) - b["x0"]
            h = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
            if w <= 0 or h <= 0:
                continue
            smaller = min((a["x1"] - a["x0"]) * (a["bottom"] - a["top"]), (b["x1"] - b["x0"]) * (b["bottom"] - b["top"]))
            if smaller > 0 and w * h > share * smaller:
                found.append((a, b))
    return found


def main():
    count, problems = 0, []
    with pdfplumber.open(sys.argv[1]) as pdf:
        for n, page in enumerate(pdf.pages, 1):
            count += len(page.chars)
            for a, b in collisions(page.chars):
                problems.append(f"page {n}: {a['text']!r} at ({a['x0']:.1f}, {a['top']:.1f}) overlaps {b['text']!r} at ({b['x0']:.1f}, {b['top']:.1f})")
    for p in problems:
        print(p)
    if not problems:
        print(f"{count} characters, none over another")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
