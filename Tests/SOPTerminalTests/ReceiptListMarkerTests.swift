import Foundation
import SOPCore
import SOPModel
import Testing

@testable import SOPTerminal

/// Tester 14, F15: on the 80 mm (and 58 mm) receipt a list number stays on the line of its
/// item: no line ends with "2." whose "Fotokopi KTP pemohon" is on the next.
@Suite struct ReceiptListMarkerTests {
    private func receipt() -> Receipt {
        Receipt(instansi: "Dinas Penanaman Modal dan PTSP Kabupaten Banyumas", unit: "Bidang Pelayanan Perizinan",
                nomor: "503/025/SOP-DPMPTSP/2025", judul: "Pelayanan Penerbitan Izin Penyelenggaraan Reklame",
                caseID: "25-2026-000001", receivedAt: Date(timeIntervalSince1970: 1_780_000_000), title: "",
                present: ["1. Formulir permohonan", "2. Fotokopi KTP pemohon", "3. Fotokopi NPWP",
                          "4. Desain dan ukuran reklame", "5. Foto lokasi titik reklame"],
                missing: ["6. Surat pernyataan kesanggupan membongkar", "a) Surat kuasa"], due: nil,
                receivedBy: "sari", issuedBy: "sari", tracking: "ABCD-EFGH", kind: .full, progress: .completed,
                issuingStep: "3a")
    }

    @Test(arguments: [32, 48, 80])
    func aListNumberStaysWithItsItem(columns: Int) {
        let text = receipt().text(columns: columns, time: TimeText(language: .id))
        let lines = text.split(separator: "\n").map(String.init)
        for line in lines {
            #expect(line.count <= columns, "\(line)")
            let last = line.split(separator: " ").last.map(String.init) ?? ""
            #expect(!(last.count <= 3 && (last.hasSuffix(".") || last.hasSuffix(")")) && last.dropLast().allSatisfy { $0.isNumber || $0.isLetter }),
                    "line ends with a list marker: \(line)")
        }
        // Printed with plain spaces, every item whole.
        #expect(!text.contains("\u{00A0}"))
        let joined = lines.joined(separator: " ")
        for item in ["1. Formulir", "2. Fotokopi KTP", "4. Desain", "6. Surat", "a) Surat kuasa"] { #expect(joined.contains(item)) }
    }

    @Test func textWithoutAMarkerIsLeftAsItIs() {
        #expect(Receipt.markerKept("Fotokopi KTP") == "Fotokopi KTP")
        #expect(Receipt.markerKept("2. Fotokopi KTP") == "2.\u{00A0}Fotokopi KTP")
    }
}
