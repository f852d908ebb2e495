import ArgumentParser
import Dispatch
import Foundation
import Practice
import ProblemBank

/// `dojo quiz`: a review session scheduled with FSRS, or a timed mock exam.
struct QuizCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quiz",
        abstract: "Answer conceptual questions, scheduled by spaced repetition (FSRS), or sit a mock exam.",
        discussion: """
            Due reviews come first, then questions you missed, then new ones in learning-path order. \
            Answer with a letter (a-e), several letters for multiple select (e.g. bd), t or f, the \
            letters in order for ordering questions, or text for short answers. After the feedback, \
            press Enter to keep the suggested rating or type 1 (Again), 2 (Hard), 3 (Good), 4 (Easy).

            With piped input, answers are read one per line; a line after an answer that is a \
            rating key (1-4, again/hard/good/easy) or empty is taken as the rating, anything else \
            as the next answer. At the end of input, or on Ctrl-C, what was answered is saved.

            --exam sits a mock exam modelled on the Databricks Certified Associate Developer for \
            Apache Spark: 45 questions in 90 minutes, weighted by exam domain, no feedback until the \
            end, pass at 70%. Published descriptions of the format differ (45/90 and 60/120), so size, \
            time and pass mark are options.
            """)

    @Option(help: "The data directory (default: DOJO_HOME, else $XDG_DATA_HOME/sparkdojo).")
    var home: String?

    @Option(help: "Only questions of this topic (several separated by commas).")
    var topic: String?

    @Option(help: "At most this many questions.")
    var count: Int = 20

    @Option(name: .customLong("new"), help: "At most this many questions never seen before.")
    var newLimit: Int = 10

    @Option(help: "Desired retention for scheduling, between 0 and 1.")
    var retention: Double = 0.9

    @Flag(help: "Sit a timed mock exam instead of a review session.")
    var exam = false

    @Option(help: "Mock exam: number of questions.")
    var size: Int = 45

    @Option(help: "Mock exam: time limit in minutes.")
    var minutes: Double = 90

    @Option(name: .customLong("pass-mark"), help: "Mock exam: share of right answers to pass (0.7 or 70).")
    var passMark: Double = 0.7

    @Option(help: "Mock exam: seed for choosing the questions (default: from the clock).")
    var seed: UInt64?

    func validate() throws {
        guard count >= 1 else { throw ValidationError("--count must be at least 1.") }
        guard newLimit >= 0 else { throw ValidationError("--new must be 0 or more.") }
        guard retention > 0, retention < 1 else { throw ValidationError("--retention must be between 0 and 1, e.g. 0.9.") }
        guard size >= 1 else { throw ValidationError("--size must be at least 1.") }
        guard minutes > 0 else { throw ValidationError("--minutes must be positive.") }
        guard passMark > 0, passMark <= 100 else { throw ValidationError("--pass-mark must be a share (0.7) or a percentage (70).") }
    }

    func run() throws {
        let style = TextStyle.forStandardOutput()
        let context: PracticeContext
        let catalog: PracticeCatalog
        do {
            context = try PracticeContext.open(home: home)
            catalog = try PracticeCatalog.load(home: context.home)
        } catch {
            QuizTerminal.fail("\(error)")
            throw ExitCode.failure
        }
        let input = QuizInput()
        if exam {
            try runExam(context: context, catalog: catalog, input: input, style: style)
        } else {
            try runReview(context: context, catalog: catalog, input: input, style: style)
        }
    }

    // MARK: - Review session

    private func runReview(context: PracticeContext, catalog: PracticeCatalog, input: QuizInput, style: TextStyle) throws {
        let scheduler: FSRSScheduler
        let plan: [QuizItem]
        do {
            scheduler = try FSRSScheduler(desiredRetention: retention)
            plan = try QuizPlanner.plan(
                catalog: catalog, cards: context.store.cards(), openItems: context.store.openReviewItems(),
                options: QuizOptions(topic: topic, count: count, newLimit: newLimit), now: context.clock.now())
        } catch {
            QuizTerminal.fail("\(error)")
            throw ExitCode.failure
        }
        guard !plan.isEmpty else {
            print("Nothing to review now: no question is due and there are no new ones to add.")
            if let next = try? context.store.cards().first?.due {
                print("The next review is due \(HistoryCommand.time(next, context.timeZone)).")
            }
            return
        }
        let run = QuizRun(session: QuizSession(items: plan, store: context.store, scheduler: scheduler))
        QuizTerminal.onInterrupt { run.interrupt(style: style) }
        let due = plan.filter { $0.reason == .due }.count
        print(style.bold("Quiz") + ": \(plan.count) question\(plan.count == 1 ? "" : "s")"
            + " (\(due) due, \(plan.count - due) new or missed)")
        var number = 0
        while let item = run.current {
            number += 1
            print("")
            print(QuizTerminal.render(item.question, number: number, of: plan.count, tag: item.reason.rawValue, style: style))
            var feedback: AnswerFeedback?
            while feedback == nil {
                QuizTerminal.prompt("Answer (\(item.question.answerHint)): ")
                let started = ContinuousClock.now
                guard let line = input.next() else {
                    run.endOfInput(style: style)
                    return
                }
                input.echoIfPiped(line)
                let elapsed = ContinuousClock.now - started
                let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
                switch run.answer(line, seconds: seconds) {
                case .retry(let message): print(style.yellow(message))
                case .graded(let graded): feedback = graded
                }
            }
            guard let feedback else { continue }
            print(QuizTerminal.render(feedback, style: style))
            QuizTerminal.prompt("Rating: \(feedback.suggestedRating.name) suggested. Enter to keep, or 1 Again, 2 Hard, 3 Good, 4 Easy: ")
            guard let choice = readRating(input: input) else {
                // The input ended: the answer in hand is saved with its suggested rating.
                run.endOfInput(style: style)
                return
            }
            do {
                try run.rate(choice)
            } catch {
                QuizTerminal.fail("\(error)")
                throw ExitCode.failure
            }
            print(style.dim("Saved as \((choice ?? feedback.suggestedRating).name)."))
        }
        run.finish(style: style, reason: nil)
    }

    /// The rating after feedback: `.some(nil)` keeps the suggestion, nil means the input ended.
    /// On a terminal one key is enough (Enter, or 1-4); piped, a line that is not a rating is
    /// left as the next answer.
    private func readRating(input: QuizInput) -> Rating?? {
        if input.isTerminal {
            switch QuizTerminal.readRatingKey() {
            case .keep:
                print("")
                return .some(nil)
            case .rating(let chosen):
                print(chosen.name)
                return .some(chosen)
            case .endOfInput:
                return nil
            }
        }
        guard let line = input.next() else { return nil }
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if let chosen = Rating(key: trimmed) {
            input.echoIfPiped(trimmed)
            return .some(chosen)
        }
        input.echoIfPiped("")
        if !trimmed.isEmpty { input.pushBack(line) }
        return .some(nil)
    }

    // MARK: - Mock exam

    private func runExam(context: PracticeContext, catalog: PracticeCatalog, input: QuizInput, style: TextStyle) throws {
        let mock: MockExam
        do {
            let configuration = try ExamConfiguration(
                questionCount: size, timeLimitSeconds: minutes * 60, passMark: passMark > 1 ? passMark / 100 : passMark,
                seed: seed ?? UInt64(max(0, context.clock.now().timeIntervalSince1970)))
            mock = try MockExam(catalog: catalog, configuration: configuration, startedAt: context.clock.now())
        } catch {
            QuizTerminal.fail("\(error)")
            throw ExitCode.failure
        }
        let total = mock.questions.count
        print(style.bold("Mock exam") + ": \(total) questions, \(QuizTerminal.clock(mock.configuration.timeLimitSeconds)),"
            + " pass mark \(Int((mock.configuration.passMark * 100).rounded()))%. No feedback until the end.")
        if total < size {
            print(style.yellow("The bank has only \(total) questions for the exam's domains; the exam is shorter."))
        }
        let started = ContinuousClock.now
        func elapsed() -> Double {
            let duration = ContinuousClock.now - started
            return Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        }
        let state = ExamRun(exam: mock, store: context.store, clock: context.clock)
        QuizTerminal.onInterrupt { state.finish(style: style, reason: "Interrupted.") }
        var ended: String?
        var number = 0
        while let question = state.current {
            if mock.isTimeUp(elapsedSeconds: elapsed()) {
                ended = "Time is up."
                break
            }
            number += 1
            print("")
            let left = QuizTerminal.clock(mock.secondsLeft(elapsedSeconds: elapsed()))
            print(QuizTerminal.render(question, number: number, of: total, tag: "\(left) left", style: style))
            var accepted = false
            while !accepted {
                QuizTerminal.prompt("Answer (\(question.answerHint)): ")
                guard let line = input.next() else {
                    state.finish(style: style, reason: "End of input.")
                    return
                }
                input.echoIfPiped(line)
                if let refusal = state.answer(line) {
                    print(style.yellow(refusal))
                } else {
                    accepted = true
                }
            }
        }
        state.finish(style: style, reason: ended)
    }
}

