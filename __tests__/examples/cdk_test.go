package examples

import (
	"strings"
	"testing"

	"github.com/platform/estate/internal/jsonpath"
	"github.com/platform/estate/internal/layout"
)

const account = "${data.aws_caller_identity.account-caller.account_id}"

// cdkRows are the values the AWS CDK design (../shared/seeds/000_*.txt)
// names, per environment (dev, test, prod).
var cdkRows = []row{
	// _create_kms_key
	{"key rotation", "aws_kms_key", nil, []any{"enable_key_rotation"}, all(true)},
	{"kms_deletion_window", "aws_kms_key", nil, []any{"deletion_window_in_days"}, map[string]any{"dev": 7, "test": 15, "prod": 30}},
	{"key RemovalPolicy.RETAIN in prod", "aws_kms_key", nil, []any{"lifecycle", "prevent_destroy"}, map[string]any{"dev": nil, "test": nil, "prod": true}},
	{"alias_name alias/app-<env>", "aws_kms_alias", nil, []any{"name"}, all("alias/app-<env>")},

	// _create_s3_bucket
	{"bucket_name app-config-<env>-<account>", "aws_s3_bucket", nil, []any{"bucket"}, all("app-config-<env>-" + account)},
	{"versioned (s3_versioning)", "aws_s3_bucket_versioning", nil, []any{"versioning_configuration", "status"}, map[string]any{"dev": "Suspended", "test": "Enabled", "prod": "Enabled"}},
	{"encryption KMS with the key", "aws_s3_bucket_server_side_encryption_configuration", nil, []any{"rule", 0, "apply_server_side_encryption_by_default"},
		all(map[string]any{"sse_algorithm": "aws:kms", "kms_master_key_id": "${aws_kms_key.key_F64E54E4.arn}"})},
	{"block_public_access BLOCK_ALL", "aws_s3_bucket_public_access_block", nil, []any{"restrict_public_buckets"}, all(true)},
	{"object_ownership BUCKET_OWNER_ENFORCED", "aws_s3_bucket_ownership_controls", nil, []any{"rule", "object_ownership"}, all("BucketOwnerEnforced")},
	{"auto_delete_objects outside prod", "aws_s3_bucket", nil, []any{"force_destroy"}, map[string]any{"dev": true, "test": true, "prod": false}},
	{"lifecycle expiration (s3_lifecycle_days)", "aws_s3_bucket_lifecycle_configuration", nil, []any{"rule", 0, "expiration", "days"}, map[string]any{"dev": 30, "test": 90, "prod": 365}},
	// IA at 30 and GLACIER at 90 where they come before the expiration
	// (S3 refuses a transition on or after it; README: design -> project).
	{"lifecycle transitions", "aws_s3_bucket_lifecycle_configuration", nil, []any{"rule", 0, "transition"}, map[string]any{
		"dev":  nil,
		"test": []any{map[string]any{"days": 30.0, "storage_class": "STANDARD_IA"}},
		"prod": []any{map[string]any{"days": 30.0, "storage_class": "STANDARD_IA"}, map[string]any{"days": 90.0, "storage_class": "GLACIER"}},
	}},
	{"transfer_acceleration in prod", "aws_s3_bucket_accelerate_configuration", nil, []any{"status"}, map[string]any{"prod": "Enabled"}},
	{"OBJECT_CREATED notification in prod", "aws_s3_bucket_notification", nil, []any{"eventbridge"}, map[string]any{"prod": true}},

	// _create_dynamodb_table
	{"table_name app-data-<env>", "aws_dynamodb_table", nil, []any{"name"}, all("app-data-<env>")},
	{"partition_key id", "aws_dynamodb_table", nil, []any{"hash_key"}, all("id")},
	{"sort_key timestamp", "aws_dynamodb_table", nil, []any{"range_key"}, all("timestamp")},
	{"billing_mode", "aws_dynamodb_table", nil, []any{"billing_mode"}, map[string]any{"dev": "PAY_PER_REQUEST", "test": "PAY_PER_REQUEST", "prod": "PROVISIONED"}},
	{"read_capacity 10 when provisioned", "aws_dynamodb_table", nil, []any{"read_capacity"}, map[string]any{"dev": nil, "test": nil, "prod": 10}},
	{"write_capacity 5 when provisioned", "aws_dynamodb_table", nil, []any{"write_capacity"}, map[string]any{"dev": nil, "test": nil, "prod": 5}},
	{"encryption CUSTOMER_MANAGED with the key", "aws_dynamodb_table", nil, []any{"server_side_encryption"},
		all(map[string]any{"enabled": true, "kms_key_arn": "${aws_kms_key.key_F64E54E4.arn}"})},
	{"point_in_time_recovery", "aws_dynamodb_table", nil, []any{"point_in_time_recovery", "enabled"}, map[string]any{"dev": false, "test": true, "prod": true}},
	{"stream NEW_AND_OLD_IMAGES in prod", "aws_dynamodb_table", nil, []any{"stream_view_type"}, map[string]any{"dev": nil, "test": nil, "prod": "NEW_AND_OLD_IMAGES"}},
	{"removal_policy RETAIN in prod", "aws_dynamodb_table", nil, []any{"lifecycle", "prevent_destroy"}, map[string]any{"dev": nil, "test": nil, "prod": true}},
	{"table_class", "aws_dynamodb_table", nil, []any{"table_class"}, map[string]any{"dev": "STANDARD_INFREQUENT_ACCESS", "test": "STANDARD", "prod": "STANDARD"}},
	{"index GSI1-<env> on type and created_at, projection ALL", "aws_dynamodb_table", nil, []any{"global_secondary_index", 0}, map[string]any{
		"dev":  map[string]any{"name": "GSI1-dev", "hash_key": "type", "range_key": "created_at", "projection_type": "ALL"},
		"test": map[string]any{"name": "GSI1-test", "hash_key": "type", "range_key": "created_at", "projection_type": "ALL"},
		"prod": map[string]any{"name": "GSI1-prod", "hash_key": "type", "range_key": "created_at", "projection_type": "ALL", "read_capacity": 5.0, "write_capacity": 5.0},
	}},
	{"no TTL", "aws_dynamodb_table", nil, []any{"ttl"}, all(nil)},

	// _create_application_role, _create_admin_role
	{"role_name app-role-<env>", "aws_iam_role", map[string]any{"name": "app-role-<env>"}, []any{"name"}, all("app-role-<env>")},
	{"max_session_duration", "aws_iam_role", map[string]any{"name": "app-role-<env>"}, []any{"max_session_duration"}, map[string]any{"dev": 14400, "test": 14400, "prod": 43200}},
	{"role_name admin-role-<env>", "aws_iam_role", map[string]any{"name": "admin-role-<env>"}, []any{"name"}, all("admin-role-<env>")},

	// _create_log_groups
	{"log_group_name /aws/app/<env>, retention", "aws_cloudwatch_log_group", map[string]any{"name": "/aws/app/<env>"}, []any{"retention_in_days"}, map[string]any{"dev": 7, "test": 30, "prod": 90}},
	{"log group encryption_key", "aws_cloudwatch_log_group", map[string]any{"name": "/aws/app/<env>"}, []any{"kms_key_id"}, all("${aws_kms_key.key_F64E54E4.arn}")},
	{"error log group /aws/app/<env>/errors, ONE_YEAR in prod, ONE_MONTH elsewhere", "aws_cloudwatch_log_group", map[string]any{"name": "/aws/app/<env>/errors"}, []any{"retention_in_days"}, map[string]any{"dev": 30, "test": 30, "prod": 365}},
	{"metric filter pattern", "aws_cloudwatch_log_metric_filter", nil, []any{"pattern"}, all(`[timestamp, request, error_level="ERROR"]`)},
	{"metric filter namespace, name, value", "aws_cloudwatch_log_metric_filter", nil, []any{"metric_transformation"},
		all(map[string]any{"namespace": "App/<env>", "name": "ErrorCount", "value": "1", "default_value": "0"})},

	// _create_ssm_parameters
	{"connection_string SecureString dynamodb://<table>", "aws_ssm_parameter", map[string]any{"name": "/app/<env>/database/connection_string"}, []any{"value"}, all("dynamodb://${aws_dynamodb_table.table.name}")},
	{"connection_string type", "aws_ssm_parameter", map[string]any{"name": "/app/<env>/database/connection_string"}, []any{"type"}, all("SecureString")},
	{"config_bucket", "aws_ssm_parameter", map[string]any{"name": "/app/<env>/s3/config_bucket"}, []any{"value"}, all("${aws_s3_bucket.bucket_3056591E.id}")},
	{"logging/level", "aws_ssm_parameter", map[string]any{"name": "/app/<env>/logging/level"}, []any{"value"}, map[string]any{"dev": "DEBUG", "test": "INFO", "prod": "WARN"}},
	{"api/rate_limit", "aws_ssm_parameter", map[string]any{"name": "/app/<env>/api/rate_limit"}, []any{"value"}, map[string]any{"dev": "1000", "test": "5000", "prod": "10000"}},
	{"parameter description", "aws_ssm_parameter", map[string]any{"name": "/app/<env>/api/rate_limit"}, []any{"description"}, all("Configuration parameter for <env> environment")},

	// outputs
	{"output ConfigBucketName", "output", nil, []any{"bucket_name", "value"}, all("${aws_s3_bucket.bucket_3056591E.id}")},
	{"output ConfigBucketArn", "output", nil, []any{"bucket_arn", "value"}, all("${aws_s3_bucket.bucket_3056591E.arn}")},
	{"output AppTableName", "output", nil, []any{"table_name", "value"}, all("${aws_dynamodb_table.table.name}")},
	{"output AppTableArn", "output", nil, []any{"table_arn", "value"}, all("${aws_dynamodb_table.table.arn}")},
	{"output AppRoleArn", "output", nil, []any{"app_role_arn", "value"}, all("${aws_iam_role.app-role_42B844E6.arn}")},
	{"output AdminRoleArn", "output", nil, []any{"admin_role_arn", "value"}, all("${aws_iam_role.admin_role_106AA295.arn}")},
	{"output LogGroupName", "output", nil, []any{"log_group_name", "value"}, all("${aws_cloudwatch_log_group.monitoring_app-log_B22C0DD7.name}")},
	{"output KMSKeyId", "output", nil, []any{"kms_key_id", "value"}, all("${aws_kms_key.key_F64E54E4.key_id}")},
	{"output KMSKeyArn", "output", nil, []any{"kms_key_arn", "value"}, all("${aws_kms_key.key_F64E54E4.arn}")},
}

