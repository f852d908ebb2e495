import Foundation
@testable import ProblemBank

/// A temporary repository layout (`Problems/`, `Solutions/`) for tests, removed by `remove()`.
struct SourceFixture {
    let root: URL
    var problems: URL { root.appendingPathComponent("Problems") }
    var solutions: URL { root.appendingPathComponent("Solutions") }

    /// The repository this test file lives in.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// A fixture holding copies of the given problems (folders and solutions) of the repository.
    init(copying slugs: [String], questions: [String] = []) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("bank-fixture-\(UUID().uuidString)")
        let fileManager = FileManager.default
        try fileManager.createDirectory(at: problems, withIntermediateDirectories: true)
        try fileManager.createDirectory(at: solutions, withIntermediateDirectories: true)
        try fileManager.copyItem(at: Self.repository.appendingPathComponent("Problems/README.md"),
                                 to: problems.appendingPathComponent("README.md"))
        for slug in slugs {
            try fileManager.copyItem(at: Self.repository.appendingPathComponent("Problems/\(slug)"), to: problems.appendingPathComponent(slug))
            try fileManager.copyItem(at: Self.repository.appendingPathComponent("Solutions/\(slug)"), to: solutions.appendingPathComponent(slug))
        }
        if !questions.isEmpty {
            try fileManager.createDirectory(at: problems.appendingPathComponent("questions"), withIntermediateDirectories: true)
            // Fixed copies of two question files, so the tests do not follow the bank's content.
            let fixtures = Self.repository.appendingPathComponent("Tests/ProblemBankTests/Fixtures/questions")
            for file in questions {
                try fileManager.copyItem(at: fixtures.appendingPathComponent(file), to: problems.appendingPathComponent("questions/\(file)"))
            }
            let answers = fixtures.appendingPathComponent("expected")
            if fileManager.fileExists(atPath: answers.path) {
                try fileManager.copyItem(at: answers, to: problems.appendingPathComponent("questions/expected"))
            }
        }
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    func read(_ relative: String) throws -> String {
        try String(contentsOf: url(relative), encoding: .utf8)
    }

    func write(_ relative: String, _ text: String) throws {
        try FileManager.default.createDirectory(at: url(relative).deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url(relative), atomically: true, encoding: .utf8)
    }

    /// Replaces the first occurrence of `old` in a file; returns false when it is not there.
    @discardableResult
    func replace(_ relative: String, _ old: String, with new: String) throws -> Bool {
        let text = try read(relative)
        guard let range = text.range(of: old) else { return false }
        try write(relative, text.replacingCharacters(in: range, with: new))
        return true
    }

    /// 1-based line and column of the first occurrence of `needle` in a file (columns in Unicode scalars).
    func position(of needle: String, in relative: String) throws -> (line: Int, column: Int)? {
        let text = try read(relative)
        guard let range = text.range(of: needle) else { return nil }
        let before = text[..<range.lowerBound]
        let line = before.filter { $0 == "\n" }.count + 1
        let lineStart = before.lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
        return (line, text[lineStart..<range.lowerBound].unicodeScalars.count + 1)
    }
}
