package guardrails

import (
	"slices"

	"github.com/platform/estate/internal/jsonpath"
)

// S3: buckets.
func init() {
	bucket := func(settings string, match func(map[string]any) bool) ok {
		return func(d *Doc, id string, _ map[string]any) bool {
			return anyAttached(d, settings, "bucket", "aws_s3_bucket", id, match)
		}
	}
	requireKey("S3-1", "aws_s3_bucket", "bucket", " (SSE-KMS)",
		"add an aws_s3_bucket_server_side_encryption_configuration with sse_algorithm aws:kms and the environment's key (constructs/data/bucket does)",
		bucket("aws_s3_bucket_server_side_encryption_configuration", func(c map[string]any) bool {
			for _, r := range ruleList(c["rule"]) {
				def, _ := r["apply_server_side_encryption_by_default"].(map[string]any)
				if def["sse_algorithm"] == "aws:kms" && set(def["kms_master_key_id"]) {
					return true
				}
			}
			return false
		}))
	require("S3-2", "bucket blocks all public access",
		"add an aws_s3_bucket_public_access_block with block_public_acls, block_public_policy, ignore_public_acls and restrict_public_buckets all true",
		"aws_s3_bucket", "does not block all public access",
		bucket("aws_s3_bucket_public_access_block", func(b map[string]any) bool {
			return b["block_public_acls"] == true && b["block_public_policy"] == true && b["ignore_public_acls"] == true && b["restrict_public_buckets"] == true
		}))
	require("S3-3", "bucket policy denies requests without TLS",
		"attach a bucket policy with security.DenyInsecureTransport (Deny when aws:SecureTransport is false)",
		"aws_s3_bucket", "has no policy that denies requests without TLS",
		func(d *Doc, id string, _ map[string]any) bool {
			return anyAttached(d, "aws_s3_bucket_policy", "bucket", "aws_s3_bucket", id, func(p map[string]any) bool {
				return deniesInsecureTransport(d.dataSource(p["policy"]))
			})
		})
	requireProtected("S3-4", "bucket of a protected environment is versioned",
		"add an aws_s3_bucket_versioning with status Enabled (bucket.versioning: true in the spec)",
		"aws_s3_bucket", "is not versioned",
		bucket("aws_s3_bucket_versioning", func(v map[string]any) bool {
			return jsonpath.Get(v, "versioning_configuration", "status") == "Enabled"
		}))
}

// deniesInsecureTransport reports whether a policy document data source has
// a Deny statement conditioned on aws:SecureTransport = false.
func deniesInsecureTransport(doc map[string]any) bool {
	for _, s := range ruleList(doc["statement"]) {
		if s["effect"] != "Deny" {
			continue
		}
		for _, c := range ruleList(s["condition"]) {
			if c["test"] == "Bool" && c["variable"] == "aws:SecureTransport" && slices.Contains(strList(c["values"]), "false") {
				return true
			}
		}
	}
	return false
}
