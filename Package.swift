// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "sop",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "sop", targets: ["sop"]),
        .library(name: "SOPModel", targets: ["SOPModel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // The system libyaml (Debian: libyaml-dev), through pkg-config `yaml-0.1`.
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        // Marks, diagnostics, languages and the message catalog: shared by every layer.
        .target(name: "SOPCore"),
        // The strict YAML reader: libyaml events -> nodes carrying their marks.
        .target(name: "SOPYAML", dependencies: ["CYAML", "SOPCore"]),
        // The SOP language: its description, the model and the loader (nodes -> model).
        .target(name: "SOPModel", dependencies: ["SOPYAML", "SOPCore"]),
        // What a person reads in a terminal: tables, the SOP document, colour.
        .target(name: "SOPTerminal", dependencies: ["SOPModel", "SOPCore"]),
        // `sop lint`: the rules (one per file), suppressions, the parallel linter, report formats.
        .target(name: "SOPLint", dependencies: ["SOPModel", "SOPYAML", "SOPCore"]),
        // The `sop` command line: thin commands over the libraries.
        .executableTarget(
            name: "sop",
            dependencies: [
                "SOPCore", "SOPModel", "SOPTerminal", "SOPLint",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "SOPYAMLTests", dependencies: ["SOPYAML", "SOPCore"]),
        .testTarget(name: "SOPModelTests", dependencies: ["SOPModel", "SOPYAML", "SOPCore"]),
        .testTarget(name: "SOPTerminalTests", dependencies: ["SOPTerminal", "SOPModel", "SOPCore"]),
        .testTarget(name: "SOPLintTests", dependencies: ["SOPLint", "SOPModel", "SOPYAML", "SOPCore"]),
        .testTarget(name: "EndToEndTests", dependencies: ["SOPCore"], exclude: ["Golden"]),
    ],
    swiftLanguageModes: [.v6]
)
