import Foundation
import Testing
@testable import Engine

/// Listing a large bucket must cost per page, not per bucket: the figures are printed
/// (not asserted, machines differ).
@Suite struct S3ListingPerformanceTests {
    @Test func listHundredThousandKeysInPages() throws {
        let s3 = S3Fixture()
        try s3.makeBucket("lab-big")
        let count = 100_000
        // Keys arrive out of order (a shuffle by a fixed stride) to exercise the index merge.
        let keys = (0..<count).map { i in String(format: "data/%02d/item-%06d", (i * 7919) % 97, (i * 104_729) % count) }
        let putStart = Date()
        for key in keys {
            try s3.call("PutObject", ["Bucket": "lab-big", "Key": .string(key), "Body": .blob(Data())])
        }
        let putSeconds = Date().timeIntervalSince(putStart)

        let listStart = Date()
        var listed = 0
        var pages = 0
        var token: String?
        var previous = ""
        var firstPageSeconds = 0.0
        repeat {
            var input: Value = ["Bucket": "lab-big"]
            if let token { input["ContinuationToken"] = .string(token) }
            let out = try s3.cloud.call("s3", "ListObjectsV2", input, region: "us-east-1")
            let page = out.listedKeys
            #expect(page.first.map { $0 > previous } ?? true)
            previous = page.last ?? previous
            listed += page.count
            pages += 1
            if pages == 1 { firstPageSeconds = Date().timeIntervalSince(listStart) }
            token = out.string("NextContinuationToken")
        } while token != nil
        let listSeconds = Date().timeIntervalSince(listStart)
        #expect(listed == Set(keys).count)
        #expect(pages == (listed + 999) / 1000)

        let prefixStart = Date()
        let one = try s3.cloud.call("s3", "ListObjectsV2", ["Bucket": "lab-big", "Prefix": "data/50/", "MaxKeys": 10],
                                    region: "us-east-1")
        let prefixSeconds = Date().timeIntervalSince(prefixStart)
        #expect(one.listedKeys.count == 10)
        let folders = try s3.cloud.call("s3", "ListObjectsV2", ["Bucket": "lab-big", "Delimiter": "/", "Prefix": "data/"],
                                        region: "us-east-1")
        #expect(folders.listedPrefixes.count == 97)
        print(String(format: "S3 listing benchmark: %d PutObject %.2f s; ListObjectsV2 all %d pages %.3f s "
                     + "(first page, with the index merge, %.1f ms; then %.2f ms/page); one prefixed page %.3f ms",
                     count, putSeconds, pages, listSeconds, firstPageSeconds * 1000,
                     (listSeconds - firstPageSeconds) * 1000 / Double(max(1, pages - 1)), prefixSeconds * 1000))
    }
}
