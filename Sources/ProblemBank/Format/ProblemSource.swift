import SparkLite

/// A listed solution as written in `problem.yaml`, before its file is read.
struct SolutionSource: Sendable, Hashable {
    var path: String
    var language: SolutionLanguage
    var verdict: ExpectedVerdict
    var isReference: Bool
    var violatedRule: String?
    var note: String?
    var location: SourceLocation
}

/// `Problems/<slug>/problem.yaml`, parsed.
struct ProblemSource: Sendable {
    var slug: String
    var title: String
    var difficulty: Difficulty
    var kind: ProblemKind
    var topics: [String]
    var statement: String
    var tables: [DeclaredTable]
    var sample: TestDataSource
    var comparison: ComparisonSettings
    var planRules: PlanRules
    var hints: [String]
    var editorial: String
    var solutions: [SolutionSource]
    var slugLocation: SourceLocation

    static let keyNames = ["slug", "title", "difficulty", "kind", "topics", "statement", "tables", "sample",
                           "comparison", "plan_rules", "hints", "editorial", "solutions"]

    var reference: SolutionSource? { solutions.first { $0.isReference } }

    /// Reads a `problem.yaml` tree; nil when something required is missing or malformed.
    static func parse(_ root: SourceNode, reader: inout SourceFileReader) -> ProblemSource? {
        guard reader.mapping(root, what: "problem.yaml") != nil else { return nil }
        reader.checkKeys(root, known: keyNames, what: "key")
        let slug = reader.string(root, "slug", required: true)
        if let slug, !isValidSlug(slug) {
            reader.error(root["slug"]?.location ?? root.location, "slug '\(slug)' must be lower-case letters, digits and single hyphens")
        }
        let title = reader.string(root, "title", required: true)
        var difficulty: Difficulty?
        if let text = reader.string(root, "difficulty", required: true) {
            difficulty = Difficulty(rawValue: text)
            if difficulty == nil {
                reader.error(root["difficulty"]?.location ?? root.location,
                             "difficulty '\(text)' must be one of: easy, medium, hard")
            }
        }
        var kind = ProblemKind.dataframe
        if let text = reader.string(root, "kind", required: false) {
            if let parsed = ProblemKind(rawValue: text) { kind = parsed } else {
                reader.error(root["kind"]?.location ?? root.location, "kind '\(text)' must be one of: dataframe, rdd")
            }
        }
        let topics = reader.stringList(root, "topics", required: true)
        if let topics, topics.isEmpty { reader.error(root["topics"]?.location ?? root.location, "'topics' must not be empty") }
        if let topics, let node = root["topics"] {
            for topic in topics where !isValidSlug(topic) {
                reader.error(node.location, "topic '\(topic)' must be lower-case words joined by hyphens")
            }
        }
        let statement = reader.string(root, "statement", required: true)
        let tables = parseTables(root, reader: &reader)
        var sample: TestDataSource?
        if let tables, let node = reader.requiredNode(root, "sample") {
            sample = TestDataSource.parse(node, declared: tables, context: "sample", reader: &reader)?.0
        }
        let comparison = parseComparison(root["comparison"], reader: &reader)
        let planRules = parsePlanRules(root["plan_rules"], tables: tables ?? [], reader: &reader)
        let hints = reader.stringList(root, "hints", required: true)
        if let hints, hints.isEmpty { reader.error(root["hints"]?.location ?? root.location, "give at least one hint") }
        let editorial = reader.string(root, "editorial", required: true)
        let solutions = parseSolutions(root, reader: &reader)
        if kind == .rdd, let sql = solutions?.first(where: { $0.language == .sql }) {
            reader.error(sql.location, "an rdd problem's solutions return an RDD; '\(sql.path)' is SQL")
        }
        guard let slug, let title, let difficulty, let topics, let statement, let tables, let sample,
              let comparison, let planRules, let hints, let editorial, let solutions
        else { return nil }
        return ProblemSource(slug: slug, title: title, difficulty: difficulty, kind: kind, topics: topics,
                             statement: statement, tables: tables, sample: sample, comparison: comparison,
                             planRules: planRules, hints: hints, editorial: editorial, solutions: solutions,
                             slugLocation: root["slug"]?.location ?? root.location)
    }

