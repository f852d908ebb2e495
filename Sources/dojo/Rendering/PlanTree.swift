/// The physical plan text parsed back into a tree of operators, for the DAG and formatted views.
struct PlanTree {
    struct Node {
        var text: String
        var children: [Int] = []

        var name: String {
            let known = ["Scan ExistingRDD", "Scan OneRowRelation"]
            if let match = known.first(where: { text.hasPrefix($0) }) { return match }
            return String(text.prefix { $0 != " " && $0 != "(" && $0 != "[" })
        }

        var arguments: String {
            String(text.dropFirst(name.count)).trimmingCharacters(in: .whitespaces)
        }
    }

    var nodes: [Node] = []
    var roots: [Int] = []

    init(_ physical: String) {
        var stack: [(depth: Int, index: Int)] = []
        for raw in physical.split(separator: "\n", omittingEmptySubsequences: true) {
            let line = String(raw)
            let drawn = String(line.drop { $0 == " " || $0 == ":" || $0 == "+" || $0 == "-" || $0 == "|" })
            guard !drawn.isEmpty, !drawn.hasPrefix("==") else { continue }
            let depth = line.count - drawn.count
            let text = Self.withoutCodegenStage(drawn)
            let index = nodes.count
            nodes.append(Node(text: text))
            while let last = stack.last, last.depth >= depth { stack.removeLast() }
            if let parent = stack.last {
                nodes[parent.index].children.append(index)
            } else {
                roots.append(index)
            }
            stack.append((depth, index))
        }
    }

    /// `Project [a#1]` for `*(2) Project [a#1]`: the whole-stage-codegen stage explain shows for a plan that
    /// adaptive execution does not take.
    static func withoutCodegenStage(_ text: String) -> String {
        guard text.hasPrefix("*("), let close = text.firstIndex(of: ")"),
              text[text.index(text.startIndex, offsetBy: 2)..<close].allSatisfy(\.isNumber) else { return text }
        return String(text[text.index(after: close)...].drop { $0 == " " })
    }

    /// The operator that starts the real plan (below `AdaptiveSparkPlan`).
    var top: Int? {
        guard let root = roots.first else { return nil }
        if nodes[root].name == "AdaptiveSparkPlan", let child = nodes[root].children.first { return child }
        return root
    }
}
