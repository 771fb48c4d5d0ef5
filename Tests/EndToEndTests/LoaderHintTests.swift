import Foundation
import Testing

/// What an official is most likely to type from the signed SOP (a heading as printed for a key, a
/// list where one text is written, a text with ',' or ': ' inside, a yes in other words, an actor's
/// printed name for its id): refused like a compiler, at the place, with what to write instead.
@Suite("sop lint: refusals that say what to write")
struct LoaderHintTests {
    static func lint(_ fixture: String) throws -> String {
        let output = try SOPBinary.run(["lint", "Tests/Fixtures/lint/err/\(fixture).yaml"])
        #expect(output.status == 1)
        #expect(output.stderr == "")
        return output.stdout
    }

    /// The finding at `place` with its message start, and the notes under it (up to the next finding).
    static func finding(_ text: String, _ place: String) -> (head: String, body: String)? {
        let blocks = text.components(separatedBy: "Tests/Fixtures/lint/err/").dropFirst()
        guard let block = blocks.first(where: { $0.contains(".yaml:\(place): error: ") }) else { return nil }
        let head = block.components(separatedBy: "\n")[0]
        return (head, block)
    }

    @Test func keysAndCellsTypedAsPrintedAreRefusedWithWhatToWrite() throws {
        let text = try Self.lint("seperti-dicetak")
        let expected: [(String, String, String)] = [
            ("3:1", "kunci 'Nama SOP' tidak dikenal", "note: mungkin maksudnya 'judul'?"),
            ("4:1", "kunci 'tanggal_pembuatan' tidak dikenal", "note: mungkin maksudnya 'tanggal: {pembuatan: …}'?"),
            ("5:14", "'dasar_hukum' harus berupa daftar", "note: tulis sebagai daftar: dasar_hukum: [\"Undang-Undang"),
            ("10:5", "kunci 'Uraian Kegiatan' tidak dikenal", "note: mungkin maksudnya 'uraian'?"),
            ("11:16", "id 'Petugas Loket' tidak sah", "note: mungkin maksudnya 'petugas'?"),
            ("12:5", "kunci 'kelengkapan' tidak dikenal", "note: mungkin maksudnya 'mutu_baku: {kelengkapan: …}'?"),
            ("13:15", "'opsional' harus 'ya' atau 'tidak', tertulis 'iya'", "note: mungkin maksudnya 'ya'?"),
            ("14:39", "kunci 'kelengkapan dan keabsahannya' tidak dikenal",
             "note: tanda ',' di dalam { } mengakhiri teks 'uraian'; tulis dalam tanda kutip: uraian: \"Memeriksa berkas, kelengkapan dan keabsahannya\""),
            ("16:13", "'uraian' harus berupa teks, tertulis daftar", "note: tulis sebagai satu teks: uraian: \"A, B\""),
            ("18:17", "kunci 'Persyaratan' tidak dikenal", "note: mungkin maksudnya 'kelengkapan'?"),
            ("18:48", "kunci 'Waktu Penyelesaian' tidak dikenal", "note: mungkin maksudnya 'waktu'?"),
        ]
        for (place, message, note) in expected {
            let found = try #require(Self.finding(text, place), "no error at \(place) in:\n\(text)")
            #expect(found.head.contains(message), "\(found.head)")
            #expect(found.body.contains(note), "\(place): \(found.body)")
            // Compiler style: the source line, then a caret under the place.
            #expect(found.body.contains(" | ") && found.body.contains("^"), "\(found.body)")
        }
    }

    @Test func aTextWithAColonIsRefusedWithTheQuotesToAdd() throws {
        let text = try Self.lint("titik-dua")
        #expect(text.contains("titik-dua.yaml:8:"), "\(text)")
        #expect(text.contains("note: teks yang memuat ': ' ditulis dalam tanda kutip: uraian: \"Syarat: KTP dan KK\""), "\(text)")
        #expect(text.contains("^"))
    }
}
