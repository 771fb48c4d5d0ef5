import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Who is logged in to this computer: the account of the process's effective user id, from the
/// system's user database (`getpwuid(geteuid())`). Never LOGNAME or USER: anyone can set those
/// (`LOGNAME=budi sop run …` would act as budi without his PIN).
///
/// The one test seam: a debug build (what `swift test` runs) reads SOP_TEST_LOGIN, so the
/// end-to-end tests can play several desks from one account. A release build (what desks
/// install, `swift build -c release`) has no such code.
enum OSLogin {
    static var name: String {
        #if DEBUG
        if let login = ProcessInfo.processInfo.environment["SOP_TEST_LOGIN"], !login.isEmpty { return login }
        #endif
        return account(geteuid())
    }

    /// The account name of a user id; the number itself when the user database has no entry.
    static func account(_ uid: uid_t) -> String {
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getpwuid_r(uid, &entry, &buffer, buffer.count, &result) == 0, result != nil, let name = entry.pw_name else {
            return String(uid)
        }
        return String(cString: name)
    }
}
