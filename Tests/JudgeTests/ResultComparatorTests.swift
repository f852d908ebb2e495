import ProblemBank
import Testing
@testable import Judge

/// `"a:int,b:decimal(10,2)"` → columns; commas inside parentheses or angle brackets belong to the type.
private func columns(_ spec: String) -> [OutputColumn] {
    var parts: [String] = [], current = "", depth = 0
    for character in spec {
        if character == "(" || character == "<" { depth += 1 }
        if character == ")" || character == ">" { depth -= 1 }
        if character == ",", depth == 0 {
            parts.append(current)
            current = ""
        } else {
            current.append(character)
        }
    }
    parts.append(current)
    return parts.map { part in
        let name = part.prefix { $0 != ":" }
        return OutputColumn(name: String(name), type: String(part.dropFirst(name.count + 1)))
    }
}

private func rows(_ text: String) -> [[JSONValue]] {
    ((try? JSONValue.parse(text))?.arrayValue ?? []).map { $0.arrayValue ?? [] }
}

struct ComparisonCase: Sendable, CustomStringConvertible {
    var name: String
    var settings = ComparisonSettings()
    var expectedColumns = "country:string,n:bigint"
    var expected: String
    var actualColumns = "country:string,n:bigint"
    var actual: String
    var matches: Bool
    var missing = 0
    var extra = 0
    var changed = 0
    var reason: String?

    var description: String { name }
}

