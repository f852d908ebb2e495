import Foundation

/// What to do today: the reviews due, the next day of the learning path with its questions and
/// problem, and one recommended problem.
public struct TodayPlan: Sendable, Equatable {
    public var today: LocalDay
    public var dueReviews: Int
    public var day: LearningDay
    /// The day's questions not yet answered (up to `questionsPerDay`).
    public var questions: [QuizQuestion]
    /// An unsolved problem of the day's topics, when the bank has one.
    public var problem: PracticeProblem?
    /// The first recommendation of `dojo progress`.
    public var recommended: ProgressReport.Recommendation?
    /// True when every day of the path is done.
    public var pathCompleted: Bool

    public static let questionsPerDay = 5

    /// The activity reference that marks a path day's reading as shown.
    public static func readingReference(day: Int) -> String { "path-day-\(day)" }

    /// The first path day not yet done: a day is done when `questionsPerDay` of its questions (or
    /// all it has) were answered and one of its problems (when it has any) was solved; a day the
    /// bank has nothing for is done once its reading was shown on an earlier day.
    public init(snapshot: ProgressSnapshot, catalog: PracticeCatalog, now: Date, timeZone: TimeZone) {
        let today = LocalDay(now, in: timeZone)
        self.today = today
        let report = ProgressReport(snapshot: snapshot, catalog: catalog, now: now, timeZone: timeZone)
        dueReviews = report.dueToday
        recommended = report.recommended.first
        let reviewed = Set(snapshot.cards.map(\.questionID))
        let solved = Set(snapshot.submissions.filter(\.isAccepted).map(\.problemSlug))
        let readBefore = Set(snapshot.activity.filter {
            $0.kind == .reading && LocalDay($0.occurredAt, in: timeZone) < today
        }.map(\.reference))
        var chosen: LearningDay?
        for day in LearningPath.days {
            let topics = Set(day.topics)
            let dayQuestions = catalog.questions.filter { topics.contains($0.topic) }
            let answered = dayQuestions.filter { reviewed.contains($0.id) }.count
            let dayProblems = catalog.problems.filter { !topics.isDisjoint(with: $0.topics) }
            let questionsDone = answered >= min(Self.questionsPerDay, dayQuestions.count)
            let problemDone = dayProblems.isEmpty || dayProblems.contains { solved.contains($0.slug) }
            let hasContent = !dayQuestions.isEmpty || !dayProblems.isEmpty
            let readingDone = hasContent || readBefore.contains(Self.readingReference(day: day.number))
            if !(questionsDone && problemDone && readingDone) {
                chosen = day
                break
            }
        }
        pathCompleted = chosen == nil
        day = chosen ?? LearningPath.days[LearningPath.days.count - 1]
        let topics = Set(day.topics)
        let remaining = Self.questionsPerDay - catalog.questions.filter { topics.contains($0.topic) && reviewed.contains($0.id) }.count
        questions = Array(catalog.questions.filter { topics.contains($0.topic) && !reviewed.contains($0.id) }
            .prefix(max(0, remaining)))
        problem = catalog.problems.filter { !topics.isDisjoint(with: $0.topics) && !solved.contains($0.slug) }
            .min { $0.difficultyRank == $1.difficultyRank ? $0.slug < $1.slug : $0.difficultyRank < $1.difficultyRank }
    }
}
