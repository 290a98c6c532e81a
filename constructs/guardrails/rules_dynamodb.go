package guardrails

import "github.com/platform/estate/internal/jsonpath"

// DynamoDB: tables.
func init() {
	requireKey("DDB-1", "aws_dynamodb_table", "table", "",
		"set server_side_encryption { enabled = true, kms_key_arn = <the environment's key> }",
		func(_ *Doc, _ string, r map[string]any) bool {
			return jsonpath.Get(r, "server_side_encryption", "enabled") == true && set(jsonpath.Get(r, "server_side_encryption", "kms_key_arn"))
		})
	requireProtected("DDB-2", "table of a protected environment has point-in-time recovery",
		"set point_in_time_recovery { enabled = true } (dynamodb.point_in_time_recovery: true in the spec)",
		"aws_dynamodb_table", "has no point-in-time recovery",
		func(_ *Doc, _ string, r map[string]any) bool {
			return jsonpath.Get(r, "point_in_time_recovery", "enabled") == true
		})
}
