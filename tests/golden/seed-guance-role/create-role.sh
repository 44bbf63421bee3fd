#!/usr/bin/env bash
# Creates the IAM role guance-backup-role for Guance and prints its ARN.
# Run it in AWS CloudShell or a terminal signed in to the account that owns the bucket.
set -euo pipefail
export AWS_DEFAULT_REGION="${AWS_DEFAULT_REGION:-cn-north-1}"  # IAM in aws-cn is served from cn-north-1

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

aws iam create-role \
  --role-name guance-backup-role \
  --assume-role-policy-document file://trust.json \
  --description 'Lets Guance read/write s3://guance-backup-logs'

POLICY_ARN=$(aws iam create-policy \
  --policy-name guance-backup-policy \
  --policy-document file://permissions.json \
  --description 'Lets Guance read/write s3://guance-backup-logs' \
  --query Policy.Arn --output text)
aws iam attach-role-policy --role-name guance-backup-role --policy-arn "$POLICY_ARN"

echo 'Role ARN to send to Guance:'
aws iam get-role --role-name guance-backup-role --query Role.Arn --output text
