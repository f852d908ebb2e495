/// Expands `*` and `t.*` into the child's output columns, and `s.*` over a struct column into its fields.
enum StarExpansion {
    /// `* EXCEPT (...)`: the expansion without the named columns, each of which must be one of them.
    static func expand(qualifier: [String]?, child: LogicalPlan, hidden: [AttributeReference] = [],
                       excluding excluded: [[String]]) throws -> [Expression] {
        let columns = try expand(qualifier: qualifier, child: child, hidden: hidden)
        let attributes = columns.compactMap { if case .attribute(let a) = $0 { a } else { nil } }
        var dropped = Set<ExprId>()
        var droppedFields: [ExprId: [String]] = [:]
        for parts in excluded {
            if case .attribute(let a)? = try? ExpressionResolution.lookup(parts, in: attributes) {
                dropped.insert(a.exprId)
                continue
            }
            // `* EXCEPT (s.f)`: the struct column s stays, without its field f.
            if parts.count >= 2, case .attribute(let a)? = try? ExpressionResolution.lookup(Array(parts.dropLast()), in: attributes),
               case .struct(let fields) = a.dataType, let last = parts.last,
               ExtractValue.fieldIndex(fields, last) != nil {
                droppedFields[a.exprId, default: []].append(last.lowercased())
                continue
            }
            let name = parts.joined(separator: ".")
            throw SparkErrors.unresolvedColumn(name, suggestions: ExpressionResolution.suggestions(for: name, in: attributes, tiesInInputOrder: true))
        }
        return try columns.compactMap { column -> Expression? in
            guard case .attribute(let a) = column else { return column }
            if dropped.contains(a.exprId) { return nil }
            guard let fieldNames = droppedFields[a.exprId], case .struct(let fields) = a.dataType else { return column }
            // Spark rebuilds it as a named_struct of the fields left.
            var arguments: [Expression] = []
            for field in fields where !fieldNames.contains(field.name.lowercased()) {
                arguments.append(.literal(.string(field.name), .string))
                arguments.append(try ExtractValue.extractValue(column, .literal(.string(field.name), .string)))
            }
            guard let namedStruct = FunctionRegistry.builtin.lookup("named_struct") else { return column }
            return .alias(try namedStruct.build(arguments, FunctionContext()), name: a.name, exprId: .next())
        }
    }

    /// A table's star also takes the columns a USING join hid, first, as Spark does (`rhs.*` has `rhs.k`).
    static func expand(qualifier: [String]?, child: LogicalPlan, hidden: [AttributeReference] = []) throws -> [Expression] {
        guard let qualifier, !qualifier.isEmpty else { return child.output.map { .attribute($0) } }
        let matched = tableColumns(qualifier, in: hidden + child.output)
        if !matched.isEmpty { return matched.map { .attribute($0) } }
        // Not a table: a struct column (or field) whose fields each become a column named after the field.
        if let column = try? ExpressionResolution.lookup(qualifier, in: child.output) {
            guard case .struct(let fields) = column.unaliased.dataType else {
                throw SparkError("_LEGACY_ERROR_TEMP_1050", "Can only star expand struct data types. Attribute: `List(\(qualifier.joined(separator: ", ")))`.")
            }
            return try fields.map { field in
                .alias(try ExtractValue.extractValue(column.unaliased, .literal(.string(field.name), .string)), name: field.name, exprId: .next())
            }
        }
        throw cannotResolve(qualifier, input: child.output)
    }

    /// The columns of the table (or alias) `qualifier` names.
    static func tableColumns(_ qualifier: [String], in input: [AttributeReference]) -> [AttributeReference] {
        input.filter { a in
            a.qualifier.count >= qualifier.count
                && zip(a.qualifier.suffix(qualifier.count), qualifier).allSatisfy { $0.lowercased() == $1.lowercased() }
        }
    }

    static func cannotResolve(_ qualifier: [String], input: [AttributeReference]) -> SparkError {
        SparkError("CANNOT_RESOLVE_STAR_EXPAND", "Cannot resolve `\(qualifier.joined(separator: "."))`.* given input columns \(input.map { "`\($0.name)`" }.joined(separator: ", ")). Please check that the specified table or struct exists and is accessible in the input columns.")
    }
}
