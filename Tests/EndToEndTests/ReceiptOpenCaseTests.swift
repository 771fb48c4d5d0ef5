import Foundation
import Testing

/// `sop receipt` from a case's first step: the complainant at the walk-in desk leaves with the
/// tracking code; the SOP's receipt step (`kasus: tanda_terima: 6`) issues the full form.
@Suite("the receipt of an open case")
struct ReceiptOpenCaseTests {
    let desk = ServiceDeskTests()

    /// The output with its random tracking code replaced, for a golden file.
    static func pinned(_ text: String) -> (text: String, code: String?) {
        guard let range = text.range(of: #"[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{2}"#, options: .regularExpression) else {
            return (text, nil)
        }
        let code = String(text[range])
        return (text.replacingOccurrences(of: code, with: "XXXX-XXXX-XX"), code)
    }

    @Test func theWalkInDeskPrintsAReceiptWithTheTrackingCode() throws {
        let first = try desk.sop(["run", "01", "--answers", try desk.answers("a.yaml", ServiceDeskTests.reception),
                                  "--as", "resepsionis", "--operator", "budi"])
        #expect(first.status == 0, "\(first.stderr)")
        let id = "01-2026-000001"
        let early = try desk.sop(["receipt", id])
        #expect(early.status == 0, "\(early.stderr)")
        let (text, code) = Self.pinned(early.stdout)
        try SOPBinary.expectGolden(text, "receipt-open-80.txt")
        #expect(!early.stdout.contains("3573014101900001") && !early.stdout.contains("0812-3456-7890"))
        #expect(!early.stdout.contains("Catatan internal"))
        // The code works at once: the complainant's lookup answers for the open case.
        let code_ = try #require(code)
        let status = try desk.sop(["status", code_])
        #expect(status.status == 0, "\(status.stderr)")
        #expect(status.stdout.contains("Sedang dikerjakan: tahap 3 dari 6"), "\(status.stdout)")
        // The same code on every print, and on the full form later.
        #expect(Self.pinned(try desk.sop(["receipt", id, "--kertas", "58"]).stdout).code == code)
        let a5 = try desk.sop(["receipt", id, "--kertas", "a5"]).stdout
        #expect(a5.contains("<h1>TANDA TERIMA</h1>") && a5.contains("sedang diproses") && a5.contains(code_))
        #expect(a5.contains("Ini tanda terima sementara; Form Penerimaan Layanan yang lengkap Anda terima saat layanan sampai pada tahap 6."))

        // Desk 2 finishes the case: the full form names who received and who issued it.
        for (name, text) in [("b.yaml", ServiceDeskTests.complaintsUntilPause), ("c.yaml", ServiceDeskTests.complaintsToTheEnd)] {
            let run = try desk.sop(["run", "--case", id, "--answers", try desk.answers(name, text),
                                    "--as", "staf-pengaduan", "--operator", "ani"])
            #expect(run.status == 0, "\(run.stderr)")
        }
        let full = try desk.sop(["receipt", id])
        let (fullText, fullCode) = Self.pinned(full.stdout)
        #expect(fullCode == code)
        try SOPBinary.expectGolden(fullText, "receipt-full-80.txt")
        let html = try desk.sop(["receipt", id, "--kertas", "a4"]).stdout
        #expect(html.contains("<div class=\"name\">ani</div>") && !html.contains("sedang diproses"))
    }

    @Test func aCancelledCaseSaysSoAndABadCaseIsAnError() throws {
        let cancel = """
            langkah:
              - kegiatan: 1
                kelengkapan: {Identitas: tidak}
                isian: {nama: Budi, telepon: "0813 1111 2222", cara_menghubungi: Telepon, maksud: Tanya}
                output: {Data pelapor: dicatat}
              - {tindakan: batal, alasan: pelapor pergi}
            """
        let run = try desk.sop(["run", "01", "--answers", try desk.answers("x.yaml", cancel), "--as", "resepsionis",
                                "--operator", "budi"])
        #expect(run.status == 0, "\(run.stderr)")
        let receipt = try desk.sop(["receipt", "01-2026-000001", "--lang", "en"]).stdout
        #expect(receipt.contains("Status: cancelled"), "\(receipt)")
        #expect(receipt.contains("Documents missing: Identitas"))
        // A cancelled case is never promised a completion date (tester 11's F10).
        #expect(!receipt.contains("Due by") && receipt.contains("Cancelled on"), "\(receipt)")
        let missing = try desk.sop(["receipt", "01-2026-000099"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "sop: galat: kasus '01-2026-000099' tidak ditemukan di basis data\n", "\(missing.stderr)")
    }
}
