import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// `sop serve` as started by an office: the real binary on a free port, fetched over a socket.
@Suite struct ServeTests {
    static func sop(_ arguments: [String], database: String, login: String = "ani", stdin: String? = nil) throws -> SOPBinary.Output {
        try SOPBinary.run(arguments, environment: ["SOP_DB": database, "SOP_TEST_LOGIN": login], stdin: stdin)
    }

    /// Starts `sop serve --port 0`, waits for the line saying where it listens, returns the
    /// process and the base URL.
    static func serve(database: String, extra: [String] = []) throws -> (Process, URL, Pipe) {
        let process = Process()
        process.executableURL = SOPBinary.executable
        process.arguments = ["serve", "--port", "0", "--no-cookie-secure", "--db", database] + extra
        process.currentDirectoryURL = SOPBinary.root
        process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": FileManager.default.temporaryDirectory.path, "TZ": "UTC"]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        var line = ""
        while !line.hasSuffix("\n") {
            let byte = out.fileHandleForReading.readData(ofLength: 1)
            if byte.isEmpty { break }
            line += String(decoding: byte, as: UTF8.self)
        }
        guard let range = line.range(of: "http://") else {
            process.terminate()
            throw ServeFailure(message: "no address: \(line) \(String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))")
        }
        return (process, URL(string: String(line[range.lowerBound...]).trimmingCharacters(in: .whitespacesAndNewlines))!, err)
    }

    struct ServeFailure: Error { let message: String }

    static func fetch(_ url: URL) async throws -> (Int, String, [AnyHashable: Any]) {
        let (data, response) = try await URLSession.shared.data(from: url)
        let http = response as! HTTPURLResponse
        return (http.statusCode, String(decoding: data, as: UTF8.self), http.allHeaderFields)
    }

    @Test func theBinaryServesHealthAndTheLoginPageOnAFreePort() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sop-serve-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let database = folder.appendingPathComponent("sop.sqlite").path
        #expect(try Self.sop(["roster", "grant", "ani", "pengelola-peran"], database: database).status == 0)
        #expect(try Self.sop(["roster", "grant", "budi", "resepsionis"], database: database).status == 0)
        let (process, base, err) = try Self.serve(database: database)
        defer { process.terminate(); process.waitUntilExit() }
        #expect(base.absoluteString.hasPrefix("http://127.0.0.1:"))
        let (status, body, _) = try await Self.fetch(base.appendingPathComponent("healthz"))
        #expect(status == 200)
        #expect(body == "ok")
        let (loginStatus, login, headers) = try await Self.fetch(base.appendingPathComponent("masuk"))
        #expect(loginStatus == 200)
        #expect(login.contains("<form id=\"masuk\" method=\"post\" action=\"/masuk\">"))
        #expect((headers["Content-Security-Policy"] as? String)?.contains("frame-ancestors 'none'") == true)
        // The service log (journalctl): the desk's request lines, not the framework's English start-up line.
        process.terminate()
        process.waitUntilExit()
        let log = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        // Its times in the unit's zone (WIB), as every time sop prints, whatever the machine's zone.
        #expect(log.range(of: #"\d\d-\d\d-\d{4} \d\d\.\d\d\.\d\d WIB info sop-serve: GET /healthz 200 "#, options: .regularExpression) != nil,
                "\(log)")
        #expect(!log.contains("HummingbirdCore") && !log.contains("Server started"), "\(log)")
    }

    /// Tester 21: after a clean stop the last writes were still only in `sop.sqlite-wal`, and a
    /// `cp` of the file lost them. The server moves them into the file as it stops.
    @Test func aStoppedServerLeavesItsWritesInTheStoreFileItself() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sop-serve-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let database = folder.appendingPathComponent("sop.sqlite").path
        #expect(try Self.sop(["roster", "grant", "ani", "pengelola-peran"], database: database).status == 0)
        #expect(try Self.sop(["roster", "grant", "budi", "resepsionis"], database: database).status == 0)
        #expect(try Self.sop(["roster", "pin", "budi"], database: database, stdin: "246810\n246810\n").status == 0)
        let (process, base, err) = try Self.serve(database: database)
        // A wrong PIN, with the login form's token and cookie: the attempt is counted in the store
        // (a write by the server, its last before the stop).
        let (_, form, headers) = try await Self.fetch(base.appendingPathComponent("masuk"))
        let csrf = try #require(form.components(separatedBy: "name=\"csrf\" value=\"").dropFirst().first?.split(separator: "\"").first)
        let cookie = try #require((headers["Set-Cookie"] as? String)?.split(separator: ";").first)
        var request = URLRequest(url: base.appendingPathComponent("masuk"))
        request.httpMethod = "POST"
        request.httpShouldHandleCookies = false
        request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        request.setValue(String(cookie), forHTTPHeaderField: "Cookie")
        request.httpBody = Data("nama=budi&pin=000000&csrf=\(csrf)".utf8)
        _ = try await URLSession.shared.data(for: request)
        let wal = database + "-wal"
        let before = (try? FileManager.default.attributesOfItem(atPath: wal)[.size] as? Int) ?? 0
        process.terminate()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let log = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(!log.contains("-wal"), "\(log)")
        let after = (try? FileManager.default.attributesOfItem(atPath: wal)[.size] as? Int) ?? 0
        #expect(before > 0, "the server wrote nothing to see")
        #expect(after == 0, "\(after) bytes left in the -wal")
        #expect(!FileManager.default.fileExists(atPath: wal), "the last connection closed removes the -wal")
        // The file alone, copied as `cp` would: the failed attempt is in it.
        let copy = folder.appendingPathComponent("salinan").appendingPathComponent("sop.sqlite").path
        try FileManager.default.createDirectory(atPath: (copy as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: database, toPath: copy)
        let roster = try Self.sop(["roster"], database: copy)
        #expect(roster.status == 0, "\(roster.stderr)")
        #expect(try TamperTests.sqliteValue(copy, "SELECT failures FROM operator_pin WHERE operator = 'budi'") == "1")
    }

    @Test func anEmptyRosterRefusesToStart() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sop-serve-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let result = try SOPBinary.run(["serve", "--port", "0", "--db", folder.appendingPathComponent("sop.sqlite").path])
        #expect(result.status == 1)
        #expect(result.stderr == "sop: galat: isi roster dulu: sop roster grant … (meja web harus tahu siapa yang bertindak)\n")
        let size = try SOPBinary.run(["serve", "--max-upload", "banyak", "--db", folder.appendingPathComponent("sop.sqlite").path])
        #expect(size.status == 2)
        #expect(size.stderr.contains("ukuran 'banyak' tidak terbaca"))
    }
}
