#!/usr/bin/env bash
# Captures the real AWS CLI's json/text/table outputs in this folder (the cli/ goldens of
# FormatCLIGoldenTests). Needs `aws` (awscli 1.45) and a fresh moto server:
#   moto_server -H 127.0.0.1 -p 5599 &   (then kill it by its PID)
#   bash capture.sh cli
set -u
OUT=$1
TMP=$(mktemp -d)
export AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing AWS_DEFAULT_REGION=us-east-1 AWS_PAGER="" TZ=UTC
export AWS_CONFIG_FILE=$TMP/none AWS_SHARED_CREDENTIALS_FILE=$TMP/none
A="aws --endpoint-url http://127.0.0.1:5599"
cap() { # name ext args...
  local name=$1 ext=$2; shift 2
  $A "$@" > "$OUT/$name.$ext" 2>$TMP/err.txt || { echo "FAIL $name"; cat $TMP/err.txt; }
}
all() { # name args... : json, text, table
  local name=$1; shift
  cap $name json "$@" --output json
  cap $name text.txt "$@" --output text
  cap $name table.txt "$@" --output table
}
$A sqs create-queue --queue-name conf-std > /dev/null
$A sqs create-queue --queue-name conf-orders.fifo --attributes FifoQueue=true,ContentBasedDeduplication=true > /dev/null
Q=$($A sqs get-queue-url --queue-name conf-std --query QueueUrl --output text)
all sqs-create-queue sqs create-queue --queue-name conf-std
all sqs-get-queue-attributes sqs get-queue-attributes --queue-url "$Q" --attribute-names All
all sqs-list-queues sqs list-queues --no-paginate
$A sqs send-message --queue-url "$Q" --message-body "hello world" --message-attributes '{"Color":{"DataType":"String","StringValue":"blue"},"Size":{"DataType":"Number","StringValue":"3"}}' > /dev/null
$A s3api create-bucket --bucket conf-alpha > /dev/null
$A s3api create-bucket --bucket conf-beta-with-longer-name > /dev/null
for k in a.txt dir/b.txt dir/c.txt 日本.txt; do echo "data $k" > $TMP/body; $A s3api put-object --bucket conf-alpha --key "$k" --body $TMP/body --tagging "env=test" > /dev/null; done
all s3-list-buckets s3api list-buckets --no-paginate
all s3-list-objects-v2 s3api list-objects-v2 --bucket conf-alpha --no-paginate
all s3-list-objects-v2-delimiter s3api list-objects-v2 --bucket conf-alpha --delimiter / --no-paginate
all s3-head-object s3api head-object --bucket conf-alpha --key a.txt
all s3-get-object-tagging s3api get-object-tagging --bucket conf-alpha --key a.txt
all sts-get-caller-identity sts get-caller-identity
# paginated: the CLI's own paging, text page by page
cap s3-list-objects-v2-paged text.txt s3api list-objects-v2 --bucket conf-alpha --page-size 1 --output text
cap s3-list-objects-v2-paged table.txt s3api list-objects-v2 --bucket conf-alpha --page-size 1 --output table
cap s3-list-objects-v2-max-items text.txt s3api list-objects-v2 --bucket conf-alpha --page-size 1 --max-items 2 --output text
cap s3-list-objects-v2-paged-query text.txt s3api list-objects-v2 --bucket conf-alpha --page-size 1 --query 'Contents[].Key' --output text
# the raw pages of that paging
T=""
for i in 1 2 3 4; do
  if [ -z "$T" ]; then cap s3-list-objects-v2-page$i json s3api list-objects-v2 --bucket conf-alpha --max-keys 1 --no-paginate --output json
  else cap s3-list-objects-v2-page$i json s3api list-objects-v2 --bucket conf-alpha --max-keys 1 --continuation-token "$T" --no-paginate --output json; fi
  T=$(python3 -c "import json,sys; print(json.load(open('$OUT/s3-list-objects-v2-page$i.json')).get('NextContinuationToken',''))")
done
# --query results
cap query-scalar text.txt sqs get-queue-url --queue-name conf-std --query QueueUrl --output text
cap query-scalar table.txt sqs get-queue-url --queue-name conf-std --query QueueUrl --output table
cap query-list-of-lists text.txt s3api list-objects-v2 --bucket conf-alpha --query 'Contents[].[Key,Size]' --output text
cap query-list-of-lists table.txt s3api list-objects-v2 --bucket conf-alpha --query 'Contents[].[Key,Size]' --output table
cap query-projection table.txt s3api list-objects-v2 --bucket conf-alpha --query 'Contents[].{Key:Key,Size:Size,Class:StorageClass}' --output table
cap query-projection text.txt s3api list-objects-v2 --bucket conf-alpha --query 'Contents[].{Key:Key,Size:Size,Class:StorageClass}' --output text
cap query-projection json s3api list-objects-v2 --bucket conf-alpha --query 'Contents[].{Key:Key,Size:Size,Class:StorageClass}' --output json
cap query-list-of-lists json s3api list-objects-v2 --bucket conf-alpha --query 'Contents[].[Key,Size]' --output json
cap query-null text.txt s3api list-objects-v2 --bucket conf-alpha --query 'Nothing' --output text
cap query-number text.txt s3api list-objects-v2 --bucket conf-alpha --query 'length(Contents)' --output text
cap query-bool text.txt s3api list-objects-v2 --bucket conf-alpha --query 'IsTruncated' --output text
cap query-bool table.txt sqs get-queue-attributes --queue-url "$Q" --attribute-names All --query 'Attributes.{A:QueueArn,B:`true`}' --output table
