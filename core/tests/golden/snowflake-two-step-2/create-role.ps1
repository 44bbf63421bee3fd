# Creates the IAM role snowflake-stage-access for Snowflake and prints its ARN.
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
$CallerAccount = aws sts get-caller-identity --query Account --output text
Assert-AwsSucceeded 'aws sts get-caller-identity'
if ($CallerAccount -ne '210987654321') {
    throw 'Nothing was changed: this shell is signed in to another account than 210987654321, the one the trust policy names. Sign in to 210987654321, or correct your AWS account ID on the page.'
}

@'
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "PlaceholderUntilTheVendorIsKnown",
      "Effect": "Allow",
      "Principal": {
        "AWS": "arn:aws:iam::210987654321:root"
      },
      "Action": [
        "sts:AssumeRole"
      ],
      "Condition": {
        "ArnEquals": {
          "aws:PrincipalArn": "arn:aws:iam::210987654321:role/snowflake-stage-access"
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
        "arn:aws:s3:::acme-snowflake-stage"
      ]
    },
    {
      "Sid": "ListPrefix",
      "Effect": "Allow",
      "Action": [
        "s3:ListBucket"
      ],
      "Resource": [
        "arn:aws:s3:::acme-snowflake-stage"
      ],
      "Condition": {
        "StringLike": {
          "s3:prefix": [
            "exports/",
            "exports/*"
          ]
        }
      }
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
        "arn:aws:s3:::acme-snowflake-stage/exports/*"
      ]
    }
  ]
}
'@ | Set-Content -Path permissions.json -Encoding ascii

$ExistingGrantee = aws iam list-roles --query 'Roles[].[RoleName]' --output text | Where-Object { $_ -ieq 'snowflake-stage-access' }
Assert-AwsSucceeded 'aws iam list-roles'
$ExistingPolicy = aws iam list-policies --scope Local --query 'Policies[].[PolicyName]' --output text | Where-Object { $_ -ieq 'snowflake-stage-access-policy' }
Assert-AwsSucceeded 'aws iam list-policies'
if ($ExistingGrantee -or $ExistingPolicy) {
    if ($ExistingGrantee) { Write-Output ('Role ' + $ExistingGrantee + ' already exists in this account (IAM names ignore case).') }
    if ($ExistingPolicy) { Write-Output ('Policy ' + $ExistingPolicy + ' already exists in this account (IAM names ignore case).') }
    throw 'Nothing was changed. If an earlier run left it, delete it (aws iam delete-role, aws iam delete-policy) and run this again; otherwise choose other names.'
}
aws iam create-role `
  --role-name snowflake-stage-access `
  --assume-role-policy-document file://trust.json `
  --description 'Lets Snowflake read/write s3://acme-snowflake-stage'
Assert-AwsSucceeded 'aws iam create-role'
$PolicyArn = aws iam create-policy `
  --policy-name snowflake-stage-access-policy `
  --policy-document file://permissions.json `
  --description 'Lets Snowflake read/write s3://acme-snowflake-stage' `
  --query Policy.Arn `
  --output text
Assert-AwsSucceeded 'aws iam create-policy'
aws iam attach-role-policy --role-name snowflake-stage-access --policy-arn $PolicyArn
Assert-AwsSucceeded 'aws iam attach-role-policy'
Write-Output 'Role ARN to send to Snowflake:'
aws iam get-role --role-name snowflake-stage-access --query Role.Arn --output text
Assert-AwsSucceeded 'aws iam get-role'

} finally {
    $env:AWS_PAGER = $PagerBefore
    Pop-Location
    Remove-Item -Recurse -Force $Scratch
}
}
