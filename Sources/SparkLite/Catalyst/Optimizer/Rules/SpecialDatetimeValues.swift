import Foundation

/// Spark's `SpecialDatetimeValues`: a cast of a constant string to DATE or TIMESTAMP reads the special values
/// `epoch`, `now`, `today`, `yesterday` and `tomorrow` (trimmed, in any case), so `d < 'tomorrow'` and
/// `CAST('epoch' AS DATE)` work. A column's strings never do: casting them is an ordinary cast.
enum SpecialDatetimeValues {
    static func apply(_ plan: LogicalPlan) -> LogicalPlan {
        plan.transformUp { p in
            var changed = false
            let rewritten = p.mapExpressions { e in
                e.transformDown { x -> Expression? in
                    guard case .cast(let child, let type, _) = x, type == .date || type == .timestamp, child.dataType == .string,
                          ConstantFolding.isFoldable(child), case .string(let text)? = try? child.eval([]),
                          let value = value(text, type) else { return nil }
                    changed = true
                    return .literal(value, type)
                }
            }
            return changed ? rewritten : nil
        }
    }

    /// The special value `text` names as a DATE or TIMESTAMP (midnight for the days), or nil.
    static func value(_ text: String, _ type: DataType) -> Value? {
        let now = Int64(Date().timeIntervalSince1970 * 1_000_000)
        let today = Cast.floorDiv(now, DateTimeUtils.microsPerDay)
        let day: Int64
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "epoch": day = 0
        case "now": return type == .date ? .date(Int32(today)) : .timestamp(now)
        case "today": day = today
        case "yesterday": day = today - 1
        case "tomorrow": day = today + 1
        default: return nil
        }
        return type == .date ? .date(Int32(day)) : .timestamp(day * DateTimeUtils.microsPerDay)
    }
}