    static func isValidSlug(_ text: String) -> Bool {
        !text.isEmpty && !text.hasPrefix("-") && !text.hasSuffix("-") && !text.contains("--")
            && text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    static func parseTables(_ root: SourceNode, reader: inout SourceFileReader) -> [DeclaredTable]? {
        guard let node = reader.requiredNode(root, "tables"), let pairs = reader.mapping(node, what: "'tables'") else { return nil }
        if pairs.isEmpty { reader.error(node.location, "declare at least one input table") }
        var tables: [DeclaredTable] = []
        var ok = !pairs.isEmpty
        for pair in pairs {
            if case .scalar = pair.value {
                reader.error(pair.value.location, "table '\(pair.key)' must be a mapping with 'schema' (a DDL string)")
                ok = false
                continue
            }
            reader.checkKeys(pair.value, known: ["schema", "description"], what: "table key")
            guard let ddl = reader.string(pair.value, "schema", required: true) else { ok = false; continue }
            do {
                let fields = try parseDDLSchema(ddl)
                tables.append(DeclaredTable(name: pair.key, schema: ddl, fields: fields,
                                            description: reader.string(pair.value, "description", required: false)))
            } catch {
                reader.error(pair.value["schema"]?.location ?? pair.keyAt, "schema of table '\(pair.key)': \(error.description)")
                ok = false
            }
        }
        return ok ? tables : nil
    }

    static func parseComparison(_ node: SourceNode?, reader: inout SourceFileReader) -> ComparisonSettings? {
        var settings = ComparisonSettings()
        guard let node else { return settings }
        guard reader.mapping(node, what: "'comparison'") != nil else { return nil }
        reader.checkKeys(node, known: ComparisonSettings.keyNames, what: "comparison setting")
        if let ordered = reader.bool(node, "ordered") { settings.ordered = ordered }
        if let tolerance = reader.number(node, "float_tolerance") {
            if tolerance < 0 { reader.error(reader.keyLocation(node, "float_tolerance"), "'float_tolerance' must not be negative") }
            settings.floatTolerance = tolerance
        }
        if let names = reader.bool(node, "check_column_names") { settings.checkColumnNames = names }
        if let types = reader.bool(node, "check_types") { settings.checkTypes = types }
        return settings
    }

    static func parsePlanRules(_ node: SourceNode?, tables: [DeclaredTable], reader: inout SourceFileReader) -> PlanRules? {
        var rules = PlanRules()
        guard let node else { return rules }
        guard reader.mapping(node, what: "'plan_rules'") != nil else { return nil }
        reader.checkKeys(node, known: PlanRules.ruleNames, what: "plan rule")
        rules.maxShuffles = reader.int(node, "max_shuffles", minimum: 0).map(Int.init)
        if let value = node["require_broadcast"] {
            switch value.scalarValue {
            case .bool(true)?: rules.requireBroadcast = .any
            case .bool(false)?: break
            case .string(let name)? where tables.contains(where: { $0.name == name }): rules.requireBroadcast = .table(name)
            case .string(let name)?:
                reader.error(value.location, "require_broadcast: unknown table '\(name)'"
                    + SourceFileReader.suggestion(for: name, among: tables.map(\.name)))
            default: reader.error(value.location, "'require_broadcast' must be true or a table name")
            }
        }
        if let forbidNode = node["forbid"], let items = reader.sequence(forbidNode, what: "'forbid'") {
            for item in items {
                guard case .string(let name)? = item.scalarValue, let operation = ForbiddenOperation(rawValue: name) else {
                    let text = item.scalarValue?.jsonText ?? "this item"
                    reader.error(item.location, "unknown forbidden operation \(text)"
                        + SourceFileReader.suggestion(for: item.scalarValue?.stringValue ?? "", among: ForbiddenOperation.allCases.map(\.rawValue)))
                    continue
                }
                rules.forbid.append(operation)
            }
        }
        rules.maxScansPerTable = reader.int(node, "max_scans_per_table", minimum: 1).map(Int.init)
        if let ratio = reader.number(node, "max_skew_ratio") {
            if ratio < 1 { reader.error(reader.keyLocation(node, "max_skew_ratio"), "'max_skew_ratio' must be at least 1") }
            rules.maxSkewRatio = ratio
        }
        rules.maxShuffleRecords = reader.int(node, "max_shuffle_records", minimum: 0).map(Int.init)
        rules.outputPartitions = reader.int(node, "output_partitions", minimum: 1).map(Int.init)
        return rules
    }

    static func parseSolutions(_ root: SourceNode, reader: inout SourceFileReader) -> [SolutionSource]? {
        guard let node = reader.requiredNode(root, "solutions"), let items = reader.sequence(node, what: "'solutions'") else { return nil }
        var solutions: [SolutionSource] = []
        for item in items {
            guard reader.mapping(item, what: "a solution") != nil else { continue }
            reader.checkKeys(item, known: ["file", "reference", "verdict", "rule", "note"], what: "solution key")
            guard let file = reader.string(item, "file", required: true) else { continue }
            guard let language = SolutionLanguage(path: file) else {
                reader.error(item["file"]?.location ?? item.location, "solution '\(file)' must be a .py or .sql file")
                continue
            }
            let isReference = reader.bool(item, "reference") ?? false
            var verdict = ExpectedVerdict.accepted
            if let text = reader.string(item, "verdict", required: false) {
                if let parsed = ExpectedVerdict(rawValue: text) { verdict = parsed } else {
                    reader.error(item["verdict"]?.location ?? item.location, "unknown verdict '\(text)'"
                        + SourceFileReader.suggestion(for: text, among: ExpectedVerdict.allCases.map(\.rawValue)))
                    continue
                }
            }
            if isReference && verdict != .accepted {
                reader.error(item.location, "the reference solution must have verdict accepted")
            }
            let rule = reader.string(item, "rule", required: false)
            if let rule {
                if verdict != .planRuleViolated {
                    reader.error(item["rule"]?.location ?? item.location, "'rule' is only for verdict plan_rule_violated")
                } else if !PlanRules.ruleNames.contains(rule) {
                    reader.error(item["rule"]?.location ?? item.location, "unknown plan rule '\(rule)'"
                        + SourceFileReader.suggestion(for: rule, among: PlanRules.ruleNames))
                }
            }
            solutions.append(SolutionSource(path: file, language: language, verdict: verdict, isReference: isReference,
                                            violatedRule: rule, note: reader.string(item, "note", required: false),
                                            location: item.location))
        }
        let references = solutions.filter(\.isReference)
        if references.count != 1 {
            reader.error(node.location, "mark exactly one solution with 'reference: true' (found \(references.count))")
        } else if references[0].language != .python {
            reader.error(references[0].location, "the reference solution must be a PySpark .py file")
        }
        return solutions
    }
}
