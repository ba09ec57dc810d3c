# The AWS CLI basics: identity, configuration, output and errors.
aws sts get-caller-identity
aws sts get-caller-identity --query Arn
aws configure list
aws configure set region eu-west-1
aws configure get region
aws sts get-caller-identity --query Account --output json
aws sts get-caler-identity
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q
aws sqs get-queue-url --generate-cli-skeleton
