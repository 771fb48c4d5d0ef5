import SOPCore
import SOPModel

/// The first eight digits of a NIP are the birth date, yyyymmdd: it must exist.
struct NIPBirthDateRule: SOPRule {
    let description = RuleDescription(
        id: "nip-birth-date", severity: .error, category: .identity,
        summary: Catalog.Lint.Summary.nipBirthDate,
        triggering: [
            .sop(identity: "disahkan_oleh:\n  nip: ↓19701307 199602 1 001"),
            .sop(identity: "disahkan_oleh:\n  nip: \"↓196902291988021001\""),
        ],
        nonTriggering: [
            .sop(identity: "disahkan_oleh:\n  nip: 19680229 199602 1 001"),
        ])

    func check(_ file: SOPFile, into findings: inout Findings) {
        guard let written = file.sop.identity.approver?.nip else { return }
        let nip = NIP(written.value)
        guard nip.isWellFormed, !Self.isValid(nip) else { return }
        let span = nip.span(NIP.birth)
        findings.add(description, Catalog.Lint.nipBirthDate(nip.written(NIP.birth)),
                     at: file.location(in: written, offset: span.offset, length: span.length))
    }

    static func isValid(_ nip: NIP) -> Bool {
        let date = nip.number(NIP.birth)
        let (year, month, day) = (date / 10000, date / 100 % 100, date % 100)
        return year >= 1900 && SOPDate.Calendar.exists(year: year, month: month, day: day)
    }
}
