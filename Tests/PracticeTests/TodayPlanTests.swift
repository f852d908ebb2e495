import Foundation
import Testing
@testable import Practice

@Suite struct TodayPlanTests {
    @Test func pathHasThirtyDaysStartingWithTheMentalModel() {
        #expect(LearningPath.days.count == 30)
        #expect(LearningPath.days.map(\.number) == Array(1...30))
        #expect(LearningPath.days[0].title == "Spark mental model")
        #expect(LearningPath.days.allSatisfy { !$0.topics.isEmpty && !$0.reading.isEmpty })
        #expect(Set(LearningPath.topicOrder).count == LearningPath.topicOrder.count)
    }

    @Test func newUserStartsOnDayOneAndReadingOnlyDaysAdvanceDayByDay() throws {
        let clock = MutableClock(instant("2026-01-05T09:00:00Z"))
        let store = try ProgressStore.inMemory(clock: clock.dojoClock)
        let empty = PracticeCatalog()
        var plan = TodayPlan(snapshot: try store.snapshot(), catalog: empty, now: clock.now, timeZone: utc)
        #expect(plan.day.number == 1)
        try store.recordActivity(.reading, reference: TodayPlan.readingReference(day: 1))
        // Same day: still day 1.
        plan = TodayPlan(snapshot: try store.snapshot(), catalog: empty, now: clock.now, timeZone: utc)
        #expect(plan.day.number == 1)
        clock.advance(seconds: 86_400)
        plan = TodayPlan(snapshot: try store.snapshot(), catalog: empty, now: clock.now, timeZone: utc)
        #expect(plan.day.number == 2)
    }

    @Test func aDayWithContentIsDoneWhenItsQuestionsAndAProblemAreDone() throws {
        let clock = MutableClock(instant("2026-01-05T09:00:00Z"))
        let store = try ProgressStore.inMemory(clock: clock.dojoClock)
        for day in 1...8 {
            try store.recordActivity(.reading, reference: TodayPlan.readingReference(day: day))
        }
        clock.advance(seconds: 86_400)
        var plan = TodayPlan(snapshot: try store.snapshot(), catalog: Fixtures.catalog, now: clock.now, timeZone: utc)
        // Day 1 has lazy-evaluation questions and a problem.
        #expect(plan.day.number == 1)
        #expect(plan.questions.map(\.id) == ["lazy-1", "lazy-2", "lazy-3"])
        #expect(plan.problem?.slug == "first-action")
        for question in plan.questions {
            try store.recordReview(questionID: question.id, topic: question.topic, rating: .good, correct: true, answer: "x")
        }
        plan = TodayPlan(snapshot: try store.snapshot(), catalog: Fixtures.catalog, now: clock.now, timeZone: utc)
        #expect(plan.day.number == 1)
        #expect(plan.questions.isEmpty)
        try store.recordSubmission(submission("first-action", "accepted"))
        plan = TodayPlan(snapshot: try store.snapshot(), catalog: Fixtures.catalog, now: clock.now, timeZone: utc)
        // Days 2–8 were read; day 9 (lazy evaluation) is already done too; day 10 was not read.
        #expect(plan.day.number == 10)
        #expect(plan.dueReviews == 3)
    }
}
