#!/usr/bin/env bash
# Creates the IAM role Test-UserAccess-Role for XMode and prints its ARN.
# Run it in AWS CloudShell or a terminal signed in to the account that owns the bucket.
set -euo pipefail

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

aws iam create-role \
  --role-name Test-UserAccess-Role \
  --assume-role-policy-document file://trust.json \
  --description 'Lets XMode read/write/delete s3://acme-xmode-delivery'

POLICY_ARN=$(aws iam create-policy \
  --policy-name my-policy \
  --policy-document file://permissions.json \
  --description 'Lets XMode read/write/delete s3://acme-xmode-delivery' \
  --query Policy.Arn --output text)
aws iam attach-role-policy --role-name Test-UserAccess-Role --policy-arn "$POLICY_ARN"

echo 'Role ARN to send to XMode:'
aws iam get-role --role-name Test-UserAccess-Role --query Role.Arn --output text
