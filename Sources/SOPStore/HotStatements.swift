import GRDB

/// The statements of every answer and step, kept by the store once prepared: GRDB's statement
/// cache finds a statement by hashing its whole SQL text at every use, which cost more than
/// binding it. Each is GRDB's own cached statement (`Database.cachedStatement(sql:)`), asked
/// once; SQLite prepares it again by itself should the schema change. Used only inside the
/// store's database accesses, which its queue runs one at a time.
final class HotStatements: @unchecked Sendable {
    enum SQL: Int, CaseIterable {
        case beginImmediate, beginDeferred, commit
        case insertEvent, progress, updateLookup, visitStarted, visitCompleted
        case nextCaseNumber, insertCase, schemaVersion

        var text: String {
            switch self {
            case .beginImmediate: "BEGIN IMMEDIATE"
            case .beginDeferred: "BEGIN DEFERRED"
            case .commit: "COMMIT"
            case .insertEvent: EventRecord.insertSQL
            case .progress: CaseRecord.progressSQL
            case .updateLookup: LookupRecord.updateSQL
            case .visitStarted: VisitProjector.startedSQL
            case .visitCompleted: VisitProjector.completedSQL
            case .nextCaseNumber: CaseRecord.nextNumberSQL
            case .insertCase: CaseRecord.insertWithLookupSQL
            case .schemaVersion: "PRAGMA schema_version"
            }
        }
    }

    private var kept = [Statement?](repeating: nil, count: SQL.allCases.count)

    func statement(_ sql: SQL, _ db: Database) throws -> Statement {
        if let statement = kept[sql.rawValue] { return statement }
        let statement = try db.cachedStatement(sql: sql.text)
        kept[sql.rawValue] = statement
        return statement
    }

    /// Lets go of every statement (finalized with GRDB's cache), before the connection closes.
    func clear() { kept = [Statement?](repeating: nil, count: SQL.allCases.count) }
}
