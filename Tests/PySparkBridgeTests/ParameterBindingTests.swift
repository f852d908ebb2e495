import Testing
@testable import PySparkBridge

@Test func bindsSessionContextAndTables() throws {
    let bound = try bindParameters(["spark", "users", "sc", "Orders"], tables: ["users", "orders"])
    #expect(bound == [.session, .table("users"), .sparkContext, .table("orders")])
}

@Test func unknownParameterNamesTheChoices() {
    #expect(throws: ParameterBindingError.self) { try bindParameters(["people"], tables: ["users"]) }
    let error = ParameterBindingError(parameter: "people", tables: ["users"])
    #expect(error.description.contains("'people'"))
    #expect(error.description.contains("'users'"))
}
