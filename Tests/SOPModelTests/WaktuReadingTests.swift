import SOPCore
import Testing

@testable import SOPModel

/// Waktu cells as real signed SOPs print them (issue 10), read without bending.
@Suite struct WaktuReadingTests {
    typealias Unit = WaktuDuration.Unit

    @Test("Printed cells read exactly", arguments: [
        ("1 (satu) hari kerja", 1.0, 1.0, Unit.hariKerja, false),
        ("30 (tiga puluh) menit", 30, 30, .menit, false),
        ("30 (Tiga Puluh) Menit", 30, 30, .menit, false),
        ("25 (dua puluh lima) menit", 25, 25, .menit, false),
        ("12 (dua belas) hari", 12, 12, .hari, false),
        ("paling lambat 3 hari", 3, 3, .hari, true),
        ("Paling lama 3 (tiga) hari kerja", 3, 3, .hariKerja, true),
        ("selambat-lambatnya 7 hari kerja", 7, 7, .hariKerja, true),
        ("Maksimal 15 menit", 15, 15, .menit, true),
        ("maks. 2 jam", 2, 2, .jam, true),
        ("1 jam 30 menit", 90, 90, .menit, false),
        ("14 hari kalender", 14, 14, .hari, false),
        ("½ hari", 0.5, 0.5, .hari, false),
        ("1/2 hari", 0.5, 0.5, .hari, false),
        ("setengah hari", 0.5, 0.5, .hari, false),
        ("30 Menit", 30, 30, .menit, false),
        ("30 menit s.d. 1 jam", 30, 60, .menit, false),
        ("1 (satu) s.d. 3 (tiga) hari kerja", 1, 3, .hariKerja, false),
        ("5 menit.", 5, 5, .menit, false),
    ])
    func exact(text: String, low: Double, high: Double, unit: Unit, maximum: Bool) throws {
        guard case .exact(let duration) = WaktuParser.read(text) else {
            Issue.record("'\(text)' read as \(WaktuParser.read(text))")
            return
        }
        #expect(duration.low == low)
        #expect(duration.high == high)
        #expect(duration.unit == unit)
        #expect(duration.isMaximum == maximum)
        #expect(try WaktuParser.parse(text).get() == duration)
    }

    @Test func sentenceAroundOneDuration() {
        let text = "Pada jam kerja, paling lambat 30 (tiga puluh) menit sejak berkas diterima"
        guard case .inText(let duration, let read) = WaktuParser.read(text) else {
            Issue.record("not read from the sentence: \(WaktuParser.read(text))")
            return
        }
        #expect(read == "paling lambat 30 (tiga puluh) menit")
        #expect(duration.low == 30 && duration.unit == .menit && duration.isMaximum)
        // A sentence is not a stated standard: the strict reading refuses it.
        #expect(WaktuParser.parse(text) == .failure(.unreadable(suggestion: nil)))
    }

    @Test("No duration: no standard, no error", arguments: ["Sesuai kebutuhan", "Segera", "-", "Sesuai jadwal sidang", "setiap hari"])
    func none(text: String) {
        #expect(WaktuParser.read(text) == .none)
    }

    @Test func severalDurations() {
        #expect(WaktuParser.read("1 hari (online), 3 hari kerja (langsung)") == .several(["1 hari", "3 hari kerja"]))
    }

    @Test func spelledNumberMustAgree() {
        #expect(WaktuParser.read("1 (dua) hari kerja") == .spelledMismatch(digits: "1", words: "dua"))
    }

    @Test("Numbers without a readable unit", arguments: [("5", nil), ("5 mnt", "5 menit"), ("2 x 24 hari", nil), ("1 x hari", nil)] as [(String, String?)])
    func unreadable(text: String, suggestion: String?) {
        #expect(WaktuParser.read(text) == .unreadable(suggestion: suggestion))
    }

    @Test func conditionalStandardMatchesAnyCaseAndSpacing() {
        let at = Mark(line: 1, column: 1)
        let online = WaktuDuration(low: 1, unit: .hariKerja)
        let other = WaktuDuration(low: 3, unit: .hariKerja)
        let conditional = ConditionalWaktu(
            basis: .init("1", at: at),
            choices: [.init(value: .init("Datang  Langsung", at: at), text: .init("30 menit", at: at),
                            duration: WaktuDuration(low: 30, unit: .menit)),
                      .init(value: .init("Online", at: at), text: .init("1 hari kerja", at: at), duration: online)],
            otherwise: other)
        #expect(conditional.standard(for: "online") == online)
        #expect(conditional.standard(for: "datang langsung")?.unit == .menit)
        #expect(conditional.standard(for: "Pos") == other)
        #expect(conditional.standard(for: nil) == other)
    }
}

/// The quick reading of plain cells must agree with the full reading.
@Suite struct WaktuPlainReadingTests {
    @Test("Plain cells read the same both ways", arguments: ["5 menit", "1,5 jam", "0.5 jam", "10 Hari Kerja", "2 hari", "3 minggu", "1 bulan", "30 MENIT",
                                                          "maksimal 10 hari kerja", "Maksimal 2 jam", "1-3 hari kerja", "1,5-2 jam",
                                                          "1 x 24 jam", "2 x 24 Jam", "maksimal 3 x 24 jam", "3-1 hari"])
    func agrees(text: String) throws {
        let quick = try #require(WaktuParser.plain(text))
        // A trailing full stop sends the same cell the long way.
        guard case .exact(let full) = WaktuParser.read(text + ".") else {
            Issue.record("'\(text).' not read exactly")
            return
        }
        #expect(quick == full)
    }

    @Test("Not plain: left to the full reading", arguments: ["5  menit", "1 jam 30 menit", "2 jam kerja", "5", "5 mnt", "menit", "½ hari", "1 - 3 hari",
                                                          "2 x 24 hari", "maksimal", "maksimal 5 mnt", "maksimalnya 5 menit", "1- hari", "1 x jam",
                                                          " 5 menit", "paling lama 5 menit", "1 x 24 jam kalender"])
    func notPlain(text: String) {
        #expect(WaktuParser.plain(text) == nil)
    }
}
