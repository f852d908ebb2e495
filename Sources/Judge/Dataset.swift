import Foundation
import ProblemBank
import PySparkBridge
import SparkLite

/// The inputs of one run: tables (each also a temp view) and Spark confs, in the engine's values.
///
/// Read from a dataset file (`{"tables": {"users": {"schema": "user_id INT", "rows": [[1]]}},
/// "conf": {…}}`, DESIGN.md "Users' files") or from a bank test's data.
public struct Dataset: Sendable {
    public var tables: [InputTableData]
    public var conf: [String: String]
    /// The test the data belongs to, when it came from the bank.
    public var name: String?

    public init(tables: [InputTableData], conf: [String: String] = [:], name: String? = nil) {
        self.tables = tables
        self.conf = conf
        self.name = name
    }

    /// Reads a dataset file; errors name the file and, where it can be found, the line.
    public static func load(from url: URL) throws(DatasetError) -> Dataset {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw DatasetError(path: url.path, message: "cannot read the file: \(error.localizedDescription)")
        }
        return try parse(text, path: url.path)
    }

    /// Parses dataset text; `path` is used in messages.
    public static func parse(_ text: String, path: String) throws(DatasetError) -> Dataset {
        let json: JSONValue
        do {
            json = try JSONValue.parse(text)
        } catch {
            let line = SourcePosition.line(ofByteOffset: error.offset, in: text)
            throw DatasetError(path: path, line: line, message: "not valid JSON: \(error.message)")
        }
        guard json.objectValue != nil else {
            throw DatasetError(path: path, line: 1, message: "a dataset is a JSON object {\"tables\": {…}, \"conf\": {…}}")
        }
        guard let tableEntries = json["tables"]?.objectValue else {
            throw DatasetError(path: path, line: 1, message: "missing \"tables\": {\"name\": {\"schema\": \"…\", \"rows\": […]}}")
        }
        var tables: [InputTableData] = []
        for entry in tableEntries {
            let line = SourcePosition.line(ofKey: entry.key, in: text)
            guard let schemaText = entry.value["schema"]?.stringValue else {
                throw DatasetError(path: path, line: line, message: "table '\(entry.key)' needs a \"schema\" string, e.g. \"id INT, name STRING\"")
            }
            let rows = entry.value["rows"]?.arrayValue ?? []
            if entry.value["rows"] != nil, entry.value["rows"]?.arrayValue == nil {
                throw DatasetError(path: path, line: line, message: "\"rows\" of table '\(entry.key)' must be a list of rows")
            }
            tables.append(try makeTable(name: entry.key, schema: schemaText, rows: rows, path: path) { rowIndex in
                SourcePosition.line(ofRow: rowIndex, table: entry.key, in: text) ?? line
            })
        }
        var conf: [String: String] = [:]
        if let confValue = json["conf"] {
            guard let pairs = confValue.objectValue else {
                throw DatasetError(path: path, line: SourcePosition.line(ofKey: "conf", in: text), message: "\"conf\" must be an object of strings")
            }
            for pair in pairs { conf[pair.key] = pair.value.stringValue ?? pair.value.jsonText }
        }
        return Dataset(tables: tables, conf: conf)
    }

    /// The tables of a bank test (generator specs already expanded by the bank).
    public init(test: TestData, name: String? = nil, path: String = "bank") throws(DatasetError) {
        var tables: [InputTableData] = []
        for table in test.tables {
            tables.append(try Self.makeTable(name: table.name, schema: table.schema, rows: table.rows.map { .array($0) }, path: path) { _ in nil })
        }
        self.init(tables: tables, conf: test.conf, name: name)
    }

    /// Converts one table's JSON rows to engine values under its DDL schema.
    static func makeTable(name: String, schema: String, rows: [JSONValue], path: String,
                          lineOfRow: (Int) -> Int?) throws(DatasetError) -> InputTableData {
        let fields: [StructField]
        do {
            fields = try parseDDLSchema(schema)
        } catch {
            throw DatasetError(path: path, line: lineOfRow(-1), message: "schema of table '\(name)': \(error)")
        }
        var values: [[Value]] = []
        values.reserveCapacity(rows.count)
        for (index, row) in rows.enumerated() {
            guard let cells = row.arrayValue else {
                throw DatasetError(path: path, line: lineOfRow(index),
                                   message: "table '\(name)', row \(index + 1): a row is a list of \(fields.count) values")
            }
            guard cells.count == fields.count else {
                throw DatasetError(path: path, line: lineOfRow(index),
                                   message: "table '\(name)', row \(index + 1): \(cells.count) values for \(fields.count) columns (\(fields.map(\.name).joined(separator: ", ")))")
            }
            var rowValues: [Value] = []
            rowValues.reserveCapacity(cells.count)
            for (cell, field) in zip(cells, fields) {
                switch CellDecoder.decode(cell, as: field.dataType) {
                case .success(let value):
                    rowValues.append(value)
                case .failure(let error):
                    throw DatasetError(path: path, line: lineOfRow(index),
                                       message: "table '\(name)', row \(index + 1), column '\(field.name)' (\(field.dataType.simpleString)): \(error.message)")
                }
            }
            values.append(rowValues)
        }
        return InputTableData(name: name, schema: fields, rows: values)
    }
}
