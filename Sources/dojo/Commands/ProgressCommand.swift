import ArgumentParser
import Foundation
import Practice

/// `dojo progress`: the dashboard, and export/import of the history.
struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Show what is solved, what is weak, what is due; export or import the history.",
        subcommands: [Show.self, Export.self, Import.self],
        defaultSubcommand: Show.self)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    /// `dojo progress [--format json]`.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "The dashboard: problems by difficulty, streaks, a 12-week heatmap, due reviews, topic mastery.")

        @Option(help: "The data directory (default: DOJO_HOME, else $XDG_DATA_HOME/sparkdojo).")
        var home: String?

        @Option(help: "text or json.")
        var format: Format = .text

        @Option(name: .customLong("time-zone"), help: "Count days in this time zone (default: TZ, else the system's).")
        var timeZone: String?

        func run() throws {
            let context = try ProgressCommand.openContext(home: home, timeZone: timeZone)
            let catalogResult = Result { () throws(any Error) -> PracticeCatalog in
                try PracticeCatalog.load(home: context.home)
            }
            let snapshot: ProgressSnapshot
            do {
                snapshot = try context.store.snapshot()
            } catch {
                ProgressCommand.fail("\(error)")
                throw ExitCode.failure
            }
            let report = ProgressReport(
                snapshot: snapshot, catalog: (try? catalogResult.get()) ?? PracticeCatalog(), now: context.clock.now(),
                timeZone: context.timeZone)
            switch format {
            case .json:
                let data = try ProgressReport.jsonEncoder().encode(report)
                print(String(decoding: data, as: UTF8.self))
            case .text:
                print(report.render(style: TextStyle.forStandardOutput()))
                if case .failure(let error) = catalogResult {
                    print("")
                    print("Problem and question totals are missing: \(error)")
                }
            }
        }
    }

    /// `dojo progress export --format json|csv [--output FILE]`.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export", abstract: "Write the whole history as JSON (to import later) or CSV (for spreadsheets).")

        enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
            case json, csv
        }

        @Option(help: "The data directory (default: DOJO_HOME, else $XDG_DATA_HOME/sparkdojo).")
        var home: String?

        @Option(help: "json or csv.")
        var format: ExportFormat = .json

        @Option(name: [.short, .long], help: "Write to this file instead of standard output.")
        var output: String?

        func run() throws {
            let context = try ProgressCommand.openContext(home: home, timeZone: nil)
            let data: Data
            do {
                switch format {
                case .json: data = try context.store.exportJSON() + Data("\n".utf8)
                case .csv: data = Data(try context.store.exportCSV().utf8)
                }
            } catch {
                ProgressCommand.fail("\(error)")
                throw ExitCode.failure
            }
            if let output {
                do {
                    try data.write(to: URL(fileURLWithPath: output), options: .atomic)
                } catch {
                    ProgressCommand.fail("Cannot write \(output): \(error.localizedDescription)")
                    throw ExitCode.failure
                }
                FileHandle.standardError.write(Data("Exported to \(output).\n".utf8))
            } else {
                FileHandle.standardOutput.write(data)
            }
        }
    }

    /// `dojo progress import FILE`.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Merge a JSON export into the history; records already present are skipped.")

        @Option(help: "The data directory (default: DOJO_HOME, else $XDG_DATA_HOME/sparkdojo).")
        var home: String?

        @Argument(help: "A file written by `dojo progress export --format json`.")
        var file: String

        func run() throws {
            let context = try ProgressCommand.openContext(home: home, timeZone: nil)
            let data: Data
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: file))
            } catch {
                ProgressCommand.fail("Cannot read \(file): \(error.localizedDescription)")
                throw ExitCode.failure
            }
            do {
                let summary = try context.store.importJSON(data, source: file)
                print("Imported \(summary.submissions) submissions, \(summary.reviews) reviews, \(summary.cards) cards,"
                    + " \(summary.hints) hints, \(summary.exams) exams from \(file).")
            } catch {
                ProgressCommand.fail("\(error)")
                throw ExitCode.failure
            }
        }
    }

    static func openContext(home: String?, timeZone: String?) throws -> PracticeContext {
        do {
            return try PracticeContext.open(home: home, timeZone: timeZone)
        } catch {
            fail("\(error)")
            throw ExitCode.failure
        }
    }

    static func fail(_ message: String) {
        FileHandle.standardError.write(Data(("error: " + message + "\n").utf8))
    }
}
