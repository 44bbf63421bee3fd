# Creates the IAM role logz-io-s3-access for Logz.io and prints its ARN.
# Run it in Windows PowerShell 5.1 or PowerShell 7, signed in to the account that owns the bucket.
$ErrorActionPreference = 'Stop'

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
'@ | Set-Content -Path permissions.json -Encoding ascii

aws iam create-role `
  --role-name logz-io-s3-access `
  --assume-role-policy-document file://trust.json `
  --description 'Lets Logz.io read s3://acme-elb-logs'
Assert-AwsSucceeded 'aws iam create-role'

$PolicyArn = aws iam create-policy `
  --policy-name logz-io-s3-access-policy `
  --policy-document file://permissions.json `
  --description 'Lets Logz.io read s3://acme-elb-logs' `
  --query Policy.Arn --output text
Assert-AwsSucceeded 'aws iam create-policy'
aws iam attach-role-policy --role-name logz-io-s3-access --policy-arn $PolicyArn
Assert-AwsSucceeded 'aws iam attach-role-policy'

Write-Output 'Role ARN to send to Logz.io:'
aws iam get-role --role-name logz-io-s3-access --query Role.Arn --output text
Assert-AwsSucceeded 'aws iam get-role'
