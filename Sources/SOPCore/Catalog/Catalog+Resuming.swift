/// Who may resume a paused case, and what the desk says when a pause ends.
extension Catalog {
    public enum Resuming {}
}

extension Catalog.Resuming {
    /// A paused case opened by an operator who holds no role of its waiting steps: it stays paused.
    public static func notYours(pausedBy: String, since: String, roles: [String]) -> Localized {
        let quoted = roles.map { "'\($0)'" }
        return Localized(
            id: "Kasus ini dijeda oleh \(pausedBy) sejak \(since); hanya pemegang peran \(quoted.joined(separator: " atau ")) yang dapat melanjutkannya.",
            en: "This case was paused by \(pausedBy) since \(since); only a holder of the role \(quoted.joined(separator: " or ")) may resume it.")
    }

    /// The line said when the holder of a waiting step's role resumes a paused case.
    public static func pauseEnded(pausedBy: String, since: String) -> Localized {
        Localized(id: "Jeda selesai: kasus dilanjutkan (dijeda oleh \(pausedBy), \(since)).",
                  en: "Pause over: the case is resumed (paused by \(pausedBy), \(since)).")
    }

    /// The store's refusal of a pause, resume or cancellation in a role no waiting step has.
    public static func noWaitingStep(_ operatorName: String, role: String) -> Localized {
        Localized(id: "'\(operatorName)' tidak boleh menjeda, melanjutkan atau membatalkan kasus dalam peran '\(role)': tidak ada kegiatan peran itu yang menunggu",
                  en: "'\(operatorName)' may not pause, resume or cancel the case in the role '\(role)': no step of that role is waiting")
    }

    /// A joint row's other role (`bersama`, tester 28's F17) asked to pause, resume or cancel the
    /// case: it answers and completes the step, but stopping or resuming the whole case stays
    /// with the role of the step itself (v14, v25).
    public static func jointRoleMayNotStop(step: String, jointRole: String, ownRole: String) -> Localized {
        Localized(
            id: "Anda mengerjakan kegiatan \(step) bersama, sebagai '\(jointRole)': Anda dapat menjawab, mengoreksi dan menyelesaikannya, "
                + "tetapi menjeda, melanjutkan atau membatalkan kasus tetap dilakukan oleh peran kegiatan itu sendiri, '\(ownRole)'.",
            en: "You work on step \(step) jointly, as '\(jointRole)': you may answer, correct and complete it, "
                + "but pausing, resuming or cancelling the case stays with the step's own role, '\(ownRole)'.")
    }
}
