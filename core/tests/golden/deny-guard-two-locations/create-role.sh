#!/usr/bin/env bash
# Creates the IAM role acme-analytics-s3-access for Acme Analytics and prints its ARN.
# Run it in AWS CloudShell or a terminal signed in to the account that owns the bucket: paste it,
# or save it and run `bash create-role.sh`. It works in a subshell and a temporary folder, so your
# shell's settings and files stay as they are. It stops, changing nothing, if the role or policy exists.
# IAM can't tell a single-part upload from a part of a multipart one, so an upload that sends no
# ACL header still passes the Required ACL rule (the object then gets the default private ACL).
# Turning ACLs off on the bucket, Object Ownership "Bucket owner enforced" (the default for new
# buckets since April 2023), makes every object the bucket owner's whatever an upload sends.
# It applies to each whole bucket, so check that nothing else there relies on ACLs. The commands:
#   aws s3api put-bucket-ownership-controls --bucket acme-exports --ownership-controls 'Rules=[{ObjectOwnership=BucketOwnerEnforced}]'
#   aws s3api put-bucket-ownership-controls --bucket acme-shared --ownership-controls 'Rules=[{ObjectOwnership=BucketOwnerEnforced}]'
(
set -euo pipefail
export AWS_PAGER=""  # print, never page: a pager would wait for a key mid-script
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cd "$scratch"

cat > trust.json <<'JSON'
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "TrustVendorWithExternalId",
      "Effect": "Allow",
      "Principal": {
        "AWS": "arn:aws:iam::366810793500:role/acme-ingest"
      },
      "Action": [
        "sts:AssumeRole"
      ],
      "Condition": {
        "StringEquals": {
          "sts:ExternalId": "acme-7f3a9e2b41d84c6e"
        }
      }
    }
  ]
}
JSON

cat > permissions.json <<'JSON'
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "BucketLevel",
      "Effect": "Allow",
      "Action": [
        "s3:GetBucketLocation"
      ],
      "Resource": [
        "arn:aws:s3:::acme-exports",
        "arn:aws:s3:::acme-shared"
      ]
    },
    {
      "Sid": "ObjectLevel",
      "Effect": "Allow",
      "Action": [
        "s3:AbortMultipartUpload"
      ],
      "Resource": [
        "arn:aws:s3:::acme-exports/vendor/*",
        "arn:aws:s3:::acme-shared/incoming/*"
      ]
    },
    {
      "Sid": "WriteWithOwnerAcl",
      "Effect": "Allow",
      "Action": [
        "s3:PutObject"
      ],
      "Resource": [
        "arn:aws:s3:::acme-exports/vendor/*",
        "arn:aws:s3:::acme-shared/incoming/*"
      ],
      "Condition": {
        "StringEqualsIfExists": {
          "s3:x-amz-acl": "bucket-owner-full-control"
        },
        "Null": {
          "s3:x-amz-grant-full-control": "true",
          "s3:x-amz-grant-read": "true",
          "s3:x-amz-grant-read-acp": "true",
          "s3:x-amz-grant-write-acp": "true"
        }
      }
    },
    {
      "Sid": "DenyOutsideBucket",
      "Effect": "Deny",
      "Action": [
        "*"
      ],
      "NotResource": [
        "arn:aws:s3:::acme-exports",
        "arn:aws:s3:::acme-exports/*",
        "arn:aws:s3:::acme-shared",
        "arn:aws:s3:::acme-shared/*"
      ]
    }
  ]
}
JSON

EXISTING_GRANTEE=$(aws iam list-roles --query 'Roles[].[RoleName]' --output text | { grep -ixF -e acme-analytics-s3-access || true; })
EXISTING_POLICY=$(aws iam list-policies --scope Local --query 'Policies[].[PolicyName]' --output text | { grep -ixF -e acme-analytics-s3-access-policy || true; })
if [ -n "$EXISTING_GRANTEE$EXISTING_POLICY" ]; then
  [ -z "$EXISTING_GRANTEE" ] || echo Role "$EXISTING_GRANTEE" 'already exists in this account (IAM names ignore case).' >&2
  [ -z "$EXISTING_POLICY" ] || echo Policy "$EXISTING_POLICY" 'already exists in this account (IAM names ignore case).' >&2
  echo 'Nothing was changed. If an earlier run left it, delete it (aws iam delete-role, aws iam delete-policy) and run this again; otherwise choose other names.' >&2
  exit 1
fi
aws iam create-role \
  --role-name acme-analytics-s3-access \
  --assume-role-policy-document file://trust.json \
  --description 'Lets Acme Analytics read/write s3://acme-exports and 1 more bucket'
POLICY_ARN=$(aws iam create-policy \
  --policy-name acme-analytics-s3-access-policy \
  --policy-document file://permissions.json \
  --description 'Lets Acme Analytics read/write s3://acme-exports and 1 more bucket' \
  --query Policy.Arn \
  --output text)
aws iam attach-role-policy --role-name acme-analytics-s3-access --policy-arn "$POLICY_ARN"
echo 'Role ARN to send to Acme Analytics:'
aws iam get-role --role-name acme-analytics-s3-access --query Role.Arn --output text
)
