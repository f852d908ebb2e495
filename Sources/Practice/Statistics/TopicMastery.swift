import Foundation

/// How well one topic is known, from coding results and quiz memory together.
public struct TopicMastery: Sendable, Equatable, Codable {
    public var topic: String
    /// (problems solved + Σ retrievability of its questions) ÷ (problems + questions), 0…1:
    /// full mastery means every problem solved and every question remembered today.
    public var mastery: Double
    /// How well what was practised went (solved ÷ attempted problems and mean retrievability of
    /// reviewed questions, averaged), 0…1, nil when nothing was practised.
    public var performance: Double?
    public var problemsSolved: Int
    public var problemsAttempted: Int
    public var problemsTotal: Int
    public var questionsReviewed: Int
    public var questionsTotal: Int
    /// Mean predicted recall of the reviewed questions now, nil when none was reviewed.
    public var retention: Double?

    public var isPractised: Bool { problemsAttempted > 0 || questionsReviewed > 0 }

    enum CodingKeys: String, CodingKey {
        case topic, mastery, performance, problemsSolved = "problems_solved"
        case problemsAttempted = "problems_attempted", problemsTotal = "problems_total"
        case questionsReviewed = "questions_reviewed", questionsTotal = "questions_total", retention
    }

    /// One entry per catalog topic, in study order.
    public static func all(
        catalog: PracticeCatalog, solved: Set<String>, attempted: Set<String>, cards: [CardRecord],
        at now: Date, scheduler: FSRSScheduler
    ) -> [TopicMastery] {
        let cardByQuestion = Dictionary(cards.map { ($0.questionID, $0) }, uniquingKeysWith: { first, _ in first })
        return catalog.topics.map { topic in
            let problems = catalog.problems.filter { $0.topics.contains(topic) }
            let questions = catalog.questions.filter { $0.topic == topic }
            let solvedCount = problems.filter { solved.contains($0.slug) }.count
            let attemptedCount = problems.filter { attempted.contains($0.slug) || solved.contains($0.slug) }.count
            let recalls = questions.compactMap { cardByQuestion[$0.id] }
                .map { scheduler.retrievability(of: $0.card, at: now) }
            let total = problems.count + questions.count
            let mastery = total == 0 ? 0 : (Double(solvedCount) + recalls.reduce(0, +)) / Double(total)
            let retention = recalls.isEmpty ? nil : recalls.reduce(0, +) / Double(recalls.count)
            var parts: [Double] = []
            if attemptedCount > 0 { parts.append(Double(solvedCount) / Double(attemptedCount)) }
            if let retention { parts.append(retention) }
            return TopicMastery(
                topic: topic, mastery: min(1, max(0, mastery)),
                performance: parts.isEmpty ? nil : parts.reduce(0, +) / Double(parts.count),
                problemsSolved: solvedCount, problemsAttempted: attemptedCount, problemsTotal: problems.count,
                questionsReviewed: recalls.count, questionsTotal: questions.count, retention: retention)
        }
    }

    /// The practised topics that went worst, weakest first.
    public static func weakest(_ topics: [TopicMastery], count: Int = 3) -> [TopicMastery] {
        Array(topics.filter(\.isPractised).sorted { lhs, rhs in
            let left = lhs.performance ?? 0
            let right = rhs.performance ?? 0
            if left != right { return left < right }
            if lhs.mastery != rhs.mastery { return lhs.mastery < rhs.mastery }
            return lhs.topic < rhs.topic
        }.prefix(count))
    }
}
