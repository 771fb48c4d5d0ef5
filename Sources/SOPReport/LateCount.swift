/// The reports' two late counts, apart so that each adds up with what stands next to it:
/// "Terlambat (selesai)", visits finished after their due time (with "Tepat waktu", the visits
/// judged: `within.of`), and "Lewat batas, belum selesai", visits of open cases still waiting
/// past it (`overdueOpen`). `late` is both together.
extension StepStats {
    public var lateDone: Int { within.map { $0.of - $0.within } ?? 0 }
    public var late: Int { lateDone + overdueOpen }
}

extension GroupStats {
    public var lateDone: Int { within.map { $0.of - $0.within } ?? 0 }
    public var late: Int { lateDone + overdueOpen }
}
