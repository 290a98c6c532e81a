package guardrails

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
)

// Rule is one guardrail.
type Rule struct {
	ID    string
	Title string
	// Fix says what to change.
	Fix   string
	Check func(d *Doc) []finding
}

// Rules are every guardrail, by id. Ids are stable: suppressions and
// reviews refer to them.
var Rules = map[string]*Rule{}

func rule(id, title, fix string, check func(d *Doc) []finding) {
	Rules[id] = &Rule{ID: id, Title: title, Fix: fix, Check: check}
}

// RuleIDs lists the rule ids, sorted.
func RuleIDs() []string { return slices.Sorted(maps.Keys(Rules)) }

// each applies f to every resource of typ, collecting its complaints.
func each(d *Doc, typ string, f func(id string, r map[string]any) string) []finding {
	var out []finding
	for _, id := range slices.Sorted(maps.Keys(d.resources(typ))) {
		if problem := f(id, d.resource(typ, id)); problem != "" {
			out = append(out, finding{typ, id, problem})
		}
	}
	return out
}

func set(v any) bool {
	switch x := v.(type) {
	case nil:
		return false
	case string:
		return x != ""
	case []any:
		return len(x) > 0
	}
	return true
}

func strList(v any) []string {
	var out []string
	switch x := v.(type) {
	case string:
		out = append(out, x)
	case []any:
		for _, e := range x {
			out = append(out, fmt.Sprint(e))
		}
	}
	return out
}

func number(v any) float64 { f, _ := v.(float64); return f }

