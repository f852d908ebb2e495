import Foundation

/// Checks a typed answer against a question's key.
public enum AnswerGrader {
    public static func grade(_ response: String, for question: QuizQuestion) -> GradedAnswer {
        let text = response.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return .invalid("Type an answer (\(question.type.answerHint)).") }
        switch question.answer {
        case .option(let index):
            if question.options.isEmpty {
                return .invalid("This question has no options to choose from.")
            }
            // Predict-the-plan answers may also be typed as the option's text ("SortMergeJoin").
            if question.type == .predictPlan,
               let typed = question.options.firstIndex(where: { normalize($0) == normalize(text) }) {
                return typed == index ? .correct : .wrong
            }
            switch letters(text, optionCount: question.options.count) {
            case .failure(let error): return .invalid(error.message)
            case .success(let chosen):
                guard chosen.count == 1 else { return .invalid("Choose one letter.") }
                return chosen == [index] ? .correct : .wrong
            }
        case .options(let indices):
            switch letters(text, optionCount: question.options.count) {
            case .failure(let error): return .invalid(error.message)
            case .success(let chosen): return Set(chosen) == indices ? .correct : .wrong
            }
        case .boolean(let value):
            switch normalize(text) {
            case "t", "true", "yes", "y", "a": return value ? .correct : .wrong
            case "f", "false", "no", "n", "b": return value ? .wrong : .correct
            default: return .invalid("Answer t (true) or f (false).")
            }
        case .text(let variants):
            let typed = normalize(text, keepingCase: question.caseSensitive)
            return variants.contains { normalize($0, keepingCase: question.caseSensitive) == typed } ? .correct : .wrong
        case .sequence(let order):
            switch letters(text, optionCount: question.options.count) {
            case .failure(let error): return .invalid(error.message)
            case .success(let chosen):
                guard chosen.count == order.count, Set(chosen).count == chosen.count else {
                    return .invalid("Give all \(order.count) letters once each, in order.")
                }
                return chosen == order ? .correct : .wrong
            }
        }
    }

    /// Lower-cased with runs of whitespace collapsed to one space and the ends trimmed.
    public static func normalize(_ text: String, keepingCase: Bool = false) -> String {
        (keepingCase ? text : text.lowercased()).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Option letters in the order typed, ignoring case, spaces and commas ("B, d" → [1, 3]).
    static func letters(_ text: String, optionCount: Int) -> Result<[Int], LetterError> {
        var indices: [Int] = []
        for character in text.lowercased() where !(character.isWhitespace || character == "," || character == ";") {
            guard let ascii = character.asciiValue, ascii >= 97, ascii <= 122 else {
                return .failure(LetterError(message: "Answer with option letters (a–\(lastLetter(optionCount)))."))
            }
            let index = Int(ascii) - 97
            guard index < optionCount else {
                return .failure(LetterError(message: "There is no option \(character); choose a–\(lastLetter(optionCount))."))
            }
            indices.append(index)
        }
        guard !indices.isEmpty else { return .failure(LetterError(message: "Type at least one letter.")) }
        return .success(indices)
    }

    static func lastLetter(_ count: Int) -> String { QuizQuestion.letter(max(0, count - 1)) }

    struct LetterError: Error {
        let message: String
    }
}
