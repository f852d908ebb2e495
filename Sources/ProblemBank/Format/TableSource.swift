import SparkLite

/// How a source gives one table's rows: inline, or a generator spec expanded on load.
enum TableRowsSource: Sendable, Hashable {
    case rows([[JSONValue]])
    /// The parsed spec, and the `generate:` mapping as written (what the bank stores).
    case generated(GeneratorSpec, written: JSONValue)

    var rowCount: Int {
        switch self {
        case .rows(let rows): rows.count
        case .generated(let spec, _): spec.rows
        }
    }

    func materialise(columns: [String]) -> [[JSONValue]] {
        switch self {
        case .rows(let rows): rows
        case .generated(let spec, _): spec.generateRows(columnOrder: columns)
        }
    }

    /// The compact stored form: `{"rows": […]}` or `{"generate": {…}}`.
    var storedJSON: JSONValue {
        switch self {
        case .rows(let rows): .object([("rows", .array(rows.map { .array($0) }))])
        case .generated(_, let written): .object([("generate", written)])
        }
    }
}

/// A declared input table of a problem.
struct DeclaredTable: Sendable, Hashable {
    var name: String
    var schema: String
    var fields: [StructField]
    var description: String?
}

/// The data of a test (or of the sample): one `TableRowsSource` per declared table, and confs.
struct TestDataSource: Sendable, Hashable {
    var tables: [(name: String, rows: TableRowsSource)]
    var conf: [String: String]
    /// The data as written, part of the input hash.
    var written: JSONValue

    static func == (lhs: TestDataSource, rhs: TestDataSource) -> Bool {
        lhs.written == rhs.written
    }

    func hash(into hasher: inout Hasher) { hasher.combine(written) }

    /// The compact stored form: `{"tables": {name: stored}, "conf": {…}}`.
    var storedJSON: JSONValue {
        .object([
            ("tables", .object(tables.map { ($0.name, $0.rows.storedJSON) })),
            ("conf", .object(conf.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })),
        ])
    }

    func materialise(declared: [DeclaredTable]) -> TestData {
        TestData(
            tables: declared.map { table in
                let rows = tables.first { $0.name == table.name }?.rows.materialise(columns: table.fields.map(\.name)) ?? []
                return TableData(name: table.name, schema: table.schema, rows: rows)
            },
            conf: conf)
    }
}

extension TestDataSource {
    /// Reads `{tables: {name: rows | {rows} | {generate}}, conf: {…}}`. With `declared`, tables must be
    /// exactly the declared ones and any `schema` given must match; without (question datasets),
    /// every table declares its own `schema`.
    static func parse(_ node: SourceNode, declared: [DeclaredTable]?, context: String,
                      reader: inout SourceFileReader) -> (TestDataSource, [DeclaredTable])? {
        guard reader.mapping(node, what: context) != nil else { return nil }
        reader.checkKeys(node, known: ["tables", "conf"], what: "key")
        guard let tablesNode = reader.requiredNode(node, "tables"),
              let pairs = reader.mapping(tablesNode, what: "'tables' of \(context)") else { return nil }
        var ok = true
        var tables: [(name: String, rows: TableRowsSource)] = []
        var resolved: [DeclaredTable] = []
        for pair in pairs {
            var table: DeclaredTable
            if let declared {
                guard let match = declared.first(where: { $0.name == pair.key }) else {
                    reader.error(pair.keyAt, "\(context): unknown table '\(pair.key)'"
                        + SourceFileReader.suggestion(for: pair.key, among: declared.map(\.name)))
                    ok = false
                    continue
                }
                table = match
                if let schemaNode = pair.value["schema"], case .scalar(let ddl, _, _) = schemaNode {
                    if let fields = try? parseDDLSchema(ddl), fields != match.fields {
                        reader.error(schemaNode.location, "\(context): schema of table '\(pair.key)' differs from the problem's (\(match.schema))")
                        ok = false
                    }
                }
            } else {
                guard let ddl = reader.string(pair.value, "schema", required: true) else { ok = false; continue }
                do {
                    table = DeclaredTable(name: pair.key, schema: ddl, fields: try parseDDLSchema(ddl), description: nil)
                } catch {
                    reader.error(pair.value["schema"]?.location ?? pair.keyAt, "schema of table '\(pair.key)': \(error.description)")
                    ok = false
                    continue
                }
            }
            guard let rows = TableRowsSource.parse(pair.value, table: table, context: context, reader: &reader) else {
                ok = false
                continue
            }
            tables.append((pair.key, rows))
            resolved.append(table)
        }
        if let declared {
            for table in declared where !pairs.contains(where: { $0.key == table.name }) {
                reader.error(tablesNode.location, "\(context) has no data for table '\(table.name)'")
                ok = false
            }
        }
        var conf: [String: String] = [:]
        if let confNode = node["conf"], let confPairs = reader.mapping(confNode, what: "'conf'") {
            for pair in confPairs {
                switch pair.value.scalarValue {
                case .string(let s)?: conf[pair.key] = s
                case .int(let i)?: conf[pair.key] = String(i)
                case .bool(let b)?: conf[pair.key] = b ? "true" : "false"
                case .double(let d)? where d.isFinite: conf[pair.key] = "\(d)"
                default:
                    reader.error(pair.value.location, "conf '\(pair.key)' must be text, a number or a boolean")
                    ok = false
                }
            }
        }
        guard ok else { return nil }
        let written = JSONValue.object([("tables", tablesNode.jsonValue), ("conf", node["conf"]?.jsonValue ?? .object([]))])
        return (TestDataSource(tables: tables, conf: conf, written: written), declared ?? resolved)
    }
}

