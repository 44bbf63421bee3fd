# Creates the IAM role snowflake-stage-access for Snowflake and prints its ARN.
# No provider block here: use your own `provider "aws"` configuration, signed in to the account
# that owns the bucket. Then run `terraform init` and `terraform apply`.

# Step 1 of 2: the role starts with a placeholder trust that no one can use, because Snowflake
# names its principal and external ID only once it has the role ARN. When it has, enter them on
# the page: put the trust policy it then shows in place of the placeholder, and run terraform apply again.

resource "aws_iam_role" "vendor" {
  name               = "snowflake-stage-access"
  description        = "Lets Snowflake read/write s3://acme-snowflake-stage"
  assume_role_policy = <<-JSON
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Sid": "PlaceholderUntilTheVendorIsKnown",
          "Effect": "Allow",
          "Principal": {
            "AWS": "arn:aws:iam::210987654321:root"
          },
          "Action": [
            "sts:AssumeRole"
          ],
          "Condition": {
            "ArnEquals": {
              "aws:PrincipalArn": "arn:aws:iam::210987654321:role/snowflake-stage-access"
            }
          }
        }
      ]
    }
  JSON
}

resource "aws_iam_policy" "vendor" {
  name        = "snowflake-stage-access-policy"
  description = "Lets Snowflake read/write s3://acme-snowflake-stage"
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
            "arn:aws:s3:::acme-snowflake-stage"
          ]
        },
        {
          "Sid": "ListPrefix",
          "Effect": "Allow",
          "Action": [
            "s3:ListBucket"
          ],
          "Resource": [
            "arn:aws:s3:::acme-snowflake-stage"
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
            "s3:AbortMultipartUpload",
            "s3:GetObject",
            "s3:PutObject"
          ],
          "Resource": [
            "arn:aws:s3:::acme-snowflake-stage/exports/*"
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
