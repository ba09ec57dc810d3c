/// A transfer's source and destination as the AWS CLI's `FileFormat` prepares them: S3
/// paths without `s3://` (`bucket/prefix/`), local paths absolute; a folder or prefix ends
/// with `/`, and `useSourceName` says whether destination names come from the source.
struct S3TransferEnds: Sendable, Equatable {
    struct End: Sendable, Equatable {
        var path: String
        var isS3: Bool
    }

    var source: End
    var destination: End
    var directoryOperation: Bool
    var useSourceName: Bool

    init(source: String, destination: String, directoryOperation: Bool, paths: S3LocalPaths) throws {
        let src = try Self.format(source, directoryOperation: directoryOperation, paths: paths)
        let dest = try Self.format(destination, directoryOperation: directoryOperation, paths: paths)
        self.source = End(path: src.path, isS3: S3Path.isS3(source))
        self.destination = End(path: dest.path, isS3: S3Path.isS3(destination))
        self.directoryOperation = directoryOperation
        self.useSourceName = dest.useSourceName
    }

    /// `s3_format` / `local_format`.
    private static func format(_ path: String, directoryOperation: Bool,
                               paths: S3LocalPaths) throws -> (path: String, useSourceName: Bool) {
        if S3Path.isS3(path) {
            let bare = S3Path.withoutScheme(path)
            if directoryOperation {
                return (bare.hasSuffix("/") ? bare : bare + "/", true)
            }
            return (bare, bare.hasSuffix("/"))
        }
        let absolute = try paths.absolute(path)
        if directoryOperation || paths.isDirectory(absolute) || path.hasSuffix("/") {
            return (S3LocalPaths.directoryForm(absolute), true)
        }
        return (absolute, false)
    }

    /// `find_dest_path_comp_key`: the destination and compare key of a source entry (the
    /// source path itself when nil).
    func destinationAndCompareKey(for sourcePath: String? = nil) -> (destination: String, compareKey: String) {
        let path = sourcePath ?? source.path
        let relative: String
        if directoryOperation {
            relative = String(decoding: path.utf8.dropFirst(source.path.utf8.count), as: UTF8.self)
        } else {
            relative = path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? ""
        }
        return (useSourceName ? destination.path + relative : destination.path, relative)
    }
}
