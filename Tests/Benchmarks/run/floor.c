/* The floor for `sop run`: one event row inserted per transaction, with the store's settings
 * (WAL, synchronous = FULL), through the bare SQLite C API. Usage: floor DB ROWS */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static void check(int rc, sqlite3 *db, const char *what) {
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
        fprintf(stderr, "%s: %s\n", what, sqlite3_errmsg(db));
        exit(1);
    }
}

int main(int argc, char **argv) {
    if (argc < 3) { fprintf(stderr, "usage: floor DB ROWS\n"); return 2; }
    int rows = atoi(argv[2]);
    sqlite3 *db;
    check(sqlite3_open(argv[1], &db), db, "open");
    check(sqlite3_exec(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;"
        "CREATE TABLE IF NOT EXISTS case_event (case_id TEXT NOT NULL, sequence INTEGER NOT NULL,"
        " at INTEGER NOT NULL, operator TEXT NOT NULL, role TEXT, step TEXT, type TEXT NOT NULL,"
        " payload TEXT NOT NULL, PRIMARY KEY (case_id, sequence)) WITHOUT ROWID;", 0, 0, 0), db, "schema");
    sqlite3_stmt *insert;
    check(sqlite3_prepare_v2(db, "INSERT INTO case_event VALUES (?, ?, ?, 'budi', 'resepsionis', '1',"
        " 'field-answered', '{\"field\":\"nama\",\"step\":\"1\",\"value\":\"Siti Aminah\",\"visit\":1}')",
        -1, &insert, 0), db, "prepare");
    struct timespec start, end;
    clock_gettime(CLOCK_MONOTONIC, &start);
    for (int i = 0; i < rows; i++) {
        check(sqlite3_exec(db, "BEGIN IMMEDIATE", 0, 0, 0), db, "begin");
        sqlite3_bind_text(insert, 1, "01-2026-000001", -1, SQLITE_STATIC);
        sqlite3_bind_int(insert, 2, i + 1);
        sqlite3_bind_int64(insert, 3, 1796004000000LL + i);
        check(sqlite3_step(insert), db, "insert");
        sqlite3_reset(insert);
        check(sqlite3_exec(db, "COMMIT", 0, 0, 0), db, "commit");
    }
    clock_gettime(CLOCK_MONOTONIC, &end);
    double seconds = (end.tv_sec - start.tv_sec) + (end.tv_nsec - start.tv_nsec) / 1e9;
    printf("{\"floor\": \"sqlite insert per transaction\", \"rows\": %d, \"seconds\": %.4f, \"ms_per_row\": %.4f}\n",
           rows, seconds, seconds / rows * 1000);
    sqlite3_finalize(insert);
    sqlite3_close(db);
    return 0;
}
