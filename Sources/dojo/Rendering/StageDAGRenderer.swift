import Practice

/// The stage DAG of a physical plan: stages cut at exchanges, each with its operators and its task
/// count (the partitions it reads), and the Exchange between stages marked as a shuffle.
enum StageDAGRenderer {
    struct Stage {
        var id = 0
        var operators: [String] = []
        /// Exchanges this stage reads (the stages below it).
        var inputs: [(exchange: String, stage: Int)] = []
        var tasks = 0
    }

    /// Partitions of a `createDataFrame` table in `local[2]`: `sc.defaultParallelism`.
    static let scanPartitions = 2

    static func render(physical: String, style: TextStyle) -> String {
        let tree = PlanTree(physical)
        guard let top = tree.top else { return "(no plan)" }
        var stages: [Stage] = []
        if tree.nodes[top].name == "Exchange" {
            // A plan ending in a shuffle: the result stage only reads the shuffle's output.
            let below = tree.nodes[top].children.first.map { build($0, tree: tree, stages: &stages) } ?? 0
            stages.append(Stage(id: stages.count + 1, operators: ["(reads the shuffle output)"],
                                inputs: [(tree.nodes[top].text, below)], tasks: partitions(of: tree.nodes[top].text)))
        } else {
            _ = build(top, tree: tree, stages: &stages)
        }
        var lines: [String] = []
        let shuffles = stages.flatMap(\.inputs).filter { !$0.exchange.hasPrefix("BroadcastExchange") }.count
        lines.append(style.bold("\(stages.count) stage\(stages.count == 1 ? "" : "s"), \(shuffles) shuffle\(shuffles == 1 ? "" : "s")")
            + style.dim("  (stages run bottom-up; tasks = partitions the stage processes)"))
        for stage in stages.reversed() {
            lines.append("")
            lines.append(style.bold("Stage \(stage.id)") + "  \(stage.tasks) task\(stage.tasks == 1 ? "" : "s")")
            for name in stage.operators { lines.append("  " + name) }
            for input in stage.inputs {
                let kind = input.exchange.hasPrefix("BroadcastExchange") ? "broadcast" : "shuffle"
                lines.append(style.yellow("  ▲ \(kind): \(input.exchange)") + style.dim("  ← Stage \(input.stage)"))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Builds the stage holding `index`; returns its id. Stages are numbered in the order they finish
    /// being built, which puts stages that run first at lower ids, as Spark's UI numbers them.
    private static func build(_ index: Int, tree: PlanTree, stages: inout [Stage]) -> Int {
        var stage = Stage()
        var inputPartitions: [Int] = []
        var coalescedTo: Int?
        var pending = [index]
        while let current = pending.first {
            pending.removeFirst()
            let node = tree.nodes[current]
            stage.operators.append(summary(node))
            if node.name == "Coalesce", let n = Int(node.text.split(separator: " ").last ?? "") {
                coalescedTo = min(coalescedTo ?? n, n)
            }
            if node.name == "Scan ExistingRDD" || node.name == "Scan OneRowRelation" || node.name.hasSuffix("Scan") {
                // A local table and the single row of a SELECT without FROM are one partition.
                inputPartitions.append(node.name == "LocalTableScan" || node.name == "Scan OneRowRelation" ? 1 : scanPartitions)
            }
            for child in node.children {
                let childNode = tree.nodes[child]
                if childNode.name == "Exchange" || childNode.name == "BroadcastExchange" {
                    let below = childNode.children.first.map { build($0, tree: tree, stages: &stages) } ?? 0
                    stage.inputs.append((childNode.text, below))
                    if childNode.name == "Exchange" { inputPartitions.append(partitions(of: childNode.text)) }
                } else if childNode.name == "ReusedExchange" {
                    stage.inputs.append((childNode.text, 0))
                } else {
                    pending.append(child)
                }
            }
        }
        // A union's partitions are its children's partitions one after the other.
        let readPartitions = stage.operators.contains { $0.hasPrefix("Union") } ? inputPartitions.reduce(0, +) : (inputPartitions.max() ?? 1)
        stage.tasks = min(max(readPartitions, 1), coalescedTo ?? Int.max)
        stage.id = stages.count + 1
        stages.append(stage)
        return stage.id
    }

    private static func summary(_ node: PlanTree.Node) -> String {
        let text = node.text
        return text.count > 110 ? String(text.prefix(107)) + "..." : text
    }

    /// `Exchange hashpartitioning(k#1, 200), …` → 200; `SinglePartition` → 1.
    static func partitions(of exchange: String) -> Int {
        if exchange.contains("SinglePartition") { return 1 }
        guard let open = exchange.firstIndex(of: "(") else { return 1 }
        var depth = 0
        var close = exchange.endIndex
        for index in exchange[open...].indices {
            if exchange[index] == "(" { depth += 1 }
            if exchange[index] == ")" { depth -= 1; if depth == 0 { close = index; break } }
        }
        let inside = exchange[exchange.index(after: open)..<close]
        let last = inside.split(separator: ",").last?.trimmingCharacters(in: .whitespaces) ?? ""
        return Int(last) ?? 1
    }
}
