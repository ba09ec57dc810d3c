import Foundation
import Testing
@testable import Lab

/// Lints the real `Lessons/` folder: every lesson parses, every solution passes its check
/// and every wrong attempt fails it.
@Suite struct LintLessonsFolderTests {
    static let lessons = TestPaths.packageRoot.appendingPathComponent("Lessons")

    @Test func theLessonsFolderHasNoProblems() {
        let report = LessonLinter().lint(paths: [Self.lessons.path])
        #expect(report.problems.map(\.description) == [])
        #expect(report.files >= 3)
        #expect(Set(report.lessons.map(\.id)).isSuperset(of: [
            "cli-basics", "s3-basics", "s3-sync", "s3-encryption", "sqs-queues", "sqs-visibility", "sqs-polling",
            "sqs-dead-letter", "sns-basics", "ec2-key-pairs",
        ]))
    }

    @Test func everyLessonHasFiveStepsAndAQuiz() {
        let report = LessonLinter().lint(paths: [Self.lessons.path])
        for lesson in report.lessons {
            #expect(lesson.steps.count >= 5, "\(lesson.id)")
            #expect(lesson.steps.contains { $0.kind == .quiz }, "\(lesson.id)")
        }
    }

    static let catalogue = TestPaths.shared.appendingPathComponent("notes-claims.md")
    /// Without ../shared the catalogue test is skipped, except on CI where it must fail.
    static let catalogueAvailable = FileManager.default.fileExists(atPath: catalogue.path)
        || ProcessInfo.processInfo.environment["CI"] == "true"

    /// The lessons' claims exist in the catalogue, and the ones the brief names are covered.
    @Test(.enabled(if: catalogueAvailable, "../shared/notes-claims.md is absent"))
    func claimsAreInTheCatalogue() throws {
        let data = try #require(FileManager.default.contents(atPath: Self.catalogue.path), "../shared/notes-claims.md is missing")
        let catalogue = ClaimCatalogue.parse(String(decoding: data, as: UTF8.self))
        #expect(catalogue.claims.count == 138)
        let report = LessonLinter().lint(paths: [Self.lessons.path], catalogue: catalogue)
        #expect(report.problems.map(\.description) == [])
        let covered = Set(report.lessons.flatMap(\.claims))
        for id in ["CLI-EC2-1", "CLI-EC2-2", "CLI-EC2-3", "CLI-EC2-4", "CLI-EC2-5", "CLI-EC2-9", "CLI-S3-1", "CLI-S3-5", "CLI-S3-6", "CLI-S3-7", "CLI-S3-8", "CLI-S3-9", "CLI-S3-10",
                   "CLI-S3-2", "CLI-S3-3", "CLI-S3-4", "CLI-S3-11", "CLI-S3-12"] + (1...24).map({ "SQS-\($0)" })
                   + (1...11).map({ "SNS-\($0)" }) + (1...21).map({ "ENC-\($0)" }) {
            #expect(covered.contains(id), "\(id)")
        }
    }
}
