import Testing

@testable import SOPTerminal

/// A complaint written at length is cut on the receipt at a word, so that an A5 receipt stays
/// one page (Tests/Render/receipt-check.sh measures the page in Chromium).
@Suite struct ReceiptTitleTests {
    @Test func aLongTitleIsCutAtAWord() {
        let short = "Siti Aminah · Menanyakan syarat izin usaha mikro"
        #expect(Receipt.shortened(short) == short)
        let long = String(repeating: "Menanyakan syarat izin usaha mikro, ", count: 8)
        let cut = Receipt.shortened(long)
        #expect(cut.count <= Receipt.titleLimit)
        #expect(cut.hasSuffix("…") && !cut.hasSuffix(",…") && !cut.hasSuffix(" …"))
        #expect(long.hasPrefix(String(cut.dropLast())))
        // Exactly at the limit stays whole.
        let exact = String(repeating: "a", count: Receipt.titleLimit)
        #expect(Receipt.shortened(exact) == exact)
    }
}
