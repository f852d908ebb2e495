import ArgumentParser

/// `--format table|json`: for people, or for scripts (DESIGN.md "Machine-readable contracts").
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table
    case json
}

/// `--format table|json`.
struct OutputFormatOption: ParsableArguments {
    @Option(help: "table (for people) or json (for scripts).")
    var format: OutputFormat = .table
}
