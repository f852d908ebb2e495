import ArgumentParser

/// `--home DIR`: where `bank.sqlite` and `progress.sqlite` live.
struct DataHomeOption: ParsableArguments {
    @Option(help: "The data directory (default: DOJO_HOME, else $XDG_DATA_HOME/sparkdojo).")
    var home: String?
}
