#!/usr/bin/env python3
"""Writes a large, deterministic PlanPress site (and the same Markdown as a Hugo site) for benchmarks.

    Benchmarks/generate.py OUT --news 10000 --tasks 1000 [--seed 69]

OUT/planpress is a PlanPress site (config, plan, units, 7 areas, M tasks, indicators, 20 reports, N news) that
uses the repository's default theme; OUT/hugo is a Hugo site with an equivalent minimal theme: a paginated news
list of 20, tag pages, task pages, an RSS feed and a sitemap. News are 300-900 words of Vietnamese Markdown
with headings, lists, tables, links and tags.
"""
import argparse, os, pathlib, random, shutil

ROOT = pathlib.Path(__file__).resolve().parents[1]
WORDS = ("cải cách hành chính thủ tục trực tuyến người dân doanh nghiệp sở ngoại vụ hải phòng kế hoạch nhiệm vụ "
         "chỉ tiêu báo cáo tiến độ dịch vụ công chuyển đổi số công chức hồ sơ một cửa liên thông minh bạch "
         "hiệu quả phục vụ đánh giá hài lòng văn bản quy phạm pháp luật hợp tác quốc tế đầu tư phát triển").split()
TAGS = ["dịch vụ công", "chuyển đổi số", "thủ tục hành chính", "công vụ", "tài chính công", "thể chế", "đối ngoại",
        "khảo sát", "đào tạo", "một cửa", "dữ liệu", "PCI", "PAR Index", "SIPAS", "DTI", "hội nhập"]
AREAS = [("I", "Cải cách thể chế"), ("II", "Cải cách thủ tục hành chính"), ("III", "Cải cách tổ chức bộ máy"),
         ("IV", "Cải cách chế độ công vụ"), ("V", "Cải cách tài chính công"), ("VI", "Chính phủ điện tử, chính phủ số"),
         ("VII", "Công tác chỉ đạo điều hành")]


def sentence(rng, n=None):
    words = [rng.choice(WORDS) for _ in range(n or rng.randint(8, 18))]
    return " ".join(words).capitalize() + "."


