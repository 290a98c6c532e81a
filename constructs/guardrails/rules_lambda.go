package guardrails

import (
	"strings"

	"github.com/platform/estate/internal/jsonpath"
)

// Lambda: functions.
func init() {
	const fn = "aws_lambda_function"
	require("LMB-1", "function runs in a VPC",
		"set vpc_config with the private subnets and a security group of its own (constructs/compute does)",
		fn, "does not run in a VPC",
		func(_ *Doc, _ string, r map[string]any) bool {
			return set(jsonpath.Get(r, "vpc_config", "subnet_ids")) && set(jsonpath.Get(r, "vpc_config", "security_group_ids"))
		})
	require("LMB-2", "function is traced",
		"set tracing_config { mode = \"Active\" }",
		fn, "is not traced (X-Ray)",
		func(_ *Doc, _ string, r map[string]any) bool {
			return jsonpath.Get(r, "tracing_config", "mode") == "Active"
		})
	require("LMB-3", "function has reserved concurrency",
		"set reserved_concurrent_executions (lambda.reserved_concurrency in the spec), so one function cannot starve the account",
		fn, "has no reserved concurrency",
		func(_ *Doc, _ string, r map[string]any) bool { return number(r["reserved_concurrent_executions"]) > 0 })
	require("LMB-4", "function logs to a log group of its own",
		"create an aws_cloudwatch_log_group for the function (retention, key) and point logging_config.log_group at it",
		fn, "does not log to a log group the stack manages",
		func(_ *Doc, _ string, r map[string]any) bool {
			s, _ := jsonpath.Get(r, "logging_config", "log_group").(string)
			return strings.HasPrefix(s, "${aws_cloudwatch_log_group.")
		})
}
