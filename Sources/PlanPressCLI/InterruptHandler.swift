import Dispatch
import Foundation
import PlanPress

/// Ends the process cleanly on SIGINT, SIGTERM and SIGHUP: the staging folder of a build under way is removed,
/// and the process exits with 128 + the signal's number, as a shell expects.
enum InterruptHandler {
    /// Kept for the life of the process; a dispatch source stops when released.
    nonisolated(unsafe) private static var sources: [any DispatchSourceSignal] = []

    static func install() {
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            // The default action would kill the process at once; the source's handler runs on a queue instead.
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                StagingRegistry.removeAll()
                exit(128 + signalNumber)
            }
            source.resume()
            sources.append(source)
        }
    }
}
