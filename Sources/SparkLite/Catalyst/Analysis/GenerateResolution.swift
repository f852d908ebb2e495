/// Resolves `explode`, `posexplode` and friends: argument types and the generated columns' names and types.
enum GenerateResolution {
    static func resolve(_ g: Generator, outer: Bool, names: [AttributeReference], child: LogicalPlan,
                        analyzer: Analyzer, ctes: [String: LogicalPlan]) throws -> LogicalPlan {
        var args = try g.arguments.map { try analyzer.resolveExpression($0, input: child.output, ctes: ctes) }
        if g.kind == .stack { args = try stackArguments(args) }
        if g.kind == .jsonTuple { args = try jsonTupleArguments(args) }
        let types = try outputTypes(g.kind, args)
        let defaultNames = defaultOutputNames(g.kind, args)
        let given = names.map(\.name)
        guard given.isEmpty || given.count == types.count else {
            throw SparkError("UDTF_ALIAS_NUMBER_MISMATCH", "The number of aliases supplied in the AS clause does not match the number of columns output by the UDTF.\nExpected \(types.count) aliases, but got \(given.joined(separator: ", ")).\nPlease ensure that the number of aliases provided matches the number of columns output by the UDTF.")
        }
        let qualifier = names.first?.qualifier ?? g.qualifier
        let output = types.enumerated().map { i, t in
            AttributeReference(name: given.isEmpty ? defaultNames[i] : given[i], dataType: t.0, nullable: t.1 || outer, qualifier: qualifier)
        }
        return .generate(Generator(g.kind, args), outer: outer, output: output, unrequiredChild: [], child)
    }

    static func outputTypes(_ kind: Generator.Kind, _ args: [Expression]) throws -> [(DataType, Bool)] {
        guard let first = args.first else { throw SparkError.unsupported("\(kind.rawValue) without arguments") }
        if kind == .replicateRows {
            return args.dropFirst().map { ($0.dataType, $0.nullable) }
        }
        if kind == .jsonTuple { return args.dropFirst().map { _ in (.string, true) } }
        if kind == .stack {
            let columns = stackColumns(args)
            return (0..<columns).map { j in (args[1 + j].dataType, true) }
        }
        switch (kind, first.dataType) {
        case (.explode, .array(let e, let n)): return [(e, n)]
        case (.explode, .map(let k, let v, let n)): return [(k, false), (v, n)]
        case (.posexplode, .array(let e, let n)): return [(.int, false), (e, n)]
        case (.posexplode, .map(let k, let v, let n)): return [(.int, false), (k, false), (v, n)]
        case (.inline, .array(.struct(let fields), _)): return fields.map { ($0.dataType, $0.nullable) }
        default:
            throw SparkError("DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE", "Cannot resolve \"\(kind.rawValue)(\(first.prettyName))\" due to data type mismatch: The first parameter requires the (\"ARRAY\" or \"MAP\") type, however \"\(first.prettyName)\" has the type \"\(first.dataType.sqlName)\".")
        }
    }

    static func defaultOutputNames(_ kind: Generator.Kind, _ args: [Expression]) -> [String] {
        let isMap: Bool = if case .map = args.first?.dataType { true } else { false }
        switch kind {
        case .explode: return isMap ? ["key", "value"] : ["col"]
        case .posexplode: return isMap ? ["pos", "key", "value"] : ["pos", "col"]
        case .inline:
            if case .array(.struct(let fields), _) = args.first?.dataType { return fields.map(\.name) }
            return []
        case .stack: return (0..<stackColumns(args)).map { "col\($0)" }
        case .replicateRows: return (1..<max(1, args.count)).map { "col\($0 - 1)" }
        case .jsonTuple: return (1..<max(1, args.count)).map { "c\($0 - 1)" }
        }
    }

    /// `json_tuple` takes the JSON text and at least one field name, all strings.
    static func jsonTupleArguments(_ args: [Expression]) throws -> [Expression] {
        guard args.count >= 2 else {
            throw SparkError("WRONG_NUM_ARGS.WITHOUT_SUGGESTION", "The `json_tuple` requires > 1 parameters but the actual number is \(args.count). Please, refer to 'https://spark.apache.org/docs/latest/sql-ref-functions.html' for a fix.", sqlState: "42605")
        }
        return try args.enumerated().map { i, a in
            if a.dataType == .string { return a }
            guard a.dataType == .null else {
                throw SparkError("DATATYPE_MISMATCH.NON_STRING_TYPE", "Cannot resolve \"json_tuple(\(args.map(\.prettyName).joined(separator: ", ")))\" due to data type mismatch: all arguments of the function `json_tuple` must be string type.", sqlState: "42K09")
            }
            return .cast(a, .string, .ansi)
        }
    }

    /// `stack(n, v1, ..., vk)` makes n rows of ceil(k / n) columns.
    static func stackColumns(_ args: [Expression]) -> Int {
        guard case .literal(.int(let n), _)? = args.first, n > 0 else { return 0 }
        return (args.count - 1 + Int(n) - 1) / Int(n)
    }

    /// Checks `stack`'s row count and casts the values of each column to their common type.
    static func stackArguments(_ args: [Expression]) throws -> [Expression] {
        guard case .literal(.int(let n), _)? = args.first, n > 0 else {
            throw SparkError("DATATYPE_MISMATCH.NON_FOLDABLE_INPUT", "Cannot resolve \"stack\" due to data type mismatch: the input n should be a positive integer literal.", sqlState: "42K09")
        }
        let columns = stackColumns(args)
        var values = Array(args.dropFirst())
        for j in 0..<columns {
            let positions = Array(stride(from: j, to: values.count, by: columns))
            let types = positions.map { values[$0].dataType }.filter { $0 != .null }
            guard let common = types.isEmpty ? .null : TypeCoercion.widerType(types) else {
                throw SparkError("DATATYPE_MISMATCH.STACK_COLUMN_DIFF_TYPES", "Cannot resolve \"stack\" due to data type mismatch: The data type of the column (\(j)) do not have the same type.", sqlState: "42K09")
            }
            for i in positions where values[i].dataType != common { values[i] = .cast(values[i], common, .ansi) }
        }
        return [args[0]] + values
    }
}
