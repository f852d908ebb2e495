/// `VALUES (1, 'a'), (2, 'b') [AS v(id, name)]` as a local table, and column renames (`AS v(a, b)`).
extension SQLParser {
    mutating func inlineTable() throws(SparkError) -> LogicalPlan {
        let start = current
        try expect("VALUES")
        var rows: [[Expression]] = []
        repeat {
            let row = try expression()
            if case .unresolvedFunction(name: "struct", let items, isDistinct: false) = row, items.count > 1 {
                rows.append(items)
            } else {
                rows.append([row])
            }
        } while acceptSymbol(",")
        var tableEnd = tokens[pos - 1]
        var alias: String?
        var names: [String]?
        let explicit = check("AS") && (peek().kind == .word || peek().kind == .quotedIdentifier)
        if explicit || currentStartsImplicitAlias(forTable: true) {
            if explicit { advance() }
            alias = try identifier()
            if checkSymbol("("), peek().kind == .word || peek().kind == .quotedIdentifier {
                names = try identifierList()
            }
            tableEnd = tokens[pos - 1]
        }
        // Every row must have as many values as there are column names (the first row's width without them).
        let width = names?.count ?? rows[0].count
        if let index = rows.firstIndex(where: { $0.count != width }) {
            throw fragmentError(
                "INVALID_INLINE_TABLE.NUM_COLUMNS_MISMATCH",
                "Invalid inline table. Inline table expected \(width) columns but found \(rows[index].count) columns in row \(index).",
                sqlState: "42000", from: start, to: tokens[pos - 1])
        }
        let columnNames = names ?? (1...width).map { "col\($0)" }
        var literals: [[(Value, DataType)]] = []
        for row in rows {
            var values: [(Value, DataType)] = []
            for e in row {
                if let literal = Self.literalValue(e) {
                    values.append(literal)
                } else {
                    values.append(try Self.evaluatedValue(e))
                }
            }
            literals.append(values)
        }
        var output: [AttributeReference] = []
        var columns: [[Value]] = Array(repeating: [], count: literals.count)
        for c in 0..<width {
            var type = DataType.null
            for row in literals {
                guard let wider = Self.widerType(type, row[c].1) else {
                    throw fragmentError(
                        "INVALID_INLINE_TABLE.INCOMPATIBLE_TYPES_IN_INLINE_TABLE",
                        "Invalid inline table. Found incompatible types in the column `\(columnNames[c])` for inline table.",
                        sqlState: "42000", from: start, to: tableEnd)
                }
                type = wider
            }
            var nullable = false
            for (r, row) in literals.enumerated() {
                let value = Self.convert(row[c].0, from: row[c].1, to: type)
                if value.isNull { nullable = true }
                columns[r].append(value)
            }
            output.append(AttributeReference(name: columnNames[c], dataType: type, nullable: nullable))
        }
        // Spark's LocalTableScan parallelises its rows over min(rows, 2) slices in local[2].
        let slices = min(max(columns.count, 1), 2)
        var partitions: [[[Value]]] = []
        for i in 0..<slices {
            let from = i * columns.count / slices, to = (i + 1) * columns.count / slices
            partitions.append(Array(columns[from..<to]))
        }
        let plan = LogicalPlan.localRelation(LocalData(partitions: partitions, origin: .localTable), output: output)
        return alias.map { .subqueryAlias($0, plan) } ?? plan
    }

    /// A row item that is a literal already.
    static func literalValue(_ e: Expression) -> (Value, DataType)? {
        switch e {
        case .literal(let v, let t): return (v, t)
        default: return nil
        }
    }

    /// A row item that is not a literal (`array(1, 2)`, `named_struct('a', 1)`, `CAST(NULL AS INT)`), resolved
    /// and evaluated once, as Spark's `ResolveInlineTables` does while analyzing: the item may call functions
    /// but read no column.
    static func evaluatedValue(_ e: Expression) throws(SparkError) -> (Value, DataType) {
        let resolved: Expression
        do {
            let analyzer = Analyzer(catalog: Catalog(), conf: SQLConf())
            resolved = try ExpressionResolution(analyzer: analyzer, input: [], ctes: [:]).resolve(e)
        } catch let error as SparkError {
            throw error
        } catch {
            throw SparkError("INTERNAL_ERROR", "\(error)")
        }
        guard ConstantFolding.isFoldable(resolved) else {
            throw SparkError(
                "INVALID_INLINE_TABLE.CANNOT_EVALUATE_EXPRESSION_IN_INLINE_TABLE",
                "Invalid inline table. Cannot evaluate the expression \(resolved.prettyName) in inline table definition.",
                sqlState: "42000")
        }
        do {
            return (try resolved.eval([]), resolved.dataType)
        } catch let error as SparkError {
            throw error
        } catch {
            throw SparkError("INTERNAL_ERROR", "\(error)")
        }
    }

    /// Spark's wider common type for inline table columns (numeric widening, null to anything, and the
    /// same for the elements, values and fields of arrays, maps and structs).
    static func widerType(_ a: DataType, _ b: DataType) -> DataType? {
        if a == b { return a }
        if a == .null { return b }
        if b == .null { return a }
        switch (a, b) {
        case (.array, .array), (.map, .map), (.struct, .struct):
            return TypeCoercion.complexType(a, b, widerType)
        case (.decimal(let p1, let s1), .decimal(let p2, let s2)):
            let scale = max(s1, s2)
            let range = max(p1 - s1, p2 - s2)
            return .decimal(precision: min(range + scale, DataType.maxDecimalPrecision), scale: min(scale, DataType.maxDecimalPrecision))
        case (.decimal, _) where b.isIntegral:
            return b.asDecimal.flatMap { widerType(a, $0) }
        case (_, .decimal) where a.isIntegral:
            return a.asDecimal.flatMap { widerType($0, b) }
        case (.decimal, _), (_, .decimal):
            return a.isFractional || b.isFractional ? .double : nil
        default:
            guard let ra = a.numericRank, let rb = b.numericRank else {
                if (a == .date && b == .timestamp) || (a == .timestamp && b == .date) { return .timestamp }
                return nil
            }
            return ra >= rb ? a : b
        }
    }

