import Foundation
import SOPCore
import SOPStore

/// The PostgreSQL schema, as versioned migrations: the same tables, keys and append-only rule
/// as the SQLite store (`SOPStore/Migrations.swift`), under the same names. A migration that has
/// shipped is never edited: a change is a new migration appended below.
///
/// A database without the schema gets it on first use, and `sop db migrate` applies what is
/// pending (never any other command: `PostgresCaseStore.init`), in one transaction under a
/// transaction-level advisory lock, so two desks starting at once do not both migrate: the
/// second waits, then finds nothing to do.
/// `schema_migrations` records what was applied, and when.
public enum PostgresMigrations {
    struct Migration {
        let version: Int
        let name: String
        let sql: String
        /// Work the SQL cannot do (reading SOP files), in the same transaction, after the SQL.
        var backfill: (@Sendable (PGConnection) throws -> Void)? = nil
    }

    static let all: [Migration] = [
        Migration(version: 1, name: "v1: event log, cases, tasks, revisions, attachments", sql: """
            CREATE TABLE sop_revision (
                hash TEXT PRIMARY KEY,
                nomor TEXT NOT NULL,
                judul TEXT NOT NULL,
                revision_date TEXT NOT NULL,
                path TEXT NOT NULL,
                content BYTEA NOT NULL,
                saved_at BIGINT NOT NULL
            );
            CREATE TABLE case_counter (
                prefix TEXT NOT NULL,
                year INTEGER NOT NULL,
                last BIGINT NOT NULL,
                PRIMARY KEY (prefix, year)
            );
            CREATE TABLE sop_case (
                id TEXT PRIMARY KEY,
                nomor TEXT NOT NULL,
                judul TEXT NOT NULL,
                revision TEXT NOT NULL REFERENCES sop_revision(hash),
                status TEXT NOT NULL,
                started_at BIGINT NOT NULL,
                updated_at BIGINT NOT NULL,
                last_sequence INTEGER NOT NULL
            );
            CREATE INDEX sop_case_by_sop ON sop_case(nomor, status);
            CREATE TABLE case_event (
                case_id TEXT NOT NULL REFERENCES sop_case(id),
                sequence INTEGER NOT NULL,
                at BIGINT NOT NULL,
                operator TEXT NOT NULL,
                role TEXT,
                step TEXT,
                type TEXT NOT NULL,
                payload TEXT NOT NULL,
                PRIMARY KEY (case_id, sequence)
            );
            CREATE FUNCTION sop_case_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'case events are append-only'; END $$;
            CREATE TRIGGER case_event_append_only BEFORE UPDATE OR DELETE ON case_event
                FOR EACH ROW EXECUTE FUNCTION sop_case_event_append_only();
            CREATE TRIGGER case_event_append_only_truncate BEFORE TRUNCATE ON case_event
                FOR EACH STATEMENT EXECUTE FUNCTION sop_case_event_append_only();
            CREATE TABLE case_task (
                case_id TEXT NOT NULL REFERENCES sop_case(id),
                step TEXT NOT NULL,
                step_label TEXT NOT NULL,
                visit INTEGER NOT NULL,
                role TEXT NOT NULL,
                role_name TEXT NOT NULL,
                started_at BIGINT NOT NULL,
                due_at BIGINT,
                PRIMARY KEY (case_id, step)
            );
            CREATE INDEX case_task_by_role ON case_task(role, due_at);
            CREATE TABLE attachment (
                sha256 TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                size BIGINT NOT NULL,
                content BYTEA NOT NULL,
                saved_at BIGINT NOT NULL
            );
            """),
        Migration(version: 2, name: "v2: step visits and case ends, for reports", sql: """
            ALTER TABLE sop_case ADD COLUMN ended_at BIGINT, ADD COLUMN due_at BIGINT;
            CREATE TABLE step_visit (
                case_id TEXT NOT NULL REFERENCES sop_case(id),
                step TEXT NOT NULL,
                visit INTEGER NOT NULL,
                nomor TEXT NOT NULL,
                revision TEXT NOT NULL,
                role TEXT NOT NULL,
                started_at BIGINT NOT NULL,
                due_at BIGINT,
                completed_at BIGINT,
                completed_by TEXT,
                used_seconds DOUBLE PRECISION,
                PRIMARY KEY (case_id, step, visit)
            );
            CREATE INDEX step_visit_by_sop ON step_visit(nomor, started_at);
            -- Cases recorded before this migration: their visits, end and due times, from their events.
            INSERT INTO step_visit (case_id, step, visit, nomor, revision, role, started_at, due_at)
                SELECT e.case_id, e.payload::jsonb->>'step', (e.payload::jsonb->>'visit')::integer, c.nomor, c.revision,
                       e.payload::jsonb->>'role', e.at, (e.payload::jsonb->>'due')::bigint
                FROM case_event e JOIN sop_case c ON c.id = e.case_id WHERE e.type = 'step-started';
            UPDATE step_visit v SET completed_at = e.at, completed_by = e.operator,
                   used_seconds = (e.payload::jsonb->>'used')::double precision
                FROM case_event e
                WHERE e.type = 'step-completed' AND e.case_id = v.case_id AND e.payload::jsonb->>'step' = v.step
                  AND (e.payload::jsonb->>'visit')::integer = v.visit;
            UPDATE sop_case c SET ended_at = e.at FROM case_event e
                WHERE e.case_id = c.id AND e.type IN ('case-completed', 'case-cancelled');
            UPDATE sop_case c SET due_at = (e.payload::jsonb->>'due')::bigint FROM case_event e
                WHERE e.case_id = c.id AND e.type = 'case-started';
            """),
        Migration(version: 3, name: "v3: hash chain of case events, chain seals", sql: PostgresChain.migration),
        Migration(version: 4, name: "v4: roster of operators and roles, checked by the server", sql: PostgresRoster.migration),
        Migration(version: 5, name: "v5: case titles, tracking codes and search keys", sql: """
            CREATE TABLE case_lookup (
                case_id TEXT PRIMARY KEY REFERENCES sop_case(id),
                title TEXT NOT NULL,
                tracking TEXT UNIQUE,
                search_keys TEXT NOT NULL
            );
            """, backfill: { c in try PostgresCaseStore.backfillLookups(c) }),
        Migration(version: 6, name: "v6: web sessions", sql: PostgresWebDesk.migration),
        Migration(version: 7, name: "v7: live updates: worklist changes notify sop_tugas", sql: PostgresChangeListener.migration),
        Migration(version: 8, name: "v8: every answer and step in one round trip (sop_append_case)", sql: PostgresAppend.migration),
        Migration(version: 9, name: WebAttemptSchema.name, sql: PostgresWebAttempts.migration),
        Migration(version: 10, name: "v10: events linked by the desk, the primary key as the check (sop_append_case_linked)",
                  sql: PostgresAppend.linkedMigration),
        Migration(version: 11, name: "v11: worklist notices sent after the commit by sop (sop_live_flush), the role check in one query",
                  sql: PostgresLiveNotices.migration + PostgresRoster.oneQueryCheck),
        Migration(version: 12, name: PostgresLeanAnswer.name, sql: PostgresLeanAnswer.migration),
        Migration(version: 13, name: "v13: PINs and one-time-code secrets in a schema of their own, out of every desk's reach",
                  sql: PostgresSecrets.migration),
        Migration(version: 14, name: PostgresRoleGuard.name, sql: PostgresRoleGuard.migration),
        Migration(version: 15, name: PostgresGuardRows.name, sql: PostgresGuardRows.migration),
        Migration(version: 16, name: PostgresReaderRole.name, sql: PostgresReaderRole.migration),
        Migration(version: 17, name: PostgresPersonalAccess.name, sql: PostgresPersonalAccess.migration),
        Migration(version: 18, name: PostgresSessionGuard.name, sql: PostgresSessionGuard.migration),
        Migration(version: 19, name: PostgresCaseProof.name, sql: PostgresCaseProof.migration),
        Migration(version: 20, name: PostgresOperatorAccess.name, sql: PostgresOperatorAccess.migration),
        Migration(version: 21, name: PostgresPINSessions.name, sql: PostgresPINSessions.migration),
        Migration(version: 22, name: PostgresGatewayCheck.name, sql: PostgresGatewayCheck.migration),
        Migration(version: 23, name: PostgresAccessLog.name, sql: PostgresAccessLog.migration),
        // v-next-b: appended by the access-log branch (tester 19's F1, F4, F10).
        Migration(version: 24, name: PostgresAccessLogGuard.name, sql: PostgresAccessLogGuard.migration),
        Migration(version: 25, name: PostgresResumeGuard.name, sql: PostgresResumeGuard.migration),
        Migration(version: 26, name: PostgresQuickCheck.name, sql: PostgresQuickCheck.migration),
        Migration(version: 27, name: PostgresJointRoles.name, sql: PostgresJointRoles.migration),
        Migration(version: 28, name: PostgresDerivedGuard.name, sql: PostgresDerivedGuard.migration),
        Migration(version: 29, name: PostgresBranchCorrection.name, sql: PostgresBranchCorrection.migration),
    ]

