import Foundation
import Logging
import SOPModel

/// The service log on standard error (read in journalctl): one line per message,
/// `06-12-2026 09.05.12 WIB info sop-serve: GET /healthz 200 0.4 ms`, its time in the unit's zone
/// (WIB unless the work calendar says WITA or WIT), as every time sop prints; swift-log's stream
/// handler would print the machine's zone.
struct DeskLogHandler: LogHandler {
    let label: String
    let time: TimeText
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let all = metadata.merging(event.metadata ?? [:]) { $1 }
        let fields = all.isEmpty ? "" : " " + all.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        let text = "\(time.stamp(Date())) \(event.level) \(label):\(fields) \(event.message)\n"
        FileHandle.standardError.write(Data(text.utf8))
    }
}

extension TimeText {
    /// "06-12-2026 09.05.12 WIB": a log line's time, to the second.
    func stamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let second = calendar.component(.second, from: date)
        let clock = self.clock(date)
        return day(date) + " " + clock + "." + (second < 10 ? "0" : "") + String(second) + " " + zoneName
    }
}
