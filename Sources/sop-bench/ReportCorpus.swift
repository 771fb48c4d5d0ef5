import Foundation
import GRDB
import SOPCore
import SOPEngine
import SOPModel
import SOPStore

/// A deterministic corpus of finished and open cases, written straight into the store's tables
/// (as the store itself would project them), for timing `sop report` against plain SQL.
enum ReportCorpus {
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func minutes(_ low: Int, _ high: Int) -> Int { low + Int(next() % UInt64(high - low + 1)) }
    }

    static func write(cases: Int, database: String, sopPath: String) {
        let loaded = SOPLoader.load(path: sopPath)
        guard let sop = loaded.sop, !loaded.hasErrors else { fail("\(sopPath): the SOP has errors") }
        let revision = SOPRevision(content: loaded.source.bytes, nomor: sop.nomor, judul: sop.judul, revisionDate: "-",
                                   path: sopPath, savedAt: Date())
        // Typical and slow step times, in minutes: some steps run over their standard.
        let spans: [(Int, Int)] = [(1, 9), (1, 3), (10, 55), (5, 120), (20, 90), (2, 8)]
        let roles = sop.steps.map { Engine(sop: sop).handlingRole(of: $0, previousRole: "resepsionis") }
        let start = Date(timeIntervalSince1970: 1_793_581_200)  // Monday 2 November 2026, 08:00 WIB
        var random = Generator(state: 0x5EED_2026)
        do {
            let store = try SQLiteCaseStore(path: database)
            try store.saveRevision(revision)
            try store.withDatabase { db in
                let insertCase = try db.makeStatement(sql: """
                    INSERT INTO sop_case (id, nomor, judul, revision, status, started_at, updated_at, last_sequence, ended_at, due_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)
                    """)
                let insertVisit = try db.makeStatement(sql: """
                    INSERT INTO step_visit (case_id, step, visit, nomor, revision, role, started_at, due_at, completed_at,
                    completed_by, used_seconds) VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                for number in 1...cases {
                    let id = CaseID.make(prefix: CaseID.prefix(nomor: sop.nomor), year: 2026, sequence: number)
                    let day = Double((number - 1) % 20 / 5 * 7 + (number - 1) % 5)  // working days in November
                    var clock = start.addingTimeInterval(day * 86_400 + Double(random.minutes(0, 400)) * 60)
                    let caseStart = clock
                    let fate = random.next() % 100  // 0-1 cancelled at step 3, 2-4 still open at step 3
                    let lastStep = fate < 5 ? 2 : sop.steps.count - 1
                    var visits: [StatementArguments] = []
                    for (index, step) in sop.steps.enumerated() where index <= lastStep {
                        let begin = clock
                        let waktu = step.mutuBaku.waktu?.duration
                        let due = waktu.map { begin.addingTimeInterval(($0.minutes?.high ?? 0) * 60) }
                        let done = !(index == 2 && fate < 5)
                        let minutes = random.minutes(spans[index].0, spans[index].1)
                        clock = begin.addingTimeInterval(Double(minutes) * 60)
                        visits.append([
                            id.rawValue, step.id.value, sop.nomor, revision.hash, roles[index], begin.milliseconds,
                            due?.milliseconds, done ? clock.milliseconds : nil, done ? (index < 2 ? "budi" : "sari") : nil,
                            done ? Double(minutes * 60) : nil,
                        ])
                    }
                    let status = fate < 2 ? "dibatalkan" : fate < 5 ? "terbuka" : "selesai"
                    try insertCase.execute(arguments: [
                        id.rawValue, sop.nomor, sop.judul, revision.hash, status, caseStart.milliseconds, clock.milliseconds,
                        status == "terbuka" ? nil : clock.milliseconds, caseStart.addingTimeInterval(100 * 60).milliseconds,
                    ])
                    for arguments in visits { try insertVisit.execute(arguments: arguments) }
                }
            }
        } catch {
            fail("store: \(error)")
        }
        print("{\"cases\": \(cases), \"database\": \"\(database)\"}")
    }
}

extension Date {
    var milliseconds: Int64 { Int64((timeIntervalSince1970 * 1000).rounded()) }
}
