import Foundation
import Testing

/// `sop serve`'s options checked before it listens.
@Suite struct ServeFlagTests {
    @Test func cookiesWithoutSecureOnANetworkAddressExitWith2() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sop-serve-flag-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let database = folder.appendingPathComponent("sop.sqlite").path
        let refused = try SOPBinary.run(["serve", "--host", "0.0.0.0", "--port", "0", "--no-cookie-secure", "--db", database],
                                        environment: ["SOP_DB": database, "SOP_TEST_LOGIN": "ani"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("--no-cookie-secure hanya untuk uji di loopback (127.0.0.1, ::1, localhost), bukan --host 0.0.0.0"))
        #expect(refused.stdout.isEmpty)
    }
}
