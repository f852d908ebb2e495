/// Reads `df.explain()`'s physical plan text: its lines, operator names, and subtrees.
struct PlanText {
    let rawLines: [String]

    init(_ text: String) {
        rawLines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    }

    /// Lines satisfying a predicate on the operator text (tree prefix removed), returned as written.
    func lines(_ predicate: (String) -> Bool) -> [String] {
        rawLines.filter { predicate(Self.operatorText($0)) }
    }

    /// A line without its tree drawing (`:  +- `) and codegen stage mark (`*(1) `): the operator and its arguments.
    static func operatorText(_ line: String) -> String {
        withoutCodegenStage(String(line.drop { $0 == " " || $0 == ":" || $0 == "+" || $0 == "-" || $0 == "|" }))
    }

    /// `Project [a#1]` for `*(2) Project [a#1]`: a plan that adaptive execution does not take shows the
    /// whole-stage-codegen stage of each operator.
    static func withoutCodegenStage(_ text: String) -> String {
        guard text.hasPrefix("*("), let close = text.firstIndex(of: ")"),
              text[text.index(text.startIndex, offsetBy: 2)..<close].allSatisfy(\.isNumber) else { return text }
        return String(text[text.index(after: close)...].drop { $0 == " " })
    }

    /// The depth of a line in the tree: where its operator text starts.
    static func depth(_ line: String) -> Int {
        line.count - String(line.drop { $0 == " " || $0 == ":" || $0 == "+" || $0 == "-" || $0 == "|" }).count
    }

    /// Each `BroadcastExchange` with the lines below it.
    func broadcastSubtrees() -> [[String]] {
        var result: [[String]] = []
        for (index, line) in rawLines.enumerated() where Self.operatorText(line).hasPrefix("BroadcastExchange") {
            let depth = Self.depth(line)
            var subtree: [String] = []
            for below in rawLines[(index + 1)...] {
                if Self.depth(below) <= depth { break }
                subtree.append(below)
            }
            result.append(subtree)
        }
        return result
    }

    /// A shuffle: `Exchange hashpartitioning(...)`, never `BroadcastExchange` or `ReusedExchange`.
    static func isShuffleExchange(_ text: String) -> Bool {
        text.hasPrefix("Exchange ") || text == "Exchange"
    }

    static func isScan(_ text: String) -> Bool {
        text.hasPrefix("Scan ") || text.hasPrefix("LocalTableScan") || text.hasPrefix("FileScan") || text.hasPrefix("BatchScan")
    }

    /// The join operator a line names, if any.
    static func joinName(_ text: String) -> String? {
        let names = ["BroadcastHashJoin", "SortMergeJoin", "ShuffledHashJoin", "BroadcastNestedLoopJoin", "CartesianProduct"]
        return names.first { text.hasPrefix($0) }
    }

    /// `CartesianProduct`, or a `BroadcastNestedLoopJoin` that is `Cross` or has no condition.
    static func isCrossJoin(_ text: String) -> Bool {
        if text.hasPrefix("CartesianProduct") || text.contains("CartesianRDD") { return true }
        guard text.hasPrefix("BroadcastNestedLoopJoin") else { return false }
        let arguments = text.dropFirst("BroadcastNestedLoopJoin".count).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        return arguments.contains("Cross") || (arguments.count <= 2 && arguments.contains("Inner"))
    }

    /// Operators that run Python code row by row or batch by batch.
    static let pythonUDFOperators = [
        "BatchEvalPython", "ArrowEvalPython", "FlatMapGroupsInPandas", "FlatMapCoGroupsInPandas", "MapInPandas",
        "MapInArrow", "AggregateInPandas", "WindowInPandas", "FlatMapGroupsInArrow", "PythonUDF",
    ]
}
