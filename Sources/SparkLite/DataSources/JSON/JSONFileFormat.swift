/// Reading JSON Lines files (one JSON value per line), as Spark's `JsonFileFormat` does with
/// `multiLine` off: inferred fields sorted by name, numbers as bigint / double / decimal, conflicts
/// widened to string, and unparsable lines kept in `_corrupt_record` (PERMISSIVE mode).
struct JSONFileFormat: Sendable {
    enum ParseMode: String { case permissive = "PERMISSIVE", dropMalformed = "DROPMALFORMED", failFast = "FAILFAST" }

    let mode: ParseMode
    let corruptColumn: String
    let primitivesAsString: Bool

    init(_ options: DataSourceOptions) throws(SparkError) {
        let raw = (options["mode"] ?? "PERMISSIVE").uppercased()
        guard let mode = ParseMode(rawValue: raw) else {
            throw SparkError("INVALID_OPTION_VALUE", "The parse mode '\(raw)' is not one of PERMISSIVE, DROPMALFORMED or FAILFAST.")
        }
        self.mode = mode
        corruptColumn = options["columnNameOfCorruptRecord"] ?? "_corrupt_record"
        primitivesAsString = try options.bool("primitivesAsString", default: false)
        if try options.bool("multiLine", default: false) {
            throw SparkError.unsupported("The JSON option multiLine")
        }
    }

    /// The records of a line: an object, or each object of a top-level array; nil when malformed.
    private func records(_ line: UnsafeBufferPointer<UInt8>) -> [[(String, JSON)]]? {
        guard let json = JSON.parse(String(decoding: line, as: UTF8.self)) else { return nil }
        switch json {
        case .object(let members): return [members]
        case .array(let items):
            var out: [[(String, JSON)]] = []
            for item in items {
                guard case .object(let members) = item else { return nil }
                out.append(members)
            }
            return out
        default: return nil
        }
    }

    private static func isBlank(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        line.allSatisfy { $0 == 32 || $0 == 9 || $0 == 13 }
    }

    func inferSchema(_ files: [SourceFile]) throws -> [StructField] {
        var root: DataType = .struct([])
        var sawCorrupt = false
        for file in files {
            try SplitLines.forEach(FileSplit(file: file, start: 0, length: file.size)) { line, _ in
                inferLine(line, into: &root, sawCorrupt: &sawCorrupt)
            }
        }
        return schema(root, sawCorrupt: sawCorrupt)
    }

    /// `spark.read.json(rdd)`: the schema of JSON documents held in memory, one per string, as a file of
    /// those lines would give.
    func inferSchema(lines: [String]) -> [StructField] {
        var root: DataType = .struct([])
        var sawCorrupt = false
        for line in lines {
            Array(line.utf8).withUnsafeBufferPointer { inferLine($0, into: &root, sawCorrupt: &sawCorrupt) }
        }
        return schema(root, sawCorrupt: sawCorrupt)
    }

    private func inferLine(_ line: UnsafeBufferPointer<UInt8>, into root: inout DataType, sawCorrupt: inout Bool) {
        guard !Self.isBlank(line) else { return }
        guard let records = records(line) else { sawCorrupt = true; return }
        for members in records { root = Self.merge(root, infer(.object(members))) }
    }

    private func schema(_ root: DataType, sawCorrupt: Bool) -> [StructField] {
        guard case .struct(var fields) = Self.canonical(root) ?? .struct([]) else { return [] }
        if sawCorrupt && mode == .permissive && !fields.contains(where: { $0.name == corruptColumn }) {
            fields.append(StructField(corruptColumn, .string))
            fields.sort { $0.name < $1.name }
        }
        return fields
    }

    /// The type `schema_of_json` gives a JSON document: what reading it as a one-line file would infer.
    static func inferredType(of json: JSON) -> DataType {
        let format = (try? JSONFileFormat(DataSourceOptions())) ?? JSONFileFormat(mode: .permissive, corruptColumn: "_corrupt_record", primitivesAsString: false)
        return canonical(format.infer(json)) ?? .struct([])
    }

    private init(mode: ParseMode, corruptColumn: String, primitivesAsString: Bool) {
        self.mode = mode
        self.corruptColumn = corruptColumn
        self.primitivesAsString = primitivesAsString
    }