@Test(arguments: [
    ComparisonCase(name: "same rows in another order", expected: #"[["a",1],["b",2]]"#, actual: #"[["b",2],["a",1]]"#, matches: true),
    ComparisonCase(name: "order required", settings: ComparisonSettings(ordered: true),
                   expected: #"[["a",1],["b",2]]"#, actual: #"[["b",2],["a",1]]"#, matches: false, changed: 2,
                   reason: "not in the required order"),
    ComparisonCase(name: "int versus bigint compares by value", expectedColumns: "country:string,n:int",
                   expected: #"[["a",1]]"#, actual: #"[["a",1]]"#, matches: true),
    ComparisonCase(name: "types checked", settings: ComparisonSettings(checkTypes: true), expectedColumns: "country:string,n:int",
                   expected: #"[["a",1]]"#, actual: #"[["a",1]]"#, matches: false, reason: "column 'n': expected int, got bigint"),
    ComparisonCase(name: "double within tolerance", expectedColumns: "country:string,n:double", expected: #"[["a",0.3]]"#,
                   actualColumns: "country:string,n:double", actual: #"[["a",0.30000000000000004]]"#, matches: true),
    ComparisonCase(name: "double beyond tolerance", expectedColumns: "country:string,n:double", expected: #"[["a",1.0],["b",2.0]]"#,
                   actualColumns: "country:string,n:double", actual: #"[["a",1.001],["b",2.0]]"#, matches: false, changed: 1),
    ComparisonCase(name: "decimal string equals double by value", expectedColumns: "country:string,n:decimal(10,2)",
                   expected: #"[["a","12.50"]]"#, actualColumns: "country:string,n:double", actual: #"[["a",12.5]]"#, matches: true),
    ComparisonCase(name: "decimal scale differs but value equal", expectedColumns: "country:string,n:decimal(10,2)",
                   expected: #"[["a","12.50"]]"#, actualColumns: "country:string,n:decimal(11,3)", actual: #"[["a","12.500"]]"#, matches: true),
    ComparisonCase(name: "missing row", expected: #"[["a",1],["b",2],["c",3]]"#, actual: #"[["a",1],["c",3]]"#,
                   matches: false, missing: 1, reason: "Expected 3 rows, got 2: 1 expected row missing."),
    ComparisonCase(name: "extra duplicate row", expected: #"[["a",1]]"#, actual: #"[["a",1],["a",1]]"#,
                   matches: false, extra: 1),
    ComparisonCase(name: "changed cell paired with its row", expected: #"[["a",1],["b",2]]"#, actual: #"[["a",1],["b",3]]"#,
                   matches: false, changed: 1, reason: "1 row with different values"),
    ComparisonCase(name: "null versus value", expected: #"[["a",null]]"#, actual: #"[["a",0]]"#, matches: false, changed: 1),
    ComparisonCase(name: "nulls match", expected: #"[[null,null]]"#, actual: #"[[null,null]]"#, matches: true),
    ComparisonCase(name: "column renamed", expected: #"[["a",1]]"#, actualColumns: "country:string,count:bigint",
                   actual: #"[["a",1]]"#, matches: false, reason: "column 2 is 'count', expected 'n'"),
    ComparisonCase(name: "column names not checked", settings: ComparisonSettings(checkColumnNames: false), expected: #"[["a",1]]"#,
                   actualColumns: "country:string,count:bigint", actual: #"[["a",1]]"#, matches: true),
    ComparisonCase(name: "columns swapped", expected: #"[["a",1]]"#, actualColumns: "n:bigint,country:string",
                   actual: #"[[1,"a"]]"#, matches: false, missing: 1, extra: 1, reason: "wrong order"),
    ComparisonCase(name: "extra column", expected: #"[["a",1]]"#, actualColumns: "country:string,n:bigint,x:int",
                   actual: #"[["a",1,0]]"#, matches: false, missing: 1, extra: 1, reason: "The result has 3 columns"),
    ComparisonCase(name: "NaN equals NaN", expectedColumns: "country:string,n:double", expected: #"[["a","NaN"]]"#,
                   actualColumns: "country:string,n:double", actual: #"[["a","NaN"]]"#, matches: true),
    ComparisonCase(name: "arrays element by element", expectedColumns: "country:string,n:array<double>",
                   expected: #"[["a",[1.0,2.0]]]"#, actualColumns: "country:string,n:array<double>", actual: #"[["a",[1.0,2.0000000001]]]"#,
                   matches: true),
    ComparisonCase(name: "text with trailing space", expected: #"[["a",1],["b",1]]"#, actual: #"[["a ",1],["b",1]]"#,
                   matches: false, changed: 1),
    ComparisonCase(name: "empty result", expected: #"[["a",1]]"#, actual: #"[]"#, matches: false, missing: 1),
])
func comparisonFollowsTheJudgingRules(_ testCase: ComparisonCase) {
    let comparison = ResultComparator(settings: testCase.settings).compare(
        expectedColumns: columns(testCase.expectedColumns), expectedRows: rows(testCase.expected),
        actualColumns: columns(testCase.actualColumns), actualRows: rows(testCase.actual))
    #expect(comparison.matches == testCase.matches)
    #expect(comparison.missingCount == testCase.missing)
    #expect(comparison.extraCount == testCase.extra)
    #expect(comparison.changedCount == testCase.changed)
    if let reason = testCase.reason {
        #expect(comparison.reasons.contains { $0.contains(reason) }, "reasons: \(comparison.reasons)")
    }
    if testCase.matches { #expect(comparison.reasons.isEmpty) }
}

@Test(arguments: [
    (JSONValue.double(1.0), JSONValue.double(1.001), "double", "relative difference 1.0e-03 exceeds the tolerance 1e-06 (precision)"),
    (.null, .int(0), "int", "a value instead of null"),
    (.int(0), .null, "int", "null instead of a value"),
    (.string("India"), .string("india"), "string", "letter case differs"),
    (.string("a"), .string("a "), "string", "leading or trailing spaces differ"),
    (.int(5), .string("5"), "int", "text instead of a number"),
    (.array([.int(1)]), .array([.int(1), .int(2)]), "array<int>", "2 elements instead of 1"),
])
func cellDifferencesAreNamed(_ expected: JSONValue, _ actual: JSONValue, _ type: String, _ note: String) {
    #expect(ResultComparator().difference(expected, actual, type: type) == note)
}

@Test func typeDifferencesAreNamedEvenWhenAccepted() {
    let comparison = ResultComparator().compare(
        expectedColumns: columns("n:decimal(10,2)"), expectedRows: rows(#"[["1.50"]]"#),
        actualColumns: columns("n:double"), actualRows: rows("[[1.5]]"))
    #expect(comparison.matches)
    #expect(comparison.typeDifferences.map(\.description) == ["column 'n': expected decimal(10,2), got double"])
}

@Test func changedRowsNameTheDifferingCells() {
    let comparison = ResultComparator().compare(
        expectedColumns: columns("country:string,name:string,n:bigint"), expectedRows: rows(#"[["India","Amit",2]]"#),
        actualColumns: columns("country:string,name:string,n:bigint"), actualRows: rows(#"[["India","Amit",3]]"#))
    let changed = comparison.diff.first { $0.kind == .changed }
    #expect(changed?.cells.map(\.column) == [2])
    #expect(changed?.cells.first?.note == "different value")
}

@Test func largeResultsAreComparedWithoutQuadraticWork() {
    let expected = (0..<3_000).map { [JSONValue.int(Int64($0)), .double(Double($0) / 3)] }
    let actual = (0..<3_000).map { [JSONValue.int(Int64($0 + 10_000)), .double(Double($0) / 3)] }
    let comparison = ResultComparator().compare(
        expectedColumns: columns("k:bigint,v:double"), expectedRows: expected,
        actualColumns: columns("k:bigint,v:double"), actualRows: actual + expected.prefix(10).map { $0 })
    #expect(!comparison.matches)
    #expect(comparison.missingCount == 2_990)
    #expect(comparison.extraCount == 3_000)
    #expect(comparison.diff.filter { $0.kind == .matched }.count == 10)
}
