import Foundation
import SOPEngine
import SOPModel

/// Which role starts a case of each SOP of the folder (its first step's), for the "start a
/// case" link of every page. The folder is read again only when one of its files changed (by
/// name, size and modification time), so a page costs a directory listing, not a parse.
final class Starters: @unchecked Sendable {
    // @unchecked: `signature` and `starts` are read and written only under `lock`.
    private let lock = NSLock()
    private let folder: SOPFolder
    private let calendar: WorkCalendar
    private var signature: [String] = []
    private var starts: [(nomor: String, role: String)] = []

    init(folder: SOPFolder, calendar: WorkCalendar) {
        self.folder = folder
        self.calendar = calendar
    }

    /// Whether the operator holds, now, the role that starts some SOP of the folder.
    func mayStart(_ operatorName: String, roster: Roster) -> Bool {
        current().contains { roster.holds(operatorName, $0.role, sop: $0.nomor) }
    }

    private func current() -> [(nomor: String, role: String)] {
        let files = (try? folder.files()) ?? []
        let signature = files.map { path -> String in
            let attributes = try? FileManager.default.attributesOfItem(atPath: path)
            let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            return "\(path)\t\(attributes?[.size] as? Int ?? -1)\t\(modified)"
        }
        if let known = lock.withLock({ self.signature == signature ? self.starts : nil }) { return known }
        let fresh = ((try? folder.loadAll()) ?? []).compactMap { result -> (nomor: String, role: String)? in
            guard let sop = result.sop, let role = WorklistRoutes.firstRole(of: sop, calendar: calendar) else { return nil }
            return (sop.nomor, role)
        }
        lock.withLock {
            self.signature = signature
            self.starts = fresh
        }
        return fresh
    }
}
