import Foundation
import Testing
@testable import ProblemBank

/// Deleting any one line of a valid source must never crash the validator, and every diagnostic
/// it then reports must point inside the file it names.
@Test(arguments: ["problem.yaml", "tests.yaml"])
func everyOneLineDeletionGivesPositionedDiagnostics(_ file: String) throws {
    let fixture = try SourceFixture(copying: ["second-highest-salary-per-country"])
    defer { fixture.remove() }
    let relative = "Problems/second-highest-salary-per-country/\(file)"
    let original = try fixture.read(relative)
    let lines = original.components(separatedBy: "\n")
    for index in lines.indices where !lines[index].trimmingCharacters(in: .whitespaces).isEmpty {
        var mutated = lines
        mutated.remove(at: index)
        try fixture.write(relative, mutated.joined(separator: "\n"))
        let diagnostics = BankValidator.check(sources: fixture.problems)
        for diagnostic in diagnostics {
            let text = (try? fixture.read(diagnostic.path)) ?? ""
            let lineCount = text.components(separatedBy: "\n").count
            if diagnostic.line < 1 || diagnostic.line > lineCount || diagnostic.column < 1 {
                Issue.record("deleting line \(index + 1): \(diagnostic) points outside \(diagnostic.path)")
            }
        }
    }
    try fixture.write(relative, original)
    #expect(BankValidator.check(sources: fixture.problems).filter { $0.severity == .error }.isEmpty)
}
