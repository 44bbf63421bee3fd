#!/usr/bin/env bash
# Creates the IAM role logz-io-s3-access for Logz.io and prints its ARN.
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
        "AWS": "arn:aws:iam::406095609952:root"
      },
      "Action": [
        "sts:AssumeRole"
      ],
      "Condition": {
        "StringEquals": {
          "sts:ExternalId": "logzio-4f9c2a7e-acme"
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
        "arn:aws:s3:::acme-elb-logs"
      ]
    },
    {
      "Sid": "ListPrefix",
      "Effect": "Allow",
      "Action": [
        "s3:ListBucket"
      ],
      "Resource": [
        "arn:aws:s3:::acme-elb-logs"
      ],
      "Condition": {
        "StringLike": {
          "s3:prefix": [
            "AWSLogs/elb/",
            "AWSLogs/elb/*"
          ]
        }
      }
    },
    {
      "Sid": "ObjectLevel",
      "Effect": "Allow",
      "Action": [
        "s3:GetObject"
      ],
      "Resource": [
        "arn:aws:s3:::acme-elb-logs/AWSLogs/elb/*"
      ]
    }
  ]
}
JSON

EXISTING_GRANTEE=$(aws iam list-roles --query 'Roles[].[RoleName]' --output text | { grep -ixF -e logz-io-s3-access || true; })
EXISTING_POLICY=$(aws iam list-policies --scope Local --query 'Policies[].[PolicyName]' --output text | { grep -ixF -e logz-io-s3-access-policy || true; })
if [ -n "$EXISTING_GRANTEE$EXISTING_POLICY" ]; then
  [ -z "$EXISTING_GRANTEE" ] || echo Role "$EXISTING_GRANTEE" 'already exists in this account (IAM names ignore case).' >&2
  [ -z "$EXISTING_POLICY" ] || echo Policy "$EXISTING_POLICY" 'already exists in this account (IAM names ignore case).' >&2
  echo 'Nothing was changed. If an earlier run left it, delete it (aws iam delete-role, aws iam delete-policy) and run this again; otherwise choose other names.' >&2
  exit 1
fi
aws iam create-role \
  --role-name logz-io-s3-access \
  --assume-role-policy-document file://trust.json \
  --description 'Lets Logz.io read s3://acme-elb-logs'
POLICY_ARN=$(aws iam create-policy \
  --policy-name logz-io-s3-access-policy \
  --policy-document file://permissions.json \
  --description 'Lets Logz.io read s3://acme-elb-logs' \
  --query Policy.Arn \
  --output text)
aws iam attach-role-policy --role-name logz-io-s3-access --policy-arn "$POLICY_ARN"
echo 'Role ARN to send to Logz.io:'
aws iam get-role --role-name logz-io-s3-access --query Role.Arn --output text
)
