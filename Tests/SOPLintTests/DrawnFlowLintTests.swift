import SOPCore
import SOPModel
import Testing

@testable import SOPLint

/// Flow as drawn (issue 10), at the lint level: no cascades, useful notes, and a clean SOP that
/// uses every new construct.
@Suite struct DrawnFlowLintTests {
    @Test func aDuplicatedNoGivesOneFinding() {
        let report = lint(sop(steps: """
              - {no: 1, uraian: Menerima berkas, pelaksana: petugas}
              - {no: 2, uraian: Memeriksa berkas, pelaksana: petugas}
              - {no: 2, uraian: Mencatat berkas, pelaksana: petugas}
              - {no: 4, uraian: Mengarsipkan, pelaksana: petugas}
            """))
        #expect(codes(report) == ["step-duplicate-id"])
    }

    @Test func anUnknownNumberedTargetListsTheStepIdsInsteadOfGuessing() throws {
        let report = lint(sop(steps: """
              - {no: 1, uraian: Menerima berkas, pelaksana: petugas, lanjut: 10}
              - {no: 2, uraian: Memeriksa berkas, pelaksana: petugas}
            """))
        #expect(codes(report) == ["flow-unknown-target"])
        let notes = try #require(report.diagnostics.first).notes.map(\.message.en)
        #expect(notes == ["step ids: 1, 2, or 'selesai'"])
    }

    @Test func aCellSplitAtACommaGetsANoteOnly() {
        let split = lint(sop(steps: """
              - uraian: Menerima berkas
                pelaksana: petugas
                mutu_baku: {kelengkapan: [Surat permohonan, dan lampiran], output: [Berkas A, B]}
            """))
        #expect(codes(split) == ["list-split-at-comma", "list-split-at-comma"])
        #expect(split.diagnostics.allSatisfy { $0.severity == .note })
        let codesList = lint(sop(steps: """
              - {uraian: Menerima berkas, pelaksana: petugas, mutu_baku: {kelengkapan: [KTP, KK, "Berkas A, B"]}}
            """))
        #expect(codes(codesList).isEmpty)
    }

    @Test func everyConstructTogetherLintsClean() throws {
        let text = try String(contentsOfFile: Paths.fixture("flow/kontrak-contoh.yaml"), encoding: .utf8)
        let report = lint(text, path: "sop/kontrak-contoh.yaml")
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map(\.message.en))")
    }
}
