#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Foundation
import SOPCore
import SOPEngine

/// Where the store lives: --db, else SOP_DB, else $XDG_DATA_HOME/sop/sop.sqlite, else
/// ~/.local/share/sop/sop.sqlite. Personal data lives there: the file is private to its user.
public enum StoreLocation {
    public static func path(option: String?, environment: [String: String]) -> String {
        if let option, !option.isEmpty { return option }
        if let value = environment["SOP_DB"], !value.isEmpty { return value }
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty { return xdg + "/sop/sop.sqlite" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/share/sop/sop.sqlite"
    }

    /// Whether the file system holding the store has no room left for SQLite to write a page and
    /// its index (less than 64 KiB free to an ordinary user): a write or an index that failed
    /// there failed for the full disk, whatever code the system gave.
    public static func diskFull(at path: String) -> Bool {
        guard !path.isEmpty, path != ":memory:" else { return false }
        let folder = (path as NSString).deletingLastPathComponent
        var info = statvfs()
        guard statvfs(folder.isEmpty ? "." : folder, &info) == 0 else { return false }
        return UInt64(info.f_bavail) * UInt64(info.f_frsize) < 64 * 1024
    }

    /// Creates the folder (0700) and an empty file (0600) when missing, so SQLite never
    /// creates the store with the umask's wider permissions.
    ///
    /// The file is opened only when it does not exist yet. POSIX record locks belong to the
    /// process, and closing any descriptor of a file drops all of them: a second open/close of
    /// a store this process already has open (a second connection, as `sop serve` makes one per
    /// worker) would silently release the first connection's SQLite locks, and another process
    /// closing the store would then take the database for unused and delete its `-wal` and
    /// `-shm` under the living connection (the two processes then no longer see each other's
    /// writes). SQLite's own opens know this and defer their closes; this one must not run.
    static func prepareFile(at path: String) throws(StoreError) {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: 0o700])
            } catch {
                let code = ((error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError)?.code
                throw .unavailable(Catalog.StoreGuard.cannotCreate(folder, reason: Catalog.Faults.reason(errno: Int32(code ?? Int(EACCES)))))
            }
        }
        if FileManager.default.fileExists(atPath: path) { return }
        let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        if descriptor < 0, errno == EEXIST { return }  // created meanwhile by another desk
        guard descriptor >= 0 else {
            throw .unavailable(Catalog.StoreGuard.cannotCreate(path, reason: Catalog.Faults.reason(errno: errno)))
        }
        close(descriptor)
    }
}
