import Testing
@testable import SparkLite

/// One SQL query with the column names, type names and single row real Spark gave for it.
struct SQLResultCase: CustomTestStringConvertible, Sendable {
    let sql: String
    let columns: [String]
    let types: [String]
    let row: [Value]
    var testDescription: String { sql }

    init(_ sql: String, _ columns: [String], _ types: [String], _ row: [Value]) {
        self.sql = sql
        self.columns = columns
        self.types = types
        self.row = row
    }

    /// Runs the query on a fresh session and compares names, types and the row.
    func check() throws {
        let df = try SparkSession().sql(sql)
        #expect(df.columns == columns)
        #expect(df.schema.map(\.dataType.simpleString) == types)
        #expect(try df.execute().rows == [row])
    }
}
