// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "sop",
    platforms: [.macOS(.v14)],  // Hummingbird 2 needs macOS 14
    products: [
        .executable(name: "sop", targets: ["sop"]),
        .library(name: "SOPModel", targets: ["SOPModel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        // Already built for Hummingbird: its graceful shutdown ends the live update streams.
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
    ],
    targets: [
        // The system libyaml (Debian: libyaml-dev), through pkg-config `yaml-0.1`.
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        // Marks, diagnostics, languages and the message catalog: shared by every layer.
        .target(name: "SOPCore", dependencies: [.product(name: "Crypto", package: "swift-crypto")]),
        // The strict YAML reader: libyaml events -> nodes carrying their marks.
        .target(name: "SOPYAML", dependencies: ["CYAML", "SOPCore"]),
        // The SOP language: its description, the model and the loader (nodes -> model).
        .target(name: "SOPModel", dependencies: ["SOPYAML", "SOPCore"]),
        // The pure interpreter: cases, events, the engine and the session; clock, store,
        // terminal and files come in through small protocols (Ports/).
        .target(name: "SOPEngine", dependencies: ["SOPModel", "SOPYAML", "SOPCore"]),
        // The system libpq (Debian: libpq-dev), through pkg-config `libpq`.
        .systemLibrary(
            name: "CLibPQ",
            pkgConfig: "libpq",
            providers: [.apt(["libpq-dev"]), .brew(["libpq"])]
        ),
        // The durable case store: an append-only event log in SQLite (GRDB), with migrations.
        .target(
            name: "SOPStore",
            dependencies: [
                "SOPEngine", "SOPModel", "SOPCore", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ]
        ),
        // `sop report`: aggregation of step visits against their mutu baku, and its writers.
        .target(name: "SOPReport", dependencies: ["SOPEngine", "SOPModel", "SOPCore", "SOPTerminal"]),
        // The shared case store on PostgreSQL (libpq), and the choice of store for every command.
        .target(name: "SOPPostgres", dependencies: ["CLibPQ", "SOPStore", "SOPEngine", "SOPCore"]),
        // What a person reads in a terminal: tables, the SOP document, colour.
        .target(name: "SOPTerminal", dependencies: ["SOPEngine", "SOPModel", "SOPCore"]),
        // `sop render`: layout (rows, columns, symbols, arrows, pages), then the writers
        // (HTML, SVG, Mermaid, DOT, Markdown) and the PDF printer.
        .target(name: "SOPRender", dependencies: ["SOPModel", "SOPCore"]),
        // `sop lint`: the rules (one per file), suppressions, the parallel linter, report formats.
        .target(name: "SOPLint", dependencies: ["SOPModel", "SOPYAML", "SOPCore"]),
        // `sop serve`: the desk in a browser (Hummingbird 2): the app, its middleware (auth,
        // CSRF, security headers, errors), one router per page group, the HTML views, live updates.
        .target(
            name: "SOPServer",
            dependencies: [
                "SOPCore", "SOPModel", "SOPEngine", "SOPStore", "SOPPostgres", "SOPRender", "SOPReport", "SOPTerminal", "SOPLint",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdOTP", package: "hummingbird-auth"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        // The `sop` command line: thin commands over the libraries.
        .executableTarget(
            name: "sop",
            dependencies: [
                "SOPCore", "SOPModel", "SOPEngine", "SOPStore", "SOPPostgres", "SOPTerminal", "SOPRender", "SOPReport", "SOPLint", "SOPServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmarks, outside the test suite (Tests/Benchmarks/*/bench.sh runs them).
        .executableTarget(
            name: "sop-bench",
            dependencies: [
                "SOPCore", "SOPModel", "SOPEngine", "SOPStore", "SOPPostgres", .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(name: "SOPYAMLTests", dependencies: ["SOPYAML", "SOPCore"]),
        .testTarget(name: "SOPModelTests", dependencies: ["SOPModel", "SOPYAML", "SOPCore"]),
        .testTarget(name: "SOPEngineTests", dependencies: ["SOPEngine", "SOPModel", "SOPCore"]),
        .testTarget(name: "SOPReportTests", dependencies: ["SOPReport", "SOPEngine", "SOPModel", "SOPCore"]),
        .testTarget(name: "SOPStoreTests", dependencies: ["SOPStore", "SOPPostgres", "SOPEngine", "SOPModel", "SOPCore"]),
        .testTarget(name: "SOPTerminalTests", dependencies: ["SOPTerminal", "SOPModel", "SOPCore"]),
        .testTarget(name: "SOPRenderTests", dependencies: ["SOPRender", "SOPModel", "SOPCore"]),
        .testTarget(name: "SOPLintTests", dependencies: ["SOPLint", "SOPModel", "SOPYAML", "SOPCore"]),
        // The web desk driven in memory through its router (no HummingbirdTesting: it pulls in an
        // HTTP client and TLS, too much build time for CI), and the live updates on a real socket.
        .testTarget(name: "SOPServerTests", dependencies: [
            "SOPServer", "SOPStore", "SOPPostgres", "SOPEngine", "SOPModel", "SOPCore", .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "GRDB", package: "GRDB.swift"), .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        ]),
        .testTarget(name: "EndToEndTests", dependencies: ["SOPCore", "SOPStore", "SOPPostgres", "SOPEngine"], exclude: ["Golden"]),
    ],
    swiftLanguageModes: [.v6]
)
