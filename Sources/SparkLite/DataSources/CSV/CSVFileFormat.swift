/// Reading CSV files: the header, schema inference and per-split parsing (Spark's `CSVFileFormat`).
struct CSVFileFormat: Sendable {
    let options: CSVOptions
    let parser: CSVValueParser
    var tokenizer: CSVLineTokenizer { CSVLineTokenizer(options: options) }

    init(_ options: DataSourceOptions) throws(SparkError) {
        self.options = try CSVOptions(options)
        parser = try CSVValueParser(self.options)
    }

    private func isSkipped(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        line.isEmpty || (options.comment != nil && line.first == options.comment)
    }

    /// The schema Spark reads without a user schema: header names (or `_c0`, `_c1`, ...) and, with
    /// `inferSchema`, types inferred from every row; otherwise every column is a string.
    func inferSchema(_ files: [SourceFile]) throws -> [StructField] {
        var firstLine: [String?]?
        for file in files where firstLine == nil {
            try SplitLines.forEach(FileSplit(file: file, start: 0, length: file.size)) { line, _ in
                if firstLine == nil && !isSkipped(line) { firstLine = tokenizer.fields(line) }
            }
        }
        guard let firstLine else { return [] }
        let names = options.header ? Self.safeHeader(firstLine) : firstLine.indices.map { "_c\($0)" }
        var types = [DataType](repeating: .null, count: names.count)
        if options.inferSchema {
            let inference = try CSVSchemaInference(parser)
            for file in files {
                try SplitLines.forEach(FileSplit(file: file, start: 0, length: file.size)) { line, _ in
                    guard !isSkipped(line) else { return }
                    let fields = tokenizer.fields(line)
                    if options.header && fields == firstLine { return }
                    for i in types.indices { types[i] = inference.infer(types[i], i < fields.count ? fields[i] : nil) }
                }
            }
        }
        return zip(names, types).map { name, type in
            StructField(name, type == .null || !options.inferSchema ? .string : type)
        }
    }

    /// Header names as Spark makes them safe: empty names become `_c<i>`, duplicates (ignoring case)
    /// get their column index appended.
    static func safeHeader(_ fields: [String?]) -> [String] {
        let names = fields.enumerated().map { i, f in (f ?? "").isEmpty ? "_c\(i)" : f! }
        var counts: [String: Int] = [:]
        for n in names { counts[n.lowercased(), default: 0] += 1 }
        return names.enumerated().map { i, n in counts[n.lowercased(), default: 0] > 1 ? n + String(i) : n }
    }

    /// Parses the rows of one split, with only the columns at `columns`, into a batch. Fields go straight
    /// into typed column storage; a malformed row is kept with nulls (permissive), dropped, or an error,
    /// as the parse mode says.
    func read(_ split: FileSplit, schema: [StructField], columns: [Int], context: ExecutionContext) throws -> RecordBatch {
        var builders = columns.map { ColumnVectorBuilder(schema[$0].dataType) }
        let types = columns.map { schema[$0].dataType }
        var dropHeader = options.header && split.start == 0
        var seen = 0, kept = 0
        var spans: [Range<Int>] = []
        let tokenizer = self.tokenizer
        // Only the other modes look at whether a line has as many fields as the schema; without them a line
        // is read no further than its last wanted field.
        let fieldsRead = options.mode == .permissive ? (columns.max() ?? -1) + 1 : Int.max
        var firstOffset = -1
        try SplitLines.forEach(split) { line, offset in
            guard !isSkipped(line) else { return }
            if dropHeader { dropHeader = false; return }
            if firstOffset < 0 { firstOffset = offset }
            seen += 1
            if seen & 0xFFF == 0 { try context.checkProgress(rows: seen) }
            if seen == 1024 {
                // The lines so far tell how many the split holds: room for them all saves the regrowing copies.
                let expected = Int(Double(split.length) / Double(max(offset - firstOffset, 1)) * 1.05 * 1024)
                for k in builders.indices { builders[k].reserveCapacity(expected) }
            }
            var malformed: Bool
            if tokenizer.spans(line, into: &spans, maxFields: fieldsRead) {
                malformed = spans.count != schema.count
                for k in columns.indices {
                    let c = columns[k]
                    if c < spans.count {
                        if !parser.append(bytes: UnsafeBufferPointer(rebasing: line[spans[c]]), as: types[k], to: &builders[k]) {
                            malformed = true
                        }
                    } else {
                        builders[k].appendNull()
                    }
                }
            } else {
                let fields = tokenizer.fields(line)
                malformed = fields.count != schema.count
                for k in columns.indices {
                    let c = columns[k]
                    do { builders[k].append(try parser.parse(c < fields.count ? fields[c] : nil, as: types[k])) } catch {
                        malformed = true
                        builders[k].appendNull()
                    }
                }
            }
            if malformed {
                switch options.mode {
                case .permissive: break
                case .dropMalformed:
                    for k in builders.indices { builders[k].removeLast() }
                    return
                case .failFast:
                    let text = String(decoding: line, as: UTF8.self)
                    throw SparkError("MALFORMED_RECORD_IN_PARSING.WITHOUT_SUGGESTION",
                                     "Malformed records are detected in record parsing: \(text) in \(split.file.uri).\nParse Mode: FAILFAST. To process malformed records as null result, try setting the option 'mode' as 'PERMISSIVE'.",
                                     sqlState: "22023")
                }
            }
            kept += 1
        }
        return RecordBatch(columns: builders.map { $0.build() }, count: kept)
    }
}
