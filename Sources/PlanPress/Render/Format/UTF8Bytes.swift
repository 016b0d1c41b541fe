extension Array where Element == UInt8 {
    /// Appends the UTF-8 bytes of `text` in one copy. A page is built as bytes: appending to a `String` cost a
    /// few hundred instructions a time for its bookkeeping, on every tag of every page.
    @inline(__always)
    mutating func appendUTF8(_ text: String) {
        let copied: Void? = text.utf8.withContiguousStorageIfAvailable { append(contentsOf: $0) }
        if copied == nil { append(contentsOf: text.utf8) }
    }
}
