@testable import AWSCLI
import Testing

/// `aws s3 presign`: SigV4 URLs identical to botocore's for the same credentials, region and
/// time (vectors made with botocore's `generate_presigned_url`, time frozen at
/// 2026-01-01T00:00:00Z, regional endpoints as AWS CLI v2 uses them).
@Suite struct S3CommandPresignTests {
    static let credentials = SigV4Presigner.Credentials(
        accessKeyId: "AKIAX2LABLEARNER7EXM", secretAccessKey: "lab/Learner+SecretKey+0123456789EXAMPLEKEY")

    static let vectors: [(region: String, bucket: String, key: String, expires: Int, token: String?, url: String)] = [
        ("us-east-1", "my-bucket", "hello.txt", 300, nil,
         "https://my-bucket.s3.us-east-1.amazonaws.com/hello.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAX2LABLEARNER7EXM%2F20260101%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20260101T000000Z&X-Amz-Expires=300&X-Amz-SignedHeaders=host&X-Amz-Signature=24fc5278a18443c77a6391dd9aac8dc981c0d7494cf16326a87dd73e26993e78"),
        ("eu-west-1", "my-bucket", "dir/a b+c~ü.txt", 300, nil,
         "https://my-bucket.s3.eu-west-1.amazonaws.com/dir/a%20b%2Bc~%C3%BC.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAX2LABLEARNER7EXM%2F20260101%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20260101T000000Z&X-Amz-Expires=300&X-Amz-SignedHeaders=host&X-Amz-Signature=1903ce921faf27763df0ea2425db206574cab15e1948860f94fc0906a76c890f"),
        ("us-east-1", "my.dotted.bucket", "k", 300, nil,
         "https://s3.us-east-1.amazonaws.com/my.dotted.bucket/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAX2LABLEARNER7EXM%2F20260101%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20260101T000000Z&X-Amz-Expires=300&X-Amz-SignedHeaders=host&X-Amz-Signature=00e97b8d777624a414e7c546a0663dbc95ae79028ba68d78396a28e0b06cf6c2"),
        ("us-west-2", "bkt-one", "x.txt", 3600, "TOKEN/abc=",
         "https://bkt-one.s3.us-west-2.amazonaws.com/x.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAX2LABLEARNER7EXM%2F20260101%2Fus-west-2%2Fs3%2Faws4_request&X-Amz-Date=20260101T000000Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Security-Token=TOKEN%2Fabc%3D&X-Amz-Signature=2d04fd4abc63b208f28e889a4cf7e4774442c44dd9dc4502bc68d53dcd39b431"),
    ]

    @Test(arguments: vectors.indices)
    func matchesBotocore(_ index: Int) {
        let v = Self.vectors[index]
        var credentials = Self.credentials
        credentials.sessionToken = v.token
        let presigner = SigV4Presigner(credentials: credentials, region: v.region, time: 1_767_225_600, endpointURL: nil)
        #expect(presigner.presignedGetURL(bucket: v.bucket, key: v.key, expires: v.expires) == v.url)
    }

    @Test func sha256AndHMACMatchTheStandardVectors() {
        #expect(SHA256Digest.hex(SHA256Digest.hash(Array("abc".utf8)))
            == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256Digest.hex(SHA256Digest.hash([]))
            == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        let long = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        #expect(SHA256Digest.hex(SHA256Digest.hash(long))
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        // RFC 4231 test case 2.
        #expect(SHA256Digest.hex(SHA256Digest.hmac(key: Array("Jefe".utf8), Array("what do ya want for nothing?".utf8)))
            == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    }

    @Test func usesTheVirtualClockAndTheLearnersKeys() {
        let h = S3CommandHarness()
        h.cloud.advance(by: 86_400 + 3_661)
        let url = h.aws("s3 presign s3://lab-share/r.pdf --expires-in 60").stdoutText
        #expect(url.hasPrefix("https://lab-share.s3.us-east-1.amazonaws.com/r.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256"))
        #expect(url.contains("X-Amz-Credential=\(CLIConfiguration.labAccessKeyId)%2F20260102%2Fus-east-1%2Fs3"))
        #expect(url.contains("X-Amz-Date=20260102T010101Z&X-Amz-Expires=60&"))
        h.context.environment["AWS_ACCESS_KEY_ID"] = "AKIAOTHER"
        h.context.environment["AWS_SECRET_ACCESS_KEY"] = "secret"
        #expect(h.aws("s3 presign s3://lab-share/r.pdf").stdoutText.contains("X-Amz-Credential=AKIAOTHER%2F"))
    }

    @Test func withoutCredentialsItFails() {
        let h = S3CommandHarness()
        h.context.configuration = CLIConfiguration(profiles: ["default": ["region": "us-east-1"]])
        let result = h.aws("s3 presign s3://lab-share/r.pdf")
        #expect(result.exitCode == 253)
        #expect(result.stderrText.contains("Unable to locate credentials"))
    }
}
