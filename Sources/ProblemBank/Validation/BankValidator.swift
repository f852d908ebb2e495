import Foundation

/// Checks a `Problems/` directory without building anything.
public enum BankValidator {
    /// Every error and warning in the sources, sorted by file, line and column. Empty of errors means
    /// `BankBuilder.build` will succeed. Each renders as `path:line:column: message`.
    public static func check(sources: URL) -> [Diagnostic] {
        SourceLoader(sources: sources).load().diagnostics.sorted {
            ($0.path, $0.line, $0.column) < ($1.path, $1.line, $1.column)
        }
    }
}
