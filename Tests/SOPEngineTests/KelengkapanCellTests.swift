import Foundation
import SOPCore
import SOPModel
import Testing

@testable import SOPEngine

/// Kelengkapan cells as printed (issue 10): an intro line inside the cell (`{pengantar: …}`) is
/// printed and never asked; a cell printed "-" is printed and asks nothing.
@Suite struct KelengkapanCellTests {
    static let text = """
        nomor: "34"
        judul: Hibah
        pelaksana:
          - {id: satker, nama: Satuan Kerja, jenis: staf}
        kegiatan:
          - no: 1
            uraian: Membuat SK Tim
            pelaksana: satker
            mutu_baku: {kelengkapan: ["-"], output: [SK Tim]}
          - no: 2
            uraian: Meneliti data
            pelaksana: satker
            mutu_baku:
              kelengkapan:
                - {pengantar: "Penelitian data administratif :"}
                - a. data calon penerima Hibah;
                - b. alasan menghibahkan BMN.
        """

    @Test func theIntroLineIsHeldAsPrintedAndNeverAsked() throws {
        let (sop, _) = Fixtures.sop(text: Self.text)
        let cell = try #require(sop.step("2")).mutuBaku.kelengkapan
        #expect(cell.map(\.text.value) == ["Penelitian data administratif :", "a. data calon penerima Hibah;", "b. alasan menghibahkan BMN."])
        #expect(cell.map(\.isIntro) == [true, false, false])
        #expect(sop.askedKelengkapan(of: "2").map(\.text.value) == ["a. data calon penerima Hibah;", "b. alasan menghibahkan BMN."])
        #expect(sop.kelengkapan(of: "1").map(\.text.value) == ["-"])
        #expect(sop.askedKelengkapan(of: "1").isEmpty)
    }

    @Test func theDeskAsksNeitherTheDashNorTheIntro() throws {
        let harness = Harness(Fixtures.sop(text: Self.text))
        let prompter = ScriptedTestPrompter(answers("sk", "", "ya", "ya", ""))
        let session = try harness.start(prompter, roles: ["satker"])
        #expect(session.run() == .completed, "\(prompter.refusals)")
        let asked = prompter.questions.compactMap { question -> String? in
            if case .kelengkapan(let item) = question.kind { return item.text.value }
            return nil
        }
        #expect(asked == ["a. data calon penerima Hibah;", "b. alasan menghibahkan BMN."])
        // Checking the intro line by name is refused: it is not a requirement.
        let engine = Engine(sop: harness.sop)
        #expect(throws: EngineError.self) {
            _ = try engine.execute(.checkKelengkapan(step: "2", item: "Penelitian data administratif :", present: true),
                                   on: session.state, by: Operator(name: "budi", roles: ["satker"]), at: Fixtures.monday)
        }
    }

    @Test func anIntroWithButirOrAnItemWithNeitherIsALocatedError() {
        let both = SOPLoader.load(text: Self.text.replacingOccurrences(
            of: "{pengantar: \"Penelitian data administratif :\"}",
            with: "{pengantar: \"Penelitian data administratif :\", butir: Data}"), path: "a.yaml")
        #expect(both.diagnostics.contains { $0.code == LoaderCode.conflictingKeys && $0.location?.line == 15 })
        let neither = SOPLoader.load(text: Self.text.replacingOccurrences(
            of: "{pengantar: \"Penelitian data administratif :\"}", with: "{wajib: ya}"), path: "a.yaml")
        #expect(neither.diagnostics.contains { $0.code == LoaderCode.missingKey && $0.message.en.contains("'butir'") })
    }

    @Test func anAnswersFileAnsweringTheIntroIsAnError() throws {
        let harness = Harness(Fixtures.sop(text: Self.text))
        let text = """
            langkah:
              - kegiatan: 1
                output: {SK Tim: sk}
              - kegiatan: 2
                kelengkapan: {"Penelitian data administratif :": ya}
            """
        let script = try AnswerScript.parse(bytes: Array(text.utf8), path: "a.yaml").get()
        let session = try harness.start(ScriptedPrompter(script: script, display: ScriptedTestPrompter([])), roles: ["satker"])
        guard case .failed(_, let reason) = session.run() else { Issue.record("not refused"); return }
        #expect(reason.en.contains("Penelitian data administratif :"))
    }

    @Test func theDesksSummaryLeadsWithTheIntroAndDropsDashMarkers() {
        #expect(PrintedItem.withoutDash("- Notulensi") == "Notulensi")
        #expect(PrintedItem.withoutDash("-5 derajat") == "-5 derajat")
        #expect(PrintedItem.hasOwnMarker("a. data calon penerima Hibah;"))
        #expect(PrintedItem.hasOwnMarker("12) Berkas"))
        #expect(PrintedItem.hasOwnMarker("- Notulensi"))
        #expect(!PrintedItem.hasOwnMarker("KTP. Asli"))
        #expect(!PrintedItem.hasOwnMarker("Berkas"))
    }
}
