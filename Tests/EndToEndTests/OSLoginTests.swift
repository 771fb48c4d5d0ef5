import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The OS login is the process's account, never LOGNAME or USER: on a desk shared under one
/// login, `LOGNAME=budi sop run …` acted as budi without his PIN, and `LOGNAME=ani sop roster
/// grant …` as the administrator (an outside auditor, issue 11).
@Suite("The OS login is the account, not an environment variable")
struct OSLoginTests {
    let database = FileManager.default.temporaryDirectory.appendingPathComponent("sop-login-\(UUID().uuidString)/sop.sqlite").path

    /// This process's account name, from the system's user database.
    static var account: String {
        guard let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name else { return String(geteuid()) }
        return String(cString: name)
    }

    func sop(_ arguments: [String], _ extra: [String: String], stdin: String? = nil) throws -> SOPBinary.Output {
        try SOPBinary.run(arguments, environment: ["SOP_DB": database, "SOP_FIXED_TIME": RunTests.fixedTime].merging(extra) { _, new in new },
                          stdin: stdin)
    }

    @Test func logNameAndUserAreNotTheLogin() throws {
        let account = Self.account
        try #require(!["ani", "budi"].contains(account))
        for arguments in [["roster", "grant", "ani", "pengelola-peran"], ["roster", "grant", "budi", "resepsionis"]] {
            let granted = try sop(arguments, ["SOP_TEST_LOGIN": "ani"])
            #expect(granted.status == 0, "\(granted.stderr)")
        }
        #expect(try sop(["roster", "pin", "budi"], ["SOP_TEST_LOGIN": "ani"], stdin: "111111\n111111\n").status == 0)
        let spoofed = ["LOGNAME": "budi", "USER": "budi"]
        // Budi's name in the environment: the desk acts as the account, which holds no role.
        let run = try sop(["run", "01", "--as", "resepsionis"] + RosterTests.reception, spoofed)
        #expect(run.status == 1, "\(run.stdout)")
        #expect(!run.stdout.contains("operator budi"), "\(run.stdout)")
        #expect(run.stderr.contains("'\(account)'"), "\(run.stderr)")
        // The administrator's name in the environment grants nothing.
        let grant = try sop(["roster", "grant", "eko", "resepsionis"], ["LOGNAME": "ani", "USER": "ani"])
        #expect(grant.status == 1, "\(grant.stdout)")
        #expect(grant.stderr.contains("'\(account)' does not hold it") || grant.stderr.contains("'\(account)' tidak memegangnya"),
                "\(grant.stderr)")
        #expect(!(try sop(["roster", "--history"], ["SOP_TEST_LOGIN": "ani"]).stdout.contains("eko")))
        // With his PIN, budi acts as budi, whoever is logged in.
        let withPIN = try sop(["run", "01", "--as", "resepsionis", "--operator", "budi"] + RosterTests.reception, spoofed, stdin: "111111\n")
        #expect(withPIN.status == 0, "\(withPIN.stderr)")
        #expect(withPIN.stdout.contains("operator budi · peran Resepsionis"))
    }
}
