import Foundation
import Testing

@Suite("sop render, run as users run it")
struct RenderTests {
    /// SOPs whose every format is pinned by a golden file: SOP 01, the two real BPS SOPs
    /// (decisions, an unnumbered row, parallel boxes and their join) and the long fixture (loops,
    /// a three-way decision, seven actors, several pages) and printed waktu (a merged time cell,
    /// a span, a standard chosen by the case) and the identity as printed (letterhead, logo,
    /// printed headings, electronic signature, a blank revision date, no Total waktu row).
    static let samples: [(name: String, path: String)] = [
        ("01", "01"),
        ("layanan", "Tests/Fixtures/examples/bps-layanan-pengaduan.yaml"),
        ("gratifikasi", "Tests/Fixtures/examples/bps-laporan-gratifikasi.yaml"),
        ("panjang", "Tests/Fixtures/render/izin-usaha-panjang.yaml"),
        ("waktu", "Tests/Fixtures/lint/ok/19-waktu-tercetak.yaml"),
        // Flow and tables as drawn: two tables with their own columns, Mutu Baku in printed
        // order, column numbers, footnotes, unlabelled and labelled arrows, a row without a box.
        ("kontrak", "Tests/Fixtures/flow/kontrak-contoh.yaml"),
        ("identitas", "Tests/Fixtures/lint/ok/20-identitas-tercetak.yaml"),
        // Merged Waktu cells as tall as their rows, one of them split by a page break.
        ("gabungan", "Tests/Fixtures/render/waktu-gabungan.yaml"),
        // An arrow from one table to the next through numbered connectors, one inside a table,
        // a joint box; two SOPs of two tables without symbols (one procedure, two alternatives).
        ("penghubung-tabel", "Tests/Fixtures/render/penghubung-tabel.yaml"),
        ("tanpa-simbol-berurutan", "Tests/Fixtures/render/tanpa-simbol-berurutan.yaml"),
        ("tanpa-simbol-pilihan", "Tests/Fixtures/render/tanpa-simbol-pilihan.yaml"),
        // A signed SOP typed by an outside tester: a letterhead with the unit under it, the
        // table's pages as signed (`tata_letak.halaman`), items without bullets, a row of two
        // boxes and a joint box in Markdown, an end capsule beside a decision.
        ("izin-reklame", "Tests/Fixtures/render/izin-reklame.yaml"),
        // Rows 5.1/5.2 under one merged Kelengkapan, Waktu and Output cell, sub-section headings, a
        // row of two boxes, the table's second page starting at a row written "5 (1)".
        ("uji-air", "Tests/Fixtures/lang16/sop/31-uji-air.yaml"),
    ]
    static let formats = ["html", "svg", "mermaid", "dot", "markdown"]

    @Test("Golden output for every format", arguments: samples.map(\.name))
    func golden(_ name: String) throws {
        let path = try #require(Self.samples.first { $0.name == name }).path
        for format in Self.formats {
            let output = try SOPBinary.run(["render", path, "--format", format])
            #expect(output.status == 0, "\(name) \(format): \(output.stderr)")
            #expect(output.stderr == "")
            let suffix = ["mermaid": "mmd", "markdown": "md"][format] ?? format
            try SOPBinary.expectGolden(output.stdout, "render/\(name).\(suffix)")
        }
    }

    @Test func htmlIsTheDefaultAndEnglishOnRequest() throws {
        let byDefault = try SOPBinary.run(["render", "01"])
        #expect(byDefault.status == 0)
        #expect(byDefault.stdout == (try SOPBinary.run(["render", "01", "--format", "html"])).stdout)
        #expect(byDefault.stdout.contains("Mutu Baku"))
        let english = try SOPBinary.run(["render", "01", "--lang", "en", "--format", "markdown"])
        #expect(english.status == 0)
        try SOPBinary.expectGolden(english.stdout, "render/01.en.md")
    }

