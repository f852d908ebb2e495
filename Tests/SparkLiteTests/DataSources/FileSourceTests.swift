import Foundation
import Testing
@testable import SparkLite

/// A scratch directory with the given files, removed when the test ends.
final class ScratchDirectory {
    let path: String

    init(_ files: [String: String] = [:]) throws {
        path = NSTemporaryDirectory() + "sparklite-files-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (name, text) in files { try write(name, text) }
    }

    func write(_ name: String, _ text: String) throws {
        let file = (path as NSString).appendingPathComponent(name)
        try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
    }

    func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}

// Every expectation below is what PySpark 4.3 (`local[2]`, UTC) printed for the same files.

let mixedCSV = """
id,name,score,active,joined,ts,amount,big,mixed
1,Amit,1.5,true,2025-01-01,2025-01-01 10:00:00,10.25,2147483648,1
2,"Rahul, Jr",2,false,2025-02-03,2025-01-02 11:30:00,,3,x
3,,NaN,TRUE,2025-3-4,2025-01-03T00:00:00,7,4,2.5
,Zed,-1e3,,,,,,

"""

@Test func csvInferSchemaWidensLikeSpark() throws {
    let dir = try ScratchDirectory(["data.csv": mixedCSV])
    let df = try SparkSession().read.option("header", "true").option("inferSchema", "true").csv(dir.file("data.csv"))
    #expect(df.schema.map(\.name) == ["id", "name", "score", "active", "joined", "ts", "amount", "big", "mixed"])
    #expect(df.schema.map(\.dataType) == [.int, .string, .double, .boolean, .timestamp, .timestamp, .double, .long, .string])
    let rows = try df.collect()
    #expect(rows.count == 4)
    #expect(rows[0][1] == .string("Amit") && rows[0][7] == .int(2_147_483_648))
    #expect(rows[1][1] == .string("Rahul, Jr") && rows[1][6] == .null)
    #expect(rows[2][1] == .null)
    if case .double(let score) = rows[2][2] { #expect(score.isNaN) } else { Issue.record("score is \(rows[2][2])") }
    #expect(rows[2][4] == .timestamp(Int64(DateTimeUtils.days(year: 2025, month: 3, day: 4)) * DateTimeUtils.microsPerDay))
    #expect(rows[3][0] == .null && rows[3][2] == .double(-1000))
}

@Test func csvWithoutHeaderOrInferenceReadsStrings() throws {
    let dir = try ScratchDirectory(["data.csv": mixedCSV])
    let spark = SparkSession()
    let plain = try spark.read.csv(dir.file("data.csv"))
    #expect(plain.columns == (0..<9).map { "_c\($0)" })
    #expect(plain.schema.allSatisfy { $0.dataType == .string })
    #expect(try plain.count() == 5)
    let typed = try spark.read.schema("id INT, name STRING, score DOUBLE, active BOOLEAN, joined DATE, ts TIMESTAMP, amount DOUBLE, big INT, mixed INT")
        .option("header", "true").csv(dir.file("data.csv"))
    let rows = try typed.collect()
    // A value that does not fit its column is null in PERMISSIVE mode; the rest of the row stays.
    #expect(rows[0][7] == .null && rows[0][8] == .int(1))
    #expect(rows[1][8] == .null && rows[2][8] == .null)
    #expect(rows[2][4] == .date(DateTimeUtils.days(year: 2025, month: 3, day: 4)))
}

@Test func csvQuotingFollowsUnivocity() throws {
    let text = "a,b,c\n\"x\"\"y\",1,\"p\\\"q\"\n\"\",2,\n\"m,n\", 3 ,z\n  ,4,\"multi\nline\"\n"
    let dir = try ScratchDirectory(["q.csv": text])
    let spark = SparkSession()
    let rows = try spark.read.option("header", "true").csv(dir.file("q.csv")).collect()
    let s = { (t: String?) -> Value in t.map { .string($0) } ?? .null }
    #expect(rows == [
        [s("\"x\"\"y\""), s("1"), s("p\"q")],
        [s(nil), s("2"), s(nil)],
        [s("m,n"), s(" 3 "), s("z")],
        [s("  "), s("4"), s("multi")],
        [s("line\""), s(nil), s(nil)],
    ])
    let inferred = try spark.read.option("header", "true").option("inferSchema", "true").csv(dir.file("q.csv"))
    #expect(inferred.schema.map(\.dataType) == [.string, .double, .string])
}

