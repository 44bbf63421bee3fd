# Creates the IAM role acme-analytics-s3-access for Acme Analytics and prints its ARN.
# No provider block here: use your own `provider "aws"` configuration, signed in to the account
# that owns the bucket. Then run `terraform init` and `terraform apply`.

resource "aws_iam_role" "vendor" {
  name               = "acme-analytics-s3-access"
  description        = "Lets Acme Analytics read/write s3://acme-sse-kms"
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
              "sts:ExternalId": "acme-ext-2f9d1c"
            }
          }
        }
      ]
    }
  JSON
}

resource "aws_iam_policy" "vendor" {
  name        = "acme-analytics-s3-access-policy"
  description = "Lets Acme Analytics read/write s3://acme-sse-kms"
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
            "arn:aws:s3:::acme-sse-kms"
          ]
        },
        {
          "Sid": "ListPrefix",
          "Effect": "Allow",
          "Action": [
            "s3:ListBucket"
          ],
          "Resource": [
            "arn:aws:s3:::acme-sse-kms"
          ],
          "Condition": {
            "StringLike": {
              "s3:prefix": [
                "données/export/",
                "données/export/*"
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
            "arn:aws:s3:::acme-sse-kms/données/export/*"
          ]
        },
        {
          "Sid": "UseBucketKey",
          "Effect": "Allow",
          "Action": [
            "kms:GenerateDataKey",
            "kms:Decrypt"
          ],
          "Resource": [
            "arn:aws:kms:eu-west-1:210987654321:key/1234abcd-12ab-34cd-56ef-1234567890ab"
          ],
          "Condition": {
            "StringEquals": {
              "kms:ViaService": "s3.eu-west-1.amazonaws.com"
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
            "arn:aws:s3:::acme-sse-kms",
            "arn:aws:s3:::acme-sse-kms/*",
            "arn:aws:kms:eu-west-1:210987654321:key/1234abcd-12ab-34cd-56ef-1234567890ab"
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
  value       = "acme-ext-2f9d1c"
}
