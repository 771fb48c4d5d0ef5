import SOPCore
import Testing

@testable import SOPPostgres
@testable import SOPStore

/// `sop db migrate` and `sop db status` describe each migration in Bahasa Indonesia by default and
/// in English on request, while the stored identity (GRDB's `grdb_migrations`, PostgreSQL's
/// `schema_migrations.name`) stays the English name it always was.
@Suite struct MigrationWordsTests {
    @Test func everySQLiteMigrationHasAnIndonesianDescription() {
        let names = Migrations.migrator.migrations
        #expect(names.count == Migrations.indonesian.count)
        for name in names {
            let described = Migrations.described(name)
            #expect(described.text(.en) == name)
            #expect(described.text(.id) != name, "\(name)")
            // The same version, said in Indonesian.
            #expect(described.text(.id).hasPrefix(String(name.prefix { $0 != ":" }) + ": "), "\(name)")
        }
    }

    @Test func everyPostgreSQLMigrationHasAnIndonesianDescription() {
        #expect(Set(PostgresMigrations.all.map(\.version)) == Set(PostgresMigrations.indonesian.keys))
        for migration in PostgresMigrations.all {
            let described = PostgresMigrations.described(migration.name)
            #expect(described.text(.en) == migration.name)
            #expect(described.text(.id).hasPrefix("v\(migration.version): ") && described.text(.id) != migration.name, "\(migration.name)")
        }
        // A name this build does not know (a newer store's) is printed as stored.
        #expect(PostgresMigrations.described("v99: later").text(.id) == "v99: later")
    }
}
