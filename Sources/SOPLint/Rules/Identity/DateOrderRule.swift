import SOPCore
import SOPModel

/// Efektif (or pengesahan) and revisi cannot come before pembuatan. A month covers all its days:
/// "Maret 2021" is not before "10 Maret 2021".
struct DateOrderRule: SOPRule {
    let description = RuleDescription(
        id: "date-order", severity: .error, category: .identity,
        summary: Catalog.Lint.Summary.dateOrder,
        triggering: [
            .sop(identity: "tanggal:\n  pembuatan: Maret 2021\n  efektif: ↓Februari 2021"),
            .sop(identity: "tanggal:\n  pembuatan: 10 Maret 2021\n  revisi: ↓2021-03-09\n  efektif: 10 Maret 2021"),
        ],
        nonTriggering: [
            .sop(identity: "tanggal:\n  pembuatan: 10 Maret 2021\n  revisi: \"-\"\n  efektif: Maret 2021"),
            .sop(identity: "tanggal:\n  pembuatan: 24 Februari 2025\n  pengesahan: 25 Februari 2025"),
        ])

    func check(_ file: SOPFile, into findings: inout Findings) {
        let dates = file.sop.identity.dates
        guard let pembuatan = dates.pembuatan, let created = pembuatan.span else { return }
        for (label, date) in [(dates.effectiveLabel.rawValue, dates.efektif), ("revisi", dates.revisi)] {
            guard let date, let span = date.span, span.last < created.first else { continue }
            findings.add(description, Catalog.Lint.dateBefore(label, date.text.value, pembuatan: pembuatan.text.value),
                         at: file.location(date.text),
                         notes: [.init(Catalog.Lint.pembuatanHere, at: file.location(pembuatan.text))])
        }
    }
}