    private func infer(_ json: JSON) -> DataType {
        switch json {
        case .null: return .null
        case .bool: return primitivesAsString ? .string : .boolean
        case .string: return .string
        case .number(let text), .decimal(let text):
            if primitivesAsString { return .string }
            if text.utf8.allSatisfy({ ($0 >= 48 && $0 <= 57) || $0 == 45 }) {
                if Int64(text) != nil { return .long }
                let digits = text.filter(\.isNumber).drop { $0 == "0" }.count
                return digits <= 38 ? .decimal(precision: max(1, digits), scale: 0) : .double
            }
            return .double
        case .array(let items):
            return .array(element: items.map(infer).reduce(DataType.null, Self.merge), containsNull: true)
        case .object(let members):
            var byName: [String: DataType] = [:]
            for (name, value) in members { byName[name] = Self.merge(byName[name] ?? .null, infer(value)) }
            return .struct(byName.keys.sorted().map { StructField($0, byName[$0]!) })
        }
    }

    /// Spark's `JsonInferSchema.compatibleType`.
    static func merge(_ a: DataType, _ b: DataType) -> DataType {
        switch (a, b) {
        case _ where a == b: return a
        case (.null, _): return b
        case (_, .null): return a
        case (.long, .double), (.double, .long), (.decimal, .double), (.double, .decimal): return .double
        case (.long, .decimal(let p, let s)), (.decimal(let p, let s), .long):
            return CSVSchemaInference.merge(.decimal(precision: max(p, 20 + s), scale: s), .decimal(precision: p, scale: s))
        case (.decimal, .decimal): return CSVSchemaInference.merge(a, b)
        case (.struct(let f1), .struct(let f2)):
            var byName: [String: DataType] = [:]
            for f in f1 + f2 { byName[f.name] = merge(byName[f.name] ?? .null, f.dataType) }
            return .struct(byName.keys.sorted().map { StructField($0, byName[$0]!) })
        case (.array(let e1, _), .array(let e2, _)):
            return .array(element: merge(e1, e2), containsNull: true)
        default: return .string
        }
    }

    /// Null types become strings; empty structs disappear.
    static func canonical(_ t: DataType) -> DataType? {
        switch t {
        case .null: return .string
        case .array(let e, let n): return canonical(e).map { .array(element: $0, containsNull: n) }
        case .struct(let fields):
            let kept = fields.compactMap { f in canonical(f.dataType).map { StructField(f.name, $0) } }
            return kept.isEmpty && !fields.isEmpty ? nil : .struct(kept)
        default: return t
        }
    }

    func read(_ split: FileSplit, schema: [StructField], columns: [Int], context: ExecutionContext) throws -> [[Value]] {
        var rows: [[Value]] = []
        var seen = 0
        let corruptIndex = schema.firstIndex { $0.name == corruptColumn && $0.dataType == .string }
        try SplitLines.forEach(split) { line, _ in
            guard !Self.isBlank(line) else { return }
            seen += 1
            if seen & 0xFFF == 0 { try context.checkProgress(rows: seen) }
            try readLine(line, schema: schema, columns: columns, corruptIndex: corruptIndex, into: &rows)
        }
        return rows
    }

    /// The rows of JSON documents held in memory, read as the lines of a file are.
    func rows(lines: [String], schema: [StructField]) throws -> [[Value]] {
        var rows: [[Value]] = []
        let columns = Array(schema.indices)
        let corruptIndex = schema.firstIndex { $0.name == corruptColumn && $0.dataType == .string }
        for line in lines {
            try Array(line.utf8).withUnsafeBufferPointer { buffer in
                guard !Self.isBlank(buffer) else { return }
                try readLine(buffer, schema: schema, columns: columns, corruptIndex: corruptIndex, into: &rows)
            }
        }
        return rows
    }

    /// The row of each record of one line, or what the parse mode makes of a malformed line.
    private func readLine(_ line: UnsafeBufferPointer<UInt8>, schema: [StructField], columns: [Int], corruptIndex: Int?,
                          into rows: inout [[Value]]) throws {
        guard let records = records(line) else {
            switch mode {
            case .permissive:
                let text = String(decoding: line, as: UTF8.self)
                rows.append(columns.map { $0 == corruptIndex ? .string(text) : .null })
            case .dropMalformed: break
            case .failFast:
                throw SparkError("MALFORMED_RECORD_IN_PARSING.WITHOUT_SUGGESTION",
                                 "Malformed records are detected in record parsing: \(String(decoding: line, as: UTF8.self)).\nParse Mode: FAILFAST. To process malformed records as null result, try setting the option 'mode' as 'PERMISSIVE'.",
                                 sqlState: "22023")
            }
            return
        }
        for members in records {
            rows.append(columns.map { c in
                if c == corruptIndex { return .null }
                guard let value = members.last(where: { $0.0 == schema[c].name })?.1 else { return .null }
                return JSON.toValue(value, schema[c].dataType)
            })
        }
    }
}
