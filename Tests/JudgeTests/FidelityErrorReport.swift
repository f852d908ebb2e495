import Foundation
import ProblemBank
import PySparkBridge
@testable import Judge

/// The raising cases whose error message, or whose line and column in the solution file, differ from
/// Spark's (expression ids aside): what a user reads besides the class.
struct ErrorTextReport {
    private var compared = 0
    private var messageDiffers: [String] = []
    private var positionDiffers: [String] = []

    mutating func add(path: String, outcome: FidelityOutcome) {
        guard let expected = outcome.expectedError, let actual = outcome.actualError,
              expected["class"]?.stringValue == actual.errorClass else { return }
        compared += 1
        if let difference = Self.messageDifference(expected: expected, actual: actual) {
            messageDiffers.append("message differs: \(path)\n\(difference)")
        }
        let sparkLine = expected["line"]?.intValue.map(Int.init), sparkColumn = expected["column"]?.intValue.map(Int.init)
        if sparkLine != nil && sparkLine != actual.line || sparkColumn != nil && sparkColumn != actual.column {
            positionDiffers.append("position differs: \(path): spark \(Self.position(sparkLine, sparkColumn)), sparklite \(Self.position(actual.line, actual.column))")
        }
    }

    var text: String {
        (messageDiffers + positionDiffers + [
            "error messages: \(compared - messageDiffers.count) of \(compared) raising cases match Spark's",
            "error positions: \(compared - positionDiffers.count) of \(compared) raising cases match Spark's",
        ]).joined(separator: "\n")
    }

    /// Both messages when a Spark error condition's message (expression ids aside) is not Spark's, else nil.
    /// A Python exception (`ValueError`, or `PYTHON_EXCEPTION` from a UDF) is not compared: its text carries
    /// Python's own traceback.
    static func messageDifference(expected: JSONValue, actual: SolutionError) -> String? {
        guard actual.errorClass != "PYTHON_EXCEPTION",
              actual.errorClass.allSatisfy({ $0.isUppercase || $0.isNumber || $0 == "_" || $0 == "." }) else { return nil }
        let spark = withoutIds(text(of: expected["message"]?.stringValue ?? "", errorClass: actual.errorClass))
        let lite = withoutIds(actual.message.trimmingCharacters(in: .whitespacesAndNewlines))
        return spark == lite ? nil : "  spark:     \(spark)\n  sparklite: \(lite)"
    }

    /// Spark's message without its `[CLASS]` prefix and `SQLSTATE: …` suffix, as SparkLite keeps it.
    static func text(of message: String, errorClass: String) -> String {
        var t = message
        if t.hasPrefix("[\(errorClass)] ") { t = String(t.dropFirst(errorClass.count + 3)) }
        if let range = t.range(of: " SQLSTATE: ", options: .backwards) { t = String(t[..<range.lowerBound]) }
        return t.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Expression ids (`salary#12`) as `salary#x`: they count differently in every engine.
    private static func withoutIds(_ text: String) -> String {
        text.replacing(/#\d+/, with: "#x")
    }

    private static func position(_ line: Int?, _ column: Int?) -> String {
        guard let line else { return "none" }
        return column.map { "\(line):\($0)" } ?? "\(line)"
    }
}
