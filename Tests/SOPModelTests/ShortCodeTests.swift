import Testing

@testable import SOPModel

@Suite struct ShortCodeTests {
    @Test("The short code is the start of the file name, when it holds a digit", arguments: [
        ("sop/19-izin-reklame.yaml", "19"), ("07_izin.yaml", "07"), ("A7.yaml", "A7"), ("02.yaml", "02"),
        ("bps-laporan.yaml", nil), ("izin.yaml", nil), ("19izin", nil),
    ] as [(String, String?)])
    func shortCode(path: String, code: String?) {
        #expect(ShortCode.of(path: path) == code)
    }

    @Test func referencesCompareIgnoringCaseSpacingAndLeadingZeros() {
        #expect(ShortCode.matches("07", "7"))
        #expect(ShortCode.matches("000.8.3.3/ 412 /DISKOP-B", "000.8.3.3/412/diskop-b"))
        #expect(ShortCode.matches("SOP-029/17000/2025", "sop-029/17000/2025"))
        #expect(!ShortCode.matches("800/15/BKD", "800/16/BKD"))
        #expect(!ShortCode.matches("19", "190"))
    }
}
