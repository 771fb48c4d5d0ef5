import SOPCore
import SOPModel

/// Digits 9–14 of a NIP are the first appointment, yyyymm: the month must exist and come
/// after the birth date.
struct NIPAppointmentRule: SOPRule {
    let description = RuleDescription(
        id: "nip-appointment", severity: .error, category: .identity,
        summary: Catalog.Lint.Summary.nipAppointment,
        triggering: [
            .sop(identity: "disahkan_oleh:\n  nip: 19700907 ↓199613 1 001"),
            .sop(identity: "disahkan_oleh:\n  nip: 19700907 ↓196902 1 001"),
        ],
        nonTriggering: [
            .sop(identity: "disahkan_oleh:\n  nip: 19700907 199612 1 001"),
        ])

    func check(_ file: SOPFile, into findings: inout Findings) {
        guard let written = file.sop.identity.approver?.nip else { return }
        let nip = NIP(written.value)
        guard nip.isWellFormed else { return }
        let appointment = nip.number(NIP.appointment)
        let (year, month) = (appointment / 100, appointment % 100)
        let span = nip.span(NIP.appointment)
        let location = file.location(in: written, offset: span.offset, length: span.length)
        if year < 1900 || !(1...12).contains(month) {
            findings.add(description, Catalog.Lint.nipAppointment(nip.written(NIP.appointment)), at: location)
        } else if NIPBirthDateRule.isValid(nip), appointment < nip.number(NIP.birth) / 100 {
            findings.add(description, Catalog.Lint.nipAppointmentBeforeBirth(nip.written(NIP.appointment),
                                                                              birth: nip.written(NIP.birth)),
                         at: location)
        }
    }
}
