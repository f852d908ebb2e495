import Foundation
import Judge
import Practice

/// `dojo explain` for a solution that returns an RDD: its lineage as `rdd.toDebugString()` prints it, the
/// stages Spark cuts it into at shuffle dependencies, and what the run measured (jobs, shuffle records,
/// how often each RDD was computed).
enum RDDLineageRenderer {
    struct Stage {
        var id = 0
        var tasks = 0
        var rdds: [String] = []
        /// Stages this one reads through a shuffle.
        var inputs: [Int] = []
    }

    static func render(_ run: ExecutedSolution, mode: ExplainCommand.Mode, style: TextStyle) -> String {
        switch mode {
        case .dag: return dag(run.physicalPlan, style: style) + "\n\n" + summary(run, style: style)
        case .extended: return "== RDD lineage (toDebugString) ==\n\(run.physicalPlan)\n\n== Summary ==\n" + summary(run, style: style)
        case .simple, .formatted: return "== RDD lineage (toDebugString) ==\n\(run.physicalPlan)"
        }
    }

    /// The stages of a `toDebugString` text: a `(n)` or `+-(n)` line starts a stage of n tasks; the lines
    /// below it at the same indentation belong to it; a nested `+-` stage is one it reads through a shuffle.
    static func stages(_ lineage: String) -> [Stage] {
        var stages: [Stage] = []
        var stack: [(indent: Int, index: Int)] = []
        for line in lineage.split(separator: "\n", omittingEmptySubsequences: false) {
            let chars = Array(line)
            guard let start = chars.firstIndex(where: { !" |+-".contains($0) }) else { continue }
            var body = start
            var tasks: Int?
            if chars[start] == "(", let close = chars[start...].firstIndex(of: ")") {
                tasks = Int(String(chars[(start + 1)..<close]))
                body = close + 2
            }
            let text = String(chars[min(body, chars.count)...]).trimmingCharacters(in: .whitespaces)
            if text.hasPrefix("CachedPartitions") {
                if let top = stack.last { stages[top.index].rdds[stages[top.index].rdds.count - 1] += " (\(text))" }
                continue
            }
            if let tasks {
                while let top = stack.last, top.indent >= body { stack.removeLast() }
                let parent = stack.last?.index
                stages.append(Stage(tasks: tasks, rdds: [text]))
                if let parent { stages[parent].inputs.append(stages.count - 1) }
                stack.append((body, stages.count - 1))
            } else {
                while let top = stack.last, top.indent > body { stack.removeLast() }
                if let top = stack.last { stages[top.index].rdds.append(text) }
            }
        }
        // Spark numbers stages parents first: the deepest stages get the lowest ids.
        var order: [Int] = []
        func visit(_ index: Int) {
            for input in stages[index].inputs { visit(input) }
            order.append(index)
        }
        if !stages.isEmpty { visit(0) }
        for (id, index) in order.enumerated() { stages[index].id = id }
        let ids = stages.map(\.id)
        return order.map { index in
            var stage = stages[index]
            stage.inputs = stage.inputs.map { ids[$0] }
            return stage
        }
    }

    static func dag(_ lineage: String, style: TextStyle) -> String {
        let stages = stages(lineage)
        let shuffles = stages.reduce(0) { $0 + $1.inputs.count }
        var lines = [style.bold("\(stages.count) stage\(stages.count == 1 ? "" : "s"), \(shuffles) shuffle\(shuffles == 1 ? "" : "s")")
            + style.dim("  (stages run bottom-up; tasks = partitions the stage computes; narrow dependencies are pipelined in a stage)")]
        for stage in stages {
            lines.append("")
            lines.append(style.bold("Stage \(stage.id)") + "  \(stage.tasks) task\(stage.tasks == 1 ? "" : "s")")
            for rdd in stage.rdds { lines.append("  " + rdd) }
            for input in stage.inputs {
                lines.append(style.yellow("  ▲ shuffle dependency") + style.dim("  ← Stage \(input)"))
            }
        }
        return lines.joined(separator: "\n")
    }

    static func summary(_ run: ExecutedSolution, style: TextStyle) -> String {
        let m = run.metrics
        var lines = ["shuffles: \(run.shuffles), stages: \(run.stages), result partitions: \(m.outputPartitions.map(String.init) ?? "?")"]
        if let jobs = m.jobs { lines.append("jobs run: \(jobs)") }
        if let records = m.shuffleRecordsWritten {
            let bytes = m.shuffleBytesWritten.map { ", about \($0) bytes pickled" } ?? ""
            lines.append("shuffle records written: \(records)\(bytes)"
                + style.dim("  (PySpark writes one record per pickled batch of key-value pairs)"))
        }
        if let sizes = m.shufflePartitionSizes, !sizes.isEmpty {
            lines.append("pairs per shuffle partition: " + sizes.map { "[" + $0.map(String.init).joined(separator: ", ") + "]" }.joined(separator: " "))
        }
        if let computations = m.rddComputations, !computations.isEmpty {
            lines.append("partitions computed per RDD" + style.dim("  (an uncached RDD is computed again by every action)") + ":")
            for c in computations { lines.append("  \(c.partitionsComputed)×  \(c.rdd)") }
        }
        return lines.joined(separator: "\n")
    }
}
