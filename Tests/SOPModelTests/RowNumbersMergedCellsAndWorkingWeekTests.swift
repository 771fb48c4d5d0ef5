import Foundation
import SOPCore
import Testing

@testable import SOPModel

/// A signed SOP with rows `3a`/`3b`, Keterangan exit words, Kelengkapan cells merged over two rows
/// and a working week (`Tests/Fixtures/tester14`), on the language and model side.
@Suite struct RowNumbersMergedCellsAndWorkingWeekTests {
    static let fixture = Paths.fixture("tester14/sop/25-izin-reklame.yaml")

    func load(_ text: String) throws -> SOP {
        let result = SOPLoader.load(text: text, path: "t.yaml")
        return try #require(result.sop, "\(result.diagnostics.map(\.message.id))")
    }

    /// A decision at row 2 whose exits lead to the row printed `printed`, and row 1.
    func decision(printed: String, target: String, keterangan: String) throws -> (SOP, Step) {
        let sop = try load("""
            nomor: "25"
            judul: Izin
            pelaksana:
              - {id: fo, nama: Petugas FO, jenis: staf}
            kegiatan:
              - {no: 1, uraian: Menerima berkas, pelaksana: fo}
              - no: 2
                uraian: Memeriksa berkas
                pelaksana: fo
                keputusan: {cabang: [{ke: "\(target)"}, {ke: 1}]}
                keterangan: "\(keterangan)"
              - {id: mencatat, no: "\(printed)", uraian: Mencatat berkas, pelaksana: fo}
              - {no: 4, uraian: Meneruskan berkas, pelaksana: fo}

            """)
        return (sop, try #require(sop.step("2")))
    }

    // MARK: F1: rows named as printed

    @Test("Row numbers written any way name one row", arguments: [
        ("3a", "3.a"), ("3a", "3 a"), ("3a", "3(a)"), ("3.a", "3a"), ("3 (a)", "3A"), ("III", "iii"), ("12.b.1", "12b1"),
    ])
    func rowNumbersMatch(printed: String, written: String) {
        #expect(RowNumber.same(printed, written))
    }

    @Test func rowNumbersThatDifferStayApart() {
        #expect(!RowNumber.same("3.1", "31"))
        #expect(!RowNumber.same("3a", "3b"))
        #expect(!RowNumber.same("", ""))
        #expect(RowNumber.tableKey("t2-3a") == RowNumber.tableKey("t2-3.a"))
    }

    @Test("The Keterangan names a row numbered 3a, however it writes it", arguments: [
        ("3a", "Jika berkas lengkap lanjut ke 3a, jika tidak kembali ke 1"),
        ("3a", "Jika berkas lengkap lanjut ke kegiatan 3.a; jika tidak kembali ke 1"),
        ("3a", "Jika berkas lengkap lanjut ke 3 a, jika tidak kembali ke 1"),
        ("3a", "Jika berkas lengkap lanjut ke 3(a), jika tidak kembali ke 1"),
        ("3.a", "Jika berkas lengkap lanjut ke 3a, jika tidak kembali ke 1"),
        ("3(a)", "Jika berkas lengkap lanjut ke 3a. Jika tidak kembali ke 1."),
        ("III", "Jika berkas lengkap lanjut ke III, jika tidak kembali ke 1"),
    ])
    func keteranganNamesTheRow(printed: String, keterangan: String) throws {
        let (sop, step) = try decision(printed: printed, target: "mencatat", keterangan: keterangan)
        #expect(KeteranganExits.words(of: step) == [0: "berkas lengkap", 1: "tidak"])
        #expect(sop.deskExits(of: step).map(\.row) == [printed, "1"])
    }

    @Test("A target names the row by its printed number written another way", arguments: [
        ("3a", "3.a"), ("3.a", "3a"), ("3a", "3 a"), ("3a", "3(a)"),
    ])
    func targetsNameTheRowAsPrinted(printed: String, target: String) throws {
        let (sop, step) = try decision(printed: printed, target: target, keterangan: "-")
        guard case .decision(let decision) = step.flow else { Issue.record("not a decision"); return }
        #expect(decision.branches[0].target.value == .step("mencatat"))
        #expect(decision.branches[0].targetRow == printed)
        _ = sop
    }

    @Test func theTestersRowTwoIsReadAsBerkasLengkapAndTidak() throws {
        let sop = try #require(SOPLoader.load(path: Self.fixture).sop)
        let two = try #require(sop.step("2"))
        #expect(KeteranganExits.words(of: two) == [0: "berkas lengkap", 1: "tidak"])
        #expect(sop.deskExits(of: two).map(\.name) == ["berkas lengkap", "tidak"])
        // Row 14's wording was read before; it still is.
        #expect(KeteranganExits.words(of: try #require(sop.step("14"))) == [0: "bukti bayar sah", 1: "tidak"])
    }

    // MARK: F2: a merged Kelengkapan cell

    @Test func aMergedKelengkapanCellCoversItsRowsAndIsPrintedOnceInPlainTables() throws {
        let sop = try #require(SOPLoader.load(path: Self.fixture).sop)
        let seven = try #require(sop.stepIndex("7")), eight = try #require(sop.stepIndex("8"))
        #expect(sop.mergedCell(containing: eight, column: .kelengkapan) == seven...eight)
        #expect(sop.mergedCell(containing: seven, column: .kelengkapan) == seven...eight)
        // The Waktu merge over the same rows is its own.
        #expect(sop.mergedCell(containing: eight, column: .waktu) == seven...eight)
        let seventeen = try #require(sop.stepIndex("17"))
        #expect(sop.mergedCell(containing: seventeen + 1, column: .kelengkapan) == seventeen...(seventeen + 1))
        #expect(sop.mergedCell(containing: seventeen + 1, column: .waktu) == nil)
        let first = sop.kelengkapanCellLines(at: seven, .id) { $0.text.value }
        #expect(first == ["1. Surat tugas;", "2. Formulir BAP;", "3. Alat ukur", "(baris 7–8)"])
        #expect(sop.kelengkapanCellLines(at: eight, .id) { $0.text.value } == ["↑"])
        // Asked once, at the first row: the rows below have nothing of their own to check.
        #expect(sop.steps[eight].mutuBaku.askedKelengkapan.isEmpty)
    }

    // MARK: F14: one counting

    @Test func theStageIsCountedAsTheDeskCountsIt() throws {
        let sop = try #require(SOPLoader.load(path: Self.fixture).sop)
        let four = try #require(sop.stepIndex("4"))
        #expect(sop.printedPlace(of: four, .id) == ("4", "21"))
        #expect(sop.printedPlace(of: try #require(sop.stepIndex("3a")), .id) == ("3a", "21"))
        #expect(sop.lastRowNumber(ofTableOf: four) == "21")
    }

    // MARK: F19: working weeks, and calendar and working time at once

    @Test("A working week is 5 hari kerja", arguments: [("1 minggu kerja", 5.0), ("2 pekan kerja", 10), ("1 (satu) minggu kerja", 5)])
    func workingWeeks(text: String, days: Double) throws {
        let duration = try WaktuParser.parse(text).get()
        #expect(duration.unit == .hariKerja)
        #expect(duration.high == days)
        #expect(duration.basis == .working)
    }
}
