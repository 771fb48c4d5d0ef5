import Foundation

/// Where a request's time goes inside the server, for the load test (issue 14): off unless
/// `SOP_SERVE_TIMING=FILE` is set, then `sop serve` writes a JSON summary to FILE when it stops.
/// Per request (by route: the step's GET and POST, the start, the rest): the handler's whole
/// time (from the first middleware to the response, HTTP parsing and writing excluded), and
/// within it the time waiting for a store worker and working on it, for reads and for the
/// write, and for a write the wait for its group's commit (`StoreGateway`); the requests in
/// the handler when it arrived. Per group commit: its size and the COMMIT's time (the WAL
/// sync). What is left of a request's time is CPU on the event loops and the hops between them
/// (the engine, the page's HTML, the form). Nothing personal: routes are classes, not paths.
public final class ServeTiming: @unchecked Sendable {
    // @unchecked: `requests` and `groups` are read and written only under `lock`.
    private let lock = NSLock()
    private var requests: [String: [RequestTimes.Sample]] = [:]
    private var groups: [(size: Int, commitNanoseconds: UInt64)] = []
    private let inFlight = InFlightCounter()
    let path: String

    /// The recorder `SOP_SERVE_TIMING` asks for, nil when unset.
    public static let shared: ServeTiming? = ProcessInfo.processInfo.environment["SOP_SERVE_TIMING"].flatMap {
        $0.isEmpty ? nil : ServeTiming(path: $0)
    }

    init(path: String) { self.path = path }

    /// The times of the request being handled (a task-local: the store gateway adds to it).
    @TaskLocal static var current: RequestTimes?

    /// Times `body` as one request of `route`.
    func request<T>(_ route: String, _ body: () async throws -> T) async rethrows -> T {
        let times = RequestTimes(inFlight: inFlight.add(1))
        defer {
            _ = inFlight.add(-1)
            let sample = times.sample(total: DispatchTime.now().uptimeNanoseconds - times.began)
            lock.withLock { requests[route, default: []].append(sample) }
        }
        return try await Self.$current.withValue(times) { try await body() }
    }

    func group(size: Int, commitNanoseconds: UInt64) {
        lock.withLock { groups.append((size, commitNanoseconds)) }
    }

    /// The route class of a request, for the summary.
    static func route(method: String, path: String) -> String {
        if path.hasPrefix("/kasus/"), path.contains("/langkah/") { return "\(method) step" }
        if path.hasPrefix("/sop/"), path.hasSuffix("/mulai") { return "\(method) start" }
        return "\(method) other"
    }

    /// Writes the summary (milliseconds) to `path`; false when it cannot be written.
    @discardableResult
    public func write() -> Bool {
        let (requests, groups) = lock.withLock { (self.requests, self.groups) }
        var out: [String: Any] = [:]
        for (route, samples) in requests {
            out[route] = Self.summary(samples)
        }
        if !groups.isEmpty {
            let sizes = groups.map(\.size)
            var histogram: [String: Int] = [:]
            for size in sizes { histogram[String(size), default: 0] += 1 }
            out["group commits"] = [
                "groups": groups.count, "writes": sizes.reduce(0, +),
                "mean size": Double(sizes.reduce(0, +)) / Double(groups.count), "sizes": histogram,
                "commit ms": Self.percentiles(groups.map { Double($0.commitNanoseconds) / 1e6 }),
            ] as [String: Any]
        }
        guard let data = try? JSONSerialization.data(withJSONObject: out, options: [.prettyPrinted, .sortedKeys]) else { return false }
        return FileManager.default.createFile(atPath: path, contents: data)
    }

