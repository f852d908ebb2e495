/// The kinds of conceptual question.
public enum QuestionType: String, Sendable, Codable, CaseIterable {
    case singleChoice = "single_choice"
    case multipleSelect = "multiple_select"
    case trueFalse = "true_false"
    /// Free text matched against accepted variants.
    case shortAnswer = "short_answer"
    /// Put items in order; `items` holds the correct order.
    case ordering
    /// A code snippet and choices naming what is wrong with it.
    case spotTheProblem = "spot_the_problem"
    /// Predict a plan property of a snippet on a dataset; the answer is computed by running it.
    case predictPlan = "predict_plan"
}

/// What a `predict_plan` question asks for.
public enum PlanPrediction: String, Sendable, Codable, CaseIterable {
    case shuffles
    case stages
    case joinStrategy = "join_strategy"
    case partitions
}

/// One answer option of a choice question.
public struct QuestionChoice: Sendable, Hashable, Codable {
    public var text: String
    public var correct: Bool
    /// Why this option is right or wrong (optional; shown after answering).
    public var why: String?

    public init(text: String, correct: Bool, why: String? = nil) {
        self.text = text
        self.correct = correct
        self.why = why
    }
}

/// A conceptual question from `Problems/questions/<topic>.yaml`.
public struct Question: Sendable, Hashable, Codable {
    public var id: String
    public var topic: String
    public var type: QuestionType
    public var difficulty: Difficulty
    /// Markdown.
    public var prompt: String
    /// A snippet, for `spot_the_problem` and `predict_plan`.
    public var code: String?
    /// For `single_choice`, `multiple_select`, `spot_the_problem` (and optionally `predict_plan`).
    public var choices: [QuestionChoice]
    /// For `true_false`.
    public var answer: Bool?
    /// For `short_answer`: every accepted variant.
    public var accepted: [String]
    public var caseSensitive: Bool
    /// For `ordering`: the items in the correct order.
    public var items: [String]
    /// For `predict_plan`: the dataset in the project's dataset format (JSON text).
    public var datasetJSON: String?
    /// For `predict_plan`: what to predict.
    public var predict: PlanPrediction?
    /// For `predict_plan`: the answer real Spark gave, as text (`"2"`, `"SortMergeJoin"`), computed
    /// by the oracle by running `code` on the dataset; never typed by an author.
    public var computedAnswer: String?
    /// Markdown shown after answering.
    public var explanation: String
    /// The config name or documentation section that backs the answer.
    public var reference: String?

    public init(id: String, topic: String, type: QuestionType, difficulty: Difficulty, prompt: String,
                code: String? = nil, choices: [QuestionChoice] = [], answer: Bool? = nil, accepted: [String] = [],
                caseSensitive: Bool = false, items: [String] = [], datasetJSON: String? = nil,
                predict: PlanPrediction? = nil, computedAnswer: String? = nil, explanation: String,
                reference: String? = nil) {
        self.id = id
        self.topic = topic
        self.type = type
        self.difficulty = difficulty
        self.prompt = prompt
        self.code = code
        self.choices = choices
        self.answer = answer
        self.accepted = accepted
        self.caseSensitive = caseSensitive
        self.items = items
        self.datasetJSON = datasetJSON
        self.predict = predict
        self.computedAnswer = computedAnswer
        self.explanation = explanation
        self.reference = reference
    }

    /// The `predict_plan` dataset, parsed.
    public var dataset: TestData? {
        guard let datasetJSON, let json = try? JSONValue.parse(datasetJSON),
              let tables = json["tables"]?.objectValue else { return nil }
        var conf: [String: String] = [:]
        for pair in json["conf"]?.objectValue ?? [] { conf[pair.key] = pair.value.stringValue ?? pair.value.jsonText }
        return TestData(
            tables: tables.map { pair in
                TableData(name: pair.key, schema: pair.value["schema"]?.stringValue ?? "",
                          rows: (pair.value["rows"]?.arrayValue ?? []).map { $0.arrayValue ?? [] })
            },
            conf: conf)
    }
}
