# Creates the IAM role datadog-s3-access for Datadog and prints its ARN.
# No provider block here: use your own `provider "aws"` configuration, signed in to the account
# that owns the bucket. Then run `terraform init` and `terraform apply`.

resource "aws_iam_role" "vendor" {
  name               = "datadog-s3-access"
  description        = "Lets Datadog read/write s3://acme-dd-archives and 1 more bucket"
  assume_role_policy = <<-JSON
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Sid": "TrustVendorWithExternalId",
          "Effect": "Allow",
          "Principal": {
            "AWS": "arn:aws:iam::464622532012:root"
          },
          "Action": [
            "sts:AssumeRole"
          ],
          "Condition": {
            "StringEquals": {
              "sts:ExternalId": "9f4b2c1e7a3d4e5f8a6b0c2d1e3f4a5b"
            }
          }
        }
      ]
    }
  JSON
}

resource "aws_iam_policy" "vendor" {
  name        = "datadog-s3-access-policy"
  description = "Lets Datadog read/write s3://acme-dd-archives and 1 more bucket"
  policy      = <<-JSON
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
            "arn:aws:s3:::acme-dd-archives",
            "arn:aws:s3:::acme-dd-archives-eu"
          ]
        },
        {
          "Sid": "ListWholeBucket",
          "Effect": "Allow",
          "Action": [
            "s3:ListBucket"
          ],
          "Resource": [
            "arn:aws:s3:::acme-dd-archives"
          ]
        },
        {
          "Sid": "ListPrefix",
          "Effect": "Allow",
          "Action": [
            "s3:ListBucket"
          ],
          "Resource": [
            "arn:aws:s3:::acme-dd-archives-eu"
          ],
          "Condition": {
            "StringLike": {
              "s3:prefix": [
                "logs/",
                "logs/*",
                "audit/",
                "audit/*"
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
            "arn:aws:s3:::acme-dd-archives/*",
            "arn:aws:s3:::acme-dd-archives-eu/logs/*",
            "arn:aws:s3:::acme-dd-archives-eu/audit/*"
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
  description = "The role ARN to send to Datadog."
  value       = aws_iam_role.vendor.arn
}

output "external_id" {
  description = "The external ID the role requires; send it with the role ARN."
  value       = "9f4b2c1e7a3d4e5f8a6b0c2d1e3f4a5b"
}