    static var latest: Int { all.last?.version ?? 0 }

    /// Sent first in every case write, in its transaction: fails (nothing of the write is kept)
    /// when a newer sop migrated the schema under a running desk or `sop serve`. SQL has no
    /// RAISE: the failure is a cast of a marked text to an integer, which names the version
    /// (`newerVersion`). One index-only read of `schema_migrations`' key, no round trip more.
    static let newerGuard: (sql: String, parameters: [PGValue]) = (newerSelect, [])

    /// The same check as a condition of the write's own statement (true while the schema is
    /// this sop's; the same failure otherwise): an answer's INSERT carries it, so that the answer
    /// is one statement (`PostgresCaseStore.insertEventRows`), not a pipeline of two.
    static let newerCondition = "(\(newerSelect)) IS NULL"

    /// Made once: every write sends it (building it at every write cost a desk 2.8 K instructions).
    private static let newerSelect =
        "SELECT CASE WHEN max(version) > \(latest) THEN ('\(newerMark)' || max(version))::int END FROM schema_migrations"

    static let newerMark = "sop-skema-lebih-baru:"

    /// The version `newerGuard` refused, from the server's failure (nil: another failure).
    static func newerVersion(state: String, message: String) -> Int? {
        guard state == "22P02", let range = message.range(of: newerMark) else { return nil }
        return Int(message[range.upperBound...].prefix { $0.isNumber })
    }

