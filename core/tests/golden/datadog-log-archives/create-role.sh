#!/usr/bin/env bash
# Creates the IAM role datadog-s3-access for Datadog and prints its ARN.
# Run it in AWS CloudShell or a terminal signed in to the account that owns the bucket: paste it,
# or save it and run `bash create-role.sh`. It works in a subshell and a temporary folder, so your
# shell's settings and files stay as they are. It stops, changing nothing, if the role or policy exists.
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
        "AWS": "arn:aws:iam::464622532012:root"
      },
      "Action": [
        "sts:AssumeRole"
      ],
      "Condition": {
        "StringEquals": {
          "sts:ExternalId": "9f4b2c1e7a3d4e5f8a6b0c2d1e3f4a5b"
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
        "arn:aws:s3:::acme-dd-archives",
        "arn:aws:s3:::acme-dd-archives-eu"
      ]
    },
    {
      "Sid": "ListWholeBucket",
      "Effect": "Allow",
      "Action": [
        "s3:ListBucket"
      ],
      "Resource": [
        "arn:aws:s3:::acme-dd-archives"
      ]
    },
    {
      "Sid": "ListPrefix",
      "Effect": "Allow",
      "Action": [
        "s3:ListBucket"
      ],
      "Resource": [
        "arn:aws:s3:::acme-dd-archives-eu"
      ],
      "Condition": {
        "StringLike": {
          "s3:prefix": [
            "logs/",
            "logs/*",
            "audit/",
            "audit/*"
          ]
        }
      }
    },
    {
      "Sid": "ObjectLevel",
      "Effect": "Allow",
      "Action": [
        "s3:AbortMultipartUpload",
        "s3:GetObject",
        "s3:PutObject"
      ],
      "Resource": [
        "arn:aws:s3:::acme-dd-archives/*",
        "arn:aws:s3:::acme-dd-archives-eu/logs/*",
        "arn:aws:s3:::acme-dd-archives-eu/audit/*"
      ]
    }
  ]
}
JSON

EXISTING_GRANTEE=$(aws iam list-roles --query 'Roles[].[RoleName]' --output text | { grep -ixF -e datadog-s3-access || true; })
EXISTING_POLICY=$(aws iam list-policies --scope Local --query 'Policies[].[PolicyName]' --output text | { grep -ixF -e datadog-s3-access-policy || true; })
if [ -n "$EXISTING_GRANTEE$EXISTING_POLICY" ]; then
  [ -z "$EXISTING_GRANTEE" ] || echo Role "$EXISTING_GRANTEE" 'already exists in this account (IAM names ignore case).' >&2
  [ -z "$EXISTING_POLICY" ] || echo Policy "$EXISTING_POLICY" 'already exists in this account (IAM names ignore case).' >&2
  echo 'Nothing was changed. If an earlier run left it, delete it (aws iam delete-role, aws iam delete-policy) and run this again; otherwise choose other names.' >&2
  exit 1
fi
aws iam create-role \
  --role-name datadog-s3-access \
  --assume-role-policy-document file://trust.json \
  --description 'Lets Datadog read/write s3://acme-dd-archives and 1 more bucket'
POLICY_ARN=$(aws iam create-policy \
  --policy-name datadog-s3-access-policy \
  --policy-document file://permissions.json \
  --description 'Lets Datadog read/write s3://acme-dd-archives and 1 more bucket' \
  --query Policy.Arn \
  --output text)
aws iam attach-role-policy --role-name datadog-s3-access --policy-arn "$POLICY_ARN"
echo 'Role ARN to send to Datadog:'
aws iam get-role --role-name datadog-s3-access --query Role.Arn --output text
)
