import Foundation

/// The FSRS-6 memory model: stability, difficulty and intervals.
extension FSRSScheduler {
    static let minimumDifficulty = 1.0
    static let maximumDifficulty = 10.0

    func clampStability(_ stability: Double) -> Double {
        max(stability, FSRSParameters.stabilityMinimum)
    }

    func clampDifficulty(_ difficulty: Double) -> Double {
        min(max(difficulty, Self.minimumDifficulty), Self.maximumDifficulty)
    }

    func initialStability(_ rating: Rating) -> Double {
        clampStability(parameters[rating.rawValue - 1])
    }

    func initialDifficulty(_ rating: Rating, clamp: Bool) -> Double {
        let difficulty = parameters[4] - pow(M_E, parameters[5] * Double(rating.rawValue - 1)) + 1
        return clamp ? clampDifficulty(difficulty) : difficulty
    }

    /// Whole days until retrievability falls to the desired retention (1 … maximum interval).
    func nextInterval(_ stability: Double) -> Int {
        let exact = (stability / factor) * (pow(desiredRetention, 1 / decay) - 1)
        let rounded = exact.rounded(.toNearestOrEven)
        guard rounded.isFinite else { return maximumInterval }
        return min(max(Int(rounded), 1), maximumInterval)
    }

    /// Stability after a review on the same day as the previous one.
    func shortTermStability(_ stability: Double, rating: Rating) -> Double {
        var increase = pow(M_E, parameters[17] * (Double(rating.rawValue) - 3 + parameters[18]))
            * pow(stability, -parameters[19])
        if rating != .again {
            increase = max(increase, 1.0)
        }
        return clampStability(stability * increase)
    }

    func nextDifficulty(_ difficulty: Double, rating: Rating) -> Double {
        let easyTarget = initialDifficulty(.easy, clamp: false)
        let delta = -(parameters[6] * (Double(rating.rawValue) - 3))
        let damped = difficulty + (10.0 - difficulty) * delta / 9.0
        let reverted = parameters[7] * easyTarget + (1 - parameters[7]) * damped
        return clampDifficulty(reverted)
    }

    func nextStability(difficulty: Double, stability: Double, retrievability: Double, rating: Rating) -> Double {
        let next: Double
        if rating == .again {
            next = nextForgetStability(difficulty: difficulty, stability: stability, retrievability: retrievability)
        } else {
            next = nextRecallStability(
                difficulty: difficulty, stability: stability, retrievability: retrievability, rating: rating)
        }
        return clampStability(next)
    }

    func nextForgetStability(difficulty: Double, stability: Double, retrievability: Double) -> Double {
        let longTerm = parameters[11]
            * pow(difficulty, -parameters[12])
            * (pow(stability + 1, parameters[13]) - 1)
            * pow(M_E, (1 - retrievability) * parameters[14])
        let shortTerm = stability / pow(M_E, parameters[17] * parameters[18])
        return min(longTerm, shortTerm)
    }

    func nextRecallStability(difficulty: Double, stability: Double, retrievability: Double, rating: Rating) -> Double {
        let hardPenalty = rating == .hard ? parameters[15] : 1
        let easyBonus = rating == .easy ? parameters[16] : 1
        return stability * (1
            + pow(M_E, parameters[8])
            * (11 - difficulty)
            * pow(stability, -parameters[9])
            * (pow(M_E, (1 - retrievability) * parameters[10]) - 1)
            * hardPenalty
            * easyBonus)
    }

    /// The fuzzed interval for `days` given a uniform `unit` in [0, 1), or nil when no fuzz applies.
    func fuzzedIntervalDays(_ days: Int, unit: Double) -> Int? {
        guard Double(days) >= 2.5 else { return nil }
        let ranges: [(start: Double, end: Double, factor: Double)] = [
            (2.5, 7.0, 0.15), (7.0, 20.0, 0.1), (20.0, .infinity, 0.05),
        ]
        var delta = 1.0
        for range in ranges {
            delta += range.factor * max(min(Double(days), range.end) - range.start, 0.0)
        }
        var minimum = Int((Double(days) - delta).rounded(.toNearestOrEven))
        var maximum = Int((Double(days) + delta).rounded(.toNearestOrEven))
        minimum = max(2, minimum)
        maximum = min(maximum, maximumInterval)
        minimum = min(minimum, maximum)
        let fuzzed = unit * Double(maximum - minimum + 1) + Double(minimum)
        return min(Int(fuzzed.rounded(.toNearestOrEven)), maximumInterval)
    }
}
