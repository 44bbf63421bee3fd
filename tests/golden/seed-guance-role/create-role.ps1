# Creates the IAM role guance-backup-role for Guance and prints its ARN.
# Run it in Windows PowerShell 5.1 or PowerShell 7, signed in to the account that owns the bucket.
$ErrorActionPreference = 'Stop'
if (-not $env:AWS_DEFAULT_REGION) { $env:AWS_DEFAULT_REGION = 'cn-north-1' }  # IAM in aws-cn is served from cn-north-1

# Native commands don't stop on failure by themselves: check each aws call's exit code.
function Assert-AwsSucceeded([string] $Step) {
    if ($LASTEXITCODE -ne 0) { throw "$Step failed with exit code $LASTEXITCODE; nothing after it was run." }
}

@'
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
'@ | Set-Content -Path trust.json -Encoding ascii

@'
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
'@ | Set-Content -Path permissions.json -Encoding ascii

aws iam create-role `
  --role-name guance-backup-role `
  --assume-role-policy-document file://trust.json `
  --description 'Lets Guance read/write s3://guance-backup-logs'
Assert-AwsSucceeded 'aws iam create-role'

$PolicyArn = aws iam create-policy `
  --policy-name guance-backup-policy `
  --policy-document file://permissions.json `
  --description 'Lets Guance read/write s3://guance-backup-logs' `
  --query Policy.Arn --output text
Assert-AwsSucceeded 'aws iam create-policy'
aws iam attach-role-policy --role-name guance-backup-role --policy-arn $PolicyArn
Assert-AwsSucceeded 'aws iam attach-role-policy'

Write-Output 'Role ARN to send to Guance:'
aws iam get-role --role-name guance-backup-role --query Role.Arn --output text
Assert-AwsSucceeded 'aws iam get-role'
