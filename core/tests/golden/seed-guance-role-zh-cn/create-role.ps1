# Creates the IAM role guance-backup-role for Guance and prints its ARN.
# Run it in Windows PowerShell 5.1 or PowerShell 7, signed in to the account that owns the bucket:
# paste it into the console, or save it as create-role.ps1 and run it with
#   powershell -NoProfile -ExecutionPolicy Bypass -File .\create-role.ps1
# (the default execution policy blocks saved scripts; -ExecutionPolicy applies to that run only).
# It stops, changing nothing, if the role or policy already exists.
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

$ExistingGrantee = aws --region cn-north-1 iam list-roles --query 'Roles[].[RoleName]' --output text | Where-Object { $_ -ieq 'guance-backup-role' }
Assert-AwsSucceeded 'aws iam list-roles'
$ExistingPolicy = aws --region cn-north-1 iam list-policies --scope Local --query 'Policies[].[PolicyName]' --output text | Where-Object { $_ -ieq 'guance-backup-policy' }
Assert-AwsSucceeded 'aws iam list-policies'
if ($ExistingGrantee -or $ExistingPolicy) {
    if ($ExistingGrantee) { Write-Output ('Role ' + $ExistingGrantee + ' already exists in this account (IAM names ignore case).') }
    if ($ExistingPolicy) { Write-Output ('Policy ' + $ExistingPolicy + ' already exists in this account (IAM names ignore case).') }
    throw 'Nothing was changed. If an earlier run left it, delete it (aws iam delete-role, aws iam delete-policy) and run this again; otherwise choose other names.'
}
aws --region cn-north-1 iam create-role `
  --role-name guance-backup-role `
  --assume-role-policy-document file://trust.json `
  --description 'Lets Guance read/write s3://guance-backup-logs'
Assert-AwsSucceeded 'aws iam create-role'
$PolicyArn = aws --region cn-north-1 iam create-policy `
  --policy-name guance-backup-policy `
  --policy-document file://permissions.json `
  --description 'Lets Guance read/write s3://guance-backup-logs' `
  --query Policy.Arn `
  --output text
Assert-AwsSucceeded 'aws iam create-policy'
aws --region cn-north-1 iam attach-role-policy --role-name guance-backup-role --policy-arn $PolicyArn
Assert-AwsSucceeded 'aws iam attach-role-policy'
Write-Output 'Role ARN to send to Guance:'
aws --region cn-north-1 iam get-role --role-name guance-backup-role --query Role.Arn --output text
Assert-AwsSucceeded 'aws iam get-role'

} finally {
    $env:AWS_PAGER = $PagerBefore
    Pop-Location
    Remove-Item -Recurse -Force $Scratch
}
}
