import Testing
@testable import Judge

@Test func verdictNamesMatchTheContract() {
    #expect(Verdict.allCases.map(\.rawValue) == [
        "accepted", "wrong_answer", "plan_rule_violated", "compile_error",
        "runtime_error", "time_limit_exceeded", "memory_limit_exceeded", "unsupported",
    ])
}