/// Lines from standard input, with one line of push-back.
final class QuizInput {
    private var pending: [String] = []
    let isTerminal = isatty(STDIN_FILENO) == 1

    func next() -> String? {
        if !pending.isEmpty { return pending.removeFirst() }
        return readLine(strippingNewline: true)
    }

    func pushBack(_ line: String) {
        pending.insert(line, at: 0)
    }

    /// With piped input nothing is echoed by the terminal, so show what was read.
    func echoIfPiped(_ line: String) {
        if !isTerminal { print(line) }
    }
}

/// A review session shared with the interrupt handler.
final class QuizRun: @unchecked Sendable {
    private let lock = NSLock()
    private var session: QuizSession
    private var finished = false

    init(session: QuizSession) {
        self.session = session
    }

    var current: QuizItem? { lock.withLock { session.current } }

    func answer(_ line: String, seconds: Double) -> QuizSession.Step {
        lock.withLock { session.answer(line, seconds: seconds) }
    }

    func rate(_ rating: Rating?) throws {
        try lock.withLock { _ = try session.rate(rating) }
    }

    func endOfInput(style: TextStyle) {
        print("")
        finish(style: style, reason: "End of input.")
    }

    func interrupt(style: TextStyle) {
        print("")
        finish(style: style, reason: "Interrupted.")
        exit(130)
    }

