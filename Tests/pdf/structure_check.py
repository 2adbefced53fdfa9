"""Checks a tagged PDF for what `pdfua` does not: every marked-content sequence is owned by a
structure element through the parent tree or is an artifact, none nested; pages carry
/StructParents and /Tabs; figures have /Alt; headings start at H1 and never skip a level; tables
have TH cells with a scope; the catalog's /Lang is the one expected; every link annotation is
owned by a Link element, says what it does, and covers its words; on a bilingual sheet
(--second-lang) the elements in the second language say so with their own /Lang. Prints the structure tree's
text in reading order with --text. Exit 0 when all hold, 1 with one line per problem."""
import argparse
import re
import sys

import pikepdf
import pdfplumber

TOKEN = re.compile(rb"/(\w+)\s*(<<.*?>>)?\s*(BDC|BMC)|EMC|\bBT\b|\bET\b|(<[0-9A-Fa-f]*>|\((?:\\.|[^\\)])*\))\s*Tj|\[(.*?)\]\s*TJ", re.S)


def marked_sequences(page):
    """The page's marked-content sequences in order: (tag, mcid or None, is_artifact); nesting is a problem."""
    data = page.Contents.read_bytes() if not isinstance(page.Contents, pikepdf.Array) else b"".join(c.read_bytes() for c in page.Contents)
    problems, seqs, depth = [], [], 0
    for m in re.finditer(rb"/(\w+)\s*(<<[^>]*>>)?\s*(BDC|BMC)|(EMC)", data):
        if m.group(4):
            depth -= 1
            continue
        depth += 1
        if depth > 1:
            problems.append("nested marked content")
        mcid = re.search(rb"/MCID\s+(\d+)", m.group(2) or b"")
        seqs.append((m.group(1).decode(), int(mcid.group(1)) if mcid else None))
    # Drawing outside any sequence: text, paths, images or forms between EMC and the next BDC/BMC.
    outside = re.sub(rb"/\w+\s*(<<[^>]*>>)?\s*(BDC|BMC).*?EMC", b"", data, flags=re.S)
    if re.search(rb"\b(Tj|TJ|Do|re|f|S|B)\b", outside):
        problems.append("content drawn outside marked content")
    return seqs, problems


def walk(elem, out, depth=0, parent=None):
    s = str(elem.get("/S", ""))
    out.append((depth, s, elem))
    k = elem.get("/K")
    kids = k if isinstance(k, pikepdf.Array) else ([k] if k is not None else [])
    for kid in kids:
        if isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") not in ("/MCR", "/OBJR"):
            walk(kid, out, depth + 1, elem)


def marked_chars(path):
    """Each page's characters by MCID, from pdfplumber: {(page index, mcid): [char]}, and every page's characters."""
    chars, every = {}, []
    with pdfplumber.open(path) as plumber:
        for i, page in enumerate(plumber.pages):
            every.append(page.chars)
            for c in page.chars:
                if c.get("mcid") is not None:
                    chars.setdefault((i, c["mcid"]), []).append(c)
    return chars, every


def reading_order(pdf, tree, chars):
    """Each element's own text, in structure order, as (type, text, element); an element's text
    before a child element is its own line, and so is the text after."""
    page_of = {p.objgen: i for i, p in enumerate(pdf.pages)}
    lines = []

    def visit(elem, page):
        page = elem.get("/Pg", page)
        k = elem.get("/K")
        kids = list(k) if isinstance(k, pikepdf.Array) else ([k] if k is not None else [])
        text = []
        for kid in kids:
            if isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/MCR":
                text += chars.get((page_of[kid.Pg.objgen], int(kid.MCID)), [])
            elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/OBJR":
                continue
            elif isinstance(kid, pikepdf.Dictionary):
                if text:
                    lines.append((str(elem.S)[1:], "".join(c["text"] for c in text), elem))
                    text = []
                visit(kid, page)
            elif page is not None:
                text += chars.get((page_of[page.objgen], int(kid)), [])
        if text:
            lines.append((str(elem.S)[1:], "".join(c["text"] for c in text), elem))

    visit(tree.K, None)
    return lines


