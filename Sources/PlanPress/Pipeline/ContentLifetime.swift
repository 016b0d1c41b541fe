import Foundation

/// Holds a one-shot build's content until the process exits (`BuildOptions.keepsContentUntilExit`).
final class ContentLifetime: @unchecked Sendable {
    private static let shared = ContentLifetime()
    private let lock = NSLock()
    private var kept: [Any] = []

    static func keepUntilExit(_ value: Any) {
        shared.lock.withLock { shared.kept.append(value) }
    }
}
