extension ExpectedOutput {
    struct ReadError: Error { let message: String }

    /// Reads `expected/<test>.json`: `{"columns": [{"name", "type"}], "rows": [[…]], "shuffles": N,
    /// "input_hash": "…", "spark_version": "…"}`.
    static func read(_ json: JSONValue) -> Result<ExpectedOutput, ReadError> {
        guard case .object = json else { return .failure(ReadError(message: "must be a JSON object")) }
        guard let columnItems = json["columns"]?.arrayValue else { return .failure(ReadError(message: "missing \"columns\"")) }
        var columns: [OutputColumn] = []
        for item in columnItems {
            guard let name = item["name"]?.stringValue, let type = item["type"]?.stringValue else {
                return .failure(ReadError(message: "each column needs \"name\" and \"type\""))
            }
            columns.append(OutputColumn(name: name, type: type))
        }
        guard let rowItems = json["rows"]?.arrayValue else { return .failure(ReadError(message: "missing \"rows\"")) }
        var rows: [[JSONValue]] = []
        for (index, item) in rowItems.enumerated() {
            guard let row = item.arrayValue, row.count == columns.count else {
                return .failure(ReadError(message: "row \(index + 1) must be a list of \(columns.count) values"))
            }
            rows.append(row)
        }
        guard let hash = json["input_hash"]?.stringValue else { return .failure(ReadError(message: "missing \"input_hash\"")) }
        return .success(ExpectedOutput(columns: columns, rows: rows, shuffles: json["shuffles"]?.intValue.map(Int.init),
                                       inputHash: hash, sparkVersion: json["spark_version"]?.stringValue))
    }

    /// The compact stored form (same keys as the file).
    var storedJSON: JSONValue {
        var pairs: [(key: String, value: JSONValue)] = [
            ("columns", .array(columns.map { .object([("name", .string($0.name)), ("type", .string($0.type))]) })),
            ("rows", .array(rows.map { .array($0) })),
            ("input_hash", .string(inputHash)),
        ]
        if let shuffles { pairs.append(("shuffles", .int(Int64(shuffles)))) }
        if let sparkVersion { pairs.append(("spark_version", .string(sparkVersion))) }
        return .object(pairs)
    }
}
