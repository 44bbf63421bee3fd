# Creates the IAM user guance-backup-user for Guance and creates its access key.
# No provider block here: use your own `provider "aws"` configuration, signed in to the account
# that owns the bucket. Then run `terraform init` and `terraform apply`.

# The secret access key appears only once, in your own terminal (or Terraform state); Rolesmith never sees it.
# Send the key ID and secret straight to the vendor over a secure channel, and keep no other copy.
# A role with an external ID is the safer choice whenever the vendor supports one: no long-lived secret to leak or rotate.
# Terraform keeps the secret in its state: protect the state, or rotate the key after handing it over.

resource "aws_iam_user" "vendor" {
  name = "guance-backup-user"
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
            "s3:CreateBucket",
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
            "s3:GetObject",
            "s3:PutObject"
          ],
          "Resource": [
            "arn:aws-cn:s3:::guance-backup-logs/*"
          ]
        },
        {
          "Sid": "AccountLevel",
          "Effect": "Allow",
          "Action": [
            "s3:ListAllMyBuckets"
          ],
          "Resource": [
            "*"
          ]
        }
      ]
    }
  JSON
}

resource "aws_iam_user_policy_attachment" "vendor" {
  user       = aws_iam_user.vendor.name
  policy_arn = aws_iam_policy.vendor.arn
}

resource "aws_iam_access_key" "vendor" {
  user = aws_iam_user.vendor.name
}

output "access_key_id" {
  description = "The access key ID to send to Guance."
  value       = aws_iam_access_key.vendor.id
}

output "secret_access_key" {
  description = "Read it with `terraform output -raw secret_access_key` and send it straight to the vendor."
  value       = aws_iam_access_key.vendor.secret
  sensitive   = true
}
