import Foundation
import Testing
@testable import Practice

/// Review sequences recorded from the `fsrs` package by `Vectors/make_fsrs_vectors.py`.
struct FSRSVectorFile: Decodable {
    struct SchedulerConfig: Decodable {
        let desired_retention: Double
        let learning_steps: [Double]
        let relearning_steps: [Double]
        let maximum_interval: Int
        let fuzz_unit: Double?
    }

    struct Review: Decodable {
        let rating: Int
        let at_us: Int64
        let retrievability_before: Double
        let state: Int
        let step: Int?
        let stability: Double
        let difficulty: Double
        let due_us: Int64
        let due: String
    }

    struct Case: Decodable, CustomTestStringConvertible {
        let name: String
        let scheduler: SchedulerConfig
        let start_us: Int64
        let reviews: [Review]

        var testDescription: String { name }
    }

    let fsrs_version: String
    let cases: [Case]

    static func load() throws -> FSRSVectorFile {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Vectors/fsrs_vectors.json")
        return try JSONDecoder().decode(FSRSVectorFile.self, from: Data(contentsOf: url))
    }

    static let cases: [Case] = (try? load().cases) ?? []
}

/// Always returns the same unit value, as the vectors' patched `random()` did.
struct ConstantFuzzSource: FuzzSource {
    let unit: Double
    mutating func nextUnit() -> Double { unit }
}

func date(microseconds: Int64) -> Date {
    Date(timeIntervalSince1970: Double(microseconds) / 1_000_000)
}

func microseconds(_ date: Date) -> Int64 {
    Int64((date.timeIntervalSince1970 * 1_000_000).rounded())
}

@Test func vectorFileIsPresentAndLarge() throws {
    let file = try FSRSVectorFile.load()
    #expect(file.cases.count >= 40)
    #expect(file.fsrs_version.hasPrefix("6."))
}

@Test(arguments: FSRSVectorFile.cases)
func schedulerReproducesReferenceImplementation(_ vector: FSRSVectorFile.Case) throws {
    let config = vector.scheduler
    let scheduler = try FSRSScheduler(
        desiredRetention: config.desired_retention,
        learningSteps: config.learning_steps,
        relearningSteps: config.relearning_steps,
        maximumInterval: config.maximum_interval,
        enableFuzzing: config.fuzz_unit != nil)
    var fuzz = ConstantFuzzSource(unit: config.fuzz_unit ?? 0)
    var card = Card.new(dueAt: date(microseconds: vector.start_us))
    for (index, expected) in vector.reviews.enumerated() {
        let at = date(microseconds: expected.at_us)
        let rating = try #require(Rating(rawValue: expected.rating))
        let retrievability = scheduler.retrievability(of: card, at: at)
        #expect(abs(retrievability - expected.retrievability_before) < 1e-6, "review \(index)")
        card = scheduler.review(card, rating: rating, at: at, fuzz: &fuzz).card
        #expect(card.state.rawValue == expected.state, "review \(index)")
        #expect(card.step == expected.step, "review \(index)")
        #expect(abs((card.stability ?? -1) - expected.stability) < 1e-6, "review \(index) stability")
        #expect(abs((card.difficulty ?? -1) - expected.difficulty) < 1e-6, "review \(index) difficulty")
        #expect(microseconds(card.due) == expected.due_us, "review \(index): due \(card.due), expected \(expected.due)")
        #expect(card.lastReview == at)
    }
}
