# Creates the IAM role Test-UserAccess-Role for XMode and prints its ARN.
# No provider block here: use your own `provider "aws"` configuration, signed in to the account
# that owns the bucket. Then run `terraform init` and `terraform apply`.

# IAM can't tell a single-part upload from a part of a multipart one, so an upload that sends no
# ACL header still passes the Required ACL rule (the object then gets the default private ACL).
# Turning ACLs off on the bucket, Object Ownership "Bucket owner enforced" (the default for new
# buckets since April 2023), makes every object the bucket owner's whatever an upload sends.
# It applies to the whole bucket, so check that nothing else there relies on ACLs. The command:
#   aws s3api put-bucket-ownership-controls --bucket acme-xmode-delivery --ownership-controls 'Rules=[{ObjectOwnership=BucketOwnerEnforced}]'

resource "aws_iam_role" "vendor" {
  name               = "Test-UserAccess-Role"
  description        = "Lets XMode read/write/delete s3://acme-xmode-delivery"
  assume_role_policy = <<-JSON
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Sid": "TrustVendorWithExternalId",
          "Effect": "Allow",
          "Principal": {
            "AWS": "arn:aws:iam::366810793500:user/xmode-data-transfer"
          },
          "Action": [
            "sts:AssumeRole"
          ],
          "Condition": {
            "StringEquals": {
              "sts:ExternalId": "AcmeCorp-XMode-2026"
            }
          }
        }
      ]
    }
  JSON
}

resource "aws_iam_policy" "vendor" {
  name        = "my-policy"
  description = "Lets XMode read/write/delete s3://acme-xmode-delivery"
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
            "arn:aws:s3:::acme-xmode-delivery"
          ]
        },
        {
          "Sid": "ObjectLevel",
          "Effect": "Allow",
          "Action": [
            "s3:AbortMultipartUpload",
            "s3:DeleteObject",
            "s3:GetObject"
          ],
          "Resource": [
            "arn:aws:s3:::acme-xmode-delivery/*"
          ]
        },
        {
          "Sid": "WriteWithOwnerAcl",
          "Effect": "Allow",
          "Action": [
            "s3:PutObject"
          ],
          "Resource": [
            "arn:aws:s3:::acme-xmode-delivery/*"
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
            "arn:aws:s3:::acme-xmode-delivery",
            "arn:aws:s3:::acme-xmode-delivery/*"
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
  description = "The role ARN to send to XMode."
  value       = aws_iam_role.vendor.arn
}

output "external_id" {
  description = "The external ID the role requires; send it with the role ARN."
  value       = "AcmeCorp-XMode-2026"
}
