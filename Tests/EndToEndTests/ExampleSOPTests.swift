import Foundation
import Testing

/// The six real SOPs of BPS Provinsi Bengkulu, transcribed as signed (issue 10, "Real SOPs as the
/// test"): each lints clean under `--strict`, renders to its golden files in every format, and
/// every path through it (each branch, loop, parallel part and skipped optional step) runs end to
/// end from an answers file with the built binary.
@Suite("The real signed SOPs: lint --strict, render, every path run")
struct ExampleSOPTests {
    struct Example: Sendable, CustomStringConvertible {
        let name: String
        let nomor: String
        /// Answers files in Tests/Fixtures/answers/examples/, one per path: NAME-PATH.yaml.
        let paths: [String]

        var file: String { "Tests/Fixtures/examples/bps-\(name).yaml" }
        /// Two of them are RenderTests' samples too: one golden file each, shared.
        var renderGolden: String {
            ["layanan-pengaduan": "render/layanan", "laporan-gratifikasi": "render/gratifikasi"][name]
                ?? "examples/render/\(name)"
        }
        var description: String { name }
    }

    static let examples: [Example] = [
        Example(name: "perbaikan-pc", nomor: "SOP-050/17000/2025",
                paths: ["rusak-ringan", "bergaransi", "rusak-berat-diuji-ulang"]),
        Example(name: "laporan-gratifikasi", nomor: "SOP-314/17000/2025",
                paths: ["diteruskan-ke-kpk", "tidak-diteruskan"]),
        Example(name: "layanan-pengaduan", nomor: "SOP-1-107/17000/2025",
                paths: ["online", "kotak-pengaduan", "tatap-muka"]),
        Example(name: "hibah-bmn-keluar", nomor: "SOP-010/17000/2025",
                paths: ["pengelola-barang", "bps-ri"]),
        Example(name: "pelaksanaan-kontrak", nomor: "SOP-279/17000/2025",
                paths: ["semua-kegiatan", "tanpa-kegiatan-opsional"]),
        Example(name: "pengajuan-pembayaran", nomor: "SOP-029/17000/2025",
                paths: (1...8).flatMap { ["tabel-\($0)", "tabel-\($0)-diulang"] }),
    ]

    static let runs: [String] = examples.flatMap { example in example.paths.map { "\(example.name)/\($0)" } }

    static func example(_ name: String) throws -> Example {
        try #require(examples.first { $0.name == name })
    }

    @Test("sop lint --strict finds nothing", arguments: examples)
    func lintsCleanUnderStrict(_ example: Example) throws {
        let output = try SOPBinary.run(["lint", "--strict", example.file])
        #expect(output.status == 0, "\(example.name): \(output.stdout)")
        #expect(output.stdout == "1 berkas, 0 galat, 0 peringatan\n", "\(example.name): \(output.stdout)")
        #expect(output.stderr == "")
    }

    @Test("Rendered in every format as pinned", arguments: examples)
    func rendersAsPinned(_ example: Example) throws {
        for format in RenderTests.formats {
            let output = try SOPBinary.run(["render", example.file, "--format", format])
            #expect(output.status == 0, "\(example.name) \(format): \(output.stderr)")
            #expect(output.stderr == "")
            let suffix = ["mermaid": "mmd", "markdown": "md"][format] ?? format
            try SOPBinary.expectGolden(output.stdout, "\(example.renderGolden).\(suffix)")
        }
    }

    /// Every answers file in the folder is one of the paths above, and every path has its file.
    @Test func everyPathHasItsAnswersFile() throws {
        let folder = SOPBinary.root.appendingPathComponent("Tests/Fixtures/answers/examples").path
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".yaml") }
        #expect(Set(files) == Set(Self.runs.map { $0.replacingOccurrences(of: "/", with: "-") + ".yaml" }))
    }

    @Test("Every path runs to the end", arguments: runs)
    func runsThePath(_ run: String) throws {
        let parts = run.split(separator: "/").map(String.init)
        let example = try Self.example(parts[0])
        let database = FileManager.default.temporaryDirectory
            .appendingPathComponent("sop-examples-\(UUID().uuidString)/sop.sqlite").path
        let environment = ["SOP_DB": database, "SOP_FIXED_TIME": RunTests.fixedTime]
        let answers = "Tests/Fixtures/answers/examples/\(parts[0])-\(parts[1]).yaml"
        let output = try SOPBinary.run(["run", example.nomor, "--sop-dir", "Tests/Fixtures/examples",
                                        "--answers", answers, "--operator", "budi"], environment: environment)
        #expect(output.status == 0, "\(run): \(output.stderr)")
        #expect(output.stderr == "")
        try SOPBinary.expectGolden(output.stdout, "examples/run/\(parts[0])-\(parts[1]).txt")
        // The case is closed: nothing waits at any desk, and it is listed as finished.
        let tasks = try SOPBinary.run(["tasks"], environment: environment)
        #expect(tasks.stdout == "Tidak ada kegiatan yang menunggu.\n", "\(run): \(tasks.stdout)")
        let finished = try SOPBinary.run(["cases", "--status", "selesai"], environment: environment)
        #expect(finished.status == 0)
        #expect(finished.stdout.contains(example.nomor), "\(run): \(finished.stdout)")
    }
}
