import ProblemBank
import PySparkBridge
import SparkLite

/// Reads what `tools/spark-oracle` prints for one run on real Spark — the same JSON as
/// `dojo run --format json`, or `{"error": {…}}` — back into a run the judge can compare.
public enum OracleResult {
    public static func decode(_ json: JSONValue) -> Result<ExecutedSolution, SolutionError> {
        if let error = json["error"] {
            let errorClass = error["class"]?.stringValue ?? "ERROR"
            let kind: SolutionError.Kind = ["SyntaxError", "IndentationError", "PARSE_SYNTAX_ERROR"].contains(errorClass) ? .compile : .runtime
            return .failure(SolutionError(
                kind: kind, errorClass: errorClass, message: error["message"]?.stringValue ?? "",
                line: error["line"]?.intValue.map(Int.init), column: error["column"]?.intValue.map(Int.init)))
        }
        var fields: [StructField] = []
        for column in json["columns"]?.arrayValue ?? [] {
            let name = column["name"]?.stringValue ?? ""
            let typeName = column["type"]?.stringValue ?? "string"
            let type = (try? parseDDLType(typeName)) ?? .string
            fields.append(StructField(name, type))
        }
        var rows: [[Value]] = []
        for row in json["rows"]?.arrayValue ?? [] {
            let cells = row.arrayValue ?? []
            var values: [Value] = []
            for (index, field) in fields.enumerated() {
                let cell = index < cells.count ? cells[index] : .null
                switch CellDecoder.decode(cell, as: field.dataType) {
                case .success(let value): values.append(value)
                case .failure(let error):
                    return .failure(SolutionError(kind: .runtime, errorClass: "ORACLE_OUTPUT",
                                                  message: "real Spark's result could not be read: column '\(field.name)': \(error.message)"))
                }
            }
            rows.append(values)
        }
        let plan = json["plan"]
        let shuffles = plan?["shuffles"]?.intValue.map(Int.init) ?? 0
        return .success(ExecutedSolution(
            columns: fields, rows: rows, shuffles: shuffles, broadcasts: plan?["broadcasts"]?.intValue.map(Int.init) ?? 0,
            stages: shuffles + 1, physicalPlan: plan?["physical"]?.stringValue ?? "",
            operators: (plan?["operators"]?.arrayValue ?? []).compactMap(\.stringValue)))
    }
}

/// Answers each test from results computed beforehand (for example by one real-Spark session for
/// all tests), looked up by the dataset's test name.
public struct RecordedExecutor: SolutionExecutor {
    public var results: [String: Result<ExecutedSolution, SolutionError>]

    public init(results: [String: Result<ExecutedSolution, SolutionError>]) {
        self.results = results
    }

    public func execute(source: String, fileName: String, dataset: Dataset) -> Result<ExecutedSolution, SolutionError> {
        if let name = dataset.name, let result = results[name] { return result }
        return .failure(SolutionError(kind: .runtime, errorClass: "NO_RESULT",
                                      message: "no result was recorded for test '\(dataset.name ?? "?")'"))
    }
}
