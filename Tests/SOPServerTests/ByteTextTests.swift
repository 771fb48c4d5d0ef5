import Foundation
import SOPCore
import Testing

@testable import SOPServer

/// The text work of every request, done on UTF-8 bytes: HTML escaping, a URL path segment, a
/// form field's decoding. The same results as the Foundation calls they replace, and stricter
/// where those let something through.
@Suite struct ByteTextTests {
    @Test func htmlEscapesTheFiveCharactersAndLeavesEverythingElse() {
        #expect(HTML.escape("Siti Aminah") == "Siti Aminah")
        #expect(HTML.escape("") == "")
        #expect(HTML.escape(#"<script>alert("nama")</script> Siti "Ani" O'Brien & co"#)
            == "&lt;script&gt;alert(&quot;nama&quot;)&lt;/script&gt; Siti &quot;Ani&quot; O&#39;Brien &amp; co")
        #expect(HTML.escape("Rp 5.000 — café <b>") == "Rp 5.000 — café &lt;b&gt;")
        #expect(HTML.escape("👩🏽‍💼&") == "👩🏽‍💼&amp;")
        // A quote followed by a combining mark is one Character, but still a quote in the markup.
        #expect(HTML.escape("a\"\u{301}b") == "a&quot;\u{301}b")
    }

    @Test func aSegmentEncodesAllButUnreservedBytes() {
        #expect(segment("01-2026-000007") == "01-2026-000007")
        #expect(segment("a b/c?d") == "a%20b%2Fc%3Fd")
        #expect(segment("é") == "%C3%A9")
        #expect(segment("x~y._z") == "x~y._z")
    }

    @Test func aFormFieldIsDecodedStrictly() {
        #expect(FormData.urlEncoded("a=1&b=x+y%21&c=&d")?.fields == ["a": ["1"], "b": ["x y!"], "c": [""], "d": [""]])
        #expect(FormData.urlEncoded("nama=Siti%20%22Ani%22+O%27Brien&nama=2")?.fields["nama"] == [#"Siti "Ani" O'Brien"#, "2"])
        #expect(FormData.urlEncoded("kota=Bandar%C3%A9")?["kota"] == "Bandaré")
        #expect(FormData.urlEncoded("plus=%2B")?["plus"] == "+")
        // A broken escape, or bytes that are not UTF-8: the whole form is refused (400).
        #expect(FormData.urlEncoded("a=%2") == nil)
        #expect(FormData.urlEncoded("a=%zz") == nil)
        #expect(FormData.urlEncoded("a=%") == nil)
        #expect(FormData.urlEncoded("a=%FF") == nil)
        #expect(FormData.urlEncoded("%=1") == nil)
    }
}
