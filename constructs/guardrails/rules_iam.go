package guardrails

import (
	"slices"
	"strings"
)

// IAM: policies.
func init() {
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
