# Creates the IAM role databend-test for Databend Cloud and prints its ARN.
# No provider block here: use your own `provider "aws"` configuration, signed in to the account
# that owns the bucket. Then run `terraform init` and `terraform apply`.

resource "aws_iam_role" "vendor" {
  name               = "databend-test"
  description        = "Lets Databend Cloud read/write/delete s3://test-bucket-123"
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
              "sts:ExternalId": "my-external-id-123"
            }
          }
        }
      ]
    }
  JSON
}

resource "aws_iam_policy" "vendor" {
  name        = "databend-test"
  description = "Lets Databend Cloud read/write/delete s3://test-bucket-123"
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
            "arn:aws:s3:::test-bucket-123"
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
            "arn:aws:s3:::test-bucket-123/*"
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
  description = "The role ARN to send to Databend Cloud."
  value       = aws_iam_role.vendor.arn
}

output "external_id" {
  description = "The external ID the role requires; send it with the role ARN."
  value       = "my-external-id-123"
}
