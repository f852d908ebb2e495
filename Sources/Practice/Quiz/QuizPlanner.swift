import Foundation

/// Chooses the questions of a review session: due cards first (most overdue first), then what
/// was missed, then new questions in topic order.
public enum QuizPlanner {
    public static func plan(
        catalog: PracticeCatalog, cards: [CardRecord], openItems: [ReviewItemRecord], options: QuizOptions,
        now: Date
    ) throws(QuizPlanError) -> [QuizItem] {
        guard options.count >= 1 else { throw .invalidCount(options.count) }
        guard !catalog.questions.isEmpty else { throw .noQuestions }
        var questions = catalog.questions
        if let topic = options.topic {
            let wanted = topic.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            let known = Set(catalog.questions.map { $0.topic.lowercased() })
            if let unknown = wanted.first(where: { !known.contains($0) }) {
                throw .unknownTopic(unknown, known: Set(catalog.questions.map(\.topic)).sorted {
                    catalog.topicRank($0) < catalog.topicRank($1)
                })
            }
            questions = questions.filter { wanted.contains($0.topic.lowercased()) }
        }
        let byID = Dictionary(questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let cardByID = Dictionary(cards.map { ($0.questionID, $0) }, uniquingKeysWith: { first, _ in first })
        let studyOrder: (QuizQuestion, QuizQuestion) -> Bool = { lhs, rhs in
            (catalog.topicRank(lhs.topic), difficultyRank(lhs.difficulty), lhs.id)
                < (catalog.topicRank(rhs.topic), difficultyRank(rhs.difficulty), rhs.id)
        }

        var items: [QuizItem] = []
        var chosen = Set<String>()
        func add(_ question: QuizQuestion, _ reason: QuizItem.Reason) {
            guard items.count < options.count, !chosen.contains(question.id) else { return }
            chosen.insert(question.id)
            items.append(QuizItem(question: question, reason: reason))
        }

        let due = cards.filter { $0.due <= now && byID[$0.questionID] != nil }
            .sorted { ($0.due, $0.questionID) < ($1.due, $1.questionID) }
        for card in due {
            if let question = byID[card.questionID] { add(question, .due) }
        }
        // Questions answered wrong (e.g. in an exam) that have no due card yet.
        for item in openItems where item.kind == .question {
            if let question = byID[item.reference] { add(question, .missed) }
        }
        // New questions of concepts whose problems failed come before other new ones.
        var newAdded = 0
        let unseen = questions.filter { cardByID[$0.id] == nil }.sorted(by: studyOrder)
        let failedTopics = openItems.filter { $0.kind == .problem && !$0.topic.isEmpty }.map { $0.topic.lowercased() }
        for topic in failedTopics {
            for question in unseen where question.topic.lowercased() == topic && newAdded < options.newLimit {
                let before = items.count
                add(question, .missed)
                if items.count > before {
                    newAdded += 1
                    break
                }
            }
        }
        for question in unseen where newAdded < options.newLimit {
            let before = items.count
            add(question, .new)
            if items.count > before { newAdded += 1 }
        }
        return items
    }

    static func difficultyRank(_ difficulty: String) -> Int {
        ["easy", "medium", "hard"].firstIndex(of: difficulty) ?? 3
    }
}
