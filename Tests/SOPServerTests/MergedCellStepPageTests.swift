import Foundation
import SOPCore
import SOPEngine
import SOPModel
import Testing

/// The web step page of a row inside a merged cell that the desk takes at another row of it
/// (branch lang16): rows 5.1/5.2 of the uji air SOP (`Tests/Fixtures/lang16`) share one merged
/// Kelengkapan (checked at 5.1), Waktu and Output (judged and produced at 5.2).
@Suite struct MergedCellStepPageTests {
    static let folder = Harness.root.appendingPathComponent("Tests/Fixtures/lang16/sop").path
    /// budi plays every staff role the case passes before row 5.2.
    static let grants = ["cs", "sampel", "mt", "analis"].map { ("budi", $0) }

    /// A case of SOP 31 walked by the desk through `answers` (rows up to the one the test opens).
    static func caseAt(_ harness: Harness, answers: String) throws {
        let path = folder + "/31-uji-air.yaml"
        let loaded = SOPLoader.load(path: path)
        let sop = try #require(loaded.sop)
        let script = try AnswerScript.parse(bytes: Array(answers.utf8), path: "a.yaml").get()
        let revision = SOPRevision(content: loaded.source.bytes, nomor: sop.nomor, judul: sop.judul, revisionDate: "-",
                                   path: path, savedAt: Harness.monday)
        let session = try CaseSession.start(revision: revision, engine: Engine(sop: sop), store: try harness.store(),
                                            clock: harness.clock, prompter: ScriptedPrompter(script: script, display: Quiet()),
                                            attachments: NoAttachments(), actor: Operator(name: "budi", roles: ["cs", "sampel", "mt", "analis"]))
        // The script ends with the case open at the row the test opens.
        let outcome = session.run()
        #expect(outcome == .waiting || outcome == .stopped, "\(outcome)")
    }

    static let toFour = """
        sebagai: [cs, sampel, mt, analis]
        langkah:
          - {kegiatan: 1, kelengkapan: {Formulir permintaan pengujian: ya, Sampel air dalam wadah bersegel: ya}, isian: {pelanggan: PT Tekstil Delanggu}, output: {Formulir terisi: FPU-0231}}
          - {kegiatan: 2, kelengkapan: {Daftar periksa penerimaan sampel: ya}, cabang: Ya}
          - {kegiatan: 3, kelengkapan: {Buku register sampel: ya, Label kode sampel: ya}}
          - {kegiatan: 3, output: {Tanda terima sampel: AL-2026-118}}
          - {kegiatan: 4, kelengkapan: {Tanda terima sampel: ya}, output: {Lembar kerja pengujian: LK-118}}

        """

    @Test func theFirstRowSaysWhereTheOutputIsProducedAndTheTimeJudged() async throws {
        let harness = try await Harness(grants: Self.grants, folder: Self.folder)
        try Self.caseAt(harness, answers: Self.toFour)
        let budi = harness.browser()
        try await budi.login("budi")
        let page = try await budi.get("/kasus/31-2026-000001/langkah/5.1")
        #expect(page.status == .ok, "\(page.body)")
        #expect(page.body.contains("<dd>Data mentah hasil uji (sel gabungan kegiatan 5.1–5.2, dihasilkan di kegiatan 5.2)</dd>"), "\(page.body)")
        #expect(page.body.contains("(sel gabungan kegiatan 5.1–5.2, dinilai di kegiatan 5.2)"), "\(page.body)")
        // Its Kelengkapan is its own, asked here.
        #expect(page.body.contains("Reagen"))
    }

    @Test func theLastRowSaysWhereTheKelengkapanWasChecked() async throws {
        let harness = try await Harness(grants: Self.grants, folder: Self.folder)
        try Self.caseAt(harness, answers: Self.toFour + "  - {kegiatan: \"5.1\", kelengkapan: {Reagen: ya, Peralatan gelas: ya, Instrumen uji: ya}}\n")
        let budi = harness.browser()
        try await budi.login("budi")
        let page = try await budi.get("/kasus/31-2026-000001/langkah/5.2")
        #expect(page.status == .ok, "\(page.body)")
        #expect(page.body.contains("<dd>Reagen, Peralatan gelas, Instrumen uji (sel gabungan kegiatan 5.1–5.2, diperiksa di kegiatan 5.1)</dd>"),
                "\(page.body)")
        // The Output is asked here, with no note.
        #expect(page.body.contains("<dd>Data mentah hasil uji</dd>"), "\(page.body)")
    }
}

private final class Quiet: Prompter {
    func show(_ message: SessionMessage) {}
    func ask(_ question: Question) -> Reply { .endOfInput }
    func refused(_ question: Question, reason: Localized) -> Bool { false }
}

private struct NoAttachments: AttachmentSource {
    func read(_ path: String) -> Result<[UInt8], AttachmentProblem> { .failure(AttachmentProblem(Localized(verbatim: path))) }
}
