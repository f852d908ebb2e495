import Foundation

/// A timed mock exam: questions chosen by domain weight, answers collected without feedback, a
/// score by domain at the end. It does no input or output and keeps no clock: the caller says
/// how much time has passed.
public struct MockExam: Sendable {
    public struct Answer: Sendable, Equatable, Codable {
        public var questionID: String
        public var domain: String
        public var topic: String
        /// nil when the question was never answered (time up or end of input).
        public var response: String?
        public var correct: Bool

        enum CodingKeys: String, CodingKey {
            case questionID = "question_id", domain, topic, response, correct
        }
    }

    public let configuration: ExamConfiguration
    public let questions: [QuizQuestion]
    public let startedAt: Date
    public private(set) var responses: [String: String] = [:]
    public private(set) var position = 0

    /// Chooses the questions and starts the exam.
    public init(catalog: PracticeCatalog, configuration: ExamConfiguration, startedAt: Date) throws(ExamError) {
        guard !catalog.questions.isEmpty else { throw .noQuestions }
        self.configuration = configuration
        self.startedAt = startedAt
        questions = Self.choose(from: catalog.questions, configuration: configuration)
    }

    /// How many questions each domain gets: largest remainders of the weighted shares, capped by
    /// the questions available, the shortfall passed on to the domains that still have some.
    public static func allocate(available: [String: Int], weights: [String: Double], total: Int) -> [String: Int] {
        var usable = available.filter { $0.value > 0 && (weights[$0.key] ?? 0) > 0 }
        var effective = weights
        if usable.isEmpty {
            usable = available.filter { $0.value > 0 }
            effective = Dictionary(uniqueKeysWithValues: usable.keys.map { ($0, 1.0) })
        }
        var allocation = Dictionary(uniqueKeysWithValues: usable.keys.map { ($0, 0) })
        var remaining = min(total, usable.values.reduce(0, +))
        while remaining > 0 {
            let open = usable.keys.filter { allocation[$0, default: 0] < usable[$0, default: 0] }.sorted()
            let weightSum = open.reduce(0) { $0 + (effective[$1] ?? 0) }
            guard !open.isEmpty, weightSum > 0 else { break }
            let shares = open.map { (domain: $0, share: Double(remaining) * (effective[$0] ?? 0) / weightSum) }
            var given = 0
            for entry in shares {
                let room = usable[entry.domain, default: 0] - allocation[entry.domain, default: 0]
                let whole = min(Int(entry.share.rounded(.down)), room)
                allocation[entry.domain, default: 0] += whole
                given += whole
            }
            // Largest remainders take the seats left by rounding down.
            let byRemainder = shares.sorted {
                let left = $0.share - $0.share.rounded(.down)
                let right = $1.share - $1.share.rounded(.down)
                return left != right ? left > right : $0.domain < $1.domain
            }
            for entry in byRemainder where given < remaining {
                if allocation[entry.domain, default: 0] < usable[entry.domain, default: 0] {
                    allocation[entry.domain, default: 0] += 1
                    given += 1
                }
            }
            guard given > 0 else { break }
            remaining -= given
        }
        return allocation.filter { $0.value > 0 }
    }

    static func choose(from all: [QuizQuestion], configuration: ExamConfiguration) -> [QuizQuestion] {
        let byDomain = Dictionary(grouping: all, by: \.domain)
        let allocation = allocate(
            available: byDomain.mapValues(\.count), weights: configuration.domainWeights,
            total: configuration.questionCount)
        var generator = SplitMix64(seed: configuration.seed)
        var chosen: [QuizQuestion] = []
        for domain in allocation.keys.sorted() {
            let pool = (byDomain[domain] ?? []).sorted { $0.id < $1.id }
            chosen += pool.shuffled(using: &generator).prefix(allocation[domain] ?? 0)
        }
        return chosen.shuffled(using: &generator)
    }

    /// The question to answer now, or nil when all were answered.
    public var current: QuizQuestion? { position < questions.count ? questions[position] : nil }

    public func isTimeUp(elapsedSeconds: Double) -> Bool { elapsedSeconds >= configuration.timeLimitSeconds }

    public func secondsLeft(elapsedSeconds: Double) -> Double {
        max(0, configuration.timeLimitSeconds - elapsedSeconds)
    }

    /// Takes the answer to the current question; an invalid one (e.g. no such letter) is refused
    /// with a message and the question stays. No right or wrong is revealed.
    public mutating func answer(_ response: String) -> String? {
        guard let question = current else { return "The exam has no more questions." }
        if case .invalid(let message) = AnswerGrader.grade(response, for: question) { return message }
        responses[question.id] = response.trimmingCharacters(in: .whitespacesAndNewlines)
        position += 1
        return nil
    }

    /// Every question with the answer given (unanswered ones count as wrong).
    public var answers: [Answer] {
        questions.map { question in
            let response = responses[question.id]
            let correct = response.map { AnswerGrader.grade($0, for: question).isCorrect } ?? false
            return Answer(
                questionID: question.id, domain: question.domain, topic: question.topic, response: response,
                correct: correct)
        }
    }

    public var score: ExamScore {
        var order: [String] = []
        var totals: [String: (correct: Int, total: Int)] = [:]
        for answer in answers {
            if totals[answer.domain] == nil { order.append(answer.domain) }
            totals[answer.domain, default: (0, 0)].total += 1
            if answer.correct { totals[answer.domain, default: (0, 0)].correct += 1 }
        }
        let domains = order.map {
            ExamScore.DomainScore(domain: $0, correct: totals[$0]?.correct ?? 0, total: totals[$0]?.total ?? 0)
        }
        return ExamScore(
            domains: domains, correct: domains.reduce(0) { $0 + $1.correct }, total: questions.count,
            passMark: configuration.passMark)
    }

    /// Stores the exam; wrong and unanswered questions become review items for their concept.
    @discardableResult
    public func record(in store: ProgressStore, finishedAt: Date) throws(ProgressStoreError) -> ExamRecord {
        let score = score
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let config = (try? encoder.encode(configuration)).flatMap { String(data: $0, encoding: .utf8) } ?? "{}"
        let answersJSON = (try? encoder.encode(answers)).flatMap { String(data: $0, encoding: .utf8) } ?? "[]"
        let scoreJSON = (try? encoder.encode(score)).flatMap { String(data: $0, encoding: .utf8) } ?? "{}"
        let record = ExamRecord(
            startedAt: startedAt, finishedAt: finishedAt, configJSON: config, answersJSON: answersJSON,
            scoreByDomainJSON: scoreJSON, correct: score.correct, total: score.total, passed: score.passed,
            completed: position >= questions.count)
        let missed = answers.filter { !$0.correct }.map { (questionID: $0.questionID, topic: $0.topic) }
        return try store.recordExam(record, missed: missed)
    }
}
