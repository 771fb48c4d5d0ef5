import Foundation
import SOPStore
import Testing

/// One process with two connections to a store (as `sop serve` has, one per worker) and a
/// terminal command writing the same file: the terminal must not take the store for unused and
/// delete its write-ahead log under the living connections (found by an outside tester: the
/// server and the terminals then stopped seeing each other's writes, and work was lost).
@Suite struct SharedStoreFileTests {
    @Test func aSecondConnectionKeepsTheFirstOnesLocks() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sop-shared-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("sop.sqlite").path

        let first = try SQLiteCaseStore(path: path)
        _ = try first.cases(.init())
        let second = try SQLiteCaseStore(path: path)  // opening again must not release `first`'s locks
        _ = try second.cases(.init())

        let login = NSUserName()
        let grant = try SOPBinary.run(["roster", "grant", login, "pengelola-peran"], environment: ["SOP_DB": path, "SOP_TEST_LOGIN": login])
        #expect(grant.status == 0, "\(grant.stderr)")

        // The terminal has exited; our connections are still open, so the log must still be there
        // and what the terminal wrote must be seen through both of them.
        #expect(FileManager.default.fileExists(atPath: path + "-wal"))
        #expect(FileManager.default.fileExists(atPath: path + "-shm"))
        let listing = try SOPBinary.run(["roster"], environment: ["SOP_DB": path, "SOP_TEST_LOGIN": login])
        #expect(listing.stdout.contains("pengelola-peran"))
        _ = try first.cases(.init())
        _ = try second.cases(.init())
        #expect(FileManager.default.fileExists(atPath: path + "-wal"))
    }
}
