import Testing
@testable import ProblemBank

@Test func explicitHomeWins() {
    let home = DataHome.resolve(explicit: "/tmp/a", environment: ["DOJO_HOME": "/tmp/b"])
    #expect(home.directory.path == "/tmp/a")
}

@Test func dojoHomeBeforeXDG() {
    let home = DataHome.resolve(explicit: nil, environment: ["DOJO_HOME": "/tmp/b", "XDG_DATA_HOME": "/tmp/x"])
    #expect(home.directory.path == "/tmp/b")
}

@Test func xdgThenUserHome() {
    #expect(DataHome.resolve(explicit: nil, environment: ["XDG_DATA_HOME": "/tmp/x"]).directory.path == "/tmp/x/sparkdojo")
    #expect(DataHome.resolve(explicit: nil, environment: ["HOME": "/home/u"]).directory.path == "/home/u/.local/share/sparkdojo")
}
