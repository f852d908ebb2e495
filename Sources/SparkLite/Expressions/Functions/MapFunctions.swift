/// Map functions. Maps keep insertion order; null keys and duplicate keys raise, as Spark's default
/// `spark.sql.mapKeyDedupPolicy=EXCEPTION` does (LAST_WIN keeps the later value of a duplicate key).
let mapFunctionBuilders: [FunctionBuilder] =
    scalar("map", "create_map") { c, context throws(SparkError) in
        let lastWins = context.mapKeyLastWins
        guard c.count % 2 == 0 else {
            throw SparkError("WRONG_NUM_ARGS.WITHOUT_SUGGESTION", "The `map` requires 2n (n > 0) parameters but the actual number is \(c.count). Please, refer to 'https://spark.apache.org/docs/latest/sql-ref-functions.html' for a fix.")
        }
        let keys = FunctionCall(name: "map", args: stride(from: 0, to: c.count, by: 2).map { c[$0] })
        let values = FunctionCall(name: "map", args: stride(from: 1, to: c.count, by: 2).map { c[$0] })
        let (k, kt) = try keys.commonType(bracketed: true)
        let (v, vt) = try values.commonType(bracketed: true)
        var args: [Expression] = []
        for i in 0..<k.count { args += [k[i], v[i]] }
        let type = DataType.map(key: c.count == 0 ? .null : kt, value: c.count == 0 ? .null : vt, valueContainsNull: v.contains(where: \.nullable))
        return c.make(args, type, name: "map", nullIntolerant: false) { values in
            var entries: [MapEntry] = []
            for i in stride(from: 0, to: values.count, by: 2) {
                entries.append(MapEntry(values[i], values[i + 1]))
            }
            return .map(try checkedMap(entries, keyType: kt, lastWins: lastWins))
        }
    }
    + scalar("map_keys", "map_values", "map_entries") { c, _ throws(SparkError) in
        try c.arity(1)
        guard case .map(let k, let v, let vn) = c[0].dataType else { throw c.unexpectedType(0, required: "\"MAP\"") }
        let name = c.name
        let type: DataType = switch name {
        case "map_keys": .array(element: k, containsNull: false)
        case "map_values": .array(element: v, containsNull: vn)
        default: .array(element: .struct([StructField("key", k, nullable: false), StructField("value", v, nullable: vn)]), containsNull: false)
        }
        return c.make([c[0]], type) { values in
            guard case .map(let entries) = values[0] else { return .null }
            switch name {
            case "map_keys": return .array(entries.map(\.key))
            case "map_values": return .array(entries.map(\.value))
            default: return .array(entries.map { .struct([$0.key, $0.value]) })
            }
        }
    }
    + scalar("map_from_arrays") { c, context throws(SparkError) in
        let lastWins = context.mapKeyLastWins
        try c.arity(2)
        let (keys, kt, _) = try c.array(0)
        let (values, vt, vn) = try c.array(1)
        return c.make([keys, values], .map(key: kt, value: vt, valueContainsNull: vn)) { v in
            guard case .array(let k) = v[0], case .array(let vals) = v[1] else { return .null }
            guard k.count == vals.count else {
                throw SparkError("_LEGACY_ERROR_TEMP_2128", "The key array and value array of MapData must have the same length.")
            }
            return .map(try checkedMap(zip(k, vals).map { MapEntry($0, $1) }, keyType: kt, lastWins: lastWins))
        }
    }
    + scalar("map_from_entries") { c, context throws(SparkError) in
        let lastWins = context.mapKeyLastWins
        try c.arity(1)
        guard case .array(.struct(let fields), _) = c[0].dataType, fields.count == 2 else {
            throw c.unexpectedType(0, required: "\"ARRAY\" of pair \"STRUCT\"")
        }
        return c.make([c[0]], .map(key: fields[0].dataType, value: fields[1].dataType, valueContainsNull: fields[1].nullable), nullable: true) { v in
            guard case .array(let items) = v[0] else { return .null }
            var entries: [MapEntry] = []
            for item in items {
                guard case .struct(let pair) = item, pair.count == 2 else { return .null }
                entries.append(MapEntry(pair[0], pair[1]))
            }
            return .map(try checkedMap(entries, keyType: fields[0].dataType, lastWins: lastWins))
        }
    }
    + scalar("str_to_map") { c, context throws(SparkError) in
        let lastWins = context.mapKeyLastWins
        try c.arity(1...3)
        // Spark prints the default delimiters in the column name: `str_to_map(a:1, ,, :)`.
        var full = c
        full.args = [c[0], c.count > 1 ? c[1] : .literal(.string(","), .string), c.count > 2 ? c[2] : .literal(.string(":"), .string)]
        let args = try (0..<3).map { i throws(SparkError) in try full.string(i) }
        // Both delimiters are regular expressions, split as Java's String.split does (trailing empty pieces kept).
        let pairRegex = try RegexCache(full, patternArgument: 1), keyValueRegex = try RegexCache(full, patternArgument: 2)
        return full.make(args, .map(key: .string, value: .string, valueContainsNull: true)) { v in
            let pairs = javaSplit(text(v[0]), try pairRegex.compile(text(v[1])), limit: -1)
            let keyValue = try keyValueRegex.compile(text(v[2]))
            let entries = pairs.map { pair in
                let kv = javaSplit(pair, keyValue, limit: 2)
                return MapEntry(.string(kv[0]), kv.count > 1 ? .string(kv[1]) : .null)
            }
            return .map(try checkedMap(entries, keyType: .string, lastWins: lastWins))
        }
    }
    + scalar("map_contains_key") { c, _ throws(SparkError) in
        try c.arity(2)
        guard case .map(let k, _, _) = c[0].dataType else { throw c.unexpectedType(0, required: "\"MAP\"") }
        // Spark's map_contains_key is array_contains over the keys, and explain shows that.
        return c.make([c[0], try c.coerce(1, to: k)], .boolean, explainFormat: { "array_contains(map_keys(\($0[0])), \($0[1]))" }) { v in
            guard case .map(let entries) = v[0] else { return .null }
            return .bool(entries.contains { $0.key == v[1] })
        }
    }
    + scalar("map_concat") { c, context throws(SparkError) in
        let lastWins = context.mapKeyLastWins
        if c.count == 0 {
            return c.make([], .map(key: .string, value: .string, valueContainsNull: false)) { _ in .map([]) }
        }
        let (args, type) = try c.commonType(bracketed: true)
        guard case .map(let kt, _, _) = type else { throw c.unexpectedType(0, required: "\"MAP\"") }
        return c.make(args, type) { v in
            var entries: [MapEntry] = []
            for m in v { if case .map(let e) = m { entries += e } }
            return .map(try checkedMap(entries, keyType: kt, lastWins: lastWins))
        }
    }

/// Raises Spark's `NULL_MAP_KEY` / `DUPLICATED_MAP_KEY` for a map being built.
func checkedMap(_ entries: [MapEntry], keyType: DataType, lastWins: Bool = false) throws -> [MapEntry] {
    var seen: [Value: Int] = [:]
    var out: [MapEntry] = []
    out.reserveCapacity(entries.count)
    for e in entries {
        if e.key.isNull { throw SparkError("NULL_MAP_KEY", "Cannot use null as map key.", sqlState: "2200E") }
        if let at = seen[e.key] {
            if lastWins { out[at].value = e.value; continue }
            throw SparkError("DUPLICATED_MAP_KEY", "Duplicate map key \(Cast.castToString(e.key, keyType)) was found, please check the input data.\nIf you want to remove the duplicated keys, you can set \"spark.sql.mapKeyDedupPolicy\" to \"LAST_WIN\" so that the key inserted at last takes precedence.", sqlState: "23505")
        }
        seen[e.key] = out.count
        out.append(e)
    }
    return out
}
