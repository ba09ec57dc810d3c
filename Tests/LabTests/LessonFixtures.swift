@testable import Lab

/// Lesson texts for the lesson, check and lint tests.
enum LessonFixtures {
    /// A complete lesson over STS and s3api; line numbers matter to the tests.
    static let good = """
        ---
        id: demo-lesson
        title: A demo lesson
        summary: Make a bucket and answer a question.
        notes: "CLI commands: S3 (notes lines 22-42)"
        services: [s3, sts]
        minutes: 5
        prerequisites: []
        points: 5
        claims: [CLI-S3-1]
        hint-penalty: 1
        solution-penalty: 3
        ---
        # A demo lesson

        Welcome.

        ```setup
        echo hello > greeting.txt
        ```

        ## Step: Make a bucket {#make-bucket points=20}

        Make the bucket `lab-demo-bucket-1`.

        ```bash
        aws s3api create-bucket --bucket NAME
        ```

        ```check
        cloud: aws s3api list-buckets
        query: "length(Buckets[?Name=='lab-demo-bucket-1']) == `1`"
        message: There is no bucket named lab-demo-bucket-1 yet.
        ```

        ```hint
        `aws s3api create-bucket` makes a bucket.
        ```

        ```hint
        Give it `--bucket lab-demo-bucket-1`.
        ```

        ```solution
        aws s3api create-bucket --bucket lab-demo-bucket-1
        ```

        ```wrong
        aws s3api create-bucket --bucket lab-demo-bucket-2
        ```

        ```explanation
        Buckets hold objects.
        ```

        ## Step: Who am I

        ```check
        all:
          - last-command:
              exit: 0
              stdout-matches: "123456789012"
          - history: "sts get-caller-identity"
        ```

        ```solution
        aws sts get-caller-identity
        ```

        ```wrong
        aws sts get-caler-identity
        ```

        ## Quiz: Key pair words {#key-pair-words}

        ```quiz
        type: single
        question: What does EC2 give you to log in to an instance?
        choices:
          a: A key pair
          b: A key-value pair
        answer: a
        explanation: A key pair is a public/private key; key-value pairs are tags.
        ```

        ## What you learned

        Buckets and identities.
        """

    /// A lesson with front matter and one step made of `step` (its heading is line 6).
    static func withStep(_ step: String) -> String {
        """
        ---
        id: broken
        title: Broken
        ---

        \(step)
        """
    }

    /// A valid task step body whose check is `check` (its first line is line 9).
    static func stepWithCheck(_ check: String) -> String {
        withStep("""
            ## Step: One

            ```check
            \(check)
            ```

            ```solution
            aws sts get-caller-identity
            ```

            ```wrong
            aws sts get-caler-identity
            ```
            """)
    }
}
