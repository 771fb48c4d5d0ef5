import Foundation
import SOPModel
import Testing

@testable import SOPEngine

/// Tester 31, F13: at a "Layak?" diamond whose exits are Ya and Tidak, an officer types the
/// question's own word ("layak") or its negation ("tidak layak"), as the Keterangan says
/// "jika layak ke kegiatan 8".
@Suite struct QuestionWordsAnswerYaTidakTests {
    static func decision(question: String) throws -> (Step, Decision) {
        let text = """
            nomor: "07"
            judul: Periksa
            pelaksana:
              - {id: tim, nama: Tim Verifikasi, jenis: staf}
            kegiatan:
              - no: 1
                uraian: Menilai kelayakan
                pelaksana: tim
                keputusan:
                  pertanyaan: "\(question)"
                  cabang: {Ya: 3, Tidak: 2}
              - {no: 2, uraian: Menyampaikan penolakan, pelaksana: tim, lanjut: selesai}
              - {no: 3, uraian: Mengusulkan, pelaksana: tim}
            """
        let sop = Fixtures.sop(text: text).0
        let step = try #require(sop.step("1"))
        guard case .decision(let decision) = step.flow else { throw Failure() }
        return (step, decision)
    }
    struct Failure: Error {}

    @Test func theQuestionsWordIsYaAndItsNegationTidak() throws {
        let (step, decision) = try Self.decision(question: "Layak?")
        #expect(Engine.branch("layak", of: step, in: decision)?.label.value == "Ya")
        #expect(Engine.branch("Layak", of: step, in: decision)?.label.value == "Ya")
        #expect(Engine.branch("tidak layak", of: step, in: decision)?.label.value == "Tidak")
        #expect(Engine.branch("belum  layak", of: step, in: decision)?.label.value == "Tidak")
        #expect(Engine.branch("ya", of: step, in: decision)?.label.value == "Ya")
        #expect(Engine.branch("t", of: step, in: decision)?.label.value == "Tidak")
    }

    @Test func theLastWordsOfALongerQuestionAnswerIt() throws {
        let (step, decision) = try Self.decision(question: "Apakah berkas lengkap?")
        #expect(Engine.branch("lengkap", of: step, in: decision)?.label.value == "Ya")
        #expect(Engine.branch("berkas lengkap", of: step, in: decision)?.label.value == "Ya")
        #expect(Engine.branch("tidak lengkap", of: step, in: decision)?.label.value == "Tidak")
    }

    @Test func otherWordsAreStillNoBranch() throws {
        let (step, decision) = try Self.decision(question: "Layak?")
        #expect(Engine.branch("sesuai", of: step, in: decision) == nil)
        #expect(Engine.branch("tidak", of: step, in: decision)?.label.value == "Tidak")
        #expect(Engine.branch("layak sekali", of: step, in: decision) == nil)
        #expect(Engine.branch("tidak", of: step, in: decision)?.label.value == "Tidak")
        #expect(Engine.yesNo(answering: nil, "layak") == nil)
        #expect(Engine.yesNo(answering: "?", "layak") == nil)
    }
}
