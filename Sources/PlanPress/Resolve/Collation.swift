import Foundation

/// Orders text the way a reader of the page's language expects (in Vietnamese: d before đ, a before ă before â).
struct Collation {
    private let locale: Locale

    init(language: String) { locale = Locale(identifier: language) }

    func less(_ a: String, _ b: String) -> Bool {
        a.compare(b, options: [.caseInsensitive], range: nil, locale: locale) == .orderedAscending
    }
}
