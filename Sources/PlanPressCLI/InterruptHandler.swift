import Dispatch
import Foundation
import PlanPress

/// Ends the process cleanly on SIGINT, SIGTERM and SIGHUP: the staging folder of a build under way is removed,
/// and the process exits with 128 + the signal's number, as a shell expects.
enum InterruptHandler {
    /// Starts watching the signals; the caller keeps the sources for the life of the process, since a dispatch
    /// source stops when released.
    static func install() -> [any DispatchSourceSignal] {
        [SIGINT, SIGTERM, SIGHUP].map { signalNumber in
            // The default action would kill the process at once; the source's handler runs on a queue instead.
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                StagingRegistry.removeAll()
                exit(128 + signalNumber)
            }
            source.resume()
            return source
        }
    }
}
