import Foundation

/// Orders text the way a reader of the page's language expects (in Vietnamese: d before đ, a before ă before â).
enum Collation {
    static func less(_ a: String, _ b: String, language: String) -> Bool {
        let locale = Locale(identifier: language)
        return a.compare(b, options: [.caseInsensitive], range: nil, locale: locale) == .orderedAscending
    }
}
