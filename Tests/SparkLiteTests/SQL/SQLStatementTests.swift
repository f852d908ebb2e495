import Testing
@testable import SparkLite

@Test(arguments: [
    ("EXPLAIN SELECT 1", ExplainMode.simple),
    ("EXPLAIN EXTENDED SELECT 1", .extended),
    ("explain formatted SELECT 1", .formatted),
    ("EXPLAIN CODEGEN SELECT 1", .codegen),
    ("EXPLAIN COST SELECT 1;", .cost),
])
func explainModes(sql: String, mode: ExplainMode) throws {
    guard case .explain(let parsed, let plan) = try parseSQLStatement(sql) else {
        Issue.record("not an EXPLAIN")
        return
    }
    #expect(parsed == mode)
    #expect(PlanPrinter.render(plan) == "Project [1]\n  OneRowRelation")
}

@Test func createTempView() throws {
    guard case .createTempView(let name, let replace, let plan) = try parseSQLStatement("CREATE OR REPLACE TEMP VIEW v AS SELECT a FROM t") else {
        Issue.record("not a view")
        return
    }
    #expect(name == "v")
    #expect(replace)
    #expect(PlanPrinter.render(plan) == "Project ['a]\n  UnresolvedRelation [t]")

    guard case .createTempView(let name2, let replace2, let plan2) = try parseSQLStatement("CREATE TEMPORARY VIEW w (x, y) AS SELECT a, b + 1 FROM t") else {
        Issue.record("not a view")
        return
    }
    #expect(name2 == "w")
    #expect(!replace2)
    #expect(PlanPrinter.render(plan2) == "Project ['a AS x, ('b + 1) AS y]\n  UnresolvedRelation [t]")
}

@Test func showDescribeSet() throws {
    guard case .showTables = try parseSQLStatement("SHOW TABLES") else { Issue.record("SHOW TABLES"); return }
    guard case .describe(let name) = try parseSQLStatement("DESCRIBE TABLE db.t") else { Issue.record("DESCRIBE"); return }
    #expect(name == "db.t")
    guard case .describe(let short) = try parseSQLStatement("desc employees") else { Issue.record("DESC"); return }
    #expect(short == "employees")

    guard case .set(let key, let value) = try parseSQLStatement("SET spark.sql.shuffle.partitions = 4;") else { Issue.record("SET"); return }
    #expect(key == "spark.sql.shuffle.partitions")
    guard value == "4" else { Issue.record("value \(String(describing: value))"); return }
    guard case .set(let onlyKey, nil) = try parseSQLStatement("SET spark.sql.ansi.enabled") else { Issue.record("SET key"); return }
    #expect(onlyKey == "spark.sql.ansi.enabled")
    guard case .set(nil, nil) = try parseSQLStatement("SET") else { Issue.record("SET"); return }
}

@Test func cacheUncacheDrop() throws {
    guard case .cacheTable(let name, let lazy, let plan) = try parseSQLStatement("CACHE TABLE t") else { Issue.record("CACHE"); return }
    #expect(name == "t")
    #expect(!lazy)
    #expect(plan == nil)

    guard case .cacheTable(let name2, let lazy2, let plan2?) = try parseSQLStatement("CACHE LAZY TABLE c AS SELECT * FROM t") else {
        Issue.record("CACHE AS")
        return
    }
    #expect(name2 == "c")
    #expect(lazy2)
    #expect(PlanPrinter.render(plan2) == "Project [*]\n  UnresolvedRelation [t]")

    guard case .uncacheTable(let name3, let ifExists) = try parseSQLStatement("UNCACHE TABLE IF EXISTS t") else { Issue.record("UNCACHE"); return }
    #expect(name3 == "t")
    #expect(ifExists)

    guard case .dropView(let name4, let ifExists4) = try parseSQLStatement("DROP VIEW v") else { Issue.record("DROP VIEW"); return }
    #expect(name4 == "v")
    #expect(!ifExists4)
}

@Test func unsupportedCommandsSaySo() {
    for sql in ["INSERT INTO t VALUES (1)", "CREATE TABLE t (a INT)", "SELECT * FROM t TABLESAMPLE (10 PERCENT)"] {
        do {
            _ = try parseSQLStatement(sql)
            Issue.record("\(sql) parsed")
        } catch {
            #expect(error.errorClass == "UNSUPPORTED", "\(sql)")
        }
    }
}