func init() {
	// S3.
	rule("S3-1", "bucket encrypted with a customer-managed KMS key",
		"add an aws_s3_bucket_server_side_encryption_configuration with sse_algorithm aws:kms and the environment's key (constructs/data/bucket does)",
		func(d *Doc) []finding {
			return each(d, "aws_s3_bucket", func(id string, _ map[string]any) string {
				for _, c := range d.attached("aws_s3_bucket_server_side_encryption_configuration", "bucket", "aws_s3_bucket", id) {
					for _, r := range ruleList(c["rule"]) {
						def, _ := r["apply_server_side_encryption_by_default"].(map[string]any)
						if def["sse_algorithm"] == "aws:kms" && set(def["kms_master_key_id"]) {
							return ""
						}
					}
				}
				return "is not encrypted with a customer-managed KMS key (SSE-KMS)"
			})
		})
	rule("S3-2", "bucket blocks all public access",
		"add an aws_s3_bucket_public_access_block with block_public_acls, block_public_policy, ignore_public_acls and restrict_public_buckets all true",
		func(d *Doc) []finding {
			return each(d, "aws_s3_bucket", func(id string, _ map[string]any) string {
				for _, b := range d.attached("aws_s3_bucket_public_access_block", "bucket", "aws_s3_bucket", id) {
					if b["block_public_acls"] == true && b["block_public_policy"] == true && b["ignore_public_acls"] == true && b["restrict_public_buckets"] == true {
						return ""
					}
				}
				return "does not block all public access"
			})
		})
	rule("S3-3", "bucket policy denies requests without TLS",
		"attach a bucket policy with security.DenyInsecureTransport (Deny when aws:SecureTransport is false)",
		func(d *Doc) []finding {
			return each(d, "aws_s3_bucket", func(id string, _ map[string]any) string {
				for _, p := range d.attached("aws_s3_bucket_policy", "bucket", "aws_s3_bucket", id) {
					if deniesInsecureTransport(d.dataSource(p["policy"])) {
						return ""
					}
				}
				return "has no policy that denies requests without TLS"
			})
		})
	rule("S3-4", "bucket of a protected environment is versioned",
		"add an aws_s3_bucket_versioning with status Enabled (bucket.versioning: true in the spec)",
		func(d *Doc) []finding {
			if !d.opts.Protected {
				return nil
			}
			return each(d, "aws_s3_bucket", func(id string, _ map[string]any) string {
				for _, v := range d.attached("aws_s3_bucket_versioning", "bucket", "aws_s3_bucket", id) {
					if lookup(v, "versioning_configuration", "status") == "Enabled" {
						return ""
					}
				}
				return "is not versioned although the environment protects its data"
			})
		})

	// DynamoDB.
	rule("DDB-1", "table encrypted with a customer-managed KMS key",
		"set server_side_encryption { enabled = true, kms_key_arn = <the environment's key> }",
		func(d *Doc) []finding {
			return each(d, "aws_dynamodb_table", func(_ string, r map[string]any) string {
				if lookup(r, "server_side_encryption", "enabled") == true && set(lookup(r, "server_side_encryption", "kms_key_arn")) {
					return ""
				}
				return "is not encrypted with a customer-managed KMS key"
			})
		})
	rule("DDB-2", "table of a protected environment has point-in-time recovery",
		"set point_in_time_recovery { enabled = true } (dynamodb.point_in_time_recovery: true in the spec)",
		func(d *Doc) []finding {
			if !d.opts.Protected {
				return nil
			}
			return each(d, "aws_dynamodb_table", func(_ string, r map[string]any) string {
				if lookup(r, "point_in_time_recovery", "enabled") == true {
					return ""
				}
				return "has no point-in-time recovery although the environment protects its data"
			})
		})

	// RDS.
	rule("RDS-1", "database storage encrypted with a customer-managed KMS key",
		"set storage_encrypted = true and kms_key_id to the environment's key",
		func(d *Doc) []finding {
			return each(d, "aws_rds_cluster", func(_ string, r map[string]any) string {
				if r["storage_encrypted"] == true && set(r["kms_key_id"]) {
					return ""
				}
				return "is not encrypted with a customer-managed KMS key"
			})
		})
	rule("RDS-2", "database instances are not publicly accessible",
		"set publicly_accessible = false and keep the instances in isolated subnets",
		func(d *Doc) []finding {
			var out []finding
			for _, typ := range []string{"aws_rds_cluster_instance", "aws_db_instance"} {
				out = append(out, each(d, typ, func(_ string, r map[string]any) string {
					if r["publicly_accessible"] == false {
						return ""
					}
					return "is (or may default to) publicly accessible"
				})...)
			}
			return out
		})
	rule("RDS-3", "database of a protected environment has deletion protection",
		"set deletion_protection = true (database.deletion_protection: true in the spec)",
		func(d *Doc) []finding {
			if !d.opts.Protected {
				return nil
			}
			return each(d, "aws_rds_cluster", func(_ string, r map[string]any) string {
				if r["deletion_protection"] == true {
					return ""
				}
				return "has no deletion protection although the environment protects its data"
			})
		})
	rule("RDS-4", "database keeps backups for at least 7 days",
		"set backup_retention_period to 7 or more (database.backup_retention_days in the spec)",
		func(d *Doc) []finding {
			return each(d, "aws_rds_cluster", func(_ string, r map[string]any) string {
				if number(r["backup_retention_period"]) >= 7 {
					return ""
				}
				return fmt.Sprintf("keeps backups for %v day(s), fewer than 7", r["backup_retention_period"])
			})
		})

	// Logs.
	rule("LOG-1", "log group has a retention period",
		"set retention_in_days (logs.retention_days in the spec)",
		func(d *Doc) []finding {
			return each(d, "aws_cloudwatch_log_group", func(_ string, r map[string]any) string {
				if number(r["retention_in_days"]) > 0 {
					return ""
				}
				return "keeps logs forever (no retention_in_days)"
			})
		})
	rule("LOG-2", "log group encrypted with a customer-managed KMS key",
		"set kms_key_id to the environment's key",
		func(d *Doc) []finding {
			return each(d, "aws_cloudwatch_log_group", func(_ string, r map[string]any) string {
				if set(r["kms_key_id"]) {
					return ""
				}
				return "is not encrypted with a customer-managed KMS key"
			})
		})

	// Lambda.
	rule("LMB-1", "function runs in a VPC",
		"set vpc_config with the private subnets and a security group of its own (constructs/compute does)",
		func(d *Doc) []finding {
			return each(d, "aws_lambda_function", func(_ string, r map[string]any) string {
				if set(lookup(r, "vpc_config", "subnet_ids")) && set(lookup(r, "vpc_config", "security_group_ids")) {
					return ""
				}
				return "does not run in a VPC"
			})
		})
	rule("LMB-2", "function is traced",
		"set tracing_config { mode = \"Active\" }",
		func(d *Doc) []finding {
			return each(d, "aws_lambda_function", func(_ string, r map[string]any) string {
				if lookup(r, "tracing_config", "mode") == "Active" {
					return ""
				}
				return "is not traced (X-Ray)"
			})
		})
	rule("LMB-3", "function has reserved concurrency",
		"set reserved_concurrent_executions (lambda.reserved_concurrency in the spec), so one function cannot starve the account",
		func(d *Doc) []finding {
			return each(d, "aws_lambda_function", func(_ string, r map[string]any) string {
				if number(r["reserved_concurrent_executions"]) > 0 {
					return ""
				}
				return "has no reserved concurrency"
			})
		})
	rule("LMB-4", "function logs to a log group of its own",
		"create an aws_cloudwatch_log_group for the function (retention, key) and point logging_config.log_group at it",
		func(d *Doc) []finding {
			return each(d, "aws_lambda_function", func(_ string, r map[string]any) string {
				if s, _ := lookup(r, "logging_config", "log_group").(string); strings.HasPrefix(s, "${aws_cloudwatch_log_group.") {
					return ""
				}
				return "does not log to a log group the stack manages"
			})
		})

	// Security groups.
	rule("SG-1", "no ingress from anywhere",
		"admit traffic from a security group or a private range, never from 0.0.0.0/0 or ::/0",
		func(d *Doc) []finding {
			open := func(vs ...any) bool {
				for _, v := range vs {
					for _, c := range strList(v) {
						if c == "0.0.0.0/0" || c == "::/0" {
							return true
						}
					}
				}
				return false
			}
			var out []finding
			out = append(out, each(d, "aws_security_group", func(_ string, r map[string]any) string {
				for _, in := range ruleList(r["ingress"]) {
					if open(in["cidr_blocks"], in["ipv6_cidr_blocks"]) {
						return "admits ingress from anywhere"
					}
				}
				return ""
			})...)
			out = append(out, each(d, "aws_vpc_security_group_ingress_rule", func(_ string, r map[string]any) string {
				if open(r["cidr_ipv4"], r["cidr_ipv6"]) {
					return "admits ingress from anywhere"
				}
				return ""
			})...)
			out = append(out, each(d, "aws_security_group_rule", func(_ string, r map[string]any) string {
				if r["type"] == "ingress" && open(r["cidr_blocks"], r["ipv6_cidr_blocks"]) {
					return "admits ingress from anywhere"
				}
				return ""
			})...)
			return out
		})

	// IAM.
	rule("IAM-1", "no policy allows every action on every resource",
		"name the actions and the resources a grant needs (security.Role.Grant)",
		func(d *Doc) []finding {
			var out []finding
			for _, typ := range []string{"aws_iam_role_policy", "aws_iam_policy", "aws_s3_bucket_policy", "aws_sns_topic_policy", "aws_kms_key", "aws_iam_role"} {
				for _, attr := range []string{"policy", "assume_role_policy"} {
					out = append(out, each(d, typ, func(_ string, r map[string]any) string {
						if allowsEverything(d, r[attr]) {
							return "has a policy (" + attr + ") that allows every action on every resource"
						}
						return ""
					})...)
				}
			}
			return out
		})

	// SNS and Secrets Manager.
	rule("SNS-1", "topic encrypted with a customer-managed KMS key",
		"set kms_master_key_id to the environment's key",
		func(d *Doc) []finding {
			return each(d, "aws_sns_topic", func(_ string, r map[string]any) string {
				if s, _ := r["kms_master_key_id"].(string); s != "" && s != "alias/aws/sns" {
					return ""
				}
				return "is not encrypted with a customer-managed KMS key"
			})
		})
	rule("SM-1", "secret encrypted with a customer-managed KMS key",
		"set kms_key_id to the environment's key",
		func(d *Doc) []finding {
			return each(d, "aws_secretsmanager_secret", func(_ string, r map[string]any) string {
				if set(r["kms_key_id"]) {
					return ""
				}
				return "is not encrypted with a customer-managed KMS key"
			})
		})
	rule("SM-2", "secret is rotated",
		"add an aws_secretsmanager_secret_rotation (constructs/secrets/secret does)",
		func(d *Doc) []finding {
			return each(d, "aws_secretsmanager_secret", func(id string, _ map[string]any) string {
				if len(d.attached("aws_secretsmanager_secret_rotation", "secret_id", "aws_secretsmanager_secret", id)) > 0 {
					return ""
				}
				return "is never rotated"
			})
		})

	// Tags.
	rule("TAG-1", "taggable resources carry the required tags",
		"tag it through the provider's default_tags (stacks do) or its own tags",
		func(d *Doc) []finding {
			defaults := map[string][]string{}
			for _, p := range ruleList(lookup(d.raw, "provider", "aws")) {
				name := "aws"
				if alias, ok := p["alias"].(string); ok {
					name = "aws." + alias
				}
				for _, dt := range ruleList(p["default_tags"]) {
					tags, _ := dt["tags"].(map[string]any)
					for k := range tags {
						defaults[name] = append(defaults[name], k)
					}
				}
			}
			var out []finding
			types := make([]string, 0)
			for typ := range d.all("resource") {
				if Taggable[typ] {
					types = append(types, typ)
				}
			}
			sort.Strings(types)
			for _, typ := range types {
				out = append(out, each(d, typ, func(_ string, r map[string]any) string {
					provider, _ := r["provider"].(string)
					if provider == "" {
						provider = "aws"
					}
					have := slices.Clone(defaults[provider])
					tags, _ := r["tags"].(map[string]any)
					for k := range tags {
						have = append(have, k)
					}
					var missing []string
					for _, want := range d.opts.RequiredTags {
						if !slices.Contains(have, want) {
							missing = append(missing, want)
						}
					}
					if len(missing) > 0 {
						return "lacks the tags " + strings.Join(missing, ", ")
					}
					return ""
				})...)
			}
			return out
		})
}

