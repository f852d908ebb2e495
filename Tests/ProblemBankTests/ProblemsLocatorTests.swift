import Foundation
import Testing
@testable import ProblemBank

@Test func environmentVariableWins() {
    let url = ProblemsLocator.locate(environment: ["DOJO_PROBLEMS": "/somewhere/Problems"], executable: nil,
                                     currentDirectory: URL(fileURLWithPath: "/"))
    #expect(url?.path == "/somewhere/Problems")
}

@Test func walksUpFromTheExecutableThenTheCurrentDirectory() throws {
    let fixture = try SourceFixture(copying: [])
    defer { fixture.remove() }
    let deep = fixture.root.appendingPathComponent(".build/debug")
    try FileManager.default.createDirectory(at: deep, withIntermediateDirectories: true)
    let fromExecutable = ProblemsLocator.locate(environment: [:], executable: deep.appendingPathComponent("dojo"),
                                                currentDirectory: URL(fileURLWithPath: "/"))
    #expect(fromExecutable?.standardizedFileURL.path == fixture.problems.standardizedFileURL.path)
    let fromCurrent = ProblemsLocator.locate(environment: [:], executable: URL(fileURLWithPath: "/usr/bin/dojo"),
                                             currentDirectory: deep)
    #expect(fromCurrent?.standardizedFileURL.path == fixture.problems.standardizedFileURL.path)
    #expect(ProblemsLocator.locate(environment: [:], executable: nil, currentDirectory: URL(fileURLWithPath: "/")) == nil)
}
