import ArgumentParser
import Foundation
import Judge
import Practice
import ProblemBank
import SparkLite

/// `dojo show PROBLEM [--editorial]`.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a problem: statement, table schemas, sample data, expected sample output, comparison and plan rules.",
        discussion: "--editorial shows the editorial once you have submitted an attempt.")

    @Argument(help: "The problem's slug (see `dojo list`).")
    var problem: String

    @Flag(help: "Show the editorial (after at least one submission).")
    var editorial = false

    @OptionGroup var dataHome: DataHomeOption

    func run() throws {
        let bank = try BankAccess.open(home: dataHome.home)
        let problem = try BankAccess.problem(self.problem, in: bank)
        let style = Console.style
        if editorial {
            let attempts = (try? PracticeContext.open(home: dataHome.home)).flatMap { try? $0.store.submissions(problem: problem.slug) } ?? []
            guard !attempts.isEmpty else {
                Console.error("The editorial opens after an attempt. Submit a solution first: dojo submit \(problem.slug) FILE"
                    + " (a hint meanwhile: dojo hint \(problem.slug))")
                throw ExitCode.failure
            }
            print(style.bold("\(problem.title) — editorial"))
            print("")
            print(problem.editorial.trimmingCharacters(in: .whitespacesAndNewlines))
            let variants = problem.solutions.filter { $0.note != nil }
            if !variants.isEmpty {
                print("")
                print(style.bold("Known variants"))
                for variant in variants {
                    print("  \(variant.path) — \(variant.verdict.rawValue): \(variant.note ?? "")")
                }
            }
            return
        }
        print(style.bold(problem.title) + style.dim("  (\(problem.slug) · \(problem.difficulty.rawValue) · \(problem.topics.joined(separator: ", ")))"))
        print("")
        print(problem.statement.trimmingCharacters(in: .whitespacesAndNewlines))
        print("")
        print(style.bold("Tables"))
        for table in problem.tables {
            print("  \(table.name): \(table.schema)" + (table.description.map { " — \($0)" } ?? ""))
        }
        print("")
        print(style.bold("Sample data"))
        for table in problem.sample.data.tables {
            print("\(table.name):")
            let header = ((try? parseDDLSchema(table.schema)) ?? []).map(\.name)
            print(ShowTable.render(header: header, jsonRows: table.rows))
        }
        if let expected = problem.sample.expected {
            print("")
            print(style.bold("Expected output") + style.dim("  (" + expected.columns.map { "\($0.name): \($0.type)" }.joined(separator: ", ") + ")"))
            print(ShowTable.render(header: expected.columns.map(\.name), jsonRows: expected.rows))
        }
        print("")
        print(style.bold("Comparison"))
        let comparison = problem.comparison
        print("  rows: " + (comparison.ordered ? "in the order shown" : "in any order (compared as a multiset)"))
        print("  column names: " + (comparison.checkColumnNames ? "must match, in order" : "not checked (columns by position)"))
        print("  types: " + (comparison.checkTypes ? "must match exactly" : "numbers compared by value (int vs bigint is fine)"))
        print("  doubles: relative tolerance " + String(format: "%g", comparison.floatTolerance))
        print("")
        print(style.bold("Plan rules"))
        let rules = problem.planRules.entries
        if rules.isEmpty {
            print("  none")
        } else {
            for rule in rules { print("  \(rule.rule): \(ShowTable.cellText(rule.value))") }
        }
        if let summaries = try? bank.testSummaries(slug: problem.slug) {
            let hidden = summaries.filter(\.hidden).count
            print("")
            print(style.dim("Tests: \(summaries.count - hidden) visible, \(hidden) hidden. Hints: \(problem.hints.count) (dojo hint \(problem.slug))."))
        }
        print(style.dim("Start: dojo start \(problem.slug)\(problem.kind == .rdd ? "" : " [--sql]")"))
    }
}