extension TableRowsSource {
    static func parse(_ node: SourceNode, table: DeclaredTable, context: String,
                      reader: inout SourceFileReader) -> TableRowsSource? {
        let rowsNode: SourceNode
        switch node {
        case .sequence:
            rowsNode = node
        case .mapping:
            reader.checkKeys(node, known: ["schema", "rows", "generate"], what: "table key")
            if let generate = node["generate"] {
                if node["rows"] != nil {
                    reader.error(node.location, "table '\(table.name)' has both 'rows' and 'generate'")
                    return nil
                }
                guard let spec = GeneratorSpec.parse(generate, table: table.name, schema: table.fields, reader: &reader) else {
                    return nil
                }
                return .generated(spec, written: generate.jsonValue)
            }
            guard let rows = reader.requiredNode(node, "rows") else { return nil }
            rowsNode = rows
        case .scalar:
            reader.error(node.location, "table '\(table.name)' needs a list of rows, {rows: …} or {generate: …}")
            return nil
        }
        guard let items = reader.sequence(rowsNode, what: "rows of table '\(table.name)'") else { return nil }
        var rows: [[JSONValue]] = []
        var ok = true
        for (index, item) in items.enumerated() {
            guard case .sequence(let cells, _) = item else {
                reader.error(item.location, "\(context): row \(index + 1) of table '\(table.name)' must be a list of values")
                ok = false
                continue
            }
            guard cells.count == table.fields.count else {
                reader.error(item.location, "\(context): row \(index + 1) of table '\(table.name)' has \(cells.count) values but the schema has \(table.fields.count) columns (\(table.schema))")
                ok = false
                continue
            }
            var row: [JSONValue] = []
            for (cell, field) in zip(cells, table.fields) {
                let value = cell.jsonValue
                if let problem = CellTypeCheck.problem(value, field.dataType) {
                    reader.error(cell.location, "\(context): row \(index + 1) of table '\(table.name)', column '\(field.name)' (\(field.dataType.simpleString)): \(problem)")
                    ok = false
                }
                row.append(value)
            }
            rows.append(row)
        }
        return ok ? .rows(rows) : nil
    }
}

extension SourceNode {
    /// A JSON value as a source node (positions all at `location`), so JSON data files and stored
    /// generator specs go through the same readers as YAML.
    static func from(_ value: JSONValue, at location: SourceLocation) -> SourceNode {
        switch value {
        case .null: .scalar(text: "null", plain: true, at: location)
        case .bool(let b): .scalar(text: b ? "true" : "false", plain: true, at: location)
        case .int(let i): .scalar(text: String(i), plain: true, at: location)
        case .double(let d):
            .scalar(text: d.isNaN ? ".nan" : d.isInfinite ? (d > 0 ? ".inf" : "-.inf") : "\(d)", plain: true, at: location)
        case .string(let s): .scalar(text: s, plain: false, at: location)
        case .array(let items): .sequence(items.map { from($0, at: location) }, at: location)
        case .object(let pairs): .mapping(pairs.map { ($0.key, location, from($0.value, at: location)) }, at: location)
        }
    }
}
