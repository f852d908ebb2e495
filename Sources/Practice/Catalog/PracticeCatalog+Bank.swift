import Foundation
import ProblemBank

extension PracticeCatalog {
    /// The bank's problems and the questions the quiz can ask, topics in learning-path order.
    public init(bank: Bank) throws(BankError) {
        let problems = try bank.problems().map {
            PracticeProblem(slug: $0.slug, title: $0.title, difficulty: $0.difficulty.rawValue, topics: $0.topics)
        }
        let questions = try bank.questions().compactMap(QuizQuestion.init(bankQuestion:))
        self.init(problems: problems, questions: questions, topicOrder: LearningPath.topicOrder)
    }

    /// Opens the bank in `home`, building it first from `Problems/` when it is missing or stale.
    public static func load(
        home: DataHome, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(BankError) -> PracticeCatalog {
        if let sources = ProblemsLocator.locate(environment: environment) {
            return try PracticeCatalog(bank: Bank.openBuildingIfNeeded(home: home, sources: sources).bank)
        }
        guard FileManager.default.fileExists(atPath: home.bankURL.path) else { throw .sourcesNotFound }
        return try PracticeCatalog(bank: Bank.open(at: home.bankURL))
    }
}

extension QuizQuestion {
    /// The quiz form of a bank question, or nil when it cannot be graded here (a predict-the-plan
    /// question, whose answer the bank does not carry, or a malformed key).
    public init?(bankQuestion question: Question) {
        let type: QuestionType
        let options: [String]
        let answer: AnswerKey
        var explanation = question.explanation.trimmingCharacters(in: .whitespacesAndNewlines)
        // Choices are shown in an order of their own, stable per question, so the position of the right
        // answer in the source file tells nothing (predicted values keep their order: 0, 1, 2).
        let shuffles = [.singleChoice, .spotTheProblem, .multipleSelect].contains(question.type) && question.choices.count > 1
        let shown = shuffles ? Self.displayOrder(count: question.choices.count, seed: question.id) : Array(question.choices.indices)
        let choices = shown.map { question.choices[$0] }
        let notes = choices.enumerated().compactMap { index, choice -> String? in
            guard let why = choice.why, !why.isEmpty else { return nil }
            return "\(QuizQuestion.letter(index))) \(why)"
        }
        if !notes.isEmpty { explanation += "\n" + notes.joined(separator: "\n") }
        let correct = choices.indices.filter { choices[$0].correct }
        switch question.type {
        case .singleChoice, .spotTheProblem:
            guard correct.count == 1 else { return nil }
            type = question.type
            options = choices.map(\.text)
            answer = .option(correct[0])
        case .multipleSelect:
            guard !correct.isEmpty else { return nil }
            type = .multipleSelect
            options = choices.map(\.text)
            answer = .options(Set(correct))
        case .trueFalse:
            guard let value = question.answer else { return nil }
            type = .trueFalse
            options = []
            answer = .boolean(value)
        case .shortAnswer:
            guard !question.accepted.isEmpty else { return nil }
            type = .shortAnswer
            options = []
            answer = .text(question.accepted)
        case .ordering:
            guard question.items.count >= 2 else { return nil }
            type = .ordering
            let order = Self.displayOrder(count: question.items.count, seed: question.id)
            options = order.map { question.items[$0] }
            // The right answer lists, for each item in its true position, where it is shown.
            answer = .sequence(question.items.indices.map { item in order.firstIndex(of: item) ?? 0 })
        case .predictPlan:
            // The oracle's answer; a question whose answer was not computed yet is left out.
            guard let computed = question.computedAnswer?.trimmingCharacters(in: .whitespacesAndNewlines),
                  !computed.isEmpty else { return nil }
            type = .predictPlan
            options = choices.map(\.text)
            if options.isEmpty {
                answer = .text(Self.acceptedPredictions(computed))
            } else {
                let typed = AnswerGrader.normalize(computed)
                guard let index = options.firstIndex(where: { AnswerGrader.normalize($0) == typed }) else { return nil }
                answer = .option(index)
            }
        }
        self.init(
            id: question.id, topic: question.topic, domain: ExamDomain.domain(forTopic: question.topic), type: type,
            difficulty: question.difficulty.rawValue, prompt: question.prompt.trimmingCharacters(in: .whitespacesAndNewlines),
            code: question.code, options: options, answer: answer, explanation: explanation,
            reference: question.reference, caseSensitive: question.caseSensitive,
            data: question.type == .predictPlan ? question.dataset.map(Self.describe) : nil)
    }

    /// The computed answer and, for an operator name, its words ("SortMergeJoin", "sort merge join").
    static func acceptedPredictions(_ computed: String) -> [String] {
        var words = ""
        for character in computed {
            if character.isUppercase, let last = words.last, last.isLowercase { words.append(" ") }
            words.append(character)
        }
        return words == computed ? [computed] : [computed, words]
    }

    /// The tables (and settings) a predict-the-plan snippet runs on, in a few lines.
    static func describe(_ data: TestData) -> String {
        var lines = data.tables.map { table in
            "\(table.name): \(table.schema)" + (table.rows.isEmpty ? "" : " (\(table.rows.count) rows)")
        }
        for key in data.conf.keys.sorted() {
            lines.append("\(key) = \(data.conf[key] ?? "")")
        }
        return lines.joined(separator: "\n")
    }

    /// A shuffled order of `count` items that is never the identity, stable for a question id.
    static func displayOrder(count: Int, seed: String) -> [Int] {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in seed.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
        }
        var generator = SplitMix64(seed: hash)
        let identity = Array(0..<count)
        var order = identity.shuffled(using: &generator)
        if order == identity { order = Array(identity.dropFirst()) + [0] }
        return order
    }
}
