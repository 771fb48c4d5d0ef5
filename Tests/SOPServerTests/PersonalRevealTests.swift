import Foundation
import HTTPTypes
import SOPCore
import SOPEngine
import SOPModel
import SOPStore
import Testing
@testable import SOPPostgres

/// The web desk's "Tampilkan" of one personal answer (tester 20's finding 2: browser-only staff
/// could never call the complainant back): a holder of a role of the case's SOP sees it after a
/// POST with the page's token, recorded first in the access log by the same rule and store call
/// as `sop case --show-personal`; never in a URL, never cached. The head of unit and anyone
/// without a role are refused, and the refused attempt recorded.
@Suite struct PersonalRevealTests {
    static func answered(_ harness: Harness) async throws -> (id: String, budi: Harness.Browser) {
        let budi = harness.browser()
        try await budi.login("budi")
        let (id, first) = try await CaseFlowTests.start(budi)
        try await CorrectionFindingTests.answerStep1(budi, first)
        return (id, budi)
    }

    @Test func aRoleHolderShowsThePhoneNumberOnceRecordedInTheAccessLog() async throws {
        let harness = try await Harness()
        let (id, _) = try await Self.answered(harness)
        // citra (staf pengaduan) takes step 3 and must call the complainant back.
        let citra = harness.browser(address: "192.0.2.11")
        try await citra.login("citra")
        let page = try await citra.get("/kasus/\(id)")
        #expect(page.body.contains("<section id=\"data-pribadi\">"))
        #expect(page.body.contains("<form method=\"post\" action=\"/kasus/\(id)/data-pribadi\">"))
        #expect(page.body.contains("name=\"isian\" value=\"telepon\">Tampilkan Nomor telepon</button>"))
        #expect(page.body.contains("name=\"isian\" value=\"nik\">Tampilkan NIK</button>"))
        #expect(!page.body.contains("0812-3456-7890") && !page.body.contains("081234567890"))
        #expect(try harness.store().personalAccesses(of: id).isEmpty)
        // Without the page's token: refused, nothing shown, nothing recorded.
        let forged = try await citra.post("/kasus/\(id)/data-pribadi", [("isian", "telepon")], csrf: nil)
        #expect(forged.status == .forbidden)
        #expect(!forged.body.contains("0812"))
        #expect(try harness.store().personalAccesses(of: id).isEmpty)
        let shown = try await citra.post("/kasus/\(id)/data-pribadi", [("isian", "telepon")])
        #expect(shown.status == .ok)
        #expect(shown.headers[.cacheControl] == "no-store")
        #expect(shown.body.contains("<dd class=\"nilai-pribadi\"><a href=\"tel:081234567890\">081234567890</a></dd>"))
        #expect(shown.body.contains("Dibuka oleh citra; tercatat di log akses data pribadi."))
        // Only the field asked for.
        #expect(!shown.body.contains("3573014101900001"))
        let log = try harness.store().personalAccesses(of: id)
        #expect(log.count == 1)
        #expect(log.first?.operatorName == "citra")
        #expect(log.first?.refused == nil)
        #expect(log.first?.command == "sop serve: tampilkan isian 'telepon'" && log.first?.operatorName == "citra")
        #expect(log.allSatisfy { !$0.command.contains("0812") })
        // Shown again only by asking again (a second record).
        #expect(try await citra.post("/kasus/\(id)/data-pribadi", [("isian", "nik")]).body.contains(">3573014101900001<"))
        #expect(try harness.store().personalAccesses(of: id).count == 2)
        // A GET never shows it; an unknown or non-personal field is refused, nothing recorded.
        #expect(try await citra.get("/kasus/\(id)/data-pribadi").status != .ok)
        let notPersonal = try await citra.post("/kasus/\(id)/data-pribadi", [("isian", "maksud")])
        #expect(notPersonal.status == .unprocessableContent)
        #expect(try harness.store().personalAccesses(of: id).count == 2)
        // The log still verifies as a chain.
        let store = try harness.store()
        #expect(AccessLogAudit(log: try store.personalAccessLog()).chainBreaks().isEmpty)
    }

    @Test func theHeadOfUnitIsRefusedAndTheRefusalRecorded() async throws {
        let harness = try await LoginCodesUnitCasesAndStatusPageTests.withKabid()
        let (id, _) = try await Self.answered(harness)
        let kabid = harness.browser(address: "192.0.2.77")
        #expect(try await kabid.login("kabid", pin: LoginCodesUnitCasesAndStatusPageTests.kabidPIN).status == .seeOther)
        let page = try await kabid.get("/kasus/\(id)")
        #expect(page.status == .ok)
        #expect(!page.body.contains("id=\"data-pribadi\""))
        let refused = try await kabid.post("/kasus/\(id)/data-pribadi", [("isian", "telepon")])
        #expect(refused.status == .forbidden)
        #expect(refused.body.contains("hanya dapat dibuka pemegang peran pelaksana SOP 01 atau pengelola peran"))
        #expect(!refused.body.contains("081234567890"))
        let log = try harness.store().personalAccesses(of: id)
        #expect(log.count == 1)
        #expect(log.first?.operatorName == "kabid")
        #expect(log.first?.refused == PersonalAccess.Refusal.noRole)
    }
}

/// The same on PostgreSQL, where the server writes the log (v24): the gateway user names the
/// operator logged in to it, so the entry is citra's (a role holder, not refused by the server,
/// not a finding of `sop db verify`), and a desk user naming someone else is still recorded as
/// itself.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["SOP_TEST_POSTGRES"].map { !$0.isEmpty } ?? false,
                "PostgreSQL tests skipped: set SOP_TEST_POSTGRES (see .ci/throwaway-postgres)"),
       .timeLimit(.minutes(10)))
struct PostgresPersonalRevealTests {
    @Test func theGatewayRecordsTheLoggedInOperatorAndTheServerChecksTheirRole() async throws {
        let (schema, address) = try PostgresServeTests.schema()
        let owner = try PostgresCaseStore(address: address)
        let me = try #require(owner.authenticatedUser)
        for (name, role) in [(me, Roster.adminRole), ("budi", "resepsionis"), ("citra", "staf-pengaduan"), ("kabid", Roster.readerRole)] {
            try LeaverFindingTests.grant(name, role, in: owner, by: me)
        }
        for name in ["budi", "citra"] { try owner.savePIN(try PINHash.make(Harness.pins[name]!, operatorName: name, at: Harness.monday, by: me)) }
        try PGConnection(address).execute(PostgresWebDesk.gatewayGrants(schema: schema, user: me))
        let harness = try await Harness(open: { _ throws(StoreError) in try PostgresCaseStore(address: address) })
        let (id, _) = try await PersonalRevealTests.answered(harness)
        let citra = harness.browser(address: "192.0.2.11")
        try await citra.login("citra")
        try await citra.get("/kasus/\(id)")
        let shown = try await citra.post("/kasus/\(id)/data-pribadi", [("isian", "telepon")])
        #expect(shown.status == .ok)
        #expect(shown.body.contains("081234567890"))
        let log = try owner.personalAccesses(of: id)
        #expect(log.map(\.operatorName) == ["citra"])
        #expect(log.first?.command == "sop serve: tampilkan isian 'telepon'")
        // Naming an operator counts only for a gateway user: the server's function, called by
        // hand as the gateway for someone without a role, is refused.
        let raw = try PGConnection(address)
        #expect(throws: PGFailure.self) {
            try raw.query("SELECT sop_record_personal_access($1, 'psql', NULL, 'kabid')", [.text(id)])
        }
        #expect(try owner.personalAccesses(of: id).count == 1)
    }
}
