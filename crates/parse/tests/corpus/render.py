#!/usr/bin/env python3
"""Render the resume-parser sample set: src/*.json -> HTML -> pdf/*.pdf and docx/*.docx.

How to run (from anywhere):

    python3 crates/parse/tests/corpus/render.py            # regenerate everything
    python3 crates/parse/tests/corpus/render.py 07 12      # only resumes 07 and 12
    python3 crates/parse/tests/corpus/render.py --keep-html /tmp/html   # also keep the HTML

Needs Python 3.11 (standard library only) and LibreOffice Writer, which is driven as a
subprocess (`soffice --headless --convert-to ...`). On Debian/Ubuntu:

    apt-get install -y --no-install-recommends libreoffice-writer

Every src/NN-slug.json names its layout ("classic", "sidebar" or "compact"); the layout
decides the HTML written for it. LibreOffice opens that HTML as a Writer document (not
Writer/Web, so page size and margins apply) and exports it to PDF (with a real text layer)
and to DOCX (Word 2007+ XML). A resume whose src lists "text_formats" also gets
text/NN-slug.txt and/or text/NN-slug.md, written directly by this script.

The truth/ files are hand-labelled and are never written by this script.
"""

from __future__ import annotations

import html
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
OUT_PDF = HERE / "pdf"
OUT_DOCX = HERE / "docx"
OUT_TEXT = HERE / "text"

LAYOUTS = ("classic", "sidebar", "compact")


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def page_css(r: dict) -> str:
    size = "letter" if r.get("paper") == "letter" else "A4"
    return f"@page {{ size: {size}; margin: 1.6cm 1.8cm 1.6cm 1.8cm; }}"


def contact_details(r: dict) -> list[str]:
    c = r["contact"]
    items = list(c.get("emails", [])) + list(c.get("phones", []))
    if c.get("location"):
        items.append(c["location"])
    return items


def contact_items(r: dict) -> list[str]:
    return contact_details(r) + list(r["contact"].get("links", []))


def contact_lines(r: dict, sep: str, cls: str) -> str:
    """Details on one line, links on the next, so that no link is broken across lines."""
    out = []
    for items in (contact_details(r), list(r["contact"].get("links", []))):
        if items:
            out.append(f"<p class=\"{cls}\">" + esc(sep.join(items)) + "</p>")
    return "\n".join(out)



# --------------------------------------------------------------------------- classic

def render_classic(r: dict) -> str:
    h = r["headings"]
    out = []
    out.append(f"<h1 class=\"name\">{esc(r['name'])}</h1>")
    if r.get("headline"):
        out.append(f"<p class=\"headline\">{esc(r['headline'])}</p>")
    out.append(contact_lines(r, "  ·  ", "contact"))
    if r.get("summary"):
        out.append(f"<h2>{esc(h['summary'])}</h2>")
        out.append(f"<p>{esc(r['summary'])}</p>")
    out.append(f"<h2>{esc(h['experience'])}</h2>")
    sep = r.get("title_company_sep", " — ")
    for p in r["experience"]:
        out.append(f"<p class=\"pos\"><b>{esc(p['title'])}{esc(sep)}{esc(p['company'])}</b></p>")
        line = p["dates"]
        if p.get("location"):
            line += "  |  " + p["location"]
        out.append(f"<p class=\"dates\"><i>{esc(line)}</i></p>")
        if p.get("bullets"):
            out.append("<ul>" + "".join(f"<li>{esc(b)}</li>" for b in p["bullets"]) + "</ul>")
    if r.get("education"):
        out.append(f"<h2>{esc(h['education'])}</h2>")
        for e in r["education"]:
            first = f"<b>{esc(e['degree'])}</b>, {esc(e['institution'])}"
            if e.get("dates"):
                first += f" — {esc(e['dates'])}"
            out.append(f"<p class=\"edu\">{first}</p>")
            if e.get("details"):
                out.append(f"<p class=\"edudet\">{esc(e['details'])}</p>")
    if r.get("skills"):
        out.append(f"<h2>{esc(h['skills'])}</h2>")
        for g in r["skills"]:
            if g.get("label"):
                out.append(f"<p class=\"skills\"><b>{esc(g['label'])}:</b> {esc(', '.join(g['items']))}</p>")
            else:
                out.append(f"<p class=\"skills\">{esc(', '.join(g['items']))}</p>")
    for x in r.get("extra", []):
        out.append(f"<h2>{esc(x['heading'])}</h2>")
        out.append("<ul>" + "".join(f"<li>{esc(i)}</li>" for i in x["items"]) + "</ul>")
    if r.get("languages"):
        out.append(f"<h2>{esc(h['languages'])}</h2>")
        out.append(f"<p>{esc(', '.join(r['languages']))}</p>")
    css = page_css(r) + """
body { font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 11pt; }
h1.name { font-family: 'Liberation Serif', serif; font-size: 26pt; font-weight: bold; margin: 0 0 2pt 0; }
p { margin: 0 0 3pt 0; }
p.headline { font-size: 13pt; font-style: italic; margin: 0 0 2pt 0; }
p.contact { font-size: 10pt; margin: 0 0 1pt 0; }
h2 { font-family: 'Liberation Serif', serif; font-size: 14pt; font-weight: bold; color: #1f3864;
     margin: 10pt 0 4pt 0; border-bottom: 1px solid #1f3864; }
p.pos { font-size: 11.5pt; margin: 6pt 0 0 0; }
p.dates { font-size: 10pt; margin: 0 0 2pt 0; color: #444444; }
ul { margin: 0 0 2pt 0; }
li { margin: 0 0 1pt 0; }
p.edu { margin: 2pt 0 0 0; }
p.edudet { font-size: 10pt; margin: 0 0 2pt 0; }
p.skills { margin: 0 0 2pt 0; }
"""
    return wrap(r, css, "\n".join(out))


