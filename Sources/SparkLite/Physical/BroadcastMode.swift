/// What a broadcast exchange builds from the rows it collects, as explain names it (Spark's `BroadcastMode`):
/// a hash relation on the join's build keys for a broadcast hash join, the rows themselves for a nested
/// loop join.
enum BroadcastMode: Sendable {
    case identity
    case hashed(keys: [Expression], isNullAware: Bool)

    /// The mode a parent that requires a broadcast child needs from it.
    static func required(by parent: SparkPlan) -> BroadcastMode {
        guard let join = parent as? BroadcastHashJoinExec else { return .identity }
        return .hashed(keys: join.buildRight ? join.rightKeys : join.leftKeys, isNullAware: join.isNullAwareAntiJoin)
    }

    /// `HashedRelationBroadcastMode(List(cast(input[0, int, true] as bigint)),false)`: the keys bound to the
    /// broadcast rows, packed into one bigint when they are integers that fit in 64 bits together.
    func explainString(input: [AttributeReference]) -> String {
        switch self {
        case .identity:
            return "IdentityBroadcastMode"
        case .hashed(let keys, let isNullAware):
            let bound = keys.map { key in
                key.transformUp { e -> Expression? in
                    guard case .attribute(let a) = e, let i = input.firstIndex(where: { $0.exprId == a.exprId }) else { return nil }
                    return .boundReference(ordinal: i, dataType: a.dataType, nullable: a.nullable)
                }
            }
            let shown = Self.packedKey(bound).map { [$0] } ?? bound.map(\.explainString)
            return "HashedRelationBroadcastMode(List(\(shown.joined(separator: ", "))),\(isNullAware))"
        }
    }

    /// Spark's `HashJoin.rewriteKeyExpr`: integral keys of at most 8 bytes in all become one bigint, each
    /// later key shifted in below the earlier ones.
    static func packedKey(_ keys: [Expression]) -> String? {
        let sizes = keys.map { k -> Int? in
            switch k.dataType {
            case .byte: 1
            case .short: 2
            case .int: 4
            case .long: 8
            default: nil
            }
        }
        guard let first = keys.first, sizes.allSatisfy({ $0 != nil }), sizes.reduce(0, { $0 + ($1 ?? 0) }) <= 8 else { return nil }
        var text = first.dataType == .long ? first.explainString : "cast(\(first.explainString) as bigint)"
        for (key, size) in zip(keys.dropFirst(), sizes.dropFirst()) {
            let bits = (size ?? 0) * 8
            text = "(shiftleft(\(text), \(bits)) | (cast(\(key.explainString) as bigint) & \((Int64(1) << Int64(bits)) - 1)))"
        }
        return text
    }
}
