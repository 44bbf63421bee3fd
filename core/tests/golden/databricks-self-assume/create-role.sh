#!/usr/bin/env bash
# Creates the IAM role acme-uc-access for Databricks and prints its ARN.
# Run it in AWS CloudShell or a terminal signed in to the account that owns the bucket: paste it,
# or save it and run `bash create-role.sh`. It works in a subshell and a temporary folder, so your
# shell's settings and files stay as they are. It stops, changing nothing, if the role or policy exists.
(
set -euo pipefail
export AWS_PAGER=""  # print, never page: a pager would wait for a key mid-script
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cd "$scratch"
CALLER_ACCOUNT=$(aws sts get-caller-identity --query Account --output text)
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
        "AWS": "arn:aws:iam::414351767826:role/unity-catalog-prod-UCMasterRole-14S5ZJVKOTYTL"
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
        "AWS": "arn:aws:iam::210987654321:root"
      },
      "Action": [
        "sts:AssumeRole"
      ],
      "Condition": {
        "StringEquals": {
          "sts:ExternalId": "4a2f5d6e-8b1c-4c3d-9e0f-1a2b3c4d5e6f"
        },
        "ArnEquals": {
          "aws:PrincipalArn": "arn:aws:iam::210987654321:role/acme-uc-access"
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
        "arn:aws:s3:::acme-unity-catalog"
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
        "arn:aws:s3:::acme-unity-catalog/*"
      ]
    },
    {
      "Sid": "AssumeThisRoleItself",
      "Effect": "Allow",
      "Action": [
        "sts:AssumeRole"
      ],
      "Resource": [
        "arn:aws:iam::210987654321:role/acme-uc-access"
      ]
    },
    {
      "Sid": "DenyOutsideBucket",
      "Effect": "Deny",
      "Action": [
        "*"
      ],
      "NotResource": [
        "arn:aws:s3:::acme-unity-catalog",
        "arn:aws:s3:::acme-unity-catalog/*",
        "arn:aws:iam::210987654321:role/acme-uc-access"
      ]
    },
    {
      "Sid": "DenyOnThisRoleButAssumingIt",
      "Effect": "Deny",
      "NotAction": [
        "sts:AssumeRole"
      ],
      "Resource": [
        "arn:aws:iam::210987654321:role/acme-uc-access"
      ]
    }
  ]
}
JSON

EXISTING_GRANTEE=$(aws iam list-roles --query 'Roles[].[RoleName]' --output text | { grep -ixF -e acme-uc-access || true; })
EXISTING_POLICY=$(aws iam list-policies --scope Local --query 'Policies[].[PolicyName]' --output text | { grep -ixF -e acme-uc-access-policy || true; })
if [ -n "$EXISTING_GRANTEE$EXISTING_POLICY" ]; then
  [ -z "$EXISTING_GRANTEE" ] || echo Role "$EXISTING_GRANTEE" 'already exists in this account (IAM names ignore case).' >&2
  [ -z "$EXISTING_POLICY" ] || echo Policy "$EXISTING_POLICY" 'already exists in this account (IAM names ignore case).' >&2
  echo 'Nothing was changed. If an earlier run left it, delete it (aws iam delete-role, aws iam delete-policy) and run this again; otherwise choose other names.' >&2
  exit 1
fi
aws iam create-role \
  --role-name acme-uc-access \
  --assume-role-policy-document file://trust.json \
  --description 'Lets Databricks read/write/delete s3://acme-unity-catalog'
POLICY_ARN=$(aws iam create-policy \
  --policy-name acme-uc-access-policy \
  --policy-document file://permissions.json \
  --description 'Lets Databricks read/write/delete s3://acme-unity-catalog' \
  --query Policy.Arn \
  --output text)
aws iam attach-role-policy --role-name acme-uc-access --policy-arn "$POLICY_ARN"
echo 'Role ARN to send to Databricks:'
aws iam get-role --role-name acme-uc-access --query Role.Arn --output text
)