    @Test func writesToAFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sop-render-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("01.svg").path
        let output = try SOPBinary.run(["render", "01", "--format", "svg", "-o", file])
        #expect(output.status == 0 && output.stdout == "" && output.stderr == "")
        let written = try String(contentsOfFile: file, encoding: .utf8)
        #expect(written == (try SOPBinary.run(["render", "01", "--format", "svg"])).stdout)
    }

    @Test func unwritableOutputIsAUsageError() throws {
        let output = try SOPBinary.run(["render", "01", "-o", "/nonexistent/folder/sop.html"])
        #expect(output.status == 2)
        #expect(output.stdout == "")
        #expect(output.stderr.hasPrefix("sop: galat: tidak dapat menulis '/nonexistent/folder/sop.html': "))
    }

    @Test func unknownFormatIsAUsageError() throws {
        let output = try SOPBinary.run(["render", "01", "--format", "png"])
        #expect(output.status == 2)
        #expect(output.stdout == "")
        #expect(output.stderr.contains("png"))
    }

    @Test func anSOPWithErrorsIsNotRendered() throws {
        let folder = try SOPBinary.folder(["07-rusak.yaml": ErrorPathTests.broken])
        let output = try SOPBinary.run(["render", "07"], directory: folder)
        #expect(output.status == 1)
        #expect(output.stdout == "")
        #expect(output.stderr.contains("sop/07-rusak.yaml:11:14: error: waktu '5 mnt' tidak terbaca"))
        #expect(output.stderr.hasSuffix("sop: galat: SOP 'sop/07-rusak.yaml' memuat 3 galat\n"))
    }

    @Test func anSOPThatCannotBeDrawnSaysWhereAndWhy() throws {
        let folder = try SOPBinary.folder(["08-salah.yaml": """
            nomor: "08"
            judul: Tidak tergambar
            pelaksana:
              - {id: staf, nama: Staf, jenis: staf}
            kegiatan:
              - no: 1
                uraian: Menerima berkas
                pelaksana: petugas
                lanjut: 5

            """])
        let output = try SOPBinary.run(["render", "08", "--lang", "en"], directory: folder)
        #expect(output.status == 1)
        #expect(output.stdout == "")
        try SOPBinary.expectGolden(output.stderr, "render/undrawable.stderr.txt")
    }

    @Test func pdfWithoutChromiumSaysHowToGetIt() throws {
        // A PATH holding no browser.
        let output = try SOPBinary.run(["render", "01", "--format", "pdf", "-o", "/tmp/never.pdf"],
                                       environment: ["PATH": "/nonexistent"])
        #expect(output.status == 2)
        #expect(output.stdout == "")
        #expect(output.stderr.contains("apt-get install chromium"))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/never.pdf"))
    }

    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(.enabled(if: chromium != nil, "Chromium is not installed (apt-get install chromium); PDF printing is checked when it is"),
          arguments: ["01", "Tests/Fixtures/render/izin-usaha-panjang.yaml"])
    func pdfThroughChromium(_ sop: String) throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("sop-\(UUID().uuidString).pdf").path
        let output = try SOPBinary.run(["render", sop, "--format", "pdf", "-o", file])
        #expect(output.status == 0, "\(output.stderr)")
        let pdf = String(decoding: try Data(contentsOf: URL(fileURLWithPath: file)), as: UTF8.self)
        #expect(pdf.hasPrefix("%PDF"))
        // A4 landscape, and exactly one printed page per page of the layout (plus the identity
        // page): no table page spills over onto another sheet.
        #expect(pdf.contains("/MediaBox [0 0 841.91998 594.95996]"))
        let html = try SOPBinary.run(["render", sop]).stdout
        let tablePages = html.components(separatedBy: "<table class=\"activities\"").count - 1
        #expect(pdf.contains("/Count \(1 + tablePages)\n") || pdf.contains("/Count \(1 + tablePages) ")
                || pdf.contains("/Count \(1 + tablePages)/"), "expected \(1 + tablePages) pages")
    }
}
