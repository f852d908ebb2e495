/// The hash stored in each expected output: SHA-256 of the canonical JSON of
/// `{"format": 1, "kind": …, "tables": [[name, ddl], …], "data": <test data as written>,
/// "solution": <SHA-256 of the reference solution's bytes>}`.
/// When it differs from what the sources give now, the expected output is stale.
/// `tools/spark-oracle/spark_oracle_problems/canonical.py` computes the same.
enum InputHash {
    static let format: Int64 = 1

    static func compute(kind: ProblemKind, tables: [DeclaredTable], data: TestDataSource, solution: [UInt8]) -> String {
        let document = JSONValue.object([
            ("format", .int(format)),
            ("kind", .string(kind.rawValue)),
            ("tables", .array(tables.map { .array([.string($0.name), .string($0.schema)]) })),
            ("data", data.written),
            ("solution", .string(SHA256.hex(solution))),
        ])
        return SHA256.hex(document.canonicalText)
    }

    /// The hash stored with a `predict_plan` question's computed answer: SHA-256 of the canonical JSON
    /// of `{"format": 1, "code": …, "dataset": <tables and conf as written>, "predict": …}`.
    static func compute(code: String, dataset: TestDataSource, predict: String) -> String {
        let document = JSONValue.object([
            ("format", .int(format)),
            ("code", .string(code)),
            ("dataset", dataset.written),
            ("predict", .string(predict)),
        ])
        return SHA256.hex(document.canonicalText)
    }
}
