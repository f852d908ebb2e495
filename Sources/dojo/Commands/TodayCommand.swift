import ArgumentParser
import Foundation
import Practice

/// `dojo today`: due reviews, the next day of the 30-day learning path, one recommended problem.
struct TodayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "today",
        abstract: "The plan for today: due reviews, the next step of the 30-day learning path, a problem.")

    @Option(help: "The data directory (default: DOJO_HOME, else $XDG_DATA_HOME/sparkdojo).")
    var home: String?

    @Option(name: .customLong("time-zone"), help: "Count days in this time zone (default: TZ, else the system's).")
    var timeZone: String?

    func run() throws {
        let context = try ProgressCommand.openContext(home: home, timeZone: timeZone)
        let style = TextStyle.forStandardOutput()
        let catalog: PracticeCatalog
        do {
            catalog = try PracticeCatalog.load(home: context.home)
        } catch {
            ProgressCommand.fail("\(error)")
            throw ExitCode.failure
        }
        let snapshot: ProgressSnapshot
        do {
            snapshot = try context.store.snapshot()
        } catch {
            ProgressCommand.fail("\(error)")
            throw ExitCode.failure
        }
        let plan = TodayPlan(snapshot: snapshot, catalog: catalog, now: context.clock.now(), timeZone: context.timeZone)
        var lines: [String] = []
        lines.append(style.bold("Today") + style.dim("  \(plan.today)"))
        lines.append("")
        if plan.dueReviews > 0 {
            lines.append("1. Reviews: \(plan.dueReviews) due. Run `dojo quiz`.")
        } else {
            lines.append("1. Reviews: none due.")
        }
        let day = plan.day
        let heading = plan.pathCompleted
            ? "2. Learning path complete — revisit Day \(day.number): \(day.title)"
            : "2. Learning path, Day \(day.number) of \(LearningPath.days.count): \(day.title)"
        lines.append(heading + style.dim("  (\(day.phase))"))
        lines.append(TextWrap.wrap(day.reading, indent: "   "))
        if plan.questions.isEmpty {
            lines.append("   No new questions for this day's topics.")
        } else {
            var topics: [String] = []
            for question in plan.questions where !topics.contains(question.topic) {
                topics.append(question.topic)
            }
            lines.append("   Questions: \(plan.questions.count) new.")
            lines.append("   `dojo quiz --topic \(topics.joined(separator: ",")) --new \(plan.questions.count)`")
        }
        if let problem = plan.problem {
            lines.append("   Problem: \(problem.title) (\(problem.difficulty))")
            lines.append("            `dojo show \(problem.slug)`")
        }
        if let recommended = plan.recommended, recommended.slug != plan.problem?.slug {
            lines.append("3. Recommended problem: \(recommended.title) (\(recommended.difficulty))")
            lines.append("   \(recommended.reason): `dojo show \(recommended.slug)`")
        }
        print(lines.joined(separator: "\n"))
        if !plan.pathCompleted {
            // Showing a day's reading moves the path on tomorrow when the bank has nothing else for it.
            do {
                try context.store.recordActivity(.reading, reference: TodayPlan.readingReference(day: day.number))
            } catch {
                ProgressCommand.fail("\(error)")
                throw ExitCode.failure
            }
        }
    }
}
