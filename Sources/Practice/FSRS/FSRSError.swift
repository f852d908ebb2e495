/// Why a scheduler could not be configured.
public enum FSRSError: Error, Sendable, Equatable, CustomStringConvertible {
    case wrongParameterCount(expected: Int, got: Int)
    case parametersOutOfBounds([String])
    case desiredRetentionOutOfRange(Double)
    case invalidStep(Double)
    case invalidMaximumInterval(Int)

    public var description: String {
        switch self {
        case .wrongParameterCount(let expected, let got):
            "FSRS needs \(expected) parameters, got \(got)."
        case .parametersOutOfBounds(let messages):
            "One or more FSRS parameters are out of bounds:\n" + messages.joined(separator: "\n")
        case .desiredRetentionOutOfRange(let value):
            "Desired retention must be greater than 0 and less than 1 (e.g. 0.9), got \(value)."
        case .invalidStep(let seconds):
            "Learning and relearning steps must be positive durations, got \(seconds) seconds."
        case .invalidMaximumInterval(let days):
            "The maximum interval must be at least 1 day, got \(days)."
        }
    }
}
