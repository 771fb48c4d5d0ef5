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
        switch LogoImage.load(logo.value, besides: file.path) {
        case .success: return
        case .failure(.missing(let path)): findings.add(description, Catalog.Printed.logoMissing(path), at: file.location(logo))
        case .failure(.notAnImage(let path)): findings.add(description, Catalog.Printed.logoNotAnImage(path), at: file.location(logo))
        case .failure(.tooLarge(let path)): findings.add(description, Catalog.Printed.logoTooLarge(path), at: file.location(logo))
        }
    }
}
