import Foundation
import SOPCore
import SOPEngine
import SOPPostgres
import SOPStore

/// The feed for a store: PostgreSQL listens, a SQLite file is watched. Open it after the
/// store itself (which applies the migrations the feed relies on).
public enum CaseFeeds {
    public static func open(for address: StoreAddress, report: @escaping @Sendable (Localized) -> Void) throws(StoreError) -> any CaseFeed {
        switch address {
        case .sqlite(let path): try WatchedCaseFeed.sqlite(path: path, report: report)
        case .postgres(let address): PostgresCaseFeed(address: address, report: report)
        }
    }
}
