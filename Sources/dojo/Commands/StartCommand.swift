import ArgumentParser
import Foundation
import ProblemBank

/// `dojo start PROBLEM [--sql] [--output FILE] [--force]`: a starter file with the right signature.
struct StartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Write a starter solution file with the right solve(...) signature and imports.",
        discussion: "Writes SLUG.py (or SLUG.sql with --sql) in the current directory; it never overwrites a file without --force.")

    @Argument(help: "The problem's slug (see `dojo list`).")
    var problem: String

    @Flag(help: "Write a Spark SQL file instead of PySpark.")
    var sql = false

    @Option(name: [.short, .long], help: "Where to write the file (default: SLUG.py or SLUG.sql).")
    var output: String?

    @Flag(help: "Overwrite the file if it exists.")
    var force = false

    @OptionGroup var dataHome: DataHomeOption

    func run() throws {
        let bank = try BankAccess.open(home: dataHome.home)
        let problem = try BankAccess.problem(self.problem, in: bank)
        if sql, problem.kind == .rdd {
            Console.error("\(problem.slug) is an RDD problem: its solution returns an RDD, which SQL cannot. Use a .py file.")
            throw ExitCode.failure
        }
        let path = output ?? "\(problem.slug).\(sql ? "sql" : "py")"
        if FileManager.default.fileExists(atPath: path), !force {
            Console.error("\(path) already exists. Use --force to overwrite it, or --output to choose another name.")
            throw ExitCode.failure
        }
        let text = sql ? StarterFile.sql(problem) : StarterFile.python(problem)
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        } catch {
            Console.error("Cannot write \(path): \(error.localizedDescription)")
            throw ExitCode.failure
        }
        print("Wrote \(path). Try it on the sample data: dojo run \(path) --problem \(problem.slug)")
        print("Then: dojo check \(problem.slug) \(path)   and   dojo submit \(problem.slug) \(path)")
    }
}

/// The text of starter files.
enum StarterFile {
    static func python(_ problem: Problem) -> String {
        let isRDD = problem.kind == .rdd
        var lines = ["# \(problem.title) — dojo submit \(problem.slug) <this file>"]
        if isRDD {
            lines += ["from pyspark import RDD, SparkContext", "from pyspark.sql import DataFrame"]
        } else {
            lines += ["from pyspark.sql import DataFrame, functions as F", "from pyspark.sql.window import Window"]
        }
        lines += ["", ""]
        let parameters = (isRDD ? ["sc: SparkContext"] : []) + problem.tables.map { "\($0.name): DataFrame" }
        lines.append("def solve(\(parameters.joined(separator: ", "))) -> \(isRDD ? "RDD" : "DataFrame"):")
        for table in problem.tables {
            lines.append("    # \(table.name): \(table.schema)")
        }
        lines.append("    # Replace the line below with your solution.")
        if isRDD {
            lines.append("    return \(problem.tables.first.map { "\($0.name).rdd" } ?? "sc.parallelize([])")")
        } else {
            lines.append("    return \(problem.tables.first?.name ?? "spark.range(0)")")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func sql(_ problem: Problem) -> String {
        var lines = ["-- \(problem.title) — dojo submit \(problem.slug) <this file>", "-- One Spark SQL query over the tables:"]
        for table in problem.tables { lines.append("--   \(table.name)(\(table.schema))") }
        lines.append("-- Replace the query below with your solution.")
        lines.append("SELECT *")
        lines.append("FROM \(problem.tables.first?.name ?? "VALUES (1)")")
        return lines.joined(separator: "\n") + "\n"
    }
}
