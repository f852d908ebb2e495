/// Resolves `explode`, `posexplode` and friends: argument types and the generated columns' names and types.
enum GenerateResolution {
    static func resolve(_ g: Generator, outer: Bool, names: [AttributeReference], child: LogicalPlan,
                        analyzer: Analyzer, ctes: [String: LogicalPlan]) throws -> LogicalPlan {
        let args = try g.arguments.map { try analyzer.resolveExpression($0, input: child.output, ctes: ctes) }
        let types = try outputTypes(g.kind, args)
        let defaultNames = defaultOutputNames(g.kind, args)
        let given = names.map(\.name)
        guard given.isEmpty || given.count == types.count else {
            throw SparkError("UDTF_ALIAS_NUMBER_MISMATCH", "The number of aliases supplied in the AS clause does not match the number of columns output by the UDTF. Expected \(types.count) aliases, but got \(given.joined(separator: ", ")).")
        }
        let qualifier = names.first?.qualifier ?? []
        let output = types.enumerated().map { i, t in
            AttributeReference(name: given.isEmpty ? defaultNames[i] : given[i], dataType: t.0, nullable: t.1 || outer, qualifier: qualifier)
        }
        return .generate(Generator(g.kind, args), outer: outer, output: output, child)
    }

    static func outputTypes(_ kind: Generator.Kind, _ args: [Expression]) throws -> [(DataType, Bool)] {
        guard let first = args.first else { throw SparkError.unsupported("\(kind.rawValue) without arguments") }
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
        case .stack: return ["col0"]
        }
    }
}
