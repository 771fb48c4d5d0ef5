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
            == "<div id=\"ttd-petugas\">Petugas<div class=\"name\">Citra Lestari, S.H.</div><div class=\"nip\">NIP 19900101 201501 2 002</div></div>")
        // The table above still names the officer with the NIP in one line.
        #expect(html.contains("<td>Citra Lestari, S.H. (NIP 19900101 201501 2 002)</td>"))
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

    /// The receipt printer's roll has both places too, one under the other, each line within
    /// the roll's width: the officer's full name and NIP under the line (tester 20).
    @Test func theThermalReceiptHasBothPlacesWithinItsWidth() throws {
        let profiles = [OperatorProfile(operatorName: "citra", fullName: "Citra Lestari Wulandari Kusumaningrum, S.H., M.Kn.",
                                        nip: "199001012015012002", setAt: Date(timeIntervalSince1970: 0), setBy: "ani")]
        let named = receipt().naming(profiles)
        let line32 = String(repeating: "_", count: 28)
        let text58 = named.text(columns: 32, time: TimeText(language: .id))
        #expect(text58.hasSuffix("""

            Pelapor / penerima layanan


            \(line32)

            Petugas


            \(line32)
            Citra Lestari Wulandari
            Kusumaningrum, S.H., M.Kn.
            NIP 19900101 201501 2 002

            """))
        #expect(text58.split(separator: "\n").allSatisfy { $0.count <= 32 })
        let text80 = named.text(columns: 48, time: TimeText(language: .en))
        #expect(text80.contains("\nComplainant / service recipient\n\n\n\(String(repeating: "_", count: 44))\n"))
        #expect(text80.contains("\nOfficer\n\n\n\(String(repeating: "_", count: 44))\nCitra Lestari Wulandari"))
        #expect(text80.split(separator: "\n").allSatisfy { $0.count <= 48 })
        // Without a name in the roster: the login on the line, no NIP line.
        let bare = receipt().naming([]).text(columns: 32, time: TimeText(language: .id))
        #expect(bare.hasSuffix("Petugas\n\n\n\(line32)\ncitra\n"))
        // The page the web desk shows for the roll is that very text.
        let page = named.html(paper: .mm58, time: TimeText(language: .id))
        #expect(page.contains("<pre class=\"struk\" id=\"struk-58\">" + HTML.escape(text58) + "</pre>"))
    }
}
