/// ListObjects and ListObjectsV2: the current (non-deleted) objects of a bucket.
extension S3Service {
    func listObjects(_ input: Value, _ context: RequestContext) throws -> Value {
        let bucket = try ownedBucket(input, context)
        let prefix = input.string("Prefix") ?? ""
        let delimiter = S3Input.delimiter(input)
        let marker = input.string("Marker") ?? ""
        let maxKeys = try S3Input.pageSize(input, "MaxKeys")
        let encode = try Self.urlEncoding(input)
        let listing = KeyListing.walk(bucket.sortedKeys(), prefix: prefix, delimiter: delimiter, after: marker,
                                      maxEntries: maxKeys.size, include: { Self.isListed(bucket, $0) })

        var out: [(String, Value)] = [("IsTruncated", .bool(listing.isTruncated)), ("Marker", .string(encode(marker)))]
        if listing.isTruncated, delimiter != nil, let last = listing.entries.last {
            out.append(("NextMarker", .string(encode(last.marker))))
        }
        out += contentsMembers(listing, bucket, context, owner: true, encode: encode)
        out.append(("Name", .string(bucket.name)))
        out.append(("Prefix", .string(encode(prefix))))
        if let delimiter { out.append(("Delimiter", .string(encode(delimiter)))) }
        out.append(("MaxKeys", .int(maxKeys.echo)))
        out += commonPrefixMembers(listing, encode: encode)
        if input.string("EncodingType") != nil { out.append(("EncodingType", "url")) }
        return Value.s3Object(out)
    }

    func listObjectsV2(_ input: Value, _ context: RequestContext) throws -> Value {
        let bucket = try ownedBucket(input, context)
        let prefix = input.string("Prefix") ?? ""
        let delimiter = S3Input.delimiter(input)
        let maxKeys = try S3Input.pageSize(input, "MaxKeys")
        let encode = try Self.urlEncoding(input)
        let token = input.string("ContinuationToken")
        let startAfter = input.string("StartAfter")
        var marker = startAfter
        if let token {
            guard let decoded = Self.decodeToken(token) else { throw S3Error.invalidContinuationToken }
            marker = decoded
        }
        let listing = KeyListing.walk(bucket.sortedKeys(), prefix: prefix, delimiter: delimiter, after: marker,
                                      maxEntries: maxKeys.size, include: { Self.isListed(bucket, $0) })

        var out: [(String, Value)] = [("IsTruncated", .bool(listing.isTruncated))]
        out += contentsMembers(listing, bucket, context, owner: input.bool("FetchOwner") == true, encode: encode)
        out.append(("Name", .string(bucket.name)))
        out.append(("Prefix", .string(encode(prefix))))
        if let delimiter { out.append(("Delimiter", .string(encode(delimiter)))) }
        out.append(("MaxKeys", .int(maxKeys.echo)))
        out += commonPrefixMembers(listing, encode: encode)
        if input.string("EncodingType") != nil { out.append(("EncodingType", "url")) }
        out.append(("KeyCount", .int(listing.entries.count)))
        if let token { out.append(("ContinuationToken", .string(token))) }
        if listing.isTruncated, let last = listing.entries.last {
            out.append(("NextContinuationToken", .string(Self.encodeToken(last.marker))))
        }
        if let startAfter { out.append(("StartAfter", .string(encode(startAfter)))) }
        return Value.s3Object(out)
    }

    /// Whether a key has a current version to list (not a delete marker).
    static func isListed(_ bucket: Bucket, _ key: ObjectKey) -> Bool {
        guard let latest = bucket.latest(key) else { return false }
        return !latest.isDeleteMarker
    }

    /// The identity, or S3's URL encoding when `EncodingType=url`.
    static func urlEncoding(_ input: Value) throws -> (String) -> String {
        guard let type = input.string("EncodingType") else { return { $0 } }
        guard type == "url" else { throw S3Error.invalidArgument("Invalid Encoding Method specified in Request") }
        return S3URLEncoding.encodeKey
    }

    private func contentsMembers(
        _ listing: KeyListing, _ bucket: Bucket, _ context: RequestContext, owner: Bool, encode: (String) -> String
    ) -> [(String, Value)] {
        let ownerMember: Value? = owner ? .some(ownerValue(context)) : .none
        var contents: [Value] = []
        for entry in listing.entries {
            guard case .key(let key) = entry, let object = bucket.latest(key) else { continue }
            var members: [(String, Value)] = [
                ("Key", .string(encode(key.string))),
                ("LastModified", .double(object.lastModified)),
                ("ETag", .string(object.eTag)),
                ("ChecksumAlgorithm", [.string(object.checksum.algorithm.rawValue)]),
                ("ChecksumType", .string(object.checksum.type)),
                ("Size", .int(object.size)),
                ("StorageClass", .string(object.storageClass)),
            ]
            if let ownerMember { members.append(("Owner", ownerMember)) }
            contents.append(Value.s3Object(members))
        }
        return contents.isEmpty ? [] : [("Contents", .array(contents))]
    }

    private func commonPrefixMembers(_ listing: KeyListing, encode: (String) -> String) -> [(String, Value)] {
        var prefixes: [Value] = []
        for entry in listing.entries {
            if case .commonPrefix(let p) = entry { prefixes.append(["Prefix": .string(encode(p))]) }
        }
        return prefixes.isEmpty ? [] : [("CommonPrefixes", .array(prefixes))]
    }
}