    static func convert(_ value: Value, from: DataType, to: DataType) -> Value {
        if from == to || value.isNull { return value }
        switch (value, from, to) {
        case (.array(let items), .array(let e1, _), .array(let e2, _)):
            return .array(items.map { convert($0, from: e1, to: e2) })
        case (.map(let entries), .map(let k1, let v1, _), .map(let k2, let v2, _)):
            return .map(entries.map { MapEntry(convert($0.key, from: k1, to: k2), convert($0.value, from: v1, to: v2)) })
        case (.struct(let values), .struct(let f1), .struct(let f2)) where f1.count == f2.count && values.count == f1.count:
            return .struct(zip(values, zip(f1, f2)).map { convert($0, from: $1.0.dataType, to: $1.1.dataType) })
        default:
            break
        }
        switch (value, to) {
        case (.int(let v), .decimal(_, let s)):
            return .decimal(Int128(v) * Decimal128.pow10(s), scale: s)
        case (.int(let v), .float), (.int(let v), .double):
            return .double(Double(v))
        case (.decimal(let u, let s), .decimal(_, let newScale)):
            return .decimal(Decimal128.rescale(u, from: s, to: newScale) ?? u, scale: newScale)
        case (.decimal, .double), (.decimal, .float):
            return .double(value.doubleValue ?? 0)
        case (.date(let d), .timestamp):
            return .timestamp(Int64(d) * DateTimeUtils.microsPerDay)
        default:
            return value
        }
    }

    /// Positional column names on a subquery (`WITH a(x, y) AS (…)`, `(SELECT …) t(x, y)`), which Spark keeps
    /// as `UnresolvedSubqueryColumnAliases`. Here the select list is aliased in place, or, when every output
    /// already has a name, a projection renames them; a `*` select list is not supported.
    func renamingColumns(_ plan: LogicalPlan, to names: [String]) throws(SparkError) -> LogicalPlan {
        // Spark's wording puts the query's column count first and the alias count second.
        func mismatch(_ count: Int) -> SparkError {
            SparkError(
                "ASSIGNMENT_ARITY_MISMATCH",
                "The number of columns or variables assigned or aliased: \(count) does not match the number of source expressions: \(names.count).",
                sqlState: "42802")
        }
        func aliased(_ list: [Expression]) throws(SparkError) -> [Expression] {
            guard !list.contains(where: { if case .star = $0 { return true } else { return false } }) else {
                throw unsupported("Column aliases over `*`")
            }
            guard list.count == names.count else { throw mismatch(list.count) }
            return zip(list, names).map { item, name in
                if case .alias(let child, _, _) = item { return .alias(child, name: name, exprId: .next()) }
                return .alias(item, name: name, exprId: .next())
            }
        }
        switch plan {
        case .project(let list, let child):
            return .project(try aliased(list), child)
        case .aggregate(let grouping, let aggregates, let child):
            return .aggregate(grouping: grouping, aggregates: try aliased(aggregates), child)
        case .distinct(let child):
            return .distinct(try renamingColumns(child, to: names))
        case .unresolvedHint(let name, let parameters, let child):
            return .unresolvedHint(name: name, parameters: parameters, try renamingColumns(child, to: names))
        case .subqueryAlias(let alias, let child):
            return .subqueryAlias(alias, try renamingColumns(child, to: names))
        case .localRelation(let data, let output):
            guard output.count == names.count else { throw mismatch(output.count) }
            return .localRelation(data, output: zip(output, names).map { attribute, name in
                var renamed = attribute
                renamed.name = name
                return renamed
            })
        default:
            guard let existing = Self.outputNames(plan) else { throw unsupported("Column aliases on this subquery") }
            guard existing.count == names.count else { throw mismatch(existing.count) }
            return .project(zip(existing, names).map { .alias(.unresolvedAttribute([$0]), name: $1, exprId: .next()) }, plan)
        }
    }

    /// The output names of a plan when the select list names every column.
    static func outputNames(_ plan: LogicalPlan) -> [String]? {
        func name(_ e: Expression) -> String? {
            switch e {
            case .alias(_, let name, _): return name
            case .unresolvedAttribute(let parts): return parts.last
            default: return nil
            }
        }
        switch plan {
        case .project(let list, _), .aggregate(_, let list, _):
            let names = list.compactMap(name)
            return names.count == list.count ? names : nil
        case .filter(_, let child), .unresolvedQualify(_, let child), .sort(_, _, let child), .limit(_, let child), .offset(_, let child),
             .distinct(let child), .unresolvedHint(_, _, let child), .repartitionByExpression(_, _, let child):
            return outputNames(child)
        case .union(let children, _, _):
            return children.first.flatMap(outputNames)
        case .intersect(let l, _, _), .except(let l, _, _):
            return outputNames(l)
        case .with(_, let child):
            return outputNames(child)
        default:
            return nil
        }
    }
}
