import Foundation
import SOPCore
import SOPEngine
import SOPModel
import Testing

@testable import SOPTerminal

/// The printed receipt has two places to sign: the complainant's ("Pelapor / penerima layanan",
/// a line to sign on) beside the officer's, which names the roster's full name with the NIP
/// under it, or the login when the roster holds no name for the officer (tester 17, F11).
@Suite struct ReceiptSignatureTests {
    private func receipt(issuedBy: String = "citra") -> Receipt {
        Receipt(instansi: "Dinas Koperasi, Perindustrian dan Perdagangan Kota Malang", unit: nil, nomor: "01",
                judul: "Pelayanan Pengaduan Langsung", caseID: "01-2026-000001", receivedAt: Date(timeIntervalSince1970: 1_796_004_000),
                title: "", present: [], missing: [], due: nil, receivedBy: "budi", issuedBy: issuedBy, tracking: "3BDM-MF8N-HP",
                kind: .full, progress: .completed, issuingStep: "6")
    }

    private func block(_ html: String, _ id: String) throws -> String {
        let start = try #require(html.range(of: "<div id=\"\(id)\">"))
        return String(html[start.lowerBound...].prefix { $0 != "\n" })
    }

    @Test func theComplainantSignsBesideTheOfficerNamedByTheRoster() throws {
        let profiles = [OperatorProfile(operatorName: "citra", fullName: "Citra Lestari, S.H.", nip: "199001012015012002",
                                        setAt: Date(timeIntervalSince1970: 0), setBy: "ani")]
        let html = receipt().naming(profiles).html(paper: .a5, time: TimeText(language: .id))
        #expect(try block(html, "ttd-pelapor") == "<div id=\"ttd-pelapor\">Pelapor / penerima layanan<div class=\"name\"></div></div>")
        #expect(try block(html, "ttd-petugas")
            == "<div id=\"ttd-petugas\">Petugas<div class=\"name\">Citra Lestari, S.H.</div><div class=\"nip\">NIP 199001012015012002</div></div>")
        // The table above still names the officer with the NIP in one line.
        #expect(html.contains("<td>Citra Lestari, S.H. (NIP 199001012015012002)</td>"))
        let english = receipt().naming(profiles).html(paper: .a4, time: TimeText(language: .en))
        #expect(english.contains(">Complainant / service recipient<div class=\"name\"></div>"))
    }

    @Test func anOfficerWithoutANameSignsByLoginAndAFullNameWithoutNIPHasNoNIPLine() throws {
        let html = receipt().naming([]).html(paper: .a4, time: TimeText(language: .id))
        #expect(try block(html, "ttd-petugas") == "<div id=\"ttd-petugas\">Petugas<div class=\"name\">citra</div></div>")
        #expect(html.contains("<div id=\"ttd-pelapor\">"))
        let honorary = [OperatorProfile(operatorName: "citra", fullName: "Citra Lestari", nip: "", setAt: Date(timeIntervalSince1970: 0), setBy: "ani")]
        let named = receipt().naming(honorary).html(paper: .a4, time: TimeText(language: .id))
        #expect(try block(named, "ttd-petugas") == "<div id=\"ttd-petugas\">Petugas<div class=\"name\">Citra Lestari</div></div>")
    }
}
