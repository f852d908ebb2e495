/// How many records an import added.
public struct ImportSummary: Sendable, Equatable {
    public var submissions = 0
    public var reviews = 0
    public var cards = 0
    public var hints = 0
    public var exams = 0
    public var activity = 0
    public var reviewItems = 0

    public var total: Int { submissions + reviews + cards + hints + exams + activity + reviewItems }
}
