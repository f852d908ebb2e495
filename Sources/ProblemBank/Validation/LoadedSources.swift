import Foundation

/// A problem read from its folder, with its tests (the sample first), expected outputs and solutions.
struct LoadedProblem: Sendable {
    var source: ProblemSource
    var directory: String
    var tests: [TestSource]
    var expected: [String: ExpectedOutput]
    var solutions: [SolutionEntry]
}

/// Everything read from a `Problems/` directory, and what is wrong with it.
struct LoadedSources: Sendable {
    var problems: [LoadedProblem] = []
    var questions: [Question] = []
    var diagnostics: [Diagnostic] = []
    /// SHA-256 over every file under `Problems/` and every listed solution file.
    var contentHash: String = ""

    var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
}
