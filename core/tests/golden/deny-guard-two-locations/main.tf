# Creates the IAM role acme-analytics-s3-access for Acme Analytics and prints its ARN.
# No provider block here: use your own `provider "aws"` configuration, signed in to the account
# that owns the bucket. Then run `terraform init` and `terraform apply`.

# IAM can't tell a single-part upload from a part of a multipart one, so an upload that sends no
# ACL header still passes the Required ACL rule (the object then gets the default private ACL).
# Turning ACLs off on the bucket, Object Ownership "Bucket owner enforced" (the default for new
# buckets since April 2023), makes every object the bucket owner's whatever an upload sends.
# It applies to each whole bucket, so check that nothing else there relies on ACLs. The commands:
#   aws s3api put-bucket-ownership-controls --bucket acme-exports --ownership-controls 'Rules=[{ObjectOwnership=BucketOwnerEnforced}]'
#   aws s3api put-bucket-ownership-controls --bucket acme-shared --ownership-controls 'Rules=[{ObjectOwnership=BucketOwnerEnforced}]'

resource "aws_iam_role" "vendor" {
  name               = "acme-analytics-s3-access"
  description        = "Lets Acme Analytics read/write s3://acme-exports and 1 more bucket"
  assume_role_policy = <<-JSON
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Sid": "TrustVendorWithExternalId",
          "Effect": "Allow",
          "Principal": {
            "AWS": "arn:aws:iam::366810793500:role/acme-ingest"
          },
          "Action": [
            "sts:AssumeRole"
          ],
          "Condition": {
            "StringEquals": {
              "sts:ExternalId": "acme-7f3a9e2b41d84c6e"
            }
          }
        }
      ]
    }
  JSON
}

resource "aws_iam_policy" "vendor" {
  name        = "acme-analytics-s3-access-policy"
  description = "Lets Acme Analytics read/write s3://acme-exports and 1 more bucket"
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
            "arn:aws:s3:::acme-exports",
            "arn:aws:s3:::acme-shared"
          ]
        },
        {
          "Sid": "ObjectLevel",
          "Effect": "Allow",
          "Action": [
            "s3:AbortMultipartUpload"
          ],
          "Resource": [
            "arn:aws:s3:::acme-exports/vendor/*",
            "arn:aws:s3:::acme-shared/incoming/*"
          ]
        },
        {
          "Sid": "WriteWithOwnerAcl",
          "Effect": "Allow",
          "Action": [
            "s3:PutObject"
          ],
          "Resource": [
            "arn:aws:s3:::acme-exports/vendor/*",
            "arn:aws:s3:::acme-shared/incoming/*"
          ],
          "Condition": {
            "StringEqualsIfExists": {
              "s3:x-amz-acl": "bucket-owner-full-control"
            },
            "Null": {
              "s3:x-amz-grant-full-control": "true",
              "s3:x-amz-grant-read": "true",
              "s3:x-amz-grant-read-acp": "true",
              "s3:x-amz-grant-write-acp": "true"
            }
          }
        },
        {
          "Sid": "DenyOutsideBucket",
          "Effect": "Deny",
          "Action": [
            "*"
          ],
          "NotResource": [
            "arn:aws:s3:::acme-exports",
            "arn:aws:s3:::acme-exports/*",
            "arn:aws:s3:::acme-shared",
            "arn:aws:s3:::acme-shared/*"
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
  description = "The role ARN to send to Acme Analytics."
  value       = aws_iam_role.vendor.arn
}

output "external_id" {
  description = "The external ID the role requires; send it with the role ARN."
  value       = "acme-7f3a9e2b41d84c6e"
}
