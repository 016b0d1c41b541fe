/// Characters no page may carry: C0 and C1 control characters other than tab and line ends, DEL, and the
/// noncharacters U+FFFE and U+FFFF. They are invisible in editors (pasted from spreadsheets and PDFs), XML 1.0
/// forbids most of them, so one would make every feed that carries it ill-formed, and HTML parsers refuse them.
enum ForbiddenCharacters {
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return false
        case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF: return true
        default: return false
        }
    }

    /// The first forbidden character of a text and its position, counted in Unicode scalars from 1.
    static func first(in text: String) -> (line: Int, column: Int, scalar: Unicode.Scalar)? {
        guard mayContain(text) else { return nil }
        var line = 1
        var column = 1
        for scalar in text.unicodeScalars {
            if isForbidden(scalar) { return (line, column, scalar) }
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return nil
    }

    /// A quick pass over the bytes: false when the text certainly holds none (the usual case, at memory speed).
    private static func mayContain(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for byte in bytes where byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xEF {
                if byte != 0x09, byte != 0x0A, byte != 0x0D { return true }
            }
            return false
        }
    }

    /// "U+0001", as the error names the character.
    static func name(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
