/// Right answers per domain and overall, and whether the exam was passed.
public struct ExamScore: Sendable, Equatable, Codable {
    public struct DomainScore: Sendable, Equatable, Codable {
        public var domain: String
        public var correct: Int
        public var total: Int

        public var fraction: Double { total == 0 ? 0 : Double(correct) / Double(total) }
    }

    /// In the order of the exam's questions' first appearance.
    public var domains: [DomainScore]
    public var correct: Int
    public var total: Int
    public var passMark: Double

    public var fraction: Double { total == 0 ? 0 : Double(correct) / Double(total) }
    public var passed: Bool { total > 0 && fraction + 1e-12 >= passMark }

    enum CodingKeys: String, CodingKey {
        case domains, correct, total, passMark = "pass_mark"
    }
}
