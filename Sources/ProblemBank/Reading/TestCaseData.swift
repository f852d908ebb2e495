import SparkLite

/// Turns a test's stored JSON back into rows, expanding generator specs.
enum TestCaseData {
    static func materialise(stored: String, tables: [InputTable]) throws -> TestData {
        let json = try JSONValue.parse(stored)
        var conf: [String: String] = [:]
        for pair in json["conf"]?.objectValue ?? [] { conf[pair.key] = pair.value.stringValue ?? pair.value.jsonText }
        var result: [TableData] = []
        for table in tables {
            let fields = (try? parseDDLSchema(table.schema)) ?? []
            let stored = json["tables"]?[table.name]
            var rows: [[JSONValue]] = []
            if let inline = stored?["rows"]?.arrayValue {
                rows = inline.map { $0.arrayValue ?? [] }
            } else if let written = stored?["generate"] {
                var reader = SourceFileReader(path: "bank")
                let node = SourceNode.from(written, at: SourceLocation(line: 1, column: 1))
                guard let spec = GeneratorSpec.parse(node, table: table.name, schema: fields, reader: &reader) else {
                    throw BankError.storage("stored generator of table '\(table.name)' is invalid: "
                        + reader.diagnostics.map(\.message).joined(separator: "; "))
                }
                rows = spec.generateRows(columnOrder: fields.map(\.name))
            }
            result.append(TableData(name: table.name, schema: table.schema, rows: rows))
        }
        return TestData(tables: result, conf: conf)
    }
}
