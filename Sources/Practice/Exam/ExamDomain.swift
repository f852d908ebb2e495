/// Which exam domain a bank topic counts for in a mock exam.
///
/// The bank files questions by topic; the Associate Developer exam weighs domains. A topic is
/// matched by the words in its name, and anything not matched counts as architecture.
public enum ExamDomain {
    static let rules: [(domain: String, words: [String])] = [
        ("pandas-api-on-spark", ["pandas"]),
        ("spark-connect", ["connect"]),
        ("structured-streaming", ["stream", "watermark"]),
        ("spark-sql", ["sql", "ansi", "catalog"]),
        ("troubleshooting-tuning", [
            "tuning", "skew", "aqe", "adaptive", "memory", "performance", "debug", "error", "cach", "spill",
            "broadcast", "join-strateg", "shuffle",
        ]),
        ("dataframe-api", [
            "dataframe", "window", "aggregat", "udf", "column", "null", "ranking", "dedup", "join", "top-n",
            "read", "write", "pivot", "explode", "string", "date", "function",
        ]),
    ]

    public static func domain(forTopic topic: String) -> String {
        let name = topic.lowercased()
        for rule in rules where rule.words.contains(where: { name.contains($0) }) {
            return rule.domain
        }
        return "architecture"
    }
}
