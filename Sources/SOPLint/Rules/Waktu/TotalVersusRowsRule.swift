import SOPCore
import SOPModel

/// The Total waktu printed under the table (`cetak.total_waktu: 3 (tiga) hari kerja`) is not the
/// sum of the rows' Waktu (tester 25, finding 1: "3 hari kerja" signed, the rows adding up to
/// 1 jam 55 menit + 3–4 hari). The document prints what the unit signed; a note names both so
/// the official fixes one, or says the printed total is the case's promise (`batas_layanan`).
/// A printed total that is no duration ("-", "Sesuai kebutuhan"), one qualified by words ("17 hari
/// kerja, di luar waktu proses di BKN": not the rows' sum) and alternative tables (each its own
/// total) are left alone; a remark in parentheses after the total is read past (tester 28, F13).
/// The rows' sum is the longest path's: alternatives of a decision count the longer only.
struct TotalVersusRowsRule: SOPRule {
    let description = RuleDescription(
        id: "total-vs-rows", severity: .note, category: .mutuBaku,
        summary: Catalog.Waktu.totalVersusRowsSummary,
        triggering: [
            .sop(identity: "cetak: {total_waktu: ↓3 (tiga) hari kerja}", steps: """
                  - {uraian: Menerima berkas, pelaksana: petugas, mutu_baku: {waktu: 15 menit}}
                  - {uraian: Memproses berkas, pelaksana: petugas, mutu_baku: {waktu: 1-2 hari}}
                """),
            .sop(identity: "cetak: {total_waktu: ↓1 jam}\nkasus: {batas_layanan: total}",
                 steps: "  - {uraian: Menerima berkas, pelaksana: petugas, mutu_baku: {waktu: 15 menit}}"),
            // A remark in parentheses does not hide the total before it.
            .sop(identity: "cetak: {total_waktu: ↓1 hari kerja (tidak termasuk menunggu blanko)}",
                 steps: "  - {uraian: Menerima berkas, pelaksana: petugas, mutu_baku: {waktu: 15 menit}}"),
        ],
        nonTriggering: [
            .sop(identity: "cetak: {total_waktu: 3 (tiga) hari kerja}", steps: """
                  - {uraian: Menerima berkas, pelaksana: petugas, mutu_baku: {waktu: 1 hari kerja}}
                  - {uraian: Memproses berkas, pelaksana: petugas, mutu_baku: {waktu: 2 hari kerja}}
                """),
            .sop(identity: "cetak: {total_waktu: 1 jam 15 menit}", steps: """
                  - {uraian: Menerima berkas, pelaksana: petugas, mutu_baku: {waktu: 15 menit}}
                  - {uraian: Memproses berkas, pelaksana: petugas, mutu_baku: {waktu: 1 jam}}
                """),
            .sop(identity: "cetak: {total_waktu: '17 hari kerja, di luar waktu proses di BKN'}",
                 steps: "  - {uraian: Menerima berkas, pelaksana: petugas, mutu_baku: {waktu: 15 menit}}"),
            // Two alternatives of a decision (rows 2a and 2b): the longer counts, not their sum.
            .sop(identity: "cetak: {total_waktu: 1 jam 15 menit (tidak termasuk menunggu blanko)}", steps: """
                  - {no: 1, uraian: Sudah terekam?, pelaksana: petugas, keputusan: {cabang: {Ya: 2a, Tidak: 2b}}, mutu_baku: {waktu: 15 menit}}
                  - {no: 2a, uraian: Merekam, pelaksana: petugas, lanjut: 3, mutu_baku: {waktu: 1 jam}}
                  - {no: 2b, uraian: Mencetak ulang, pelaksana: petugas, mutu_baku: {waktu: 10 menit}}
                  - {no: 3, uraian: Menyerahkan, pelaksana: petugas}
                """),
            .sop(identity: "cetak: {total_waktu: Sesuai kebutuhan}",
                 steps: "  - {uraian: Menerima berkas, pelaksana: petugas, mutu_baku: {waktu: 15 menit}}"),
        ])

    func check(_ file: SOPFile, into findings: inout Findings) {
        let sop = file.sop
        guard let printed = sop.identity.printing.totalText, sop.alternativeTableRanges.isEmpty,
            let total = Self.total(printed.value), total != sop.totalWaktu
        else { return }
        let rows = WaktuFormatter.format(sop.totalWaktu, .id)
        let fix = sop.caseSettings.serviceStandard == nil ? Catalog.Waktu.totalVersusRowsCaseStandard : Catalog.Waktu.totalVersusRowsStandardSet
        findings.add(description, Catalog.Waktu.totalVersusRows(printed: printed.value, rows: rows), at: file.location(printed),
                     notes: [.init(fix)])
    }

    /// The printed total as a sum: one duration, or several written one after another
    /// ("4 hari kerja 2 jam 55 menit"); nil when it holds none.
    static func total(_ text: String) -> WaktuTotal? {
        if let read = reading(text) { return read }
        // A remark in parentheses after the total ("1 hari kerja (tidak termasuk menunggu
        // blanko)"): the total is what comes before it (tester 28, F13).
        return WaktuParser.beforeRemark(text).flatMap(reading)
    }

    private static func reading(_ text: String) -> WaktuTotal? {
        switch WaktuParser.read(text) {
        case .exact(let duration):
            return WaktuTotal([duration])
        case .several(let parts):
            let durations = parts.compactMap { part -> WaktuDuration? in
                if case .success(let duration) = WaktuParser.parse(part) { return duration }
                return nil
            }
            return durations.count == parts.count ? WaktuTotal(durations) : nil
        case .inText, .none, .unreadable, .spelledMismatch:
            // A total qualified by words ("17 hari kerja, di luar waktu proses di BKN", "sejak
            // berkas dinyatakan lengkap") counts something else than the rows' sum.
            return nil
        }
    }
}