    func finish(style: TextStyle, reason: String?) {
        lock.withLock {
            guard !finished else { return }
            finished = true
            do {
                let summary = try session.finish()
                print("")
                if let reason { print(reason) }
                var line = "Saved \(summary.answered) answer\(summary.answered == 1 ? "" : "s")"
                    + " (\(summary.correct) right)"
                if summary.savedWithSuggestedRating > 0 { line += "; the last one with its suggested rating" }
                print(style.bold(line + "."))
                if summary.remaining > 0 {
                    print("\(summary.remaining) question\(summary.remaining == 1 ? "" : "s") left for next time.")
                }
            } catch {
                QuizTerminal.fail("\(error)")
            }
        }
    }
}

/// A mock exam shared with the interrupt handler.
final class ExamRun: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var exam: MockExam
    private let store: ProgressStore
    private let clock: DojoClock
    private var finished = false

    init(exam: MockExam, store: ProgressStore, clock: DojoClock) {
        self.exam = exam
        self.store = store
        self.clock = clock
    }

    var current: QuizQuestion? { lock.withLock { exam.current } }

    func answer(_ line: String) -> String? {
        lock.withLock { exam.answer(line) }
    }

    func finish(style: TextStyle, reason: String?) {
        let interrupted = reason == "Interrupted."
        lock.withLock {
            guard !finished else { return }
            finished = true
            print("")
            if let reason { print(reason) }
            let score = exam.score
            print(style.bold("Score by domain"))
            for domain in score.domains {
                print("  " + TextWrap.pad(domain.domain, 26) + " \(domain.correct)/\(domain.total)"
                    + "  \(Int((domain.fraction * 100).rounded()))%")
            }
            let percent = Int((score.fraction * 100).rounded())
            let verdict = score.passed ? style.green("PASS") : style.red("FAIL")
            print("Total \(score.correct)/\(score.total) (\(percent)%), pass mark \(Int((score.passMark * 100).rounded()))%: "
                + verdict)
            let unanswered = exam.answers.filter { $0.response == nil }.count
            if unanswered > 0 { print("\(unanswered) question(s) unanswered count as wrong.") }
            let missed = exam.answers.filter { !$0.correct }
            if !missed.isEmpty {
                print(style.bold("To review"))
                for answer in missed.prefix(20) {
                    let question = exam.questions.first { $0.id == answer.questionID }
                    print("  \(answer.questionID): the answer is \(question?.answerText ?? "?")"
                        + (answer.response.map { ", you answered \($0)" } ?? ", not answered"))
                }
                print(style.dim("Missed questions come back in `dojo quiz`."))
            }
            do {
                try exam.record(in: store, finishedAt: clock.now())
                print(style.dim("Exam saved."))
            } catch {
                QuizTerminal.fail("\(error)")
            }
        }
        if interrupted { exit(130) }
    }
}