// ruleList reads a block that cdktf writes as an object or a list of objects.
func ruleList(v any) []map[string]any {
	switch x := v.(type) {
	case map[string]any:
		return []map[string]any{x}
	case []any:
		var out []map[string]any
		for _, e := range x {
			if m, ok := e.(map[string]any); ok {
				out = append(out, m)
			}
		}
		return out
	}
	return nil
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

// allowsEverything reports whether a policy (a reference to a policy
// document data source, or literal JSON) allows "*" on "*".
func allowsEverything(d *Doc, policy any) bool {
	if doc := d.dataSource(policy); doc != nil {
		for _, s := range ruleList(doc["statement"]) {
			if s["effect"] != "Deny" && slices.Contains(strList(s["actions"]), "*") && slices.Contains(strList(s["resources"]), "*") {
				return true
			}
		}
		return false
	}
	s, _ := policy.(string)
	compact := strings.ReplaceAll(s, " ", "")
	return strings.Contains(compact, `"Effect":"Allow"`) &&
		(strings.Contains(compact, `"Action":"*"`) || strings.Contains(compact, `"Action":["*"]`)) &&
		(strings.Contains(compact, `"Resource":"*"`) || strings.Contains(compact, `"Resource":["*"]`))
}

// Taggable are the resource types that take tags, of those the estate uses
// and the common ones beside them. A test makes sure every type the app
// synthesizes is classified in Taggable or NotTaggable.
var Taggable = map[string]bool{}

// NotTaggable are resource types without tags.
var NotTaggable = map[string]bool{}

func init() {
	for _, t := range strings.Fields(`aws_vpc aws_subnet aws_route_table aws_internet_gateway aws_nat_gateway aws_eip
		aws_vpc_endpoint aws_flow_log aws_security_group aws_default_security_group aws_vpc_security_group_ingress_rule
		aws_vpc_security_group_egress_rule aws_kms_key aws_dynamodb_table aws_s3_bucket aws_rds_cluster
		aws_rds_cluster_instance aws_db_instance aws_db_subnet_group aws_db_parameter_group aws_rds_cluster_parameter_group
		aws_lambda_function aws_iam_role aws_iam_policy aws_cloudwatch_log_group aws_sns_topic aws_secretsmanager_secret
		aws_ssm_parameter aws_cloudwatch_metric_alarm`) {
		Taggable[t] = true
	}
	for _, t := range strings.Fields(`aws_route aws_route_table_association aws_kms_alias aws_iam_role_policy
		aws_s3_bucket_versioning aws_s3_bucket_server_side_encryption_configuration aws_s3_bucket_public_access_block
		aws_s3_bucket_policy aws_s3_bucket_ownership_controls aws_s3_bucket_lifecycle_configuration aws_sns_topic_policy
		aws_sns_topic_subscription aws_secretsmanager_secret_version aws_secretsmanager_secret_rotation aws_lambda_permission
		aws_cloudwatch_log_metric_filter aws_cloudwatch_dashboard aws_security_group_rule`) {
		NotTaggable[t] = true
	}
}
