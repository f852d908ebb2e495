/// Where the parser read a column, function or table name, or an operation that can fail at run time (a
/// division, a cast of a string literal): an error about it is placed there, as Spark places an error at
/// its origin in the query.
struct SQLNameReference: Sendable {
    var kind: ErrorSubject.Kind
    var nameParts: [String]
    /// 1-based line and 0-based column of the name's first character.
    var line: Int
    var column: Int

    func names(_ subject: ErrorSubject) -> Bool {
        kind == subject.kind && nameParts.map { $0.lowercased() } == subject.nameParts.map { $0.lowercased() }
    }
}

/// An error placed in the query: an analysis error about a name at the first place the query writes that
/// name; a division by zero, a remainder by zero or a string literal's failed cast only when the query has
/// one such operation, so the place is never a guess. Any other error as it is.
public func locateSQLError(_ error: SparkError, in sql: String) -> SparkError {
    guard error.sqlLine == nil, let subject = error.subject, var parser = try? SQLParser(sql) else { return error }
    // The names read before a syntax error are enough; a query that analysis rejected parses anyway.
    _ = try? parser.statement()
    let candidates = parser.nameReferences.filter { $0.names(subject) }
    switch subject.kind {
    case .column, .routine, .relation: break
    case .division, .remainder, .literalCast: guard candidates.count == 1 else { return error }
    }
    guard let reference = candidates.first else { return error }
    var located = error
    located.sqlLine = reference.line
    located.sqlPosition = reference.column
    return located
}
