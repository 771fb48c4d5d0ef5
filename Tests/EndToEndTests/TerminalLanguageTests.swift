import Foundation
import Testing

/// No English in Bahasa mode: the error prefix, the C library's reasons, the yes/no hint.
@Suite("the terminal's language")
struct TerminalLanguageTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sop-lang-\(UUID().uuidString)").path

    @Test func errorPrefixFollowsTheLanguage() throws {
        let bahasa = try SOPBinary.run(["show", "99"])
        #expect(bahasa.status == 2)
        #expect(bahasa.stderr.hasPrefix("sop: galat: SOP '99' tidak ditemukan"), "\(bahasa.stderr)")
        let english = try SOPBinary.run(["show", "99", "--lang", "en"])
        #expect(english.stderr.hasPrefix("sop: error: SOP '99' not found"), "\(english.stderr)")
    }

    /// A key file that cannot be opened is explained in the user's words, never strerror's.
    @Test func systemReasonsAreTranslated() throws {
        let database = folder + "/sop.sqlite"
        let setup = try SOPBinary.run(["run", "01", "--answers", "Tests/Fixtures/answers/01-resepsionis.yaml", "--as", "resepsionis"],
                                      environment: ["SOP_DB": database])
        #expect(setup.status == 0, "\(setup.stderr)")
        let missing = try SOPBinary.run(["db", "seal", "--kunci", folder + "/tidak-ada/kunci"], environment: ["SOP_DB": database])
        #expect(missing.status == 2)
        #expect(missing.stderr == "sop: galat: berkas kunci \(folder)/tidak-ada/kunci tidak dapat dipakai: berkas tidak ada\n")
        let notFolder = try SOPBinary.run(["db", "verify", "--kunci", database + "/kunci", "--lang", "en"], environment: ["SOP_DB": database])
        #expect(notFolder.stderr == "sop: error: key file \(database)/kunci cannot be used: a part of the path is not a folder\n")
        for output in [missing.stderr, notFolder.stderr] {
            #expect(!output.contains("No such file") && !output.contains("Not a directory"))
        }
    }

    /// English mode asks [y/n] (and takes n); Bahasa asks [y/t].
    @Test func yesNoHintFollowsTheLanguage() throws {
        let database = folder + "/yn.sqlite"
        let english = try SOPBinary.run(["run", "01", "--as", "resepsionis", "--lang", "en"], environment: ["SOP_DB": database],
                                        stdin: "/batal wrong desk\nn\n")
        #expect(english.stdout.contains("present? [y/n] › "), "\(english.stdout)")
        #expect(english.stdout.contains("A cancellation cannot be undone [y/n] › n"), "\(english.stdout)")
        #expect(!english.stdout.contains("[y/t]"))
        let bahasa = try SOPBinary.run(["run", "01", "--as", "resepsionis"], environment: ["SOP_DB": folder + "/yt.sqlite"], stdin: "")
        #expect(bahasa.stdout.contains("ada? [y/t] › "), "\(bahasa.stdout)")
    }
}
