import Testing
@testable import PyLite

@Test func defaultLimitsAreFinite() {
    let limits = Limits.default
    #expect(limits.maxSteps > 0)
    #expect(limits.maxRecursionDepth > 0)
    #expect(limits.wallClockSeconds > 0)
}
