import SOPCore
import SOPEngine
import SOPModel

/// `sop case ID --akses`: the access log of one case, oldest first, one line per unmasking or
/// refused attempt (marked, with why).
enum CaseAccessView {
    static func print(_ id: CaseID, store: CaseStore, time: TimeText, language: Language) throws(CommandFailure) {
        let accesses: [PersonalAccess]
        do {
            _ = try store.events(of: id)
            accesses = try (store as? PersonalAccessLog)?.personalAccesses(of: id.rawValue) ?? []
        } catch {
            throw CommandFailure(error, language: language)
        }
        guard !accesses.isEmpty else {
            Console.write(Catalog.AccessLog.accessNone(id.rawValue).text(language) + "\n")
            return
        }
        let refused = accesses.filter { $0.refused != nil }.count
        let heading = refused == 0 ? Catalog.AccessLog.accessHeading(id.rawValue, count: accesses.count)
            : Catalog.AccessLog.heading(id.rawValue, shown: accesses.count - refused, refused: refused)
        var text = heading.text(language) + "\n"
        for access in accesses {
            text += "  " + time.dateTime(access.at) + " · " + access.operatorName + " · " + access.command
                + (access.refused.map { " · " + Catalog.AccessLog.refused($0).text(language) } ?? "") + "\n"
        }
        Console.write(text)
    }
}
