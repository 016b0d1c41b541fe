/// The order of the news everywhere they are listed: newest first, and a day's stories by title, compared on
/// their bytes (code point order, as NFC text sorts).
enum NewsOrder {
    static func precedes(_ a: NewsItem, _ b: NewsItem) -> Bool { precedes(a.date, a.title, b.date, b.title) }

    static func precedes(_ dateA: CalendarDate, _ titleA: String, _ dateB: CalendarDate, _ titleB: String) -> Bool {
        dateA != dateB ? dateA > dateB : titleB.utf8.lexicographicallyPrecedes(titleA.utf8)
    }
}
