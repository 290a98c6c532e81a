package guardrails

import (
	"slices"
	"sort"
	"strings"

	"github.com/platform/estate/internal/jsonpath"
)

// Tags.
func init() {
	rule("TAG-1", "taggable resources carry the required tags",
		"tag it through the provider's default_tags (stacks do) or its own tags",
		func(d *Doc) []finding {
			defaults := map[string][]string{}
			for _, p := range ruleList(jsonpath.Get(d.raw, "provider", "aws")) {
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
