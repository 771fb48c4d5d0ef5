import Foundation
import SOPCore
import SOPModel
import Testing

@testable import SOPEngine

/// Tester 16 (a Dukcapil SOP officer, `Tests/Fixtures/tester16`): the model and engine rules
/// behind their desk findings; the binary's output is in `ReceiptCorrectionsAndConditionalItemsTests`.
@Suite struct ReceiptItemsBranchWordsAndRepeatsTests {
    static let akta = Fixtures.sop("Tests/Fixtures/tester16/sop/12-akta-kelahiran.yaml").0

    /// Finding 1: the counter row the applicant takes part in (row 2, `terlibat: [pemohon]`)
    /// after a queue-number row "-" issues the receipt and lists its items.
    @Test func theCounterRowTheApplicantTakesPartInIsReceivedAndIssuesTheReceipt() throws {
        let sop = Self.akta
        #expect(sop.receiptStep?.id.value == "2")
        #expect(sop.receivedRows(upTo: sop.receiptStep) == ["1", "2"])
        // Row 6 (bersama pemohon, "Draft akta kelahiran") and row 14 come after the receipt step.
        #expect(!sop.receivedRows(upTo: nil).contains("15"))
    }

    /// SOP 01 stays as the README says: rows 1 and 6, not 3 and 5 (row 5 takes part with the
    /// complainant after row 3's office-only "Berkas pengaduan").
    @Test func sop01KeepsRowsOneAndSix() throws {
        let sop = Fixtures.sop("sop/01-pengaduan-langsung.yaml").0
        #expect(sop.receiptStep?.number == "6")
        let rows = sop.receivedRows(upTo: sop.receiptStep).compactMap { sop.step($0)?.number }.sorted()
        #expect(rows == ["1", "6"])
    }

    /// Finding 4: a decision's words are taken by an unambiguous part; an ambiguous part names
    /// no branch.
    @Test func aPartOfTheKeteranganWordsNamesOneBranch() throws {
        let step = try #require(Self.akta.step("7"))
        guard case .decision(let decision) = step.flow else { Issue.record("row 7 is a decision"); return }
        #expect(Engine.branch("tidak sesuai", of: step, in: decision)?.target.value.text == "5.1")
        #expect(Engine.branch("data tidak sesuai", of: step, in: decision)?.target.value.text == "5.1")
        #expect(Engine.branch("sesuai", of: step, in: decision)?.target.value.text == "8")
        #expect(Engine.branch("tidak cocok", of: step, in: decision) == nil)
        let text = """
            nomor: "11"
            judul: Periksa
            pelaksana:
              - {id: petugas, nama: Petugas, jenis: staf}
            kegiatan:
              - no: 1
                uraian: Memeriksa berkas
                pelaksana: petugas
                keputusan:
                  cabang: {Tidak lengkap: 2, Tidak sesuai: 3}
              - {no: 2, uraian: Melengkapi, pelaksana: petugas}
              - {no: 3, uraian: Menyesuaikan, pelaksana: petugas}
            """
        let sop = Fixtures.sop(text: text).0
        let first = try #require(sop.step("1"))
        guard case .decision(let labelled) = first.flow else { Issue.record("row 1 is a decision"); return }
        #expect(Engine.branch("tidak", of: first, in: labelled) == nil)
        #expect(Engine.branchesHolding("tidak", of: first, in: labelled) == [0, 1])
        #expect(Engine.branch("lengkap", of: first, in: labelled)?.label.value == "Tidak lengkap")
    }

    /// Finding 3: an item named as the desk shows it, or by a part of its words naming one item.
    @Test func aKelengkapanItemIsFoundAsTheDeskShowsIt() {
        let known = ["a. Formulir F-2.01 yang telah diisi dan ditandatangani;", "c. Fotokopi KK;",
                     "d. Fotokopi KTP-el kedua orang tua;", "f. SPTJM (apabila tidak memiliki bukti)."]
        #expect(PrintedItem.matchPart("c. Fotokopi KK", among: known) == "c. Fotokopi KK;")
        #expect(PrintedItem.matchPart("fotokopi kk", among: known) == "c. Fotokopi KK;")
        #expect(PrintedItem.matchPart("SPTJM", among: known) == "f. SPTJM (apabila tidak memiliki bukti).")
        #expect(PrintedItem.matchPart("Fotokopi", among: known) == nil)
        #expect(PrintedItem.matchPart("Fotokop", among: known) == nil)
    }

    /// Finding 11: an item printed with its condition is conditional; others are not.
    @Test func anItemWithItsConditionIsConditional() throws {
        let items = try #require(Self.akta.step("2")).mutuBaku.kelengkapan
        #expect(items.map(\.isConditional) == [false, false, false, false, false, true])
    }

    /// Finding 14: whole days of 24 hours beside calendar days add up.
    @Test func twentyFourHoursAddToCalendarDays() {
        var total = WaktuTotal()
        total.add(WaktuDuration(low: 105, unit: .menit))
        total.add(WaktuDuration(low: 24, unit: .jam, basis: .calendar, isMultipleOf24Hours: true))
        total.add(WaktuDuration(low: 5, unit: .hari))
        #expect(WaktuFormatter.format(total, .id) == "1 jam 45 menit + 6 hari")
        var alone = WaktuTotal()
        alone.add(WaktuDuration(low: 24, unit: .jam, basis: .calendar, isMultipleOf24Hours: true))
        #expect(WaktuFormatter.format(alone, .id) == "1 x 24 jam")
    }

    /// Finding 7: a register number with a date in it is not a phone; a phone still is.
    @Test func aRegisterNumberIsNotMaskedAsAPhone() {
        #expect(PersonalEcho.quoted("Akta no. 3404-LT-06122026-0001") == "Akta no. 3404-LT-06122026-0001")
        #expect(PersonalEcho.quoted("3573-LT-01122026-0012") == "3573-LT-01122026-0012")
        #expect(PersonalEcho.quoted("AKTA/06122026-0001") == "AKTA/06122026-0001")
        #expect(PersonalEcho.quoted("telp 0812-3456-7890") == "telp 0812••••••90")
        #expect(PersonalEcho.quoted("LT-3573014101900001") == "LT-3573••••••••••01")
    }
}
