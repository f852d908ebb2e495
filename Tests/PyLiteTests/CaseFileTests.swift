import Foundation
import Testing
@testable import PyLite

/// Runs every `Cases/*.py` file on PyLite and on CPython (`python3`) and compares what they print, and the final
/// error line when a case ends in an uncaught exception.
struct CaseFileTests {
    static var caseDirectory: URL? {
        Bundle.module.url(forResource: "Cases", withExtension: nil)
    }

    static var caseNames: [String] {
        guard let directory = caseDirectory,
            let files = try? FileManager.default.contentsOfDirectory(atPath: directory.path)
        else { return [] }
        return files.filter { $0.hasSuffix(".py") }.sorted()
    }

    struct Outcome: Equatable, CustomStringConvertible {
        var output: String
        var error: String?
        var description: String { output + (error.map { "\n<<error>> " + $0 } ?? "") }
    }

    static func runCPython(_ path: String) throws -> Outcome? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", path]
        var environment = ProcessInfo.processInfo.environment
        environment["PYTHONHASHSEED"] = "0"
        environment["PYTHONIOENCODING"] = "utf-8"
        process.environment = environment
        // Files rather than pipes: reading pipes can be interrupted by signals in the test process.
        let directory = FileManager.default.temporaryDirectory
        let outURL = directory.appendingPathComponent("pylite-case-\(UUID().uuidString).out")
        let errURL = directory.appendingPathComponent("pylite-case-\(UUID().uuidString).err")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        do { try process.run() } catch { return nil }
        process.waitUntilExit()
        let outData = (try? Data(contentsOf: outURL)) ?? Data()
        let errData = (try? Data(contentsOf: errURL)) ?? Data()
        let stderr = String(decoding: errData, as: UTF8.self)
        var error: String?
        if process.terminationStatus != 0 {
            error = stderr.split(separator: "\n").last.map(String.init)
        }
        return Outcome(output: String(decoding: outData, as: UTF8.self), error: error)
    }

    static func runPyLite(_ source: String) -> Outcome {
        let interpreter = PyInterpreter(limits: Limits(wallClockSeconds: 20))
        do {
            try interpreter.run(source: source, filename: "case.py", moduleName: "__main__")
            return Outcome(output: interpreter.output, error: nil)
        } catch let error as PyError {
            return Outcome(output: interpreter.output, error: error.summary)
        } catch {
            return Outcome(output: interpreter.output, error: "\(error)")
        }
    }

    @Test(arguments: caseNames)
    func caseMatchesCPython(_ name: String) throws {
        let directory = try #require(Self.caseDirectory)
        let path = directory.appendingPathComponent(name).path
        let source = try String(contentsOfFile: path, encoding: .utf8)
        guard let expected = try Self.runCPython(path) else {
            Issue.record("python3 is not available to check \(name)")
            return
        }
        let actual = Self.runPyLite(source)
        if actual != expected {
            let expectedLines = expected.description.split(separator: "\n", omittingEmptySubsequences: false)
            let actualLines = actual.description.split(separator: "\n", omittingEmptySubsequences: false)
            var firstDifference = 0
            while firstDifference < min(expectedLines.count, actualLines.count),
                expectedLines[firstDifference] == actualLines[firstDifference]
            {
                firstDifference += 1
            }
            let expectedLine = firstDifference < expectedLines.count ? String(expectedLines[firstDifference]) : "<end>"
            let actualLine = firstDifference < actualLines.count ? String(actualLines[firstDifference]) : "<end>"
            Issue.record("""
                \(name): first difference at output line \(firstDifference + 1)
                  CPython: \(expectedLine)
                  PyLite:  \(actualLine)
                  PyLite error: \(actual.error ?? "none"); CPython error: \(expected.error ?? "none")
                """)
        }
    }

    @Test func thereAreManyCaseFiles() {
        #expect(Self.caseNames.count >= 20)
    }
}
