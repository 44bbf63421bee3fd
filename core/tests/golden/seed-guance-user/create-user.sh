#!/usr/bin/env bash
# Creates the IAM user guance-backup-user for Guance and creates its access key.
# Run it in AWS CloudShell or a terminal signed in to the account that owns the bucket: paste it,
# or save it and run `bash create-user.sh`. It works in a subshell and a temporary folder, so your
# shell's settings and files stay as they are. It stops, changing nothing, if the role or policy exists.
# The secret access key appears only once, in your own terminal (or Terraform state); Rolesmith never sees it.
# Send the key ID and secret straight to the vendor over a secure channel, and keep no other copy.
# A role with an external ID is the safer choice whenever the vendor supports one: no long-lived secret to leak or rotate.
(
set -euo pipefail
export AWS_PAGER=""  # print, never page: a pager would wait for a key mid-script
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cd "$scratch"

cat > permissions.json <<'JSON'
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "BucketLevel",
      "Effect": "Allow",
      "Action": [
        "s3:CreateBucket",
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
        "s3:GetObject",
        "s3:PutObject"
      ],
      "Resource": [
        "arn:aws-cn:s3:::guance-backup-logs/*"
      ]
    },
    {
      "Sid": "AccountLevel",
      "Effect": "Allow",
      "Action": [
        "s3:ListAllMyBuckets"
      ],
      "Resource": [
        "*"
      ]
    }
  ]
}
JSON

EXISTING_GRANTEE=$(aws --region cn-north-1 iam list-users --query 'Users[].[UserName]' --output text | { grep -ixF -e guance-backup-user || true; })
EXISTING_POLICY=$(aws --region cn-north-1 iam list-policies --scope Local --query 'Policies[].[PolicyName]' --output text | { grep -ixF -e guance-backup-policy || true; })
if [ -n "$EXISTING_GRANTEE$EXISTING_POLICY" ]; then
  [ -z "$EXISTING_GRANTEE" ] || echo User "$EXISTING_GRANTEE" 'already exists in this account (IAM names ignore case).' >&2
  [ -z "$EXISTING_POLICY" ] || echo Policy "$EXISTING_POLICY" 'already exists in this account (IAM names ignore case).' >&2
  echo 'Nothing was changed. If an earlier run left it, delete it (aws iam delete-user, aws iam delete-policy) and run this again; otherwise choose other names.' >&2
  exit 1
fi
aws --region cn-north-1 iam create-user --user-name guance-backup-user
POLICY_ARN=$(aws --region cn-north-1 iam create-policy \
  --policy-name guance-backup-policy \
  --policy-document file://permissions.json \
  --description 'Lets Guance read/write s3://guance-backup-logs' \
  --query Policy.Arn \
  --output text)
aws --region cn-north-1 iam attach-user-policy --user-name guance-backup-user --policy-arn "$POLICY_ARN"
echo 'The secret access key appears only once, in your own terminal (or Terraform state); Rolesmith never sees it.'
echo 'Send the key ID and secret straight to the vendor over a secure channel, and keep no other copy.'
aws --region cn-north-1 iam create-access-key \
  --user-name guance-backup-user \
  --query 'AccessKey.[AccessKeyId,SecretAccessKey]' \
  --output text
)
