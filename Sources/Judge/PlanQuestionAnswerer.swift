import ProblemBank
import PySparkBridge

/// Answers a `predict_plan` question on SparkLite, the way `tools/spark-oracle` answers it on real
/// Spark: `shuffles` is the plan's shuffle count, `stages` shuffles + 1, `join_strategy` the first join
/// operator of the physical plan (or "none"), `partitions` the result's partition count after adaptive
/// execution. The bank keeps real Spark's answer; this one cross-checks it (`dojo bank build`) and
/// shows where SparkLite plans differently.
public enum PlanQuestionAnswerer {
    /// SparkLite's answer as the bank writes answers (`"2"`, `"SortMergeJoin"`), or why it has none.
    public static func answer(_ question: Question, executor: EmbeddedExecutor = EmbeddedExecutor()) -> Result<String, PlanAnswerFailure> {
        guard let code = question.code, let predict = question.predict, let datasetJSON = question.datasetJSON else {
            return .failure(PlanAnswerFailure(questionID: question.id, message: "it is not a predict_plan question with code and a dataset"))
        }
        let dataset: Dataset
        do {
            dataset = try Dataset.parse(datasetJSON, path: "question \(question.id)")
        } catch {
            return .failure(PlanAnswerFailure(questionID: question.id, message: "\(error)"))
        }
        switch executor.execute(source: code, fileName: "\(question.id).py", dataset: dataset) {
        case .failure(let error):
            return .failure(PlanAnswerFailure(questionID: question.id, message: "the snippet failed on SparkLite: \(error.errorClass): \(error.message)"))
        case .success(let run):
            switch predict {
            case .shuffles: return .success(String(run.shuffles))
            case .stages: return .success(String(run.shuffles + 1))
            case .joinStrategy: return .success(run.operators.lazy.compactMap(PlanText.joinName).first ?? "none")
            case .partitions:
                guard let partitions = run.metrics.outputPartitions else {
                    return .failure(PlanAnswerFailure(questionID: question.id, message: "SparkLite did not report the result's partition count"))
                }
                return .success(String(partitions))
            }
        }
    }

    /// Every `predict_plan` question of `questions` whose SparkLite answer differs from real Spark's.
    public static func disagreements(_ questions: [Question], executor: EmbeddedExecutor = EmbeddedExecutor()) -> [PlanAnswerDisagreement] {
        questions.filter { $0.type == .predictPlan }.compactMap { question in
            let real = question.computedAnswer ?? "?"
            switch answer(question, executor: executor) {
            case .success(let ours) where ours == real: return nil
            case .success(let ours): return PlanAnswerDisagreement(questionID: question.id, predict: question.predict, realSpark: real, sparkLite: ours)
            case .failure(let failure): return PlanAnswerDisagreement(questionID: question.id, predict: question.predict, realSpark: real, sparkLite: nil, failure: failure.message)
            }
        }
    }
}

/// Why SparkLite could not answer a plan question.
public struct PlanAnswerFailure: Error, Sendable, CustomStringConvertible {
    public var questionID: String
    public var message: String
    public var description: String { "question \(questionID): \(message)" }
}

/// A plan question SparkLite answers differently from real Spark (or cannot answer).
public struct PlanAnswerDisagreement: Sendable, CustomStringConvertible {
    public var questionID: String
    public var predict: PlanPrediction?
    public var realSpark: String
    public var sparkLite: String?
    public var failure: String?

    public var description: String {
        let what = predict?.rawValue ?? "answer"
        if let sparkLite { return "\(questionID): \(what) is \(realSpark) on real Spark, \(sparkLite) on SparkLite" }
        return "\(questionID): \(what) is \(realSpark) on real Spark; \(failure ?? "SparkLite has no answer")"
    }
}
