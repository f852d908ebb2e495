import Foundation

/// Spark's `ComputeCurrentTime`: every `current_timestamp()`, `now()` and `current_date()` of a query reads one
/// instant, taken when the query is optimized, so `current_timestamp() = now()` holds and a date and a
/// timestamp taken together agree.
enum ComputeCurrentTime {
    static let timestampFunctions: Set<String> = ["current_timestamp", "now", "localtimestamp"]
    static let dateFunctions: Set<String> = ["current_date", "curdate"]

    static func apply(_ plan: LogicalPlan) -> LogicalPlan {
        let micros = Int64(Date().timeIntervalSince1970 * 1_000_000)
        let today = Int32(Cast.floorDiv(micros, DateTimeUtils.microsPerDay))
        return plan.transformUp { p in
            var changed = false
            let rewritten = p.mapExpressions { e in
                e.transformDown { x -> Expression? in
                    guard case .function(let f, let args) = x, args.isEmpty else { return nil }
                    if timestampFunctions.contains(f.name) { changed = true; return .literal(.timestamp(micros), .timestamp) }
                    if dateFunctions.contains(f.name) { changed = true; return .literal(.date(today), .date) }
                    return nil
                }
            }
            return changed ? rewritten : nil
        }
    }
}
