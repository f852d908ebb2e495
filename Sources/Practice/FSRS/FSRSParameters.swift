/// The 21 model weights of FSRS-6, with the defaults and bounds of the `fsrs` package.
public struct FSRSParameters: Sendable, Codable, Equatable {
    public let weights: [Double]

    public static let defaultDecay = 0.1542

    public static let defaultWeights: [Double] = [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666,
        0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658,
        defaultDecay,
    ]

    static let stabilityMinimum = 0.001
    static let initialStabilityMaximum = 100.0

    static let lowerBounds: [Double] = [
        stabilityMinimum, stabilityMinimum, stabilityMinimum, stabilityMinimum,
        1.0, 0.001, 0.001, 0.001, 0.0, 0.0, 0.001, 0.001, 0.001, 0.001, 0.0, 0.0, 1.0,
        0.0, 0.0, 0.0, 0.1,
    ]

    static let upperBounds: [Double] = [
        initialStabilityMaximum, initialStabilityMaximum, initialStabilityMaximum, initialStabilityMaximum,
        10.0, 4.0, 4.0, 0.75, 4.5, 0.8, 3.5, 5.0, 0.25, 0.9, 4.0, 1.0, 6.0, 2.0, 2.0, 0.8, 0.8,
    ]

    public static let `default` = FSRSParameters(validated: defaultWeights)

    /// Checks the count and every weight against the bounds the `fsrs` package enforces.
    public init(weights: [Double]) throws(FSRSError) {
        guard weights.count == Self.lowerBounds.count else {
            throw .wrongParameterCount(expected: Self.lowerBounds.count, got: weights.count)
        }
        var outOfBounds: [String] = []
        for (index, weight) in weights.enumerated()
        where !(Self.lowerBounds[index] <= weight && weight <= Self.upperBounds[index]) {
            outOfBounds.append(
                "parameters[\(index)] = \(weight) is out of bounds: (\(Self.lowerBounds[index]), \(Self.upperBounds[index]))")
        }
        guard outOfBounds.isEmpty else { throw .parametersOutOfBounds(outOfBounds) }
        self.weights = weights
    }

    private init(validated weights: [Double]) {
        self.weights = weights
    }

    public subscript(index: Int) -> Double { weights[index] }
}
