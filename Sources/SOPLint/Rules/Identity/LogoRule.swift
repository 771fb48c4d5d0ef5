import SOPCore
import SOPModel

/// The logo (`cetak: {logo: …}`) must be an image file beside the SOP: documents embed it, and
/// nothing is fetched from a network.
struct LogoRule: SOPRule {
    let description = RuleDescription(
        id: "logo", severity: .error, category: .identity,
        summary: Catalog.Printed.Summary.logo,
        triggering: [
            .sop(identity: "cetak: {logo: ↓logo-pemprov.png}"),
            .sop(identity: "cetak: {logo: ↓contoh.yaml}"),
        ],
        nonTriggering: [
            .sop(identity: "cetak: {kop: [Pemerintah Provinsi Contoh, Satuan Polisi Pamong Praja]}"),
        ])

    func check(_ file: SOPFile, into findings: inout Findings) {
        guard let logo = file.sop.identity.printing.logo else { return }
        findings.addImageProblem(description, logo, in: file) { problem in
            switch problem {
            case .missing(let path): Catalog.Printed.logoMissing(path)
            case .notAnImage(let path): Catalog.Printed.logoNotAnImage(path)
            case .tooLarge(let path): Catalog.Printed.logoTooLarge(path)
            }
        }
    }
}
