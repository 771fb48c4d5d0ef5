import SOPCore
import SOPEngine
import SOPModel

/// Who may see a case's personal data unmasked (`--show-personal`), and the record of each time
/// they do (issue 11, tester 11's F1).
///
/// - Before the roster is in force (one desk, no roles yet): whoever opens the store, recorded.
/// - Once it is: an operator holding a role for the case's SOP, or the role administrator
///   (`pengelola-peran`); anyone else is refused (exit 1), nothing is unmasked, and the attempt
///   is logged as refused (who, when, which case, the command, why), so an auditor sees who tried.
/// - Every unmasking is appended to the store's access log BEFORE anything is shown; when it
///   cannot be recorded, nothing is unmasked. On PostgreSQL the server records its session user.
enum PersonalUnmask {
    static func allow(case id: CaseID, sop nomor: String, command: String, identity: DeskIdentity, store: CaseStore,
                      clock: Clock, language: Language) throws(CommandFailure) {
        let roster = identity.roster
        let log = store as? PersonalAccessLog
        var access = PersonalAccess(at: clock.now(), operatorName: identity.name, caseID: id.rawValue, command: command)
        if roster.isEnforced, !roster.isAdmin(identity.name), roster.roles(of: identity.name, sop: nomor).isEmpty {
            access.refused = PersonalAccess.Refusal.noRole
            // The refusal stands whether or not the attempt could be logged.
            try? log?.recordPersonalAccess(access)
            throw CommandFailure(Catalog.AccessLog.unmaskRefused(identity.name, case: id.rawValue, sop: nomor),
                                 language: language, exitCode: 1)
        }
        guard let log else {
            throw CommandFailure(Catalog.AccessLog.unmaskNotRecorded(id.rawValue), language: language, exitCode: 1)
        }
        do {
            try log.recordPersonalAccess(access)
        } catch .unavailable(let reason) {
            // The record comes before the data: a full disk or a read-only store unmasks nothing.
            throw CommandFailure(Catalog.Backup.unmaskNotSaved(id.rawValue, reason: reason), language: language, exitCode: 1)
        } catch {
            throw CommandFailure(error, language: language)
        }
    }
}
