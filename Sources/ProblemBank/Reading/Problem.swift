/// A problem as listed by `dojo list`.
public struct ProblemSummary: Sendable, Hashable {
    public var slug: String
    public var title: String
    public var difficulty: Difficulty
    public var kind: ProblemKind
    public var topics: [String]

    public init(slug: String, title: String, difficulty: Difficulty, kind: ProblemKind = .dataframe, topics: [String]) {
        self.slug = slug
        self.title = title
        self.difficulty = difficulty
        self.kind = kind
        self.topics = topics
    }
}

/// A declared input table of a problem.
public struct InputTable: Sendable, Hashable {
    public var name: String
    /// Spark DDL, e.g. `"user_id INT, name STRING"`.
    public var schema: String
    public var description: String?

    public init(name: String, schema: String, description: String? = nil) {
        self.name = name
        self.schema = schema
        self.description = description
    }
}

/// Everything `dojo show` and the judge need about one problem, except its non-sample tests.
public struct Problem: Sendable, Hashable {
    public var slug: String
    public var title: String
    public var difficulty: Difficulty
    public var kind: ProblemKind
    public var topics: [String]
    /// Markdown, with an example.
    public var statement: String
    public var tables: [InputTable]
    /// The visible test made from the statement's sample data, with its expected output.
    public var sample: TestCase
    public var comparison: ComparisonSettings
    public var planRules: PlanRules
    /// In increasing strength.
    public var hints: [String]
    /// Markdown.
    public var editorial: String
    public var solutions: [SolutionEntry]

    public init(slug: String, title: String, difficulty: Difficulty, kind: ProblemKind = .dataframe, topics: [String],
                statement: String, tables: [InputTable], sample: TestCase, comparison: ComparisonSettings = ComparisonSettings(),
                planRules: PlanRules = PlanRules(), hints: [String] = [], editorial: String = "", solutions: [SolutionEntry] = []) {
        self.slug = slug
        self.title = title
        self.difficulty = difficulty
        self.kind = kind
        self.topics = topics
        self.statement = statement
        self.tables = tables
        self.sample = sample
        self.comparison = comparison
        self.planRules = planRules
        self.hints = hints
        self.editorial = editorial
        self.solutions = solutions
    }

    /// The solution the expected outputs came from.
    public var reference: SolutionEntry? { solutions.first { $0.isReference } }

    public var summary: ProblemSummary {
        ProblemSummary(slug: slug, title: title, difficulty: difficulty, kind: kind, topics: topics)
    }
}
