import ArgumentParser
import Practice
import ProblemBank

/// `dojo hint PROBLEM`: the next hint, recorded.
struct HintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hint",
        abstract: "Reveal the next hint of a problem (hints get stronger; each one is recorded).")

    @Argument(help: "The problem's slug (see `dojo list`).")
    var problem: String

    @OptionGroup var dataHome: DataHomeOption

    func run() throws {
        let bank = try BankAccess.open(home: dataHome.home)
        let problem = try BankAccess.problem(self.problem, in: bank)
        guard !problem.hints.isEmpty else {
            print("\(problem.slug) has no hints. The editorial is there after an attempt: dojo show \(problem.slug) --editorial")
            return
        }
        let context: PracticeContext
        do {
            context = try PracticeContext.open(home: dataHome.home)
        } catch {
            Console.error("\(error)")
            throw ExitCode.failure
        }
        let style = Console.style
        do {
            let shown = try context.store.hints(problem: problem.slug).count
            if shown >= problem.hints.count {
                print(style.dim("All \(problem.hints.count) hints of \(problem.slug) are shown:"))
                for (index, hint) in problem.hints.enumerated() {
                    print("\(style.bold("Hint \(index + 1)/\(problem.hints.count)")): \(hint)")
                }
                print(style.dim("Still stuck? Submit an attempt, then read: dojo show \(problem.slug) --editorial"))
                return
            }
            let record = try context.store.recordHint(problem: problem.slug)
            let number = min(record.hintNumber, problem.hints.count)
            print("\(style.bold("Hint \(number)/\(problem.hints.count)")): \(problem.hints[number - 1])")
            if number < problem.hints.count {
                print(style.dim("Another hint: dojo hint \(problem.slug)"))
            }
        } catch {
            Console.error("\(error)")
            throw ExitCode.failure
        }
    }
}
