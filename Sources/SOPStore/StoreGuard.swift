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
/// - every migration it has applied is one this binary knows: a store a newer sop migrated is
///   refused, never used; one with migrations pending is refused too, except by `sop db status`
///   and `sop db migrate` (only `sop db migrate` migrates an existing store); a file with nothing
///   in it yet is created at the current schema;
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
        if tables.contains("grdb_migrations") { try refuseNewer(db, path: path) }
        return identity
    }

    /// A store a newer sop migrated (a migration this binary does not know): refused, by number
    /// only (its name is the newer sop's).
    static func refuseNewer(_ db: Database, path: String) throws {
        let known = Set(Migrations.migrator.migrations)
        let unknown = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations").filter { !known.contains($0) }
        guard !unknown.isEmpty else { return }
        let version = unknown.compactMap(Migrations.version(of:)).max() ?? Migrations.latestVersion + unknown.count
        throw StoreError.schema(Catalog.StoreSchema.newer(path, version: max(version, Migrations.latestVersion + 1),
                                                          known: Migrations.latestVersion))
    }

    /// The migrations this binary knows that the store has not applied (in order).
    static func pending(_ db: Database) throws -> [String] {
        let applied = Set(try Migrations.migrator.appliedMigrations(db))
        return Migrations.migrator.migrations.filter { !applied.contains($0) }
    }

    /// The refusal of a store with migrations pending: only `sop db migrate` applies them.
    static func pendingRefusal(_ path: String, _ pending: [String]) -> StoreError {
        .schema(Catalog.StoreSchema.pending(path, pending: pending.map(Migrations.described)))
    }

    /// Whether a store may be used as it is: another application's file and a newer sop's store
    /// are refused; `current`: one with migrations pending too (a file with nothing in it yet is
    /// not refused: a writer creates it at the current schema). Reads only.
    static func check(_ queue: DatabaseQueue, path: String, current: Bool) throws {
        try queue.read { db in
            let found = try identity(db, path: path)
            guard current, found != .fresh else { return }
            let waiting = try pending(db)
            if !waiting.isEmpty { throw pendingRefusal(path, waiting) }
        }
    }

    /// An sop store, or a file with nothing in it yet.
    static func mayTurnOnWAL(_ db: Database) throws -> Bool {
        try Int32.fetchOne(db, sql: "PRAGMA application_id") == applicationID
            || Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE name <> 'grdb_migrations'") == 0
            || Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE name = 'sop_case'") == 1
    }

    /// Checks the store (`check`), then, under the migration lock, creates a fresh one at the
    /// current schema and marks a current one not yet marked. An existing store is never
    /// migrated here: `current` refuses one with migrations pending (only `migrate`, `sop db
    /// migrate`, applies them); `current: false` leaves it as it is (`sop db status`, `migrate`).
    static func prepare(_ queue: DatabaseQueue, path: String, current: Bool) throws {
        // Outside the lock a store may be half-way through another process's first migration:
        // only a marked, up-to-date store is taken as ready here; the lock decides the rest.
        let ready = try queue.read { db in
            try (try? identity(db, path: path)) == .marked && (try pending(db)).isEmpty
        }
        guard !ready else { return }
        guard current else {
            try check(queue, path: path, current: false)
            return
        }
        try withFolderLock(of: path) {
            // Checked again under the lock: another process may have created it meanwhile.
            let (found, waiting) = try queue.read { db in (try identity(db, path: path), try pending(db)) }
            if found == .fresh {
                try Migrations.migrator.migrate(queue)
            } else if !waiting.isEmpty {
                throw pendingRefusal(path, waiting)
            }
            try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA application_id = \(applicationID)") }
        }
    }

    /// `sop db migrate`: the pending migrations applied under the migration lock, and the mark.
    static func migrate(_ queue: DatabaseQueue, path: String) throws {
        try withFolderLock(of: path) {
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
