import Foundation
import ProblemBank
import PySparkBridge
import SparkLite

/// Evaluates a problem's plan rules (DESIGN.md "Judging") on one executed solution: the physical
/// plan's operators and text, the engine's metrics, and — for `collect` and `group_by_key`, which a
/// DataFrame plan does not show — the solution's source.
public struct PlanRuleChecker: Sendable {
    public var rules: PlanRules
    /// The input tables, so a broadcast side can be told apart by its columns.
    public var tables: [InputTableData]

    public init(rules: PlanRules, tables: [InputTableData] = []) {
        self.rules = rules
        self.tables = tables
    }

    /// One result per rule that is set (one per forbidden operation), in `PlanRules.ruleNames` order.
    public func check(_ run: ExecutedSolution, source: String = "", language: PySparkBridge.SolutionLanguage = .python) -> [PlanRuleResult] {
        let plan = PlanText(run.physicalPlan)
        var results: [PlanRuleResult] = []
        if let limit = rules.maxShuffles {
            let exchanges = plan.lines { PlanText.isShuffleExchange($0) }
            results.append(result(
                "max_shuffles", limit: .int(Int64(limit)), actual: .int(Int64(run.shuffles)), ok: run.shuffles <= limit,
                message: "shuffles: \(run.shuffles), allowed \(limit)", excerpt: run.shuffles > limit ? exchanges : []))
        }
        if let requirement = rules.requireBroadcast {
            results.append(checkBroadcast(requirement, run: run, plan: plan))
        }
        for operation in rules.forbid {
            results.append(checkForbidden(operation, run: run, plan: plan, source: source, language: language))
        }
        if let limit = rules.maxScansPerTable {
            if let scans = run.metrics.scansPerTable {
                let worst = scans.max { ($0.value, $1.key) < ($1.value, $0.key) }
                let count = worst?.value ?? 0
                let ok = count <= limit
                let detail = scans.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)×" }.joined(separator: ", ")
                results.append(result(
                    "max_scans_per_table", limit: .int(Int64(limit)), actual: .int(Int64(count)), ok: ok,
                    message: worst.map { "most scanned table: '\($0.key)' read \($0.value) time\($0.value == 1 ? "" : "s"), allowed \(limit)" }
                        .map { scans.count > 1 ? "\($0) (\(detail))" : $0 } ?? "no table was scanned",
                    excerpt: ok ? [] : plan.lines { PlanText.isScan($0) }))
            } else {
                results.append(notCheckable("max_scans_per_table", limit: .int(Int64(limit)),
                                            "the engine did not report scans per table for this run"))
            }
        }
        if let limit = rules.maxSkewRatio {
            if let sizes = run.metrics.shufflePartitionSizes {
                results.append(checkSkew(limit: limit, sizes: sizes, plan: plan))
            } else {
                results.append(notCheckable("max_skew_ratio", limit: .double(limit),
                                            "the engine did not report shuffle partition sizes for this run"))
            }
        }
        if let limit = rules.maxShuffleRecords {
            if let records = run.metrics.shuffleRecordsWritten {
                let ok = records <= limit
                results.append(result(
                    "max_shuffle_records", limit: .int(Int64(limit)), actual: .int(Int64(records)), ok: ok,
                    message: run.isRDD ? "shuffle records written: \(records) (one per pickled batch of key-value pairs a map task sends to a partition), allowed \(limit)"
                        : "rows shuffled: \(records), allowed \(limit)",
                    excerpt: ok ? [] : plan.lines { PlanText.isShuffleExchange($0) }))
            } else {
                results.append(notCheckable("max_shuffle_records", limit: .int(Int64(limit)),
                                            "the engine did not report shuffled rows for this run"))
            }
        }
        if let limit = rules.outputPartitions {
            if let partitions = run.metrics.outputPartitions {
                results.append(result(
                    "output_partitions", limit: .int(Int64(limit)), actual: .int(Int64(partitions)), ok: partitions == limit,
                    message: "result partitions: \(partitions), required \(limit)",
                    excerpt: partitions == limit ? [] : Array(plan.rawLines.prefix(2))))
            } else {
                results.append(notCheckable("output_partitions", limit: .int(Int64(limit)),
                                            "the engine did not report the result's partition count for this run"))
            }
        }
        return results
    }

    // MARK: Rules

    private func checkBroadcast(_ requirement: BroadcastRequirement, run: ExecutedSolution, plan: PlanText) -> PlanRuleResult {
        let joins = plan.lines { PlanText.joinName($0) != nil }
        let strategies = joins.compactMap { PlanText.joinName(PlanText.operatorText($0)) }
        let strategyText = strategies.isEmpty ? "no join" : Array(NSOrderedSet(array: strategies)).compactMap { $0 as? String }.joined(separator: ", ")
        switch requirement {
        case .any:
            let ok = strategies.contains { $0.hasPrefix("Broadcast") }
            return result("require_broadcast", limit: .bool(true), actual: .string(strategyText), ok: ok,
                          message: "join strategy: \(strategyText), expected BroadcastHashJoin", excerpt: ok ? [] : joins)
        case .table(let name):
            let broadcastTables = Set(plan.broadcastSubtrees().flatMap { subtree in
                subtree.compactMap { line in PlanText.isScan(PlanText.operatorText(line)) ? tableName(ofScan: line) : nil }
            })
            let ok = broadcastTables.contains { $0.lowercased() == name.lowercased() }
            let side = broadcastTables.isEmpty ? "nothing is broadcast" : "broadcast: " + broadcastTables.sorted().joined(separator: ", ")
            return result("require_broadcast", limit: .string(name),
                          actual: broadcastTables.isEmpty ? .null : .string(broadcastTables.sorted().joined(separator: ", ")), ok: ok,
                          message: "join strategy: \(strategyText); \(side); expected '\(name)' to be broadcast",
                          excerpt: ok ? [] : joins)
        }
    }

    private func checkForbidden(_ operation: ForbiddenOperation, run: ExecutedSolution, plan: PlanText,
                                source: String, language: PySparkBridge.SolutionLanguage) -> PlanRuleResult {
        let found: [String]
        let what: String
        switch operation {
        case .cartesian:
            what = "CartesianProduct"
            found = plan.lines { $0.contains("CartesianProduct") || $0.contains("CartesianRDD") }
        case .nestedLoopJoin:
            what = "BroadcastNestedLoopJoin"
            found = plan.lines { $0.contains("BroadcastNestedLoopJoin") }
        case .crossJoin:
            what = "a cross join"
            found = plan.lines { PlanText.isCrossJoin($0) }
        case .pythonUDF:
            what = "a Python UDF"
            found = plan.lines { line in PlanText.pythonUDFOperators.contains { line.contains($0) } }
        case .collect:
            what = "collecting rows to the driver"
            found = language == .python ? SourceScan.calls(["collect", "toPandas", "toLocalIterator", "collectAsList"], in: source) : []
        case .groupByKey:
            what = "groupByKey"
            // An RDD lineage names the call behind each shuffle (`PairwiseRDD[3] at groupByKey at solution.py:5`).
            let shuffles = plan.lines { $0.contains("PairwiseRDD") && $0.contains(" at groupByKey at ") }
            found = !shuffles.isEmpty ? shuffles : (language == .python ? SourceScan.calls(["groupByKey"], in: source) : [])
        }
        let ok = found.isEmpty
        return result("forbid", limit: .string(operation.rawValue), actual: .int(Int64(found.count)), ok: ok,
                      message: ok ? "\(operation.rawValue): not used" : "\(operation.rawValue): \(what) found \(found.count) time\(found.count == 1 ? "" : "s"), allowed none",
                      excerpt: found)
    }

    private func checkSkew(limit: Double, sizes: [[Int]], plan: PlanText) -> PlanRuleResult {
        var worst: (ratio: Double, largest: Int, total: Int, index: Int)?
        for (index, partitions) in sizes.enumerated() {
            let nonEmpty = partitions.filter { $0 > 0 }.sorted()
            guard let largest = nonEmpty.last else { continue }
            let middle = nonEmpty.count / 2
            let median = nonEmpty.count % 2 == 1 ? Double(nonEmpty[middle]) : Double(nonEmpty[middle - 1] + nonEmpty[middle]) / 2
            let ratio = Double(largest) / median
            if ratio > (worst?.ratio ?? -1) { worst = (ratio, largest, nonEmpty.reduce(0, +), index) }
        }
        guard let worst else {
            return result("max_skew_ratio", limit: .double(limit), actual: .null, ok: true,
                          message: "no shuffle moved any rows, so there is no skew", excerpt: [])
        }
        let ok = worst.ratio <= limit
        let share = worst.total > 0 ? Int((Double(worst.largest) / Double(worst.total) * 100).rounded()) : 0
        let exchanges = plan.lines { PlanText.isShuffleExchange($0) }
        return result(
            "max_skew_ratio", limit: .double(limit), actual: .double((worst.ratio * 100).rounded() / 100), ok: ok,
            message: "largest shuffle partition: \(worst.largest) rows (\(share)% of \(worst.total)), "
                + String(format: "%.2f", worst.ratio) + "× the median non-empty partition, allowed " + String(format: "%g", limit) + "×",
            excerpt: ok ? [] : (worst.index < exchanges.count ? [exchanges[worst.index]] : exchanges))
    }

    // MARK: Helpers

    /// The input table a `Scan` line reads, recognised by its name or by its column list.
    func tableName(ofScan line: String) -> String? {
        if let table = tables.first(where: { line.contains(" \($0.name)[") || line.contains(" \($0.name) ") || line.hasSuffix(" \($0.name)") }) {
            return table.name
        }
        guard let open = line.firstIndex(of: "["), let close = line[open...].firstIndex(of: "]") else { return nil }
        let columns = line[line.index(after: open)..<close].split(separator: ",").map { attribute in
            String(attribute.split(separator: "#").first ?? attribute).trimmingCharacters(in: .whitespaces).lowercased()
        }
        return tables.first { table in table.schema.map { $0.name.lowercased() } == columns }?.name
            ?? tables.first { table in Set(columns).isSubset(of: Set(table.schema.map { $0.name.lowercased() })) && !columns.isEmpty }?.name
    }

    private func result(_ rule: String, limit: JSONValue, actual: JSONValue, ok: Bool, message: String, excerpt: [String]) -> PlanRuleResult {
        PlanRuleResult(rule: rule, limit: limit, actual: actual, status: ok ? .ok : .violated, message: message,
                       excerpt: Array(excerpt.prefix(6)), test: nil)
    }

    private func notCheckable(_ rule: String, limit: JSONValue, _ why: String) -> PlanRuleResult {
        PlanRuleResult(rule: rule, limit: limit, actual: .null, status: .notCheckable,
                       message: "not checked: \(why)", excerpt: [], test: nil)
    }
}
