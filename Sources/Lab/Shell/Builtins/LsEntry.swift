import AWSCLI

/// One name `ls` prints: as shown, the path to look it up, and what is there.
struct LsEntry {
    var name: String
    var path: String
    var info: LocalFileInfo
}
