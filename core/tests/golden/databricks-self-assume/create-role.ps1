# Creates the IAM role acme-uc-access for Databricks and prints its ARN.
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
'@ | Set-Content -Path permissions.json -Encoding ascii

$ExistingGrantee = aws iam list-roles --query 'Roles[].[RoleName]' --output text | Where-Object { $_ -ieq 'acme-uc-access' }
Assert-AwsSucceeded 'aws iam list-roles'
$ExistingPolicy = aws iam list-policies --scope Local --query 'Policies[].[PolicyName]' --output text | Where-Object { $_ -ieq 'acme-uc-access-policy' }
Assert-AwsSucceeded 'aws iam list-policies'
if ($ExistingGrantee -or $ExistingPolicy) {
    if ($ExistingGrantee) { Write-Output ('Role ' + $ExistingGrantee + ' already exists in this account (IAM names ignore case).') }
    if ($ExistingPolicy) { Write-Output ('Policy ' + $ExistingPolicy + ' already exists in this account (IAM names ignore case).') }
    throw 'Nothing was changed. If an earlier run left it, delete it (aws iam delete-role, aws iam delete-policy) and run this again; otherwise choose other names.'
}
aws iam create-role `
  --role-name acme-uc-access `
  --assume-role-policy-document file://trust.json `
  --description 'Lets Databricks read/write/delete s3://acme-unity-catalog'
Assert-AwsSucceeded 'aws iam create-role'
$PolicyArn = aws iam create-policy `
  --policy-name acme-uc-access-policy `
  --policy-document file://permissions.json `
  --description 'Lets Databricks read/write/delete s3://acme-unity-catalog' `
  --query Policy.Arn `
  --output text
Assert-AwsSucceeded 'aws iam create-policy'
aws iam attach-role-policy --role-name acme-uc-access --policy-arn $PolicyArn
Assert-AwsSucceeded 'aws iam attach-role-policy'
Write-Output 'Role ARN to send to Databricks:'
aws iam get-role --role-name acme-uc-access --query Role.Arn --output text
Assert-AwsSucceeded 'aws iam get-role'

} finally {
    $env:AWS_PAGER = $PagerBefore
    Pop-Location
    Remove-Item -Recurse -Force $Scratch
}
}
