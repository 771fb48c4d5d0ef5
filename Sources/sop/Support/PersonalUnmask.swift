import SOPCore
import SOPEngine
import SOPModel

/// Who may see a case's personal data unmasked (`--show-personal`), and the record of each time
/// they do (issue 11, tester 11's F1).
///
/// - Before the roster is in force (one desk, no roles yet): whoever opens the store, recorded.
/// - Once it is: an operator holding a role for the case's SOP, or the role administrator
///   (`pengelola-peran`); anyone else is refused (exit 1) and nothing is unmasked.
/// - Every unmasking is appended to the store's access log BEFORE anything is shown; when it
///   cannot be recorded, nothing is unmasked. On PostgreSQL the server records its session user.
enum PersonalUnmask {
    static func allow(case id: CaseID, sop nomor: String, command: String, identity: DeskIdentity, store: CaseStore,
                      clock: Clock, language: Language) throws(CommandFailure) {
        let roster = identity.roster
        if roster.isEnforced, !roster.isAdmin(identity.name), roster.roles(of: identity.name, sop: nomor).isEmpty {
            throw CommandFailure(Catalog.AccessLog.unmaskRefused(identity.name, case: id.rawValue, sop: nomor),
                                 language: language, exitCode: 1)
        }
        guard let log = store as? PersonalAccessLog else {
            throw CommandFailure(Catalog.AccessLog.unmaskNotRecorded(id.rawValue), language: language, exitCode: 1)
        }
        do {
            try log.recordPersonalAccess(PersonalAccess(at: clock.now(), operatorName: identity.name, caseID: id.rawValue,
                                                        command: command))
        } catch {
            throw CommandFailure(error, language: language)
        }
    }
}
