import ArgumentParser
import Foundation
import SOPCore
import SOPPostgres
import SOPServer
import SOPTerminal

/// `sop serve`: the desk in a browser, on the office network, over the same store as the
/// terminal. Thin: the options become a `ServerConfiguration`, and SOPServer does the rest.
struct ServeCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "serve",
            abstract: Help.text(id: "Meja layanan di peramban: melayani halaman web di jaringan kantor.",
                                en: "The service desk in a browser: serves web pages on the office network."))
    }

    @OptionGroup var global: GlobalOptions

    @Option(name: .customLong("db"), help: Help.argument(
        id: "Basis data kasus: berkas SQLite, atau postgres://pengguna@host:port/basisdata (bawaan: SOP_DB, lalu ~/.local/share/sop/sop.sqlite).",
        en: "Case database: a SQLite file, or postgres://user@host:port/dbname (default: SOP_DB, then ~/.local/share/sop/sop.sqlite)."))
    var database: String?

    @Option(name: .customLong("host"), help: Help.argument(id: "Alamat yang didengarkan (bawaan 127.0.0.1).", en: "Address to listen on (default 127.0.0.1)."))
    var host: String?

    @Option(name: .customLong("port"), help: Help.argument(id: "Port (bawaan 8080; 0: port bebas).", en: "Port (default 8080; 0: any free port)."))
    var port: Int?

    @Flag(name: .customLong("cookie-secure"), inversion: .prefixedNo, help: Help.argument(
        id: "Kuki hanya lewat HTTPS (bawaan; --no-cookie-secure hanya untuk uji di loopback tanpa TLS).",
        en: "Cookies over HTTPS only (default; --no-cookie-secure only for plain-HTTP tests on loopback)."))
    var cookieSecure: Bool?

    @Option(name: .customLong("max-upload"), help: Help.argument(id: "Batas ukuran unggahan (bawaan 10MB).", en: "Upload size limit (default 10MB)."))
    var maxUpload: String?

    @Flag(name: .customLong("trusted-proxy"), help: Help.argument(
        id: "Di belakang nginx: alamat klien dari X-Forwarded-For, hanya bila permintaan datang dari loopback atau --proxy-address.",
        en: "Behind nginx: the client address from X-Forwarded-For, only when the request comes from loopback or a --proxy-address."))
    var trustedProxy = false

    @Option(name: .customLong("proxy-address"), help: Help.argument(
        id: "Alamat IP proxy yang X-Forwarded-For-nya dipercaya, selain loopback (boleh diulang; menyalakan --trusted-proxy).",
        en: "IP address of a proxy whose X-Forwarded-For is believed, besides loopback (may be repeated; turns on --trusted-proxy)."))
    var proxyAddresses: [String] = []

    @Option(name: .customLong("workers"), help: Help.argument(id: "Koneksi basis data (bawaan 4).", en: "Database connections (default 4)."))
    var workers: Int?

    @Option(name: .customLong("public-url"), help: Help.argument(
        id: "Alamat publik meja ini (mis. https://layanan.example.go.id): tanda terima menyebut <alamat>/status sebagai halaman status pelapor (bawaan: SOP_PUBLIC_URL; tanpa keduanya tanda terima meminta pelapor bertanya di meja layanan).",
        en: "This desk's public address (e.g. https://layanan.example.go.id): receipts name <address>/status as the complainant's status page (default: SOP_PUBLIC_URL; without either, receipts tell the complainant to ask at the desk)."))
    var publicURL: String?

    @Option(name: .customLong("idle-minutes"), help: Help.argument(
        id: "Sesi yang tidak dipakai selama sekian menit diakhiri (bawaan 30; 0: hanya batas 12 jam; 5 sampai 720).",
        en: "A session unused for this many minutes is ended (default 30; 0: only the 12-hour limit; 5 to 720)."))
    var idleMinutes: String?

    func run() throws {
        let language = global.language
        // The defaults are said once, in each option's help (no "(default: …)" in another language).
        var configuration = ServerConfiguration()
        let host = self.host ?? "127.0.0.1", port = self.port ?? 8080, workers = self.workers ?? 4
        let maxUpload = self.maxUpload ?? "10MB", cookieSecure = self.cookieSecure ?? true
        guard let upload = ServerConfiguration.size(maxUpload) else {
            throw CommandFailure(Catalog.Serve.badSize(maxUpload), language: language, exitCode: 2)
        }
        switch PublicAddress.resolve(flag: publicURL) {
        case .success(let url): configuration.publicStatusURL = url
        case .failure(let refusal): throw CommandFailure(refusal.message, language: language, exitCode: 2)
        }
        guard (0...65535).contains(port), (1...64).contains(workers) else {
            throw CommandFailure(Catalog.Serve.malformed, language: language, exitCode: 2)
        }
        configuration.host = host
        configuration.port = port
        configuration.language = language
        configuration.secureCookies = cookieSecure
        configuration.maxUpload = upload
        configuration.trustedProxy = trustedProxy
        if let bad = proxyAddresses.first(where: { !ProxyTrust.isAddress($0) }) {
            throw CommandFailure(Catalog.ServeSetup.badProxyAddress(bad), language: language, exitCode: 2)
        }
        configuration.proxyAddresses = proxyAddresses
        configuration.workers = workers
        if let idleMinutes {
            guard let minutes = Int(idleMinutes.trimmingCharacters(in: .whitespaces)),
                minutes == 0 || ServerConfiguration.idleMinutes.contains(minutes)
            else { throw CommandFailure(Catalog.WebSessions.badIdleMinutes(idleMinutes), language: language, exitCode: 2) }
            configuration.idleTimeout = TimeInterval(minutes * 60)
        }
        configuration.guardedAnswers = ProcessInfo.processInfo.environment["SOP_SERVE_GUARDED_ANSWER"] != "0"
        if let problem = configuration.problem { throw CommandFailure(problem, language: language, exitCode: 2) }
        let address = try StoreAddress.forCommand(database, language: language)
        let calendar = try global.workCalendar()
        let gateway: StoreGateway
        // Live updates: every write of this server wakes the feed, which also hears other
        // processes and instances (a watched SQLite file, PostgreSQL LISTEN/NOTIFY).
        let written = WrittenRelay()
        let logger = ServerApplication.logger(timeZone: calendar.timeZone)
        let feed: any CaseFeed
        do {
            configuration.onChange = { written.feed?.written(caseID: $0.caseID) }
            // SOP_SERVE_GROUP_COMMIT=0: one transaction per write on SQLite (the load test's comparison).
            // SOP_SERVE_STARTS_APART=0: starts on the answers' connections (the load test's comparison).
            gateway = try StoreGateway(address: address, workers: workers,
                                       groupCommit: ProcessInfo.processInfo.environment["SOP_SERVE_GROUP_COMMIT"] != "0",
                                       startsApart: ProcessInfo.processInfo.environment["SOP_SERVE_STARTS_APART"] != "0")
            feed = try CaseFeeds.open(for: address) { logger.warning("\($0.text(language))") }
        } catch {
            throw CommandFailure(error, language: language)
        }
        written.feed = feed
        let folder = global.folder, settings = configuration
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        Task {
            do {
                let app = try await ServerApplication.build(settings, gateway: gateway, folder: folder, calendar: calendar,
                                                            feed: feed)
                try await app.application(logger: logger) { port in
                    Console.write(Catalog.Serve.listening("http://\(host):\(port)").text(language) + "\n")
                }.runService()
                // Only a stop signal (SIGTERM from systemd, SIGINT) ends the service normally.
                logger.notice("\(Catalog.ServeSetup.stopped.text(language))")
            } catch let failure as ServerApplication.StartFailure {
                outcome.set(CommandFailure(failure.message, language: language, exitCode: 1))
            } catch {
                outcome.set(CommandFailure(Catalog.Serve.serverError, language: language, exitCode: 1))
            }
            // The listening thread ends before the command's thread returns and the process
            // exits: no thread of the server is left in libpq while the process tears down.
            feed.close()
            // Every request has ended: the store's connections are closed in order, and on
            // SQLite the last writes are moved from the `-wal` into the file first, so that the
            // file alone holds everything (a `cp` after the stop, against the README's advice,
            // then misses nothing; only a killed server leaves them in the `-wal`).
            if gateway.close() == false, case .sqlite(let path) = address {
                logger.warning("\(Catalog.ServeSetup.walLeft(path).text(language))")
            }
            done.signal()
        }
        done.wait()
        if ServeTiming.shared?.write() == false {
            // A benchmark's diagnostic file: said, never fatal to the server's own outcome.
            FileHandle.standardError.write(Data("sop: SOP_SERVE_TIMING: ringkasan waktu tidak dapat ditulis\n".utf8))
        }
        if let failure = outcome.failure { throw failure }
    }
}

/// The feed the gateway tells of its writes, set once it is open (after the store, which
/// migrates first).
private final class WrittenRelay: @unchecked Sendable {
    // @unchecked: set once before the server starts, read after.
    var feed: (any CaseFeed)?
}

/// The failure the server's task ended with, handed back to the command's thread.
private final class Outcome: @unchecked Sendable {
    // @unchecked: written once by the server task before it signals, read after the wait.
    private(set) var failure: CommandFailure?
    func set(_ failure: CommandFailure) { self.failure = failure }
}
