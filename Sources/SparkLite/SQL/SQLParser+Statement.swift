/// Statements: queries, EXPLAIN, CREATE TEMP VIEW, SHOW TABLES, DESCRIBE, SET, CACHE/UNCACHE TABLE, DROP VIEW.
extension SQLParser {
    mutating func statement() throws(SparkError) -> SQLStatement {
        let first = current
        switch first.keyword {
        case "EXPLAIN" where !peek().isSymbol(",") && peek().kind != .endOfInput:
            advance()
            var mode = ExplainMode.simple
            switch current.keyword {
            case "EXTENDED": mode = .extended
            case "FORMATTED": mode = .formatted
            case "CODEGEN": mode = .codegen
            case "COST": mode = .cost
            case "LOGICAL": mode = .extended
            default: break
            }
            if mode != .simple || check("LOGICAL") { advance() }
            guard case .query(let plan) = try statement() else { throw unsupported("EXPLAIN of a command") }
            return .explain(mode: mode, plan)
        case "CREATE" where peek().kind == .word:
            return try createView()
        case "SHOW" where peek().isKeyword("TABLES"):
            advance()
            advance()
            if accept("FROM") || accept("IN") { _ = try multipartIdentifier() }
            _ = accept("LIKE")
            if current.kind == .string { advance() }
            try expectEndOfStatement()
            return .showTables
        case "DESC", "DESCRIBE":
            guard peek().kind == .word || peek().kind == .quotedIdentifier else { break }
            advance()
            if check("QUERY") || check("FUNCTION") || check("DATABASE") || check("SCHEMA") || check("NAMESPACE") {
                throw unsupported("DESCRIBE \(current.keyword)")
            }
            if check("TABLE"), peek().kind == .word || peek().kind == .quotedIdentifier { advance() }
            if (check("EXTENDED") || check("FORMATTED")), peek().kind == .word || peek().kind == .quotedIdentifier { advance() }
            let name = try multipartIdentifier()
            try expectEndOfStatement()
            return .describe(name.joined(separator: "."))
        case "SET":
            return try setStatement()
        case "CACHE" where peek().isKeyword("TABLE") || peek().isKeyword("LAZY"):
            advance()
            let lazy = accept("LAZY")
            try expect("TABLE")
            let name = try multipartIdentifier().joined(separator: ".")
            if check("OPTIONS"), peek().isSymbol("(") {
                advance()
                var depth = 0
                repeat {
                    if checkSymbol("(") { depth += 1 }
                    if checkSymbol(")") { depth -= 1 }
                    advance()
                } while depth > 0 && !atEnd
            }
            var plan: LogicalPlan?
            if !atEnd && !checkSymbol(";") {
                _ = accept("AS")
                plan = try query()
            }
            try expectEndOfStatement()
            return .cacheTable(name: name, lazy: lazy, plan: plan)
        case "UNCACHE" where peek().isKeyword("TABLE"):
            advance()
            advance()
            let ifExists = check("IF") && peek().isKeyword("EXISTS")
            if ifExists { advance(); advance() }
            let name = try multipartIdentifier().joined(separator: ".")
            try expectEndOfStatement()
            return .uncacheTable(name: name, ifExists: ifExists)
        case "DROP" where peek().isKeyword("VIEW"):
            advance()
            advance()
            let ifExists = check("IF") && peek().isKeyword("EXISTS")
            if ifExists { advance(); advance() }
            let name = try multipartIdentifier().joined(separator: ".")
            try expectEndOfStatement()
            return .dropView(name: name, ifExists: ifExists)
        case "SELECT", "WITH", "VALUES", "TABLE", "FROM":
            break
        default:
            if first.isSymbol("(") { break }
            if first.kind == .word, ["INSERT", "UPDATE", "DELETE", "MERGE", "ALTER", "DROP", "CREATE", "USE", "ANALYZE",
                                     "REFRESH", "CLEAR", "RESET", "SHOW", "LOAD", "TRUNCATE", "MSCK", "DECLARE", "EXECUTE",
                                     "ADD", "LIST", "COMMENT", "REPAIR"].contains(first.keyword) {
                throw unsupported("The SQL command \(first.keyword)")
            }
        }
        let plan = try query()
        try expectEndOfStatement()
        if let deferredError { throw deferredError }
        return .query(plan)
    }

    /// `CREATE [OR REPLACE] [GLOBAL] TEMP[ORARY] VIEW [IF NOT EXISTS] name [(cols)] AS query`
    private mutating func createView() throws(SparkError) -> SQLStatement {
        advance()
        var replace = false
        if check("OR"), peek().isKeyword("REPLACE") {
            advance()
            advance()
            replace = true
        }
        _ = accept("GLOBAL")
        guard accept("TEMP") || accept("TEMPORARY") else {
            if check("VIEW") || check("TABLE") { throw unsupported("Permanent views and tables (use CREATE TEMP VIEW)") }
            throw unsupported("The SQL command CREATE \(current.keyword)")
        }
        try expect("VIEW")
        if check("IF") {
            advance()
            try expect("NOT")
            try expect("EXISTS")
        }
        let name = try multipartIdentifier().joined(separator: ".")
        var columns: [String]?
        if checkSymbol("(") { columns = try identifierList() }
        try expect("AS")
        var plan = try query()
        try expectEndOfStatement()
        if let columns { plan = try renamingColumns(plan, to: columns) }
        return .createTempView(name: name, replace: replace, plan)
    }

    /// `SET`, `SET key`, `SET key = value`; key and value are taken from the raw text, as Spark does.
    private mutating func setStatement() throws(SparkError) -> SQLStatement {
        let setToken = current
        advance()
        guard !atEnd, !checkSymbol(";") else { return .set(key: nil, value: nil) }
        let scalars = Array(text.unicodeScalars)
        var rest = String(String.UnicodeScalarView(scalars[(setToken.offset + setToken.text.unicodeScalars.count)...]))
        rest = rest.trimmingTrailingSemicolons()
        if let eq = rest.firstIndex(of: "=") {
            let key = String(rest[..<eq]).trimmedSQLWhitespace().unquotedBackticks()
            let value = String(rest[rest.index(after: eq)...]).trimmedSQLWhitespace()
            return .set(key: key, value: value)
        }
        let key = rest.trimmedSQLWhitespace().unquotedBackticks()
        if key == "-v" { return .set(key: nil, value: nil) }
        return .set(key: key, value: nil)
    }
}

extension String {
    fileprivate func trimmedSQLWhitespace() -> String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s.removeFirst() }
        while let c = s.last, c.isWhitespace { s.removeLast() }
        return String(s)
    }

    fileprivate func trimmingTrailingSemicolons() -> String {
        var s = Substring(self)
        while let c = s.last, c.isWhitespace || c == ";" { s.removeLast() }
        return String(s)
    }

    fileprivate func unquotedBackticks() -> String {
        guard count >= 2, hasPrefix("`"), hasSuffix("`") else { return self }
        return String(dropFirst().dropLast())
    }
}
