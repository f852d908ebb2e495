import Foundation
import Testing

private func write(_ text: String, _ name: String, in directory: URL) throws -> String {
    let url = directory.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url.path
}

private let dataset = """
{"tables": {"users": {"schema": "user_id INT, country STRING, salary DECIMAL(10,2), joined DATE",
  "rows": [[1, "India", "10.50", "2024-01-05"], [2, "India", 20, "2024-02-01"], [3, "USA", null, "2023-12-31"]]}}}
"""

@Test func runPrintsTheContractJSON() throws {
    let work = try temporaryHome(bank: false)
    let data = try write(dataset, "d.json", in: work)
    let file = try write("""
        from pyspark.sql import functions as F

        def solve(users):
            print("debug line")
            return users.groupBy("country").agg(F.count("*").alias("n"), F.max("joined").alias("last")).orderBy("country")
        """, "s.py", in: work)
    let result = try runDojo(["run", file, "--data", data, "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("debug line"))
    #expect(result.stdout.hasPrefix(#"{"columns":[{"name":"country","type":"string"},{"name":"n","type":"bigint"},{"name":"last","type":"date"}],"rows":[["India",2,"2024-02-01"],["USA",1,"2023-12-31"]],"plan":{"shuffles":2,"#), "\(result.stdout)")
    let object = try #require(try json(result.stdout) as? [String: Any])
    #expect(Array(object.keys).sorted() == ["columns", "metrics", "plan", "rows"])
    let plan = try #require(object["plan"] as? [String: Any])
    #expect(Set(plan.keys) == ["shuffles", "broadcasts", "stages", "physical"])
    #expect(plan["stages"] as? Int == 3)
}

@Test func runShowsTheTableAsDfShowDoes() throws {
    let work = try temporaryHome(bank: false)
    let data = try write(dataset, "d.json", in: work)
    let file = try write("SELECT user_id, salary FROM users ORDER BY user_id\n", "q.sql", in: work)
    let result = try runDojo(["run", file, "--data", data])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout == """
        +-------+------+
        |user_id|salary|
        +-------+------+
        |      1| 10.50|
        |      2| 20.00|
        |      3|  NULL|
        +-------+------+

        """)
}

@Test(arguments: [
    ("SELECT 1/0 AS x FROM users\n", "q.sql", "DIVIDE_BY_ZERO"),
    ("def solve(users):\n    return users.select(\"nope\")\n", "s.py", "UNRESOLVED_COLUMN"),
    ("def solve(users)\n    return users\n", "s.py", "SyntaxError"),
    ("def solve(users):\n    return undefined_name\n", "s.py", "NameError"),
])
func runErrorsFollowTheErrorContract(_ source: String, _ name: String, _ errorClass: String) throws {
    let work = try temporaryHome(bank: false)
    let data = try write(dataset, "d.json", in: work)
    let file = try write(source, name, in: work)
    let result = try runDojo(["run", file, "--data", data, "--format", "json"])
    #expect(result.status == 1)
    let object = try #require(try json(result.stdout) as? [String: Any])
    let error = try #require(object["error"] as? [String: Any])
    #expect((error["class"] as? String ?? "").hasPrefix(errorClass), "\(result.stdout)")
    #expect(Set(error.keys).isSuperset(of: ["class", "message", "line", "column"]))
}

@Test func badDatasetsNameTheLine() throws {
    let work = try temporaryHome(bank: false)
    let data = try write("{\"tables\": {\"t\": {\"schema\": \"a INT\", \"rows\": [\n  [1],\n  [\"x\"]\n]}}}", "d.json", in: work)
    let file = try write("SELECT * FROM t\n", "q.sql", in: work)
    let result = try runDojo(["run", file, "--data", data])
    #expect(result.status == 1)
    #expect(result.stderr.contains("d.json:3:"), "\(result.stderr)")
}

@Test(arguments: ["simple", "formatted", "dag", "extended"])
func explainShowsThePlan(_ mode: String) throws {
    let home = try temporaryHome()
    let file = repositoryRoot.appendingPathComponent("Solutions/top-salaries-per-country/solution.py").path
    let result = try runDojo(["explain", file, "--problem", "top-salaries-per-country", "--mode", mode, "--home", home.path])
    #expect(result.status == 0, "\(result.stderr)")
    switch mode {
    case "dag":
        #expect(result.stdout.contains("2 stages, 1 shuffle"), "\(result.stdout)")
        #expect(result.stdout.contains("200 tasks"))
        #expect(result.stdout.contains("shuffle: Exchange hashpartitioning"))
    case "formatted":
        #expect(result.stdout.contains("(1) Scan ExistingRDD"), "\(result.stdout)")
    default:
        #expect(result.stdout.contains("== Physical Plan =="))
        #expect(result.stdout.contains("Exchange hashpartitioning"))
    }
}

@Test(arguments: [
    ("return users.repartitionByRange(3, 'salary')", "2 stages, 1 shuffle", "Stage 2  3 tasks"),
    ("return users.repartition(8).coalesce(3)", "2 stages, 1 shuffle", "Stage 2  3 tasks"),
    ("return users.repartition(3).union(users.repartition(2))", "3 stages, 2 shuffles", "Stage 3  5 tasks"),
])
func dagCountsStagesAndTasksLikeSpark(_ body: String, _ header: String, _ result: String) throws {
    let home = try temporaryHome()
    let file = try write("def solve(users):\n    \(body)\n", "s.py", in: home)
    let run = try runDojo(["explain", file, "--problem", "top-salaries-per-country", "--mode", "dag", "--home", home.path])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains(header), "\(run.stdout)")
    #expect(run.stdout.contains(result), "\(run.stdout)")
}

@Test func runReadsAUsersOwnCSVWithoutADataset() throws {
    let work = try temporaryHome(bank: false)
    let csv = try write("id,country\n1,India\n2,USA\n3,India\n", "people.csv", in: work)
    let file = try write("""
    from pyspark.sql import SparkSession
    spark = SparkSession.builder.getOrCreate()
    def solve():
        return spark.read.csv("\(csv)", header=True, inferSchema=True).groupBy("country").count()
    """, "s.py", in: work)
    let result = try runDojo(["run", file, "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)\(result.stdout)")
    let object = try #require(try json(result.stdout) as? [String: Any])
    #expect((object["rows"] as? [[Any]])?.count == 2)
}
