#!/usr/bin/env python3
"""Shows that every check of run.py can fail.

Builds the real site once with its configured baseURL. On a clean copy every check must
pass. Then, for each defect below, it copies the built site, plants exactly that one
defect and runs the check that must catch it: the check has to FAIL, and one of its
problems has to name the defect. Exit status 1 when a planted defect goes undetected
or the clean copy fails.
"""
from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

sys.dont_write_bytecode = True
sys.path.insert(0, str(Path(__file__).resolve().parent))
import run as e2e  # noqa: E402

GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


@dataclass
class Defect:
    name: str
    check: str                          # the function of run.py that must fail
    expect: str                         # a regex one of its problems must match
    plant: Callable[[e2e.Site], str]    # plants the defect in a copy, returns the page


def page_of(site: e2e.Site, kind: str, lang_en: bool = False) -> str:
    """The first page of a kind (in /en/ when asked), or the home page."""
    for rel in e2e.page_kinds(site).get(kind, []):
        if rel.startswith("en/") == lang_en:
            return rel
    return "index.html"


def edit(site: e2e.Site, rel: str, pattern: str, replacement: str) -> str:
    path = site.root / rel
    text = path.read_text(encoding="utf-8")
    new, n = re.subn(pattern, lambda m: replacement.replace("\\0", m.group(0)), text, count=1, flags=re.S)
    if n != 1:
        raise RuntimeError("could not plant the defect: /%s/ not found in %s" % (pattern, rel))
    path.write_text(new, encoding="utf-8")
    return rel


def into_main(site: e2e.Site, rel: str, snippet: str) -> str:
    return edit(site, rel, r"<main\b[^>]*>", "\\0\n" + snippet)


def with_css(site: e2e.Site, rel: str, css: str) -> str:
    """Adds a stylesheet file to a page (the pages allow no inline style: their CSP is style-src 'self')."""
    (site.root / "assets").mkdir(exist_ok=True)
    (site.root / "assets" / "e2e-planted.css").write_text(css, encoding="utf-8")
    return edit(site, rel, r"</head>", '<link rel="stylesheet" href="%sassets/e2e-planted.css">\n\\0' % site.base_path)


