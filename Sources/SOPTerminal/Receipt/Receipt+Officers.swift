import SOPEngine

extension Receipt {
    /// The receipt with its officers named as the roster's profiles give them (`sop roster nama`):
    /// "Budi Santoso, S.Sos. (NIP 198501012010011001)" instead of the login `budi`; a login without
    /// a profile stays as it is (tester 11's F23).
    public func naming(_ profiles: [OperatorProfile]) -> Receipt {
        func shown(_ login: String) -> String {
            guard let profile = profiles.first(where: { $0.operatorName == login }) else { return login }
            return profile.nip.isEmpty ? profile.fullName : "\(profile.fullName) (NIP \(profile.printedNIP))"
        }
        var named = self
        named.receivedBy = shown(receivedBy)
        named.issuedBy = shown(issuedBy)
        // The signature: the full name on the line, the NIP under it (the login without a profile).
        if let profile = profiles.first(where: { $0.operatorName == issuedBy }) {
            named.signature = Signature(name: profile.fullName, nip: profile.printedNIP)
        }
        return named
    }
}
