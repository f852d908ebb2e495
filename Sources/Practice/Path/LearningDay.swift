/// One day of the 30-day learning path: a short reading, the topics whose questions to answer,
/// and the problem topics to practise.
public struct LearningDay: Sendable, Equatable {
    public var number: Int
    public var title: String
    /// The phase of the course outline it belongs to.
    public var phase: String
    /// A few sentences to read before the questions.
    public var reading: String
    /// Question and problem topics of the day, in the bank's topic names.
    public var topics: [String]

    public init(number: Int, title: String, phase: String, reading: String, topics: [String]) {
        self.number = number
        self.title = title
        self.phase = phase
        self.reading = reading
        self.topics = topics
    }
}
