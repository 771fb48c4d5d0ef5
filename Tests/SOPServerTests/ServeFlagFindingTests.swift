import Foundation
import HTTPTypes
import Hummingbird
import SOPCore
import SOPServer
import Testing

@Suite struct ServeConfigurationFindingTests {
    @Test func cookiesWithoutSecureAreRefusedOffLoopback() async throws {
        for host in ["0.0.0.0", "192.168.1.20", "desk.example", "::"] {
            var configuration = ServerConfiguration()
            configuration.host = host
            configuration.secureCookies = false
            let problem = try #require(configuration.problem, "\(host)")
            #expect(problem.text(.id).contains("--no-cookie-secure hanya untuk uji di loopback"))
            #expect(problem.text(.id).contains("--host \(host)"))
            configuration.secureCookies = true
            #expect(configuration.problem == nil)
        }
        for host in ["127.0.0.1", "127.0.1.1", "::1", "[::1]", "localhost"] {
            var configuration = ServerConfiguration()
            configuration.host = host
            configuration.secureCookies = false
            #expect(configuration.problem == nil, "\(host)")
        }
        await #expect(throws: ServerApplication.StartFailure.self) {
            _ = try await Harness(configure: { $0.host = "0.0.0.0"; $0.secureCookies = false })
        }
    }
}
