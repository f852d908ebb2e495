// swift-tools-version:6.0
import PackageDescription

// The engine, the interpreter, the bank and the judge are compiled with optimizations in debug builds too:
// unoptimized, they run the judge's generated tests and build the bank several times slower, and
// `swift test` and `swift run dojo` are the commands people run. (Overflow checks stay on with -O.)
let alwaysOptimized: [SwiftSetting] = [.unsafeFlags(["-O"])]

let package = Package(
    name: "SparkDojo",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "dojo", targets: ["dojo"]),
        .executable(name: "sparklite-bench", targets: ["sparklite-bench"]),
        .library(name: "SparkLite", targets: ["SparkLite"]),
        .library(name: "PyLite", targets: ["PyLite"]),
    ],
    dependencies: [
        // CLI parsing for `dojo`.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // SQLite access for the problem bank and the progress store.
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        // YAML sources of the problem bank.
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // Ordered dictionaries and deques in the engine and the interpreter.
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
    ],
    targets: [
        // Cache prefetch hints for the engine's hash tables (Swift has no spelling for them).
        .target(name: "MemoryHints"),
        .target(
            name: "SparkLite",
            dependencies: ["MemoryHints", .product(name: "Collections", package: "swift-collections")],
            swiftSettings: alwaysOptimized
        ),
        .target(
            name: "PyLite",
            dependencies: [.product(name: "Collections", package: "swift-collections")],
            swiftSettings: alwaysOptimized
        ),
        .target(name: "PySparkBridge", dependencies: ["PyLite", "SparkLite"], swiftSettings: alwaysOptimized),
        .target(
            name: "ProblemBank",
            dependencies: [
                "SparkLite",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: alwaysOptimized
        ),
        .target(name: "Judge", dependencies: ["ProblemBank", "PyLite", "PySparkBridge", "SparkLite"], swiftSettings: alwaysOptimized),
        .target(
            name: "Practice",
            dependencies: ["ProblemBank", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .executableTarget(
            name: "dojo",
            dependencies: [
                "Judge", "Practice", "ProblemBank", "PySparkBridge", "SparkLite",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The benchmark queries through the Swift API (`Benchmarks/run.py` measures it beside `dojo run`).
        .executableTarget(
            name: "sparklite-bench",
            dependencies: ["SparkLite", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Benchmarks/SwiftAPI"
        ),
        .target(name: "DojoTestSupport", dependencies: ["SparkLite"]),
        .testTarget(name: "SparkLiteTests", dependencies: ["SparkLite", "DojoTestSupport"]),
        .testTarget(name: "PyLiteTests", dependencies: ["PyLite"], resources: [.copy("Cases")]),
        .testTarget(name: "PySparkBridgeTests", dependencies: ["PySparkBridge", "DojoTestSupport"]),
        .testTarget(name: "ProblemBankTests", dependencies: ["ProblemBank"], exclude: ["Fixtures"]),
        .testTarget(name: "JudgeTests", dependencies: ["Judge", "DojoTestSupport"]),
        .testTarget(name: "PracticeTests", dependencies: ["Practice"], exclude: ["Vectors"]),
        .testTarget(name: "DojoCLITests", dependencies: ["dojo"]),
    ]
)
