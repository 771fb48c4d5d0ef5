import Foundation
import SOPEngine
import SOPModel

/// Which role starts a case of each SOP of the folder (its first step's), for the "start a
/// case" link of every page, and the roles' names for the header. The folder is read again only when one of its files changed (by
/// name, size and modification time), so a page costs a directory listing, not a parse.
final class Starters: @unchecked Sendable {
    // @unchecked: `signature`, `starts` and `names` are read and written only under `lock`.
    private let lock = NSLock()
    private let folder: SOPFolder
    private let calendar: WorkCalendar
    private var signature: [String] = []
    private var starts: [(nomor: String, role: String)] = []
    /// Each role's name as the SOPs print it (the first SOP that names it).
    private var names: [String: String] = [:]

    init(folder: SOPFolder, calendar: WorkCalendar) {
        self.folder = folder
        self.calendar = calendar
    }

    /// Whether the operator holds, now, the role that starts some SOP of the folder.
    func mayStart(_ operatorName: String, roster: Roster) -> Bool {
        current().contains { roster.holds(operatorName, $0.role, sop: $0.nomor) }
    }

    /// A role's name as the folder's SOPs print it ("Resepsionis"), its id when none names it.
    func name(of role: String) -> String {
        _ = current()
        return lock.withLock { names[role] } ?? role
    }

    private func current() -> [(nomor: String, role: String)] {
        let files = (try? folder.files()) ?? []
        let signature = files.map { path -> String in
            let attributes = try? FileManager.default.attributesOfItem(atPath: path)
            let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            return "\(path)\t\(attributes?[.size] as? Int ?? -1)\t\(modified)"
        }
        if let known = lock.withLock({ self.signature == signature ? self.starts : nil }) { return known }
        let sops = ((try? folder.loadAll()) ?? []).compactMap(\.sop)
        let fresh = sops.compactMap { sop -> (nomor: String, role: String)? in
            WorklistRoutes.firstRole(of: sop, calendar: calendar).map { (sop.nomor, $0) }
        }
        var names: [String: String] = [:]
        for actor in sops.flatMap(\.actors) where names[actor.id.value] == nil { names[actor.id.value] = actor.name }
        lock.withLock {
            self.signature = signature
            self.starts = fresh
            self.names = names
        }
        return fresh
    }
}
