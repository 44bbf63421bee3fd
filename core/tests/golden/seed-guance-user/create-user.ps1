# Creates the IAM user guance-backup-user for Guance and creates its access key.
# Run it in Windows PowerShell 5.1 or PowerShell 7, signed in to the account that owns the bucket:
# paste it into the console, or save it as create-user.ps1 and run it with
#   powershell -NoProfile -ExecutionPolicy Bypass -File .\create-user.ps1
# (the default execution policy blocks saved scripts; -ExecutionPolicy applies to that run only).
# It stops, changing nothing, if the role or policy already exists.
# The secret access key appears only once, in your own terminal (or Terraform state); Rolesmith never sees it.
# Send the key ID and secret straight to the vendor over a secure channel, and keep no other copy.
# A role with an external ID is the safer choice whenever the vendor supports one: no long-lived secret to leak or rotate.
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

$ExistingGrantee = aws --region cn-north-1 iam list-users --query 'Users[].[UserName]' --output text | Where-Object { $_ -ieq 'guance-backup-user' }
Assert-AwsSucceeded 'aws iam list-users'
$ExistingPolicy = aws --region cn-north-1 iam list-policies --scope Local --query 'Policies[].[PolicyName]' --output text | Where-Object { $_ -ieq 'guance-backup-policy' }
Assert-AwsSucceeded 'aws iam list-policies'
if ($ExistingGrantee -or $ExistingPolicy) {
    if ($ExistingGrantee) { Write-Output ('User ' + $ExistingGrantee + ' already exists in this account (IAM names ignore case).') }
    if ($ExistingPolicy) { Write-Output ('Policy ' + $ExistingPolicy + ' already exists in this account (IAM names ignore case).') }
    throw 'Nothing was changed. If an earlier run left it, delete it (aws iam delete-user, aws iam delete-policy) and run this again; otherwise choose other names.'
}
aws --region cn-north-1 iam create-user --user-name guance-backup-user
Assert-AwsSucceeded 'aws iam create-user'
$PolicyArn = aws --region cn-north-1 iam create-policy `
  --policy-name guance-backup-policy `
  --policy-document file://permissions.json `
  --description 'Lets Guance read/write s3://guance-backup-logs' `
  --query Policy.Arn `
  --output text
Assert-AwsSucceeded 'aws iam create-policy'
aws --region cn-north-1 iam attach-user-policy --user-name guance-backup-user --policy-arn $PolicyArn
Assert-AwsSucceeded 'aws iam attach-user-policy'
Write-Output 'The secret access key appears only once, in your own terminal (or Terraform state); Rolesmith never sees it.'
Write-Output 'Send the key ID and secret straight to the vendor over a secure channel, and keep no other copy.'
aws --region cn-north-1 iam create-access-key `
  --user-name guance-backup-user `
  --query 'AccessKey.[AccessKeyId,SecretAccessKey]' `
  --output text
Assert-AwsSucceeded 'aws iam create-access-key'

} finally {
    $env:AWS_PAGER = $PagerBefore
    Pop-Location
    Remove-Item -Recurse -Force $Scratch
}
}
