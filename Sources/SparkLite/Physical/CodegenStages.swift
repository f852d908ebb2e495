/// Spark's `CollapseCodegenStages`, as explain shows it: neighbouring operators that generate code
/// together form one whole-stage-codegen stage, printed `*(id) ` before each of them. Explain only shows
/// the stages of a plan that adaptive execution does not take over (see `AdaptiveExecution`).
///
/// A stage starts at the highest operator that supports code generation and takes in every descendant that
/// does too; an operator that does not (a window, a top-n sort, a Python evaluation, a cartesian product)
/// ends it, and its own inputs form new stages. Ids follow the order Spark creates the stages in: a stage's
/// inputs are numbered before it, left to right. A local table scan is never a stage by itself (Spark keeps
/// its driver-side collect), only a member of the stage above it.
enum CodegenStages {
    /// The stage id of each operator that belongs to a stage.
    static func ids(_ plan: SparkPlan) -> [ObjectIdentifier: Int] {
        var ids: [ObjectIdentifier: Int] = [:]
        var counter = 0
        func startStages(_ p: SparkPlan) {
            if supportsCodegen(p), !isLocalTableScan(p) {
                var members: [SparkPlan] = []
                collectStage(p, into: &members)
                counter += 1
                for member in members { ids[ObjectIdentifier(member)] = counter }
            } else {
                p.children.forEach(startStages)
            }
        }
        func collectStage(_ p: SparkPlan, into members: inout [SparkPlan]) {
            members.append(p)
            for child in p.children {
                if supportsCodegen(child) && !(p is SortMergeJoinExec) {
                    collectStage(child, into: &members)
                } else {
                    startStages(child)
                }
            }
        }
        startStages(plan)
        return ids
    }

    private static func isLocalTableScan(_ p: SparkPlan) -> Bool {
        (p as? ScanExec)?.data.origin == .localTable
    }

    /// Whether Spark generates code for the operator: the operator kinds that support it, unless one of
    /// their expressions only interprets (Spark's `CodegenFallback`).
    static func supportsCodegen(_ p: SparkPlan) -> Bool {
        let expressions: [Expression]
        switch p {
        case let project as ProjectExec: expressions = project.projectList
        case let filter as FilterExec: expressions = [filter.condition]
        case let generate as GenerateExec:
            guard generate.generator.kind != .replicateRows else { return false }
            expressions = generate.generator.arguments
        case let expand as ExpandExec: expressions = expand.projections.flatMap { $0 }
        case let sort as SortExec: expressions = sort.orders.map { .sortOrder($0) }
        case is UnionExec, is RangeExec, is ScanExec, is FileSourceScanExec, is SampleExec: expressions = []
        default: return false
        }
        return !expressions.contains { $0.exists(isInterpretedOnly) }
    }

    /// Expressions Spark evaluates without generated code: the higher-order functions over maps, zip_with
    /// and sorting with a comparator, from_json, Python UDFs.
    private static func isInterpretedOnly(_ e: Expression) -> Bool {
        switch e {
        case .higherOrderFunction(let f, _):
            return [.zipWith, .mapFilter, .transformKeys, .transformValues, .mapZipWith, .arraySort].contains(f)
        case .function(let f, _):
            return ["from_json", "array_sort"].contains(f.name)
        case .pythonUDF:
            return true
        default:
            return false
        }
    }
}
