import Foundation

/// ASCII URL slugs from Vietnamese text: "Cải cách thể chế" → "cai-cach-the-che", "đ" → "d".
public enum Slug {
    public static func make(_ text: String) -> String {
        let foldable = text.unicodeScalars.allSatisfy { $0.isASCII || latinFolds[$0.value] != nil }
        let source = foldable ? text : text.applyingTransform(StringTransform("Latin-ASCII"), reverse: false) ?? text
        // Built as bytes: appending to a string cost a hundred instructions a letter, and every task, tag and
        // story link is a slug.
        var slug: [UInt8] = []
        slug.reserveCapacity(source.utf8.count)
        var pendingHyphen = false
        func add(_ byte: UInt8) {
            let lower = byte >= 65 && byte <= 90 ? byte + 32 : byte
            if (lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57) {
                if pendingHyphen, !slug.isEmpty { slug.append(UInt8(ascii: "-")) }
                slug.append(lower)
                pendingHyphen = false
            } else {
                pendingHyphen = true
            }
        }
        for scalar in source.unicodeScalars {
            if scalar.isASCII {
                add(UInt8(scalar.value))
            } else if let folded = latinFolds[scalar.value] {
                folded.utf8.forEach(add)
            } else {
                pendingHyphen = true
            }
        }
        return String(decoding: slug, as: UTF8.self)
    }

    /// Builds the folding table now: ICU takes a few milliseconds for it, which a thread with time to spare can
    /// spend before the threads that make slugs need it.
    static func prepareFolds() { _ = latinFolds.count }

    /// Latin letters with diacritics (all of Vietnamese) and combining marks, folded to ASCII once by ICU's
    /// Latin-ASCII transform, so that slugging a title is table lookups; other scripts go through ICU whole.
    private static let latinFolds: [UInt32: String] = {
        var table: [UInt32: String] = [:]
        for value in Array(0x00C0...0x024F) + Array(0x0300...0x036F) + Array(0x1E00...0x1EFF) {
            guard let scalar = Unicode.Scalar(UInt32(value)),
                let folded = String(scalar).applyingTransform(StringTransform("Latin-ASCII"), reverse: false),
                folded.utf8.allSatisfy({ $0 < 128 })
            else { continue }
            table[UInt32(value)] = folded
        }
        return table
    }()

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
