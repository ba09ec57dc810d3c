/// Bucket versioning: its configuration and ListObjectVersions.
extension S3Service {
    func putBucketVersioning(_ input: Value, _ context: RequestContext) throws -> Value {
        let bucket = try ownedBucket(input, context)
        guard let config = input["VersioningConfiguration"] else { throw S3Error.malformedXML }
        if let mfaDelete = config.string("MFADelete") {
            guard ["Enabled", "Disabled"].contains(mfaDelete) else { throw S3Error.malformedXML }
            if mfaDelete == "Enabled" {
                throw AWSError.notSimulated(service: Self.serviceName, operation: "MFA delete")
            }
            bucket.mfaDelete = mfaDelete
        }
        if let status = config.string("Status") {
            guard ["Enabled", "Suspended"].contains(status) else { throw S3Error.malformedXML }
            bucket.versioningStatus = status
        }
        return .emptyObject
    }

    func getBucketVersioning(_ input: Value, _ context: RequestContext) throws -> Value {
        let bucket = try ownedBucket(input, context)
        var out: [(String, Value)] = []
        if let status = bucket.versioningStatus { out.append(("Status", .string(status))) }
        if let mfaDelete = bucket.mfaDelete { out.append(("MFADelete", .string(mfaDelete))) }
        return Value.s3Object(out)
    }

    func listObjectVersions(_ input: Value, _ context: RequestContext) throws -> Value {
        let bucket = try ownedBucket(input, context)
        let prefix = input.string("Prefix") ?? ""
        let delimiter = S3Input.delimiter(input)
        let keyMarker = input.string("KeyMarker") ?? ""
        let versionIdMarker = input.string("VersionIdMarker") ?? ""
        let maxKeys = try S3Input.pageSize(input, "MaxKeys")
        let encode = try Self.urlEncoding(input)
        if !versionIdMarker.isEmpty, keyMarker.isEmpty {
            throw S3Error.invalidArgument("A version-id marker cannot be specified without a key marker.")
        }
        let page = versionPage(bucket, prefix: prefix, delimiter: delimiter, keyMarker: keyMarker,
                               versionIdMarker: versionIdMarker, limit: maxKeys.size)

        let owner = ownerValue(context)
        var versions: [Value] = []
        var markers: [Value] = []
        var prefixes: [Value] = []
        for entry in page.entries {
            switch entry {
            case .commonPrefix(let p):
                prefixes.append(["Prefix": .string(encode(p))])
            case .version(let object, let isLatest):
                if object.isDeleteMarker {
                    markers.append(Value.s3Object([
                        ("Owner", owner), ("Key", .string(encode(object.key.string))),
                        ("VersionId", .string(object.versionIdText)), ("IsLatest", .bool(isLatest)),
                        ("LastModified", .double(object.lastModified)),
                    ]))
                } else {
                    versions.append(Value.s3Object([
                        ("ETag", .string(object.eTag)),
                        ("ChecksumAlgorithm", [.string(object.checksum.algorithm.rawValue)]),
                        ("ChecksumType", .string(object.checksum.type)),
                        ("Size", .int(object.size)), ("StorageClass", .string(object.storageClass)),
                        ("Key", .string(encode(object.key.string))), ("VersionId", .string(object.versionIdText)),
                        ("IsLatest", .bool(isLatest)), ("LastModified", .double(object.lastModified)),
                        ("Owner", owner),
                    ]))
                }
            }
        }
        var out: [(String, Value)] = [
            ("IsTruncated", .bool(page.isTruncated)), ("KeyMarker", .string(encode(keyMarker))),
            ("VersionIdMarker", .string(versionIdMarker)),
        ]
        if page.isTruncated, let last = page.entries.last {
            switch last {
            case .commonPrefix(let p):
                out.append(("NextKeyMarker", .string(encode(p))))
            case .version(let object, _):
                out.append(("NextKeyMarker", .string(encode(object.key.string))))
                out.append(("NextVersionIdMarker", .string(object.versionIdText)))
            }
        }
        if !versions.isEmpty { out.append(("Versions", .array(versions))) }
        if !markers.isEmpty { out.append(("DeleteMarkers", .array(markers))) }
        out.append(("Name", .string(bucket.name)))
        out.append(("Prefix", .string(encode(prefix))))
        if let delimiter { out.append(("Delimiter", .string(encode(delimiter)))) }
        out.append(("MaxKeys", .int(maxKeys.echo)))
        if !prefixes.isEmpty { out.append(("CommonPrefixes", .array(prefixes))) }
        if input.string("EncodingType") != nil { out.append(("EncodingType", "url")) }
        return Value.s3Object(out)
    }

    /// An entry of a version listing.
    enum VersionEntry {
        case version(S3Object, isLatest: Bool)
        case commonPrefix(String)
    }

    /// One page of versions: keys in order, each key's versions newest first, starting after
    /// (`keyMarker`, `versionIdMarker`).
    private func versionPage(
        _ bucket: Bucket, prefix: String, delimiter: String?, keyMarker: String, versionIdMarker: String, limit: Int
    ) -> (entries: [VersionEntry], isTruncated: Bool) {
        let index = bucket.sortedKeys()
        let keys = index.keys
        var position = index.lowerBound(ObjectKey(prefix))
        var skipVersionsThrough: String?
        if !keyMarker.isEmpty {
            let markerKey = ObjectKey(keyMarker)
            if !versionIdMarker.isEmpty, bucket.version(versionIdMarker, of: markerKey) != nil {
                position = max(position, index.lowerBound(markerKey))
                skipVersionsThrough = versionIdMarker
            } else {
                position = max(position, index.upperBound(markerKey))
                if let delimiter,
                   KeyListing.commonPrefix(of: keyMarker, prefix: prefix, delimiter: delimiter) == keyMarker {
                    position = index.endOfPrefix(keyMarker, from: position)
                }
            }
        }
        var entries: [VersionEntry] = []
        while position < keys.count {
            let key = keys[position]
            guard key.hasBytePrefix(prefix) else { break }
            if let delimiter, let common = KeyListing.commonPrefix(of: key.string, prefix: prefix, delimiter: delimiter) {
                if entries.count == limit { return (entries, limit > 0) }
                entries.append(.commonPrefix(common))
                position = index.endOfPrefix(common, from: position)
                continue
            }
            var versions = bucket.versions(of: key)[...]
            if let skip = skipVersionsThrough, key.string == keyMarker,
               let i = versions.firstIndex(where: { $0.versionIdText == skip }) {
                versions = versions[(i + 1)...]
            }
            for (offset, object) in zip(versions.indices, versions) {
                if entries.count == limit { return (entries, limit > 0) }
                entries.append(.version(object, isLatest: offset == 0))
            }
            position += 1
        }
        return (entries, false)
    }
}
