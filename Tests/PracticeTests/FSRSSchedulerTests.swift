import Foundation
import Testing
@testable import Practice

@Test func newCardStartsInLearningAtStepZero() {
    let card = Card.new(dueAt: Date(timeIntervalSince1970: 0))
    #expect(card.state == .learning)
    #expect(card.step == 0)
    #expect(card.isNew)
    #expect(FSRSScheduler.standard.retrievability(of: card, at: Date()) == 0)
}

@Test(arguments: [0.0, 1.0, -0.1, 1.5])
func desiredRetentionOutsideTheOpenUnitIntervalIsRejected(_ retention: Double) {
    #expect(throws: FSRSError.desiredRetentionOutOfRange(retention)) {
        try FSRSScheduler(desiredRetention: retention)
    }
}

@Test func parametersAreCheckedAgainstTheirBounds() {
    var weights = FSRSParameters.defaultWeights
    weights[4] = 11
    #expect(throws: FSRSError.self) { try FSRSParameters(weights: weights) }
    #expect(throws: FSRSError.wrongParameterCount(expected: 21, got: 19)) {
        try FSRSParameters(weights: Array(weights.prefix(19)))
    }
    #expect(throws: FSRSError.invalidStep(0)) { try FSRSScheduler(learningSteps: [0]) }
}

@Test func higherRetentionGivesShorterIntervals() throws {
    let start = Date(timeIntervalSince1970: 1_767_603_600)
    var intervals: [TimeInterval] = []
    for retention in [0.8, 0.9, 0.95] {
        let scheduler = try FSRSScheduler(desiredRetention: retention)
        let card = scheduler.review(.new(dueAt: start), rating: .easy, at: start).card
        intervals.append(card.due.timeIntervalSince(start))
    }
    #expect(intervals[0] > intervals[1])
    #expect(intervals[1] > intervals[2])
}

@Test func seededFuzzIsReproducibleAndStaysNearTheInterval() throws {
    let scheduler = try FSRSScheduler(enableFuzzing: true)
    let start = Date(timeIntervalSince1970: 1_767_603_600)
    func run(seed: UInt64) -> [Date] {
        var source = SeededFuzzSource(seed: seed)
        var card = Card.new(dueAt: start)
        var dues: [Date] = []
        for _ in 0..<6 {
            card = scheduler.review(card, rating: .good, at: card.due, fuzz: &source).card
            dues.append(card.due)
        }
        return dues
    }
    #expect(run(seed: 7) == run(seed: 7))
    let plain = FSRSScheduler.standard
    var card = Card.new(dueAt: start)
    var source = SeededFuzzSource(seed: 7)
    for _ in 0..<6 {
        let previous = card
        card = scheduler.review(previous, rating: .good, at: previous.due, fuzz: &source).card
        let unfuzzed = plain.review(previous, rating: .good, at: previous.due).card
        let days = unfuzzed.due.timeIntervalSince(previous.due) / 86_400
        let difference = abs(card.due.timeIntervalSince(unfuzzed.due)) / 86_400
        #expect(difference <= max(1, days * 0.15 + 1))
    }
}

@Test(arguments: [("1", Rating.again), ("again", .again), ("Hard", .hard), (" 3 ", .good), ("EASY", .easy)])
func ratingKeys(_ key: String, _ rating: Rating) {
    #expect(Rating(key: key) == rating)
}

@Test func unknownRatingKeyIsNil() {
    #expect(Rating(key: "5") == nil)
    #expect(Rating(key: "") == nil)
    #expect(Rating(key: "a") == nil)
    #expect(Rating(key: "e") == nil)
}

@Test func rescheduleReplaysLogsInTimeOrder() {
    let start = Date(timeIntervalSince1970: 1_767_603_600)
    let scheduler = FSRSScheduler.standard
    var card = Card.new(dueAt: start)
    var logs: [ReviewLog] = []
    for rating in [Rating.good, .good, .hard, .again, .good] {
        let result = scheduler.review(card, rating: rating, at: card.due)
        card = result.card
        logs.append(result.log)
    }
    #expect(scheduler.reschedule(logs.reversed(), newCardDue: start) == card)
}
