# Creates the IAM role logz-io-s3-access for Logz.io and prints its ARN.
# No provider block here: use your own `provider "aws"` configuration, signed in to the account
# that owns the bucket. Then run `terraform init` and `terraform apply`.

resource "aws_iam_role" "vendor" {
  name               = "logz-io-s3-access"
  description        = "Lets Logz.io read s3://acme-elb-logs"
  assume_role_policy = <<-JSON
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
  JSON
}

resource "aws_iam_policy" "vendor" {
  name        = "logz-io-s3-access-policy"
  description = "Lets Logz.io read s3://acme-elb-logs"
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
  JSON
}

resource "aws_iam_role_policy_attachment" "vendor" {
  role       = aws_iam_role.vendor.name
  policy_arn = aws_iam_policy.vendor.arn
}

output "role_arn" {
  description = "The role ARN to send to Logz.io."
  value       = aws_iam_role.vendor.arn
}

output "external_id" {
  description = "The external ID the role requires; send it with the role ARN."
  value       = "logzio-4f9c2a7e-acme"
}
