import ArgumentParser

/// Where `run` and `explain` take their tables from: a problem's sample data, a dataset file, or
/// nothing, for a file that reads its own data with `spark.read`.
struct InputDataOptions: ParsableArguments {
    @Option(help: "Run on the sample data of this problem.")
    var problem: String?

    @Option(help: "Run on a dataset file: {\"tables\": {\"t\": {\"schema\": \"…\", \"rows\": […]}}, \"conf\": {…}}.")
    var data: String?

    func validate() throws {
        if problem != nil, data != nil { throw ValidationError("Use either --problem or --data, not both.") }
    }
}
