/// The files of a new, minimal, valid site for another agency's plan: it builds as soon as it is written.
public enum NewSite {
    public static func files(title: String, organization: String, today: CalendarDate) -> [(path: String, text: String)] {
        let year = today.year
        let start = "\(year + 1)-01-01"
        let end = "\(year + 5)-12-31"
        return [
            ("planpress.yaml", """
                title: \(YAMLText.quoted(title))
                organization: \(YAMLText.quoted(organization))
                baseURL: https://example.gov.vn/cchc/
                languages: [vi]
                theme: default
                description: \(YAMLText.quoted("Theo dõi công khai việc thực hiện kế hoạch cải cách hành chính của " + organization + "."))
                feedback:
                  email: gopy@example.gov.vn
                  portal: https://dichvucong.gov.vn/
                illustrative: true
                pagination:
                  news: 10

                """),
            ("content/plan.md", """
                ---
                title: \(YAMLText.quoted("Kế hoạch cải cách hành chính giai đoạn \(year + 1)-\(year + 5)"))
                number: ""
                issued: \(today.iso)
                issuer: \(YAMLText.quoted(organization))
                period: {start: \(start), end: \(end)}
                basis: []
                summary: Kế hoạch cải cách hành chính của cơ quan.
                ---

                Dán toàn văn kế hoạch ở đây.

                """),
            ("content/units.yaml", """
                van-phong: Văn phòng

                """),
            ("content/areas/cai-cach-thu-tuc-hanh-chinh.md", """
                ---
                id: "I"
                order: 1
                title: Cải cách thủ tục hành chính
                objectives:
                  - 100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến.
                summary: Cải cách thủ tục hành chính của cơ quan.
                ---

                """),
            ("content/tasks/I.1.md", """
                ---
                id: "I.1"
                area: "I"
                title: Rà soát, công khai thủ tục hành chính
                lead: van-phong
                partners: []
                due: "\(year + 1)-\(year + 5)"
                product: Danh mục thủ tục hành chính
                indicators: [ty-le-thu-tuc-truc-tuyen]
                ---

                """),
            ("content/indicators/ty-le-thu-tuc-truc-tuyen.md", """
                ---
                id: ty-le-thu-tuc-truc-tuyen
                title: Tỷ lệ thủ tục hành chính được cung cấp trực tuyến
                area: "I"
                kind: percent
                direction: up
                target: {value: 100, by: \(year + 5)}
                source: Cổng Dịch vụ công
                ---

                Số thủ tục được cung cấp trực tuyến trên tổng số thủ tục đủ điều kiện.

                """),
            ("content/reports/\(year + 1)-q1.md", """
                ---
                period: "\(year + 1)-Q1"
                as_of: \(year + 1)-03-31
                published: \(year + 1)-04-05
                illustrative: true
                tasks:
                  "I.1": {status: on-track, progress: 10, note: Đã lập danh mục.}
                indicators:
                  ty-le-thu-tuc-truc-tuyen: 60
                ---

                Số liệu minh họa.

                """),
            ("content/news/\(today.iso)-ra-mat-trang-theo-doi.md", """
                ---
                title: Ra mắt trang theo dõi cải cách hành chính
                date: \(today.iso)
                summary: Trang công khai tiến độ thực hiện kế hoạch cải cách hành chính.
                tags: [cải cách hành chính]
                related: ["I.1"]
                illustrative: true
                ---

                Tin minh họa.

                """),
            ("content/pages/gop-y.md", """
                ---
                title: Góp ý
                layout: feedback
                summary: Cách gửi góp ý về trang và việc thực hiện kế hoạch.
                ---

                """),
        ]
    }
}
