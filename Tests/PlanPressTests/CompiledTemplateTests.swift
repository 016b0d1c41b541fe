import Foundation
import Mustache
import Testing

@testable import PlanPress

/// Pages are rendered with compiled templates; swift-mustache, which checks the templates, is the reference. Whole
/// sites built both ways must give the same bytes, and the Mustache features a designer may use must too.
@Suite struct CompiledTemplateTests {
    static func render(both template: String, partials: [String: String] = [:], _ data: TemplateData) throws -> (String, String) {
        var library = MustacheLibrary()
        var compiled: [String: CompiledTemplate] = [:]
        // As the theme loader does: the pragma selects PlanPress's escaping, on bytes, in both.
        _ = TemplateEscaping.registered
        for (name, text) in partials.merging(["page": template], uniquingKeysWith: { a, _ in a }) {
            library.register(try MustacheTemplate(string: TemplateEscaping.pragma + text), named: name)
            compiled[name] = try TemplateCompiler.compile(TemplateEscaping.pragma + text)
        }
        let reference = try #require(library.render(data.mustacheValue, withTemplate: "page"))
        let fast = try #require(TemplateRenderer(templates: compiled).render("page", data))
        return (String(decoding: fast, as: UTF8.self), reference)
    }

    static let data = TemplateData.map([
        "title": .text("Cải cách <hành chính> & \"một cửa\" 'số' \"\u{301}dấu\" <\u{323}"),
        "count": .integer(3), "share": .number(95.5), "open": .flag(true), "closed": .flag(false), "empty": .text(""),
        "tasks": .list([
            .map(["id": .text("I.1"), "done": .flag(true), "note": .text("Đã xong")]),
            .map(["id": .text("I.2"), "done": .flag(false)]),
            .map(["id": .text("II.1"), "done": .flag(true)]),
        ]),
        "none": .list([]),
        "page": .map(["meta": .map(["lang": .text("vi")]), "title": .text("Trang")]),
        "t": .texts(["hello": "Xin chào", "bye": "Tạm biệt"]),
        "names": .list([.text("a"), .text("b")]),
        "html": .markup(Array("<p>Cải cách &amp; \"số\" 'một'</p>\n".utf8)), "noHTML": .markup([]),
    ])

    /// One template per Mustache feature a designer may use.
    static let features: [String] = [
        "{{title}} {{{title}}} {{&title}} {{count}} {{share}} {{open}} {{missing}}|",
        "{{#tasks}}{{id}}{{#done}} ✓{{/done}}{{^done}} …{{/done}}{{#note}} ({{.}}){{/note}};{{/tasks}}",
        "{{#tasks}}{{#first()}}[{{/first()}}{{index()}}:{{id}}{{^last()}}, {{/last()}}{{#last()}}]{{/last()}}{{/tasks}}",
        "{{#tasks}}{{#even()}}e{{/even()}}{{#odd()}}o{{/odd()}}{{plusone(index())}}{{/tasks}}",
        "{{^none}}no tasks{{/none}}{{#none}}never{{/none}}{{^tasks}}never{{/tasks}}{{^missing}}absent{{/missing}}",
        "{{#empty(none)}}empty{{/empty(none)}} {{^empty(tasks)}}{{count(tasks)}} tasks{{/empty(tasks)}} {{#empty(empty)}}blank{{/empty(empty)}}",
        "{{#page}}{{title}} {{meta.lang}} {{.title}} {{count}}{{/page}} {{page.meta.lang}} {{page.nothing.lang}}",
        "{{#page.meta}}{{.title}}|{{title}}{{/page.meta}}",
        "{{t.hello}}, {{#t}}{{bye}}{{/t}} {{count(t)}}",
        "{{#empty}}an empty text still opens a section{{/empty}}{{#closed}}never{{/closed}}{{#open}}{{title}}{{/open}}",
        "{{#names}}{{.}}{{/names}} {{#reversed(names)}}{{.}}{{/reversed(names)}} {{first(names)}}{{last(names)}}",
        "{{uppercased(empty)}}{{lowercased(page.title)}} {{equalzero(count)}} {{minusone(count)}}",
        "{{html}}|{{{html}}}|{{#html}}[{{{.}}}{{count}}]{{/html}}{{#noHTML}}opens{{/noHTML}}{{^noHTML}}never{{/noHTML}}",
        "{{#empty(noHTML)}}blank{{/empty(noHTML)}} {{uppercased(html)}} {{#page}}{{{html}}}{{/page}}",
        "{{! a comment }}a{{=<% %>=}}<% title %><%={{ }}=%>{{count}}",
        "{{% CONTENT_TYPE: TEXT }}{{title}}",
        "<ul>\n  {{#tasks}}\n  <li>{{id}}</li>\n  {{/tasks}}\n</ul>\n{{#open}}\nopen\n{{/open}}\n  {{! standalone }}\nend\n",
        "{{#tasks}}\n{{id}}\n{{/tasks}}\n\n{{^none}}\n  none\n{{/none}}\r\nlast",
    ]

