import Foundation

/// The FSRS-6 scheduler, matching the `fsrs` package on PyPI (py-fsrs 6.x) review for review.
///
/// Learning and relearning steps are short intervals (minutes) before a card graduates to
/// `.review`, where intervals are whole days computed from the card's stability so that the
/// predicted recall at the due time equals the desired retention.
///
/// ```swift
/// let scheduler = try FSRSScheduler(desiredRetention: 0.9)
/// let (card, log) = scheduler.review(.new(dueAt: now), rating: .good, at: now)
/// ```
public struct FSRSScheduler: Sendable, Equatable {
    public let parameters: FSRSParameters
    public let desiredRetention: Double
    /// Learning steps in seconds (default 1 and 10 minutes).
    public let learningSteps: [TimeInterval]
    /// Relearning steps in seconds (default 10 minutes).
    public let relearningSteps: [TimeInterval]
    /// The longest interval in days a review card can get.
    public let maximumInterval: Int
    /// Off by default so that due dates are reproducible.
    public let enableFuzzing: Bool

    let decay: Double
    let factor: Double

    public static let defaultLearningSteps: [TimeInterval] = [60, 600]
    public static let defaultRelearningSteps: [TimeInterval] = [600]

    public init(
        parameters: FSRSParameters = .default,
        desiredRetention: Double = 0.9,
        learningSteps: [TimeInterval] = FSRSScheduler.defaultLearningSteps,
        relearningSteps: [TimeInterval] = FSRSScheduler.defaultRelearningSteps,
        maximumInterval: Int = 36500,
        enableFuzzing: Bool = false
    ) throws(FSRSError) {
        guard desiredRetention > 0, desiredRetention < 1 else {
            throw .desiredRetentionOutOfRange(desiredRetention)
        }
        if let bad = (learningSteps + relearningSteps).first(where: { !($0 > 0) || !$0.isFinite }) {
            throw .invalidStep(bad)
        }
        guard maximumInterval >= 1 else { throw .invalidMaximumInterval(maximumInterval) }
        self.init(
            unchecked: parameters, desiredRetention: desiredRetention, learningSteps: learningSteps,
            relearningSteps: relearningSteps, maximumInterval: maximumInterval, enableFuzzing: enableFuzzing)
    }

    private init(
        unchecked parameters: FSRSParameters, desiredRetention: Double, learningSteps: [TimeInterval],
        relearningSteps: [TimeInterval], maximumInterval: Int, enableFuzzing: Bool
    ) {
        self.parameters = parameters
        self.desiredRetention = desiredRetention
        self.learningSteps = learningSteps
        self.relearningSteps = relearningSteps
        self.maximumInterval = maximumInterval
        self.enableFuzzing = enableFuzzing
        decay = -parameters[20]
        factor = pow(0.9, 1 / decay) - 1
    }

    /// The scheduler with every default (desired retention 0.9, no fuzz).
    public static let standard = FSRSScheduler(
        unchecked: .default, desiredRetention: 0.9, learningSteps: defaultLearningSteps,
        relearningSteps: defaultRelearningSteps, maximumInterval: 36500, enableFuzzing: false)

    /// The predicted probability of recalling `card` at `date` (0 for a card never reviewed).
    public func retrievability(of card: Card, at date: Date) -> Double {
        guard let lastReview = card.lastReview, let stability = card.stability else { return 0 }
        let elapsedDays = max(0, Self.wholeDays(from: lastReview, to: date))
        return pow(1 + factor * Double(elapsedDays) / stability, decay)
    }

    /// Reviews `card` without fuzz (or with system randomness when fuzzing is enabled).
    public func review(
        _ card: Card, rating: Rating, at date: Date, durationMilliseconds: Int? = nil
    ) -> (card: Card, log: ReviewLog) {
        var source = SystemFuzzSource()
        return review(card, rating: rating, at: date, durationMilliseconds: durationMilliseconds, fuzz: &source)
    }

