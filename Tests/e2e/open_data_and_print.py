"""Open data and print checks on the site built from content/.

- every data/*.json validates against its published JSON Schema (data/schema/);
- tasks.csv and indicators.csv (UTF-8 with a BOM) parse back to the same records as their JSON twins;
- the data catalogue page links every data file;
- the latest report page prints from headless Chromium to an A4 PDF; its pages are turned into PNGs
  (pdftoppm) and saved with the artifacts, to be looked at.

    open_data_and_print.py --planpress BIN [--source DIR] [--artifacts DIR]
Exit 1 when a check fails.
"""
import argparse, csv, functools, http.server, io, json, os, pathlib, re, shutil, subprocess, sys, tempfile, threading

import jsonschema

ROOT = pathlib.Path(__file__).resolve().parents[2]


def build(planpress, source, output):
    subprocess.run([planpress, "build", "--source", str(source), "--output", str(output), "--base-url", "/"],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def check_schemas(site):
    problems = []
    schemas = {name: json.loads((site / "data/schema" / f"{name}.schema.json").read_text()) for name in ("tasks", "indicators", "report")}
    files = [("tasks", site / "data/tasks.json"), ("indicators", site / "data/indicators.json")]
    files += [("report", p) for p in sorted((site / "data/reports").glob("*.json"))]
    for name, path in files:
        try:
            jsonschema.validate(json.loads(path.read_text()), schemas[name], cls=jsonschema.Draft202012Validator)
        except jsonschema.ValidationError as error:
            problems.append(f"{path.relative_to(site)}: {error.message}")
    return problems, f"{len(files)} JSON files valid against their schemas"


def check_csv(site):
    problems = []
    for name, key in (("tasks", "tasks"), ("indicators", "indicators")):
        raw = (site / f"data/{name}.csv").read_bytes()
        if not raw.startswith(b"\xef\xbb\xbf"):
            problems.append(f"data/{name}.csv has no UTF-8 BOM")
        rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
        records = json.loads((site / f"data/{name}.json").read_text())[key]
        if len(rows) != len(records):
            problems.append(f"data/{name}.csv has {len(rows)} rows, {name}.json {len(records)}")
        for row, record in zip(rows, records):
            for field in ("id", "title"):
                if row[field].lstrip("'") != record[field]:
                    problems.append(f"data/{name}.csv {record['id']}: {field} {row[field]!r} != {record[field]!r}")
            number = "progress" if name == "tasks" else "latest_value"
            if (record[number] is None and row[number] != "") or (record[number] is not None and float(row[number]) != float(record[number])):
                problems.append(f"data/{name}.csv {record['id']}: {number} {row[number]!r} != {record[number]!r}")
    return problems, "tasks.csv and indicators.csv parse back to the JSON records"


def check_catalogue(site):
    html = (site / "du-lieu/index.html").read_text()
    problems = []
    for path in sorted(p.relative_to(site).as_posix() for p in (site / "data").rglob("*") if p.is_file()):
        if f'href="/{path}"' not in html:
            problems.append(f"du-lieu/ does not link {path}")
    return problems, "the catalogue links every data file"


def check_print(site, artifacts):
    reports = sorted(p.name for p in (site / "bao-cao").iterdir() if p.is_dir())
    latest = [r for r in reports if re.match(r"^\d{4}-q\d$", r)][-1]
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = functools.partial(Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    pdf = artifacts / f"report-{latest}.pdf"
    try:
        subprocess.run(["chromium", "--headless=new", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={pdf}", f"http://127.0.0.1:{server.server_address[1]}/bao-cao/{latest}/"],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    finally:
        server.shutdown()
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    problems = []
    size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
    if not size or abs(float(size.group(1)) - 595.3) > 2 or abs(float(size.group(2)) - 841.9) > 2:
        problems.append(f"bao-cao/{latest}/ does not print on A4: {size.group(0) if size else info}")
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(artifacts / f"report-{latest}-page")], check=True)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    for chrome in ("Bỏ qua, đến nội dung chính", "Góp ý về trang này", "Điều hướng chính"):
        if chrome in text:
            problems.append(f"the printed report shows page chrome: {chrome!r}")
    if f"1 / {pages}" not in text:
        problems.append("the printed report has no page numbers")
    return problems, f"bao-cao/{latest}/ prints on {pages} A4 pages; PNGs in {artifacts}"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--planpress", default=str(ROOT / ".build/debug/planpress"))
    parser.add_argument("--source", default=str(ROOT))
    parser.add_argument("--artifacts", default="/tmp/planpress-e2e-artifacts")
    args = parser.parse_args()
    artifacts = pathlib.Path(args.artifacts)
    artifacts.mkdir(parents=True, exist_ok=True)
    work = pathlib.Path(tempfile.mkdtemp(prefix="planpress-data-"))
    site = work / "site"
    try:
        build(args.planpress, args.source, site)
        passed = failed = 0
        for name, check in (("json schemas", check_schemas), ("csv round trip", check_csv),
                            ("data catalogue", check_catalogue), ("print", lambda s: check_print(s, artifacts))):
            problems, summary = check(site)
            print(f"[{'FAIL' if problems else 'PASS'}] {name}  {summary}")
            for problem in problems[:20]:
                print(f"       - {problem}")
            passed, failed = (passed + 1, failed) if not problems else (passed, failed + 1)
        print(f"data-and-print: {passed} passed, {failed} failed")
        return 1 if failed else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
