import Foundation

/// One test of `tests.yaml`, parsed.
struct TestSource: Sendable {
    var name: String
    var description: String?
    var hidden: Bool
    var data: TestDataSource
    var location: SourceLocation

    /// The name of the visible test made from `problem.yaml`'s `sample`.
    static let sampleName = "sample"
    static let keyNames = ["name", "description", "hidden", "tables", "conf", "data_file"]

    /// Reads `tests.yaml`: `{tests: [{name, description, hidden, tables | data_file, conf}]}`.
    /// `problemDirectory` resolves `data_file`, which is relative to the problem's folder.
    static func parseFile(_ root: SourceNode, declared: [DeclaredTable], problemDirectory: URL,
                          reader: inout SourceFileReader) -> [TestSource] {
        guard reader.mapping(root, what: "tests.yaml") != nil else { return [] }
        reader.checkKeys(root, known: ["tests"], what: "key")
        guard let node = reader.requiredNode(root, "tests"), let items = reader.sequence(node, what: "'tests'") else { return [] }
        var tests: [TestSource] = []
        var seen: [String: SourceLocation] = [:]
        for item in items {
            guard reader.mapping(item, what: "a test") != nil else { continue }
            reader.checkKeys(item, known: keyNames, what: "test key")
            guard let name = reader.string(item, "name", required: true) else { continue }
            let nameAt = item["name"]?.location ?? item.location
            if !ProblemSource.isValidSlug(name) {
                reader.error(nameAt, "test name '\(name)' must be lower-case words joined by hyphens")
            }
            if name == sampleName {
                reader.error(nameAt, "'sample' is the test made from problem.yaml's sample; choose another name")
            }
            if let first = seen[name] {
                reader.error(nameAt, "duplicate test name '\(name)' (first at line \(first.line))")
            }
            seen[name] = nameAt
            guard let hidden = reader.bool(item, "hidden") else {
                if item["hidden"] == nil { reader.error(item.location, "test '\(name)': missing required key 'hidden'") }
                continue
            }
            let description = reader.string(item, "description", required: false)
            if hidden && description == nil {
                reader.error(item.location, "hidden test '\(name)' needs a 'description' (it is all a user sees when it fails)")
            }
            var context = "test '\(name)'"
            var dataNode: SourceNode
            if let fileNode = item["data_file"] {
                if item["tables"] != nil {
                    reader.error(fileNode.location, "\(context) has both 'tables' and 'data_file'")
                    continue
                }
                guard case .string(let file)? = fileNode.scalarValue ?? nil else {
                    reader.error(fileNode.location, "'data_file' must be a path relative to the problem folder")
                    continue
                }
                let url = problemDirectory.appendingPathComponent(file)
                guard let data = FileManager.default.contents(atPath: url.path) else {
                    reader.error(fileNode.location, "\(context): data file '\(file)' does not exist")
                    continue
                }
                let json: JSONValue
                do {
                    json = try JSONValue.parse(Array(data))
                } catch {
                    reader.error(fileNode.location, "\(context): data file '\(file)' is not valid JSON: \(error)")
                    continue
                }
                guard case .object(let pairs) = json else {
                    reader.error(fileNode.location, "\(context): data file '\(file)' must hold {\"tables\": …, \"conf\": …}")
                    continue
                }
                dataNode = SourceNode.from(.object(pairs.filter { $0.key == "tables" || $0.key == "conf" }), at: fileNode.location)
                context += " (\(file))"
                if item["conf"] != nil {
                    reader.error(item["conf"]?.location ?? item.location, "\(context): put 'conf' inside the data file")
                }
            } else {
                var pairs: [(key: String, keyAt: SourceLocation, value: SourceNode)] = []
                guard let tables = item["tables"] else {
                    reader.error(item.location, "\(context) needs 'tables' or 'data_file'")
                    continue
                }
                pairs.append(("tables", reader.keyLocation(item, "tables"), tables))
                if let conf = item["conf"] { pairs.append(("conf", reader.keyLocation(item, "conf"), conf)) }
                dataNode = .mapping(pairs, at: item.location)
            }
            guard let (data, _) = TestDataSource.parse(dataNode, declared: declared, context: context, reader: &reader) else {
                continue
            }
            tests.append(TestSource(name: name, description: description, hidden: hidden, data: data, location: nameAt))
        }
        return tests
    }
}
