/// Spark's `ConstantFolding`: an expression that depends on no column and is deterministic is
/// evaluated once while optimizing (`cast(1 as double)` becomes `1.0`). An expression whose
/// evaluation fails (an ANSI overflow, say) stays, so the error happens when the query runs.
enum ConstantFolding {
    static func apply(_ plan: LogicalPlan) -> LogicalPlan {
        plan.transformUp { p in
            var changed = false
            let folded = p.mapExpressions { e in
                e.transformDown { x -> Expression? in
                    switch x {
                    case .literal, .alias: return nil
                    case .function(let f, let args) where f.name == "typeof" && args.count == 1:
                        // A type's name is known without the value: Spark folds typeof(column) too.
                        guard let name = try? f.evaluate([.null]) else { return nil }
                        changed = true
                        return .literal(name, .string)
                    default:
                        guard isFoldable(x), let value = try? x.eval([]) else { return nil }
                        changed = true
                        return .literal(value, x.dataType)
                    }
                }
            }
            return changed ? folded : nil
        }
    }

    static func isFoldable(_ e: Expression) -> Bool {
        !e.exists { x in
            switch x {
            case .attribute, .boundReference, .outerReference, .unresolvedAttribute, .star, .unresolvedFunction,
                 .aggregate, .windowFunction, .window, .pythonUDF, .scalarSubquery, .inSubquery, .exists, .sortOrder,
                 .groupingSets, .unresolvedExtractValue, .alias, .lambdaVariable, .lambdaFunction:
                return true
            case .function(let f, _): return !f.deterministic || !f.foldable
            default: return false
            }
        }
    }
}
