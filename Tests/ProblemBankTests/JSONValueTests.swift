import Testing
@testable import ProblemBank

@Test(arguments: [
    ("[1,1.0,-2.5e-3,\"a\\\"b\\n\\u00e9\",null,true,{\"k\":[]}]", "[1,1.0,-0.0025,\"a\\\"b\\né\",null,true,{\"k\":[]}]"),
    ("{\"b\":1,\"a\":2}", "{\"b\":1,\"a\":2}"),
    ("  9223372036854775807 ", "9223372036854775807"),
    ("\"\\ud83d\\ude00\"", "\"😀\""),
])
func jsonRoundTrips(_ input: String, _ written: String) throws {
    #expect(try JSONValue.parse(input).jsonText == written)
}

@Test(arguments: ["[1,", "{\"a\" 1}", "tru", "\"open", "01x", "[1] 2"])
func invalidJSONIsRejected(_ input: String) {
    #expect(throws: JSONParseError.self) { try JSONValue.parse(input) }
}

@Test func canonicalTextSortsKeysAndMarksDoubles() throws {
    let value = try JSONValue.parse("{\"b\":[1,0.1],\"a\":\"é\\t\"}")
    #expect(value.canonicalText == "{\"a\":\"é\\t\",\"b\":[1,\"0.10000000000000001\"]}")
}

@Test func sha256MatchesKnownVectors() {
    #expect(SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    #expect(SHA256.hex(String(repeating: "a", count: 1000)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
}

@Test(arguments: [
    ("~", JSONValue.null), ("", .null), ("True", .bool(true)), ("NO", .string("NO")), ("yes", .string("yes")),
    ("012", .int(12)), ("+5", .int(5)), ("1.5e3", .double(1500)), (".5", .double(0.5)), ("2025-01-01", .string("2025-01-01")),
    ("1_000", .string("1_000")), ("0x1F", .string("0x1F")), ("-.inf", .double(-.infinity)),
])
func plainScalarsResolveWithTheCoreSchema(_ text: String, _ value: JSONValue) {
    #expect(SourceNode.resolvePlain(text) == value)
}

@Test func settingsAndRulesReadAsSentences() {
    #expect(ComparisonSettings().descriptionLines == [
        "rows may come in any order",
        "floating-point values match within a relative 1e-06",
        "column names must match, in order",
        "numeric types compare by value (int and bigint are equal)",
    ])
    let rules = PlanRules(maxShuffles: 1, requireBroadcast: .table("countries"), forbid: [.pythonUDF, .cartesian],
                          maxScansPerTable: 1, maxSkewRatio: 4, maxShuffleRecords: 1000, outputPartitions: 8)
    #expect(rules.descriptionLines == [
        "at most 1 shuffle (Exchange)",
        "the table 'countries' must be broadcast",
        "forbidden: python_udf, cartesian",
        "each input table scanned at most 1 time",
        "largest shuffle partition at most 4.0× the median",
        "at most 1000 records shuffled",
        "the result must have exactly 8 partitions",
    ])
    #expect(PlanRules().descriptionLines.isEmpty)
}

@Test func planRulesSurviveTheirStoredForm() {
    let rules = PlanRules(maxShuffles: 2, requireBroadcast: .any, forbid: [.groupByKey, .collect],
                          maxScansPerTable: 1, maxSkewRatio: 2.5, maxShuffleRecords: 10, outputPartitions: 3)
    var restored = PlanRules()
    for entry in rules.entries {
        restored.apply(rule: entry.rule, value: (try? JSONValue.parse(entry.value.jsonText)) ?? .null)
    }
    #expect(restored == rules)
}
