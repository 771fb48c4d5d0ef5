import Foundation
import SOPCore
import SOPModel
import Testing

@testable import SOPEngine

/// A step's Output left empty on a step with a form is the form just filled in, recorded by
/// its labels (never its values); a step without a form still needs its Output given (tester
/// 20, finding 8). The terminal's Enter and the web's empty box are this one rule.
@Suite struct FormOutputTests {
    let harness = Harness(Fixtures.sop("sop/01-pengaduan-langsung.yaml"))

    @Test func anEmptyOutputOfAStepWithAFormRecordsTheFormsLabels() throws {
        let prompter = ScriptedTestPrompter(answers(
            "y", "Siti Aminah", "3573014101900001", "0812-3456-7890", "", "2", "Menanyakan izin usaha mikro",
            "",  // output Data pelapor: the form above
            "",  // complete 1
            "",  // complete 2
            "y", "",  // 3: Berkas pengaduan, then an empty Analisis Pengaduan (no form): refused
            "Ringkasan masalah perizinan"), clock: harness.clock)
        let session = try harness.start(prompter, roles: ["resepsionis", "staf-pengaduan"])
        _ = session.run()
        let first = try #require(session.state.completed.first)
        let recorded = try #require(first.outputs["Data pelapor"])
        #expect(recorded.text == "Isian formulir: Nama pelapor, NIK, Nomor telepon, Alamat, Cara menghubungi, Maksud keinginan")
        #expect(recorded.attachment == nil)
        for personal in ["Siti", "3573", "0812"] { #expect(!recorded.text.contains(personal)) }
        #expect(prompter.refusals == ["output 'Analisis Pengaduan' must be recorded: type its text, or @path/to/file to attach a file"])
        let third = try #require(session.state.visit(of: "3"))
        #expect(third.outputs["Analisis Pengaduan"]?.text == "Ringkasan masalah perizinan")
        #expect(Engine.formOutput(of: try #require(harness.sop.step("3")), visit: 1) == nil)
    }

    /// A text or a file typed for it is recorded as given, as before.
    @Test func aTypedOutputOfAStepWithAFormIsKept() throws {
        let prompter = ScriptedTestPrompter(answers(
            "y", "Siti Aminah", "", "0812-3456-7890", "", "1", "Menanyakan izin", "Formulir pengaduan diisi", ""), clock: harness.clock)
        let session = try harness.start(prompter, roles: ["resepsionis"])
        _ = session.run()
        #expect(session.state.completed.first?.outputs["Data pelapor"]?.text == "Formulir pengaduan diisi")
    }
}