    @Test(arguments: features)
    func aFeatureRendersAsSwiftMustacheRendersIt(_ template: String) throws {
        let (fast, reference) = try Self.render(both: template, Self.data)
        #expect(fast == reference)
        #expect(!fast.isEmpty)
    }

    @Test func partialsIndentationAndBlocksRenderAsSwiftMustacheRendersThem() throws {
        let partials = [
            "row": "<tr>\n  <td>{{id}}</td>\n</tr>\n",
            "base": "<html>\n<head>{{$head}}<title>x</title>{{/head}}</head>\n<body>\n  {{$main}}\n  default\n  {{/main}}\n</body>\n</html>\n",
            "layout": "{{<base}}{{$head}}<title>layout</title>{{/head}}{{/base}}",
        ]
        let templates = [
            "<table>\n  {{#tasks}}\n  {{>row}}\n  {{/tasks}}\n</table>\n",
            "{{<base}}\n{{$main}}\n  <p>{{title}}</p>\n  {{#tasks}}{{>row}}{{/tasks}}\n{{/main}}\n{{/base}}\n",
            "{{<base}}{{/base}}",
            "{{<layout}}{{$main}}from the page{{/main}}{{/layout}}",
            "{{<layout}}{{$head}}<title>page wins</title>{{/head}}{{/layout}}",
            "before {{>row}} after\n    {{>row}}\n",
        ]
        for template in templates {
            let (fast, reference) = try Self.render(both: template, partials: partials, Self.data)
            #expect(fast == reference, "\(template)")
        }
    }

    /// The theme's own pages, for a site with every page kind, built with each renderer.
    @Test func everyPageOfTheRealPlanIsWhatSwiftMustacheRenders() throws {
        try Self.expectBothRenderersAgree(source: TestSite.repository)
    }

    @Test func everyPageOfABilingualNewsSiteIsWhatSwiftMustacheRenders() throws {
        let site = try TestSite(PreviewTests.newsSite)
        try Self.expectBothRenderersAgree(source: site.root)
    }

    static func expectBothRenderersAgree(source: URL, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        var options = BuildOptions(source: source)
        let (sites, theme, _) = try Pipeline.check(options)
        options.referenceTemplates = true
        let (_, reference, _) = try Pipeline.check(options)
        let fast = try RenderStage.run(sites, theme: theme, parallel: false)
        let slow = try RenderStage.run(sites, theme: reference, parallel: false)
        #expect(fast.count > 20, sourceLocation: sourceLocation)
        #expect(fast.map(\.path) == slow.map(\.path), sourceLocation: sourceLocation)
        for (a, b) in zip(fast, slow) where a.contents != b.contents {
            Issue.record("\(a.path) differs from swift-mustache's rendering", sourceLocation: sourceLocation)
        }
    }

    @Test func aTransformTheRendererDoesNotKnowIsReportedWhereItIs() throws {
        let site = try TestSite(Fixtures.site)
        try site.write("themes/default/templates/page.mustache", "{{<base}}\n{{$main}}\n<p>{{shout(page.title)}}</p>\n{{/main}}\n{{/base}}\n")
        let error = try #require(site.failure().first { $0.severity == .error })
        #expect(error.location == SourceLocation(path: "themes/default/templates/page.mustache", line: 3, column: 6))
        #expect(error.message.hasPrefix("unknown transform 'shout'"))
    }
}

