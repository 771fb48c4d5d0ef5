import Foundation
import GRDB
import SOPCore
import SOPEngine
import SOPModel
import SOPStore

/// A deterministic corpus of finished and open cases, written straight into the store's tables
/// (as the store itself would project them), for timing `sop report` against plain SQL and
/// `sop db verify`: each case has its whole event log, linked into its hash chain, and every
/// derived row (case row, worklist, step visits, title and search keys) says what its events say.
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

    /// An event of the stored type with the payload given as JSON members (nil values left out).
    static func kind(_ type: String, _ members: [String: Any]) throws -> CaseEvent.Kind {
        try CaseEvent.Kind.decode(type: type, payload: try JSONSerialization.data(withJSONObject: members))
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
                    INSERT INTO sop_case (id, nomor, judul, revision, status, started_at, updated_at, last_sequence, ended_at, due_at, tasks)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                let insertEvent = try db.makeStatement(sql: """
                    INSERT INTO case_event (case_id, sequence, at, operator, role, step, type, payload, hash)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                let insertLookup = try db.makeStatement(sql: "UPDATE sop_case SET title = ?2, search_keys = ?3 WHERE id = ?1")
                let engine = Engine(sop: sop)
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
                    var kinds: [(Date, String, String, CaseEvent.Kind)] = [(caseStart, "budi", "resepsionis", try kind("case-started", [
                        "nomor": sop.nomor, "judul": sop.judul, "revision": revision.hash, "revisionDate": "-", "file": sopPath,
                        "due": caseStart.addingTimeInterval(100 * 60).milliseconds]))]
                    var waiting: String?
                    var lastMove = caseStart
                    for (index, step) in sop.steps.enumerated() where index <= lastStep {
                        let begin = clock
                        let waktu = step.mutuBaku.waktu?.duration
                        let due = waktu.map { begin.addingTimeInterval(($0.minutes?.high ?? 0) * 60) }
                        let done = !(index == 2 && fate < 5)
                        let minutes = random.minutes(spans[index].0, spans[index].1)
                        clock = begin.addingTimeInterval(Double(minutes) * 60)
                        let by = index < 2 ? "budi" : "sari"
                        kinds.append((begin, by, roles[index], try kind("step-started", [
                            "step": step.id.value, "visit": 1, "role": roles[index],
                        ].merging(due.map { ["due": $0.milliseconds] } ?? [:]) { a, _ in a })))
                        lastMove = begin
                        if index == 0 {
                            for (field, value) in [("nama", "Pelapor \(number)"), ("nik", "3573014101900001"), ("telepon", "081234567890"),
                                                   ("cara_menghubungi", "Telepon"), ("maksud", "Menanyakan syarat izin usaha")] {
                                kinds.append((begin, by, roles[index], try kind("field-answered", [
                                    "step": step.id.value, "visit": 1, "field": field, "value": value])))
                            }
                        }
                        if done {
                            kinds.append((clock, by, roles[index], .stepCompleted(.init(step: step.id.value, visit: 1, used: Double(minutes * 60)))))
                            lastMove = clock
                        } else if fate >= 2 {
                            waiting = TaskList.json([ArchivedTask(step: step.id.value, stepLabel: step.number ?? step.id.value, visit: 1,
                                                                  role: roles[index], roleName: engine.facts.actor(roles[index])?.lineName ?? roles[index],
                                                                  startedAt: begin.milliseconds, dueAt: due?.milliseconds)])
                        }
                        visits.append([
                            id.rawValue, step.id.value, sop.nomor, revision.hash, roles[index], begin.milliseconds,
                            due?.milliseconds, done ? clock.milliseconds : nil, done ? (index < 2 ? "budi" : "sari") : nil,
                            done ? Double(minutes * 60) : nil,
                        ])
                    }
                    let status = fate < 2 ? "dibatalkan" : fate < 5 ? "terbuka" : "selesai"
                    if status != "terbuka" {
                        kinds.append((clock, "sari", roles[2], status == "selesai" ? .caseCompleted : try kind("case-cancelled", ["reason": "ditarik pelapor"])))
                        lastMove = clock
                    }
                    let events = kinds.enumerated().map { offset, item in
                        CaseEvent(sequence: offset + 1, at: item.0, operatorName: item.1, role: item.2, kind: item.3).archived
                    }
                    try insertCase.execute(arguments: [
                        id.rawValue, sop.nomor, sop.judul, revision.hash, status, caseStart.milliseconds, lastMove.milliseconds,
                        events.count, status == "terbuka" ? nil : clock.milliseconds, caseStart.addingTimeInterval(100 * 60).milliseconds,
                        status == "terbuka" ? waiting : nil,
                    ])
                    for row in EventChain.linked(events, caseID: id.rawValue, previous: "") {
                        try insertEvent.execute(arguments: [id.rawValue, row.sequence, row.at, row.operatorName, row.role, row.step,
                                                            row.type, row.payload, row.hash])
                    }
                    for arguments in visits { try insertVisit.execute(arguments: arguments) }
                    // Its title and search keys, as the store derives them (`sop db verify` compares them).
                    let state = CaseState(id: id, events: kinds.enumerated().map { offset, item in
                        CaseEvent(sequence: offset + 1, at: item.0, operatorName: item.1, role: item.2, kind: item.3)
                    })
                    try insertLookup.execute(arguments: [id.rawValue, state.title(engine: engine), state.searchKeys(sop: sop).joined(separator: " ")])
                }
                try db.execute(sql: "INSERT INTO case_counter (prefix, year, last) VALUES (?, 2026, ?)",
                               arguments: [CaseID.prefix(nomor: sop.nomor), cases])
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
