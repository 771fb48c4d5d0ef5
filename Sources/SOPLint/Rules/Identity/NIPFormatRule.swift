import SOPCore
import SOPModel

/// A NIP has 18 digits, written with or without the spaces of the printed form.
struct NIPFormatRule: SOPRule {
    let description = RuleDescription(
        id: "nip-format", severity: .error, category: .identity,
        summary: Catalog.Lint.Summary.nipFormat,
        triggering: [
            .sop(identity: "disahkan_oleh:\n  nip: ↓19700907 199602 1 00"),
            .sop(identity: "disahkan_oleh:\n  nip: \"1970↓O907 199602 1 001\""),
            .sop(identity: "disahkan_oleh:\n  nip: ↓NIP. 19700907 199602 1 00"),
        ],
        nonTriggering: [
            .sop(identity: "disahkan_oleh:\n  nip: 19700907 199602 1 001"),
            .sop(identity: "disahkan_oleh:\n  nip: \"196608251988021001\""),
            // Copied from the print with its label: read past, printed as typed.
            .sop(identity: "disahkan_oleh:\n  nip: NIP. 19700907 199602 1 001"),
            .sop(identity: "disahkan_oleh:\n  nip: \"NIP: 196608251988021001\""),
        ])

    func check(_ file: SOPFile, into findings: inout Findings) {
        guard let written = file.sop.identity.approver?.nip else { return }
        let nip = NIP(written.value)
        if let foreign = nip.foreign {
            findings.add(description, Catalog.Lint.nipNotDigits(nip.text, character: String(foreign.character)),
                         at: file.location(in: written, offset: foreign.offset, length: 1))
        } else if nip.digits.count != NIP.length {
            findings.add(description, Catalog.Lint.nipLength(nip.text, digits: nip.digits.count),
                         at: file.location(written))
        }
    }
}
