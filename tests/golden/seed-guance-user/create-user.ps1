# Creates the IAM user guance-backup-user for Guance and creates its access key.
# Run it in Windows PowerShell 5.1 or PowerShell 7, signed in to the account that owns the bucket.
# The secret access key appears only once, in your own terminal (or stack/state output); Rolesmith never sees it.
# Send the key ID and secret straight to the vendor over a secure channel, and keep no other copy.
# A role with an external ID is the safer choice whenever the vendor supports one: no long-lived secret to leak or rotate.
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
'@ | Set-Content -Path permissions.json -Encoding ascii

aws iam create-user --user-name guance-backup-user
Assert-AwsSucceeded 'aws iam create-user'

$PolicyArn = aws iam create-policy `
  --policy-name guance-backup-policy `
  --policy-document file://permissions.json `
  --description 'Lets Guance read/write s3://guance-backup-logs' `
  --query Policy.Arn --output text
Assert-AwsSucceeded 'aws iam create-policy'
aws iam attach-user-policy --user-name guance-backup-user --policy-arn $PolicyArn
Assert-AwsSucceeded 'aws iam attach-user-policy'

Write-Output 'The secret access key appears only once, in your own terminal (or stack/state output); Rolesmith never sees it.'
Write-Output 'Send the key ID and secret straight to the vendor over a secure channel, and keep no other copy.'
aws iam create-access-key --user-name guance-backup-user `
  --query 'AccessKey.[AccessKeyId,SecretAccessKey]' --output text
Assert-AwsSucceeded 'aws iam create-access-key'