@Test func csvFailFastAndDropMalformed() throws {
    let dir = try ScratchDirectory(["d.csv": "n\n1\nx\n3\n"])
    let spark = SparkSession()
    let dropped = try spark.read.schema("n INT").option("mode", "DROPMALFORMED").option("header", "true").csv(dir.file("d.csv"))
    #expect(try dropped.collect() == [[.int(1)], [.int(3)]])
    let strict = try spark.read.schema("n INT").option("mode", "FAILFAST").option("header", "true").csv(dir.file("d.csv"))
    #expect { try strict.collect() } throws: { ($0 as? SparkError)?.errorClass == "MALFORMED_RECORD_IN_PARSING.WITHOUT_SUGGESTION" }
}

@Test func jsonLinesInferSortedFieldsAndCorruptRecords() throws {
    let text = "{\"b\": 1, \"a\": \"x\", \"c\": {\"z\": 1, \"y\": [1,2]}}\n{\"a\": \"y\", \"b\": 2.5, \"d\": null}\n{\"a\": null, \"b\": 3, \"e\": true}\nnot json\n"
    let dir = try ScratchDirectory(["d.json": text])
    let df = try SparkSession().read.json(dir.file("d.json"))
    #expect(df.columns == ["_corrupt_record", "a", "b", "c", "d", "e"])
    #expect(df.schema.map(\.dataType.simpleString) == ["string", "string", "double", "struct<y:array<bigint>,z:bigint>", "string", "boolean"])
    let rows = try df.collect()
    #expect(rows[0] == [.null, .string("x"), .double(1), .struct([.array([.int(1), .int(2)]), .int(1)]), .null, .null])
    #expect(rows[3] == [.string("not json"), .null, .null, .null, .null, .null])
}

@Test func directoriesSkipHiddenFiles() throws {
    let dir = try ScratchDirectory(["t/part1.csv": mixedCSV, "t/_hidden.csv": mixedCSV, "t/.dot.csv": mixedCSV])
    let df = try SparkSession().read.option("header", "true").csv(dir.file("t"))
    #expect(try df.count() == 4)
    #expect(try df.explain().contains("Location: InMemoryFileIndex(1 paths)[file:\(dir.file("t"))]"))
}

@Test func missingPathsAreSparkErrors() throws {
    #expect { try SparkSession().read.csv("/nonexistent/sparklite.csv") } throws: {
        ($0 as? SparkError)?.description.contains("[PATH_NOT_FOUND] Path does not exist: file:/nonexistent/sparklite.csv.") == true
    }
}

@Test func scanReadsOnlyNeededColumnsAndShowsPushedFilters() throws {
    let dir = try ScratchDirectory(["data.csv": mixedCSV])
    let df = try SparkSession().read.option("header", "true").option("inferSchema", "true").csv(dir.file("data.csv"))
        .filter(functions.col("id") > functions.lit(.int(1))).select("id", "name")
    let plan = try df.explain()
    #expect(plan.contains("FileScan csv [id#"))
    #expect(plan.contains("Format: CSV"))
    #expect(plan.contains("PushedFilters: [IsNotNull(id), GreaterThan(id,1)]"))
    #expect(plan.contains("ReadSchema: struct<id:int,name:string>"))
    #expect(!plan.contains("Project"))
    #expect(try df.collect() == [[.int(2), .string("Rahul, Jr")], [.int(3), .null]])
}

@Test func smallFileTablesAreBroadcastAutomatically() throws {
    let dir = try ScratchDirectory(["data.csv": mixedCSV])
    let spark = SparkSession()
    let files = try spark.read.option("header", "true").option("inferSchema", "true").csv(dir.file("data.csv"))
    let rows = try spark.createDataFrame([[.int(1), .int(5)], [.int(2), .int(6)]], schema: "id INT, v INT")
    let joined = try rows.join(files, using: ["id"])
    let result = try joined.execute()
    #expect(result.broadcasts == 1 && result.shuffles == 0)
    #expect(try joined.explain().contains("BroadcastHashJoin"))
}

