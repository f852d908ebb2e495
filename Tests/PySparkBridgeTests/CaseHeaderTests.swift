import Testing
import DojoTestSupport

@Test func readsHeaderComments() {
    let header = CaseHeader(source: "# data: employees.json\n# ordered: true\n# conf: spark.sql.autoBroadcastJoinThreshold=-1\nfrom x import y\n# data: ignored.json\n")
    #expect(header.data == "employees.json")
    #expect(header.ordered)
    #expect(header.conf == ["spark.sql.autoBroadcastJoinThreshold": "-1"])
}

@Test func readsSQLHeaderComments() {
    let header = CaseHeader(source: "-- data: orders.json\nSELECT 1")
    #expect(header.data == "orders.json")
    #expect(!header.ordered)
}
