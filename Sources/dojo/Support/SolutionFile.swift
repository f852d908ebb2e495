import ArgumentParser
import Foundation

/// A usage error found while running (a missing file): printed as `error: …`, exit code 2.
struct UsageError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}

/// A solution file as given on the command line: its text, its name and its language.
struct SolutionFile {
    var path: String
    var source: String

    var fileName: String { URL(fileURLWithPath: path).lastPathComponent }
    var language: String { path.hasSuffix(".sql") ? "sql" : "python" }

    /// Reads the file; a missing file or a wrong extension is a usage error (exit 2).
    static func read(_ path: String) throws -> SolutionFile {
        guard path.hasSuffix(".py") || path.hasSuffix(".sql") else {
            throw UsageError("\(path): a solution is a PySpark file (.py) or a Spark SQL file (.sql).")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw UsageError("Cannot read \(path): no such file.")
        }
        guard let source = String(data: data, encoding: .utf8) else {
            throw UsageError("\(path) is not UTF-8 text.")
        }
        return SolutionFile(path: path, source: source)
    }
}
