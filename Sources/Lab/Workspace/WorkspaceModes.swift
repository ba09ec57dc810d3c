/// The permission bits new files and directories get (a umask of 022).
enum WorkspaceModes {
    static let file: UInt16 = 0o644
    static let directory: UInt16 = 0o755
    static let ownerRead: UInt16 = 0o400
    static let ownerWrite: UInt16 = 0o200
    /// Permission bits a workspace keeps (set-id, sticky and rwx for all).
    static let mask: UInt16 = 0o7777
}
