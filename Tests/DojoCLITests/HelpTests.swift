import Foundation
import Testing

/// Runs the built `dojo` binary, as a user would.
func runDojo(_ arguments: [String], environment: [String: String] = [:], stdin: String? = nil,
             currentDirectory: URL? = nil) throws -> (status: Int32, stdout: String, stderr: String) {
    let binary = productsDirectory.appendingPathComponent("dojo")
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = "1"
    env["DOJO_PROBLEMS"] = repositoryRoot.appendingPathComponent("Problems").path
    env.merge(environment) { $1 }
    process.environment = env
    if let currentDirectory { process.currentDirectoryURL = currentDirectory }
    let out = Pipe(), err = Pipe(), input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    // Drain stderr on another thread so a chatty command cannot block on a full pipe.
    let stderrData = ReadBuffer()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
        stderrData.data = err.fileHandleForReading.readDataToEndOfFile()
        group.leave()
    }
    let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: stdoutData, as: UTF8.self), String(decoding: stderrData.data, as: UTF8.self))
}

/// Bytes read on another thread; the reader finishes before the test looks (DispatchGroup.wait).
final class ReadBuffer: @unchecked Sendable {
    var data = Data()
}

/// The directory holding the built products (the test bundle sits beside `dojo`).
var productsDirectory: URL {
    let bundle = Bundle.main.bundleURL
    return bundle.lastPathComponent.hasSuffix("xctest") ? bundle.deletingLastPathComponent() : bundle
}

/// The package's root, where `Problems/` and `Solutions/` are.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A fresh data directory for one test; with `bank`, it starts with the bank built once for the whole
/// run from `Problems/` (so the hundreds of commands the tests run do not each build it). The bank is
/// hard-linked, not copied: commands only read it, and hundreds of copies would fill a small disk.
func temporaryHome(bank: Bool = true) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("dojo-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    if bank {
        let built = try sharedBank.get(), target = url.appendingPathComponent("bank.sqlite")
        do {
            try FileManager.default.linkItem(at: built, to: target)
        } catch {
            try FileManager.default.copyItem(at: built, to: target)
        }
    }
    return url
}

/// Why the shared bank could not be built.
struct BankBuildFailure: Error, CustomStringConvertible {
    let description: String
}

/// The bank every `temporaryHome()` copies, built on first use by `dojo bank build`.
let sharedBank: Result<URL, BankBuildFailure> = {
    let home = FileManager.default.temporaryDirectory.appendingPathComponent("dojo-cli-bank-\(UUID().uuidString)")
    do {
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let result = try runDojo(["bank", "build", "--home", home.path])
        guard result.status == 0 else { return .failure(BankBuildFailure(description: result.stdout + result.stderr)) }
        return .success(home.appendingPathComponent("bank.sqlite"))
    } catch {
        return .failure(BankBuildFailure(description: "\(error)"))
    }
}()

/// Parses a command's JSON output.
func json(_ text: String) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
}

@Test func helpListsTheTool() throws {
    let result = try runDojo(["--help"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("dojo"))
    for command in ["list", "show", "start", "run", "explain", "check", "submit", "hint", "bank"] {
        #expect(result.stdout.contains("  \(command)"), "missing \(command)")
    }
}

@Test(arguments: [["run", "--help"], ["submit", "--help"], ["explain", "--help"], ["bank", "stats", "--help"]])
func everyCommandHasHelp(_ arguments: [String]) throws {
    let result = try runDojo(arguments)
    #expect(result.status == 0)
    #expect(result.stdout.contains("USAGE"))
}

@Test(arguments: [
    ["run", "x.py"],
    ["run", "x.py", "--problem", "a", "--data", "b.json"],
    ["submit", "top-salaries-per-country"],
    ["submit", "top-salaries-per-country", "solution.txt"],
    ["explain", "x.py", "--data", "d.json", "--mode", "nope"],
    ["no-such-command"],
])
func usageErrorsExitWithTwo(_ arguments: [String]) throws {
    let home = try temporaryHome()
    let result = try runDojo(arguments + ["--home", home.path])
    #expect(result.status == 2, "stdout: \(result.stdout) stderr: \(result.stderr)")
}
