import Foundation

/// Where SparkDojo keeps `bank.sqlite` and `progress.sqlite`:
/// `--home DIR`, else `DOJO_HOME`, else `$XDG_DATA_HOME/sparkdojo`, else `~/.local/share/sparkdojo`.
public struct DataHome: Sendable, Equatable {
    public let directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    public static func resolve(
        explicit: String?,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> DataHome {
        if let explicit, !explicit.isEmpty {
            return DataHome(directory: URL(fileURLWithPath: explicit))
        }
        if let home = environment["DOJO_HOME"], !home.isEmpty {
            return DataHome(directory: URL(fileURLWithPath: home))
        }
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
            return DataHome(directory: URL(fileURLWithPath: xdg).appendingPathComponent("sparkdojo"))
        }
        let userHome = environment["HOME"] ?? NSHomeDirectory()
        return DataHome(directory: URL(fileURLWithPath: userHome)
            .appendingPathComponent(".local/share/sparkdojo"))
    }

    public var bankURL: URL { directory.appendingPathComponent("bank.sqlite") }
    public var progressURL: URL { directory.appendingPathComponent("progress.sqlite") }

    /// Creates the directory when it does not exist yet.
    public func ensureExists() throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }
}
