import Foundation
import Testing
@testable import Practice

@Test func dojoNowOverridesTheClock() {
    let clock = DojoClock.fromEnvironment(["DOJO_NOW": "2026-01-05T09:00:00Z"])
    #expect(clock.now().timeIntervalSince1970 == 1_767_603_600)
}

@Test func malformedDojoNowFallsBackToRealTime() {
    let clock = DojoClock.fromEnvironment(["DOJO_NOW": "not a date"])
    #expect(abs(clock.now().timeIntervalSinceNow) < 60)
}