def plant_feed(site: e2e.Site) -> str:
    """Breaks the site's first feed, or adds a malformed one when the site has none yet."""
    for rel in site.files(".xml", ".atom", ".rss"):
        if rel not in e2e.sitemap_files(site):
            path = site.root / rel
            text = path.read_text(encoding="utf-8")
            path.write_text(text[: len(text) // 2], encoding="utf-8")
            return rel
    (site.root / "feed.xml").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>Tin tức</title><entry><title>Một tin</entry></feed>\n", encoding="utf-8")
    return "feed.xml"


def plant_json_feed(site: e2e.Site) -> str:
    """Cuts the site's first JSON Feed in half, or adds a malformed one."""
    for rel in site.files(".json"):
        if e2e.is_json_feed(site, rel):
            path = site.root / rel
            text = path.read_text(encoding="utf-8")
            path.write_text(text[: len(text) // 2], encoding="utf-8")
            return rel
    (site.root / "feed.json").write_text('{"version": "https://jsonfeed.org/version/1.1", "items": [', encoding="utf-8")
    return "feed.json"


def plant_stray_brace(site: e2e.Site) -> str:
    """The defect that once reached every page: a `}` left after the print block, which drops the next rule."""
    return edit(site, "assets/css/style.css", r"\n\.chart \{", "\n}\n\\0")


def plant_sitemap(site: e2e.Site) -> str:
    loc = site.base_url + "e2e-khong-ton-tai/"
    return edit(site, "sitemap.xml", r"</urlset>", "<url><loc>%s</loc></url>\n\\0" % loc)


DEFECTS = [
    # the pages' CSP blocks inline scripts; the error is then the CSP's, and still a console error
    Defect("a page with a console error", "browser", r"console error",
           lambda s: edit(s, "index.html", r"</body>", '<script>console.error("planted")</script>\n\\0')),
    Defect("a page with a missing script", "browser", r"console error.*e2e-missing\.js",
           lambda s: edit(s, page_of(s, "task", True), r"</body>",
                          '<script src="%sassets/e2e-missing.js"></script>\n\\0' % s.base_path)),
    Defect("an image without alt", "browser", r"axe image-alt",
           lambda s: into_main(s, page_of(s, "news"), '<img src="%s" width="40" height="40">' % GIF)),
    Defect("text with too little contrast", "browser", r"axe color-contrast",
           lambda s: into_main(s, with_css(s, page_of(s, "indicator"), ".e2e-faint { color: #c8c8c8; background: #fff; }"),
                               '<p class="e2e-faint">Chữ quá mờ</p>')),
    Defect("an element wider than 390 px", "browser", r"overflows sideways at 390 px",
           lambda s: into_main(s, with_css(s, page_of(s, "report"), ".e2e-wide { width: 640px; height: 8px; }"),
                               '<div class="e2e-wide"></div>')),
    Defect("no responsive viewport", "browser", r"no <meta name=viewport",
           lambda s: edit(s, page_of(s, "tags"), r'<meta name="viewport"[^>]*>', "")),
    Defect("no skip link", "browser", r"no skip link",
           lambda s: edit(s, page_of(s, "area"), r'<a class="skip-link"[^>]*>.*?</a>', "")),
    Defect("focus made invisible", "browser", r"no visible focus",
           lambda s: with_css(s, page_of(s, "plan"), "*:focus, *:focus-visible { outline: none !important; box-shadow: none !important; }")),
    Defect("a chart with no size", "browser", r"chart 1 .* has no size",
           lambda s: into_main(s, page_of(s, "indicator", True),
                               '<svg role="img" aria-label="Biểu đồ" width="0" height="0"></svg><table><tr><td>1</td></tr></table>')),
    Defect("a chart without its data table", "browser", r"no data <table>|no <table> with its data",
           lambda s: into_main(s, page_of(s, "page"),
                               '<svg role="img" aria-label="Biểu đồ" width="200" height="100"><rect width="200" height="100"/></svg>')),
    Defect("a broken internal link", "links", r"e2e-khong-ton-tai/ -> no file",
           lambda s: into_main(s, page_of(s, "task"), '<a href="%se2e-khong-ton-tai/">Trang không có</a>' % s.base_path)),
    Defect("a link that leaves the base path", "links", r"outside the base path",
           lambda s: into_main(s, page_of(s, "tasks"), '<a href="/ke-hoach/">Kế hoạch</a>')),
    Defect("a link to a missing anchor", "links", r"no element with id 'e2e-khong-co'",
           lambda s: into_main(s, page_of(s, "areas"), '<a href="%ske-hoach/#e2e-khong-co">Mục</a>' % s.base_path)),
    Defect("a missing image file", "links", r"e2e-khong-co\.png -> no file",
           lambda s: into_main(s, page_of(s, "tag"), '<img src="%sassets/e2e-khong-co.png" alt="Ảnh">' % s.base_path)),
    Defect("invalid HTML", "html_validity", r"Stray end tag",
           lambda s: into_main(s, page_of(s, "news-list"), "<p>Đoạn văn</span></p>")),
    Defect("a stray } in the stylesheet", "css", r"rule dropped: its selector '\} \.chart'", plant_stray_brace),
    Defect("a CSS declaration that does not parse", "css", r"CSS parse error in the rule for \.chart",
           lambda s: edit(s, "assets/css/style.css", r"\.chart \{", ".chart { max-width 40rem; ")),
    Defect("a sitemap <loc> that does not exist", "sitemap", r"e2e-khong-ton-tai/</loc> -> no file", plant_sitemap),
    Defect("a malformed feed", "feeds", r"not well-formed.*feedparser", plant_feed),
    Defect("a malformed JSON Feed", "feeds", r"not valid JSON", plant_json_feed),
]


def check_site(site: e2e.Site, check: str, driver, pages: list[str]) -> e2e.Result:
    if check != "browser":
        return e2e.run_check(check, site)
    sample = {"planted": pages}
    with e2e.serve(site):
        return e2e.run_check("browser", site, driver=driver, sample=sample)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--planpress", type=Path, default=e2e.REPO / ".build" / "debug" / "planpress")
    ap.add_argument("--source", type=Path, default=e2e.REPO)
    args = ap.parse_args(argv)
    if not args.planpress.is_file():
        ap.error("no planpress binary at %s" % args.planpress)
    e2e.ensure_venv()
    t_start = time.time()
    work = Path(tempfile.mkdtemp(prefix="planpress-e2e-meta-"))
    passed = failed = 0
    driver = None
    try:
        clean = e2e.build_site(args.planpress, args.source, work / "clean")
        clean.label = "clean"
        print("meta-test: built the real site (%d pages, base %s)" % (len(clean.pages()), clean.base_url), flush=True)
        driver = e2e.start_browser()
        # plant every defect first, so the clean run opens exactly the pages that get a defect
        planted = []
        for i, d in enumerate(DEFECTS):
            copy = e2e.Site(work / ("defect-%02d" % i), clean.base_url, d.name)
            shutil.copytree(clean.root, copy.root)
            try:
                rel = d.plant(copy)
            except RuntimeError as e:
                print("[FAIL] %s: %s" % (d.name, e))
                failed += 1
                continue
            copy = e2e.Site(copy.root, copy.base_url, d.name)   # forget what was parsed before planting
            planted.append((d, copy, rel))
        browser_pages = sorted({rel for d, _, rel in planted if d.check == "browser"})
        print("\nclean copy: every check must pass (the browser opens the %d pages that get a defect)" % len(browser_pages))
        for check in ("html_validity", "css", "links", "sitemap", "feeds", "browser"):
            r = check_site(clean, check, driver, browser_pages)
            ok = r.passed
            passed, failed = passed + ok, failed + (not ok)
            print("[%s] clean %-14s %s" % ("PASS" if ok else "FAIL", check, r.ctx.summary))
            for p in r.problems[:10]:
                print("       - " + p)
        print("\nplanted defects: the matching check must fail")
        for d, copy, rel in planted:
            r = check_site(copy, d.check, driver, [rel])
            # the problem must be this defect, on the page it was planted in
            hits = [p for p in r.problems if re.search(d.expect, p) and (copy.url_of(rel) in p or rel in p)]
            ok = not r.passed and bool(hits)
            passed, failed = passed + ok, failed + (not ok)
            print("[%s] %-38s %-14s %s" % ("PASS" if ok else "FAIL", d.name, d.check,
                                          ("caught: " + hits[0]) if ok else
                                          "NOT DETECTED in %s (%d other problems: %s)" % (rel, len(r.problems), r.problems[:3])))
    finally:
        if driver:
            driver.quit()
        shutil.rmtree(work, ignore_errors=True)
    print("\nmeta-test finished in %.0f s" % (time.time() - t_start))
    print("meta-test: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
