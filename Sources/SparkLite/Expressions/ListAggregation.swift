/// `listagg(x [, delimiter]) [WITHIN GROUP (ORDER BY k)]` and its alias `string_agg`: the group's non-null
/// values as strings, joined by the delimiter (none when it is null), in the WITHIN GROUP order (ties and
/// unordered calls keep the order the values arrive in); null for a group without values.
enum ListAggregation {
    /// The state's element: the value alone, or the value with its ordering keys.
    static func stateElement(_ agg: AggregateExpression) -> DataType {
        let keys = agg.arguments.dropFirst(2)
        if keys.isEmpty { return .string }
        return .struct([StructField("value", .string, nullable: false)]
            + keys.enumerated().map { StructField("key\($0.offset)", $0.element.dataType, nullable: true) })
    }

    /// What a row adds to the state, or nil for a null value.
    static func item(_ args: [Value]) -> Value? {
        guard let value = args.first, !value.isNull else { return nil }
        let keys = Array(args.dropFirst(2))
        return keys.isEmpty ? value : .struct([value] + keys)
    }

    static func result(_ items: [Value], order: [SortOrder], separator: Value) -> Value {
        guard !items.isEmpty else { return .null }
        var entries = items.enumerated().map { i, item -> (Int, Value, [Value]) in
            if case .struct(let fields) = item, let first = fields.first { return (i, first, Array(fields.dropFirst())) }
            return (i, item, [])
        }
        if !order.isEmpty {
            entries.sort { a, b in
                for (k, o) in order.enumerated() where k < a.2.count && k < b.2.count {
                    let x = a.2[k], y = b.2[k]
                    if x.isNull || y.isNull {
                        if x.isNull && y.isNull { continue }
                        return x.isNull == o.nullsFirst
                    }
                    let c = ValueOrdering.compare(x, y)
                    if c != 0 { return o.ascending ? c < 0 : c > 0 }
                }
                return a.0 < b.0
            }
        }
        let joiner: String = if case .string(let s) = separator { s } else { "" }
        return .string(entries.map { if case .string(let s) = $0.1 { s } else { "" } }.joined(separator: joiner))
    }
}
