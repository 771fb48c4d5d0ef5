import Foundation

/// The SOP revisions this store saw saved (by its own write, or already there): a revision row
/// is content-addressed and never deleted, so a case started on a revision seen once needs no
/// read to know it is stored. Not remembered inside a group, whose transaction may yet roll back.
final class SavedRevisions: @unchecked Sendable {
    private let lock = NSLock()
    private var hashes: Set<String> = []

    func contains(_ hash: String) -> Bool { lock.withLock { hashes.contains(hash) } }

    func insert(_ hash: String) { lock.withLock { _ = hashes.insert(hash) } }
}
