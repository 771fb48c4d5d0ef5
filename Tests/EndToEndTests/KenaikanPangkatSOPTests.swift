import Foundation
import Testing

/// The BKPSDM's "Usul Kenaikan Pangkat Reguler PNS" typed as signed (Tests/Fixtures/kenaikan-pangkat,
/// tester 26), through the real binary: a deadline before a date (finding 1), footnotes beside
/// `kegiatan` (finding 4), an indentation mistake named on its own line (finding 7), and notes
/// left to `sop lint` (finding 10).
@Suite struct KenaikanPangkatSOPTests {
    static let fixture = "Tests/Fixtures/kenaikan-pangkat/sop/07-usul-kp-reguler.yaml"

    static func typed() throws -> String {
        try String(contentsOf: SOPBinary.root.appendingPathComponent(fixture), encoding: .utf8)
    }

    /// The SOP as the official now types it lints clean under --strict: notes only.
    @Test func theTypedSOPLintsClean() throws {
        let output = try SOPBinary.run(["lint", "--strict", Self.fixture])
        #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
        try SOPBinary.expectGolden(output.stdout, "lint/kenaikan-pangkat.txt")
        #expect(!output.stdout.contains("error") && !output.stdout.contains("warning"))
        // A block list is two items, said so: no note on row 3's Kelengkapan.
        #expect(!output.stdout.contains("konsep surat pengantar"), "\(output.stdout)")
    }

    /// Finding 1: the printed cell alone is a limit before a date, never "2 bulan" from the start;
    /// the note names the two ways to say it.
    @Test func aLimitBeforeTheDateIsANoteNotATwoMonthSpan() throws {
        let printed = try Self.typed().replacingOccurrences(of: "      waktu_baku: {sampai: tmt_periode, sebelum: 2 bulan}\n", with: "")
        let folder = try SOPBinary.folder(["07-usul.yaml": printed])
        let output = try SOPBinary.run(["lint", "sop/07-usul.yaml"], directory: folder)
        #expect(output.status == 0, "\(output.stdout)")
        #expect(output.stdout.contains("sop/07-usul.yaml:89:14: note: waktu 'Paling lambat 2 (dua) bulan sebelum periode kenaikan pangkat' adalah batas sebelum suatu tanggal, bukan lama kegiatan: 'Paling lambat 2 (dua) bulan' tidak dihitung dari awal kegiatan, jadi kegiatan ini tanpa batas waktu [waktu-schedule]"),
                "\(output.stdout)")
        #expect(output.stdout.contains("note: bila tanggalnya dicatat dalam kasus, catat dalam isian berjenis tanggal di kegiatan ini atau sebelumnya dan tulis 'waktu_baku: {sampai: <nama isian>, sebelum: 2 bulan}'; bila tanpa standar waktu: 'waktu_baku: tanpa'"))
        #expect(!output.stdout.contains("waktu-read-from-text"), "\(output.stdout)")
    }

    /// Finding 1 (c): "tanpa" and "-" say there is no standard; a `sebelum` that is not one
    /// duration, or without `sampai`, is refused.
    @Test func noStandardIsAcceptedAndAMisusedSebelumRefused() throws {
        let row = "      waktu_baku: {sampai: tmt_periode, sebelum: 2 bulan}\n"
        for (written, error) in [
            ("      waktu_baku: tanpa\n", nil),
            ("      waktu_baku: \"-\"\n", nil),
            ("      waktu_baku: {sampai: tmt_periode, sebelum: 2 bln}\n", "waktu baku '2 bln' tidak terbaca"),
            ("      waktu_baku: {sebelum: 2 bulan}\n", "sampai"),
            ("      waktu_baku: {sampai: tanggal_sk, sebelum: 2 bulan}\n", "'sampai: tanggal_sk' bukan nama isian formulir di SOP ini"),
        ] as [(String, String?)] {
            let folder = try SOPBinary.folder(["07-usul.yaml": try Self.typed().replacingOccurrences(of: row, with: written)])
            let output = try SOPBinary.run(["lint", "--strict", "sop/07-usul.yaml"], directory: folder)
            if let error {
                #expect(output.status == 1, "\(written): \(output.stdout)")
                #expect(output.stdout.contains(error), "\(written): \(output.stdout)")
            } else {
                #expect(output.status == 0, "\(written): \(output.stdout)")
                #expect(!output.stdout.contains("waktu 'Paling lambat"), "\(written): \(output.stdout)")
            }
        }
    }

    /// Finding 4: `catatan` beside `kegiatan` is printed under the table by show, Markdown and HTML.
    @Test func footnotesBesideKegiatanArePrintedEverywhere() throws {
        let folder = "Tests/Fixtures/kenaikan-pangkat/sop"
        let show = try SOPBinary.run(["show", "07", "--sop-dir", folder])
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.contains("*) Periode kenaikan pangkat: 1 April dan 1 Oktober setiap tahun."), "\(show.stdout)")
        #expect(show.stdout.contains("**) Lama proses di BKN Kantor Regional I tidak dapat ditentukan oleh BKPSDM."))
        for format in ["markdown", "html"] {
            let render = try SOPBinary.run(["render", "07", "--format", format, "--sop-dir", folder])
            #expect(render.status == 0, "\(render.stderr)")
            #expect(render.stdout.contains("Lama proses di BKN Kantor Regional I tidak dapat ditentukan oleh BKPSDM."), "\(format)")
            // Finding 10: notes are for `sop lint`; render prints none, as run and show.
            #expect(!render.stderr.contains("note:"), "\(render.stderr)")
        }
    }

    /// Finding 7: a key written less deep than its sibling is named on its own line, with the
    /// README's sentence, not where the parser stopped.
    @Test func aKeyLessDeepThanItsSiblingIsNamedOnItsLine() throws {
        let output = try SOPBinary.run(["lint", "Tests/Fixtures/kenaikan-pangkat/bad/07-bad-indent.yaml"])
        #expect(output.status == 1)
        #expect(output.stdout.hasPrefix("Tests/Fixtures/kenaikan-pangkat/bad/07-bad-indent.yaml:90:9: error: baris 90 menjorok kurang dalam (kolom 9) daripada kunci 'waktu' di baris 89 (kolom 11); bila 'waktu_baku' setingkat dengan 'waktu', tulis lurus di bawahnya, di kolom 11 [yaml-syntax]"),
                "\(output.stdout)")
    }
}
