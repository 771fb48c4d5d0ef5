import SOPCore
import SOPModel
import Testing

@testable import SOPLint

/// The quick paths added for lint speed must never change a finding: a cell YAML split at a
/// comma is still found when the byte scan lets the tree walk happen, and only then.
@Suite struct LintSpeedPathTests {
    @Test("A split cell is found past quotes, lines and non-ASCII", arguments: [
        "{kelengkapan: [\"A]\", Berkas A, B]}",
        "{kelengkapan: ['Daftar [1]', Berkas A, B]}",
        "{output: [Berkas A, É]}",
        "{kelengkapan: [Surat permohonan,   dan lampiran]}",
        "{kelengkapan: [Surat permohonan, serta lampiran]}",
    ])
    func splitFound(mutuBaku: String) {
        let report = lint(sop(steps: """
              - uraian: Menerima berkas
                pelaksana: petugas
                mutu_baku: \(mutuBaku)
            """))
        #expect(codes(report) == ["list-split-at-comma"])
        #expect(ListSplitAtCommaRule.mayHaveSplitCell(Array(mutuBaku.utf8)))
    }

    @Test("Files with nothing to find are not walked", arguments: [
        "{kelengkapan: [KK, KTP], output: [Surat pengaduan, Berkas permohonan]}",
        "{kelengkapan: [Nota dinas, Surat permohonan]}",
    ])
    func notWalked(mutuBaku: String) {
        #expect(!ListSplitAtCommaRule.mayHaveSplitCell(Array(mutuBaku.utf8)))
    }

    @Test("Nothing found where a comma is inside a quoted item", arguments: [
        "{kelengkapan: [KTP, KK, \"Berkas A, B\"]}",
        "{kelengkapan: [\"Surat permohonan, dan lampiran\"]}",
    ])
    func nothingToFind(mutuBaku: String) {
        let report = lint(sop(steps: """
              - uraian: Menerima berkas
                pelaksana: petugas
                mutu_baku: \(mutuBaku)
            """))
        #expect(codes(report).isEmpty)
    }

    @Test func aListOverSeveralLinesIsStillRead() {
        let report = lint(sop(steps: """
              - uraian: Menerima berkas
                pelaksana: petugas
                mutu_baku:
                  kelengkapan: [Surat permohonan,
                    KTP, Berkas A, B]
            """))
        #expect(codes(report) == ["list-split-at-comma"])
    }
}
