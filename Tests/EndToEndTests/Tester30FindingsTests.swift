import Foundation
import Testing

/// Tester 30's new minors (N4, N5) and tester 28's F1, F3, F13, with the real binary on the
/// testers' SOPs as typed (`Tests/Fixtures/ktp-el`, `Tests/Fixtures/reklame`).
@Suite("Tester 30 and 28: names, the service limit, per-applicant times, no standard, the rows' sum")
struct Tester30FindingsTests {
    static let ktp = "Tests/Fixtures/ktp-el/12-ktp-el.yaml"
    static let reklame = "Tests/Fixtures/reklame/sop"
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("sop-t30-\(UUID().uuidString)")

    /// N4: nothing waiting names the role as printed, not by its id.
    @Test func anEmptyWorklistNamesTheRoleAsPrinted() throws {
        let environment = ["SOP_DB": root.appendingPathComponent("sop.sqlite").path]
        let byName = try SOPBinary.run(["tasks", "--as", "Petugas Back Office (Verifikator)", "--sop-dir", Self.reklame], environment: environment)
        #expect(byName.status == 0)
        #expect(byName.stdout == "Tidak ada kegiatan yang menunggu untuk Petugas Back Office (Verifikator).\n", "\(byName.stdout)")
        let byID = try SOPBinary.run(["tasks", "--as", "bo", "--as", "kabid", "--sop-dir", Self.reklame, "--lang", "en"], environment: environment)
        #expect(byID.stdout == "No steps are waiting for Petugas Back Office (Verifikator), Kepala Bidang Pelayanan Perizinan.\n", "\(byID.stdout)")
    }

    /// N5: `sop show` marks the row outside the service limit on its standard line.
    @Test func showMarksARowOutsideTheServiceLimit() throws {
        let show = try SOPBinary.run(["show", "45", "--sop-dir", Self.reklame])
        #expect(show.stdout.contains("│ standar: 30 hari, di luar batas layanan │"), "\(show.stdout)")
        #expect(show.stdout.components(separatedBy: "di luar batas layanan").count == 2, "only row 8: \(show.stdout)")
        let english = try SOPBinary.run(["show", "45", "--sop-dir", Self.reklame, "--lang", "en"])
        #expect(english.stdout.contains("standard: 30 hari, outside the service limit"), "\(english.stdout)")
    }

    /// F1: "5 menit/pemohon" is the case's own time: the signed KTP-el SOP lints clean under
    /// --strict without a `waktu_baku` beside it; a time per document still warns.
    @Test func aTimePerApplicantIsPerCase() throws {
        let fixture = try String(contentsOfFile: SOPBinary.root.appendingPathComponent(Self.ktp).path, encoding: .utf8)
        #expect(fixture.contains("waktu: 5 menit/pemohon\n") && !fixture.contains("waktu_baku: 5 menit"))
        let lint = try SOPBinary.run(["lint", "--strict", Self.ktp])
        #expect(lint.status == 0, "\(lint.stdout)")
        #expect(!lint.stdout.contains("waktu-per-item-text") && !lint.stdout.contains("waktu-read-from-text"), "\(lint.stdout)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let perDocument = root.appendingPathComponent("12-dokumen.yaml")
        try fixture.replacingOccurrences(of: "waktu: 15 menit/pemohon", with: "waktu: 15 menit per dokumen")
            .write(to: perDocument, atomically: true, encoding: .utf8)
        let warned = try SOPBinary.run(["lint", perDocument.path])
        #expect(warned.stdout.contains("warning: waktu '15 menit per dokumen' dibaca '15 menit' untuk seluruh kegiatan: bagian 'per dokumen' diabaikan"),
                "\(warned.stdout)")
    }

    /// F3: a cell with no duration gets a note and `sop show` says the row has no standard.
    @Test func aCellWithNoDurationIsSaidToHaveNoStandard() throws {
        let lint = try SOPBinary.run(["lint", Self.ktp])
        #expect(lint.stdout.contains(
            "12-ktp-el.yaml:172:14: note: waktu 'Menunggu ketersediaan blanko' tidak memuat lama kegiatan: kegiatan ini tanpa standar waktu dan tidak pernah dinilai terlambat [waktu-no-standard]"),
                "\(lint.stdout)")
        #expect(lint.stdout.contains("note: bila memang tanpa standar, tulis di samping 'waktu': 'waktu_baku: tanpa'"), "\(lint.stdout)")
        let show = try SOPBinary.run(["show", "12", "--sop-dir", "Tests/Fixtures/ktp-el"])
        let lines = show.stdout.split(separator: "\n")
        let row = try #require(lines.firstIndex { $0.contains("│ Menunggu ketersediaan blanko") }, "\(show.stdout)")
        #expect(lines[row + 1].contains("│ tanpa standar waktu"), "\(lines[row + 1])")
    }

    /// F13: the remark after the printed total no longer hides the check, and the rows' sum
    /// takes the longer of rows 5a and 5b (15 menit), not both.
    @Test func thePrintedTotalWithARemarkIsComparedWithTheLongestPath() throws {
        let lint = try SOPBinary.run(["lint", Self.ktp])
        #expect(lint.stdout.contains(
            "12-ktp-el.yaml:52:16: note: Total waktu tercetak '1 hari kerja (tidak termasuk menunggu blanko)' berbeda dengan jumlah waktu baris-barisnya (1 jam 15 menit) [total-vs-rows]"),
                "\(lint.stdout)")
        // Without a printed total, the Total row prints the longest path's sum.
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let fixture = try String(contentsOfFile: SOPBinary.root.appendingPathComponent(Self.ktp).path, encoding: .utf8)
        try fixture.replacingOccurrences(of: "  total_waktu: 1 hari kerja (tidak termasuk menunggu blanko)\n", with: "")
            .write(to: root.appendingPathComponent("12-ktp-el.yaml"), atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(at: SOPBinary.root.appendingPathComponent("Tests/Fixtures/ktp-el/garuda.png"),
                                         to: root.appendingPathComponent("garuda.png"))
        let show = try SOPBinary.run(["show", "12", "--sop-dir", root.path])
        #expect(show.stdout.contains("Total waktu: 1 jam 15 menit\n"), "\(show.stdout.suffix(400))")
    }
}
