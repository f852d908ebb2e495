import SparkLite

extension GeneratorSpec {
    static let keyNames = ["seed", "rows", "columns"]

    /// Reads a `generate:` mapping. `schema` gives the table's columns, so generators are checked
    /// against the column types and every column must have one.
    static func parse(_ node: SourceNode, table: String, schema: [StructField],
                      reader: inout SourceFileReader) -> GeneratorSpec? {
        guard reader.mapping(node, what: "'generate' of table '\(table)'") != nil else { return nil }
        reader.checkKeys(node, known: keyNames, what: "generator key")
        let seed = reader.int(node, "seed", required: true)
        let rows = reader.int(node, "rows", required: true, minimum: 0)
        if let rows, rows > GeneratorSpec.maxRows {
            reader.error(reader.keyLocation(node, "rows"), "'rows' must be at most \(GeneratorSpec.maxRows)")
        }
        guard let columnsNode = reader.requiredNode(node, "columns"),
              let pairs = reader.mapping(columnsNode, what: "'columns'") else { return nil }
        var columns: [GeneratedColumn] = []
        var ok = seed != nil && rows != nil
        for pair in pairs {
            guard let field = schema.first(where: { $0.name == pair.key }) else {
                reader.error(pair.keyAt, "table '\(table)' has no column '\(pair.key)'"
                    + SourceFileReader.suggestion(for: pair.key, among: schema.map(\.name)))
                ok = false
                continue
            }
            if let column = GeneratedColumn.parse(pair.value, field: field, reader: &reader) {
                columns.append(column)
            } else {
                ok = false
            }
        }
        for field in schema where !pairs.contains(where: { $0.key == field.name }) {
            reader.error(columnsNode.location, "no generator for column '\(field.name)' of table '\(table)'")
            ok = false
        }
        guard ok, let seed, let rows else { return nil }
        return GeneratorSpec(seed: seed, rows: Int(rows), columns: columns)
    }
}

extension GeneratedColumn {
    static func parse(_ node: SourceNode, field: StructField, reader: inout SourceFileReader) -> GeneratedColumn? {
        let what = "generator of column '\(field.name)'"
        guard reader.mapping(node, what: what) != nil else { return nil }
        reader.checkKeys(node, known: ColumnGenerator.kindNames + ["null_fraction"], what: "generator")
        var nullFraction = 0.0
        if let fraction = reader.number(node, "null_fraction") {
            if !(0...1).contains(fraction) {
                reader.error(reader.keyLocation(node, "null_fraction"), "'null_fraction' must be between 0 and 1")
                return nil
            }
            nullFraction = fraction
        }
        let kinds = node.keys.filter { ColumnGenerator.kindNames.contains($0) }
        guard kinds.count == 1, let kind = kinds.first, let body = node[kind] else {
            reader.error(node.location, "\(what) needs exactly one of: \(ColumnGenerator.kindNames.joined(separator: ", "))")
            return nil
        }
        guard let generator = ColumnGenerator.parse(kind: kind, body: body, field: field, reader: &reader) else {
            return nil
        }
        return GeneratedColumn(name: field.name, generator: generator, nullFraction: nullFraction)
    }
}

