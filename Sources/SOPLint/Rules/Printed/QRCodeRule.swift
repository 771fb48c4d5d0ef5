import SOPCore
import SOPModel

/// The QR code of an electronic signature (`disahkan_oleh: {kode_qr: …}`) must be an image file
/// beside the SOP: documents embed it, and nothing is fetched from a network.
struct QRCodeRule: SOPRule {
    let description = RuleDescription(
        id: "qr-code", severity: .error, category: .identity,
        summary: Catalog.ElectronicSignature.Summary.qrCode,
        triggering: [
            .sop(identity: "disahkan_oleh: {jabatan: Kepala, nama: NAMA, tanda_tangan: elektronik, kode_qr: ↓qr-sop.png}"),
            .sop(identity: "disahkan_oleh: {jabatan: Kepala, nama: NAMA, tanda_tangan: elektronik, kode_qr: ↓contoh.yaml}"),
        ],
        nonTriggering: [
            .sop(identity: "disahkan_oleh: {jabatan: Kepala, nama: NAMA}"),
        ])

    func check(_ file: SOPFile, into findings: inout Findings) {
        guard let qr = file.sop.identity.approver?.qrCode else { return }
        findings.addImageProblem(description, qr, in: file) { problem in
            switch problem {
            case .missing(let path): Catalog.ElectronicSignature.qrMissing(path)
            case .notAnImage(let path): Catalog.ElectronicSignature.qrNotAnImage(path)
            case .tooLarge(let path): Catalog.ElectronicSignature.qrTooLarge(path)
            }
        }
    }
}
