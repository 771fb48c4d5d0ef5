import GRDB

/// Migration v15 (SQLite): a case's title, tracking code and
/// search keys are columns of its case row. They were `case_lookup`, a table of its own, so a
/// new case wrote a page of it besides its case row, and an answer that changed the title or the
/// keys (a name, a NIK, a phone number) wrote it again at the next step's start or end, each a
/// WAL frame the commit syncs. The case row is written at a case's start and at every step's
/// start or end anyway: the lookup now rides on that page. The tracking code keeps its unique
/// index (a tracking code names one case). The view `case_lookup` shows the columns as the table
/// it replaced, row for row, for every reader (listings, search, `sop db verify`, the copy); a
/// case row without a title (a hand edit, or a row written before v5 never given one) shows no
/// lookup row, which `sop db verify` reports, as a deleted lookup row was reported before. A
/// hand edit of the view (UPDATE, DELETE, INSERT with the sqlite3 shell) goes to the case row's
/// columns, so an edit made as before lands as before and is reported as before; the store's own
/// writes go to the case row directly. The rows are copied as they are: a lookup forged before
/// the migration is still reported after it.
enum LookupRowMigration {
    static let name = "v15: case titles, tracking codes and search keys in the case row"

    /// The view over the case row's columns, with the columns and rows `case_lookup` had.
    static let viewSQL = """
        CREATE VIEW case_lookup AS SELECT id AS case_id, title, tracking, IFNULL(search_keys, '') AS search_keys
        FROM sop_case WHERE title IS NOT NULL
        """

    static func apply(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE sop_case ADD COLUMN title TEXT;
            ALTER TABLE sop_case ADD COLUMN tracking TEXT;
            ALTER TABLE sop_case ADD COLUMN search_keys TEXT;
            UPDATE sop_case SET (title, tracking, search_keys) =
                (SELECT l.title, l.tracking, l.search_keys FROM case_lookup l WHERE l.case_id = sop_case.id)
            WHERE id IN (SELECT case_id FROM case_lookup);
            DROP TABLE case_lookup;
            CREATE UNIQUE INDEX sop_case_by_tracking ON sop_case(tracking);
            \(viewSQL);
            CREATE TRIGGER case_lookup_update INSTEAD OF UPDATE ON case_lookup BEGIN
                UPDATE sop_case SET title = NULL, tracking = NULL, search_keys = NULL
                    WHERE id = OLD.case_id AND NEW.case_id IS NOT OLD.case_id;
                UPDATE sop_case SET title = NEW.title, tracking = NEW.tracking, search_keys = NEW.search_keys WHERE id = NEW.case_id;
            END;
            CREATE TRIGGER case_lookup_delete INSTEAD OF DELETE ON case_lookup BEGIN
                UPDATE sop_case SET title = NULL, tracking = NULL, search_keys = NULL WHERE id = OLD.case_id;
            END;
            CREATE TRIGGER case_lookup_insert INSTEAD OF INSERT ON case_lookup BEGIN
                UPDATE sop_case SET title = NEW.title, tracking = NEW.tracking, search_keys = NEW.search_keys WHERE id = NEW.case_id;
            END;
            """)
    }
}