def body(rng, words_target):
    parts, count = [], 0
    while count < words_target:
        kind = rng.random()
        if kind < 0.12:
            parts.append("## " + sentence(rng, rng.randint(3, 6))[:-1])
        elif kind < 0.25:
            parts.append("\n".join("- " + sentence(rng, rng.randint(5, 10)) for _ in range(rng.randint(2, 5))))
        elif kind < 0.32:
            rows = ["| Chỉ tiêu | Quý 1 | Quý 2 |", "|---|---|---|"]
            rows += [f"| {sentence(rng, 3)[:-1]} | {rng.randint(50, 99)}% | {rng.randint(50, 99)}% |" for _ in range(3)]
            parts.append("\n".join(rows))
        else:
            text = " ".join(sentence(rng) for _ in range(rng.randint(2, 5)))
            text += f" Xem [chi tiết](https://example.gov.vn/tin/{rng.randint(1, 99999)})."
            parts.append(text)
        count += len(parts[-1].split())
    return "\n\n".join(parts) + "\n"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--news", type=int, default=1000)
    parser.add_argument("--tasks", type=int, default=100)
    parser.add_argument("--seed", type=int, default=69)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    out = pathlib.Path(args.out)
    pp, hugo = out / "planpress", out / "hugo"
    shutil.rmtree(out, ignore_errors=True)
    for d in ("content/areas", "content/tasks", "content/indicators", "content/reports", "content/news", "themes"):
        (pp / d).mkdir(parents=True, exist_ok=True)
    shutil.copytree(ROOT / "themes/default", pp / "themes/default")
    (pp / "planpress.yaml").write_text(
        "title: Benchmark\norganization: Sở Thử nghiệm\nbaseURL: https://example.gov.vn/cchc/\nlanguages: [vi]\n"
        "theme: default\nfeedback:\n  email: gopy@example.gov.vn\nillustrative: true\npagination:\n  news: 20\n")
    (pp / "content/plan.md").write_text(
        "---\ntitle: Kế hoạch\nnumber: 1/KH\nissued: 2025-08-29\nissuer: Sở Thử nghiệm\n"
        "period: {start: 2026-01-01, end: 2030-12-31}\n---\nKế hoạch.\n")
    (pp / "content/units.yaml").write_text("van-phong: Văn phòng Sở\ncac-phong: Các phòng thuộc Sở\n")
    for order, (aid, title) in enumerate(AREAS, 1):
        (pp / f"content/areas/{aid}.md").write_text(f"---\nid: \"{aid}\"\norder: {order}\ntitle: {title}\n---\n{sentence(rng)}\n")
    task_ids = []
    for i in range(args.tasks):
        aid = AREAS[i % len(AREAS)][0]
        tid = f"{aid}.{i // len(AREAS) + 1}"
        task_ids.append(tid)
        (pp / f"content/tasks/{tid}.md").write_text(
            f"---\nid: \"{tid}\"\narea: \"{aid}\"\ntitle: {sentence(rng)}\nlead: van-phong\npartners: [cac-phong]\n"
            f"due: \"2026-2030\"\nproduct: Báo cáo\n---\n")
    indicator_ids = [f"chi-tieu-{i}" for i in range(20)]
    for i, iid in enumerate(indicator_ids):
        (pp / f"content/indicators/{iid}.md").write_text(
            f"---\nid: {iid}\ntitle: Chỉ tiêu {i}\narea: \"{AREAS[i % 7][0]}\"\nkind: percent\n"
            f"target: {{value: 100, by: 2030}}\n---\nĐịnh nghĩa.\n")
    for q in range(20):
        year, quarter = 2026 + q // 4, q % 4 + 1
        if year > 2030:
            break
        lines = [f"---\nperiod: \"{year}-Q{quarter}\"\nas_of: {year}-{quarter * 3:02d}-{[31, 30, 30, 31][quarter - 1]}\ntasks:"]
        lines += [f"  \"{t}\": {{status: on-track, progress: {min(100, q * 5 + 1)}}}" for t in task_ids]
        lines += ["indicators:"] + [f"  {i}: {50 + q}" for i in indicator_ids] + ["---", "Báo cáo."]
        (pp / f"content/reports/{year}-q{quarter}.md").write_text("\n".join(lines) + "\n")
    # Hugo
    for d in ("content/news", "content/tasks", "layouts/_default", "layouts/news", "layouts/tasks"):
        (hugo / d).mkdir(parents=True, exist_ok=True)
    (hugo / "hugo.toml").write_text(
        'baseURL = "https://example.gov.vn/cchc/"\ntitle = "Benchmark"\nlanguageCode = "vi"\n'
        '[pagination]\n  pagerSize = 20\n[taxonomies]\n  tag = "tags"\n[outputs]\n  home = ["HTML", "RSS"]\n')
    layout = ('<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body>'
              '<nav><a href="{{ "/" | relURL }}">Trang chủ</a></nav><main>%s</main></body></html>')
    (hugo / "layouts/_default/single.html").write_text(layout % "<h1>{{ .Title }}</h1><p>{{ .Date.Format \"2/1/2006\" }}</p>{{ .Content }}<ul>{{ range .Params.tags }}<li>{{ . }}</li>{{ end }}</ul>")
    (hugo / "layouts/_default/list.html").write_text(layout % "<h1>{{ .Title }}</h1>{{ range (.Paginate .Pages).Pages }}<article><h2><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></h2><p>{{ .Summary }}</p></article>{{ end }}{{ template \"_internal/pagination.html\" . }}")
    (hugo / "layouts/index.html").write_text(layout % "<h1>{{ .Site.Title }}</h1>{{ range first 10 (where .Site.RegularPages \"Section\" \"news\") }}<p><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></p>{{ end }}")
    for tid in task_ids:
        (hugo / f"content/tasks/{tid}.md").write_text(f"---\ntitle: \"Nhiệm vụ {tid}\"\n---\n{sentence(rng)}\n")
    for n in range(args.news):
        date = f"2026-{(n % 12) + 1:02d}-{(n % 28) + 1:02d}"
        title = f"Tin {n}: " + sentence(rng, rng.randint(4, 9))[:-1]
        tags = rng.sample(TAGS, 2)
        related = [rng.choice(task_ids)]
        text = body(rng, rng.randint(300, 900))
        (pp / f"content/news/{date}-tin-{n}.md").write_text(
            f"---\ntitle: \"{title}\"\ndate: {date}\nsummary: \"{sentence(rng)}\"\ntags: [{', '.join(tags)}]\n"
            f"related: [\"{related[0]}\"]\n---\n{text}")
        (hugo / f"content/news/tin-{n}.md").write_text(
            f"---\ntitle: \"{title}\"\ndate: {date}\ntags: [{', '.join(repr(t).replace(chr(39), chr(34)) for t in tags)}]\n---\n{text}")
    print(f"wrote {args.news} news and {args.tasks} tasks to {out}")


if __name__ == "__main__":
    main()
