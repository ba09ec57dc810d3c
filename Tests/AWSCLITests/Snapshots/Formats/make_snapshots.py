#!/usr/bin/env python3
"""Regenerates the golden files of the Format*Tests from the reference formatters.

text and table: awscli's own `text.format_text` and `formatter.TableFormatter` (awscli v1,
whose formatters AWS CLI v2 shares), with the terminal width forced. yaml: ruamel.yaml's
safe dumper with `default_flow_style = False`, as AWS CLI v2 prints `--output yaml`.

    pip install awscli ruamel.yaml ruamel.yaml.clib
    python3 make_snapshots.py          # writes text-cases.json, table-cases.json, yaml-cases.json

Every case is a value (JSON) and the exact expected output. Random cases come from a
seeded generator so the files are reproducible. The real CLI's outputs in cli/ come from
capture.sh, run against moto.
"""
import io
import json
import os
import random
from argparse import Namespace

HERE = os.path.dirname(os.path.abspath(__file__))

CASES = [
 ("empty-object", "ListQueues", {}),
 ("scalar-string", "GetQueueUrl", "https://sqs.us-east-1.amazonaws.com/123456789012/q"),
 ("scalar-int", "X", 42),
 ("scalar-float", "X", 2.5),
 ("scalar-true", "X", True),
 ("scalar-false", "X", False),
 ("scalar-null", "X", None),
 ("scalar-empty-string", "X", ""),
 ("list-of-strings", "ListQueues", ["a", "b", "c"]),
 ("list-of-mixed-scalars", "X", ["a", 1, 2.0, True, None, ""]),
 ("list-of-lists", "DescribeKeyPairs", [["conf-key", "rsa"], ["conf-ed", "ed25519"]]),
 ("list-of-lists-nested", "X", [["a", ["b", "c"]], ["d"]]),
 ("empty-list", "X", []),
 ("single-key", "CreateQueue", {"QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/conf-std"}),
 ("flat-structure", "GetCallerIdentity", {"UserId": "AKIAIOSFODNN7EXAMPLE", "Account": "123456789012", "Arn": "arn:aws:iam::123456789012:user/lab"}),
 ("nested-structure", "DescribeKey", {"KeyMetadata": {"AWSAccountId": "123456789012", "KeyId": "1234abcd-12ab-34cd-56ef-1234567890ab", "Enabled": True, "KeyUsage": "ENCRYPT_DECRYPT", "KeyState": "Enabled", "CreationDate": "2024-05-01T12:00:00+00:00", "EncryptionAlgorithms": ["SYMMETRIC_DEFAULT"], "MultiRegion": False}}),
 ("list-of-structures", "ListBuckets", {"Buckets": [{"Name": "alpha", "CreationDate": "2024-05-01T12:00:00+00:00"}, {"Name": "beta-bucket-with-a-longer-name", "CreationDate": "2024-05-02T08:30:00+00:00"}], "Owner": {"DisplayName": "lab", "ID": "75aa57f09aa0c8caeab4f8c24e99d10f8e7faeebf76c078efc7c6caea54ba06a"}}),
 ("differing-keys", "X", {"Items": [{"A": 1, "B": "two"}, {"B": "three", "C": None}, {"A": 4, "D": [1, 2]}]}),
 ("nested-lists-in-structures", "DescribeInstances", {"Reservations": [{"ReservationId": "r-1", "OwnerId": "123456789012", "Groups": [], "Instances": [{"InstanceId": "i-0abc", "InstanceType": "t3.micro", "State": {"Code": 16, "Name": "running"}, "Tags": [{"Key": "Name", "Value": "web"}, {"Key": "env", "Value": "prod"}], "SecurityGroups": [{"GroupId": "sg-1", "GroupName": "default"}]}, {"InstanceId": "i-0def", "InstanceType": "t3.small", "State": {"Code": 80, "Name": "stopped"}}]}, {"ReservationId": "r-2", "OwnerId": "123456789012", "Instances": [{"InstanceId": "i-0ghi", "InstanceType": "t3.nano", "State": {"Code": 0, "Name": "pending"}}]}]}),
 ("empty-nested", "X", {"Name": "q", "Tags": [], "Attributes": {}, "Count": 0}),
 ("unicode-widths", "X", {"Items": [{"Name": "日本語テキスト", "Value": "ascii"}, {"Name": "café", "Value": "ÄÖÜ ±"}, {"Name": "emoji 😀", "Value": "—"}]}),
 ("numbers", "GetMetricStatistics", {"Label": "Latency", "Datapoints": [{"Timestamp": "2024-05-01T12:00:00+00:00", "Average": 12.5, "Maximum": 40.0, "SampleCount": 3.0, "Unit": "Milliseconds"}, {"Timestamp": "2024-05-01T12:01:00+00:00", "Average": 0.0001, "Maximum": 1e-05, "SampleCount": 1e16, "Unit": "Milliseconds"}]}),
 ("booleans-and-null", "X", {"Enabled": True, "Disabled": False, "Nothing": None, "List": [True, False, None]}),
 ("map-attributes", "GetQueueAttributes", {"Attributes": {"QueueArn": "arn:aws:sqs:us-east-1:123456789012:conf-std", "ApproximateNumberOfMessages": "0", "VisibilityTimeout": "30", "DelaySeconds": "0", "CreatedTimestamp": "1714564800", "Policy": "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"sqs:SendMessage\",\"Resource\":\"arn:aws:sqs:us-east-1:123456789012:conf-std\"}]}"}}),
 ("wide-table-vertical", "GetTopicAttributes", {"Attributes": {"TopicArn": "arn:aws:sns:us-east-1:123456789012:conf-news", "Owner": "123456789012", "SubscriptionsConfirmed": "0", "DisplayName": "a display name that is rather long", "SubscriptionsPending": "0", "EffectiveDeliveryPolicy": "{\"http\":{\"defaultHealthyRetryPolicy\":{\"minDelayTarget\":20,\"maxDelayTarget\":20}}}"}}),
 ("list-of-structures-with-nested", "ListMetrics", {"Metrics": [{"Namespace": "Conf/App", "MetricName": "Latency", "Dimensions": [{"Name": "Service", "Value": "api"}]}, {"Namespace": "Conf/App", "MetricName": "Errors", "Dimensions": []}]}),
 ("query-list-of-structures", "X", [{"Name": "a", "Id": 1}, {"Name": "b", "Id": 2}]),
 ("long-title", "AVeryLongOperationNameThatIsWiderThanTheContent", {"A": "x"}),
 ("next-token", "X", {"NextToken": {"NextToken": "eyJNYXJrZXIiOiBudWxsLCAiYm90b190cnVuY2F0ZV9hbW91bnQiOiAxfQ=="}}),
 ("keys-sorting", "X", {"b": 1, "B": 2, "a": 3, "_": 4, "Z": 5, "é": 6, "1": 7}),
 ("strings-with-tabs-and-newlines", "X", {"Body": "line one\nline two", "Tabbed": "a\tb"}),
 ("structure-of-lists-of-scalars", "X", {"QueueUrls": ["https://q/1", "https://q/2"], "Names": ["x"]}),
 ("list-with-dict-and-scalars", "X", [{"a": 1}, {"a": 2, "b": {"c": [1, 2]}}]),
 ("deep-nesting", "X", {"L1": {"L2": {"L3": {"L4": {"Leaf": "v", "Other": 1}}}}}),
 ("yaml-quoting", "X", {"Yes": "yes", "On": "on", "True": "true", "Num": "123", "Float": "1.5", "Empty": "", "Date": "2024-05-01", "Stamp": "2024-05-01T12:00:00.000Z", "Colon": "a: b", "Hash": "a #b", "Dash": "- x", "Star": "*x", "Null": "null", "Tilde": "~", "Quote": "it's", "Double": "say \"hi\"", "Lead": " lead", "Trail": "trail ", "Multi": "a\nb", "Tab": "a\tb", "Arn": "arn:aws:sqs:us-east-1:123456789012:q", "Url": "https://sqs.us-east-1.amazonaws.com/123456789012/q"}),
]