# --------------------------------------------------------------------------- sidebar

def render_sidebar(r: dict) -> str:
    h = r["headings"]
    c = r["contact"]
    left = []
    left.append(f"<p class=\"lh\">{esc(h['contact'])}</p>")
    for e in c.get("emails", []):
        left.append(f"<p class=\"li\">{esc(e)}</p>")
    for p in c.get("phones", []):
        left.append(f"<p class=\"li\">{esc(p)}</p>")
    if c.get("location"):
        left.append(f"<p class=\"li\">{esc(c['location'])}</p>")
    if c.get("links"):
        left.append(f"<p class=\"lh\">{esc(h['links'])}</p>")
        for l in c["links"]:
            left.append(f"<p class=\"li\">{esc(l)}</p>")
    if r.get("skills"):
        left.append(f"<p class=\"lh\">{esc(h['skills'])}</p>")
        for g in r["skills"]:
            if g.get("label"):
                left.append(f"<p class=\"lsub\">{esc(g['label'])}</p>")
            for it in g["items"]:
                left.append(f"<p class=\"li\">{esc(it)}</p>")
    if r.get("languages"):
        left.append(f"<p class=\"lh\">{esc(h['languages'])}</p>")
        for l in r["languages"]:
            left.append(f"<p class=\"li\">{esc(l)}</p>")
    if r.get("education"):
        left.append(f"<p class=\"lh\">{esc(h['education'])}</p>")
        for e in r["education"]:
            left.append(f"<p class=\"lsub\">{esc(e['degree'])}</p>")
            left.append(f"<p class=\"li\">{esc(e['institution'])}</p>")
            if e.get("dates"):
                left.append(f"<p class=\"li\">{esc(e['dates'])}</p>")
            if e.get("details"):
                left.append(f"<p class=\"li\">{esc(e['details'])}</p>")
    right = []
    right.append(f"<h1 class=\"name\">{esc(r['name'])}</h1>")
    if r.get("headline"):
        right.append(f"<p class=\"headline\">{esc(r['headline'])}</p>")
    if r.get("summary"):
        right.append(f"<h2>{esc(h['summary'])}</h2>")
        right.append(f"<p>{esc(r['summary'])}</p>")
    right.append(f"<h2>{esc(h['experience'])}</h2>")
    for p in r["experience"]:
        comp = f"<b>{esc(p['company'])}</b>"
        if p.get("location"):
            comp += f" · {esc(p['location'])}"
        right.append(f"<p class=\"comp\">{comp}</p>")
        right.append(f"<p class=\"tdates\">{esc(p['title'])} | {esc(p['dates'])}</p>")
        if p.get("bullets"):
            right.append("<ul>" + "".join(f"<li>{esc(b)}</li>" for b in p["bullets"]) + "</ul>")
    for x in r.get("extra", []):
        right.append(f"<h2>{esc(x['heading'])}</h2>")
        right.append("<ul>" + "".join(f"<li>{esc(i)}</li>" for i in x["items"]) + "</ul>")
    body = (
        "<table class=\"frame\" width=\"100%\" cellpadding=\"8\" cellspacing=\"0\" border=\"0\">"
        "<tr>"
        "<td width=\"33%\" valign=\"top\" bgcolor=\"#e8eef5\">" + "\n".join(left) + "</td>"
        "<td width=\"67%\" valign=\"top\">" + "\n".join(right) + "</td>"
        "</tr></table>"
    )
    css = page_css(r) + """
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; }
h1.name { font-family: 'DejaVu Sans', sans-serif; font-size: 22pt; font-weight: bold; color: #17365d; margin: 0 0 2pt 0; }
p { margin: 0 0 3pt 0; }
p.headline { font-size: 12pt; color: #365f91; margin: 0 0 6pt 0; }
h2 { font-family: 'DejaVu Sans', sans-serif; font-size: 12pt; font-weight: bold; color: #17365d; margin: 10pt 0 3pt 0; }
p.lh { font-size: 10.5pt; font-weight: bold; color: #17365d; margin: 10pt 0 3pt 0; }
p.lsub { font-size: 9pt; font-weight: bold; margin: 4pt 0 1pt 0; }
p.li { font-size: 9pt; margin: 0 0 1pt 0; }
p.comp { font-size: 10.5pt; margin: 7pt 0 0 0; }
p.tdates { font-size: 9.5pt; color: #404040; margin: 0 0 2pt 0; }
ul { margin: 0 0 2pt 0; }
li { margin: 0 0 1pt 0; }
"""
    return wrap(r, css, body)


