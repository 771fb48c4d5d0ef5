import SOPCore

extension CaseEvent.Kind.DecodingFailure {
    /// What users read when a stored event cannot be read back (never the Swift enum's name).
    public var message: Localized {
        switch self {
        case .unknownType(let type): Catalog.Faults.unknownEventType(type)
        case .badPayload(let type): Catalog.Faults.badEventPayload(type)
        }
    }
}
