import Foundation

/// Everything `dojo progress` shows, computed from a history snapshot and the catalog.
///
/// Days (streaks, heatmap, forecast) are counted in `timeZone`.
public struct ProgressReport: Sendable, Equatable, Codable {
    public struct Problems: Sendable, Equatable, Codable {
        public var total: Int
        /// Problems with an accepted submission.
        public var solved: Int
        /// Problems submitted but not (yet) accepted.
        public var attempted: Int
        public var byDifficulty: [String: ProblemCounts]

        enum CodingKeys: String, CodingKey {
            case total, solved, attempted, byDifficulty = "by_difficulty"
        }
    }

    public struct Recommendation: Sendable, Equatable, Codable {
        public var slug: String
        public var title: String
        public var difficulty: String
        public var reason: String
    }

    /// The latest mock exam.
    public struct LastExam: Sendable, Equatable, Codable {
        public var finishedAt: Date
        public var correct: Int
        public var total: Int
        public var passed: Bool

        enum CodingKeys: String, CodingKey {
            case finishedAt = "finished_at", correct, total, passed
        }
    }

    public var generatedAt: Date
    public var today: LocalDay
    public var timeZone: String
    public var problems: Problems
    public var submissions: Int
    public var acceptedSubmissions: Int
    /// Accepted ÷ all submissions, 0 with none.
    public var acceptanceRate: Double
    public var reviews: Int
    public var quizAccuracy: Double?
    public var hints: Int
    public var exams: Int
    public var lastExam: LastExam?
    public var streak: Streak
    public var dueToday: Int
    public var forecast: [ReviewForecast.Day]
    public var topics: [TopicMastery]
    public var weakestTopics: [String]
    public var recommended: [Recommendation]
    public var heatmap: ActivityHeatmap
    public var openReviewItems: Int

    enum CodingKeys: String, CodingKey {
        case generatedAt = "generated_at", today, timeZone = "time_zone", problems, submissions
        case acceptedSubmissions = "accepted_submissions", acceptanceRate = "acceptance_rate", reviews
        case quizAccuracy = "quiz_accuracy", hints, exams, lastExam = "last_exam", streak, dueToday = "due_today", forecast, topics
        case weakestTopics = "weakest_topics", recommended, heatmap, openReviewItems = "open_review_items"
    }

    public init(
        snapshot: ProgressSnapshot, catalog: PracticeCatalog, now: Date, timeZone: TimeZone,
        scheduler: FSRSScheduler = .standard
    ) {
        let today = LocalDay(now, in: timeZone)
        generatedAt = now
        self.today = today
        self.timeZone = timeZone.identifier

        let solved = Set(snapshot.submissions.filter(\.isAccepted).map(\.problemSlug))
        let attempted = Set(snapshot.submissions.map(\.problemSlug)).subtracting(solved)
        var byDifficulty: [String: ProblemCounts] = [:]
        for problem in catalog.problems {
            var counts = byDifficulty[problem.difficulty] ?? ProblemCounts(solved: 0, attempted: 0, total: 0)
            counts.total += 1
            if solved.contains(problem.slug) { counts.solved += 1 }
            if attempted.contains(problem.slug) { counts.attempted += 1 }
            byDifficulty[problem.difficulty] = counts
        }
        let known = Set(catalog.problems.map(\.slug))
        problems = Problems(
            total: catalog.problems.count, solved: solved.intersection(known).count,
            attempted: attempted.intersection(known).count, byDifficulty: byDifficulty)

        submissions = snapshot.submissions.count
        acceptedSubmissions = snapshot.submissions.filter(\.isAccepted).count
        acceptanceRate = submissions == 0 ? 0 : Double(acceptedSubmissions) / Double(submissions)
        reviews = snapshot.reviews.count
        quizAccuracy = reviews == 0 ? nil : Double(snapshot.reviews.filter(\.correct).count) / Double(reviews)
        hints = snapshot.hints.count
        exams = snapshot.exams.count
        lastExam = snapshot.exams.max { ($0.finishedAt, $0.id ?? 0) < ($1.finishedAt, $1.id ?? 0) }.map {
            LastExam(finishedAt: $0.finishedAt, correct: $0.correct, total: $0.total, passed: $0.passed)
        }

        var perDay: [LocalDay: Int] = [:]
        for activity in snapshot.activity {
            perDay[LocalDay(activity.occurredAt, in: timeZone), default: 0] += 1
        }
        streak = Streak.of(activeDays: Set(perDay.keys), today: today)
        heatmap = ActivityHeatmap(counts: perDay, today: today)

        let forecast = ReviewForecast(dueDates: snapshot.cards.map(\.due), today: today, timeZone: timeZone)
        self.forecast = forecast.days
        dueToday = forecast.dueToday

        topics = TopicMastery.all(
            catalog: catalog, solved: solved, attempted: attempted, cards: snapshot.cards, at: now,
            scheduler: scheduler)
        let weakest = TopicMastery.weakest(topics)
        weakestTopics = weakest.map(\.topic)
        let openItems = snapshot.reviewItems.filter { $0.resolvedAt == nil }
        openReviewItems = openItems.count
        recommended = Self.recommend(
            catalog: catalog, solved: solved,
            failed: openItems.filter { $0.kind == .problem }.map(\.reference),
            weakTopics: weakest.map(\.topic))
    }

    /// Up to `count` unsolved problems: the ones failed before, then the weakest topics' easiest,
    /// then the next in study order.
    static func recommend(
        catalog: PracticeCatalog, solved: Set<String>, failed: [String], weakTopics: [String], count: Int = 3
    ) -> [Recommendation] {
        var picks: [Recommendation] = []
        var taken = solved
        func take(_ problem: PracticeProblem, _ reason: String) {
            guard picks.count < count, !taken.contains(problem.slug) else { return }
            taken.insert(problem.slug)
            picks.append(Recommendation(
                slug: problem.slug, title: problem.title, difficulty: problem.difficulty, reason: reason))
        }
        for slug in failed {
            if let problem = catalog.problem(slug: slug) { take(problem, "not accepted yet") }
        }
        let ordered = catalog.problems.sorted { lhs, rhs in
            let left = (catalog.topicRank(lhs.primaryTopic), lhs.difficultyRank, lhs.slug)
            let right = (catalog.topicRank(rhs.primaryTopic), rhs.difficultyRank, rhs.slug)
            return left < right
        }
        for topic in weakTopics {
            for problem in ordered.filter({ $0.topics.contains(topic) }) {
                take(problem, "weak topic: \(topic)")
            }
        }
        for problem in ordered { take(problem, "next in the learning path") }
        return picks
    }
}

extension ProgressReport {
    /// The encoder of `dojo progress --format json`: ISO-8601 times, sorted keys.
    public static func jsonEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(ISO8601.string(from: date))
        }
        return encoder
    }
}
