package stacks

import (
	"reflect"
	"strings"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/provider"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/secretsmanagersecretrotation"
	"github.com/hashicorp/terraform-cdk-go/cdktf"
)

// EmulatorAccountID is the account the local emulator (moto) reports for any
// credentials. The local target's providers accept no other account, so that
// its configuration can never be applied to a real AWS account by mistake.
const EmulatorAccountID = "123456789012"

// EmulatorGaps lists, by resource type, the attributes the local emulator
// (moto 5.2.1 with hashicorp/aws 5.x) does not store or reads back
// differently from what was written. Each would show as a change on every
// plan against the emulator, never against AWS, so the local target ignores
// changes to them. This and adaptForEmulator are the only places where the
// local target differs from the AWS target (besides where state is kept).
var EmulatorGaps = map[string][]string{
	// table_class always reads back STANDARD.
	"aws_dynamodb_table": {"table_class"},
	// parameter blocks read back without their apply method ("source").
	"aws_rds_cluster_parameter_group": {"parameter"},
	"aws_db_parameter_group":          {"parameter"},
	// A scaling_configuration is returned for a provisioned cluster.
	"aws_rds_cluster": {"scaling_configuration"},
	// Performance Insights is not stored.
	"aws_rds_cluster_instance": {"performance_insights_enabled", "performance_insights_kms_key_id", "performance_insights_retention_period"},
	// kms_key_arn and logging_config are not stored; an empty image_config is returned.
	"aws_lambda_function": {"kms_key_arn", "logging_config", "image_config"},
	// A rule that references a security group loses its description on
	// create (ingress as documented; measured here for egress as well).
	"aws_vpc_security_group_ingress_rule": {"description"},
	"aws_vpc_security_group_egress_rule":  {"description"},
}

// adaptForEmulator adapts every stack of app to the local emulator:
//   - the providers accept only the emulator's account;
//   - changes to the attributes of EmulatorGaps are ignored;
//   - secret rotation does not rotate at once: the emulator cannot run the
//     rotation function (no container runtime), and an immediate rotation
//     leaves the secret broken.
//
// One jsii call lists the constructs; each is told apart by the Go package
// of its binding (jsii hands back the concrete proxy of each class), not by
// a round trip per construct, nor by a Go type switch: the generated
// interfaces of some resources (ingress and egress rules) have identical
// method sets, so a switch would match the wrong one.
func adaptForEmulator(app constructs.Construct) {
	for _, c := range *app.Node().FindAll(constructs.ConstructOrder_PREORDER) {
		switch typ := terraformType(c); {
		case typ == "aws":
			// The emulator's one account, whatever account_id says, and no
			// role to assume (role_arn names a real account's).
			p := c.(provider.AwsProvider)
			p.SetAllowedAccountIds(jsii.Strings(EmulatorAccountID))
			if p.AssumeRole() != nil {
				p.ResetAssumeRole()
			}
		case typ == "aws_secretsmanager_secret_rotation":
			c.(secretsmanagersecretrotation.SecretsmanagerSecretRotation).SetRotateImmediately(jsii.Bool(false))
		case EmulatorGaps[typ] != nil:
			ignoreGaps(c.(cdktf.TerraformResource), typ)
		}
	}
}

// bindingPackages maps the Go package of a provider binding to the
// Terraform type of its resource, for the types adaptForEmulator touches.
var bindingPackages = map[string]string{
	"provider":                     "aws",
	"secretsmanagersecretrotation": "aws_secretsmanager_secret_rotation",
	"dynamodbtable":                "aws_dynamodb_table",
	"rdsclusterparametergroup":     "aws_rds_cluster_parameter_group",
	"dbparametergroup":             "aws_db_parameter_group",
	"rdscluster":                   "aws_rds_cluster",
	"rdsclusterinstance":           "aws_rds_cluster_instance",
	"lambdafunction":               "aws_lambda_function",
	"vpcsecuritygroupingressrule":  "aws_vpc_security_group_ingress_rule",
	"vpcsecuritygroupegressrule":   "aws_vpc_security_group_egress_rule",
}

// bindingRoot is the import path of the AWS provider bindings.
const bindingRoot = "github.com/cdktf/cdktf-provider-aws-go/aws/v19/"

// terraformType is the Terraform type of c when bindingPackages knows it.
func terraformType(c any) string {
	t := reflect.TypeOf(c)
	if t == nil || t.Kind() != reflect.Pointer {
		return ""
	}
	pkg, ok := strings.CutPrefix(t.Elem().PkgPath(), bindingRoot)
	if !ok {
		return ""
	}
	return bindingPackages[pkg]
}

// ignoreGaps adds the emulator gaps of typ to r's ignore_changes, keeping
// what the construct already ignores.
func ignoreGaps(r cdktf.TerraformResource, typ string) {
	lc := r.Lifecycle()
	if lc == nil {
		lc = &cdktf.TerraformResourceLifecycle{}
	}
	ignore := []*string{}
	if existing, ok := lc.IgnoreChanges.(*[]*string); ok && existing != nil {
		ignore = append(ignore, *existing...)
	}
	ignore = append(ignore, *jsii.Strings(EmulatorGaps[typ]...)...)
	lc.IgnoreChanges = &ignore
	r.SetLifecycle(lc)
}

// emulatorBackend points an S3 state backend at the emulator: path-style
// addresses (a bucket name cannot be a subdomain of 127.0.0.1).
func emulatorBackend(b cdktf.S3Backend) {
	b.AddOverride(jsii.String("use_path_style"), true)
}
