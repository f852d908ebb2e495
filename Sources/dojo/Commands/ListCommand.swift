import ArgumentParser
import ProblemBank

/// `dojo list [--topic T] [--difficulty D] [--status S] [--format table|json]`.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the coding problems with their difficulty, topics and your status.")

    @Option(help: "Only problems of this topic (e.g. window-functions).")
    var topic: String?

    @Option(help: "easy, medium or hard.")
    var difficulty: Difficulty?

    @Option(help: "solved, attempted or new.")
    var status: ProblemStatus?

    @OptionGroup var output: OutputFormatOption
    @OptionGroup var dataHome: DataHomeOption

    func run() throws {
        let bank = try BankAccess.open(home: dataHome.home)
        let problems: [ProblemSummary]
        do {
            problems = try bank.problems()
        } catch {
            Console.error("\(error)")
            throw ExitCode.failure
        }
        let statuses = ProblemStatus.all(home: dataHome.home)
        let selected = problems.filter { problem in
            (topic.map { problem.topics.contains($0) } ?? true)
                && (difficulty.map { problem.difficulty == $0 } ?? true)
                && (status.map { (statuses[problem.slug] ?? .new) == $0 } ?? true)
        }
        if output.format == .json {
            JSONOutput.print(.array(selected.map { problem in
                .object([
                    ("slug", .string(problem.slug)), ("title", .string(problem.title)),
                    ("difficulty", .string(problem.difficulty.rawValue)), ("kind", .string(problem.kind.rawValue)),
                    ("topics", .array(problem.topics.map(JSONValue.string))),
                    ("status", .string((statuses[problem.slug] ?? .new).rawValue)),
                ])
            }))
            return
        }
        guard !selected.isEmpty else {
            let topics = Set(problems.flatMap(\.topics)).sorted()
            print("No problems match." + (topic != nil ? " Topics: " + topics.joined(separator: ", ") : ""))
            return
        }
        let style = Console.style
        let rows = selected.map { problem -> [String] in
            [(statuses[problem.slug] ?? .new).rawValue, problem.difficulty.rawValue, problem.slug, problem.title,
             problem.topics.joined(separator: ", ")]
        }
        let lines = DiffTable.render(header: ["status", "difficulty", "problem", "title", "topics"], rows: rows).split(separator: "\n")
        for (index, line) in lines.enumerated() {
            if index < 2 { print(style.dim(String(line))); continue }
            switch statuses[selected[index - 2].slug] ?? .new {
            case .solved: print(style.green(String(line)))
            case .attempted: print(style.yellow(String(line)))
            case .new: print(String(line))
            }
        }
        print(style.dim("\n\(selected.count) problem\(selected.count == 1 ? "" : "s"). Read one: dojo show SLUG"))
    }
}

extension Difficulty: ExpressibleByArgument {}
extension ProblemStatus: ExpressibleByArgument {}
