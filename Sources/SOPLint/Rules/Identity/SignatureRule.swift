import SOPCore
import SOPModel

/// An electronic signature prints the certifying body's text (in the signer cell, or at the
/// foot of every page) or its QR code instead of a signature space: one of them must be
/// written, and only for an electronic signature.
struct SignatureRule: SOPRule {
    let description = RuleDescription(
        id: "signature-text", severity: .warning, category: .identity,
        summary: Catalog.Printed.Summary.signature,
        triggering: [
            .sop(identity: "disahkan_oleh: {jabatan: Kepala Satuan, nama: NAMA, tanda_tangan: ↓elektronik}"),
            .sop(identity: "disahkan_oleh: {jabatan: Kepala Satuan, nama: NAMA, keterangan_elektronik: ↓Ditandatangani secara elektronik}"),
            .sop(identity: "disahkan_oleh: {jabatan: Kepala Satuan, nama: NAMA, kode_qr: ↓contoh.yaml}"),
            .sop(identity: "disahkan_oleh: {jabatan: Kepala, nama: NAMA, tanda_tangan: elektronik, kode_qr: contoh.yaml, keterangan_di: ↓kaki_halaman}"),
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
            // The signed page prints only a QR code and the name (its image not at hand).
            .sop(identity: "disahkan_oleh: {jabatan: Kepala Satuan, nama: NAMA, tanda_tangan: elektronik, kode_qr: ya}"),
        ])

    func check(_ file: SOPFile, into findings: inout Findings) {
        guard let approver = file.sop.identity.approver else { return }
        if approver.signature == .basah, let qr = approver.qrCode ?? approver.qrCodeWithoutImage {
            findings.add(description, Catalog.ElectronicSignature.qrWithoutElectronic, at: file.location(qr))
        }
        if approver.notePlacement == .kaki_halaman, approver.electronicText == nil {
            let at = file.root["disahkan_oleh"]?.mapping?["keterangan_di"]
            findings.add(description, Catalog.ElectronicSignature.footWithoutText, at: at.map { file.location($0.mark, length: $0.length) })
        } else if approver.signature == .elektronik, approver.electronicText == nil, approver.qrCode == nil,
                  approver.qrCodeWithoutImage == nil {
            let at = file.root["disahkan_oleh"]?.mapping?.pairs.first { $0.key.value == "tanda_tangan" }?.value
            findings.add(description, Catalog.Printed.electronicWithoutText, at: at.map { file.location($0.mark, length: $0.length) },
                         notes: [.init(Catalog.YAML.qrOnlyHint)])
        } else if approver.signature == .basah, let text = approver.electronicText {
            findings.add(description, Catalog.Printed.textWithoutElectronic, at: file.location(text))
        }
    }
}
