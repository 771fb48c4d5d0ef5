import SOPCore
import SOPModel

/// A waktu that cannot be read, with the nearest reading suggested ("5 mnt" → "5 menit").
struct WaktuFormatRule: Rule {
    let description = RuleDescription(
        id: LoaderCode.waktuFormat, severity: .error, category: .values,
        summary: Catalog.Lint.Summary.waktuFormat,
        triggering: [
            .sop(steps: "  - {uraian: Menerima berkas, pelaksana: petugas, mutu_baku: {waktu: ↓5 mnt}}"),
            .sop(steps: "  - {uraian: Menerima berkas, pelaksana: petugas, mutu_baku: {waktu: ↓segera}}"),
        ],
        nonTriggering: [
            .sop(steps: """
                  - {uraian: Menerima berkas, pelaksana: petugas, mutu_baku: {waktu: 5 menit}}
                  - {uraian: Memeriksa berkas, pelaksana: petugas, mutu_baku: {waktu: 1 x 24 jam}}
                  - {uraian: Menandatangani, pelaksana: petugas, mutu_baku: {waktu: maksimal 1-3 hari kerja}}
                """),
        ],
        suppressible: false)
}
