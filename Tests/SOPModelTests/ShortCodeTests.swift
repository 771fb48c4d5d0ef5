import Foundation
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

    /// `key` reads ASCII on its bytes: it must agree with the reading through `lowercased()` and
    /// Unicode's white space it replaced, on every ASCII character and on mixed text.
    @Test func theASCIIKeyAgreesWithTheUnicodeReading() {
        func unicodeKey(_ text: String) -> String {
            let compact = String(text.lowercased().unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
            if !compact.isEmpty, compact.allSatisfy({ $0.isASCII && $0.isNumber }) {
                let trimmed = compact.drop { $0 == "0" }
                return trimmed.isEmpty ? "0" : String(trimmed)
            }
            return compact
        }
        var texts = (0..<128).map { String(UnicodeScalar(UInt8($0))) }
        texts += (0..<128).map { "0\(UnicodeScalar(UInt8($0)))7 A" }
        texts += ["", "0", "000", "007", " 0 0 7 ", "\r\n19", "800/15/BKD", "000.8.3.3/ 412 /DISKOP-B", "SOP-029/17000/2025",
                  "Ünit 07", "07\u{00A0}", "\u{2028}19"]
        for text in texts { #expect(ShortCode.key(text) == unicodeKey(text), "\(text.debugDescription)") }
        #expect(ShortCode.key(" 0 0 7 ") == "7")
        #expect(ShortCode.key("000") == "0")
    }

    @Test("The file name is the path's last component, as NSString reads it", arguments: [
        "", "/", "//", "19-a.yaml", "sop/19-a.yaml", "sop//19-a.yaml", "sop/19-a/", "/abs/07_x.yaml", "a/b/", "./A7.yaml",
    ])
    func fileName(path: String) {
        let name = (path as NSString).lastPathComponent
        #expect(ShortCode.fileName(path) == name || (name == "/" && ShortCode.fileName(path).isEmpty))
        #expect(ShortCode.of(path: path) == ShortCode.of(path: name))
    }
}