# --------------------------------------------------------------------------- compact

def render_compact(r: dict) -> str:
    h = r["headings"]
    out = []
    out.append(f"<p class=\"name\">{esc(r['name'])}</p>")
    if r.get("headline"):
        out.append(f"<p class=\"headline\">{esc(r['headline'])}</p>")
    out.append(contact_lines(r, "  |  ", "contact"))

    def heading(t: str) -> None:
        out.append(f"<h2>{esc(t.upper())}</h2>")

    if r.get("summary"):
        heading(h["summary"])
        out.append(f"<p>{esc(r['summary'])}</p>")
    if r.get("skills"):
        heading(h["skills"])
        parts = []
        for g in r["skills"]:
            if g.get("label"):
                parts.append(f"<b>{esc(g['label'])}:</b> {esc(', '.join(g['items']))}")
            else:
                parts.append(esc(", ".join(g["items"])))
        out.append("<p class=\"skills\">" + " · ".join(parts) + "</p>")
    heading(h["experience"])
    for p in r["experience"]:
        comp = f"<b>{esc(p['company'])}</b>"
        if p.get("location"):
            comp += f", {esc(p['location'])}"
        out.append(
            "<table class=\"row\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\"><tr>"
            f"<td width=\"68%\" valign=\"bottom\">{comp}</td>"
            f"<td width=\"32%\" align=\"right\" valign=\"bottom\">{esc(p['dates'])}</td>"
            "</tr></table>"
        )
        out.append(f"<p class=\"title\"><i>{esc(p['title'])}</i></p>")
        if p.get("bullets"):
            out.append("<ul>" + "".join(f"<li>{esc(b)}</li>" for b in p["bullets"]) + "</ul>")
    if r.get("education"):
        heading(h["education"])
        for e in r["education"]:
            out.append(
                "<table class=\"row\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\"><tr>"
                f"<td width=\"75%\"><b>{esc(e['institution'])}</b> — {esc(e['degree'])}</td>"
                f"<td width=\"25%\" align=\"right\">{esc(e.get('dates', ''))}</td>"
                "</tr></table>"
            )
            if e.get("details"):
                out.append(f"<p class=\"edudet\">{esc(e['details'])}</p>")
    for x in r.get("extra", []):
        heading(x["heading"])
        out.append("<ul>" + "".join(f"<li>{esc(i)}</li>" for i in x["items"]) + "</ul>")
    if r.get("languages"):
        heading(h["languages"])
        out.append(f"<p>{esc(' · '.join(r['languages']))}</p>")
    css = page_css(r) + """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; }
p { margin: 0 0 2pt 0; }
p.name { font-size: 20pt; font-weight: bold; margin: 0 0 1pt 0; }
p.headline { font-size: 11pt; margin: 0 0 1pt 0; }
p.contact { font-size: 9pt; margin: 0 0 1pt 0; }
h2 { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; font-weight: bold;
     margin: 9pt 0 3pt 0; border-bottom: 1.5px solid #000000; }
p.title { margin: 0 0 1pt 0; }
p.skills { margin: 0 0 2pt 0; }
p.edudet { font-size: 9pt; }
table.row { margin: 5pt 0 0 0; }
ul { margin: 0 0 2pt 0; }
li { margin: 0 0 0 0; }
"""
    return wrap(r, css, "\n".join(out))