/// Terminal output of the quiz.
enum QuizTerminal {
    nonisolated(unsafe) private static var interruptSource: (any DispatchSourceSignal)?
    /// The terminal settings to put back if Ctrl-C arrives while a key is being read.
    nonisolated(unsafe) private static var savedTerminal: termios?

    /// Runs `handler` on Ctrl-C instead of dying with the answer in hand.
    static func onInterrupt(_ handler: @escaping @Sendable () -> Void) {
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler {
            if var original = savedTerminal {
                tcsetattr(STDIN_FILENO, TCSANOW, &original)
            }
            handler()
        }
        source.resume()
        interruptSource = source
    }

    enum RatingKey {
        case keep
        case rating(Rating)
        case endOfInput
    }

    /// Reads one key without waiting for Enter (the terminal is put back as it was before returning).
    static func readRatingKey() -> RatingKey {
        var original = termios()
        guard tcgetattr(STDIN_FILENO, &original) == 0 else { return .keep }
        var raw = original
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
        savedTerminal = original
        tcsetattr(STDIN_FILENO, TCSANOW, &raw)
        defer {
            tcsetattr(STDIN_FILENO, TCSANOW, &original)
            savedTerminal = nil
        }
        while true {
            var byte: UInt8 = 0
            let count = read(STDIN_FILENO, &byte, 1)
            if count <= 0 || byte == 4 { return .endOfInput }  // closed, or Ctrl-D
            switch byte {
            case 10, 13: return .keep
            case UInt8(ascii: "1"): return .rating(.again)
            case UInt8(ascii: "2"): return .rating(.hard)
            case UInt8(ascii: "3"): return .rating(.good)
            case UInt8(ascii: "4"): return .rating(.easy)
            default: continue
            }
        }
    }

    static func fail(_ message: String) {
        FileHandle.standardError.write(Data(("error: " + message + "\n").utf8))
    }

    static func prompt(_ text: String) {
        print(text, terminator: "")
        fflush(nil)  // all streams: the prompt must show before input is read
    }

    static func clock(_ seconds: Double) -> String {
        let total = Int(seconds.rounded(.down))
        return String(format: "%d:%02d", total / 60, total % 60)
    }

    static func typeName(_ type: QuestionType) -> String {
        type.rawValue.replacingOccurrences(of: "_", with: " ")
    }

    static func render(_ question: QuizQuestion, number: Int, of total: Int, tag: String, style: TextStyle) -> String {
        var lines = [style.dim("Question \(number)/\(total) · \(question.topic) · \(typeName(question.type)) · \(tag)")]
        lines.append(style.bold(TextWrap.wrap(question.prompt)))
        if let code = question.code, !code.isEmpty {
            lines.append(code.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n"))
        }
        if let data = question.data, !data.isEmpty {
            lines.append(style.dim("Data:"))
            lines.append(data.split(separator: "\n").map { TextWrap.wrap(String($0), indent: "    ") }
                .joined(separator: "\n"))
        }
        for (index, option) in question.options.enumerated() {
            lines.append(TextWrap.wrap("\(QuizQuestion.letter(index))) \(option)", indent: "  "))
        }
        if question.type == .trueFalse { lines.append("  t) true\n  f) false") }
        return lines.joined(separator: "\n")
    }

    static func render(_ feedback: AnswerFeedback, style: TextStyle) -> String {
        var lines: [String] = []
        lines.append(feedback.correct
            ? style.green("✓ Right.")
            : style.red("✗ Wrong") + " — the answer is " + style.bold(feedback.rightAnswer) + ".")
        lines.append(TextWrap.wrap(feedback.question.explanation))
        if let reference = feedback.question.reference, !reference.isEmpty {
            lines.append(style.dim(TextWrap.wrap("See: \(reference)")))
        }
        return lines.joined(separator: "\n")
    }
}
