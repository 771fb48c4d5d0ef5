import SOPCore
import SOPModel

/// A printed waktu holding several durations and no `waktu_baku` beside it: which one the tool
/// should time with cannot be guessed. The note shows the forms to write.
struct WaktuSeveralRule: Rule {
    let description = RuleDescription(
        id: LoaderCode.waktuSeveral, severity: .error, category: .values,
        summary: Catalog.Waktu.Summary.several,
        triggering: [
            .sop(steps: "  - {uraian: Menerbitkan izin, pelaksana: petugas, mutu_baku: {waktu: ↓1 hari (online) atau 3 hari (langsung)}}"),
        ],
        nonTriggering: [
            .sop(steps: """
                  - uraian: Menerbitkan izin
                    pelaksana: petugas
                    mutu_baku: {waktu: 1 hari (online) atau 3 hari (langsung), waktu_baku: 3 hari}
                  - {uraian: Menyerahkan izin, pelaksana: petugas, mutu_baku: {waktu: 1 jam 30 menit}}
                  - {uraian: Mengarsipkan, pelaksana: petugas, mutu_baku: {waktu: 30 menit s.d. 1 jam}}
                """),
        ],
        suppressible: false)
}
