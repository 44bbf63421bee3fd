# Creates the IAM role guance-backup-role for Guance and prints its ARN.
# No provider block here: use your own `provider "aws"` configuration, signed in to the account
# that owns the bucket. Then run `terraform init` and `terraform apply`.

resource "aws_iam_role" "vendor" {
  name               = "guance-backup-role"
  description        = "Lets Guance read/write s3://guance-backup-logs"
  assume_role_policy = <<-JSON
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Sid": "TrustVendorWithExternalId",
          "Effect": "Allow",
          "Principal": {
            "AWS": "arn:aws-cn:iam::588271335135:user/guance-s3-bakcuplog"
          },
          "Action": [
            "sts:AssumeRole"
          ],
          "Condition": {
            "StringEquals": {
              "sts:ExternalId": "gc-7f3a9e2b41d84c6e"
            }
          }
        }
      ]
    }
  JSON
}

resource "aws_iam_policy" "vendor" {
  name        = "guance-backup-policy"
  description = "Lets Guance read/write s3://guance-backup-logs"
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
            "arn:aws-cn:s3:::guance-backup-logs"
          ]
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
            "arn:aws-cn:s3:::guance-backup-logs/*"
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
  description = "The role ARN to send to Guance."
  value       = aws_iam_role.vendor.arn
}

output "external_id" {
  description = "The external ID the role requires; send it with the role ARN."
  value       = "gc-7f3a9e2b41d84c6e"
}
