import Foundation
import SOPCore

/// Who may see a case's personal data unmasked, and the record of each time they do, for the
/// terminal (`--show-personal`) and the web desk (`Tampilkan`) alike (issue 11, tester 11's F1,
/// tester 20's finding 2):
///
/// - Before the roster is in force (one desk, no roles yet): whoever opens the store, recorded.
/// - Once it is: an operator holding a role for the case's SOP, or the role administrator
///   (`pengelola-peran`); anyone else (the head of unit, `pimpinan`, reads masked) is refused,
///   nothing is unmasked, and the attempt is logged as refused, so an auditor sees who tried.
/// - Every unmasking is appended to the store's access log BEFORE anything is shown; when it
///   cannot be recorded, nothing is unmasked. On PostgreSQL the server records its session user.
public enum PersonalAccessGate {
    public enum Denial: Error, Sendable, Equatable {
        /// The operator holds no role for the case's SOP (the refusal was logged when it could be).
        case noRole
        /// The store keeps no access log.
        case noLog
        /// The unmasking could not be recorded (a full disk, a read-only store).
        case notRecorded(Localized)
        case store(StoreError)
    }

    /// Records the unmasking (or the refused attempt) in `store`'s access log; throws when
    /// nothing may be shown.
    public static func record(case id: String, sop nomor: String, command: String, operatorName: String, roster: Roster,
                              store: AnyObject, at: Date) throws(Denial) {
        let log = store as? PersonalAccessLog
        var access = PersonalAccess(at: at, operatorName: operatorName, caseID: id, command: command)
        if roster.isEnforced, !roster.isAdmin(operatorName), roster.roles(of: operatorName, sop: nomor).isEmpty {
            access.refused = PersonalAccess.Refusal.noRole
            // The refusal stands whether or not the attempt could be logged.
            try? log?.recordPersonalAccess(access)
            throw .noRole
        }
        guard let log else { throw .noLog }
        do {
            try log.recordPersonalAccess(access)
        } catch .unavailable(let reason) {
            // The record comes before the data: a full disk or a read-only store unmasks nothing.
            throw .notRecorded(reason)
        } catch {
            throw .store(error)
        }
    }
}
