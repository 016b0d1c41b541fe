extension StringProtocol {
    /// True when every character is an ASCII digit 0–9: `Int("+026")` and `Int("-1")` parse, dates' parts must not.
    var isASCIIDigits: Bool {
        !isEmpty && utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }
}
