import SOPCore
import SOPModel

/// A printed waktu that is a sentence around one duration: the sentence is kept, the standard
/// is read out of it, and this note says what was read so the official can check it (a row that
/// says where its span starts, `dihitung_sejak`, has been read by the official already).
struct WaktuReadFromTextRule: SOPRule {
    let description = RuleDescription(
        id: "waktu-read-from-text", severity: .note, category: .mutuBaku,
        summary: Catalog.Waktu.Summary.readFromText,
        triggering: [
            .sop(steps: """
                  - uraian: Menerima berkas
                    pelaksana: petugas
                    mutu_baku:
                      waktu: ↓Pada jam kerja, paling lambat 30 (tiga puluh) menit setelah berkas lengkap
                """),
            // A minute mark, as printed: read as 30 menit.
            .sop(steps: "  - {uraian: Menerima berkas, pelaksana: petugas, mutu_baku: {waktu: ↓30'}}"),
        ],
        nonTriggering: [
            .sop(steps: """
                  - {uraian: Menerima berkas, pelaksana: petugas, mutu_baku: {waktu: paling lambat 30 (tiga puluh) menit}}
                  - {uraian: Memeriksa berkas, pelaksana: petugas, mutu_baku: {waktu: Pada jam kerja 30 menit, waktu_baku: 30 menit}}
                """),
        ])

    func check(_ file: SOPFile, into findings: inout Findings) {
        for step in file.sop.steps where step.mutuBaku.countedFrom == nil {
            guard let waktu = step.mutuBaku.waktu, waktu.stated == nil, waktu.conditional == nil,
                let read = waktu.readFrom, let duration = waktu.duration,
                // A misspelt other part is a warning of its own (waktu-part-unreadable).
                WaktuPartUnreadableRule.misspeltPart(of: waktu) == nil,
                // Words that make it a time per item are a warning of their own (waktu-per-item-text).
                WaktuPerItemTextRule.droppedPart(of: waktu, declared: file.sop.caseSettings.caseUnit?.value) == nil,
                // A time per applicant, per file ("5 menit/pemohon") is the case's own time, read as such (tester 28, F1).
                !WaktuPerItemTextRule.perCase(waktu, declared: file.sop.caseSettings.caseUnit?.value),
                // Calendar and working time at once is a warning naming both readings instead.
                WaktuBasisContradictoryRule.readings(waktu.text.value) == nil
            else { continue }
            findings.add(description,
                         Catalog.Waktu.readFromText(waktu.text.value, read: read, standard: WaktuFormatter.standard(duration)),
                         at: file.location(waktu.text), notes: [.init(Catalog.Waktu.readFromTextHint)])
        }
    }
}