def check_links(pdf, parents, lines, every):
    """Every link annotation is owned by a Link element that lists it, says what it does, and
    its rectangle covers the element's words (the same words on each page that repeats them)."""
    problems, count = [], 0
    words = {}
    for kind, text, elem in lines:
        if kind == "Link":
            words[elem.objgen] = words.get(elem.objgen, "") + text
    for i, page in enumerate(pdf.pages):
        height = float(page.MediaBox[3])
        for a in page.obj.get("/Annots", []):
            if a.get("/Subtype") != "/Link":
                continue
            count += 1
            where = f"page {i + 1}: link to {a.A.get('/URI')}"
            if not str(a.get("/Contents", "")).strip():
                problems.append(f"{where} has no /Contents")
            owner = parents.get(int(a.get("/StructParent", -1)))
            if owner is None or owner.get("/S") != "/Link":
                problems.append(f"{where} is not owned by a Link element")
                continue
            k = owner.get("/K")
            kids = list(k) if isinstance(k, pikepdf.Array) else [k]
            if not any(isinstance(x, pikepdf.Dictionary) and x.get("/Type") == "/OBJR" and x.Obj.objgen == a.objgen for x in kids):
                problems.append(f"{where}: its Link element does not list it")
            text = words.get(owner.objgen)
            if text is None:
                continue
            x0, y0, x1, y1 = (float(v) for v in a.Rect)
            # pdfplumber's top is from the page's top.
            inside = [c for c in every[i] if x0 <= (c["x0"] + c["x1"]) / 2 <= x1 and y0 <= height - (c["top"] + c["bottom"]) / 2 <= y1]
            shown = "".join(c["text"] for c in inside)
            # Spaces are invisible: one at a line's end may fall outside the words' box.
            if re.sub(r"\s+", "", shown) != re.sub(r"\s+", "", text):
                problems.append(f"{where}: its rectangle holds {shown!r}, not {text!r}")
            elif any(c["text"].strip() and (c["x0"] < x0 - 0.5 or c["x1"] > x1 + 0.5 or height - c["bottom"] < y0 - 0.5 or height - c["top"] > y1 + 0.5) for c in inside):
                problems.append(f"{where}: its words stick out of its rectangle")
    return problems, count


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pdf")
    ap.add_argument("--lang", default="en")
    ap.add_argument("--second-lang", help="a bilingual sheet's second language, which its elements must name in /Lang")
    ap.add_argument("--text", action="store_true", help="print the element tree")
    ap.add_argument("--links", action="store_true", help="print how many link annotations there are")
    ap.add_argument("--reading", action="store_true", help="print each element that holds text, in reading order, as TYPE: text")
    a = ap.parse_args()
    pdf = pikepdf.open(a.pdf)
    problems = []
    root = pdf.Root
    if str(root.get("/Lang", "")) != a.lang:
        problems.append(f"/Lang is {root.get('/Lang')!r}, not {a.lang}")
    tree = root.get("/StructTreeRoot")
    if tree is None:
        print(f"{a.pdf}: no structure tree")
        return 1
    nums = list(tree.ParentTree.Nums)
    parents = {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}
    for i, page in enumerate(pdf.pages):
        if "/StructParents" not in page.obj or page.obj.Tabs != "/S":
            problems.append(f"page {i + 1}: no /StructParents or /Tabs /S")
            continue
        seqs, p = marked_sequences(page)
        problems += [f"page {i + 1}: {x}" for x in p]
        owners = parents.get(int(page.obj.StructParents), [])
        for tag, mcid in seqs:
            if tag == "Artifact":
                continue
            if mcid is None:
                problems.append(f"page {i + 1}: a /{tag} sequence without an MCID")
            elif mcid >= len(owners):
                problems.append(f"page {i + 1}: MCID {mcid} has no owner in the parent tree")
            else:
                owner = owners[mcid]
                k = owner.get("/K")
                kids = list(k) if isinstance(k, pikepdf.Array) else [k]
                ids = [int(x) for x in kids if isinstance(x, int)] + [int(x.MCID) for x in kids if isinstance(x, pikepdf.Dictionary) and x.get("/Type") == "/MCR"]
                if mcid not in ids:
                    problems.append(f"page {i + 1}: MCID {mcid}'s owner does not list it")
    elements = []
    walk(tree.K, elements)
    level = 0
    for depth, s, e in elements:
        if s == "/Figure" and not str(e.get("/Alt", "")).strip():
            problems.append("a Figure without /Alt")
        if re.fullmatch(r"/H[1-6]", s):
            n = int(s[2])
            if n > level + 1:
                problems.append(f"heading {s} after H{level}")
            level = n
        if s == "/TH" and "/A" not in e:
            problems.append("a TH without a scope")
        if s == "/Table" and not any(x[1] == "/TH" for x in elements):
            problems.append("a Table without TH")
        if s == "/Table":
            k = e.get("/K")
            rows = [r for r in (k if isinstance(k, pikepdf.Array) else [k]) if isinstance(r, pikepdf.Dictionary) and r.get("/S") == "/TR"]
            widths = set()
            for r in rows:
                rk = r.get("/K")
                widths.add(len([c for c in (rk if isinstance(rk, pikepdf.Array) else [rk]) if isinstance(c, pikepdf.Dictionary) and c.get("/S") in ("/TH", "/TD")]))
            if len(widths) > 1:
                problems.append(f"a Table's rows have different numbers of cells: {sorted(widths)}")
    own = [(s, str(e.Lang)) for _, s, e in elements if "/Lang" in e]
    if a.second_lang:
        if not own:
            problems.append(f"no element says it is in {a.second_lang}")
        problems += [f"a {s} element in {lang!r}, not {a.second_lang}" for s, lang in own if lang != a.second_lang]
    elif (stray := [x for x in own if x[0] != "/Sect"]):
        # A merged batch's part in another language says so on its Sect; nothing else should.
        problems.append(f"{len(stray)} elements name their own /Lang on a sheet in one language")
    chars, every = marked_chars(a.pdf)
    lines = reading_order(pdf, tree, chars)
    link_problems, links = check_links(pdf, parents, lines, every)
    problems += link_problems
    if a.reading:
        for kind, text, _ in lines:
            print(f"{kind}: {text}")
    if a.links:
        print(f"links {links}")
    if a.text:
        for depth, s, e in elements:
            alt = f"  alt={str(e.get('/Alt'))!r}" if "/Alt" in e else ""
            print("  " * depth + s + alt)
    for p in problems:
        print(f"{a.pdf}: {p}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