def wrap(r: dict, css: str, body: str) -> str:
    lang = r.get("lang", "en")
    return (
        "<!DOCTYPE html>\n"
        f"<html lang=\"{lang}\"><head><meta charset=\"utf-8\">"
        f"<title>{esc(r['name'])}</title>\n<style>\n{css}\n</style></head>\n"
        f"<body>\n{body}\n</body></html>\n"
    )


RENDERERS = {"classic": render_classic, "sidebar": render_sidebar, "compact": render_compact}


# --------------------------------------------------------------------------- txt / md

def render_txt(r: dict) -> str:
    h = r["headings"]
    L = [r["name"]]
    if r.get("headline"):
        L.append(r["headline"])
    L.append(" | ".join(contact_items(r)))
    L.append("")

    def sec(t):
        L.append(t.upper())
        L.append("=" * len(t))

    if r.get("summary"):
        sec(h["summary"])
        L += [r["summary"], ""]
    sec(h["experience"])
    for p in r["experience"]:
        L.append(f"{p['title']}, {p['company']}" + (f" ({p['location']})" if p.get("location") else ""))
        L.append(p["dates"])
        for b in p.get("bullets", []):
            L.append(f"  * {b}")
        L.append("")
    if r.get("education"):
        sec(h["education"])
        for e in r["education"]:
            L.append(f"{e['degree']}, {e['institution']}" + (f", {e['dates']}" if e.get("dates") else ""))
            if e.get("details"):
                L.append(f"  {e['details']}")
        L.append("")
    if r.get("skills"):
        sec(h["skills"])
        for g in r["skills"]:
            L.append((f"{g['label']}: " if g.get("label") else "") + ", ".join(g["items"]))
        L.append("")
    for x in r.get("extra", []):
        sec(x["heading"])
        L += [f"  * {i}" for i in x["items"]]
        L.append("")
    if r.get("languages"):
        sec(h["languages"])
        L.append(", ".join(r["languages"]))
        L.append("")
    return "\n".join(L).rstrip() + "\n"


def render_md(r: dict) -> str:
    h = r["headings"]
    L = [f"# {r['name']}", ""]
    if r.get("headline"):
        L += [f"**{r['headline']}**", ""]
    L += [" · ".join(contact_items(r)), ""]
    if r.get("summary"):
        L += [f"## {h['summary']}", "", r["summary"], ""]
    L += [f"## {h['experience']}", ""]
    for p in r["experience"]:
        L.append(f"### {p['title']} — {p['company']}")
        L.append("")
        L.append(f"*{p['dates']}*" + (f" · {p['location']}" if p.get("location") else ""))
        L.append("")
        L += [f"- {b}" for b in p.get("bullets", [])]
        L.append("")
    if r.get("education"):
        L += [f"## {h['education']}", ""]
        for e in r["education"]:
            L.append(f"- **{e['degree']}**, {e['institution']}" + (f" ({e['dates']})" if e.get("dates") else ""))
        L.append("")
    if r.get("skills"):
        L += [f"## {h['skills']}", ""]
        for g in r["skills"]:
            L.append("- " + (f"**{g['label']}:** " if g.get("label") else "") + ", ".join(g["items"]))
        L.append("")
    for x in r.get("extra", []):
        L += [f"## {x['heading']}", ""]
        L += [f"- {i}" for i in x["items"]]
        L.append("")
    if r.get("languages"):
        L += [f"## {h['languages']}", "", ", ".join(r["languages"]), ""]
    return "\n".join(L).rstrip() + "\n"


