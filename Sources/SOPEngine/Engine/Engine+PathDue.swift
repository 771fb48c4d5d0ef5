import Foundation
import SOPModel

/// When a case can be done at the latest, along the one path it takes (issue 10, finding 7 of the
/// sixth outside test): the longest single path from where the case stands to an end.
///
/// - Alternatives (the exits of a decision) take the latest of their ends, never their sum; so do
///   parallel parts (a join waits for the last).
/// - A loop is counted once: an arrow back to a row already on the path is not followed.
/// - A merged waktu cell (`gabung_sampai`) and a span (`dihitung_sejak`) count once, from the
///   start of their first row; a row of several boxes counts its Waktu once, from the start of
///   its pass (as the desk times it).
/// - Rows already done are not counted: the steps in hand finish at their own due time (moved on
///   by pauses that stop the clock), or now when they have no standard; every later row adds its
///   standard on the calendar from when it can start at the latest.
extension Engine {
    /// One step the path starts from: a step in hand, with its start and when it ends at the latest.
    struct PathSource {
        var index: Int
        var start: Date
        var finish: Date
        var timed: Bool
    }

    /// The case's due time from the steps in hand; nil when no step on the way has a standard.
    func pathDue(in state: CaseState, now: Date) -> Date? {
        let sources = state.active.compactMap { visit -> PathSource? in
            guard let index = graph.index(of: visit.step) else { return nil }
            let due = due(of: visit, in: state, now: now)
            return PathSource(index: index, start: rowStart(of: visit), finish: due ?? max(now, visit.startedAt),
                              timed: due != nil)
        }
        return latestEnd(from: sources, in: state)
    }

    /// The latest end over every path from `sources`, each later row added on the calendar.
    func latestEnd(from sources: [PathSource], in state: CaseState?) -> Date? {
        guard !sources.isEmpty else { return nil }
        let order = forwardOrder(from: sources.map(\.index))
        var finish: [Int: Date] = [:], start: [Int: Date] = [:]
        var timed = sources.contains { $0.timed }
        for source in sources {
            finish[source.index] = max(finish[source.index] ?? source.finish, source.finish)
            start[source.index] = min(start[source.index] ?? source.start, source.start)
        }
        let fixed = Set(sources.map(\.index))
        for index in order.nodes where !fixed.contains(index) {
            guard let entry = order.predecessors[index, default: []].compactMap({ finish[$0] }).max() else { continue }
            start[index] = entry
            guard let timing = facts.timing[index] else {
                finish[index] = entry
                continue
            }
            // The moment the standard counts from: a span's or merged cell's first row, the row's
            // pass (several boxes), else the row itself.
            var from = entry
            if let origin = timing.from, let originIndex = graph.index(of: origin) {
                from = start[originIndex]
                    ?? state.flatMap { Self.latestStart(of: origin, in: $0, before: .distantFuture) } ?? entry
            } else if let row = facts.rowPass[index] {
                from = row.compactMap { start[$0] }.min() ?? entry
            }
            let durations = standards(of: timing.waktu, in: state)
            guard !durations.isEmpty else {
                finish[index] = entry
                continue
            }
            timed = true
            let due = durations.map { calendar.due(from: from, waktu: $0) }.max() ?? entry
            finish[index] = max(entry, due)
        }
        guard timed else { return nil }
        // Paths that end: a way back into the loop that leads on only through a row already on
        // the path (row 4 → row 1 → row 2 → row 4 again) is the loop, counted once, not an end.
        let ends = finish.filter { index, _ in
            graph.successors(of: index).contains { $0.node == .end } || graph.targets(of: index).isEmpty
        }
        return (ends.isEmpty ? finish : ends).values.max()
    }

    /// The standards a waktu may hold for this case: the one chosen by the case, else every choice.
    private func standards(of waktu: Waktu, in state: CaseState?) -> [WaktuDuration] {
        if let perItem = waktu.perItem {  // the items the case counted, else one
            return (chosenDuration(of: waktu, in: state, current: nil) ?? perItem.each).map { [$0] } ?? []
        }
        guard let conditional = waktu.conditional else { return waktu.duration.map { [$0] } ?? [] }
        if let chosen = chosenValue(conditional.basis.value, in: state, current: nil),
            let duration = conditional.standard(for: chosen)
        {
            return [duration]
        }
        return conditional.choices.map(\.duration) + (conditional.otherwise.map { [$0] } ?? [])
    }

    /// The steps reachable from `sources` in an order where each comes after every step that
    /// leads to it, arrows back into a path (loops) left out; with each step's predecessors.
    private func forwardOrder(from sources: [Int]) -> (nodes: [Int], predecessors: [Int: [Int]]) {
        enum Mark { case open, done }
        var marks: [Int: Mark] = [:]
        var finished: [Int] = []
        var predecessors: [Int: [Int]] = [:]
        let starts = Set(sources)
        // Iterative depth-first search: (step, next target to look at).
        for source in sources where marks[source] == nil {
            var stack: [(Int, Int)] = [(source, 0)]
            marks[source] = .open
            while let (index, position) = stack.last {
                let targets = graph.targets(of: index)
                guard position < targets.count else {
                    marks[index] = .done
                    finished.append(index)
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].1 = position + 1
                let next = targets[position]
                // A step in hand is where a path begins; an arrow back into the path is a loop.
                if starts.contains(next) || marks[next] == .open { continue }
                predecessors[next, default: []].append(index)
                if marks[next] == nil {
                    marks[next] = .open
                    stack.append((next, 0))
                }
            }
        }
        return (finished.reversed(), predecessors)
    }
}