    /// The newest schema this binary knows (`sop --version`).
    public static var latestVersion: Int { latest }

    /// What `sop db migrate` and `sop db status` print for each migration in Bahasa Indonesia, by
    /// version. The English name above is the migration's identity, stored in
    /// `schema_migrations` and printed in English: never changed, so a shipped store sees its
    /// migrations as applied.
    static let indonesian: [Int: String] = [
        1: "v1: log kejadian, kasus, tugas, revisi, lampiran",
        2: "v2: kunjungan kegiatan dan akhir kasus, untuk laporan",
        3: "v3: rantai hash kejadian kasus, segel rantai",
        4: "v4: daftar peran operator, diperiksa oleh server",
        5: "v5: judul kasus, kode lacak dan kunci pencarian",
        6: "v6: sesi meja web",
        7: "v7: pembaruan langsung: perubahan daftar tugas memberi tahu sop_tugas",
        8: "v8: setiap jawaban dan kegiatan dalam satu kali pulang-pergi (sop_append_case)",
        9: "v9: batas laju meja web bersama",
        10: "v10: kejadian ditautkan oleh meja, kunci primer sebagai pemeriksaannya (sop_append_case_linked)",
        11: "v11: pemberitahuan daftar tugas dikirim sop setelah commit (sop_live_flush), pemeriksaan peran dalam satu kueri",
        12: "v12: kejadian biasa pemeriksaan peran dalam satu pencarian, pemberitahuan daftar tugas dari meja, tanpa tabel sementara di fungsi server",
        13: "v13: PIN dan rahasia kode satu kali dalam skema tersendiri, di luar jangkauan setiap meja",
        14: "v14: pemeriksaan daftar peran membaca kejadian, bukan baris yang diubah meja; kolom tetap kasus dan kunjungan kegiatan",
        15: "v15: pemeriksaan daftar peran dari baris penjaga yang hanya ditulis server (SOP kasus, peran kegiatan yang terbuka)",
        16: "v16: peran baca-saja pimpinan tidak bertindak di kegiatan mana pun (pemeriksaan kejadian menolaknya)",
        17: "v17: catatan akses data pribadi yang dibuka, ditulis server atas nama pengguna sesi; nama lengkap dan NIP operator",
        18: "v18: sesi jawaban web diperiksa server dalam transaksi penulisannya (sop_web_session_live)",
        19: "v19: kasus suatu kejadian dibuktikan oleh pencarian pemeriksaan peran, bukan kunci asing",
        20: "v20: pengelola peran mengakhiri sesi meja web operator dan menghapus PIN atau pendaftaran kode satu kali; meja web mengganti PIN operator sendiri (diperiksa server)",
        21: "v21: PIN yang diganti di meja web mengakhiri sesi meja web lain operator itu (sop_change_own_pin, diperiksa server)",
        22: "v22: pemeriksaan gateway dan pengelola peran dalam PL/pgSQL, direncanakan sekali per koneksi (sop_is_gateway, sop_is_admin)",
        23: "v23: log akses data pribadi sebagai rantai hash yang ditautkan server, percobaan yang ditolak ikut dicatat",
        // v-next-b
        24: "v24: log akses menolak kasus yang tidak ada, kode penolakan tak dikenal, dan data ditampilkan kepada yang tidak berperan; segel rantai hanya dapat ditambah",
        25: "v25: kasus yang dijeda hanya dapat dilanjutkan dalam peran kegiatan yang menunggu, seperti menjeda atau membatalkan",
        26: "v26: kejadian biasa pemeriksaan daftar peran diputuskan oleh satu ekspresi, pernyataannya direncanakan sekali",
        27: "v27: peran bersama suatu baris (bersama) dapat menyelesaikannya, masing-masing dalam perannya sendiri, diperiksa server",
        28: "v28: baris turunan kejadian kasus hanya berubah dalam transaksi yang menambahkan kejadiannya; log perbaikan baris turunan",
        29: "v29: cabang keputusan dikoreksi hanya dalam peran yang mengambilnya, menutup kegiatan yang dimulai cabang yang salah",
    ]

