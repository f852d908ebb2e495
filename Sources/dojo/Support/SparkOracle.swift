import Foundation
import Judge
import ProblemBank
import PySparkBridge

/// Runs a solution on real Apache Spark through `tools/spark-oracle` (`oracle.py batch`): one
/// Spark session for all tests of a problem, each test's data written as a dataset file.
struct SparkOracle {
    var master: String?
    var remote: String?

    /// Why real Spark cannot run here, with what to install; nil when it can.
    static func missingRequirement() -> String? {
        if run(["python3", "--version"]).status != 0 {
            return "Python 3 is not installed. Install it (e.g. `apt-get install python3 python3-pip`), then `pip install pyspark`."
        }
        if run(["python3", "-c", "import pyspark"]).status != 0 {
            return "PySpark is not installed. Install it with `pip install pyspark` (Spark 4.x; the bank's outputs come from 4.3)."
        }
        let hasJavaHome = ProcessInfo.processInfo.environment["JAVA_HOME"].map { !$0.isEmpty } ?? false
        if !hasJavaHome, run(["java", "-version"]).status != 0 {
            return "Java is not installed. Spark needs Java 17 or 21: install a JDK (e.g. `apt-get install openjdk-17-jre-headless`) or set JAVA_HOME."
        }
        return nil
    }

    /// The oracle script beside the shipped `Problems/`.
    static func script(problems: URL) -> URL {
        problems.deletingLastPathComponent().appendingPathComponent("tools/spark-oracle/oracle.py")
    }

    /// What real Spark did on each test, by test name.
    struct Outcome {
        var results: [String: Result<ExecutedSolution, SolutionError>]
        /// Seconds per test as the oracle measured them (the JVM's start-up is not in them).
        var seconds: [String: Double]
    }

    /// Results per test name, or a message saying why Spark could not be run.
    func run(file: SolutionFile, tests: [TestCase], problems: URL) -> Result<Outcome, OracleFailure> {
        if let missing = Self.missingRequirement() { return .failure(OracleFailure(message: missing)) }
        let script = Self.script(problems: problems)
        guard FileManager.default.fileExists(atPath: script.path) else {
            return .failure(OracleFailure(message: "Cannot find \(script.path); it ships with SparkDojo's sources."))
        }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("dojo-spark-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        var jobs: [JSONValue] = []
        do {
            try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
            let solutionName = "solution" + (file.path.hasSuffix(".sql") ? ".sql" : ".py")
            try Data(file.source.utf8).write(to: work.appendingPathComponent(solutionName))
            for (index, test) in tests.enumerated() {
                let dataName = "data-\(index).json"
                try Data(test.data.datasetJSON.jsonText.utf8).write(to: work.appendingPathComponent(dataName))
                jobs.append(.object([("file", .string(solutionName)), ("data", .string(dataName)), ("out", .string("out-\(index).json"))]))
            }
            try Data(JSONValue.array(jobs).jsonText.utf8).write(to: work.appendingPathComponent("jobs.json"))
        } catch {
            return .failure(OracleFailure(message: "Cannot write the test data for Spark: \(error.localizedDescription)"))
        }
        var arguments = ["python3", script.path, "batch", "--jobs", work.appendingPathComponent("jobs.json").path]
        if let master { arguments += ["--master", master] }
        if let remote { arguments += ["--remote", remote] }
        Console.progress("Running \(tests.count) tests on real Spark (the JVM takes a few seconds to start)…")
        let outcome = Self.run(arguments)
        Console.clearProgress()
        var results: [String: Result<ExecutedSolution, SolutionError>] = [:]
        for (index, test) in tests.enumerated() {
            let out = work.appendingPathComponent("out-\(index).json")
            guard let text = try? String(contentsOf: out, encoding: .utf8), let json = try? JSONValue.parse(text) else {
                let tail = outcome.stderr.split(separator: "\n").suffix(8).joined(separator: "\n")
                return .failure(OracleFailure(message: "Real Spark produced no result for test '\(test.name)'.\n\(tail)"))
            }
            results[test.name] = OracleResult.decode(json)
        }
        // The oracle logs one line per job, in order: "solution.py: 3 rows (1.2s)".
        let timings = outcome.stderr.split(separator: "\n").compactMap { line -> Double? in
            guard line.hasSuffix("s)"), let open = line.lastIndex(of: "(") else { return nil }
            return Double(line[line.index(after: open)...].dropLast(2))
        }
        var seconds: [String: Double] = [:]
        for (test, time) in zip(tests, timings) { seconds[test.name] = time }
        return .success(Outcome(results: results, seconds: seconds))
    }

    static func run(_ arguments: [String]) -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do {
            try process.run()
        } catch {
            return (127, "", "\(error)")
        }
        // Read both pipes while the process runs so neither fills up.
        let group = DispatchGroup()
        let stderrData = DataBox()
        group.enter()
        DispatchQueue.global().async {
            stderrData.data = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdoutData, as: UTF8.self), String(decoding: stderrData.data, as: UTF8.self))
    }
}

/// Bytes read on another thread; the reader finishes before the owner looks (DispatchGroup.wait).
final class DataBox: @unchecked Sendable {
    var data = Data()
}

struct OracleFailure: Error {
    var message: String
}
