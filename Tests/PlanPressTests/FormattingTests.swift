import Foundation
import Testing

@testable import PlanPress

/// Slugs, dates, deadlines, periods and Vietnamese number formats.
@Suite struct FormattingTests {
    @Test(arguments: [
        ("Cải cách thể chế", "cai-cach-the-che"),
        ("Đẩy mạnh dịch vụ công trực tuyến", "day-manh-dich-vu-cong-truc-tuyen"),
        ("Xây dựng và phát triển Chính phủ điện tử, Chính phủ số", "xay-dung-va-phat-trien-chinh-phu-dien-tu-chinh-phu-so"),
        ("  II.2.a  ", "ii-2-a"),
        ("Quý 3/2026 – tổng kết!", "quy-3-2026-tong-ket"),
    ])
    func slugsAreASCIIWithHyphens(text: String, slug: String) {
        #expect(Slug.make(text) == slug)
    }

    static let descriptionTexts = [
        "", "Một dòng", "Hai  khoảng", " đầu", "cuối ", "dòng\nmới", "tab\there", "nbsp\u{00A0}giữa",
        "ý\u{3000}全角", "line\u{2028}sep", "e\u{301} \u{301}ghép", "a \u{200D}b", "Ủy ban", "x \u{0600} y", String(repeating: "Cải cách ", count: 40),
        String(repeating: "ệ", count: 301), String(repeating: "ệ", count: 300), String(repeating: "e\u{301}", count: 200),
    ]

    /// Page descriptions are one line of at most 300 characters; the fast path for text that is one line
    /// already gives what splitting on white space gives.
    @Test(arguments: descriptionTexts)
    func descriptionsAreOneLine(text: String) {
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let expected = flat.count > 300 ? String(flat.prefix(299)) + "…" : flat
        #expect(ViewFactory.oneLine(text, limit: 300) == expected)
        #expect(ViewFactory.isOneLine(text) == (text == flat))
    }

    /// JavaScript reads U+2028 and U+2029 as line ends, so JSON (feeds, JSON-LD) writes them as escapes; other
    /// characters starting with the same byte (– … “) stay as they are.
    @Test func jsonStringsEscapeLineSeparatorsOnly() {
        #expect(JSONFeed.quote("a\u{2028}b\u{2029}c") == "\"a\\u2028b\\u2029c\"")
        #expect(JSONFeed.quote("Quý 3 – “tổng kết”…") == "\"Quý 3 – “tổng kết”…\"")
        #expect(JSONFeed.quote("\u{2028}") == "\"\\u2028\"")
        #expect(JSONFeed.quote("x\u{2027}") == "\"x\u{2027}\"")
    }

    /// Escaping passes over sixteen bytes at a time where none is reserved: a reserved byte at any place in a
    /// block, or in the bytes after the last block, is still escaped.
    @Test func everyReservedByteIsEscapedWhereverItStands() throws {
        func reference(_ text: String) -> String {
            text.map { ["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;"][$0] ?? String($0) }.joined()
        }
        let filler = Array("cải cách hành chính 2026 – số ")
        for length in [0, 1, 15, 16, 17, 31, 32, 33, 47, 64] {
            let plain = String((0..<length).map { filler[$0 % filler.count] })
            #expect(ByteEscaper.markup.escape(plain) == plain)
            for position in 0...length {
                for reserved in ["&", "<", ">", "\"", "'"] {
                    var characters = Array(plain)
                    characters.insert(Character(reserved), at: min(position, characters.count))
                    let text = String(characters) + (position % 3 == 0 ? reserved : "")
                    #expect(ByteEscaper.markup.escape(text) == reference(text), "\(text)")
                }
                let control = String(plain.prefix(position)) + "\u{1}\t\n" + plain.dropFirst(position)
                let decoded = try JSONSerialization.jsonObject(with: Data(JSONFeed.quote(control).utf8), options: .fragmentsAllowed)
                #expect(decoded as? String == control)
            }
        }
    }