/// Views reach the templates through their `Encodable` conformance.
@Suite struct TemplateDataEncoderTests {
    struct Story: Encodable {
        var title: String
        var image: String?
        var tags: [TagLink]
        var count: Int
        var share: Double
        var open: Bool
        var t: [String: String]
        var notes: [String?]
    }

    /// A nil field is kept as null, so that a template's lookup of its name stops at this view.
    @Test func aViewBecomesMapsListsAndTextsWithItsNilFieldsKeptAsNull() {
        let story = Story(
            title: "Tin", image: nil, tags: [TagLink(name: "dịch vụ công", url: "/the/dich-vu-cong/", count: 3)], count: 2,
            share: 95.5, open: true, t: ["hello": "Xin chào"], notes: ["a", nil])
        #expect(TemplateDataEncoder.encode(story) == .map([
            "title": .text("Tin"), "image": .null,
            "tags": .list([.map(["name": .text("dịch vụ công"), "url": .text("/the/dich-vu-cong/"), "count": .integer(3)])]),
            "count": .integer(2), "share": .number(95.5), "open": .flag(true), "t": .texts(["hello": "Xin chào"]),
            "notes": .list([.text("a"), .null]),
        ]))
    }

    /// A hand-written `encode(to:)` may nest containers; they land where they were opened.
    struct Nested: Encodable {
        enum Keys: String, CodingKey { case first, inner, last }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode("1", forKey: .first)
            var inner = container.nestedUnkeyedContainer(forKey: .inner)
            try inner.encode("a")
            var deeper = inner.nestedContainer(keyedBy: Keys.self)
            try deeper.encode(true, forKey: .last)
            try inner.encode("c")
        }
    }

    @Test func nestedContainersKeepTheirPlaces() {
        #expect(TemplateDataEncoder.encode(Nested()) == .map([
            "first": .text("1"), "inner": .list([.text("a"), .map(["last": .flag(true)]), .text("c")]),
        ]))
    }
}

extension TemplateDataEncoderTests {
    /// Data made earlier, such as a shared story card, is taken whole, and other encoders still see its fields.
    @Test func dataMadeEarlierIsTakenWhole() throws {
        struct Page: Encodable { var card: Shared<NewsCard>; var cards: [Shared<NewsCard>] }
        let card = Shared<NewsCard>(data: .map(["title": .text("Tin"), "tags": .list([.text("a")])]))
        #expect(TemplateDataEncoder.encode(Page(card: card, cards: [card])) == .map(["card": card.data, "cards": .list([card.data])]))
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(card)) as? [String: Any]
        #expect(json?["title"] as? String == "Tin" && json?["tags"] as? [String] == ["a"])
    }
}

/// The fields of a view, as the renderer looks them up.
@Suite struct TemplateMapTests {
    @Test func aFieldSetAgainKeepsItsPlaceAndTakesTheLastValue() {
        var map = TemplateMap()
        map[TemplateKey("title")] = .text("Cũ")
        map[TemplateKey("url")] = .text("/a/")
        map[TemplateKey("title")] = .text("Mới")
        #expect(map.count == 2)
        #expect(map[TemplateKey("title")] == .text("Mới"))
        #expect(Array(map.fields.map(\.0)) == ["title", "url"])
        map[TemplateKey("title")] = nil
        #expect(map[TemplateKey("title")] == nil)
        #expect(map.count == 1)
    }

    @Test func mapsWithTheSameFieldsAreEqualInAnyOrder() {
        let a: TemplateMap = ["id": .text("I.1"), "done": .flag(true)]
        let b: TemplateMap = ["done": .flag(true), "id": .text("I.1")]
        #expect(a == b)
        #expect(a != ["done": .flag(false), "id": .text("I.1")])
        #expect(a != ["id": .text("I.1")])
    }

    @Test func namesAreToldApartByTheirWholeText() {
        let names = ["t", "title", "titles", "title.", "tiêu đề", "page", "a", "b", "", "empty"]
        var map = TemplateMap()
        for (index, name) in names.enumerated() { map[TemplateKey(name)] = .integer(index) }
        for (index, name) in names.enumerated() { #expect(map[TemplateKey(name)] == .integer(index)) }
        #expect(map[TemplateKey("tit")] == nil)
        #expect(Set(names.map { TemplateKey($0).hash }).count == names.count)
    }
}
