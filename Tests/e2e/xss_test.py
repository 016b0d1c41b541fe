"""Hostile content in a real browser: an XSS corpus pasted into titles, summaries, tags, notes and bodies
is built into the site, the pages are opened in headless Chromium, and no injected script may run.

A control page with the same payloads as raw HTML (and no Content-Security-Policy) shows the detector
does catch script that runs.

    xss_test.py --planpress BIN [--source DIR]
Exit 1 when injected script runs, or when the control goes undetected.
"""
import argparse, json, pathlib, shutil, sys, tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import run  # noqa: E402  (the suite's build, server and browser helpers)

MARK = "window.__xss=1"
PAYLOADS = [
    f"<script>{MARK}</script>", f"\"><img src=x onerror=\"{MARK}\">", f"' onmouseover='{MARK}",
    f"</script><script>{MARK}</script>", f"<svg onload=\"{MARK}\">", f"javascript:{MARK}",
    f"<iframe srcdoc=\"<script>parent.{MARK}</script>\"></iframe>", "{{{page.title}}}",
]
CORPUS = " ".join(PAYLOADS)


def quoted(text):
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a valid YAML double-quoted scalar


def plant(source: pathlib.Path, work: pathlib.Path) -> pathlib.Path:
    site = work / "src"
    site.mkdir(parents=True)
    for name in ("planpress.yaml", "content", "themes", "static"):
        src = source / name
        if src.is_dir():
            shutil.copytree(src, site / name)
        elif src.exists():
            shutil.copy(src, site / name)
    task = site / "content/tasks/I.1.md"
    text = task.read_text()
    lines = text.split("\n")
    lines = [f"title: {quoted('Nhiệm vụ ' + CORPUS)}" if l.startswith("title:") else l for l in lines]
    lines = [f"product: {quoted(CORPUS)}" if l.startswith("product:") else l for l in lines]
    task.write_text("\n".join(lines) + f"\n{CORPUS}\n\n[bấm](javascript:{MARK})\n")
    (site / "content/news/2026-09-20-xss.md").write_text(
        # A tag or an address part is at most 200 bytes (ContentLimits): every payload is a tag of its own, and
        # the story's address is its slug.
        f"---\ntitle: {quoted('Tin ' + CORPUS)}\nslug: tin-script-xss\ndate: 2026-09-20\nsummary: {quoted(CORPUS)}\n"
        f"tags: [{', '.join(quoted(p) for p in PAYLOADS)}]\nrelated: [\"I.1\"]\n---\n{CORPUS}\n\n<script>{MARK}</script>\n\n"
        f"[bấm](javascript:{MARK}) <a href=\"javascript:{MARK}\">a</a>\n")
    report = site / "content/reports/2026-q3.md"
    text = report.read_text()
    start = text.index('  "I.1":')
    note = text.index("    note:", start)
    end = text.index("\n", note)
    report.write_text(text[:note] + f"    note: {quoted(CORPUS)}" + text[end:])
    return site


def injected_ran(driver) -> list[str]:
    found = []
    if driver.execute_script("return window.__xss !== undefined"):
        found.append("window.__xss was set")
    scripts = driver.execute_script(
        "return [...document.querySelectorAll('script')].filter(s => s.type !== 'application/ld+json').length")
    if scripts:
        found.append(f"{scripts} executable <script> element(s) in the page")
    handlers = driver.execute_script(
        "return [...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length")
    if handlers:
        found.append(f"{handlers} element(s) with an on* event handler")
    if driver.execute_script("return [...document.querySelectorAll('a[href]')].some(a => a.href.startsWith('javascript:'))"):
        found.append("a javascript: link")
    return found


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--planpress", default=str(run.REPO / ".build/debug/planpress"))
    parser.add_argument("--source", default=str(run.REPO))
    args = parser.parse_args()
    work = pathlib.Path(tempfile.mkdtemp(prefix="planpress-xss-"))
    failures = 0
    try:
        source = plant(pathlib.Path(args.source), work)
        site = run.build_site(pathlib.Path(args.planpress), source, work / "site", base_url="/")
        news = next(p for p in (work / "site/tin-tuc").iterdir() if p.name.startswith("tin-script"))
        control = work / "site/control.html"
        control.write_text(f"<!DOCTYPE html><html lang=\"vi\"><head><title>control</title></head><body>{CORPUS}</body></html>")
        pages = ["", "nhiem-vu/i-1/", f"tin-tuc/{news.name}/", "bao-cao/2026-q3/", "tin-tuc/", "the/", "tong-hop/"]
        driver = run.start_browser()
        try:
            with run.serve(site) as base:
                for page in pages:
                    driver.get(base + page)
                    shown = CORPUS.split(" ")[0] in driver.find_element("tag name", "body").text or page in ("", "the/", "tin-tuc/")
                    problems = injected_ran(driver) + ([] if shown else ["the pasted text is not shown as text"])
                    print(f"[{'FAIL' if problems else 'PASS'}] /{page}" + "".join(f"\n       - {p}" for p in problems))
                    failures += bool(problems)
                driver.get(base + "control.html")
                caught = injected_ran(driver)
                print(f"[{'PASS' if caught else 'FAIL'}] control page with raw payloads is caught: {'; '.join(caught) or 'nothing found'}")
                failures += not caught
        finally:
            driver.quit()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"xss: {len(pages) + 1 - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
