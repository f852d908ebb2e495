import Foundation

/// Finds the `Problems/` directory that ships with the tool: `DOJO_PROBLEMS` when set, else the
/// first `Problems/` holding a `README.md` found walking up from the executable's directory, then
/// walking up from the current directory.
public enum ProblemsLocator {
    public static let environmentVariable = "DOJO_PROBLEMS"

    public static func locate(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        executable: URL? = Bundle.main.executableURL,
        currentDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    ) -> URL? {
        if let explicit = environment[environmentVariable], !explicit.isEmpty {
            return URL(fileURLWithPath: explicit).standardizedFileURL
        }
        let starts = [executable?.resolvingSymlinksInPath().deletingLastPathComponent(), currentDirectory].compactMap { $0 }
        for start in starts {
            var directory = start.standardizedFileURL
            while true {
                let candidate = directory.appendingPathComponent("Problems")
                if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("README.md").path) {
                    return candidate
                }
                let parent = directory.deletingLastPathComponent()
                if parent.path == directory.path { break }
                directory = parent
            }
        }
        return nil
    }
}
