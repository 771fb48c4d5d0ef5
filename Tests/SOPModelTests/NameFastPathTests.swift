import Testing

@testable import SOPModel

/// Every answer's listing row and step header pass actor names and printed items through
/// `Actor.lineName`, `PrintedItem.inSentence` and `PrintedItem.withoutDash`, which look at the
/// text's bytes first: the result must be the one the character walk gives, for every text.
@Suite struct NameFastPathTests {
    static let items = [
        "", " ", ".", ";", "a.", "abcd.", "abc.", "Ijazah S.H.", "Surat pernyataan, dll.", "c. Fotokopi Kartu Keluarga.",
        "a. Surat pengantar RT/RW;", "KTP ,; ", "KTP .", "Kartu   .", "Kartu .  ;", "  Kartu.", "x.y.z.", "Data pelapor",
        "- Notulensi", "-Notulensi", "– Notulensi", "— Notulensi;", "• Notulensi.", "-", "- ", "*Copy* KTP;",
        "Akta\r\nKelahiran.", "Surat\nKeterangan.", "Café Ümit.", "Berkas\u{301}.", "Berkas \u{301}.", "Foto\tdiri.",
    ]

    @Test func inSentenceOnBytesIsTheCharacterWalk() {
        for item in Self.items {
            #expect(PrintedItem.inSentence(item) == PrintedItem.charactersInSentence(item), "\(item.debugDescription)")
            if let ascii = PrintedItem.asciiInSentence(item) {
                #expect(ascii == PrintedItem.charactersInSentence(item), "\(item.debugDescription)")
                #expect(item.utf8.allSatisfy { $0 < 0x80 } && !item.contains("*") && !item.utf8.contains(0x0D))
            }
        }
        #expect(PrintedItem.asciiInSentence("Kartu Keluarga.") == "Kartu Keluarga")
        #expect(PrintedItem.asciiInSentence("Café.") == nil)
    }

    @Test func withoutDashKeepsEveryTextWithoutAMarker() {
        #expect(PrintedItem.withoutDash("- Notulensi") == "Notulensi")
        #expect(PrintedItem.withoutDash("– Notulensi") == "Notulensi")
        #expect(PrintedItem.withoutDash("— Notulensi") == "Notulensi")
        #expect(PrintedItem.withoutDash("• Notulensi") == "Notulensi")
        for item in ["-Notulensi", "Notulensi", "", "-", "€ Notulensi", "→ Notulensi", "- \u{301}Notulensi"] {
            #expect(PrintedItem.withoutDash(item) == item, "\(item.debugDescription)")
        }
    }

    @Test func lineNameSeesEveryLineBreak() {
        for separator in ["\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}"] {
            #expect(Actor.lineName("Kepala Seksi" + separator + "Pelayanan") == "Kepala Seksi Pelayanan", "\(separator.debugDescription)")
        }
        for name in ["Petugas Loket", "Café Ümit", "Kepala – Seksi", "Pemohon\u{301}", ""] {
            #expect(Actor.lineName(name) == name)
        }
    }
}
