package guardrails

// CloudWatch Logs: log groups.
func init() {
	require("LOG-1", "log group has a retention period",
		"set retention_in_days (logs.retention_days in the spec)",
		"aws_cloudwatch_log_group", "keeps logs forever (no retention_in_days)",
		func(_ *Doc, _ string, r map[string]any) bool { return number(r["retention_in_days"]) > 0 })
	requireKey("LOG-2", "aws_cloudwatch_log_group", "log group", "",
		"set kms_key_id to the environment's key",
		func(_ *Doc, _ string, r map[string]any) bool { return set(r["kms_key_id"]) })
}
