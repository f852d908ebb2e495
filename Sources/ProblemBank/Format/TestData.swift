/// One input table of a test: its DDL schema and its rows, generator specs already expanded.
public struct TableData: Sendable, Hashable {
    public var name: String
    /// Spark DDL, e.g. `"user_id INT, name STRING"`.
    public var schema: String
    public var rows: [[JSONValue]]

    public init(name: String, schema: String, rows: [[JSONValue]]) {
        self.name = name
        self.schema = schema
        self.rows = rows
    }
}

/// The inputs of one test: every table of the problem, and Spark confs to set while it runs.
public struct TestData: Sendable, Hashable {
    public var tables: [TableData]
    /// Spark configuration for this test (e.g. `spark.sql.autoBroadcastJoinThreshold: "-1"`).
    public var conf: [String: String]

    public init(tables: [TableData], conf: [String: String] = [:]) {
        self.tables = tables
        self.conf = conf
    }

    public func table(named name: String) -> TableData? { tables.first { $0.name == name } }

    /// The project's dataset format: `{"tables": {"t": {"schema": …, "rows": […]}}, "conf": {…}}`,
    /// as `dojo run --data` and the oracle read it.
    public var datasetJSON: JSONValue {
        .object([
            ("tables", .object(tables.map { table in
                (table.name, .object([("schema", .string(table.schema)), ("rows", .array(table.rows.map { .array($0) }))]))
            })),
            ("conf", .object(conf.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })),
        ])
    }
}

/// One column of an expected result: its name and Spark's simpleString type.
public struct OutputColumn: Sendable, Hashable {
    public var name: String
    public var type: String

    public init(name: String, type: String) {
        self.name = name
        self.type = type
    }
}

/// What real Spark returned for the reference solution on one test (written by the oracle).
public struct ExpectedOutput: Sendable, Hashable {
    public var columns: [OutputColumn]
    public var rows: [[JSONValue]]
    /// `plan.shuffles` of the reference solution on real Spark.
    public var shuffles: Int?
    /// Hash of the inputs (tables, test data, reference solution) the output was computed from.
    public var inputHash: String
    public var sparkVersion: String?

    public init(columns: [OutputColumn], rows: [[JSONValue]], shuffles: Int?, inputHash: String, sparkVersion: String?) {
        self.columns = columns
        self.rows = rows
        self.shuffles = shuffles
        self.inputHash = inputHash
        self.sparkVersion = sparkVersion
    }
}

/// A test with its inputs materialised and its expected output.
public struct TestCase: Sendable, Hashable {
    public var name: String
    /// What the test is about; the only thing shown for a failing hidden test.
    public var description: String?
    public var hidden: Bool
    public var data: TestData
    public var expected: ExpectedOutput?

    public init(name: String, description: String?, hidden: Bool, data: TestData, expected: ExpectedOutput?) {
        self.name = name
        self.description = description
        self.hidden = hidden
        self.data = data
        self.expected = expected
    }
}

/// A test without its data, for listings.
public struct TestSummary: Sendable, Hashable {
    public var name: String
    public var description: String?
    public var hidden: Bool
    /// Rows over all input tables (generated tables count their generated rows).
    public var inputRows: Int

    public init(name: String, description: String?, hidden: Bool, inputRows: Int) {
        self.name = name
        self.description = description
        self.hidden = hidden
        self.inputRows = inputRows
    }
}
