import ArgumentParser
import Foundation
import ProblemBank

/// Opens the problem bank of the data directory, building it from the shipped `Problems/` when
/// needed; failures are printed as actionable messages and end the command with exit code 1.
enum BankAccess {
    static func problemsDirectory() throws -> URL {
        guard let url = ProblemsLocator.locate() else {
            Console.error("Cannot find the Problems/ directory that ships with dojo. Set DOJO_PROBLEMS to its path.")
            throw ExitCode.failure
        }
        return url
    }

    static func open(home: String?) throws -> Bank {
        let dataHome = DataHome.resolve(explicit: home)
        let sources = try problemsDirectory()
        do {
            try dataHome.ensureExists()
        } catch {
            Console.error("Cannot create the data directory \(dataHome.directory.path): \(error.localizedDescription)")
            throw ExitCode.failure
        }
        do {
            if BankBuilder.needsRebuild(bank: dataHome.bankURL, sources: sources) {
                Console.progress("Building the problem bank from \(sources.path)…")
            }
            let opened = try Bank.openBuildingIfNeeded(home: dataHome, sources: sources)
            Console.clearProgress()
            if let buildError = opened.buildError {
                Console.note("warning: the problem sources have errors, using the last good bank: \(buildError)")
            }
            return opened.bank
        } catch {
            Console.clearProgress()
            Console.error("\(error)")
            throw ExitCode.failure
        }
    }

    static func problem(_ slug: String, in bank: Bank) throws -> Problem {
        do {
            return try bank.problem(slug: slug)
        } catch {
            Console.error("\(error)")
            throw ExitCode.failure
        }
    }

    static func tests(_ slug: String, in bank: Bank, includeHidden: Bool) throws -> [TestCase] {
        do {
            return try bank.tests(slug: slug, includeHidden: includeHidden)
        } catch {
            Console.error("\(error)")
            throw ExitCode.failure
        }
    }
}
