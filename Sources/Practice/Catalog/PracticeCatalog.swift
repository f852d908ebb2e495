/// What there is to practise: the bank's problems and questions, and the topics in study order.
public struct PracticeCatalog: Sendable, Equatable {
    public var problems: [PracticeProblem]
    public var questions: [QuizQuestion]
    /// Topics in the order they are learned (the learning path's phases); topics not listed
    /// come after, alphabetically.
    public var topicOrder: [String]

    public init(problems: [PracticeProblem] = [], questions: [QuizQuestion] = [], topicOrder: [String] = []) {
        self.problems = problems
        self.questions = questions
        self.topicOrder = topicOrder
    }

    /// Every topic of a problem or question, in study order.
    public var topics: [String] {
        var seen = Set(topicOrder)
        var extra: [String] = []
        for topic in problems.flatMap(\.topics) + questions.map(\.topic) where !seen.contains(topic) {
            seen.insert(topic)
            extra.append(topic)
        }
        let used = Set(problems.flatMap(\.topics) + questions.map(\.topic))
        return topicOrder.filter { used.contains($0) } + extra.sorted()
    }

    /// Position of a topic in study order (unknown topics last).
    public func topicRank(_ topic: String) -> Int {
        topics.firstIndex(of: topic) ?? Int.max
    }

    public func question(id: String) -> QuizQuestion? {
        questions.first { $0.id == id }
    }

    public func problem(slug: String) -> PracticeProblem? {
        problems.first { $0.slug == slug }
    }
}
