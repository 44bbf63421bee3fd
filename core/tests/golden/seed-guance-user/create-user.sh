#!/usr/bin/env bash
# Creates the IAM user guance-backup-user for Guance and creates its access key.
# Run it in AWS CloudShell or a terminal signed in to the account that owns the bucket: paste it,
# or save it and run `bash create-user.sh`. It works in a subshell and a temporary folder, so your
# shell's settings and files stay as they are; run again after a failure, it says what exists.
# The secret access key appears only once, in your own terminal (or Terraform state); Rolesmith never sees it.
# Send the key ID and secret straight to the vendor over a secure channel, and keep no other copy.
# A role with an external ID is the safer choice whenever the vendor supports one: no long-lived secret to leak or rotate.
(
set -euo pipefail
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

EXISTING=$(aws --region cn-north-1 iam list-users --query "Users[?UserName=='guance-backup-user'].Arn" --output text)
if [ -n "$EXISTING" ]; then
  echo 'User guance-backup-user already exists (from an earlier run?): keeping it.'
else
  aws --region cn-north-1 iam create-user --user-name guance-backup-user
fi

POLICY_ARN=$(aws --region cn-north-1 iam list-policies \
  --scope Local \
  --query "Policies[?PolicyName=='guance-backup-policy'].Arn" \
  --output text)
if [ -n "$POLICY_ARN" ]; then
  echo 'Policy guance-backup-policy already exists (from an earlier run?): making the document above its default version.'
  aws --region cn-north-1 iam create-policy-version \
    --policy-arn "$POLICY_ARN" \
    --policy-document file://permissions.json \
    --set-as-default
else
  POLICY_ARN=$(aws --region cn-north-1 iam create-policy \
    --policy-name guance-backup-policy \
    --policy-document file://permissions.json \
    --description 'Lets Guance read/write s3://guance-backup-logs' \
    --query Policy.Arn \
    --output text)
fi
aws --region cn-north-1 iam attach-user-policy --user-name guance-backup-user --policy-arn "$POLICY_ARN"

EXISTING_KEYS=$(aws --region cn-north-1 iam list-access-keys \
  --user-name guance-backup-user \
  --query 'AccessKeyMetadata[].AccessKeyId' \
  --output text)
if [ -n "$EXISTING_KEYS" ]; then
  echo "User guance-backup-user already has an access key, whose secret can't be shown again, so no new one is made. If the vendor never got it, delete it (aws iam delete-access-key) and run this again."
else
  echo 'The secret access key appears only once, in your own terminal (or Terraform state); Rolesmith never sees it.'
  echo 'Send the key ID and secret straight to the vendor over a secure channel, and keep no other copy.'
  aws --region cn-north-1 iam create-access-key \
    --user-name guance-backup-user \
    --query 'AccessKey.[AccessKeyId,SecretAccessKey]' \
    --output text
fi
)
