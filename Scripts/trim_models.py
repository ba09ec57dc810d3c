#!/usr/bin/env python3
"""Trim botocore's service models to what the lab simulates.

Reads the installed botocore's `service-2.json` (and `paginators-1.json`) for each service
below, keeps the listed operations and every shape they reach, drops documentation, and
writes `Sources/AWSCLI/Models/<cli-name>.json`. It also records the AWS CLI's own names
(`xform_name`, argument renames) so the Swift side uses exactly the CLI's spelling.

Run it after changing OPERATIONS:   python3 Scripts/trim_models.py
The committed JSON is what the build uses; Python is never needed to build or run the lab.
"""
import json
import os
import sys

import botocore
import botocore.session
from botocore import xform_name

try:
    from awscli.customizations.argrename import ARGUMENT_RENAMES
except Exception:  # awscli absent: no renames
    ARGUMENT_RENAMES = {}

# CLI command name -> (botocore service name, operations the lab simulates)
OPERATIONS = {
    "sts": ("sts", ["GetCallerIdentity"]),
    "s3api": ("s3", [
        "CreateBucket", "DeleteBucket", "ListBuckets", "HeadBucket", "GetBucketLocation",
        "PutObject", "GetObject", "HeadObject", "DeleteObject", "DeleteObjects", "CopyObject",
        "ListObjects", "ListObjectsV2", "ListObjectVersions",
        "PutBucketTagging", "GetBucketTagging", "DeleteBucketTagging",
        "PutObjectTagging", "GetObjectTagging", "DeleteObjectTagging",
        "CreateMultipartUpload", "UploadPart", "CompleteMultipartUpload", "AbortMultipartUpload",
        "ListMultipartUploads", "ListParts",
        "PutBucketVersioning", "GetBucketVersioning",
        "PutBucketPolicy", "GetBucketPolicy", "DeleteBucketPolicy",
        "PutBucketEncryption", "GetBucketEncryption", "DeleteBucketEncryption",
        "PutBucketWebsite", "GetBucketWebsite", "DeleteBucketWebsite",
        "UploadPartCopy",
    ]),
    "sqs": ("sqs", "*"),
    "sns": ("sns", [
        "CreateTopic", "DeleteTopic", "ListTopics", "GetTopicAttributes", "SetTopicAttributes",
        "Subscribe", "ConfirmSubscription", "Unsubscribe", "ListSubscriptions", "ListSubscriptionsByTopic",
        "GetSubscriptionAttributes", "SetSubscriptionAttributes", "Publish", "PublishBatch",
        "TagResource", "UntagResource", "ListTagsForResource",
    ]),
    "kms": ("kms", [
        "CreateKey", "DescribeKey", "ListKeys", "UpdateKeyDescription",
        "CreateAlias", "UpdateAlias", "DeleteAlias", "ListAliases",
        "Encrypt", "Decrypt", "ReEncrypt", "GenerateDataKey", "GenerateDataKeyWithoutPlaintext", "GenerateRandom",
        "EnableKey", "DisableKey", "ScheduleKeyDeletion", "CancelKeyDeletion",
        "EnableKeyRotation", "DisableKeyRotation", "GetKeyRotationStatus",
        "GetKeyPolicy", "PutKeyPolicy", "ListKeyPolicies",
        "TagResource", "UntagResource", "ListResourceTags",
        "Sign", "Verify", "GetPublicKey",
    ]),
    "ec2": ("ec2", [
        "CreateKeyPair", "DescribeKeyPairs", "DeleteKeyPair", "ImportKeyPair",
        "CreateTags", "DeleteTags", "DescribeTags",
    ]),
}

DROP_KEYS = {"documentation", "documentationUrl", "examples", "deprecatedMessage", "xmlNamespace"}
KEEP_METADATA = {"apiVersion", "protocol", "protocols", "serviceId", "endpointPrefix", "jsonVersion",
                 "targetPrefix", "signingName", "awsQueryCompatible", "serviceFullName", "globalEndpoint"}


def strip(obj):
    if isinstance(obj, dict):
        return {k: strip(v) for k, v in obj.items() if k not in DROP_KEYS}
    if isinstance(obj, list):
        return [strip(v) for v in obj]
    return obj


def reach(shapes, name, seen):
    if name in seen:
        return
    seen.add(name)
    shape = shapes[name]
    for member in shape.get("members", {}).values():
        reach(shapes, member["shape"], seen)
    for key in ("member", "key", "value"):
        if key in shape:
            reach(shapes, shape[key]["shape"], seen)


def trim(cli_name, service, ops):
    loader = botocore.session.get_session().get_component("data_loader")
    model = loader.load_service_model(service, "service-2")
    try:
        paginators = loader.load_service_model(service, "paginators-1").get("pagination", {})
    except Exception:
        paginators = {}
    names = sorted(model["operations"]) if ops == "*" else ops
    missing = [o for o in names if o not in model["operations"]]
    if missing:
        sys.exit(f"{service}: unknown operations {missing}")
    seen = set()
    operations = {}
    for op in names:
        o = strip(model["operations"][op])
        o["cliName"] = xform_name(op, "-")
        for ref in ("input", "output"):
            if ref in o:
                reach(model["shapes"], o[ref]["shape"], seen)
        for err in o.get("errors", []):
            reach(model["shapes"], err["shape"], seen)
        if op in paginators:
            o["paginator"] = paginators[op]
        operations[op] = o
    shapes = {}
    for name in sorted(seen):
        shape = strip(model["shapes"][name])
        shapes[name] = shape
    # CLI argument names for the top-level input members, with the CLI's renames.
    for op, o in operations.items():
        if "input" not in o:
            continue
        members = shapes[o["input"]["shape"]].get("members", {})
        args = {}
        for member in members:
            arg = xform_name(member, "-")
            for key in (f"{cli_name}.{o['cliName']}.{arg}", f"{cli_name}.*.{arg}"):
                if key in ARGUMENT_RENAMES:
                    arg = ARGUMENT_RENAMES[key]
                    break
            args[member] = arg
        o["cliArguments"] = args
    metadata = {k: v for k, v in model["metadata"].items() if k in KEEP_METADATA}
    metadata["cliName"] = cli_name
    metadata["botocoreService"] = service
    # The service's other operations, by CLI name: real commands the lab does not simulate yet.
    others = sorted(xform_name(op, "-") for op in model["operations"] if op not in operations)
    return {"metadata": metadata, "operations": operations, "shapes": shapes, "otherOperations": others}


def main():
    out_dir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Sources", "AWSCLI", "Models")
    os.makedirs(out_dir, exist_ok=True)
    index = {}
    for cli_name, (service, ops) in OPERATIONS.items():
        trimmed = trim(cli_name, service, ops)
        path = os.path.join(out_dir, f"{cli_name}.json")
        with open(path, "w") as f:
            json.dump(trimmed, f, indent=1, sort_keys=False)
            f.write("\n")
        index[cli_name] = {"file": f"{cli_name}.json", "operations": len(trimmed["operations"]),
                           "shapes": len(trimmed["shapes"])}
        print(f"{cli_name}: {len(trimmed['operations'])} operations, {len(trimmed['shapes'])} shapes")
    # Every other service command of the AWS CLI (botocore's services; s3's API is `s3api`).
    session = botocore.session.get_session()
    commands = {"s3api" if name == "s3" else name for name in session.get_available_services()}
    others = sorted(commands - set(OPERATIONS))
    with open(os.path.join(out_dir, "index.json"), "w") as f:
        json.dump({"botocore": botocore.__version__, "services": index, "otherCommands": others}, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
