/// A coding problem as progress statistics need it.
public struct PracticeProblem: Sendable, Codable, Equatable, Identifiable {
    public var slug: String
    public var title: String
    /// `easy`, `medium` or `hard`.
    public var difficulty: String
    public var topics: [String]

    public var id: String { slug }

    public init(slug: String, title: String, difficulty: String, topics: [String]) {
        self.slug = slug
        self.title = title
        self.difficulty = difficulty
        self.topics = topics
    }

    /// The first topic, which a failed submission is filed under.
    public var primaryTopic: String { topics.first ?? "" }

    static let difficultyOrder = ["easy", "medium", "hard"]

    var difficultyRank: Int { Self.difficultyOrder.firstIndex(of: difficulty) ?? Self.difficultyOrder.count }
}
