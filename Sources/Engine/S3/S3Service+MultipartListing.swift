/// Listing multipart uploads in progress and their parts.
extension S3Service {
    func listParts(_ input: Value, _ context: RequestContext) throws -> Value {
        let bucket = try ownedBucket(input, context)
        let key = try objectKey(input)
        let upload = try upload(bucket, key, input)
        let marker = input.int("PartNumberMarker") ?? 0
        let maxParts = try S3Input.pageSize(input, "MaxParts")
        let remaining = upload.parts.keys.sorted().filter { $0 > marker }
        let page = remaining.prefix(maxParts.size)
        let isTruncated = remaining.count > page.count
        let parts: [Value] = page.compactMap { number in
            guard let part = upload.parts[number] else { return nil }
            var members: [(String, Value)] = [
                ("PartNumber", .int(number)), ("LastModified", .double(part.lastModified)),
                ("ETag", .string(part.eTag)), ("Size", .int(part.body.count)),
            ]
            if let algorithm = upload.checksumAlgorithm, let checksum = part.checksum {
                members.append((algorithm.memberName, .string(checksum)))
            }
            return Value.s3Object(members)
        }
        var out: [(String, Value)] = [
            ("Bucket", .string(bucket.name)), ("Key", .string(key.string)), ("UploadId", .string(upload.uploadId)),
            ("PartNumberMarker", .int(marker)),
        ]
        if let last = page.last { out.append(("NextPartNumberMarker", .int(last))) }
        out += [("MaxParts", .int(maxParts.echo)), ("IsTruncated", .bool(isTruncated))]
        if !parts.isEmpty { out.append(("Parts", .array(parts))) }
        out += [
            ("Initiator", initiatorValue(context)), ("Owner", ownerValue(context)),
            ("StorageClass", .string(upload.storageClass)),
        ]
        if let algorithm = upload.checksumAlgorithm, let type = upload.checksumType {
            out += [("ChecksumAlgorithm", .string(algorithm.rawValue)), ("ChecksumType", .string(type))]
        }
        return Value.s3Object(out)
    }

    func listMultipartUploads(_ input: Value, _ context: RequestContext) throws -> Value {
        let bucket = try ownedBucket(input, context)
        let prefix = input.string("Prefix") ?? ""
        let delimiter = S3Input.delimiter(input)
        let keyMarker = input.string("KeyMarker") ?? ""
        let uploadIdMarker = input.string("UploadIdMarker") ?? ""
        let maxUploads = try S3Input.pageSize(input, "MaxUploads")
        let encode = try Self.urlEncoding(input)

        let ordered = bucket.uploads.values.sorted { a, b in
            if a.key != b.key { return a.key < b.key }
            if a.initiated != b.initiated { return a.initiated < b.initiated }
            return a.uploadId < b.uploadId
        }
        var started = keyMarker.isEmpty
        var entries: [(upload: MultipartUpload?, prefix: String?)] = []
        var isTruncated = false
        var lastPrefix: String?
        for upload in ordered where upload.key.hasBytePrefix(prefix) {
            if !started {
                let markerKey = ObjectKey(keyMarker)
                if upload.key < markerKey { continue }
                if upload.key == markerKey {
                    if uploadIdMarker.isEmpty { continue }
                    if upload.uploadId == uploadIdMarker { started = true }
                    continue
                }
                started = true
            }
            if let delimiter, let common = KeyListing.commonPrefix(of: upload.key.string, prefix: prefix,
                                                                   delimiter: delimiter) {
                if common == lastPrefix || common == keyMarker { continue }
                if entries.count == maxUploads.size { isTruncated = true; break }
                entries.append((nil, common))
                lastPrefix = common
                continue
            }
            if entries.count == maxUploads.size { isTruncated = true; break }
            entries.append((upload, nil))
        }

        let owner = ownerValue(context)
        let initiator = initiatorValue(context)
        var uploads: [Value] = []
        var prefixes: [Value] = []
        for entry in entries {
            if let p = entry.prefix { prefixes.append(["Prefix": .string(encode(p))]) }
            guard let upload = entry.upload else { continue }
            var members: [(String, Value)] = [
                ("UploadId", .string(upload.uploadId)), ("Key", .string(encode(upload.key.string))),
                ("Initiated", .double(upload.initiated)), ("StorageClass", .string(upload.storageClass)),
                ("Owner", owner), ("Initiator", initiator),
            ]
            if let algorithm = upload.checksumAlgorithm, let type = upload.checksumType {
                members += [("ChecksumAlgorithm", .string(algorithm.rawValue)), ("ChecksumType", .string(type))]
            }
            uploads.append(Value.s3Object(members))
        }
        var out: [(String, Value)] = [
            ("Bucket", .string(bucket.name)), ("KeyMarker", .string(encode(keyMarker))),
            ("UploadIdMarker", .string(uploadIdMarker)),
        ]
        if let last = entries.last {
            if let upload = last.upload {
                out.append(("NextKeyMarker", .string(encode(upload.key.string))))
                out.append(("NextUploadIdMarker", .string(upload.uploadId)))
            } else if let p = last.prefix {
                out.append(("NextKeyMarker", .string(encode(p))))
            }
        }
        if input["Prefix"] != nil { out.append(("Prefix", .string(encode(prefix)))) }
        if let delimiter { out.append(("Delimiter", .string(encode(delimiter)))) }
        out += [("MaxUploads", .int(maxUploads.echo)), ("IsTruncated", .bool(isTruncated))]
        if !uploads.isEmpty { out.append(("Uploads", .array(uploads))) }
        if !prefixes.isEmpty { out.append(("CommonPrefixes", .array(prefixes))) }
        if input.string("EncodingType") != nil { out.append(("EncodingType", "url")) }
        return Value.s3Object(out)
    }
}
