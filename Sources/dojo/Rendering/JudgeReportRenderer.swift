import Foundation
import Judge
import Practice
import ProblemBank
import PySparkBridge

/// The human form of a judgement: verdict banner, per-test table, the diff or error of the test
/// that decided, plan rules with measured values and limits, and what to do next.
struct JudgeReportRenderer {
    var report: JudgeReport
    var problem: Problem
    var file: SolutionFile
    var style: TextStyle
    /// SparkLite's shuffles per test, shown next to real Spark's with `--engine spark`.
    var embeddedShuffles: [String: Int] = [:]

    func render() -> String {
        var out: [String] = []
        out.append(banner())
        out.append("")
        out.append(testsTable())
        if let deciding = report.decidingTest {
            out.append("")
            out.append(failure(deciding))
        }
        if !report.planRules.isEmpty {
            out.append("")
            out.append(style.bold("Plan rules"))
            out.append(planRules())
        }
        let printed = report.tests.map(\.printed).first { !$0.isEmpty }
        if let printed, report.tests.allSatisfy({ !$0.hidden || $0.printed.isEmpty || $0.printed == printed }) {
            out.append("")
            out.append(style.dim("Your print output (first test):"))
            out.append(printed.hasSuffix("\n") ? String(printed.dropLast()) : printed)
        }
        out.append("")
        out.append(nextSteps())
        return out.joined(separator: "\n")
    }

    func banner() -> String {
        let passed = report.tests.filter { $0.verdict == .accepted }.count
        let title = report.verdict.title
        let mark = report.verdict == .accepted ? style.green(style.bold("✔ \(title)")) : style.red(style.bold("✘ \(title)"))
        let scope = report.mode == .check ? "visible tests" : "tests"
        let engine = report.engine == "spark" ? " on real Spark" : ""
        return "\(mark)  \(problem.slug): \(passed)/\(report.tests.count) \(scope) passed\(engine) in "
            + String(format: "%.2f s", report.seconds)
    }

    func testsTable() -> String {
        var header = ["test", "kind", "verdict", "rows", "time", "shuffles"]
        let showEmbedded = !embeddedShuffles.isEmpty
        if showEmbedded { header.append("SparkLite shuffles") }
        let rows = report.tests.map { test -> [String] in
            var row = [test.name, test.hidden ? "hidden" : "visible", test.verdict.title,
                       test.rows.map { "\($0)/\(test.expectedRows)" } ?? "-",
                       String(format: "%.0f ms", test.seconds * 1000), test.shuffles.map(String.init) ?? "-"]
            if showEmbedded { row.append(embeddedShuffles[test.name].map(String.init) ?? "-") }
            return row
        }
        let lines = DiffTable.render(header: header, rows: rows).split(separator: "\n").map(String.init)
        return lines.enumerated().map { index, line in
            guard index >= 2 else { return style.dim(line) }
            let test = report.tests[index - 2]
            return test.verdict == .accepted ? line : style.red(line)
        }.joined(separator: "\n")
    }

    func failure(_ test: TestReport) -> String {
        var lines: [String] = []
        let place = test.hidden ? "hidden test" : "visible test"
        lines.append(style.bold("\(report.verdict.title) on \(place) '\(test.name)'")
            + (test.description.map { ": " + $0 } ?? ""))
        if let error = test.error {
            lines.append(ErrorRenderer.render(error, file: file, style: style))
            if error.kind == .unsupported {
                lines.append("  The embedded engine does not have this yet. Real Spark runs it:")
                lines.append("    dojo submit \(problem.slug) \(file.path) --engine spark")
            }
            return lines.joined(separator: "\n")
        }
        guard let comparison = test.comparison else { return lines.joined(separator: "\n") }
        if report.verdict == .planRuleViolated {
            lines.append("  The rows are right; the plan breaks a rule (below).")
            return lines.joined(separator: "\n")
        }
        if test.hidden {
            // Hidden tests show what they are about and counts, never their data.
            lines += comparison.reasons.map { "  " + $0 }
            lines.append("  Rows: expected \(comparison.expectedRowCount), yours \(comparison.actualRowCount)"
                + " (\(comparison.missingCount) missing, \(comparison.extraCount) extra, \(comparison.changedCount) with different values).")
            lines.append("  The data of hidden tests is not shown; think about the case the description names.")
        } else {
            lines.append(ResultDiffRenderer.render(comparison, style: style))
        }
        return lines.joined(separator: "\n")
    }

    func planRules() -> String {
        var lines: [String] = []
        for rule in report.planRules {
            let mark: String
            switch rule.status {
            case .ok: mark = style.green("✔")
            case .violated: mark = style.red("✘")
            case .notCheckable: mark = style.yellow("?")
            }
            let limit = rule.rule == "forbid" ? "" : " (limit \(ShowTable.cellText(rule.limit)))"
            lines.append("  \(mark) \(rule.rule)\(limit): \(rule.message)" + (rule.status == .violated ? rule.test.map { " [test \($0)]" } ?? "" : ""))
            for excerpt in rule.excerpt {
                lines.append(style.dim("      " + excerpt.trimmingCharacters(in: .whitespaces)))
            }
        }
        return lines.joined(separator: "\n")
    }

    func nextSteps() -> String {
        switch report.verdict {
        case .accepted:
            var lines: [String] = []
            if let shuffles = report.shuffleComparison {
                let solution = shuffles.solution, reference = shuffles.reference
                let compared = solution == reference ? "the same as" : solution < reference ? "fewer than" : "more than"
                lines.append("Plan: \(solution) shuffle\(solution == 1 ? "" : "s") (\(solution + 1) stage\(solution == 0 ? "" : "s")), "
                    + "\(compared) the reference solution on real Spark (\(reference) shuffle\(reference == 1 ? "" : "s"), \(reference + 1) stage\(reference == 0 ? "" : "s")).")
            }
            if let records = report.tests.compactMap({ $0.rowsShuffled }).first {
                lines.append("Rows shuffled on the first test: \(records).")
            }
            if report.mode == .check {
                lines.append("Visible tests pass. Submit to run the hidden tests: dojo submit \(problem.slug) \(file.path)")
            } else {
                lines.append("Read the editorial: dojo show \(problem.slug) --editorial")
            }
            return lines.joined(separator: "\n")
        case .compileError, .runtimeError:
            return "Fix the error and try again: dojo check \(problem.slug) \(file.path)"
        case .unsupported:
            return "Run it on real Spark: dojo submit \(problem.slug) \(file.path) --engine spark"
        default:
            return "Stuck? dojo hint \(problem.slug)"
        }
    }
}