    static func percentiles(_ values: [Double]) -> [String: Double] {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return [:] }
        func at(_ p: Double) -> Double { (sorted[min(sorted.count - 1, Int((p / 100 * Double(sorted.count - 1)).rounded()))] * 1000).rounded() / 1000 }
        return ["p50": at(50), "p90": at(90), "p99": at(99), "max": sorted.last ?? 0,
                "mean": (sorted.reduce(0, +) / Double(sorted.count) * 1000).rounded() / 1000]
    }

    /// Percentiles of each part, and the mean of each part over the slowest 1% of requests and
    /// over the requests at or under the median: what the tail spends its time on.
    static func summary(_ samples: [RequestTimes.Sample]) -> [String: Any] {
        let parts = RequestTimes.Sample.parts
        var out: [String: Any] = ["count": samples.count]
        for (name, value) in parts {
            out[name] = percentiles(samples.map { Double(value($0)) / 1e6 })
        }
        out["in flight at arrival"] = percentiles(samples.map { Double($0.inFlight) })
        let sorted = samples.sorted { $0.total < $1.total }
        func means(_ slice: ArraySlice<RequestTimes.Sample>) -> [String: Double] {
            guard !slice.isEmpty else { return [:] }
            var means: [String: Double] = [:]
            for (name, value) in parts {
                means[name] = (slice.map { Double(value($0)) / 1e6 }.reduce(0, +) / Double(slice.count) * 1000).rounded() / 1000
            }
            means["in flight at arrival"] = Double(slice.map(\.inFlight).reduce(0, +)) / Double(slice.count)
            return means
        }
        let tail = max(1, sorted.count / 100)
        out["slowest 1%, mean"] = means(sorted.suffix(tail))
        out["fastest 50%, mean"] = means(sorted.prefix(max(1, sorted.count / 2)))
        return out
    }
}

/// One request's times, added to by the store gateway's jobs (on their workers' threads).
final class RequestTimes: @unchecked Sendable {
    // @unchecked: the sums are read and written only under `lock`.
    private let lock = NSLock()
    let began = DispatchTime.now().uptimeNanoseconds
    let inFlight: Int
    private var readWait: UInt64 = 0, readWork: UInt64 = 0, writeWait: UInt64 = 0, writeWork: UInt64 = 0, commitWait: UInt64 = 0

    init(inFlight: Int) { self.inFlight = inFlight }

    /// A store job of this request: queued at `queued`, started at `started`, done at `ended`;
    /// for a write, durable at `committed` (its group's COMMIT returned).
    func store(writing: Bool, queued: UInt64, started: UInt64, ended: UInt64, committed: UInt64? = nil) {
        lock.withLock {
            if writing {
                writeWait += started &- queued
                writeWork += ended &- started
                commitWait += (committed ?? ended) &- ended
            } else {
                readWait += started &- queued
                readWork += ended &- started
            }
        }
    }

    struct Sample {
        var total: UInt64, readWait: UInt64, readWork: UInt64, writeWait: UInt64, writeWork: UInt64, commitWait: UInt64, inFlight: Int

        /// The parts by name; "other" is the rest: CPU on the event loops and the hops between them.
        static var parts: [(String, (Sample) -> UInt64)] { [
            ("total ms", \.total), ("read: waiting for a worker ms", \.readWait), ("read: on the store ms", \.readWork),
            ("write: waiting for the writer ms", \.writeWait), ("write: on the store ms", \.writeWork),
            ("write: waiting for its group's commit ms", \.commitWait),
            ("other (CPU on the event loops, hops) ms", { sample in
                sample.total &- min(sample.total, sample.readWait + sample.readWork + sample.writeWait + sample.writeWork + sample.commitWait)
            }),
        ] }
    }

    func sample(total: UInt64) -> Sample {
        lock.withLock {
            Sample(total: total, readWait: readWait, readWork: readWork, writeWait: writeWait, writeWork: writeWork, commitWait: commitWait,
                   inFlight: inFlight)
        }
    }
}

/// A number many threads add to.
final class InFlightCounter: @unchecked Sendable {
    // @unchecked: `value` is read and written only under `lock`.
    private let lock = NSLock()
    private var value = 0

    /// Adds `delta`; returns the value before.
    func add(_ delta: Int) -> Int {
        lock.withLock {
            defer { value += delta }
            return value
        }
    }
}