/// A file scan satisfies no required distribution, even as one partition (Spark's scans report
/// `UnknownPartitioning(0)`): a global aggregate or a global sort over a small file still shuffles once, as on
/// real Spark (`HashAggregate, Exchange SinglePartition, HashAggregate, Scan csv`).
@Test func oneFilePartitionStillShufflesForAGlobalAggregate() throws {
    let dir = try ScratchDirectory(["s.csv": "a,b\n1,2\n3,4\n"])
    let spark = SparkSession()
    let df = try spark.read.option("header", "true").schema("a INT, b INT").csv(dir.file("s.csv"))
    let total = try df.agg(F.sum(F.col("a")).alias("s"))
    let result = try total.execute()
    #expect(result.rows == [[.int(4)]] && result.shuffles == 1)
    #expect(try total.explain().contains("Exchange SinglePartition"))
    #expect(try spark.sql("SELECT count(*) FROM VALUES (1) AS t(x)").execute().shuffles == 1)
}

@Test func splitsFollowMaxSplitBytesAndLineOwnership() throws {
    // 10 000 lines of 100 bytes; maxPartitionBytes 250 000 cuts the file mid-line.
    var text = ""
    for i in 0..<10_000 { text += String(format: "%09d,", i) + String(repeating: "x", count: 89) + "\n" }
    let dir = try ScratchDirectory(["wide.csv": text])
    let spark = SparkSession()
    spark.conf.set("spark.sql.files.maxPartitionBytes", "250000")
    let df = try spark.read.schema("id INT, pad STRING").csv(dir.file("wide.csv"))
    let partitions = try df.executePartitions()
    #expect(partitions.count == 4)
    // A line starting exactly at a split's end belongs to that split (Hadoop's LineRecordReader).
    #expect(partitions.map(\.count) == [2501, 2500, 2500, 2499])
    #expect(Set(partitions.flatMap { $0.map { $0[0] } }).count == 10_000)
}

@Test func writeCSVAndJSONLikeSpark() throws {
    let dir = try ScratchDirectory()
    let spark = SparkSession()
    let day = DateTimeUtils.days(year: 2025, month: 1, day: 1)
    let ts = Int64(day + 1) * DateTimeUtils.microsPerDay + 3 * 3_600_000_000 + 4 * 60_000_000 + 5_000_000
    let df = try spark.createDataFrame([
        [.int(1), .string("a,b"), .null, .double(1.5), .date(day), .string(""), .timestamp(ts)],
        [.int(2), .string("q\"x"), .string("z"), .null, .null, .null, .timestamp(ts)],
    ], schema: "id INT, s STRING, t STRING, d DOUBLE, dt DATE, e STRING, ts TIMESTAMP")
    try df.coalesce(1).write.option("header", "true").csv(dir.file("out"))
    let files = try FileManager.default.contentsOfDirectory(atPath: dir.file("out")).sorted()
    #expect(files.count == 2 && files[0] == "_SUCCESS" && files[1].hasPrefix("part-00000-") && files[1].hasSuffix("-c000.csv"))
    let csv = try String(contentsOfFile: (dir.file("out") as NSString).appendingPathComponent(files[1]), encoding: .utf8)
    #expect(csv == "id,s,t,d,dt,e,ts\n1,\"a,b\",,1.5,2025-01-01,\"\",2025-01-02T03:04:05.000Z\n2,\"q\\\"x\",z,,,,2025-01-02T03:04:05.000Z\n")
    #expect { try df.write.csv(dir.file("out")) } throws: { ($0 as? SparkError)?.errorClass == "PATH_ALREADY_EXISTS" }
    try df.coalesce(1).write.mode("overwrite").json(dir.file("out"))
    let json = try FileManager.default.contentsOfDirectory(atPath: dir.file("out")).filter { $0.hasSuffix(".json") }
    let text = try String(contentsOfFile: (dir.file("out") as NSString).appendingPathComponent(json[0]), encoding: .utf8)
    #expect(text == "{\"id\":1,\"s\":\"a,b\",\"d\":1.5,\"dt\":\"2025-01-01\",\"e\":\"\",\"ts\":\"2025-01-02T03:04:05.000Z\"}\n{\"id\":2,\"s\":\"q\\\"x\",\"t\":\"z\",\"ts\":\"2025-01-02T03:04:05.000Z\"}\n")
    // What was written reads back.
    let back = try spark.read.json(dir.file("out"))
    #expect(back.columns == ["d", "dt", "e", "id", "s", "t", "ts"])
    #expect(try back.count() == 2)
}

