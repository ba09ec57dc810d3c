# Every parameter form of the AWS CLI, seen through --generate-cli-skeleton and errors.
aws sqs create-queue --queue-name forms --attributes DelaySeconds=5,VisibilityTimeout=60
aws sqs get-queue-attributes --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/forms --attribute-names DelaySeconds VisibilityTimeout
echo '{"QueueName": "from-json", "Attributes": {"DelaySeconds": "2"}}' > input.json
aws sqs create-queue --cli-input-json file://input.json
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/forms --message-body "hi" --message-attributes 'color={DataType=String,StringValue=red}' --query MD5OfMessageAttributes
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/forms --message-body hi --message-attributes '{"n": {"DataType": "Number", "StringValue": "7"}}' --query MD5OfMessageBody
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/forms --message-body hi --delay-seconds abc
aws sqs tag-queue --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/forms --tags team=blue,env=dev
aws sqs list-queue-tags --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/forms
aws sqs list-queues --queue-name-prefix f --max-items 1
aws sqs list-queues --queue-name-prefix from
