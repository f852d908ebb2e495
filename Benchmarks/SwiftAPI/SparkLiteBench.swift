import ArgumentParser
import Foundation
import SparkLite

/// Runs one benchmark query through SparkLite's Swift API, with no Python layer, as `Benchmarks/engines.py`
/// runs the Python engines: `check` writes the whole answer, `time` runs the query to the end and writes how
/// long it took. `Benchmarks/run.py` starts one process per run and measures it from outside.
@main
struct SparkLiteBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sparklite-bench",
        abstract: "Run a benchmark query through SparkLite's Swift API.",
        discussion: """
            check writes {"columns": [...], "rows": [[...], ...]} with dates as YYYY-MM-DD and decimals as numbers; \
            time writes {"startup_s", "query_s", "result_rows"}. Relative paths resolve against --data, which \
            becomes the working directory.
            """
    )

    @Argument(help: "The query: \(Queries.all.keys.sorted().joined(separator: ", ")).")
    var query: String

    @Option(help: "The directory of the dataset's CSV files.")
    var data: String

    @Option(help: "check or time.")
    var mode: String

    @Option(help: "Where the JSON answer goes.")
    var out: String

    func run() throws {
        let processStarted = Date()
        guard let build = Queries.all[query] else {
            throw ValidationError("Unknown query \(query); choose from \(Queries.all.keys.sorted().joined(separator: ", ")).")
        }
        guard ["check", "time"].contains(mode) else { throw ValidationError("--mode is check or time.") }
        guard FileManager.default.changeCurrentDirectoryPath(data) else { throw ValidationError("No directory \(data).") }
        let spark = SparkSession()
        let started = Date()
        let result = try build(spark).execute()
        let finished = Date()
        let answer: [String: Any] = mode == "time"
            ? ["startup_s": started.timeIntervalSince(processStarted), "query_s": finished.timeIntervalSince(started),
               "result_rows": result.rows.count]
            : ["columns": result.schema.map(\.name), "rows": result.rows.map { $0.map(Self.plain) }]
        try JSONSerialization.data(withJSONObject: answer).write(to: URL(fileURLWithPath: out))
    }

    /// A value as JSON holds it: dates as ISO text, decimals as doubles, NaN and infinities as null.
    static func plain(_ value: Value) -> Any {
        switch value {
        case .null: NSNull()
        case .bool(let b): b
        case .int(let i): i
        case .double(let d): d.isFinite ? d : NSNull()
        case .decimal(let u, let scale): Double(Decimal128.format(u, scale: scale)) ?? NSNull()
        case .string(let s): s
        case .date(let days): DateTimeUtils.formatDate(days)
        default: "\(value)"
        }
    }
}
