import ArgumentParser
import Foundation
import Practice
import ProblemBank

/// `dojo reset --yes`: starts a fresh history, keeping the old one as a backup.
struct ResetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reset",
        abstract: "Start a fresh progress history; the old one is kept as a backup next to it.",
        discussion: "Also the way out when progress.sqlite is damaged. The problem bank is not touched.")

    @Option(help: "The data directory (default: DOJO_HOME, else $XDG_DATA_HOME/sparkdojo).")
    var home: String?

    @Flag(help: "Confirm the reset.")
    var yes = false

    func validate() throws {
        guard yes else {
            throw ValidationError("This moves your progress history aside and starts a fresh one. Add --yes to confirm.")
        }
    }

    func run() throws {
        let home = DataHome.resolve(explicit: home)
        let backup: URL?
        do {
            backup = try ProgressStore.reset(at: home.progressURL)
        } catch {
            ProgressCommand.fail("\(error)")
            throw ExitCode.failure
        }
        if let backup {
            print("Progress reset. The previous history is kept at \(backup.path).")
            print("To restore it, move it back to \(home.progressURL.path).")
        } else {
            print("There was no progress history at \(home.progressURL.path); nothing to reset.")
        }
    }
}
