import Foundation

/// ASCII URL slugs from Vietnamese text: "Cải cách thể chế" → "cai-cach-the-che", "đ" → "d".
public enum Slug {
    public static func make(_ text: String) -> String {
        // Ids such as "II.3" are ASCII already: the transliteration (ICU) is only needed for Vietnamese text.
        let ascii = text.utf8.allSatisfy({ $0 < 128 }) ? text : text.applyingTransform(StringTransform("Latin-ASCII"), reverse: false) ?? text
        var slug = ""
        var pendingHyphen = false
        for scalar in ascii.lowercased().unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                if pendingHyphen, !slug.isEmpty { slug.append("-") }
                slug.unicodeScalars.append(scalar)
                pendingHyphen = false
            } else {
                pendingHyphen = true
            }
        }
        return slug
    }

    /// Ids are ASCII letters, digits, dots, underscores and hyphens, and start with a letter or digit.
    public static func isValidID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, first.isASCII, CharacterSet.alphanumerics.contains(first) else {
            return false
        }
        return id.unicodeScalars.allSatisfy {
            $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "." || $0 == "-" || $0 == "_")
        }
    }
}
