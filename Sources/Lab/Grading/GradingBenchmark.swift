import Dispatch
import Foundation

/// `lab bench grade`: 500 submissions of a 30-command lesson graded on all cores.
public enum GradingBenchmark {
    /// A 10-step lesson of three commands a step, and its reference solution (30 commands).
    static let lessonText = """
        ---
        id: bench
        title: Grading benchmark
        points: 10
        ---
        # Benchmark

        \(steps)
        """

    private static var steps: String {
        (1...10).map { index in
            """
            ## Step: Bucket \(index) {#bucket-\(index)}

            ```check
            cloud: aws s3api list-buckets
            query: "length(Buckets[?Name=='bench-\(index)']) == `1`"
            message: There is no bucket bench-\(index) yet.
            ```

            ```solution
            aws s3 mb s3://bench-\(index)
            echo file \(index) > f\(index).txt
            aws s3 cp f\(index).txt s3://bench-\(index)/f\(index).txt
            ```

            ```wrong
            aws s3 mb s3://other-\(index)
            ```

            """
        }.joined(separator: "\n")
    }

    /// What one benchmark run measured.
    public struct Figures: Sendable, Equatable {
        public var submissions: Int
        public var commands: Int
        /// Submissions that got full marks (four in five are the whole solution).
        public var perfect: Int
        public var seconds: Double
    }

    /// Grades `count` copies of the solution (every fifth with a step left out).
    public static func measure(count: Int = 500) -> Figures {
        guard let lesson = try? LessonParser.parse(text: lessonText, path: "bench.md") else {
            return Figures(submissions: 0, commands: 0, perfect: 0, seconds: 0)
        }
        let solution = SolutionExporter.export(lesson)
        let texts = (0..<count).map { index in
            (name: "submission-\(index)", text: index % 5 == 0
                ? solution.replacingOccurrences(of: "aws s3 mb s3://bench-3\n", with: "")
                : solution)
        }
        let grader = Grader(lesson: lesson)
        let start = DispatchTime.now().uptimeNanoseconds
        let report = grader.grade(texts: texts)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return Figures(submissions: report.submissions.count,
                       commands: report.submissions.reduce(0) { $0 + $1.commands },
                       perfect: report.submissions.filter { $0.score == $0.maxScore }.count, seconds: seconds)
    }

    /// The figure as one line, for `lab bench grade`.
    public static func run(count: Int = 500) -> String {
        let figures = measure(count: count)
        let perSubmission = figures.seconds / Double(max(figures.submissions, 1)) * 1000
        return "grade: \(figures.submissions) submissions (\(figures.commands) commands, \(figures.perfect) full marks) in "
            + "\(format(figures.seconds)) s, \(format(perSubmission)) ms a submission; goal < 5 s"
    }

    private static func format(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