@Test func anEightMegabyteFileSplitsInTwoAtLineBoundaries() throws {
    var text = "id,name,amount\n"
    for i in 0..<400_000 { text += "\(i),user\(i % 1000),\(i % 997)." + (i % 100 < 10 ? "0" : "") + "\(i % 100)\n" }
    let dir = try ScratchDirectory(["gen.csv": text])
    #expect(text.utf8.count == 8_600_685)
    let df = try SparkSession().read.option("header", "true").option("inferSchema", "true").csv(dir.file("gen.csv"))
    #expect(df.schema.map(\.dataType) == [.int, .string, .double])
    #expect(try df.executePartitions().map(\.count) == [298_840, 101_160])
}

/// A split longer than the scan's page hand-back step reads every line once and whole, across the
/// pages handed back behind it.
@Test func aSplitReadsWholeLinesAcrossThePagesHandedBack() throws {
    // About 10 MB: two splits of more than the smallest split size (4 MB), each several steps long.
    let lines = 10 * SplitLines.releaseBytes / 32
    let pads = (1...5).map { String(repeating: "abcdefgh", count: $0) }
    let text = (0..<lines).map { i in
        let id = String(i)
        return String(repeating: "0", count: 8 - id.count) + id + "," + pads[i % 5] + "\n"
    }.joined()
    let dir = try ScratchDirectory(["long.csv": text])
    let df = try SparkSession().read.schema("id INT, pad STRING").csv(dir.file("long.csv"))
    // Two splits (one per core), each longer than the step.
    #expect(text.utf8.count / 2 > SplitLines.releaseBytes)
    let partitions = try df.executePartitions()
    #expect(partitions.count == 2)
    let rows = partitions.flatMap { $0 }
    #expect(rows.count == lines)
    #expect(rows.indices.allSatisfy { rows[$0][0] == .int(Int64($0)) && rows[$0][1].stringValue?.count == 8 * (1 + $0 % 5) })
}

@Test func headerNamesAreMadeSafe() throws {
    let dir = try ScratchDirectory(["dup.csv": "a,A,,b,a\n1,2,3,4,5\n"])
    #expect(try SparkSession().read.option("header", "true").csv(dir.file("dup.csv")).columns == ["a0", "A1", "_c2", "b", "a4"])
}

@Test func inferenceReachesDecimalDateAndInfinity() throws {
    let text = "i,l,dec,d,dt,ts,b,s\n1,1,12345678901234567890123,1.5,2025-01-01,2025-01-01 10:00:00,true,x\n2,3000000000,1,Infinity,2025-12-31,2025-01-01T10:00:00,FALSE,\n"
    let dir = try ScratchDirectory(["types.csv": text])
    let df = try SparkSession().read.option("header", "true").option("inferSchema", "true").csv(dir.file("types.csv"))
    #expect(df.schema.map(\.dataType.simpleString) == ["int", "bigint", "decimal(23,0)", "double", "date", "timestamp", "boolean", "string"])
    let rows = try df.collect()
    #expect(rows[1][3] == .double(.infinity) && rows[1][7] == .null && rows[1][6] == .bool(false))
}

/// Unquoted fields are parsed from their bytes straight into column storage; the answer must be the string
/// path's, which follows Spark.
@Test(arguments: [DataType.byte, .int, .long, .double, .float, .date, .timestamp, .string, .decimal(precision: 5, scale: 2),
                  .decimal(precision: 15, scale: 2), .decimal(precision: 38, scale: 0),
                  .decimal(precision: 20, scale: 2), .decimal(precision: 38, scale: 18), .decimal(precision: 18, scale: 0)])
