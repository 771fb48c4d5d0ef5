import SOPCore
import SOPModel

/// A printed waktu counted "sejak" (or "setelah") an earlier moment ("14 hari kerja sejak permohonan diterima")
/// on a row that does not say from which step: timed from the row's own start, the standard
/// would be judged on the wrong span. The first row has nothing before it; a row counted from
/// its own start says so with `dihitung_sejak: <its own id>`. "setelah"/"sesudah" naming the
/// work of the row that leads into this one ("3 hari kerja setelah kunjungan" after the row
/// "melakukan kunjungan rumah") counts from that row's end, which is this row's own start: it is
/// the row's own timing, typed as printed, and is not warned (tester 31 F4).
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
                  - {no: 2, uraian: Mengukur lokasi, pelaksana: petugas}
                  - {no: 3, uraian: Membahas hasil survei, pelaksana: petugas, mutu_baku: {waktu: ↓3 hari kerja setelah berkas lengkap}}
                """),
            .sop(steps: """
                  - {no: 1, uraian: Melakukan kunjungan rumah, pelaksana: petugas}
                  - {no: 2, uraian: Menyusun berita acara, pelaksana: petugas}
                  - {no: 3, uraian: Menilai hasil, pelaksana: petugas, mutu_baku: {waktu: ↓3 hari kerja sejak kunjungan}}
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
            .sop(steps: """
                  - {no: 1, uraian: Menerima permohonan, pelaksana: petugas}
                  - {no: 2, uraian: Tim melakukan kunjungan rumah, pelaksana: petugas}
                  - {no: 3, uraian: Menilai hasil verifikasi, pelaksana: petugas, mutu_baku: {waktu: 3 hari kerja setelah kunjungan, waktu_baku: 3 hari kerja}}
                """),
        ])

    func check(_ file: SOPFile, into findings: inout Findings) {
        for step in file.sop.steps.dropFirst() where step.mutuBaku.countedFrom == nil {
            // "sejak …" makes the cell a sentence: a cell that is a duration alone is skipped cheaply.
            guard let waktu = step.mutuBaku.waktu, waktu.readFrom != nil || waktu.stated != nil || waktu.conditional != nil,
                waktu.duration != nil || waktu.conditional != nil, Self.countsFromEarlier(waktu.text.value)
            else { continue }
            if let index = file.sop.stepIndex(step.id.value), Self.afterRowBefore(waktu.text.value, index: index, in: file) { continue }
            findings.add(description, Catalog.Waktu.sinceUnlinked(waktu.text.value), at: file.location(waktu.text))
        }
    }

    /// "sejak", "terhitung", or "setelah" / "sesudah" ("3 hari kerja setelah berkas lengkap":
    /// counted from that moment, as "sejak" is) as a word.
    static func countsFromEarlier(_ text: String) -> Bool {
        text.lowercased().split { !$0.isLetter }.contains { Self.fromWords.contains(String($0)) }
    }

    static let fromWords: Set<String> = ["sejak", "terhitung", "setelah", "sesudah"]

    /// Whether the text counts "setelah"/"sesudah" (never "sejak" or "terhitung", a start) the
    /// work of every row leading straight into this one: the word after it ("kunjungan", skipping
    /// "selesai", "dilakukan" and the like) is a word of each of those rows' uraian. Then the
    /// moment is that row's end, this row's start, and the row's own timing is what is printed.
    static func afterRowBefore(_ text: String, index: Int, in file: SOPFile) -> Bool {
        let words = text.lowercased().split { !$0.isLetter }.map(String.init)
        guard !words.contains("sejak"), !words.contains("terhitung"),
            let at = words.firstIndex(where: { $0 == "setelah" || $0 == "sesudah" }),
            let object = words[(at + 1)...].first(where: { !Self.linkWords.contains($0) })
        else { return false }
        let sop = file.sop
        var before: [Int] = []
        for source in sop.steps.indices where source != index && file.graph.targets(of: source).contains(index) { before.append(source) }
        // A later box of a row is entered with the row: the row's first box is what leads into it.
        if before.isEmpty, let row = sop.boxRow(of: index), row.lowerBound != index { return false }
        guard !before.isEmpty else { return false }
        return before.allSatisfy { source in
            sop.steps[source].uraian.value.lowercased().split { !$0.isLetter }.contains { $0 == object }
        }
    }

    /// Words between "setelah" and the work it names: "setelah selesai kunjungan", "setelah dilakukan kunjungan".
    static let linkWords: Set<String> = ["selesai", "dilakukan", "dilaksanakan", "pelaksanaan", "kegiatan", "adanya", "hasil"]
}