    /// A migration's identity as the reader reads it: Bahasa Indonesia by default, the English
    /// identity itself in English; a name this build does not know (a newer store's) as stored.
    static func described(_ name: String) -> Localized {
        let version = all.first { $0.name == name }?.version
        return Localized(id: version.flatMap { indonesian[$0] } ?? name, en: name)
    }

    /// Versions applied, with names and times; empty when the table does not exist yet.
    static func applied(_ connection: PGConnection) throws(PGFailure) -> [(version: Int, name: String, at: Date)] {
        guard try connection.query("SELECT to_regclass('schema_migrations') IS NOT NULL").bool(0, 0) else { return [] }
        let rows = try connection.query(
            "SELECT version, name, (extract(epoch FROM applied_at) * 1000)::bigint FROM schema_migrations ORDER BY version")
        return (0..<rows.count).map { (rows.integer($0, 0), rows.text($0, 1), Date(timeIntervalSince1970: Double(rows.int($0, 2) ?? 0) / 1000)) }
    }

    /// Applies what is pending; returns the names applied. One round trip when the schema is
    /// current.
    @discardableResult
    static func migrate(_ connection: PGConnection, store: String) throws(PGFailure) -> [String] {
        if let current = try? connection.query("SELECT coalesce(max(version), 0) FROM schema_migrations").integer(0, 0),
            current == latest
        {
            return []
        }
        try connection.execute("""
            BEGIN;
            SELECT pg_advisory_xact_lock(hashtext('sop schema migrations ' || current_schema()));
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
            );
            """)
        do throws(PGFailure) {
            let done = Set(try connection.query("SELECT version FROM schema_migrations").integers)
            if let newest = done.max(), newest > latest {
                throw PGFailure.unusable(Catalog.StoreSchema.newer(store, version: newest, known: latest))
            }
            var names: [String] = []
            for migration in all where !done.contains(migration.version) {
                try connection.execute(migration.sql)
                do { try migration.backfill?(connection) } catch let failure as PGFailure { throw failure } catch {
                    throw PGFailure.unusable(Localized(verbatim: String(describing: error)))
                }
                try connection.query("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)",
                                     [.int(migration.version), .text(migration.name)])
                names.append(migration.name)
            }
            try connection.execute("COMMIT")
            return names
        } catch {
            if case .lost = error {} else { _ = try? connection.execute("ROLLBACK") }
            throw error
        }
    }
}

extension PGRows {
    var integers: [Int] { (0..<count).map { integer($0, 0) } }
}
