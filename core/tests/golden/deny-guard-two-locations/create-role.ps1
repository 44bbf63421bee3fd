# Creates the IAM role acme-analytics-s3-access for Acme Analytics and prints its ARN.
# Run it in Windows PowerShell 5.1 or PowerShell 7, signed in to the account that owns the bucket:
# paste it into the console, or save it as create-role.ps1 and run it with
#   powershell -NoProfile -ExecutionPolicy Bypass -File .\create-role.ps1
# (the default execution policy blocks saved scripts; -ExecutionPolicy applies to that run only).
# It stops, changing nothing, if the role or policy already exists.
# IAM can't tell a single-part upload from a part of a multipart one, so an upload that sends no
# ACL header still passes the Required ACL rule (the object then gets the default private ACL).
# Turning ACLs off on the bucket, Object Ownership "Bucket owner enforced" (the default for new
# buckets since April 2023), makes every object the bucket owner's whatever an upload sends.
# It applies to each whole bucket, so check that nothing else there relies on ACLs. The commands:
#   aws s3api put-bucket-ownership-controls --bucket acme-exports --ownership-controls 'Rules=[{ObjectOwnership=BucketOwnerEnforced}]'
#   aws s3api put-bucket-ownership-controls --bucket acme-shared --ownership-controls 'Rules=[{ObjectOwnership=BucketOwnerEnforced}]'
& {
$ErrorActionPreference = 'Stop'
# Print, never page: a pager would wait for a key mid-script.
$PagerBefore = $env:AWS_PAGER
$env:AWS_PAGER = ''
# Native commands don't stop on failure by themselves: check each aws call's exit code.
function Assert-AwsSucceeded([string] $Step) {
    if ($LASTEXITCODE -ne 0) { throw "$Step failed with exit code $LASTEXITCODE; nothing after it was run." }
}
# The documents go to a new temporary folder, removed at the end, so no file of yours is touched.
$Scratch = New-Item -ItemType Directory -Path (Join-Path ([IO.Path]::GetTempPath()) ([IO.Path]::GetRandomFileName()))
Push-Location $Scratch
try {

@'
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "TrustVendorWithExternalId",
      "Effect": "Allow",
      "Principal": {
        "AWS": "arn:aws:iam::366810793500:role/acme-ingest"
      },
      "Action": [
        "sts:AssumeRole"
      ],
      "Condition": {
        "StringEquals": {
          "sts:ExternalId": "acme-7f3a9e2b41d84c6e"
        }
      }
    }
  ]
}
'@ | Set-Content -Path trust.json -Encoding ascii

@'
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
        "arn:aws:s3:::acme-exports",
        "arn:aws:s3:::acme-shared"
      ]
    },
    {
      "Sid": "ObjectLevel",
      "Effect": "Allow",
      "Action": [
        "s3:AbortMultipartUpload"
      ],
      "Resource": [
        "arn:aws:s3:::acme-exports/vendor/*",
        "arn:aws:s3:::acme-shared/incoming/*"
      ]
    },
    {
      "Sid": "WriteWithOwnerAcl",
      "Effect": "Allow",
      "Action": [
        "s3:PutObject"
      ],
      "Resource": [
        "arn:aws:s3:::acme-exports/vendor/*",
        "arn:aws:s3:::acme-shared/incoming/*"
      ],
      "Condition": {
        "StringEqualsIfExists": {
          "s3:x-amz-acl": "bucket-owner-full-control"
        },
        "Null": {
          "s3:x-amz-grant-full-control": "true",
          "s3:x-amz-grant-read": "true",
          "s3:x-amz-grant-read-acp": "true",
          "s3:x-amz-grant-write-acp": "true"
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
        "arn:aws:s3:::acme-exports",
        "arn:aws:s3:::acme-exports/*",
        "arn:aws:s3:::acme-shared",
        "arn:aws:s3:::acme-shared/*"
      ]
    }
  ]
}
'@ | Set-Content -Path permissions.json -Encoding ascii

$ExistingGrantee = aws iam list-roles --query 'Roles[].[RoleName]' --output text | Where-Object { $_ -ieq 'acme-analytics-s3-access' }
Assert-AwsSucceeded 'aws iam list-roles'
$ExistingPolicy = aws iam list-policies --scope Local --query 'Policies[].[PolicyName]' --output text | Where-Object { $_ -ieq 'acme-analytics-s3-access-policy' }
Assert-AwsSucceeded 'aws iam list-policies'
if ($ExistingGrantee -or $ExistingPolicy) {
    if ($ExistingGrantee) { Write-Output ('Role ' + $ExistingGrantee + ' already exists in this account (IAM names ignore case).') }
    if ($ExistingPolicy) { Write-Output ('Policy ' + $ExistingPolicy + ' already exists in this account (IAM names ignore case).') }
    throw 'Nothing was changed. If an earlier run left it, delete it (aws iam delete-role, aws iam delete-policy) and run this again; otherwise choose other names.'
}
aws iam create-role `
  --role-name acme-analytics-s3-access `
  --assume-role-policy-document file://trust.json `
  --description 'Lets Acme Analytics read/write s3://acme-exports and 1 more bucket'
Assert-AwsSucceeded 'aws iam create-role'
$PolicyArn = aws iam create-policy `
  --policy-name acme-analytics-s3-access-policy `
  --policy-document file://permissions.json `
  --description 'Lets Acme Analytics read/write s3://acme-exports and 1 more bucket' `
  --query Policy.Arn `
  --output text
Assert-AwsSucceeded 'aws iam create-policy'
aws iam attach-role-policy --role-name acme-analytics-s3-access --policy-arn $PolicyArn
Assert-AwsSucceeded 'aws iam attach-role-policy'
Write-Output 'Role ARN to send to Acme Analytics:'
aws iam get-role --role-name acme-analytics-s3-access --query Role.Arn --output text
Assert-AwsSucceeded 'aws iam get-role'

} finally {
    $env:AWS_PAGER = $PagerBefore
    Pop-Location
    Remove-Item -Recurse -Force $Scratch
}
}
