import SOPCore
import SOPModel

/// An electronic signature prints the certifying body's text instead of a signature space:
/// the text must be written, and only for an electronic signature.
struct SignatureRule: SOPRule {
    let description = RuleDescription(
        id: "signature-text", severity: .warning, category: .identity,
        summary: Catalog.Printed.Summary.signature,
        triggering: [
            .sop(identity: "disahkan_oleh: {jabatan: Kepala Satuan, nama: NAMA, tanda_tangan: ↓elektronik}"),
            .sop(identity: "disahkan_oleh: {jabatan: Kepala Satuan, nama: NAMA, keterangan_elektronik: ↓Ditandatangani secara elektronik}"),
        ],
        nonTriggering: [
            .sop(identity: """
                disahkan_oleh:
                  jabatan: Kepala Satuan
                  nama: NAMA
                  tanda_tangan: elektronik
                  keterangan_elektronik: Ditandatangani secara elektronik menggunakan sertifikat elektronik yang diterbitkan BSrE
                """),
            .sop(identity: "disahkan_oleh: {jabatan: Kepala Satuan, nama: NAMA}"),
        ])

    func check(_ file: SOPFile, into findings: inout Findings) {
        guard let approver = file.sop.identity.approver else { return }
        if approver.signature == .elektronik, approver.electronicText == nil {
            let at = file.root["disahkan_oleh"]?.mapping?.pairs.first { $0.key.value == "tanda_tangan" }?.value
            findings.add(description, Catalog.Printed.electronicWithoutText, at: at.map { file.location($0.mark, length: $0.length) })
        } else if approver.signature == .basah, let text = approver.electronicText {
            findings.add(description, Catalog.Printed.textWithoutElectronic, at: file.location(text))
        }
    }
}
