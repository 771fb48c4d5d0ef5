import Hummingbird
import NIOCore

/// The desk's icon in the browser's tab and bookmarks: an SVG kept in the binary (a clipboard
/// with a tick, in the desk's blue), drawn with presentation attributes only (no `style`: the
/// CSP allows no inline style), served at /static/ikon.svg (linked by every page) and at
/// /favicon.ico (what browsers ask for by themselves), cached for a day.
enum Favicon {
    static let svg = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="32" height="32">
        <rect x="2" y="2" width="28" height="28" rx="6" fill="#0b5cad"/>
        <rect x="8" y="7" width="16" height="19" rx="2" fill="#ffffff"/>
        <rect x="12" y="5" width="8" height="4" rx="1" fill="#f5f6f8" stroke="#0b5cad" stroke-width="1"/>
        <path d="M11 17 l3.5 3.5 L21 13" fill="none" stroke="#1e6b35" stroke-width="2.6" stroke-linecap="round" stroke-linejoin="round"/>
        </svg>

        """

    static let path = "/static/ikon.svg"

    static func response() -> Response {
        Response(status: .ok, headers: [.contentType: "image/svg+xml", .cacheControl: "public, max-age=86400"],
                 body: .init(byteBuffer: ByteBuffer(string: svg)))
    }
}