func TestCDKDesign(t *testing.T) {
	s := cdkRun.Get(t)
	if got := s.StackNames(); strings.Join(got, " ") != "app-dev app-prod app-test" {
		t.Fatalf("stacks %v, want app-dev, app-prod and app-test (no network: the design has none)", got)
	}
	check(t, s, cdkRows)
	for _, spec := range s.Project.Environments {
		env, doc := spec.Name, s.Docs[layout.AppStack(spec.Name, "")]
		t.Run(env, func(t *testing.T) {
			// _apply_tags and the app's Repository/Author tags, on every resource.
			tags := jsonpath.Get(doc, "provider", "aws", 0, "default_tags", 0, "tags")
			want := map[string]any{"Environment": env, "Application": "WebApp", "ManagedBy": "cdktf",
				"CostCenter": "WebApp-" + strings.ToUpper(env), "Owner": "WebAppTeam", "Repository": "unknown", "Author": "unknown"}
			if !equal(tags, want) {
				t.Errorf("tags %s, want %s", js(tags), js(want))
			}
			// The app role: assumed by EC2, and each of the design's statements.
			trust := statements(t, doc, "app-role_trust_")
			if !strings.Contains(js(trust), "ec2.amazonaws.com") {
				t.Errorf("app role trust %s: not EC2", js(trust))
			}
			st := statements(t, doc, "app-role_permissions_")
			bucket, table, key := "${aws_s3_bucket.bucket_3056591E.arn}", "${aws_dynamodb_table.table.arn}", "${aws_kms_key.key_F64E54E4.arn}"
			for _, c := range []struct {
				what      string
				actions   []string
				resource  string
				condition map[string]any
			}{
				{"s3 put with x-amz-server-side-encryption aws:kms", []string{"s3:PutObject"}, bucket + "/*",
					map[string]any{"test": "StringEquals", "variable": "s3:x-amz-server-side-encryption", "values": []any{"aws:kms"}}},
				{"s3 get", []string{"s3:GetObject"}, bucket + "/*", nil},
				{"s3 delete", []string{"s3:DeleteObject"}, bucket + "/*", nil},
				{"s3 list", []string{"s3:ListBucket"}, bucket, nil},
				{"dynamodb items", []string{"dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:Query", "dynamodb:Scan"}, table, nil},
				{"dynamodb index", []string{"dynamodb:Query"}, table + "/index/*", nil},
				{"kms", []string{"kms:Decrypt", "kms:GenerateDataKey*"}, key, nil},
				{"logs", []string{"logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"}, "${aws_cloudwatch_log_group.monitoring_app-log", nil},
				{"logs of the errors group", []string{"logs:PutLogEvents"}, "${aws_cloudwatch_log_group.monitoring_error-log", nil},
				{"ssm /app/<env>/*", []string{"ssm:GetParameter", "ssm:GetParameters", "ssm:GetParametersByPath"}, "arn:${data.aws_partition.account-partition.partition}:ssm:us-east-1:" + account + ":parameter/app/" + env, nil},
			} {
				if !hasStatement(st, c.actions, c.resource, c.condition) {
					t.Errorf("the app role lacks %s: %v on %s", c.what, c.actions, c.resource)
				}
			}
			// The admin role: the account's principals, denied other environments.
			if !strings.Contains(js(statements(t, doc, "admin_trust_")), ":root") {
				t.Error("the admin role is not assumed by the account's principals")
			}
			if !strings.Contains(js(statements(t, doc, "admin_permissions_")), `"StringNotEquals"`) {
				t.Error("the admin role does not deny other environments")
			}
		})
	}
	passes(t, s, "examples/cdk-python")
}
