import SOPCore
import SOPModel

/// A printed waktu counted "sejak" (or "setelah") an earlier moment ("14 hari kerja sejak permohonan diterima")
/// on a row that does not say from which step: timed from the row's own start, the standard
/// would be judged on the wrong span. The first row has nothing before it; a row counted from
/// its own start says so with `dihitung_sejak: <its own id>`.
struct WaktuSinceUnlinkedRule: SOPRule {
    let description = RuleDescription(
        id: "waktu-since-unlinked", severity: .warning, category: .mutuBaku,
        summary: Catalog.Waktu.Summary.sinceUnlinked,
        triggering: [
            .sop(steps: """
                  - {no: 1, uraian: Menerima permohonan, pelaksana: petugas}
                  - {no: 2, uraian: Menerbitkan izin, pelaksana: petugas, mutu_baku: {waktu: ↓14 hari kerja sejak permohonan diterima}}
                """),
            .sop(steps: """
                  - {no: 1, uraian: Menerima berkas, pelaksana: petugas}
                  - {no: 2, uraian: Memeriksa berkas, pelaksana: petugas}
                  - {no: 3, uraian: Membahas hasil survei, pelaksana: petugas, mutu_baku: {waktu: ↓3 hari kerja setelah berkas lengkap}}
                """),
        ],
        nonTriggering: [
            .sop(steps: """
                  - {no: 1, uraian: Menerima permohonan, pelaksana: petugas}
                  - no: 2
                    uraian: Menerbitkan izin
                    pelaksana: petugas
                    mutu_baku: {waktu: 14 hari kerja sejak permohonan diterima, dihitung_sejak: 1}
                """),
        ])

    func check(_ file: SOPFile, into findings: inout Findings) {
        for step in file.sop.steps.dropFirst() where step.mutuBaku.countedFrom == nil {
            // "sejak …" makes the cell a sentence: a cell that is a duration alone is skipped cheaply.
            guard let waktu = step.mutuBaku.waktu, waktu.readFrom != nil || waktu.stated != nil || waktu.conditional != nil,
                waktu.duration != nil || waktu.conditional != nil, Self.countsFromEarlier(waktu.text.value)
            else { continue }
            findings.add(description, Catalog.Waktu.sinceUnlinked(waktu.text.value), at: file.location(waktu.text))
        }
    }

    /// "sejak", "terhitung", or "setelah" / "sesudah" ("3 hari kerja setelah berkas lengkap":
    /// counted from that moment, as "sejak" is) as a word.
    static func countsFromEarlier(_ text: String) -> Bool {
        text.lowercased().split { !$0.isLetter }.contains { Self.fromWords.contains(String($0)) }
    }

    static let fromWords: Set<String> = ["sejak", "terhitung", "setelah", "sesudah"]
}
