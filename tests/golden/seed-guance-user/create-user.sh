#!/usr/bin/env bash
# Creates the IAM user guance-backup-user for Guance and creates its access key.
# Run it in AWS CloudShell or a terminal signed in to the account that owns the bucket.
# The secret access key appears only once, in your own terminal (or stack/state output); Rolesmith never sees it.
# Send the key ID and secret straight to the vendor over a secure channel, and keep no other copy.
# A role with an external ID is the safer choice whenever the vendor supports one: no long-lived secret to leak or rotate.
set -euo pipefail
export AWS_DEFAULT_REGION="${AWS_DEFAULT_REGION:-cn-north-1}"  # IAM in aws-cn is served from cn-north-1

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

aws iam create-user --user-name guance-backup-user

POLICY_ARN=$(aws iam create-policy \
  --policy-name guance-backup-policy \
  --policy-document file://permissions.json \
  --description 'Lets Guance read/write s3://guance-backup-logs' \
  --query Policy.Arn --output text)
aws iam attach-user-policy --user-name guance-backup-user --policy-arn "$POLICY_ARN"

echo 'The secret access key appears only once, in your own terminal (or stack/state output); Rolesmith never sees it.'
echo 'Send the key ID and secret straight to the vendor over a secure channel, and keep no other copy.'
aws iam create-access-key --user-name guance-backup-user \
  --query 'AccessKey.[AccessKeyId,SecretAccessKey]' --output text