    /// Reviews `card` with `rating` at `date`, drawing fuzz (when enabled) from `fuzz`.
    public func review<Source: FuzzSource>(
        _ card: Card, rating: Rating, at date: Date, durationMilliseconds: Int? = nil, fuzz: inout Source
    ) -> (card: Card, log: ReviewLog) {
        var card = card
        let daysSinceLastReview = card.lastReview.map { Self.wholeDays(from: $0, to: date) }
        let interval: ScheduledInterval

        switch card.state {
        case .learning:
            updateMemory(&card, rating: rating, at: date, daysSinceLastReview: daysSinceLastReview)
            interval = nextStep(&card, rating: rating, steps: learningSteps)

        case .review:
            let stability = card.stability ?? FSRSParameters.stabilityMinimum
            let difficulty = card.difficulty ?? initialDifficulty(.good, clamp: true)
            if let days = daysSinceLastReview, days < 1 {
                card.stability = shortTermStability(stability, rating: rating)
            } else {
                card.stability = nextStability(
                    difficulty: difficulty, stability: stability,
                    retrievability: retrievability(of: card, at: date), rating: rating)
            }
            card.difficulty = nextDifficulty(difficulty, rating: rating)
            if rating == .again, !relearningSteps.isEmpty {
                card.state = .relearning
                card.step = 0
                interval = .steps(Self.microseconds(relearningSteps[0]))
            } else {
                interval = .days(nextInterval(card.stability ?? stability))
            }

        case .relearning:
            updateMemory(&card, rating: rating, at: date, daysSinceLastReview: daysSinceLastReview)
            interval = nextStep(&card, rating: rating, steps: relearningSteps)
        }

        var microseconds: Int64
        switch interval {
        case .steps(let value): microseconds = value
        case .days(let days): microseconds = Int64(days) * Self.microsecondsPerDay
        }
        if enableFuzzing, card.state == .review {
            let days = Self.floorDivide(microseconds, Self.microsecondsPerDay)
            if let fuzzed = fuzzedIntervalDays(Int(days), unit: fuzz.nextUnit()) {
                microseconds = Int64(fuzzed) * Self.microsecondsPerDay
            }
        }
        card.due = date.addingTimeInterval(Double(microseconds) / 1_000_000)
        card.lastReview = date
        return (card, ReviewLog(rating: rating, reviewedAt: date, durationMilliseconds: durationMilliseconds))
    }

    /// Replays `logs` (in time order) on a new card, e.g. after the desired retention changed.
    public func reschedule(_ logs: [ReviewLog], newCardDue: Date) -> Card {
        var card = Card.new(dueAt: newCardDue)
        for log in logs.sorted(by: { $0.reviewedAt < $1.reviewedAt }) {
            card = review(card, rating: log.rating, at: log.reviewedAt).card
        }
        return card
    }

    // MARK: - Steps

    private enum ScheduledInterval {
        case steps(Int64)
        case days(Int)
    }

    /// Stability and difficulty for a card in learning or relearning.
    private func updateMemory(_ card: inout Card, rating: Rating, at date: Date, daysSinceLastReview: Int?) {
        guard let stability = card.stability, let difficulty = card.difficulty else {
            card.stability = initialStability(rating)
            card.difficulty = initialDifficulty(rating, clamp: true)
            return
        }
        if let days = daysSinceLastReview, days < 1 {
            card.stability = shortTermStability(stability, rating: rating)
        } else {
            card.stability = nextStability(
                difficulty: difficulty, stability: stability,
                retrievability: retrievability(of: card, at: date), rating: rating)
        }
        card.difficulty = nextDifficulty(difficulty, rating: rating)
    }

    /// The next (re)learning step, or graduation to review.
    private func nextStep(_ card: inout Card, rating: Rating, steps: [TimeInterval]) -> ScheduledInterval {
        let step = card.step ?? 0
        // A card may carry a step beyond this scheduler's steps if they were shortened since.
        if steps.isEmpty || (step >= steps.count && rating != .again) {
            return graduate(&card)
        }
        switch rating {
        case .again:
            card.step = 0
            return .steps(Self.microseconds(steps[0]))
        case .hard:
            card.step = step
            if step == 0, steps.count == 1 {
                return .steps(Self.divideRoundingHalfEven(Self.microseconds(steps[0]) * 3, by: 2))
            }
            if step == 0 {
                return .steps(Self.divideRoundingHalfEven(
                    Self.microseconds(steps[0]) + Self.microseconds(steps[1]), by: 2))
            }
            return .steps(Self.microseconds(steps[step]))
        case .good:
            if step + 1 == steps.count { return graduate(&card) }
            card.step = step + 1
            return .steps(Self.microseconds(steps[step + 1]))
        case .easy:
            return graduate(&card)
        }
    }

    private func graduate(_ card: inout Card) -> ScheduledInterval {
        card.state = .review
        card.step = nil
        return .days(nextInterval(card.stability ?? FSRSParameters.stabilityMinimum))
    }

    // MARK: - Time arithmetic (as Python's timedelta does it)

    static let microsecondsPerDay: Int64 = 86_400_000_000

    static func microseconds(_ seconds: TimeInterval) -> Int64 {
        Int64((seconds * 1_000_000).rounded(.toNearestOrEven))
    }

    /// Whole days between two instants, rounded down (`timedelta.days`).
    static func wholeDays(from start: Date, to end: Date) -> Int {
        let elapsed = microseconds(end.timeIntervalSince(start))
        return Int(floorDivide(elapsed, microsecondsPerDay))
    }

    static func floorDivide(_ value: Int64, _ divisor: Int64) -> Int64 {
        let quotient = value / divisor
        return (value % divisor != 0 && (value < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }

    static func divideRoundingHalfEven(_ value: Int64, by divisor: Int64) -> Int64 {
        let quotient = floorDivide(value, divisor)
        let twiceRemainder = 2 * (value - quotient * divisor)
        if twiceRemainder > divisor || (twiceRemainder == divisor && quotient % 2 != 0) {
            return quotient + 1
        }
        return quotient
    }
}