func csvByteParsingAgreesWithStringParsing(_ type: DataType) throws {
    let fields = ["12", "-9223372036854775808", "9223372036854775807", "9223372036854775808", "+5", "-", "+", "300",
                  "1.5", "0.1", "49.01", "123456789012345", "1234567890123456", "0.000000000000001", "-9.99999999999999", "1e5", "-1E-3", "1.", ".5", "-.5", "0.05", "123.45", "-999.99", "1000.00", "999.999", "0.000", "00012.3", "-0", "1e", "1.2.3", "--1", "NaN", "Inf", "-Inf", "0x10", "1,5",
                  "123456789012345678", "1234567890123456789", "-999999999999999999", "12345678901234567.5", "0000000000000000000001",
                  "99999999999999999999999999999999999999", "100000000000000000000000000000000000000", "0.000000000000000001", "-0.00",
                  "2024-02-29", "2023-02-29", "2024-13-01", "2024-1-5", "2024-01-05 10:00", "0000-01-01", " 12", "abc", "NA"]
    for options in [DataSourceOptions(), DataSourceOptions(["nullValue": "NA"])] {
        let parser = try CSVValueParser(CSVOptions(options))
        for field in fields {
            let viaString = try? parser.parse(field, as: type)
            var bytes = field
            var builder = ColumnVectorBuilder(type)
            let parsed = bytes.withUTF8 { parser.append(bytes: $0, as: type, to: &builder) }
            let viaBytes: Value? = parsed ? builder.build().value(at: 0) : Optional.none
            #expect(builder.count == 1 && viaBytes == viaString, "\(field) as \(type.simpleString)")
        }
    }
}

/// Where the byte-range splitter takes a line, it must find the fields the full tokenizer finds.
@Test func csvSpansAgreeWithTheTokenizer() throws {
    let lines = ["a,b,c", "\"x, y\",2", "\"\",1", "\"a\"\"b\",1", "a,\"b\"c,d", "1,,3,", "\"q\"", ",", "", "a\\,b,c",
                 "\"tail", "x,\"y\"", "\"1\",\"2\",\"3\"", "é,ü", "a;b,c"]
    for options in [DataSourceOptions(), DataSourceOptions(["sep": ";"]), DataSourceOptions(["quote": "'"])] {
        let tokenizer = CSVLineTokenizer(options: try CSVOptions(options))
        for line in lines {
            var text = line
            text.withUTF8 { bytes in
                var spans: [Range<Int>] = []
                guard tokenizer.spans(bytes, into: &spans) else { return }
                let viaSpans: [String?] = spans.map { $0.isEmpty ? nil : String(decoding: bytes[$0], as: UTF8.self) }
                #expect(viaSpans == tokenizer.fields(bytes), "\(line)")
            }
        }
    }
}

/// A split read in morsels of any size holds the lines of the whole split, once each and in order: lines
/// crossing a morsel's end (CRLF endings, quoted delimiters, blank lines, a last line without a newline).
@Test(arguments: [1, 7, 64, 1 << 20])
func morselsOfASplitReadItsLinesOnceInOrder(_ morselBytes: Int) throws {
    var text = "id,name,note\r\n"
    for i in 0..<300 { text += "\(i),\"user, \(i)\",\(i % 3 == 0 ? "" : "n\(i)")" + (i % 7 == 0 ? "\r\n\n" : "\n") }
    text += "300,last,x"
    let dir = try ScratchDirectory(["m.csv": text])
    let relation = try FileRelation(format: .csv, paths: [dir.file("m.csv")], options: DataSourceOptions(["header": "true"]),
                                    userSchema: nil, conf: SQLConf())
    let context = ExecutionContext(conf: SQLConf())
    let whole = try relation.morsels(morselBytes: .max).joined().map { try relation.readColumnar($0, columns: [0, 1, 2], context: context).rows() }
    #expect(whole.count == 1 && whole[0].count == 301)
    #expect(whole[0].first == [.string("0"), .string("user, 0"), .null] && whole[0].last == [.string("300"), .string("last"), .string("x")])
    let pieces = Array(relation.morsels(morselBytes: morselBytes).joined())
    #expect(pieces.count == max(1, text.utf8.count / morselBytes))
    let rows = try pieces.flatMap { try relation.readColumnar($0, columns: [0, 1, 2], context: context).rows() }
    #expect(rows == whole[0])
}
