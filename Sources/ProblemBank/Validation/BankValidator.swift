import Foundation

/// Checks a `Problems/` directory without building anything.
public enum BankValidator {
    /// Every error and warning in the sources, in file order. Empty of errors means
    /// `BankBuilder.build` will succeed. Each renders as `path:line:column: message`.
    public static func check(sources: URL) -> [Diagnostic] {
        SourceLoader(sources: sources).load().diagnostics
    }
}
