/// Row evaluation of higher-order functions. A bound lambda reads its parameters as input columns
/// past the end of the row it is evaluated on (see `SparkPlan.bindLambdaVariables`), so a call
/// evaluates the body on the row with the parameter values appended.
extension HigherOrderFunction {
    func evaluate(_ arguments: [Expression], _ row: [Value]) throws -> Value {
        func apply(_ lambda: Expression, _ values: Value...) throws -> Value {
            guard case .lambdaFunction(let body, let parameters) = lambda else {
                throw SparkError.internalError("\(rawValue) expects a lambda function argument.")
            }
            return try body.eval(row + values.prefix(parameters.count))
        }
        let input = try arguments[0].eval(row)
        if input.isNull { return .null }
        switch self {
        case .transform:
            guard case .array(let items) = input else { return .null }
            var out: [Value] = []
            out.reserveCapacity(items.count)
            for (i, x) in items.enumerated() { out.append(try apply(arguments[1], x, .int(Int64(i)))) }
            return .array(out)
        case .filter:
            guard case .array(let items) = input else { return .null }
            var out: [Value] = []
            for (i, x) in items.enumerated() where try apply(arguments[1], x, .int(Int64(i))) == .bool(true) { out.append(x) }
            return .array(out)
        case .exists, .forall:
            // Three-valued: a null result without a deciding one makes the answer null.
            guard case .array(let items) = input else { return .null }
            let decisive = Value.bool(self == .exists)
            var sawNull = false
            for x in items {
                let r = try apply(arguments[1], x)
                if r == decisive { return decisive }
                if r.isNull { sawNull = true }
            }
            return sawNull ? .null : .bool(self != .exists)
        case .aggregate, .reduce:
            guard case .array(let items) = input else { return .null }
            var accumulator = try arguments[1].eval(row)
            for x in items { accumulator = try apply(arguments[2], accumulator, x) }
            return try apply(arguments[3], accumulator)
        case .zipWith:
            let other = try arguments[1].eval(row)
            guard case .array(let left) = input, case .array(let right) = other else { return .null }
            var out: [Value] = []
            for i in 0..<max(left.count, right.count) {
                out.append(try apply(arguments[2], i < left.count ? left[i] : .null, i < right.count ? right[i] : .null))
            }
            return .array(out)
        case .mapFilter:
            guard case .map(let entries) = input else { return .null }
            return .map(try entries.filter { try apply(arguments[1], $0.key, $0.value) == .bool(true) })
        case .transformKeys:
            guard case .map(let entries) = input else { return .null }
            let keyType = arguments[1].lambdaBody?.dataType ?? .null
            return .map(try checkedMap(try entries.map { MapEntry(try apply(arguments[1], $0.key, $0.value), $0.value) }, keyType: keyType))
        case .arraySort:
            // A stable sort by the comparator's sign, as Java's sort with a comparator is.
            guard case .array(let items) = input else { return .null }
            let elementType: DataType = if case .array(let e, _) = arguments[0].dataType { e } else { .null }
            var failure: Error?
            let order = items.indices.sorted { i, j in
                if failure != nil { return i < j }
                do {
                    let r = try apply(arguments[1], items[i], items[j])
                    guard case .int(let n) = r else { throw Self.comparatorReturnedNull(comparing: items[i], elementType: elementType) }
                    return n == 0 ? i < j : n < 0
                } catch {
                    failure = error
                    return i < j
                }
            }
            if let failure { throw failure }
            return .array(order.map { items[$0] })
        case .transformValues:
            guard case .map(let entries) = input else { return .null }
            return .map(try entries.map { MapEntry($0.key, try apply(arguments[1], $0.key, $0.value)) })
        case .mapZipWith:
            // The left map's keys in order, then the right map's other keys in theirs.
            guard case .map(let left) = input, case .map(let right) = try arguments[1].eval(row) else { return .null }
            var keys = left.map(\.key)
            for entry in right where !left.contains(where: { $0.key == entry.key }) { keys.append(entry.key) }
            return .map(try keys.map { key in
                MapEntry(key, try apply(arguments[2], key, left.first { $0.key == key }?.value ?? .null,
                                        right.first { $0.key == key }?.value ?? .null))
            })
        }
    }

    /// Spark names the comparison's first element twice ("between 1 and 1"), whatever the second was.
    static func comparatorReturnedNull(comparing first: Value, elementType: DataType) -> SparkError {
        let shown = Cast.castToString(first, elementType)
        return SparkError("COMPARATOR_RETURNS_NULL", "The comparator has returned a NULL for a comparison between \(shown) and \(shown).\nIt should return a positive integer for \"greater than\", 0 for \"equal\" and a negative integer for \"less than\".\nTo revert to deprecated behavior where NULL is treated as 0 (equal), you must set \"spark.sql.legacy.allowNullComparisonResultInArraySort\" to \"true\".", sqlState: "22004")
    }
}
