/// Reads `Problems/questions/<topic>.yaml`: `{topic: T, questions: [{id, type, difficulty, prompt, …}]}`.
enum QuestionSource {
    static let commonKeys = ["id", "type", "difficulty", "prompt", "explanation", "reference"]

    static func keys(for type: QuestionType) -> [String] {
        switch type {
        case .singleChoice, .multipleSelect: commonKeys + ["choices"]
        case .trueFalse: commonKeys + ["answer"]
        case .shortAnswer: commonKeys + ["accepted", "case_sensitive"]
        case .ordering: commonKeys + ["items"]
        case .spotTheProblem: commonKeys + ["code", "choices"]
        case .predictPlan: commonKeys + ["code", "dataset", "predict", "choices"]
        }
    }

    /// A parsed question, where its id is, and for `predict_plan` the hash its computed answer must carry.
    struct Parsed {
        var question: Question
        var location: SourceLocation
        var answerHash: String?
    }

    static func parseFile(_ root: SourceNode, expectedTopic: String, reader: inout SourceFileReader) -> [Parsed] {
        guard reader.mapping(root, what: "a question file") != nil else { return [] }
        reader.checkKeys(root, known: ["topic", "questions"], what: "key")
        guard let topic = reader.string(root, "topic", required: true) else { return [] }
        if topic != expectedTopic {
            reader.error(root["topic"]?.location ?? root.location, "topic '\(topic)' does not match the file name '\(expectedTopic).yaml'")
        }
        guard let node = reader.requiredNode(root, "questions"), let items = reader.sequence(node, what: "'questions'") else { return [] }
        return items.compactMap { item in
            parse(item, topic: topic, reader: &reader).map {
                Parsed(question: $0.0, location: item["id"]?.location ?? item.location, answerHash: $0.1)
            }
        }
    }

    static func parse(_ node: SourceNode, topic: String, reader: inout SourceFileReader) -> (Question, String?)? {
        guard reader.mapping(node, what: "a question") != nil else { return nil }
        guard let id = reader.string(node, "id", required: true) else { return nil }
        if !ProblemSource.isValidSlug(id) {
            reader.error(node["id"]?.location ?? node.location, "question id '\(id)' must be lower-case words joined by hyphens")
        }
        guard let typeText = reader.string(node, "type", required: true) else { return nil }
        guard let type = QuestionType(rawValue: typeText) else {
            reader.error(node["type"]?.location ?? node.location, "unknown question type '\(typeText)'"
                + SourceFileReader.suggestion(for: typeText, among: QuestionType.allCases.map(\.rawValue)))
            return nil
        }
        let before = reader.diagnostics.count
        reader.checkKeys(node, known: keys(for: type), what: "key for a \(type.rawValue) question")
        var difficulty: Difficulty?
        if let text = reader.string(node, "difficulty", required: true) {
            difficulty = Difficulty(rawValue: text)
            if difficulty == nil {
                reader.error(node["difficulty"]?.location ?? node.location, "difficulty '\(text)' must be one of: easy, medium, hard")
            }
        }
        let prompt = reader.string(node, "prompt", required: true)
        let explanation = reader.string(node, "explanation", required: true)
        var question = Question(id: id, topic: topic, type: type, difficulty: difficulty ?? .easy, prompt: prompt ?? "",
                                explanation: explanation ?? "", reference: reader.string(node, "reference", required: false))
        let at = node.location
        var answerHash: String?
        switch type {
        case .singleChoice, .multipleSelect, .spotTheProblem:
            if type == .spotTheProblem { question.code = reader.string(node, "code", required: true) }
            question.choices = parseChoices(node, required: true, reader: &reader)
            let correct = question.choices.filter(\.correct).count
            if question.choices.count < 2 {
                reader.error(node["choices"]?.location ?? at, "question '\(id)' needs at least two choices")
            } else if correct == 0 {
                reader.error(node["choices"]?.location ?? at, "question '\(id)' has no correct answer (mark one with 'correct: true')")
            } else if type != .multipleSelect && correct > 1 {
                reader.error(node["choices"]?.location ?? at, "question '\(id)' is \(type.rawValue) but has \(correct) correct choices")
            }
        case .trueFalse:
            question.answer = reader.bool(node, "answer")
            if node["answer"] == nil { reader.error(at, "question '\(id)' has no correct answer (add 'answer: true' or 'answer: false')") }
        case .shortAnswer:
            question.accepted = reader.stringList(node, "accepted", required: false) ?? []
            question.caseSensitive = reader.bool(node, "case_sensitive") ?? false
            if question.accepted.isEmpty { reader.error(node["accepted"]?.location ?? at, "question '\(id)' has no correct answer (list 'accepted' variants)") }
        case .ordering:
            question.items = reader.stringList(node, "items", required: true) ?? []
            if question.items.count < 2 { reader.error(node["items"]?.location ?? at, "question '\(id)' needs at least two items to order") }
            if Set(question.items).count != question.items.count { reader.error(node["items"]?.location ?? at, "question '\(id)' has repeated items") }
        case .predictPlan:
            question.code = reader.string(node, "code", required: true)
            if let text = reader.string(node, "predict", required: true) {
                question.predict = PlanPrediction(rawValue: text)
                if question.predict == nil {
                    reader.error(node["predict"]?.location ?? at, "unknown prediction '\(text)' (expected one of: \(PlanPrediction.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
            }
            if let datasetNode = reader.requiredNode(node, "dataset"),
               let (data, tables) = TestDataSource.parse(datasetNode, declared: nil, context: "dataset of '\(id)'", reader: &reader) {
                let dataset = data.materialise(declared: tables)
                question.datasetJSON = dataset.datasetJSON.jsonText
                if let code = question.code, let predict = question.predict {
                    answerHash = InputHash.compute(code: code, dataset: data, predict: predict.rawValue)
                }
            }
            question.choices = parseChoices(node, required: false, reader: &reader)
            if question.choices.contains(where: \.correct) {
                reader.error(node["choices"]?.location ?? at, "predict_plan answers are computed by running the snippet; do not mark a choice correct")
            }
        }
        return reader.diagnostics[before...].contains { $0.severity == .error } ? nil : (question, answerHash)
    }

    static func parseChoices(_ node: SourceNode, required: Bool, reader: inout SourceFileReader) -> [QuestionChoice] {
        guard let choicesNode = required ? reader.requiredNode(node, "choices") : node["choices"],
              let items = reader.sequence(choicesNode, what: "'choices'") else { return [] }
        var choices: [QuestionChoice] = []
        for item in items {
            if case .scalar(let text, _, _) = item {
                choices.append(QuestionChoice(text: text, correct: false))
                continue
            }
            reader.checkKeys(item, known: ["text", "correct", "why"], what: "choice key")
            guard let text = reader.string(item, "text", required: true) else { continue }
            choices.append(QuestionChoice(text: text, correct: reader.bool(item, "correct") ?? false,
                                          why: reader.string(item, "why", required: false)))
        }
        return choices
    }
}
