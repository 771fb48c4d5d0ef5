import Foundation
import HTTPTypes
import Hummingbird
import SOPCore
import SOPServer
import Testing

/// A login over plain HTTP from another machine, where Secure cookies never come back.
@Suite struct PlainHTTPFindingTests {
    @Test func plainHTTPFromAnotherMachineIsToldItNeedsHTTPS() async throws {
        let harness = try await Harness()
        let desk = harness.browser()
        desk.authority = "192.168.1.20:8080"
        let form = try await desk.get("/masuk")
        #expect(form.body.contains("kuki sesi hanya dikirim lewat HTTPS"))
        // The browser keeps no Secure cookie from http://192.168.1.20: the post comes without it.
        desk.cookies = [:]
        let login = try await desk.post("/masuk", [("nama", "budi"), ("pin", "246810")])
        #expect(login.status == .forbidden)
        #expect(login.body.contains("Buka meja ini lewat HTTPS"))
        #expect(!login.body.contains("Formulir kedaluwarsa"))
        // Behind nginx with TLS, or on the machine itself, nothing is said.
        let proxied = try await desk.send(.get, "/masuk", body: [], contentType: nil, headers: [HTTPField.Name("X-Forwarded-Proto")!: "https"])
        #expect(!proxied.body.contains("HTTPS"))
        let local = harness.browser()
        #expect(!(try await local.get("/masuk")).body.contains("HTTPS"))
        local.cookies = [:]
        #expect(try await local.post("/masuk", [("nama", "budi"), ("pin", "246810")]).body.contains("Formulir kedaluwarsa"))
    }
}
