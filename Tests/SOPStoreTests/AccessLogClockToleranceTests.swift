import Foundation
import SOPEngine
import SOPStore
import Testing

/// The access log's check against the roster allows the clock skew allowed between desks
/// (`ChainVerifier.clockTolerance`, 1 minute): a role granted at one desk and the data shown at
/// once at another whose clock is behind is dated before the grant, and is no finding; data shown
/// well outside the role's time still is.
@Suite struct AccessLogClockToleranceTests {
    static let start = Date(timeIntervalSince1970: 1_796_000_000)

    static func at(_ seconds: TimeInterval) -> Date { start.addingTimeInterval(seconds) }

    /// ani administers from the start; citra holds staf-pengaduan for SOP 01 from 10 minutes on,
    /// until it is revoked 30 minutes later.
    static var roster: RosterAudit { RosterAudit(history: [
        RosterEntry(sequence: 1, at: at(0), by: "ani", action: .grant, operatorName: "ani", role: Roster.adminRole, sop: nil),
        RosterEntry(sequence: 2, at: at(600), by: "ani", action: .grant, operatorName: "citra", role: "staf-pengaduan", sop: "01"),
        RosterEntry(sequence: 3, at: at(2_400), by: "ani", action: .revoke, operatorName: "citra", role: "staf-pengaduan", sop: "01"),
    ]) }

    /// The places of the log's entries (data shown to citra at each of `seconds`) reported as
    /// shown to someone without a role.
    static func findings(shownAt seconds: [TimeInterval]) -> [Int] {
        let entries = seconds.map { PersonalAccess(at: at($0), operatorName: "citra", caseID: "01-2026-000001", command: "sop case --show-personal") }
        var cases = AccessLogAudit.Cases()
        cases.starts["01-2026-000001"] = start.milliseconds
        cases.sops["01-2026-000001"] = "01"
        let audit = AccessLogAudit(log: AccessLogChain.linked(entries, after: 0, previous: ""))
        let checked = audit.entryChecks(cases, roster: roster)
        #expect(checked.breaks.isEmpty)
        return checked.findings.map(\.sequence)
    }

    @Test func aDeskClockWithinAMinuteOfTheGrantOrRevocationIsNoFinding() {
        // 30 s before the grant (the showing desk's clock behind the granting desk's), during the
        // role, 30 s after the revocation (the showing desk's clock ahead): none reported.
        #expect(Self.findings(shownAt: [570, 1_200, 2_430]) == [])
    }

    @Test func dataShownWellOutsideTheRolesTimeIsStillAFinding() {
        // 90 s before the grant and 90 s after the revocation: both reported, the one between not.
        #expect(Self.findings(shownAt: [510, 1_200, 2_490]) == [1, 3])
    }

    @Test func theAdministratorMayBeShownAtAnyTime() {
        let entry = PersonalAccess(at: Self.at(30), operatorName: "ani", caseID: "01-2026-000001", command: "sop case --show-personal")
        var cases = AccessLogAudit.Cases()
        cases.starts["01-2026-000001"] = Self.start.milliseconds
        cases.sops["01-2026-000001"] = "01"
        let audit = AccessLogAudit(log: AccessLogChain.linked([entry], after: 0, previous: ""))
        #expect(audit.entryChecks(cases, roster: Self.roster).findings.isEmpty)
    }
}