    @Test func datesMustExist() {
        #expect(CalendarDate(iso: "2026-02-28") != nil)
        #expect(CalendarDate(iso: "2026-02-30") == nil)
        #expect(CalendarDate(iso: "2028-02-29") != nil)
        #expect(CalendarDate(iso: "2026-13-01") == nil)
        #expect(CalendarDate(iso: "26-1-1") == nil)
    }

    @Test func deadlinesOfEachForm() {
        #expect(Due("2026-2030")?.deadline == CalendarDate(year: 2030, month: 12, day: 31))
        #expect(Due("2027-02")?.deadline == CalendarDate(year: 2027, month: 2, day: 28))
        #expect(Due("2027-02-15")?.deadline == CalendarDate(year: 2027, month: 2, day: 15))
        #expect(Due("yearly") == .yearly)
        #expect(Due("yearly")?.deadline == nil)
        #expect(Due("2030-2026") == nil)
        #expect(Due("soon") == nil)
    }

    @Test func reportPeriodsParseAndOrder() throws {
        let q3 = try #require(ReportPeriod("2026-Q3"))
        let h1 = try #require(ReportPeriod("2026-h1"))
        let year = try #require(ReportPeriod("2026"))
        #expect(q3.slug == "2026-q3")
        #expect(h1.end == CalendarDate(year: 2026, month: 6, day: 30))
        #expect([year, q3, h1].sorted() == [h1, q3, year])
        #expect(ReportPeriod("2026-Q5") == nil)
    }

    static let vietnamese = Localizer(
        language: "vi",
        strings: [
            "decimal_separator": ",", "group_separator": ".", "format_percent": "{n}%", "format_rank": "hạng {n}",
            "date_short": "{d}/{m}/{y}", "period_quarter": "Quý {q}/{y}", "period_half_first": "6 tháng đầu năm {y}",
            "due_month": "Tháng {m}/{y}",
        ])

    @Test func numbersAndDatesInVietnamese() throws {
        let l = Self.vietnamese
        #expect(l.number(87.5) == "87,5")
        #expect(l.number(87.25) == "87,3")
        #expect(l.number(-3) == "-3")
        #expect(l.number(1_250_000) == "1.250.000")
        #expect(l.measure(87.5, kind: .percent, unit: "%") == "87,5%")
        #expect(l.measure(4, kind: .rank, unit: "hạng") == "hạng 4")
        #expect(l.date(try #require(CalendarDate(iso: "2025-08-29"))) == "29/8/2025")
        #expect(l.period(.quarter(year: 2026, quarter: 3)) == "Quý 3/2026")
        #expect(l.period(.half(year: 2026, half: 1)) == "6 tháng đầu năm 2026")
        #expect(l.due(.month(year: 2027, month: 2)) == "Tháng 2/2027")
        #expect(l.due(.years(2026, 2030)) == "2026–2030")
    }

    @Test func patternsFillNamedPlaceholdersAndKeepTheRest() throws {
        let l = Localizer(language: "en", strings: [
            "date_long": "{d} {month} {y}", "date_short": "{mon} {d}, {y}", "feedback": "About {title} ({id}) {x}",
            "open": "a {b", "mon_8": "Aug", "month_8": "August",
        ])
        let date = try #require(CalendarDate(iso: "2025-08-29"))
        #expect(l.longDate(date) == "29 August 2025")
        #expect(l.date(date) == "Aug 29, 2025")
        #expect(l.t("feedback", ["title": "Tin {1}", "id": "n-1"]) == "About Tin {1} (n-1) {x}")
        #expect(l.t("open", ["b": "no"]) == "a {b")
        #expect(l.t("missing", ["n": "1"]) == "missing")
    }

    @Test func baseURLsKeepTheirSubPath() throws {
        let base = try #require(BaseURL("https://example.gov.vn/cchc"))
        #expect(base.path == "/cchc/")
        #expect(base.link("nhiem-vu/i-1/") == "/cchc/nhiem-vu/i-1/")
        #expect(base.absolute("") == "https://example.gov.vn/cchc/")
        #expect(BaseURL("/")?.link("") == "/")
        #expect(BaseURL("javascript:alert(1)") == nil)
        #expect(BaseURL("ftp://example.gov.vn/") == nil)
    }
}
