/// Expands `*` and `t.*` into the child's output columns.
enum StarExpansion {
    static func expand(qualifier: [String]?, child: LogicalPlan) throws -> [AttributeReference] {
        guard let qualifier, !qualifier.isEmpty else { return child.output }
        let matched = child.output.filter { a in
            a.qualifier.count >= qualifier.count
                && zip(a.qualifier.suffix(qualifier.count), qualifier).allSatisfy { $0.lowercased() == $1.lowercased() }
        }
        guard !matched.isEmpty else {
            let name = qualifier.joined(separator: ".")
            throw SparkError("CANNOT_RESOLVE_STAR_EXPAND", "Cannot resolve `\(name)`.* given input columns \(child.output.map { "`\($0.name)`" }.joined(separator: ", ")). Please check that the specified table or struct exists and is accessible in the input columns.")
        }
        return matched
    }
}
