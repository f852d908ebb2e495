/// `Generate explode(...)`: one output row per element, after the input row's columns that are still
/// needed (`requiredChildOutput`); `outer` keeps rows whose collection is null or empty, with nulls.
final class GenerateExec: SparkPlan, @unchecked Sendable {
    let generator: Generator
    let outer: Bool
    let requiredChildOutput: [AttributeReference]
    let generatorOutput: [AttributeReference]

    init(_ generator: Generator, outer: Bool, requiredChildOutput: [AttributeReference], generatorOutput: [AttributeReference], child: SparkPlan) {
        self.generator = generator
        self.outer = outer
        self.requiredChildOutput = requiredChildOutput
        self.generatorOutput = generatorOutput
        super.init(children: [child], output: requiredChildOutput + generatorOutput)
    }

    /// `explode(tags#1), [id#0], false, [col#5]`; no required input columns print no list.
    override var argumentString: String {
        let call = "\(generator.kind.rawValue)(\(generator.arguments.map(\.explainString).joined(separator: ", ")))"
        let required = requiredChildOutput.isEmpty ? [] : ["[\(requiredChildOutput.map(\.explainName).joined(separator: ", "))]"]
        return ([call] + required + ["\(outer)", "[\(generatorOutput.map(\.explainName).joined(separator: ", "))]"]).joined(separator: ", ")
    }

    override func execute(_ context: ExecutionContext) throws -> [[[Value]]] {
        let input = try children[0].execute(context)
        let args = try generator.arguments.map { try bind($0, children[0].output) }
        let kind = generator.kind, outer = self.outer, width = generatorOutput.count
        let childOutput = children[0].output
        let kept = requiredChildOutput.compactMap { a in childOutput.firstIndex { $0.exprId == a.exprId } }
        let keepsAll = kept == Array(childOutput.indices)
        return try context.parallelMap(input.count) { p in
            var out: [[Value]] = []
            for row in input[p] {
                let value = try args[0].eval(row)
                var produced: [[Value]] = []
                if kind == .replicateRows, case .int(let n) = value {
                    let values = try args.dropFirst().map { try $0.eval(row) }
                    produced = Array(repeating: values, count: Int(clamping: max(0, n)))
                }
                if kind == .jsonTuple {
                    produced = [JSONTuple.row(value, fields: try args.dropFirst().map { try $0.eval(row) })]
                }
                if kind == .stack, case .int(let n) = value {
                    // stack(n, v1, ..., vk): row i holds v(i*width+1) ... v(i*width+width), padded with nulls.
                    let values = try args.dropFirst().map { try $0.eval(row) }
                    for i in 0..<Int(n) {
                        produced.append((0..<width).map { j in i * width + j < values.count ? values[i * width + j] : .null })
                    }
                }
                switch kind == .stack || kind == .replicateRows || kind == .jsonTuple ? Value.null : value {
                case .array(let items):
                    for (i, item) in items.enumerated() {
                        switch kind {
                        case .posexplode: produced.append([.int(Int64(i)), item])
                        case .inline:
                            if case .struct(let fields) = item { produced.append(fields) } else { produced.append(Array(repeating: .null, count: width)) }
                        default: produced.append([item])
                        }
                    }
                case .map(let entries):
                    for (i, e) in entries.enumerated() {
                        produced.append(kind == .posexplode ? [.int(Int64(i)), e.key, e.value] : [e.key, e.value])
                    }
                default: break
                }
                if produced.isEmpty && outer { produced = [Array(repeating: .null, count: width)] }
                let passed = keepsAll ? row : kept.map { row[$0] }
                for g in produced { out.append(passed + g) }
                if out.count > context.maxRows { try context.checkBudget(rows: out.count) }
            }
            return out
        }
    }
}

/// `Coalesce n`: merges partitions without a shuffle.
final class CoalesceExec: SparkPlan, @unchecked Sendable {
    let numPartitions: Int

    init(_ n: Int, child: SparkPlan) {
        numPartitions = n
        super.init(children: [child], output: child.output)
    }

    override var argumentString: String { String(numPartitions) }
    override var outputPartitioning: Partitioning {
        numPartitions == 1 ? .single : .unknown(min(numPartitions, children[0].outputPartitioning.numPartitions))
    }

    override func execute(_ context: ExecutionContext) throws -> [[[Value]]] {
        let input = try children[0].execute(context)
        let n = max(1, min(numPartitions, input.count))
        var out = Array(repeating: [[Value]](), count: n)
        for (i, part) in input.enumerated() { out[i * n / max(1, input.count)] += part }
        return out
    }
}

/// `Range (start, end, step=s, splits=n)`.
final class RangeExec: SparkPlan, @unchecked Sendable {
    let start: Int64, end: Int64, step: Int64, splits: Int

    init(start: Int64, end: Int64, step: Int64, splits: Int, output: AttributeReference) {
        self.start = start
        self.end = end
        self.step = step
        self.splits = splits
        super.init(children: [], output: [output])
    }

    override var argumentString: String { "(\(start), \(end), step=\(step), splits=\(splits))" }
    override var outputPartitioning: Partitioning { .unknown(splits) }

    override func execute(_ context: ExecutionContext) throws -> [[[Value]]] {
        guard step != 0 else { return [] }
        let count = max(0, (end - start + step + (step > 0 ? -1 : 1)) / step)
        try context.checkBudget(rows: Int(clamping: count))
        let n = Int64(max(1, splits))
        return (0..<n).map { i in
            (count * i / n..<count * (i + 1) / n).map { [.int(start + $0 * step)] }
        }
    }
}
