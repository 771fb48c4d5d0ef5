/// "Terlambat" as the reports print it: steps completed after their due time plus steps still
/// open past it (in open cases).
extension StepStats {
    public var late: Int { (within.map { $0.of - $0.within } ?? 0) + overdueOpen }
}

extension GroupStats {
    public var late: Int { (within.map { $0.of - $0.within } ?? 0) + overdueOpen }
}
