#!/usr/bin/env bash
# Creates the IAM role guance-backup-role for Guance and prints its ARN.
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
        "AWS": "arn:aws-cn:iam::588271335135:user/guance-s3-bakcuplog"
      },
      "Action": [
        "sts:AssumeRole"
      ],
      "Condition": {
        "StringEquals": {
          "sts:ExternalId": "gc-7f3a9e2b41d84c6e"
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
        "arn:aws-cn:s3:::guance-backup-logs"
      ]
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
        "arn:aws-cn:s3:::guance-backup-logs/*"
      ]
    }
  ]
}
JSON

EXISTING_GRANTEE=$(aws --region cn-north-1 iam list-roles --query 'Roles[].[RoleName]' --output text | { grep -ixF -e guance-backup-role || true; })
EXISTING_POLICY=$(aws --region cn-north-1 iam list-policies --scope Local --query 'Policies[].[PolicyName]' --output text | { grep -ixF -e guance-backup-policy || true; })
if [ -n "$EXISTING_GRANTEE$EXISTING_POLICY" ]; then
  [ -z "$EXISTING_GRANTEE" ] || echo Role "$EXISTING_GRANTEE" 'already exists in this account (IAM names ignore case).' >&2
  [ -z "$EXISTING_POLICY" ] || echo Policy "$EXISTING_POLICY" 'already exists in this account (IAM names ignore case).' >&2
  echo 'Nothing was changed. If an earlier run left it, delete it (aws iam delete-role, aws iam delete-policy) and run this again; otherwise choose other names.' >&2
  exit 1
fi
aws --region cn-north-1 iam create-role \
  --role-name guance-backup-role \
  --assume-role-policy-document file://trust.json \
  --description 'Lets Guance read/write s3://guance-backup-logs'
POLICY_ARN=$(aws --region cn-north-1 iam create-policy \
  --policy-name guance-backup-policy \
  --policy-document file://permissions.json \
  --description 'Lets Guance read/write s3://guance-backup-logs' \
  --query Policy.Arn \
  --output text)
aws --region cn-north-1 iam attach-role-policy --role-name guance-backup-role --policy-arn "$POLICY_ARN"
echo 'Role ARN to send to Guance:'
aws --region cn-north-1 iam get-role --role-name guance-backup-role --query Role.Arn --output text
)
