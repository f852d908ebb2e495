/// What a review session asks: `dojo quiz [--topic T] [--count N] [--new N]`.
public struct QuizOptions: Sendable, Equatable {
    /// Only questions of this topic (matched ignoring case; several separated by commas), or every topic.
    public var topic: String?
    /// At most this many questions in the session.
    public var count: Int
    /// At most this many questions never seen before.
    public var newLimit: Int

    public init(topic: String? = nil, count: Int = 20, newLimit: Int = 10) {
        self.topic = topic
        self.count = count
        self.newLimit = newLimit
    }
}