WORDS = ['abc', 'yes', 'No', 'true', 'False', 'null', '~', '', ' ', 'a b', 'x: y', '- z', '#c', 'a#b',
         'a #b', '1', '1.5', '0x1F', '1e3', '.inf', '2014-10-16T16:03:09+00:00', '2014-10-16', 'héllo',
         '日本語テキスト', 'emoji \U0001F600', 'tab\there', 'new\nline', 'trail ', ' lead', "it's",
         'say "hi"', '@at', '`tick', '{brace}', '[br]', '*star', '&amp', '!bang', '%pct', '|pipe', '>gt',
         '?q', 'a,b', 'a:b', 'http://x.y/z?a=b&c=d', 'arn:aws:sqs:us-east-1:123456789012:q', '---', '...',
         '=', 'ON', 'off', 'y', 'n', '0o17', '012', '+1', '-1', '1_000', '1:20', 'Null', 'NULL', 'True',
         '\u00a0nbsp', 'back\\slash', 'ctrl\x01', 'cr\rx', 'bell\x07', '\u2028ls', 'ÿ', '\ufeffbom', '_1',
         '<<', '-', '-x', ':x', 'x:', 'a  b', '2001-12-14 21:59:43.10 -5', '-.5', '+.inf', '.NaN', '0b101',
         'a very long string with many words that will definitely exceed the eighty character width limit '
         'of the emitter for sure yes',
         'averylongstringwithoutanyspacesthatexceedstheeightycharacterwidthlimitoftheemitterforsureyesyes',
         'long string: with colon and spaces that goes past eighty characters so that quoting and folding '
         'interact ok',
         '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"sqs:SendMessage",'
         '"Resource":"arn:aws:sqs:us-east-1:123456789012:q"}]}',
         'multi\nline\nwith a long line that is more than eighty characters wide so that it wraps around '
         'somewhere ok\nend',
         'tabs\tand a long line that is more than eighty characters wide so that it wraps around somewhere '
         'in a double quoted  scalar ok',
         'x' * 60 + '  ' + 'y' * 30 + ' z\tq']
