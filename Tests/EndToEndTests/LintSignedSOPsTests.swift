import Foundation
import Testing

/// SOPs typed as signed (Tests/Fixtures/tester10) through the real binary: what `sop lint` says to an
/// official typing them as printed (minute marks, schedules, fix-it notes, indentation and syntax hints).
@Suite struct LintSignedSOPsTests {
    private func lint(_ arguments: [String]) throws -> SOPBinary.Output {
        try SOPBinary.run(["lint"] + arguments)
    }

    /// The three SOPs typed as printed lint clean under --strict: notes only.
    @Test func theSOPsTypedAsPrintedLintClean() throws {
        for name in ["05-cuti-pegawai.yaml", "12-sku-kecamatan.yaml", "314-gratifikasi.yaml"] {
            let output = try lint(["--strict", "Tests/Fixtures/tester10/" + name])
            #expect(output.status == 0, "\(name): \(output.stdout)\(output.stderr)")
            #expect(!output.stdout.contains("warning") && !output.stdout.contains("error"), "\(output.stdout)")
        }
    }

    /// F2 at the terminal: `sop show` prints the printed numbers once, and numbers the others.
    @Test func showPrintsPrintedNumbersOnce() throws {
        let output = try SOPBinary.run(["show", "05", "--sop-dir", "Tests/Fixtures/tester10"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("\nDasar Hukum\n  1. Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;"), "\(output.stdout)")
        #expect(!output.stdout.contains("1. 1.") && output.stdout.contains("\nKeterkaitan\n  1. SOP Pengawasan Kehadiran Pegawai\n  2. SOP"))
    }

    /// F4 and F16: `30'` is read as 30 minutes and said so; "Setiap hari Senin" is said to have
    /// no deadline.
    @Test func minuteMarksAndSchedulesAreNotes() throws {
        let output = try lint(["Tests/Fixtures/tester10/05-cuti-pegawai.yaml"])
        try SOPBinary.expectGolden(output.stdout, "lint/tester10-cuti.txt")
        #expect(output.stdout.contains("note: standar waktu dibaca dari teks: '30'' = 30 menit [waktu-read-from-text]"))
        #expect(output.stdout.contains("note: waktu 'Setiap hari Senin' adalah jadwal, bukan lama kegiatan"))
    }

    /// F4: the fix-it note proposes what it read ("1 x 24 jam"), never "5 menit".
    @Test func theFixItNoteProposesTheValueRead() throws {
        let folder = try SOPBinary.folder(["05-salah.yaml": """
            nomor: "05"
            judul: Uji
            pelaksana: [{id: petugas, nama: Petugas, jenis: staf}]
            kegiatan:
              - {no: 1, uraian: Menerima, pelaksana: petugas, mutu_baku: {waktu: 1 x 24 jm}}

            """])
        let output = try SOPBinary.run(["lint"], directory: folder)
        #expect(output.status == 1)
        #expect(output.stdout.contains("note: bila teks ini memang seperti dicetak, biarkan dan tulis standarnya di sampingnya: 'waktu_baku: 1 x 24 jam'\n"),
                "\(output.stdout)")
        #expect(!output.stdout.contains("waktu_baku: 5 menit"), "\(output.stdout)")
    }

    /// F11: the tester's mis-indented file gets an indentation hint, not the quoting one.
    @Test func anIndentationErrorGetsAnIndentationHint() throws {
        let output = try lint(["Tests/Fixtures/tester10/bad/e3-indent.yaml"])
        #expect(output.status == 1)
        try SOPBinary.expectGolden(output.stdout, "lint/tester10-indent.txt")
        #expect(output.stdout.contains("baris 118 menjorok lebih dalam (kolom 7) daripada kunci 'no' di baris 117 (kolom 5)"))
        #expect(!output.stdout.contains("tanda kutip"))
    }

    /// F11 (less deep) and F12 (a dash item inside [ ]), and the quoting note where it is right.
    @Test func syntaxNotesFitTheMistake() throws {
        // The indentation sentence leads the finding (tester 12, F22): LintInCITests.
        let cases: [(String, String)] = [
            ("nomor: \"05\"\njudul: Uji\nkegiatan:\n  - no: 1\n    uraian: Menerima\n   pelaksana: petugas\n",
             "tanda '-' yang diharapkan tidak ditemukan (periksa indentasi)"),
            ("nomor: \"05\"\njudul: Uji\noutput: [- Formulir Laporan Gratifikasi]\n",
             "butir yang dicetak dengan tanda '- ' di dalam [ ] ditulis dalam tanda kutip"),
            ("nomor: \"05\"\njudul: Uji: Pelayanan\n",
             "teks yang memuat ': ' ditulis dalam tanda kutip"),
        ]
        for (text, note) in cases {
            let folder = try SOPBinary.folder(["05-salah.yaml": text])
            let output = try SOPBinary.run(["lint"], directory: folder)
            #expect(output.status == 1)
            #expect(output.stdout.contains("note: " + note), "\(output.stdout)")
        }
    }
}
