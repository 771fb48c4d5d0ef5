import Foundation
import SOPCore
import SOPEngine
import SOPModel
import SOPPostgres
import SOPStore

/// sop-bench run-desks DESKS CASES DB SOP ANSWERS: DESKS desks in one process, each a thread
/// with its own store (its own connection: the real `StoreAddress` store, as `sop run` opens
/// it), its own engine and session, running CASES scripted cases, every answer its own durable
/// commit. As `pgbench -c DESKS -j DESKS` is one process with a thread and a connection per
/// client, so is this: the desks' side does not pay for DESKS processes on the machine's cores.
/// Prints one JSON line for all the desks, with the same fields as run-cases (commits and steps
/// summed, the window from the first desk's start to the last desk's end).
enum RunDesks {
    /// One desk's store, engine and operator, opened before the clock starts.
    final class Desk: @unchecked Sendable {
        let store: CountingStore
        let engine: Engine
        let operatorName: String
        let staff: [String]
        var completed = 0
        var failure: String?

        init(store: CountingStore, engine: Engine, operatorName: String, staff: [String]) {
            self.store = store
            self.engine = engine
            self.operatorName = operatorName
            self.staff = staff
        }

        /// Runs `cases` scripted cases; every answer is one store write.
        func run(cases: Int, revision: SOPRevision, script: AnswerScript) {
            for _ in 0..<cases {
                let prompter = ScriptedPrompter(script: script, display: Silent())
                do {
                    let session = try CaseSession.start(revision: revision, engine: engine, store: store, clock: SystemClock(),
                                                        prompter: prompter, attachments: NoFiles(),
                                                        actor: Operator(name: operatorName, roles: staff))
                    let outcome = session.run()
                    guard outcome == .completed else {
                        failure = "a case ended \(outcome)"
                        return
                    }
                    completed += 1
                } catch {
                    failure = "store: \(error)"
                    return
                }
            }
        }
    }

    /// The SOP, its revision as the session pins it, and the scripted answers.
    static func load(sopPath: String, answersPath: String) -> (SOP, SOPRevision, AnswerScript) {
        let loaded = SOPLoader.load(path: sopPath)
        guard let sop = loaded.sop, !loaded.hasErrors else { fail("\(sopPath): the SOP has errors") }
        guard case .success(let bytes) = FileReader.read(answersPath, limit: 1 << 20),
            case .success(let script) = AnswerScript.parse(bytes: bytes, path: answersPath)
        else { fail("\(answersPath): unreadable answers") }
        let revision = SOPRevision(content: loaded.source.bytes, nomor: sop.nomor, judul: sop.judul, revisionDate: "-",
                                   path: sopPath, savedAt: Date())
        return (sop, revision, script)
    }

    /// A desk on its own store connection, its operator granted the staff roles when
    /// SOP_BENCH_ROSTER=1.
    static func open(_ database: String, sop: SOP) -> Desk {
        let staff = sop.actors.filter(\.kind.operatesSystem).map(\.id.value)
        do {
            let store = CountingStore(try StoreAddress.resolve(option: database, environment: [:]).open())
            let operatorName = try BenchRoster.prepare(store.inner, roles: staff)
            return Desk(store: store, engine: Engine(sop: sop), operatorName: operatorName, staff: staff)
        } catch {
            fail("\(database): \(error)")
        }
    }

    static func run(_ arguments: [String]) -> Never {
        guard arguments.count == 7, let count = Int(arguments[2]), count > 0, let cases = Int(arguments[3]) else {
            fail("usage: sop-bench run-desks DESKS CASES DB SOP ANSWERS")
        }
        let database = arguments[4]
        let (sop, revision, script) = load(sopPath: arguments[5], answersPath: arguments[6])
        let desks = (0..<count).map { _ in open(database, sop: sop) }
        let ready = DispatchSemaphore(value: 0), go = DispatchGroup(), done = DispatchGroup()
        go.enter()
        for desk in desks {
            done.enter()
            let thread = Thread {
                ready.signal()
                go.wait()
                desk.run(cases: cases, revision: revision, script: script)
                done.leave()
            }
            thread.stackSize = 4 << 20
            thread.start()
        }
        for _ in desks { ready.wait() }
        let startedAt = Date().timeIntervalSince1970
        let start = DispatchTime.now().uptimeNanoseconds
        go.leave()
        done.wait()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let endedAt = Date().timeIntervalSince1970
        if let failure = desks.compactMap(\.failure).first { fail(failure) }
        let commits = desks.map(\.store.commits).reduce(0, +), steps = desks.map(\.store.steps).reduce(0, +)
        print("{\"runner\": \"sop\", \"desks\": \(count), \"cases\": \(cases * count), \"commits\": \(commits), \"steps\": \(steps), "
            + "\"seconds\": \(seconds), \"ms_per_commit\": \(seconds / Double(max(1, commits)) * 1000), "
            + "\"started_at\": \(startedAt), \"ended_at\": \(endedAt)}")
        exit(0)
    }
}
