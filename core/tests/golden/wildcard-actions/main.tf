# Creates the IAM role snowflake-s3-access for Snowflake and prints its ARN.
# No provider block here: use your own `provider "aws"` configuration, signed in to the account
# that owns the bucket. Then run `terraform init` and `terraform apply`.

resource "aws_iam_role" "vendor" {
  name               = "snowflake-s3-access"
  description        = "Lets Snowflake read/write/delete s3://my.example.s3.bucket"
  assume_role_policy = <<-JSON
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Sid": "TrustVendorWithExternalId",
          "Effect": "Allow",
          "Principal": {
            "AWS": "arn:aws:iam::123456789012:role/databend/tnabcdefg/databend-tnabcdefg"
          },
          "Action": [
            "sts:AssumeRole"
          ],
          "Condition": {
            "StringEquals": {
              "sts:ExternalId": "EXTERNAL_FUNCTIONS_SFCRole=3_8Hcmbi9halFOkt+MdilPi7rdgOv="
            }
          }
        }
      ]
    }
  JSON
}

resource "aws_iam_policy" "vendor" {
  name        = "snowflake-s3-access-policy"
  description = "Lets Snowflake read/write/delete s3://my.example.s3.bucket"
  policy      = <<-JSON
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Sid": "ListPrefix",
          "Effect": "Allow",
          "Action": [
            "s3:ListBucket"
          ],
          "Resource": [
            "arn:aws:s3:::my.example.s3.bucket"
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
            "s3:DeleteObject",
            "s3:GetObject",
            "s3:PutObject",
            "s3:ReplicateObject",
            "s3:RestoreObject"
          ],
          "Resource": [
            "arn:aws:s3:::my.example.s3.bucket/exports/*"
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
  description = "The role ARN to send to Snowflake."
  value       = aws_iam_role.vendor.arn
}

output "external_id" {
  description = "The external ID the role requires; send it with the role ARN."
  value       = "EXTERNAL_FUNCTIONS_SFCRole=3_8Hcmbi9halFOkt+MdilPi7rdgOv="
}