extension ColumnGenerator {
    static func parse(kind: String, body: SourceNode, field: StructField,
                      reader: inout SourceFileReader) -> ColumnGenerator? {
        let type = field.dataType
        func typeMismatch(_ expected: String) -> ColumnGenerator? {
            reader.error(body.location, "generator '\(kind)' makes \(expected) values but column '\(field.name)' is \(type.simpleString)")
            return nil
        }
        let numeric = type.isNumeric
        switch kind {
        case "sequence":
            guard numeric else { return typeMismatch("integer") }
            if case .mapping = body {
                reader.checkKeys(body, known: ["start", "step"], what: "sequence key")
                return .sequence(start: reader.int(body, "start") ?? 1, step: reader.int(body, "step") ?? 1)
            }
            guard let start = body.scalarValue?.intValue else {
                reader.error(body.location, "'sequence' takes {start: N, step: N} or a start number")
                return nil
            }
            return .sequence(start: start, step: 1)
        case "int":
            guard numeric else { return typeMismatch("integer") }
            reader.checkKeys(body, known: ["min", "max"], what: "int key")
            guard let min = reader.int(body, "min", required: true), let max = reader.int(body, "max", required: true) else { return nil }
            guard min <= max else { reader.error(body.location, "'min' must not exceed 'max'"); return nil }
            if let problem = CellTypeCheck.problem(.int(min), type) ?? CellTypeCheck.problem(.int(max), type) {
                reader.error(body.location, "column '\(field.name)': \(problem)")
                return nil
            }
            return .int(min: min, max: max)
        case "double":
            guard type.isFractional || type.isDecimal else { return typeMismatch("fractional") }
            reader.checkKeys(body, known: ["min", "max", "decimals"], what: "double key")
            guard let min = reader.number(body, "min", required: true), let max = reader.number(body, "max", required: true) else { return nil }
            let decimals = reader.int(body, "decimals", minimum: 0) ?? 2
            guard decimals <= 9 else { reader.error(body.location, "'decimals' must be at most 9"); return nil }
            guard min <= max else { reader.error(body.location, "'min' must not exceed 'max'"); return nil }
            guard Swift.max(abs(min), abs(max)) * Double(powerOfTen(Int(decimals))) < 9e15 else {
                reader.error(body.location, "'min'/'max' are too large for \(decimals) decimals")
                return nil
            }
            return .double(min: min, max: max, decimals: Int(decimals))
        case "choice":
            let valuesNode: SourceNode?
            if case .sequence = body { valuesNode = body } else {
                reader.checkKeys(body, known: ["values", "weights"], what: "choice key")
                valuesNode = reader.requiredNode(body, "values")
            }
            guard let valuesNode, let items = reader.sequence(valuesNode, what: "'values'") else { return nil }
            guard !items.isEmpty else { reader.error(valuesNode.location, "'values' must not be empty"); return nil }
            var values: [JSONValue] = []
            for item in items {
                let value = item.jsonValue
                if let problem = CellTypeCheck.problem(value, type) {
                    reader.error(item.location, "column '\(field.name)' (\(type.simpleString)): \(problem)")
                    return nil
                }
                values.append(value)
            }
            var weights = Array(repeating: Int64(1), count: values.count)
            if let weightsNode = body["weights"] {
                guard let weightItems = reader.sequence(weightsNode, what: "'weights'") else { return nil }
                let parsed = weightItems.compactMap { $0.scalarValue?.intValue }
                guard parsed.count == weightItems.count, parsed.allSatisfy({ $0 >= 0 }), parsed.contains(where: { $0 > 0 }) else {
                    reader.error(weightsNode.location, "'weights' must be non-negative integers, not all zero")
                    return nil
                }
                guard parsed.count == values.count else {
                    reader.error(weightsNode.location, "\(parsed.count) weights for \(values.count) values")
                    return nil
                }
                weights = parsed
            }
            return .choice(values: values, weights: weights)
        case "pattern":
            guard type == .string else { return typeMismatch("string") }
            guard case .scalar(let text, _, _) = body else {
                reader.error(body.location, "'pattern' must be text such as \"user-{row}\"")
                return nil
            }
            switch parsePattern(text) {
            case .success(let parts): return .pattern(parts)
            case .failure(let problem):
                reader.error(body.location, problem.message)
                return nil
            }
        case "date", "timestamp":
            guard type == (kind == "date" ? .date : .timestamp) else { return typeMismatch(kind) }
            reader.checkKeys(body, known: ["start", "end"], what: "\(kind) key")
            guard let startText = reader.string(body, "start", required: true),
                  let endText = reader.string(body, "end", required: true) else { return nil }
            let isDate = kind == "date"
            let start = isDate ? CivilDate.days(from: startText) : CivilDate.seconds(from: startText)
            let end = isDate ? CivilDate.days(from: endText) : CivilDate.seconds(from: endText)
            guard let start, let end else {
                reader.error(body.location, kind == "date" ? "dates must be \"YYYY-MM-DD\"" : "timestamps must be \"YYYY-MM-DD HH:MM:SS\"")
                return nil
            }
            guard start <= end else { reader.error(body.location, "'start' must not be after 'end'"); return nil }
            return kind == "date" ? .date(startDay: start, endDay: end) : .timestamp(startSecond: start, endSecond: end)
        default:
            let value = body.jsonValue
            if let problem = CellTypeCheck.problem(value, type) {
                reader.error(body.location, "column '\(field.name)' (\(type.simpleString)): \(problem)")
                return nil
            }
            return .constant(value)
        }
    }

    struct PatternError: Error { let message: String }

    static func parsePattern(_ text: String) -> Result<[PatternPart], PatternError> {
        var parts: [PatternPart] = []
        var literal = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            literal += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else {
                return .failure(PatternError(message: "unclosed '{' in pattern \"\(text)\""))
            }
            let placeholder = rest[rest.index(after: open)..<close].split(separator: ":", omittingEmptySubsequences: false)
            if !literal.isEmpty { parts.append(.literal(literal)); literal = "" }
            switch (placeholder.first.map(String.init), placeholder.count) {
            case ("row", 1): parts.append(.row)
            case ("int", 3):
                guard let min = Int64(placeholder[1]), let max = Int64(placeholder[2]), min <= max else {
                    return .failure(PatternError(message: "'{int:MIN:MAX}' needs integers with MIN <= MAX in \"\(text)\""))
                }
                parts.append(.int(min: min, max: max))
            case ("letters", 2), ("digits", 2):
                guard let count = Int(placeholder[1]), (1...64).contains(count) else {
                    return .failure(PatternError(message: "'{\(placeholder[0]):N}' needs N from 1 to 64 in \"\(text)\""))
                }
                parts.append(placeholder[0] == "letters" ? .letters(count) : .digits(count))
            default:
                return .failure(PatternError(message: "unknown placeholder '{\(placeholder.joined(separator: ":"))}' in \"\(text)\" (known: {row}, {int:MIN:MAX}, {letters:N}, {digits:N})"))
            }
            rest = rest[rest.index(after: close)...]
        }
        literal += rest
        if !literal.isEmpty { parts.append(.literal(literal)) }
        return .success(parts)
    }
}
