# Creates the IAM role acme-uc-access for Databricks and prints its ARN.
# No provider block here: use your own `provider "aws"` configuration, signed in to the account
# that owns the bucket. Then run `terraform init` and `terraform apply`.

resource "aws_iam_role" "vendor" {
  name               = "acme-uc-access"
  description        = "Lets Databricks read/write/delete s3://acme-unity-catalog"
  assume_role_policy = <<-JSON
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
}

resource "aws_iam_policy" "vendor" {
  name        = "acme-uc-access-policy"
  description = "Lets Databricks read/write/delete s3://acme-unity-catalog"
  policy      = <<-JSON
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
}

resource "aws_iam_role_policy_attachment" "vendor" {
  role       = aws_iam_role.vendor.name
  policy_arn = aws_iam_policy.vendor.arn
}

output "role_arn" {
  description = "The role ARN to send to Databricks."
  value       = aws_iam_role.vendor.arn
}

output "external_id" {
  description = "The external ID the role requires; send it with the role ARN."
  value       = "4a2f5d6e-8b1c-4c3d-9e0f-1a2b3c4d5e6f"
}
