import Foundation
@testable import Lab

/// A small lesson for grading tests: a bucket step, a step with a setup and a history
/// check, and a quiz; hints cost 3 points, revealed solutions 5.
enum GradingFixtures {
    static let lessonText = """
        ---
        id: grading-demo
        title: Grading demo
        points: 10
        hint-penalty: 3
        solution-penalty: 5
        ---
        # Demo

        ## Step: Make a bucket {#make-bucket}

        ```check
        cloud: aws s3api list-buckets
        query: "length(Buckets[?Name=='demo-bucket']) == `1`"
        message: There is no bucket named demo-bucket yet.
        ```

        ```solution
        aws s3 mb s3://demo-bucket
        ```

        ```wrong
        aws s3 mb s3://other-bucket
        ```

        ## Step: List the setup's object {#list-object points=20}

        ```setup
        echo seeded > seed.txt
        aws s3 cp seed.txt s3://demo-bucket/seed.txt
        ```

        ```check
        all:
          - history: "s3\\\\s+ls\\\\s+s3://demo-bucket"
          - last-command:
              stdout-matches: "seed.txt"
        message: List s3://demo-bucket and find seed.txt.
        ```

        ```hint
        aws s3 ls lists a bucket.
        ```

        ```solution
        aws s3 ls s3://demo-bucket
        ```

        ```wrong
        aws s3 ls
        ```

        ## Quiz: Buckets {#bucket-quiz}

        ```quiz
        type: single
        question: Are bucket names global?
        choices:
          a: Yes
          b: No
        answer: a
        ```
        """

    static func lesson() throws -> Lesson {
        try LessonParser.parse(text: lessonText, path: "grading-demo.md")
    }

    static func grader(limits: GradingLimits = .standard, extra: Lesson? = nil) throws -> Grader {
        Grader(lesson: try lesson(), extraChecks: extra, limits: limits)
    }

    static let solution = """
        #@lab lesson grading-demo
        #@lab step make-bucket
        aws s3 mb s3://demo-bucket
        #@lab step list-object
        aws s3 ls s3://demo-bucket
        #@lab answer bucket-quiz a
        """
}
