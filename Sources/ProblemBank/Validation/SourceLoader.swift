import Foundation

/// Reads a whole `Problems/` directory: every problem folder, `questions/`, and the solution files
/// they list (paths relative to the directory that holds `Problems/`).
struct SourceLoader {
    let sources: URL
    let root: URL
    /// How paths appear in diagnostics: `Problems/<slug>/problem.yaml`.
    let displayPrefix: String

    static let questionsDirectory = "questions"
    static let minimumTests = 6
    static let minimumHiddenTests = 4

    init(sources: URL) {
        self.sources = sources.standardizedFileURL
        self.root = self.sources.deletingLastPathComponent()
        self.displayPrefix = self.sources.lastPathComponent
    }

    func load() -> LoadedSources {
        var loaded = LoadedSources()
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: sources.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            loaded.diagnostics.append(Diagnostic(path: sources.path, line: 1, column: 1, message: "the problems directory does not exist"))
            return loaded
        }
        let entries = ((try? fileManager.contentsOfDirectory(atPath: sources.path)) ?? []).sorted()
        var slugs: [String: String] = [:]
        for entry in entries where !entry.hasPrefix(".") && entry != Self.questionsDirectory {
            let directory = sources.appendingPathComponent(entry)
            guard fileManager.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
            guard let problem = loadProblem(folder: entry, diagnostics: &loaded.diagnostics) else { continue }
            let path = "\(displayPrefix)/\(entry)/problem.yaml"
            if let other = slugs[problem.source.slug] {
                loaded.diagnostics.append(Diagnostic(path: path, at: problem.source.slugLocation,
                                                     "duplicate slug '\(problem.source.slug)' (also in \(other))"))
                continue
            }
            slugs[problem.source.slug] = path
            loaded.problems.append(problem)
        }
        loaded.questions = loadQuestions(diagnostics: &loaded.diagnostics)
        loaded.contentHash = SourceFingerprint.contentHash(sources: sources)
        return loaded
    }

    private func displayPath(_ folder: String, _ file: String) -> String { "\(displayPrefix)/\(folder)/\(file)" }

    private func readYAML(_ url: URL, path: String, diagnostics: inout [Diagnostic]) -> SourceNode? {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            diagnostics.append(Diagnostic(path: path, line: 1, column: 1, message: "missing file"))
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            diagnostics.append(Diagnostic(path: path, line: 1, column: 1, message: "not UTF-8 text"))
            return nil
        }
        do {
            return try SourceNode.parse(yaml: text)
        } catch {
            diagnostics.append(Diagnostic(path: path, at: error.location, error.message))
            return nil
        }
    }

    func loadProblem(folder: String, diagnostics: inout [Diagnostic]) -> LoadedProblem? {
        let directory = sources.appendingPathComponent(folder)
        let problemPath = displayPath(folder, "problem.yaml")
        guard let root = readYAML(directory.appendingPathComponent("problem.yaml"), path: problemPath, diagnostics: &diagnostics) else {
            return nil
        }
        var reader = SourceFileReader(path: problemPath)
        let parsed = ProblemSource.parse(root, reader: &reader)
        diagnostics += reader.diagnostics
        guard let source = parsed else { return nil }
        if source.slug != folder {
            diagnostics.append(Diagnostic(path: problemPath, at: source.slugLocation,
                                          "slug '\(source.slug)' does not match its folder '\(folder)'"))
        }

        var solutions: [SolutionEntry] = []
        var referenceBytes: [UInt8]?
        for solution in source.solutions {
            guard let data = FileManager.default.contents(atPath: repositoryURL(solution.path).path) else {
                diagnostics.append(Diagnostic(path: problemPath, at: solution.location, "solution file '\(solution.path)' does not exist"))
                continue
            }
            if solution.isReference { referenceBytes = Array(data) }
            solutions.append(SolutionEntry(path: solution.path, language: solution.language, verdict: solution.verdict,
                                           isReference: solution.isReference, violatedRule: solution.violatedRule,
                                           note: solution.note, source: String(decoding: data, as: UTF8.self)))
        }

        let testsPath = displayPath(folder, "tests.yaml")
        var tests = [TestSource(name: TestSource.sampleName, description: "the example of the statement", hidden: false,
                                data: source.sample, location: SourceLocation(line: 1, column: 1))]
        if let testsRoot = readYAML(directory.appendingPathComponent("tests.yaml"), path: testsPath, diagnostics: &diagnostics) {
            var testReader = SourceFileReader(path: testsPath)
            tests += TestSource.parseFile(testsRoot, declared: source.tables, problemDirectory: directory, reader: &testReader)
            diagnostics += testReader.diagnostics
            let hidden = tests.filter(\.hidden).count
            if tests.count < Self.minimumTests || hidden < Self.minimumHiddenTests {
                diagnostics.append(Diagnostic(path: testsPath, at: testsRoot["tests"]?.location ?? testsRoot.location,
                    "a problem needs at least \(Self.minimumTests) tests (the sample counts) of which \(Self.minimumHiddenTests) hidden; found \(tests.count) tests, \(hidden) hidden"))
            }
        }

        var expected: [String: ExpectedOutput] = [:]
        for test in tests {
            let file = "expected/\(test.name).json"
            let path = displayPath(folder, file)
            let where_ = test.name == TestSource.sampleName ? problemPath : testsPath
            let at = test.name == TestSource.sampleName ? (root["sample"]?.location ?? root.location) : test.location
            guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(file).path) else {
                diagnostics.append(Diagnostic(path: where_, at: at,
                    "missing expected output \(path) for test '\(test.name)'; run `python3 tools/spark-oracle/problems.py --update \(source.slug)`"))
                continue
            }
            let output: ExpectedOutput
            do {
                switch ExpectedOutput.read(try JSONValue.parse(Array(data))) {
                case .success(let value): output = value
                case .failure(let error):
                    diagnostics.append(Diagnostic(path: path, line: 1, column: 1, message: error.message))
                    continue
                }
            } catch {
                diagnostics.append(Diagnostic(path: path, line: 1, column: 1, message: "not valid JSON: \(error)"))
                continue
            }
            if let referenceBytes {
                let hash = InputHash.compute(kind: source.kind, tables: source.tables, data: test.data, solution: referenceBytes)
                if hash != output.inputHash {
                    diagnostics.append(Diagnostic(path: where_, at: at,
                        "stale expected output \(path): the tables, the test data or the reference solution changed; run `python3 tools/spark-oracle/problems.py --update \(source.slug)`"))
                }
            }
            expected[test.name] = output
        }
        let expectedDirectory = directory.appendingPathComponent("expected")
        for file in ((try? FileManager.default.contentsOfDirectory(atPath: expectedDirectory.path)) ?? []).sorted()
        where file.hasSuffix(".json") && !tests.contains(where: { "\($0.name).json" == file }) {
            diagnostics.append(Diagnostic(path: displayPath(folder, "expected/\(file)"), line: 1, column: 1,
                                          message: "expected output for a test that does not exist", severity: .warning))
        }
        return LoadedProblem(source: source, directory: folder, tests: tests, expected: expected, solutions: solutions)
    }

    private func repositoryURL(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    func loadQuestions(diagnostics: inout [Diagnostic]) -> [Question] {
        let directory = sources.appendingPathComponent(Self.questionsDirectory)
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
        var questions: [Question] = []
        var seen: [String: String] = [:]
        for file in files {
            let path = "\(displayPrefix)/\(Self.questionsDirectory)/\(file)"
            guard let root = readYAML(directory.appendingPathComponent(file), path: path, diagnostics: &diagnostics) else { continue }
            var reader = SourceFileReader(path: path)
            let topic = String(file.dropLast(".yaml".count))
            for parsed in QuestionSource.parseFile(root, expectedTopic: topic, reader: &reader) {
                var question = parsed.question
                if let other = seen[question.id] {
                    reader.error(parsed.location, "duplicate question id '\(question.id)' (also in \(other))")
                    continue
                }
                seen[question.id] = path
                if let hash = parsed.answerHash {
                    question.computedAnswer = computedAnswer(question.id, hash: hash, at: parsed.location, reader: &reader)
                }
                questions.append(question)
            }
            diagnostics += reader.diagnostics
        }
        return questions
    }

    /// Reads `questions/expected/<id>.json` (written by the oracle) and checks its hash.
    private func computedAnswer(_ id: String, hash: String, at location: SourceLocation,
                                reader: inout SourceFileReader) -> String? {
        let relative = "\(Self.questionsDirectory)/expected/\(id).json"
        let shown = "\(displayPrefix)/\(relative)"
        let update = "run `python3 tools/spark-oracle/problems.py --questions --update`"
        guard let data = FileManager.default.contents(atPath: sources.appendingPathComponent(relative).path) else {
            reader.error(location, "missing computed answer \(shown) for question '\(id)'; \(update)")
            return nil
        }
        guard let json = try? JSONValue.parse(Array(data)), let answer = json["answer"] else {
            reader.error(location, "\(shown) is not an answer file {\"answer\", \"input_hash\"}; \(update)")
            return nil
        }
        if json["input_hash"]?.stringValue != hash {
            reader.error(location, "stale computed answer \(shown): the snippet, the dataset or the prediction changed; \(update)")
        }
        return answer.stringValue ?? answer.jsonText
    }
}
