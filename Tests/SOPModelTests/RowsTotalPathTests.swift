import SOPCore
import Testing

@testable import SOPModel

/// The rows' sum as the longest path a case can take (tester 28, F13): the alternatives of a
/// decision count the longer, never their sum; a printed Total's remark in parentheses is read past.
@Suite struct RowsTotalPathTests {
    static func sop(_ steps: String, identity: String = "") throws -> SOP {
        let yaml = """
            nomor: "12"
            judul: KTP-el
            \(identity)
            pelaksana:
              - {id: petugas, nama: Petugas, jenis: staf}
            kegiatan:
            \(steps)
            """
        let result = SOPLoader.load(text: yaml, path: "12.yaml")
        let errors = result.diagnostics.map(\.message.id)
        guard !result.hasErrors, let sop = result.sop else { throw LoadFailure(errors: errors) }
        return sop
    }

    @Test func theAlternativesOfADecisionCountTheLonger() throws {
        let sop = try Self.sop("""
              - {no: 4, uraian: Sudah ada di SIAK?, pelaksana: petugas, keputusan: {cabang: [{ke: 5b}, {ke: 5a}]}, mutu_baku: {waktu: 5 menit}}
              - {no: 5a, uraian: Merekam biometrik, pelaksana: petugas, lanjut: 6, mutu_baku: {waktu: 15 menit}}
              - {no: 5b, uraian: Memverifikasi rekam ulang, pelaksana: petugas, mutu_baku: {waktu: 10 menit}}
              - {no: 6, uraian: Mencetak, pelaksana: petugas, mutu_baku: {waktu: 1 hari kerja}}
            """)
        #expect(WaktuFormatter.format(sop.totalWaktu, .id) == "20 menit + 1 hari kerja")
    }

    @Test func anExitThatEndsTheCaseEarlyIsNotAdded() throws {
        let sop = try Self.sop("""
              - {no: 1, uraian: Berkas lengkap?, pelaksana: petugas, keputusan: {cabang: {Ya: 2, Tidak: 3}}, mutu_baku: {waktu: 15 menit}}
              - {no: 2, uraian: Memproses, pelaksana: petugas, lanjut: selesai, mutu_baku: {waktu: 2 hari kerja}}
              - {no: 3, uraian: Menolak, pelaksana: petugas, mutu_baku: {waktu: 1 hari kerja}}
            """)
        #expect(WaktuFormatter.format(sop.totalWaktu, .id) == "15 menit + 2 hari kerja")
        // A loop back counts once: the rows on the way forward.
        let loop = try Self.sop("""
              - {no: 1, uraian: Menerima, pelaksana: petugas, mutu_baku: {waktu: 10 menit}}
              - {no: 2, uraian: Lengkap?, pelaksana: petugas, keputusan: {cabang: {Ya: 3, Tidak: 1}}, mutu_baku: {waktu: 5 menit}}
              - {no: 3, uraian: Menyerahkan, pelaksana: petugas, mutu_baku: {waktu: 5 menit}}
            """)
        #expect(WaktuFormatter.format(loop.totalWaktu, .id) == "20 menit")
    }

    @Test func aRemarkAfterThePrintedTotalIsReadPast() throws {
        #expect(WaktuParser.beforeRemark("1 hari kerja (tidak termasuk menunggu blanko)") == "1 hari kerja")
        #expect(WaktuParser.beforeRemark("3 (tiga) hari kerja (di luar (waktu) pemohon)") == "3 (tiga) hari kerja")
        #expect(WaktuParser.beforeRemark("1 hari kerja") == nil)
        #expect(WaktuParser.beforeRemark("(catatan)") == nil)
        let sop = try Self.sop("  - {no: 1, uraian: Menerima, pelaksana: petugas, mutu_baku: {waktu: 1 hari kerja}}",
                               identity: "cetak: {total_waktu: 1 hari kerja (tidak termasuk menunggu blanko)}\nkasus: {batas_layanan: total}")
        #expect(sop.identity.printing.totalText?.value == "1 hari kerja (tidak termasuk menunggu blanko)")
        #expect(sop.caseSettings.serviceStandard?.text == "1 hari kerja")
    }
}

struct LoadFailure: Error { let errors: [String] }
