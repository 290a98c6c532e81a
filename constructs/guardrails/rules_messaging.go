package guardrails

// SNS topics and Secrets Manager secrets.
func init() {
	requireKey("SNS-1", "aws_sns_topic", "topic", "",
		"set kms_master_key_id to the environment's key",
		func(_ *Doc, _ string, r map[string]any) bool {
			s, _ := r["kms_master_key_id"].(string)
			return s != "" && s != "alias/aws/sns"
		})
	requireKey("SM-1", "aws_secretsmanager_secret", "secret", "",
		"set kms_key_id to the environment's key",
		func(_ *Doc, _ string, r map[string]any) bool { return set(r["kms_key_id"]) })
	require("SM-2", "secret is rotated",
		"add an aws_secretsmanager_secret_rotation (constructs/secrets/secret does)",
		"aws_secretsmanager_secret", "is never rotated",
		func(d *Doc, id string, _ map[string]any) bool {
			return len(d.attached("aws_secretsmanager_secret_rotation", "secret_id", "aws_secretsmanager_secret", id)) > 0
		})
}