KEYS = ['Name', 'name', 'Arn', 'a', 'B', 'Key With Space', 'yes', '1', 'é', 'Zeta', 'alpha', 'Tags', 'x: y', '',
        'k' * 130, 'a\nb', '日本']


def scalar(r):
    c = r.random()
    if c < 0.55:
        return r.choice(WORDS)
    if c < 0.7:
        return r.choice([0, 1, -5, 42, 10 ** 15, 123456789012])
    if c < 0.8:
        return r.choice([0.5, 1.0, -2.25, 1e-7, 3.14159, 1e20, 100.0, 0.0001, 1e16])
    if c < 0.9:
        return r.choice([True, False])
    return None


def value(r, depth):
    c = r.random()
    if depth > 3 or c < 0.4:
        return scalar(r)
    if c < 0.7:
        return {r.choice(KEYS): value(r, depth + 1) for _ in range(r.randint(0, 4))}
    return [value(r, depth + 1) for _ in range(r.randint(0, 4))]


def random_cases(seed, count):
    r = random.Random(seed)
    cases = []
    for i in range(count):
        v = value(r, 0)
        if r.random() < 0.6:
            v = {r.choice(KEYS): value(r, 1) for _ in range(r.randint(1, 5))}
        cases.append(("random-%d-%d" % (seed, i), "Op%d" % i, v))
    return cases


def table_cases():
    # Random values where every list holds structures, lists of scalars, or scalars only:
    # the shapes AWS responses and --query results take.
    r = random.Random(7)

    def tv(depth):
        c = r.random()
        if depth > 3 or c < 0.35:
            return scalar(r)
        if c < 0.75:
            return {r.choice(KEYS[:12]): tv(depth + 1) for _ in range(r.randint(0, 5))}
        kind = r.random()
        n = r.randint(0, 4)
        if kind < 0.5:
            keys = [r.choice(KEYS[:12]) for _ in range(4)]
            return [{k: tv(depth + 1) for k in r.sample(keys, r.randint(1, 3))} for _ in range(n)]
        if kind < 0.75:
            return [scalar(r) for _ in range(n)]
        width = r.randint(1, 3)
        return [[scalar(r) for _ in range(width)] for _ in range(n)]
    return [("table-random-%d" % i, "Operation%d" % i, tv(0)) for i in range(150)]


def text_of(value):
    from awscli import text
    out = io.StringIO()
    text.format_text(value, out)
    return out.getvalue()


def table_of(title, value, width):
    import awscli.table
    from awscli.formatter import TableFormatter
    awscli.table.determine_terminal_width = lambda default_width=80: width
    formatter = TableFormatter(Namespace(query=None, color='off'))
    out = io.StringIO()
    formatter._format_response(title, value, out)
    return out.getvalue()


def yaml_of(value):
    from ruamel.yaml import YAML
    dumper = YAML(typ='safe')
    dumper.default_flow_style = False
    out = io.StringIO()
    if value != {}:
        dumper.dump(value, out)
    return out.getvalue()


def write(name, cases):
    with open(os.path.join(HERE, name), 'w', encoding='utf-8') as f:
        json.dump(cases, f, ensure_ascii=False, indent=1)
        f.write('\n')


def main():
    everything = CASES + random_cases(1, 150) + random_cases(2, 150)
    text_cases = []
    for name, _, v in CASES + random_cases(1, 150):
        try:
            text_cases.append({'name': name, 'input': v, 'expected': text_of(v)})
        except Exception:
            pass  # the CLI itself crashes on such a value (e.g. a list mixing structures and lists)
    write('text-cases.json', text_cases)

    table = []
    for name, title, v in CASES + table_cases():
        seen = set()
        for width in (80, 40, 200):
            case = {'name': name, 'title': title, 'width': width, 'input': v}
            try:
                case['expected'] = table_of(title, v, width)
            except ValueError as e:
                case['error'] = str(e)
            except Exception:
                break  # the CLI itself crashes on such a value
            result = case.get('expected', case.get('error'))
            if len(result) > 6000 or result in seen:
                continue  # keep the files small: no huge tables, no width that changes nothing
            seen.add(result)
            table.append(case)
    write('table-cases.json', table)

    write('yaml-cases.json', [{'name': n, 'input': v, 'expected': yaml_of(v)} for n, _, v in everything])


if __name__ == '__main__':
    main()
