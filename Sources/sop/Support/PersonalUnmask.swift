import SOPCore
import SOPEngine
import SOPModel

/// `--show-personal`: checked and recorded by the rule the web desk shares (`PersonalAccessGate`),
/// its refusals as the terminal words them.
enum PersonalUnmask {
    static func allow(case id: CaseID, sop nomor: String, command: String, identity: DeskIdentity, store: CaseStore,
                      clock: Clock, language: Language) throws(CommandFailure) {
        do throws(PersonalAccessGate.Denial) {
            try PersonalAccessGate.record(case: id.rawValue, sop: nomor, command: command, operatorName: identity.name,
                                          roster: identity.roster, store: store, at: clock.now())
        } catch {
            switch error {
            case .noRole:
                throw CommandFailure(Catalog.AccessLog.unmaskRefused(identity.name, case: id.rawValue, sop: nomor),
                                     language: language, exitCode: 1)
            case .noLog:
                throw CommandFailure(Catalog.AccessLog.unmaskNotRecorded(id.rawValue), language: language, exitCode: 1)
            case .notRecorded(let reason):
                throw CommandFailure(Catalog.Backup.unmaskNotSaved(id.rawValue, reason: reason), language: language, exitCode: 1)
            case .store(let failure):
                throw CommandFailure(failure, language: language)
            }
        }
    }
}
