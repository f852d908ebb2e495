import Foundation
import ProblemBank

/// What every practice command needs: the data directory, the progress store, the clock
/// (`DOJO_NOW`) and the user's time zone (`TZ`).
public struct PracticeContext: Sendable {
    public let home: DataHome
    public let store: ProgressStore
    public let clock: DojoClock
    public let timeZone: TimeZone

    public init(home: DataHome, store: ProgressStore, clock: DojoClock, timeZone: TimeZone) {
        self.home = home
        self.store = store
        self.clock = clock
        self.timeZone = timeZone
    }

    /// Resolves the data directory (`--home`, `DOJO_HOME`, XDG) and opens `progress.sqlite` in it.
    public static func open(
        home explicit: String?, timeZone zoneName: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(PracticeContextError) -> PracticeContext {
        let home = DataHome.resolve(explicit: explicit, environment: environment)
        let timeZone: TimeZone
        if let zoneName {
            guard let zone = TimeZone(identifier: zoneName) else { throw .unknownTimeZone(zoneName) }
            timeZone = zone
        } else {
            timeZone = .fromEnvironment(environment)
        }
        let clock = DojoClock.fromEnvironment(environment)
        do {
            let store = try ProgressStore.open(at: home.progressURL, clock: clock)
            return PracticeContext(home: home, store: store, clock: clock, timeZone: timeZone)
        } catch {
            throw .store(error)
        }
    }
}
