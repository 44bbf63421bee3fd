#!/usr/bin/env bash
# Creates the IAM role databricks-s3-access for Databricks and prints its ARN.
# Run it in AWS CloudShell or a terminal signed in to the account that owns the bucket: paste it,
# or save it and run `bash create-role.sh`. It works in a subshell and a temporary folder, so your
# shell's settings and files stay as they are. It stops, changing nothing, if the role or policy exists.
(
set -euo pipefail
export AWS_PAGER=""  # print, never page: a pager would wait for a key mid-script
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cd "$scratch"
CALLER_ACCOUNT=$(aws --region us-gov-west-1 sts get-caller-identity --query Account --output text)
if [ "$CALLER_ACCOUNT" != 210987654321 ]; then
  echo 'Nothing was changed: this shell is signed in to another account than 210987654321, the one the trust policy names. Sign in to 210987654321, or correct your AWS account ID on the page.' >&2
  exit 1
fi

cat > trust.json <<'JSON'
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "TrustVendorWithExternalId",
      "Effect": "Allow",
      "Principal": {
        "AWS": "arn:aws-us-gov:iam::044793339203:role/unity-catalog-prod-UCMasterRole-1QRFA8SGY15OJ"
      },
      "Action": [
        "sts:AssumeRole"
      ],
      "Condition": {
        "StringEquals": {
          "sts:ExternalId": "4a2f5d6e-8b1c-4c3d-9e0f-1a2b3c4d5e6f"
        }
      }
    },
    {
      "Sid": "TrustThisRoleItself",
      "Effect": "Allow",
      "Principal": {
        "AWS": "arn:aws-us-gov:iam::210987654321:root"
      },
      "Action": [
        "sts:AssumeRole"
      ],
      "Condition": {
        "StringEquals": {
          "sts:ExternalId": "4a2f5d6e-8b1c-4c3d-9e0f-1a2b3c4d5e6f"
        },
        "ArnEquals": {
          "aws:PrincipalArn": "arn:aws-us-gov:iam::210987654321:role/databricks-s3-access"
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
        "arn:aws-us-gov:s3:::acme-unity-catalog-gov"
      ]
    },
    {
      "Sid": "ObjectLevel",
      "Effect": "Allow",
      "Action": [
        "s3:AbortMultipartUpload",
        "s3:DeleteObject",
        "s3:GetObject",
        "s3:PutObject"
      ],
      "Resource": [
        "arn:aws-us-gov:s3:::acme-unity-catalog-gov/*"
      ]
    },
    {
      "Sid": "AssumeThisRoleItself",
      "Effect": "Allow",
      "Action": [
        "sts:AssumeRole"
      ],
      "Resource": [
        "arn:aws-us-gov:iam::210987654321:role/databricks-s3-access"
      ]
    }
  ]
}
JSON

EXISTING_GRANTEE=$(aws --region us-gov-west-1 iam list-roles --query 'Roles[].[RoleName]' --output text | { grep -ixF -e databricks-s3-access || true; })
EXISTING_POLICY=$(aws --region us-gov-west-1 iam list-policies --scope Local --query 'Policies[].[PolicyName]' --output text | { grep -ixF -e databricks-s3-access-policy || true; })
if [ -n "$EXISTING_GRANTEE$EXISTING_POLICY" ]; then
  [ -z "$EXISTING_GRANTEE" ] || echo Role "$EXISTING_GRANTEE" 'already exists in this account (IAM names ignore case).' >&2
  [ -z "$EXISTING_POLICY" ] || echo Policy "$EXISTING_POLICY" 'already exists in this account (IAM names ignore case).' >&2
  echo 'Nothing was changed. If an earlier run left it, delete it (aws iam delete-role, aws iam delete-policy) and run this again; otherwise choose other names.' >&2
  exit 1
fi
aws --region us-gov-west-1 iam create-role \
  --role-name databricks-s3-access \
  --assume-role-policy-document file://trust.json \
  --description 'Lets Databricks read/write/delete s3://acme-unity-catalog-gov'
POLICY_ARN=$(aws --region us-gov-west-1 iam create-policy \
  --policy-name databricks-s3-access-policy \
  --policy-document file://permissions.json \
  --description 'Lets Databricks read/write/delete s3://acme-unity-catalog-gov' \
  --query Policy.Arn \
  --output text)
aws --region us-gov-west-1 iam attach-role-policy --role-name databricks-s3-access --policy-arn "$POLICY_ARN"
echo 'Role ARN to send to Databricks:'
aws --region us-gov-west-1 iam get-role --role-name databricks-s3-access --query Role.Arn --output text
)
