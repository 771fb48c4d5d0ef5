import SOPCore
import SOPModel

/// A waktu that cannot be read, with the nearest reading suggested ("5 mnt" → "5 menit").
struct WaktuFormatRule: Rule {
    let description = RuleDescription(
        id: LoaderCode.waktuFormat, severity: .error, category: .values,
        summary: Catalog.Lint.Summary.waktuFormat,
        triggering: [
            .sop(steps: "  - {uraian: Menerima berkas, pelaksana: petugas, mutu_baku: {waktu: ↓5 mnt}}"),
            .sop(steps: "  - {uraian: Menerima berkas, pelaksana: petugas, mutu_baku: {waktu: ↓5}}"),
            .sop(steps: "  - {uraian: Menerima berkas, pelaksana: petugas, mutu_baku: {waktu: Segera, waktu_baku: ↓5 mnt}}"),
        ],
        nonTriggering: [
            .sop(steps: """
                  - {uraian: Menerima berkas, pelaksana: petugas, mutu_baku: {waktu: 5 menit}}
                  - {uraian: Memeriksa berkas, pelaksana: petugas, mutu_baku: {waktu: 1 x 24 jam}}
                  - {uraian: Menandatangani, pelaksana: petugas, mutu_baku: {waktu: maksimal 1-3 hari kerja}}
                  - {uraian: Mengarsipkan, pelaksana: petugas, mutu_baku: {waktu: Sesuai kebutuhan, waktu_baku: tanpa}}
                  - {uraian: Melapor, pelaksana: petugas, mutu_baku: {waktu: "1 (satu) hari kerja"}}
                  - {uraian: Menelaah, pelaksana: petugas, mutu_baku: {waktu: ½ hari}}
                  - {uraian: Menelaah ulang, pelaksana: petugas, mutu_baku: {waktu: 1/2 hari}}
                  - {uraian: Memutuskan, pelaksana: petugas, mutu_baku: {waktu: setengah hari}}
                  - {uraian: Mengirim, pelaksana: petugas, mutu_baku: {waktu: 14 hari kalender}}
                  - {uraian: Menyerahkan, pelaksana: petugas, mutu_baku: {waktu: selambat-lambatnya 30 Menit}}
                  - {uraian: Menutup, pelaksana: petugas, mutu_baku: {waktu: maks. 2 jam}}
                """),
        ],
        suppressible: false)
}
