import ArgumentParser
import Foundation
import Judge
import ProblemBank

/// The dataset `run` and `explain` use: a problem's sample data, a dataset file, or no tables.
enum RunInputs {
    static func dataset(_ options: InputDataOptions, home: String?) throws -> Dataset {
        if let path = options.data {
            guard FileManager.default.fileExists(atPath: path) else {
                throw UsageError("Cannot read \(path): no such file.")
            }
            do {
                return try Dataset.load(from: URL(fileURLWithPath: path))
            } catch {
                Console.error("\(error)")
                throw ExitCode.failure
            }
        }
        guard let slug = options.problem else { return Dataset(tables: []) }
        let bank = try BankAccess.open(home: home)
        let problem = try BankAccess.problem(slug, in: bank)
        do {
            return try Dataset(test: problem.sample.data, path: "\(problem.slug)/sample")
        } catch {
            Console.error("\(error)")
            throw ExitCode.failure
        }
    }
}
