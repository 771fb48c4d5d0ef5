import SOPCore
import SOPEngine
import SOPModel
import SOPStore

/// `sop case ID --akses`: the access log of one case, oldest first, one line per unmasking or
/// refused attempt (marked, with why). The log is checked first as `sop db verify` checks it
/// (`ChainVerifier.accessLogCheck`): a log emptied, cut short, edited or forged, or its table
/// dropped, is said (exit 1), never read as "never unmasked" (tester 19's F2). A case whose own
/// history is broken still shows its log, with the break said: that is when an auditor needs it.
enum CaseAccessView {
    static func print(_ id: CaseID, store: CaseStore, time: TimeText, language: Language) throws(CommandFailure) {
        var caseBroken: Localized?
        let checked: (entries: [PersonalAccess], breaks: [ChainBreak], acknowledged: [Localized])?
        do throws(StoreError) {
            do {
                _ = try store.events(of: id)
            } catch .unavailable(let reason) {
                // The case's chain refused (a store that cannot be read fails again just below).
                caseBroken = reason
            }
            if let verifiable = store as? any VerifiableStore {
                checked = try ChainVerifier.accessLogCheck(of: id.rawValue, verifiable)
            } else {
                checked = (try (store as? PersonalAccessLog)?.personalAccesses(of: id.rawValue) ?? [], [], [])
            }
        } catch {
            throw CommandFailure(error, language: language)
        }
        guard let (accesses, breaks, acknowledged) = checked else {
            throw CommandFailure(Catalog.AccessLog.accessTableMissing(id.rawValue), language: language, exitCode: 1)
        }
        var text = ""
        if accesses.isEmpty, breaks.isEmpty {
            text += Catalog.AccessLog.accessNone(id.rawValue).text(language) + "\n"
        } else {
            let refused = accesses.filter { $0.refused != nil }.count
            let heading = refused == 0 ? Catalog.AccessLog.accessHeading(id.rawValue, count: accesses.count)
                : Catalog.AccessLog.heading(id.rawValue, shown: accesses.count - refused, refused: refused)
            text += heading.text(language) + "\n"
            for access in accesses {
                text += "  " + time.dateTime(access.at) + " · " + access.operatorName + " · " + access.command
                    + (access.refused.map { " · " + Catalog.AccessLog.refused($0).text(language) } ?? "") + "\n"
            }
        }
        text += ChainBreak.printed(breaks, language)
        text += acknowledged.map { "  ⚠ " + $0.text(language) + "\n" }.joined()
        if let caseBroken, !breaks.isEmpty { text += Catalog.AccessLog.caseBroken(caseBroken).text(language) + "\n" }
        Console.write(text)
        if !breaks.isEmpty {
            throw CommandFailure(Catalog.AccessLog.accessBroken(ChainBreak.findings(breaks)), language: language, exitCode: 1)
        }
        if let caseBroken { throw CommandFailure(Catalog.AccessLog.caseBroken(caseBroken), language: language, exitCode: 1) }
    }
}
