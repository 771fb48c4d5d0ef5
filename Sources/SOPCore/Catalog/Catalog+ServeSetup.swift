/// Starting `sop serve`: proxy and public addresses, cookies over plain HTTP, the database user
/// as a web gateway, the server's log.
extension Catalog {
    public enum ServeSetup {}
}

extension Catalog.ServeSetup {
    private static func both(_ id: String, _ en: String) -> Localized { Localized(id: id, en: en) }

    public static func badProxyAddress(_ text: String) -> Localized {
        Localized(id: "--proxy-address '\(text)' bukan alamat IP (contoh: 10.0.0.5); nama dan rentang tidak diterima",
                  en: "--proxy-address '\(text)' is not an IP address (e.g. 10.0.0.5); names and ranges are not accepted")
    }

    public static let stopped = Localized(
        id: "sop serve: sinyal berhenti diterima; permintaan yang berjalan sudah selesai, siaran langsung ditutup; berhenti",
        en: "sop serve: stop signal received; requests under way finished, live streams closed; stopping")

    /// The store's connections closed on stopping, but the `-wal` could not be moved into the
    /// file (another program still reads or writes it): nothing is lost, a plain copy would.
    public static func walLeft(_ path: String) -> Localized {
        Localized(id: "sop serve: tulisan terakhir belum dapat dipindahkan dari '\(path)-wal' ke berkas basis data (program lain masih membukanya); tidak ada yang hilang, tetapi salin basis data hanya dengan sop db copy, jangan cp",
                  en: "sop serve: the last writes could not be moved from '\(path)-wal' into the database file (another program still has it open); nothing is lost, but copy the database only with sop db copy, never cp")
    }

    /// `sop serve` as a database user that is not a gateway: both statements it needs.
    public static func notGateway(_ user: String) -> Localized {
        Localized(id: "pengguna basis data '\(user)' belum terdaftar di web_gateway; pemilik skema menjalankan: "
                    + "INSERT INTO web_gateway (db_user) VALUES ('\(user)'); GRANT SELECT, INSERT, UPDATE, DELETE ON web_session TO \(user);",
                  en: "database user '\(user)' is not listed in web_gateway; the schema's owner runs: "
                    + "INSERT INTO web_gateway (db_user) VALUES ('\(user)'); GRANT SELECT, INSERT, UPDATE, DELETE ON web_session TO \(user);")
    }

    public static func badPublicURL(_ text: String) -> Localized {
        both("--public-url '\(text)' bukan alamat publik https:// atau http:// (contoh: https://layanan.example.go.id); alamat loopback tidak dapat dibuka pelapor",
             "--public-url '\(text)' is not a public https:// or http:// address (e.g. https://layanan.example.go.id); a loopback address cannot be reached by the complainant")
    }

    public static func insecureCookiesOffLoopback(_ host: String) -> Localized {
        both("--no-cookie-secure hanya untuk uji di loopback (127.0.0.1, ::1, localhost), bukan --host \(host): "
                + "di jaringan, PIN dan sesi harus lewat HTTPS (nginx di depan, lihat README)",
             "--no-cookie-secure is for loopback tests only (127.0.0.1, ::1, localhost), not --host \(host): "
                + "on a network, PINs and sessions must travel over HTTPS (nginx in front, see the README)")
    }
}
