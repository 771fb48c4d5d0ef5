import SOPCore
import SOPModel

/// A waktu whose number and spelled-out words disagree ("1 (dua) hari kerja"): one of them is a typo.
struct WaktuSpelledRule: Rule {
    let description = RuleDescription(
        id: LoaderCode.waktuSpelled, severity: .error, category: .values,
        summary: Catalog.Waktu.Summary.spelled,
        triggering: [
            .sop(steps: "  - {uraian: Menerima berkas, pelaksana: petugas, mutu_baku: {waktu: ↓1 (dua) hari kerja}}"),
        ],
        nonTriggering: [
            .sop(steps: """
                  - {uraian: Menerima berkas, pelaksana: petugas, mutu_baku: {waktu: 1 (satu) hari kerja}}
                  - {uraian: Memeriksa berkas, pelaksana: petugas, mutu_baku: {waktu: 30 (tiga puluh) Menit}}
                """),
        ],
        suppressible: false)
}
