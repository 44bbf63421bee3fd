#!/usr/bin/env bash
# Creates the IAM role logz-io-s3-access for Logz.io and prints its ARN.
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

aws iam create-role \
  --role-name logz-io-s3-access \
  --assume-role-policy-document file://trust.json \
  --description 'Lets Logz.io read s3://acme-elb-logs'

POLICY_ARN=$(aws iam create-policy \
  --policy-name logz-io-s3-access-policy \
  --policy-document file://permissions.json \
  --description 'Lets Logz.io read s3://acme-elb-logs' \
  --query Policy.Arn --output text)
aws iam attach-role-policy --role-name logz-io-s3-access --policy-arn "$POLICY_ARN"

echo 'Role ARN to send to Logz.io:'
aws iam get-role --role-name logz-io-s3-access --query Role.Arn --output text
