#!/usr/bin/env bash
# Creates the IAM role Test-UserAccess-Role for XMode and prints its ARN.
# Run it in AWS CloudShell or a terminal signed in to the account that owns the bucket: paste it,
# or save it and run `bash create-role.sh`. It works in a subshell and a temporary folder, so your
# shell's settings and files stay as they are; run again after a failure, it says what exists.
(
set -euo pipefail
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
        "AWS": "arn:aws:iam::366810793500:user/xmode-data-transfer"
      },
      "Action": [
        "sts:AssumeRole"
      ],
      "Condition": {
        "StringEquals": {
          "sts:ExternalId": "AcmeCorp-XMode-2026"
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
        "s3:GetBucketLocation",
        "s3:ListBucket"
      ],
      "Resource": [
        "arn:aws:s3:::acme-xmode-delivery"
      ]
    },
    {
      "Sid": "ObjectLevel",
      "Effect": "Allow",
      "Action": [
        "s3:AbortMultipartUpload",
        "s3:DeleteObject",
        "s3:GetObject"
      ],
      "Resource": [
        "arn:aws:s3:::acme-xmode-delivery/*"
      ]
    },
    {
      "Sid": "WriteWithOwnerAcl",
      "Effect": "Allow",
      "Action": [
        "s3:PutObject"
      ],
      "Resource": [
        "arn:aws:s3:::acme-xmode-delivery/*"
      ],
      "Condition": {
        "StringEqualsIfExists": {
          "s3:x-amz-acl": "bucket-owner-full-control"
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
        "arn:aws:s3:::acme-xmode-delivery",
        "arn:aws:s3:::acme-xmode-delivery/*"
      ]
    }
  ]
}
JSON

EXISTING=$(aws iam list-roles --query "Roles[?RoleName=='Test-UserAccess-Role'].Arn" --output text)
if [ -n "$EXISTING" ]; then
  echo 'Role Test-UserAccess-Role already exists (from an earlier run?): setting its trust policy to the one above.'
  aws iam update-assume-role-policy --role-name Test-UserAccess-Role --policy-document file://trust.json
else
  aws iam create-role \
    --role-name Test-UserAccess-Role \
    --assume-role-policy-document file://trust.json \
    --description 'Lets XMode read/write/delete s3://acme-xmode-delivery'
fi

POLICY_ARN=$(aws iam list-policies --scope Local --query "Policies[?PolicyName=='my-policy'].Arn" --output text)
if [ -n "$POLICY_ARN" ]; then
  echo 'Policy my-policy already exists (from an earlier run?): making the document above its default version.'
  aws iam create-policy-version \
    --policy-arn "$POLICY_ARN" \
    --policy-document file://permissions.json \
    --set-as-default
else
  POLICY_ARN=$(aws iam create-policy \
    --policy-name my-policy \
    --policy-document file://permissions.json \
    --description 'Lets XMode read/write/delete s3://acme-xmode-delivery' \
    --query Policy.Arn \
    --output text)
fi
aws iam attach-role-policy --role-name Test-UserAccess-Role --policy-arn "$POLICY_ARN"

echo 'Role ARN to send to XMode:'
aws iam get-role --role-name Test-UserAccess-Role --query Role.Arn --output text
)
