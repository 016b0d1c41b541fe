import Foundation
import PlanPress

/// How the preview answers a path: the file, `index.html` for folders, a redirect for a folder without its
/// slash, or the site's 404 page. Pure, so every case can be tested without a socket.
public enum PreviewFiles {
    /// What to send back for a request path.
    public enum Answer: Equatable, Sendable {
        case file(path: String, data: Data)
        case redirect(to: String)
        case notFound(page: Data?)
        case badRequest
    }

    public static func answer(_ requestPath: String, files: [String: Data]) -> Answer {
        let decoded = requestPath.removingPercentEncoding ?? requestPath
        guard decoded.hasPrefix("/"), !decoded.contains("\0"), !decoded.contains("\\") else { return .badRequest }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: true)
        if segments.contains(where: { $0 == ".." || $0 == "." }) { return .badRequest }
        let path = segments.joined(separator: "/")
        let candidate = decoded.hasSuffix("/") || path.isEmpty ? (path.isEmpty ? "index.html" : path + "/index.html") : path
        if let data = files[candidate] { return .file(path: candidate, data: data) }
        if !decoded.hasSuffix("/"), files[path + "/index.html"] != nil { return .redirect(to: "/" + path + "/") }
        return .notFound(page: files["404.html"])
    }

    /// The Content-Type of a file, by its extension.
    public static func contentType(_ path: String) -> String {
        switch (path as NSString).pathExtension.lowercased() {
        case "html": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js": return "text/javascript; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "xml": return "application/xml; charset=utf-8"
        case "json": return "application/json; charset=utf-8"
        case "csv": return "text/csv; charset=utf-8"
        case "txt": return "text/plain; charset=utf-8"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "webp": return "image/webp"
        case "pdf": return "application/pdf"
        default: return "application/octet-stream"
        }
    }

    /// A strong validator for a file's bytes (FNV-1a, 64 bits).
    public static func etag(_ data: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return "\"" + String(hash, radix: 16) + "\""
    }
}
