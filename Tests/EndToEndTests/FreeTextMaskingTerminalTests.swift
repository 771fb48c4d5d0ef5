import Foundation
import Testing

/// `sop case`, `--events`, `--json`, `cases`, `receipt` and `report`: a NIK or phone number typed
/// into any free text (an answer, an output, a note, a correction's reason, a cancellation's
/// reason) masked by the one function every output uses; `--show-personal` shows it (tester 20's
/// finding 1: `sop case` printed a correction's and a cancellation's reason in clear).
@Suite struct FreeTextMaskingTerminalTests {
    static let typed: [(text: String, whole: String, masked: String)] = [
        ("Minta ditelepon ke 081355556666", "081355556666", "0813••••••66"),
        ("KTP 3573014101900001 diperiksa", "3573014101900001", "3573••••••••••01"),
        ("Pelapor minta ditelepon balik ke 081377778888", "081377778888", "0813••••••88"),
        ("salah ketik, nomor benar 081311112222", "081311112222", "0813••••••22"),
        ("Pelapor salah datang; HP 081234567890", "081234567890", "0812••••••90"),
    ]

    @Test func everyFreeTextIsMaskedInEveryOutputAndShownOnlyWhenAskedFor() throws {
        let desk = try TamperTests.Desk(.sqlite)
        defer { desk.drop() }
        let answers = desk.folder + "/jawaban.yaml", cancel = desk.folder + "/batal.yaml"
        try """
            langkah:
              - kegiatan: 1
                kelengkapan: {Identitas: ya}
                isian: {nama: Budi Santoso, nik: "3573011203850002", telepon: "081298765432", cara_menghubungi: Datang langsung,
                        maksud: "\(Self.typed[0].text)"}
                output: {Data pelapor: "\(Self.typed[1].text)"}
              - kegiatan: 2
                catatan: ["\(Self.typed[2].text)"]
            """.write(toFile: answers, atomically: true, encoding: .utf8)
        try """
            langkah:
              - tindakan: batal
                alasan: "\(Self.typed[4].text)"
            """.write(toFile: cancel, atomically: true, encoding: .utf8)
        let id = "01-2026-000003"
        var outputs = [try desk.sop(["run", "01", "--answers", answers, "--as", "resepsionis", "--operator", "ani"])]
        outputs.append(try desk.sop(["correct", id, "--kegiatan", "1", "--isian", "telepon=081311112222", "--alasan", Self.typed[3].text,
                                     "--as", "resepsionis", "--operator", "ani"]))
        outputs.append(try desk.sop(["run", "--case", id, "--answers", cancel, "--as", "staf-pengaduan", "--operator", "ani"]))
        for output in outputs { #expect(output.status == 0, "\(output.stderr)\n\(output.stdout)") }
        for command in [["cases"], ["case", id], ["case", id, "--events"], ["case", id, "--json"], ["receipt", id], ["report"]] {
            outputs.append(try desk.sop(command))
        }
        for output in outputs {
            for entry in Self.typed {
                #expect(!output.stdout.contains(entry.whole) && !output.stderr.contains(entry.whole), "\(entry.whole) whole:\n\(output.stdout)")
            }
        }
        let timeline = try desk.sop(["case", id]).stdout
        for entry in Self.typed {
            let masked = entry.text.replacingOccurrences(of: entry.whole, with: entry.masked)
            #expect(timeline.contains(masked), "\(masked):\n\(timeline)")
        }
        #expect(timeline.contains("alasan: salah ketik, nomor benar 0813••••••22"), "\(timeline)")
        let json = try desk.sop(["case", id, "--json"]).stdout
        #expect(json.contains("\"reason\":\"Pelapor salah datang; HP 0812••••••90\""), "\(json)")
        #expect(json.contains("salah ketik, nomor benar 0813••••••22"), "\(json)")
        // Asked for (and recorded), every one is shown.
        let shown = try desk.sop(["case", id, "--show-personal"]).stdout
        for entry in Self.typed { #expect(shown.contains(entry.text), "\(entry.text):\n\(shown)") }
        #expect(try desk.sop(["db", "verify"]).status == 0)
    }
}
