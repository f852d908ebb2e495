/// Evaluates bound expressions over a whole record batch, a column at a time.
///
/// Only pure expressions are evaluated this way; anything with a side effect or an order-dependent
/// state (Python UDFs, `rand`, higher-order functions, subqueries) is evaluated row by row, exactly as
/// the row engine would. Column-at-a-time evaluation computes branches a row would skip (the right
/// side of `AND`, the other branches of `CASE`), so when it fails the batch is evaluated again row by
/// row: that either succeeds (the failure was on a skipped branch) or raises the error a row-by-row
/// run meets first, as Spark does.
enum VectorizedEvaluator {
    static func evaluate(_ e: Expression, _ batch: RecordBatch) throws -> ColumnVector {
        if case .boundReference(let i, _, _) = e.unaliased, i < batch.columns.count { return batch.columns[i] }
        guard canVectorize(e) else { return try rowByRow(e, batch) }
        do {
            return try vector(e, batch)
        } catch {
            return try rowByRow(e, batch)
        }
    }

    /// The columns of `exprs` over `batch`. When one fails, the batch is evaluated again row by row: the
    /// first failing row then decides which expression's error is raised, as in Spark.
    static func project(_ exprs: [Expression], _ batch: RecordBatch) throws -> RecordBatch {
        do {
            return RecordBatch(columns: try exprs.map { try evaluate($0, batch) }, count: batch.count)
        } catch {
            let rows = try batch.rows().map { row in try exprs.map { try $0.eval(row) } }
            return RecordBatch(rows: rows, types: exprs.map(\.dataType))
        }
    }

    /// The positions of the rows for which `predicate` is true. Like Spark's filter, a conjunction is
    /// checked one conjunct at a time, each only on the rows the ones before it kept.
    static func select(_ predicate: Expression, _ batch: RecordBatch) throws -> [Int] {
        var selection: [Int]? = nil
        for conjunct in JoinKeys.conjuncts(predicate) {
            guard let rows = selection else {
                selection = try trueRows(conjunct, batch)
                continue
            }
            if rows.isEmpty { break }
            // Only the columns the conjunct reads are narrowed to the kept rows.
            let read = ordinals(conjunct, width: batch.columns.count)
            let kept = RecordBatch(columns: batch.columns.enumerated().map { read.contains($0) ? $1.gather(rows) : $1 }, count: rows.count)
            selection = try trueRows(conjunct, kept).map { rows[$0] }
        }
        return selection ?? Array(0..<batch.count)
    }

    private static func trueRows(_ predicate: Expression, _ batch: RecordBatch) throws -> [Int] {
        let v = try evaluate(predicate, batch)
        var out: [Int] = []
        if case .booleans(let a) = v.storage {
            out.reserveCapacity(a.count)
            if let validity = v.validity {
                for i in 0..<a.count where a[i] && validity.isValid(i) { out.append(i) }
            } else {
                for i in 0..<a.count where a[i] { out.append(i) }
            }
            return out
        }
        for i in 0..<v.count where v.value(at: i) == .bool(true) { out.append(i) }
        return out
    }

    /// The input columns `e` reads.
    private static func ordinals(_ e: Expression, width: Int) -> Set<Int> {
        Set(e.collect { node -> Int? in
            if case .boundReference(let i, _, _) = node, i < width { return i } else { return nil }
        })
    }

    /// Whether every node of `e` is pure, so evaluating it on more rows than needed changes nothing.
    static func canVectorize(_ e: Expression) -> Bool {
        switch e {
        case .literal, .boundReference: return true
        case .alias, .arithmetic, .unaryMinus, .comparison, .and, .or, .not, .isNull, .isNotNull, .inList, .caseWhen, .cast:
            return e.children.allSatisfy(canVectorize)
        case .function(let f, let args): return f.deterministic && args.allSatisfy(canVectorize)
        default: return false
        }
    }

    private static func vector(_ e: Expression, _ batch: RecordBatch) throws -> ColumnVector {
        switch e {
        case .literal(let v, let t): return .repeating(v, dataType: t, count: batch.count)
        case .boundReference(let i, _, _): return batch.columns[i]
        case .alias(let c, _, _): return try vector(c, batch)
        default: break
        }
        let inputs = try e.children.map { try vector($0, batch) }
        if let typed = try ColumnKernels.evaluate(e, inputs, count: batch.count) { return typed }
        return try elementWise(e, inputs, count: batch.count)
    }

    /// Applies the row engine's evaluation of `e`'s own node to each slot of its children's vectors.
    /// Literal children stay literals: some functions read their literal arguments (patterns, formats).
    private static func elementWise(_ e: Expression, _ inputs: [ColumnVector], count: Int) throws -> ColumnVector {
        let children = e.children
        var slots: [Int] = []
        let node = e.withNewChildren(children.enumerated().map { k, child in
            if case .literal = child { return child }
            slots.append(k)
            return .boundReference(ordinal: slots.count - 1, dataType: child.dataType, nullable: child.nullable)
        })
        var row = [Value](repeating: .null, count: slots.count)
        var out = ColumnVectorBuilder(e.dataType, capacity: count)
        for i in 0..<count {
            for (s, k) in slots.enumerated() { row[s] = inputs[k].value(at: i) }
            out.append(try node.eval(row))
        }
        return out.build()
    }

    /// The row engine's evaluation, one row at a time, with the columns `e` reads.
    static func rowByRow(_ e: Expression, _ batch: RecordBatch) throws -> ColumnVector {
        let read = ordinals(e, width: batch.columns.count).sorted()
        var row = [Value](repeating: .null, count: batch.columns.count)
        var out = ColumnVectorBuilder(e.dataType, capacity: batch.count)
        for i in 0..<batch.count {
            for c in read { row[c] = batch.columns[c].value(at: i) }
            out.append(try e.eval(row))
        }
        return out.build()
    }
}
