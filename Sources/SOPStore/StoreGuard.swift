#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Foundation
import GRDB
import SOPCore
import SOPEngine

/// What makes a SQLite file an sop store, and the checks made before one is used:
/// - it is marked with `PRAGMA application_id` (a store made before the mark, recognizable by
///   its `sop_case` table and `grdb_migrations`, is marked when next opened for writing);
///   another application's file is refused, never taken over;
/// - every migration it has applied is one this binary knows: a store written by a newer sop is
///   refused, never used;
/// - migrations run one process at a time (an exclusive lock on the store's folder), so that
///   processes starting at once on a fresh store never both create the same table;
/// - the file is private to its user (0600; the folder 0700 when it holds only the store).
enum StoreGuard {
    /// "SOP1" as a big-endian 32-bit integer.
    static let applicationID: Int32 = 0x534F_5031

    enum Identity: Equatable {
        case marked, fresh, unmarkedSOP
    }

    /// Whose file it is, and whether a newer sop wrote it.
    static func identity(_ db: Database, path: String) throws -> Identity {
        let id = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        let tables = Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'"))
        let identity: Identity
        if id == applicationID {
            identity = .marked
        } else if id != 0 {
            throw StoreError.unavailable(Catalog.StoreGuard.foreign(path))
        } else if tables.subtracting(["grdb_migrations"]).isEmpty {
            // Nothing yet, or only GRDB's table (made before the first migration's transaction).
            identity = .fresh
        } else if tables.contains("grdb_migrations"), tables.contains("sop_case") {
            identity = .unmarkedSOP
        } else {
            throw StoreError.unavailable(Catalog.StoreGuard.foreign(path))
        }
        if tables.contains("grdb_migrations") {
            let known = Set(Migrations.migrator.migrations)
            let unknown = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier")
                .filter { !known.contains($0) }
            if !unknown.isEmpty { throw StoreError.unavailable(Catalog.StoreGuard.newer(path, migrations: unknown)) }
        }
        return identity
    }

    /// An sop store, or a file with nothing in it yet.
    static func mayTurnOnWAL(_ db: Database) throws -> Bool {
        try Int32.fetchOne(db, sql: "PRAGMA application_id") == applicationID
            || Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE name <> 'grdb_migrations'") == 0
            || Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE name = 'sop_case'") == 1
    }

    /// Checks the store, then (when it is not yet marked and up to date, under the migration
    /// lock) marks and migrates it. `migrate: false` checks only.
    static func prepare(_ queue: DatabaseQueue, path: String, migrate: Bool) throws {
        // Outside the lock a store may be half-way through another process's first migration:
        // only a marked, up-to-date store is taken as ready here; the lock decides the rest.
        let ready = try queue.read { db in
            try (try? identity(db, path: path)) == .marked
                && Migrations.migrator.migrations.count == (try Migrations.migrator.appliedMigrations(db)).count
        }
        guard !ready else { return }
        guard migrate else {
            _ = try queue.read { db in try identity(db, path: path) }
            return
        }
        try withFolderLock(of: path) {
            // Checked again under the lock: another process may have done it meanwhile.
            _ = try queue.read { db in try identity(db, path: path) }
            try Migrations.migrator.migrate(queue)
            try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA application_id = \(applicationID)") }
        }
    }

    /// An exclusive `flock` on the folder holding the store, for the time of `body`: no extra
    /// file, and unlike fcntl locks it cannot disturb SQLite's own locks on the store.
    static func withFolderLock<T>(of path: String, _ body: () throws -> T) throws -> T {
        let folder = (path as NSString).deletingLastPathComponent
        let descriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_CLOEXEC | O_DIRECTORY)
        guard descriptor >= 0 else { return try body() }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 && errno == EINTR {}
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }

    /// A store named on the command line must be a regular file (or not exist yet).
    static func kind(of path: String) -> Catalog.Faults.FileKind? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Catalog.Faults.kind(mode: info.st_mode)
    }

    /// Store files readable by others are made private (0600) when they are the user's; a
    /// folder holding nothing but the store is made 0700. Files on a read-only file system
    /// stay as they are (nothing can be written there either).
    static func tighten(_ path: String) {
        for file in [path, path + "-wal", path + "-shm"] {
            var info = stat()
            guard stat(file, &info) == 0, info.st_uid == getuid(), info.st_mode & 0o077 != 0 else { continue }
            _ = chmod(file, 0o600)
        }
        let folder = (path as NSString).deletingLastPathComponent
        guard !folder.isEmpty, let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        let name = (path as NSString).lastPathComponent
        guard names.allSatisfy({ [name, name + "-wal", name + "-shm", name + "-journal"].contains($0) }) else { return }
        var info = stat()
        guard stat(folder, &info) == 0, info.st_uid == getuid(), info.st_mode & 0o077 != 0 else { return }
        _ = chmod(folder, 0o700)
    }
}

extension SQLiteCaseStore {
    /// What a path named as a store is when it is not a regular file (nil: a file, or nothing yet).
    public static func fileKind(of path: String) -> Catalog.Faults.FileKind? {
        StoreGuard.kind(of: path)
    }
}
