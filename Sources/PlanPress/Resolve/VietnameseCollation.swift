import Foundation

/// Orders text the way a Vietnamese reader expects (d before đ, a before ă before â).
enum VietnameseCollation {
    static let locale = Locale(identifier: "vi_VN")

    static func less(_ a: String, _ b: String) -> Bool {
        a.compare(b, options: [.caseInsensitive], range: nil, locale: locale) == .orderedAscending
    }
}