# --------------------------------------------------------------------------- LibreOffice

def soffice_binary() -> str:
    for name in ("soffice", "libreoffice"):
        p = shutil.which(name)
        if p:
            return p
    sys.exit("render.py: LibreOffice not found; apt-get install -y --no-install-recommends libreoffice-writer")


def convert(files: list[Path], target: str, outdir: Path, profile: Path) -> None:
    """Open each HTML file as a Writer document and export it with the given filter."""
    cmd = [
        soffice_binary(),
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless", "--norestore", "--nolockcheck",
        "--infilter=HTML (StarWriter)",
        "--convert-to", target,
        "--outdir", str(outdir),
        *map(str, files),
    ]
    res = subprocess.run(cmd, capture_output=True, text=True)
    if res.returncode != 0:
        sys.stderr.write(res.stdout + res.stderr)
        sys.exit(f"render.py: soffice failed ({res.returncode})")


def remove_stale(srcs: list[Path]) -> None:
    """On a full run, delete rendered files that no src/*.json asks for any more."""
    wanted = set()
    for s in srcs:
        r = json.loads(s.read_text(encoding="utf-8"))
        wanted |= {OUT_PDF / f"{s.stem}.pdf", OUT_DOCX / f"{s.stem}.docx"}
        wanted |= {OUT_TEXT / f"{s.stem}.{fmt}" for fmt in r.get("text_formats", [])}
    for d in (OUT_PDF, OUT_DOCX, OUT_TEXT):
        for f in d.iterdir():
            if f.is_file() and f not in wanted:
                f.unlink()


def main(argv: list[str]) -> None:
    keep_html = None
    only = []
    args = list(argv)
    while args:
        a = args.pop(0)
        if a == "--keep-html":
            keep_html = Path(args.pop(0))
        elif a in ("-h", "--help"):
            print(__doc__)
            return
        else:
            only.append(a)
    srcs = sorted(SRC.glob("*.json"))
    if only:
        srcs = [s for s in srcs if any(s.name.startswith(o) for o in only)]
    if not srcs:
        sys.exit("render.py: no src/*.json matched")
    for d in (OUT_PDF, OUT_DOCX, OUT_TEXT):
        d.mkdir(exist_ok=True)
    if not only:
        remove_stale(srcs)
    with tempfile.TemporaryDirectory(prefix="corpus-render-") as tmp:
        tmp = Path(tmp)
        hdir = keep_html or (tmp / "html")
        hdir.mkdir(parents=True, exist_ok=True)
        htmls = []
        for s in srcs:
            r = json.loads(s.read_text(encoding="utf-8"))
            if r["layout"] not in RENDERERS:
                sys.exit(f"{s.name}: unknown layout {r['layout']!r}")
            hp = hdir / (s.stem + ".html")
            hp.write_text(RENDERERS[r["layout"]](r), encoding="utf-8")
            htmls.append(hp)
            for fmt in r.get("text_formats", []):
                text = render_txt(r) if fmt == "txt" else render_md(r)
                (OUT_TEXT / f"{s.stem}.{fmt}").write_text(text, encoding="utf-8")
        profile = tmp / "lo-profile"
        convert(htmls, "pdf:writer_pdf_Export", OUT_PDF, profile)
        convert(htmls, "docx:MS Word 2007 XML", OUT_DOCX, profile)
        for hp in htmls:
            for out in (OUT_PDF / (hp.stem + ".pdf"), OUT_DOCX / (hp.stem + ".docx")):
                if not out.exists() or out.stat().st_size == 0:
                    sys.exit(f"render.py: {out} was not produced")
    print(f"rendered {len(srcs)} resumes into {OUT_PDF.name}/, {OUT_DOCX.name}/ and {OUT_TEXT.name}/")


if __name__ == "__main__":
    main(sys.argv[1:])
