/// Why the bank could not be built, opened or read. Messages say what to do.
public enum BankError: Error, Sendable, CustomStringConvertible {
    /// The sources have errors; the previous bank (if any) is untouched.
    case invalidSources([Diagnostic])
    /// No `Problems/` directory could be found.
    case sourcesNotFound
    /// The file is not a bank this version can read.
    case unreadableBank(path: String, reason: String)
    case unknownProblem(slug: String, suggestions: [String])
    case unknownQuestion(id: String)
    case storage(String)

    public var description: String {
        switch self {
        case .invalidSources(let diagnostics):
            let errors = diagnostics.filter { $0.severity == .error }
            return "the problem sources have \(errors.count) error(s); the previous bank was kept:\n"
                + errors.map(\.description).joined(separator: "\n")
        case .sourcesNotFound:
            return "cannot find the Problems/ directory; set DOJO_PROBLEMS to it, or run dojo from the SparkDojo checkout"
        case .unreadableBank(let path, let reason):
            return "cannot read the bank at \(path) (\(reason)); run `dojo bank build` to rebuild it"
        case .unknownProblem(let slug, let suggestions):
            return "no problem '\(slug)'" + (suggestions.isEmpty ? "; `dojo list` shows them all"
                : "; did you mean " + suggestions.map { "'\($0)'" }.joined(separator: " or ") + "?")
        case .unknownQuestion(let id):
            return "no question '\(id)'"
        case .storage(let message):
            return "bank storage error: \(message)"
        }
    }
}
