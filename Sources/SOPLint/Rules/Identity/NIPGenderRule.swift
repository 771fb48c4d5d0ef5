import SOPCore
import SOPModel

/// Digit 15 of a NIP is the gender: 1 (male) or 2 (female).
struct NIPGenderRule: SOPRule {
    let description = RuleDescription(
        id: "nip-gender", severity: .error, category: .identity,
        summary: Catalog.Lint.Summary.nipGender,
        triggering: [
            .sop(identity: "disahkan_oleh:\n  nip: 19700907 199602 ↓3 001"),
        ],
        nonTriggering: [
            .sop(identity: "disahkan_oleh:\n  nip: 19700907 199602 2 001"),
        ])

    func check(_ file: SOPFile, into findings: inout Findings) {
        guard let written = file.sop.identity.approver?.nip else { return }
        let nip = NIP(written.value)
        guard nip.isWellFormed, !(1...2).contains(nip.number(NIP.gender)) else { return }
        let span = nip.span(NIP.gender)
        findings.add(description, Catalog.Lint.nipGender(nip.written(NIP.gender)),
                     at: file.location(in: written, offset: span.offset, length: span.length))
    }
}
