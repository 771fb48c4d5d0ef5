import Foundation
import HTTPTypes
import Hummingbird
import SOPCore
import SOPEngine
import SOPModel
import SOPServer
import SOPStore
import Testing

/// What an outside tester found trying `sop serve` from the README alone, each pinned through
/// the routes in memory.
@Suite struct LockedNameFindingTests {
    /// The login page's answer with the typed name taken out (it is echoed in the form).
    static func answer(_ reply: Harness.Reply, name: String) -> String {
        reply.body.replacingOccurrences(of: "value=\"\(name)\"", with: "value=\"\"")
    }

    @Test func aLockedNameAnswersAsAnUnknownOneDoes() async throws {
        let harness = try await Harness()
        let browser = harness.browser()
        for _ in 0..<5 { try await browser.login("citra", pin: "999999") }
        let locked = try await browser.login("citra")
        let unknown = try await browser.login("siapa", pin: "112233")
        #expect(locked.status == .unauthorized)
        #expect(locked.status == unknown.status)
        #expect(Self.answer(locked, name: "citra") == Self.answer(unknown, name: "siapa"))
        #expect(!locked.body.contains("terkunci"))
        // The lock holds all the same, and the administrator sees it in the store.
        #expect(try harness.store().pin(of: "citra")?.lockedUntil.map { $0 > harness.clock.now() } == true)
        harness.clock.advance(minutes: 16)
        #expect(try await browser.login("citra").status == .seeOther)
    }
}
