import Foundation
import Testing

/// An uji air limbah SOP typed as signed (`Tests/Fixtures/lang16`): section and sub-section
/// headings, rows 5.1/5.2 under one merged Kelengkapan, Waktu and Output cell, a row of two
/// boxes, "1 x 24 jam", "sesuai jadwal", "-", a page start written "5 (1)"; run with the real binary.
@Suite("Merged Output cells, the desk on the rows of a merged cell, page starts as printed")
struct MergedCellRunTests {
    static let folder = "Tests/Fixtures/lang16/sop"
    static let answers = "Tests/Fixtures/lang16/answers/31-lengkap.yaml"
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("sop-lang16-\(UUID().uuidString)")
    var environment: [String: String] {
        ["SOP_DB": root.appendingPathComponent("sop.sqlite").path, "SOP_FIXED_TIME": "2026-12-07T09:00:00+07:00", "SOP_DIR": Self.folder]
    }

    func sop(_ arguments: [String]) throws -> SOPBinary.Output {
        try SOPBinary.run(arguments, environment: environment)
    }

    /// The fixture with `old` replaced by `new`, written to a file of its own.
    func edited(_ old: String, _ new: String) throws -> String {
        let text = try String(contentsOfFile: SOPBinary.root.appendingPathComponent(Self.folder + "/31-uji-air.yaml").path, encoding: .utf8)
        #expect(text.contains(old))
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let path = root.appendingPathComponent("31-uji-air.yaml").path
        try text.replacingOccurrences(of: old, with: new).write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func theDeskChecksTheMergedKelengkapanAtItsFirstRowAndAsksTheOutputAtItsLast() throws {
        let run = try sop(["run", "31", "--answers", Self.answers, "--operator", "sari"])
        #expect(run.status == 0, "\(run.stdout)\n\(run.stderr)")
        try SOPBinary.expectGolden(run.stdout, "lang16/run-31.txt")
        let first = try #require(run.stdout.range(of: "Kegiatan 5.1 dari 8"), "\(run.stdout)")
        let second = try #require(run.stdout.range(of: "Kegiatan 5.2 dari 8"))
        let six = try #require(run.stdout.range(of: "Kegiatan 6 dari 8"))
        let atFirst = run.stdout[first.upperBound..<second.lowerBound], atSecond = run.stdout[second.upperBound..<six.lowerBound]
        #expect(atFirst.contains("Data mentah hasil uji (sel gabungan kegiatan 5.1–5.2, dihasilkan di kegiatan 5.2)"), "\(atFirst)")
        #expect(atFirst.contains("(sel gabungan kegiatan 5.1–5.2, dinilai di kegiatan 5.2)"), "\(atFirst)")
        #expect(atSecond.contains("Reagen, Peralatan gelas, Instrumen uji (sel gabungan kegiatan 5.1–5.2, diperiksa di kegiatan 5.1)"),
                "\(atSecond)")
        // The output is recorded once, at 5.2.
        let timeline = try sop(["case", "31-2026-000001"]).stdout
        #expect(timeline.components(separatedBy: "DM-118").count - 1 == 1, "\(timeline)")
    }

    @Test func theSignedDocumentLintsCleanAndPrintsEachMergedCellOnce() throws {
        let lint = try sop(["lint", "--strict", Self.folder])
        #expect(lint.status == 0, "\(lint.stdout)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let html = root.appendingPathComponent("r.html").path
        let render = try sop(["render", "31", "-o", html])
        #expect(render.status == 0, "\(render.stderr)")
        let page = try String(contentsOfFile: html, encoding: .utf8)
        // Kelengkapan, Waktu and Output of rows 5.1–5.2, one merged cell each.
        #expect(page.components(separatedBy: "<td class=\"merged\" rowspan=\"2\">").count - 1 == 3, "\(page)")
        #expect(page.contains("<td class=\"merged\" rowspan=\"2\"><div class=\"l\">Data mentah</div><div class=\"l\">hasil uji</div></td>"), "\(page)")
        let markdown = try sop(["render", "31", "--format", "markdown"]).stdout
        #expect(markdown.contains("Data mentah hasil uji<br>(baris 5.1–5.2)"), "\(markdown)")
        let show = try sop(["show", "31"]).stdout
        #expect(show.contains("Data mentah hasil uji"), "\(show)")
    }

    @Test func aRowInsideTheMergedOutputWritingItsOwnIsAnErrorAtItsItem() throws {
        let path = try edited("  - no: \"5.2\"\n    uraian: Analis melakukan pengujian parameter sesuai metode SNI\n    pelaksana: analis\n",
                              "  - no: \"5.2\"\n    uraian: Analis melakukan pengujian parameter sesuai metode SNI\n    pelaksana: analis\n    mutu_baku: {output: [Data uji]}\n")
        let lint = try SOPBinary.run(["lint", path])
        #expect(lint.status == 1)
        #expect(lint.stdout.contains("31-uji-air.yaml:104:26: error: baris '5.2' berada dalam sel output gabungan dari '5.1', tetapi menulis 'output' sendiri; sel itu dicetak sekali dan dihasilkan di baris '5.2' [output-merged]"),
                "\(lint.stdout)")
        let wrong = try SOPBinary.run(["lint", try edited("output_gabung_sampai: \"5.2\"", "output_gabung_sampai: \"5.3\"")])
        #expect(wrong.stdout.contains("'output_gabung_sampai: 5.3' tidak merujuk kegiatan mana pun"), "\(wrong.stdout)")
    }

    @Test func aWayOutOfTheMergedOutputBeforeItsLastRowIsAWarning() throws {
        let path = try edited("""
              - no: "5.2"
                uraian: Analis melakukan pengujian parameter sesuai metode SNI
                pelaksana: analis
            """, """
              - no: "5.1b"
                uraian: Analis memeriksa kelayakan sampel
                pelaksana: analis
                keputusan: {cabang: {Layak: "5.2", Rusak: selesai}}
              - no: "5.2"
                uraian: Analis melakukan pengujian parameter sesuai metode SNI
                pelaksana: analis
            """)
        let lint = try SOPBinary.run(["lint", path])
        #expect(lint.stdout.contains("31-uji-air.yaml:104:47: warning: baris '5.1b' berada dalam sel output gabungan '5.1'–'5.2' dan keluar ke 'selesai' sebelum baris '5.2': output sel itu dihasilkan di baris '5.2', jadi kasus yang lewat jalan ini tidak menghasilkannya [output-merged-exit]"),
                "\(lint.stdout)")
        // Back to row 5.1 from 6 re-enters the cell: no warning for it.
        #expect(lint.stdout.components(separatedBy: "[output-merged-exit]").count - 1 == 1, "\(lint.stdout)")
    }
}
