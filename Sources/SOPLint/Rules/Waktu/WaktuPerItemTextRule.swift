import SOPCore
import SOPModel

/// A printed waktu whose words after the duration make it a time per item ("2 jam/alat",
/// "30 menit per berkas", "1 jam tiap alat", "15 menit setiap sampel"): the standard is read
/// as the duration for the whole step and those words are dropped, so a case of four items is
/// judged late after the time of one (tester 22, finding 2). A warning naming the dropped part,
/// pointing at the per-item form (`waktu_baku: {per, tiap}`); a stated `waktu_baku` answers it.
struct WaktuPerItemTextRule: SOPRule {
    let description = RuleDescription(
        id: "waktu-per-item-text", severity: .warning, category: .mutuBaku,
        summary: Catalog.WaktuFromCase.Summary.perItemText,
        triggering: [
            .sop(steps: "  - {uraian: Menguji UTTP, pelaksana: petugas, mutu_baku: {waktu: ↓2 jam/alat}}"),
            .sop(steps: "  - {uraian: Memeriksa berkas, pelaksana: petugas, mutu_baku: {waktu: ↓30 menit per berkas}}"),
            .sop(steps: "  - {uraian: Menguji sampel, pelaksana: petugas, mutu_baku: {waktu: ↓15 menit setiap sampel}}"),
            .sop(steps: "  - {uraian: Menyegel, pelaksana: petugas, mutu_baku: {waktu: ↓10 menit tiap alat ukur}}"),
        ],
        nonTriggering: [
            .sop(steps: """
                  - {uraian: Menerima permohonan, pelaksana: petugas, formulir: [{nama: jumlah, jenis: angka}]}
                  - uraian: Menguji UTTP
                    pelaksana: petugas
                    mutu_baku: {waktu: 2 jam/alat, waktu_baku: {per: jumlah, tiap: 2 jam}}
                  - {uraian: Menguji ulang, pelaksana: petugas, mutu_baku: {waktu: 2 jam/alat, waktu_baku: 2 jam}}
                  - {uraian: Menyerahkan, pelaksana: petugas, mutu_baku: {waktu: 1 hari kerja}}
                """),
        ])

    func check(_ file: SOPFile, into findings: inout Findings) {
        for step in file.sop.steps {
            guard let waktu = step.mutuBaku.waktu, let read = waktu.readFrom, let dropped = Self.droppedPart(of: waktu) else { continue }
            findings.add(description, Catalog.WaktuFromCase.perItemDropped(waktu.text.value, read: read, dropped: dropped),
                         at: file.location(waktu.text), notes: [.init(Catalog.WaktuFromCase.perItemHint(read))])
        }
    }

    /// The words after the duration that make a printed waktu a time per item ("/alat", "per
    /// berkas", "setiap sampel"), when the standard was read out of the text and none is stated.
    static func droppedPart(of waktu: Waktu) -> String? {
        guard let read = waktu.readFrom, waktu.stated == nil, !waktu.dependsOnCase,
            let range = waktu.text.value.range(of: read)
        else { return nil }
        let after = waktu.text.value[range.upperBound...].trimmingWhitespace()
        if after.hasPrefix("/"), after.dropFirst().first?.isLetter == true { return after }
        let words = after.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
        guard let first = words.first else { return nil }
        if each.contains(first), words.count > 1 { return after }
        if first == "untuk", words.count > 2, each.contains(words[1]) { return after }
        return nil
    }

    private static let each: Set<String> = ["per", "tiap", "setiap", "tiap-tiap", "masing-masing", "perbutir", "peralat"]
}
