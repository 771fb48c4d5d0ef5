import Foundation
import HTTPTypes
import SOPCore
@testable import SOPEngine
import SOPModel
import SOPStore
import Testing

/// Every text an operator types (an answer, an output, a note, a correction's value and reason,
/// a cancellation's reason) reaches every web page through the one masking function: a NIK or a
/// phone number typed into any of them is never shown whole, to the officer nor to the head of
/// unit (tester 20's finding 1: reasons were shown in clear while notes were masked).
@Suite struct FreeTextMaskingWebTests {
    /// Personal numbers typed into each free text, and how the masking shows each.
    static let typed: [(field: String, text: String, whole: String, masked: String)] = [
        ("maksud", "Minta ditelepon ke 081355556666", "081355556666", "0813••••••66"),
        ("output", "KTP 3573014101900001 diperiksa", "3573014101900001", "3573••••••••••01"),
        ("catatan", "Pelapor minta ditelepon balik ke 081377778888", "081377778888", "0813••••••88"),
        ("koreksi", "salah ketik, nomor benar 081298765432", "081298765432", "0812••••••32"),
        ("batal", "Pelapor salah datang; HP 081234567890", "081234567890", "0812••••••90"),
    ]

    /// A case of SOP 01 with a personal number typed into every free text it has: step 1's
    /// purpose, output and note, a correction's value and reason, the cancellation's reason.
    static func caseWithNumbersEverywhere(_ budi: Harness.Browser) async throws -> String {
        let (id, first) = try await CaseFlowTests.start(budi)
        let page = try await budi.get(first)
        let text = Dictionary(uniqueKeysWithValues: typed.map { ($0.field, $0.text) })
        let fields: [(String, String)] = [("k.0", "ada"), ("f.nama", "Siti Aminah"), ("f.nik", "3573014101900001"),
                                          ("f.telepon", "0812-3456-7890"), ("f.cara_menghubungi", "Telepon"),
                                          ("f.maksud", text["maksud"]!), ("o.0", text["output"]!), ("catatan", text["catatan"]!),
                                          ("versi", CaseFlowTests.versi(page.body))]
        #expect(try await budi.postMultipart(first, fields, files: [:]).status == .seeOther)
        let item = "\(CaseFlowTests.stepID("1"))\tisian\ttelepon"
        #expect(try await budi.post("/kasus/\(id)/koreksi", [("butir", item), ("nilai", "081298765432"), ("alasan", text["koreksi"]!)])
                    .status == .seeOther)
        #expect(try await budi.post("/kasus/\(id)/batal", [("alasan", text["batal"]!), ("yakin", "ya")]).status == .seeOther)
        return id
    }

    @Test func noTypedNumberIsShownWholeOnAnyPageToTheOfficerOrTheHeadOfUnit() async throws {
        let harness = try await LoginCodesUnitCasesAndStatusPageTests.withKabid()
        let budi = harness.browser()
        try await budi.login("budi")
        let id = try await Self.caseWithNumbersEverywhere(budi)
        let kabid = harness.browser(address: "192.0.2.77")
        #expect(try await kabid.login("kabid", pin: LoginCodesUnitCasesAndStatusPageTests.kabidPIN).status == .seeOther)
        var pages: [(String, Harness.Reply)] = []
        for (who, browser) in [("budi", budi), ("kabid", kabid)] {
            for path in ["/kasus/\(id)", "/kasus/\(id)/tanda-terima", "/kasus-unit?tampil=semua", "/kasus-saya", "/"] {
                pages.append(("\(who) \(path)", try await browser.get(path)))
            }
        }
        #expect(pages.contains { $0.1.status == .ok && $0.1.body.contains("dibatalkan oleh budi") })
        for (name, reply) in pages {
            for entry in Self.typed {
                #expect(!reply.body.contains(entry.whole), "\(name) shows \(entry.field) whole")
            }
        }
        // The reasons are there, masked where the number stands, for both readers.
        for browser in [budi, kabid] {
            let timeline = try await browser.get("/kasus/\(id)").body
            for entry in Self.typed where entry.field != "output" {
                let masked = entry.text.replacingOccurrences(of: entry.whole, with: entry.masked)
                #expect(timeline.contains(HTML.escape(masked)), "\(entry.field): \(masked)")
            }
        }
    }

    /// Every kind of event with free text, each of its texts holding a phone number and a NIK:
    /// masked, no payload field left whole (a new free-text field must be added to the masking).
    @Test func everyFreeTextOfEveryEventIsMasked() throws {
        let typed = "nomor 081234567890 NIK 3573014101900001"
        let kinds: [CaseEvent.Kind] = [
            .fieldAnswered(.init(step: "1", visit: 1, field: "maksud", value: typed)),
            .fieldAnswered(.init(step: "1", visit: 1, field: "telepon", value: "081234567890")),
            .outputRecorded(.init(step: "1", visit: 1, item: "Data pelapor", text: typed, attachment: nil)),
            .noteAdded(.init(step: "1", text: typed)),
            .noteAdded(.init(step: nil, text: typed)),
            .answerCorrected(.init(step: "1", visit: 1, target: .field, name: "telepon", value: "081234567890", attachment: nil, reason: typed)),
            .answerCorrected(.init(step: "1", visit: 1, target: .output, name: "Data pelapor", value: typed, attachment: nil, reason: typed)),
            .caseCancelled(.init(reason: typed)),
            .stepCompleted(.init(step: "1", visit: 1, skipped: typed)),
        ]
        for kind in kinds {
            for sop in [CaseFlowTests.sop, nil] as [SOP?] {
                let payload = String(decoding: kind.freeTextMasked(sop: sop).payloadJSON(), as: UTF8.self)
                #expect(!payload.contains("081234567890") && !payload.contains("3573014101900001"), "\(kind.type): \(payload)")
                #expect(payload.contains("••"), "\(kind.type): \(payload)")
            }
        }
    }
}
