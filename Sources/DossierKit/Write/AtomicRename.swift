import DossierModel
import DossierText
import DossierIngest
import DossierMarkdown
import DossierExtract
import DossierSite
import DossierTemplates
import DossierRender
import Foundation

/// Swapping two paths in one step, where the system can: `renameat2(RENAME_EXCHANGE)` on Linux
/// (looked up at run time: older C libraries lack it), `renamex_np(RENAME_SWAP)` on macOS.
enum AtomicRename {
    #if os(Linux)
        private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        private static let renameat2: RenameAt2? = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2")
            .map { unsafeBitCast($0, to: RenameAt2.self) }
        private static let exchangeFlag: UInt32 = 2  // RENAME_EXCHANGE
    #endif

    /// Exchanges the two paths; false when the system or file system cannot (then nothing changed).
    static func exchange(_ first: String, _ second: String) -> Bool {
        #if os(Linux)
            guard let renameat2 else { return false }
            return renameat2(AT_FDCWD, first, AT_FDCWD, second, exchangeFlag) == 0
        #elseif canImport(Darwin)
            return renamex_np(first, second, UInt32(RENAME_SWAP)) == 0
        #else
            return false
        #endif
    }
}
