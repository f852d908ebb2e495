import Foundation
import Testing
@testable import Practice

@Suite struct QuizPlannerTests {
    let now = instant("2026-01-10T09:00:00Z")

    func card(_ id: String, topic: String, due: String) -> CardRecord {
        var card = Card.new(dueAt: instant(due))
        card.state = .review
        card.step = nil
        card.stability = 3
        card.difficulty = 5
        card.lastReview = instant(due).addingTimeInterval(-3 * 86_400)
        return CardRecord(questionID: id, topic: topic, card: card, reps: 1, lapses: 0)
    }

    @Test func dueFirstMostOverdueFirstThenNewInTopicOrder() throws {
        let cards = [
            card("shuffle-1", topic: "shuffles", due: "2026-01-09T09:00:00Z"),
            card("lazy-2", topic: "lazy-evaluation", due: "2026-01-08T09:00:00Z"),
            card("lazy-1", topic: "lazy-evaluation", due: "2026-01-20T09:00:00Z"),
        ]
        let plan = try QuizPlanner.plan(
            catalog: Fixtures.catalog, cards: cards, openItems: [], options: QuizOptions(), now: now)
        #expect(plan.map(\.question.id) == ["lazy-2", "shuffle-1", "lazy-3", "shuffle-2", "shuffle-3"])
        #expect(plan.map(\.reason) == [.due, .due, .new, .new, .new])
    }

    @Test func countAndNewLimitsApply() throws {
        let cards = [card("shuffle-1", topic: "shuffles", due: "2026-01-09T09:00:00Z")]
        let limitedNew = try QuizPlanner.plan(
            catalog: Fixtures.catalog, cards: cards, openItems: [], options: QuizOptions(count: 10, newLimit: 2), now: now)
        #expect(limitedNew.map(\.question.id) == ["shuffle-1", "lazy-1", "lazy-2"])
        let limitedCount = try QuizPlanner.plan(
            catalog: Fixtures.catalog, cards: cards, openItems: [], options: QuizOptions(count: 2, newLimit: 10), now: now)
        #expect(limitedCount.map(\.question.id) == ["shuffle-1", "lazy-1"])
    }

    @Test func topicFilterIgnoresCaseAndUnknownTopicListsTheKnownOnes() throws {
        let plan = try QuizPlanner.plan(
            catalog: Fixtures.catalog, cards: [], openItems: [], options: QuizOptions(topic: "SHUFFLES"), now: now)
        #expect(plan.map(\.question.id) == ["shuffle-2", "shuffle-1", "shuffle-3"])
        let both = try QuizPlanner.plan(
            catalog: Fixtures.catalog, cards: [], openItems: [], options: QuizOptions(topic: "shuffles, Lazy-Evaluation"),
            now: now)
        #expect(both.count == 6)
        #expect(throws: QuizPlanError.unknownTopic("joins", known: ["lazy-evaluation", "shuffles"])) {
            try QuizPlanner.plan(
                catalog: Fixtures.catalog, cards: [], openItems: [], options: QuizOptions(topic: "shuffles,joins"), now: now)
        }
        #expect(throws: QuizPlanError.invalidCount(0)) {
            try QuizPlanner.plan(
                catalog: Fixtures.catalog, cards: [], openItems: [], options: QuizOptions(count: 0), now: now)
        }
    }

    @Test func missedQuestionsAndFailedProblemsConceptsComeBeforeNewOnes() throws {
        let items = [
            ReviewItemRecord(kind: .question, reference: "lazy-3", topic: "lazy-evaluation", reason: "missed in a mock exam", createdAt: now),
            ReviewItemRecord(kind: .problem, reference: "count-by-key", topic: "shuffles", reason: "wrong_answer", createdAt: now),
        ]
        let plan = try QuizPlanner.plan(
            catalog: Fixtures.catalog, cards: [], openItems: items, options: QuizOptions(count: 4), now: now)
        #expect(plan.map(\.question.id) == ["lazy-3", "shuffle-2", "lazy-1", "lazy-2"])
        #expect(plan.map(\.reason) == [.missed, .missed, .new, .new])
    }
}
