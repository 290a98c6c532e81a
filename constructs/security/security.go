// Package security holds what every construct shares: the environment it is
// built for (provider, account, names, tags) and IAM policy documents built
// with the aws_iam_policy_document data source.
package security

import (
	"strings"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/dataawscalleridentity"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/dataawsiampolicydocument"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/dataawspartition"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/dataawssecretsmanagerrandompassword"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/platform/estate/envs"
)

// ManagedBy is the value of every resource's ManagedBy tag.
const ManagedBy = "cdktf"

// Namer derives physical resource names: <application>-<env>[-<suffix>]-<part>.
type Namer struct {
	Env    string
	Suffix string
}

// Prefix is the name every physical resource of the environment starts with.
func (n Namer) Prefix() string {
	p := envs.Application + "-" + n.Env
	if n.Suffix != "" {
		p += "-" + n.Suffix
	}
	return p
}

// Path is the environment's hierarchy root for SSM parameters and secrets:
// /<application>/<env>[-<suffix>].
func (n Namer) Path() string {
	p := "/" + envs.Application + "/" + n.Env
	if n.Suffix != "" {
		p += "-" + n.Suffix
	}
	return p
}

// Name joins the prefix and parts with hyphens.
func (n Namer) Name(parts ...string) string {
	return strings.Join(append([]string{n.Prefix()}, parts...), "-")
}

// Tags returns the tags every taggable resource of the environment carries.
// They are set once, as the AWS provider's default_tags.
// RequiredTags are the tags every taggable resource must carry (guardrail TAG-1).
var RequiredTags = []string{"Application", "Environment", "ManagedBy", "CostCenter", "Owner"}

func Tags(spec *envs.Spec, suffix string) map[string]*string {
	tags := map[string]*string{
		"Application": jsii.String(envs.Application),
		"Environment": jsii.String(spec.Name),
		"ManagedBy":   jsii.String(ManagedBy),
		"CostCenter":  jsii.String(spec.Tags.CostCenter),
		"Owner":       jsii.String(spec.Tags.Owner),
	}
	if suffix != "" {
		tags["DeploymentSuffix"] = jsii.String(suffix)
	}
	return tags
}

// Env is one environment as the constructs see it: which provider (and so
// which account and region) to build in, and how to name things.
type Env struct {
	Spec     *envs.Spec
	Provider cdktf.TerraformProvider
	Namer    Namer
	// AccountID and Partition are tokens resolved by Terraform.
	AccountID *string
	Partition *string
}

// NewEnv reads the account and partition of provider once, for every
// construct of the environment to share.
func NewEnv(scope constructs.Construct, id string, spec *envs.Spec, suffix string, provider cdktf.TerraformProvider) *Env {
	caller := dataawscalleridentity.NewDataAwsCallerIdentity(scope, jsii.String(id+"-caller"), &dataawscalleridentity.DataAwsCallerIdentityConfig{
		Provider: provider,
	})
	partition := dataawspartition.NewDataAwsPartition(scope, jsii.String(id+"-partition"), &dataawspartition.DataAwsPartitionConfig{
		Provider: provider,
	})
	return &Env{
		Spec:      spec,
		Provider:  provider,
		Namer:     Namer{Env: spec.Name, Suffix: suffix},
		AccountID: caller.AccountId(),
		Partition: partition.Partition(),
	}
}

// ARN builds an ARN in the environment's partition, region and account:
// ARN("logs", "log-group:/x") is arn:<partition>:logs:<region>:<account>:log-group:/x.
func (e *Env) ARN(service, resource string) *string {
	return jsii.String("arn:" + *e.Partition + ":" + service + ":" + e.Spec.Region + ":" + *e.AccountID + ":" + resource)
}

// RootPrincipal is the account's root principal, through which IAM policies
// in the account are allowed to grant access.
func (e *Env) RootPrincipal() *string {
	return jsii.String("arn:" + *e.Partition + ":iam::" + *e.AccountID + ":root")
}

// ServicePrincipal is the regional-agnostic principal of an AWS service.
func ServicePrincipal(service string) *string {
	return jsii.String(service + ".amazonaws.com")
}

// Statement is one IAM policy statement.
type Statement struct {
	Sid        string
	Deny       bool
	Actions    []string
	Resources  []*string
	Principals []Principal
	Conditions []Condition
}

// Principal names who a resource policy statement applies to.
type Principal struct {
	Type        string // AWS, Service, Federated or *
	Identifiers []*string
}

// Condition is one condition block of a statement.
type Condition struct {
	Test     string
	Variable string
	Values   []*string
}

// GeneratedValueLength is the length of a value from GeneratedValue.
const GeneratedValueLength = 64

// GeneratedValue is a random value that AWS generates when Terraform reads
// it (secretsmanager:GetRandomPassword), so that it never appears in the
// synthesized configuration, only in the (encrypted) state. It is new on every
// read: whatever stores it must ignore later changes of the value.
func GeneratedValue(scope constructs.Construct, id string, env *Env) *string {
	return dataawssecretsmanagerrandompassword.NewDataAwsSecretsmanagerRandomPassword(scope, jsii.String(id), &dataawssecretsmanagerrandompassword.DataAwsSecretsmanagerRandomPasswordConfig{
		Provider:           env.Provider,
		PasswordLength:     jsii.Number(GeneratedValueLength),
		ExcludePunctuation: jsii.Bool(true),
	}).RandomPassword()
}

// DenyInsecureTransport is the resource-policy statement that refuses
// actions on resources to any request not made over TLS.
func DenyInsecureTransport(actions []string, resources ...*string) Statement {
	return Statement{
		Sid:        "DenyInsecureTransport",
		Deny:       true,
		Actions:    actions,
		Resources:  resources,
		Principals: []Principal{{Type: "*", Identifiers: []*string{jsii.String("*")}}},
		Conditions: []Condition{{Test: "Bool", Variable: "aws:SecureTransport", Values: []*string{jsii.String("false")}}},
	}
}

// PolicyDocument renders statements through the aws_iam_policy_document data
// source, so Terraform (not string concatenation) writes the JSON.
func PolicyDocument(scope constructs.Construct, id string, env *Env, statements ...Statement) dataawsiampolicydocument.DataAwsIamPolicyDocument {
	rendered := render(statements)
	return dataawsiampolicydocument.NewDataAwsIamPolicyDocument(scope, jsii.String(id), &dataawsiampolicydocument.DataAwsIamPolicyDocumentConfig{
		Provider:  env.Provider,
		Statement: &rendered,
	})
}

// render converts statements to the data source's statement blocks.
func render(statements []Statement) []*dataawsiampolicydocument.DataAwsIamPolicyDocumentStatement {
	out := make([]*dataawsiampolicydocument.DataAwsIamPolicyDocumentStatement, len(statements))
	for i, s := range statements {
		st := &dataawsiampolicydocument.DataAwsIamPolicyDocumentStatement{
			Effect:  jsii.String("Allow"),
			Actions: jsii.Strings(s.Actions...),
		}
		if len(s.Resources) > 0 {
			st.Resources = &s.Resources
		}
		if s.Sid != "" {
			st.Sid = jsii.String(s.Sid)
		}
		if s.Deny {
			st.Effect = jsii.String("Deny")
		}
		if len(s.Principals) > 0 {
			ps := make([]*dataawsiampolicydocument.DataAwsIamPolicyDocumentStatementPrincipals, len(s.Principals))
			for j, p := range s.Principals {
				ps[j] = &dataawsiampolicydocument.DataAwsIamPolicyDocumentStatementPrincipals{
					Type:        jsii.String(p.Type),
					Identifiers: &p.Identifiers,
				}
			}
			st.Principals = &ps
		}
		if len(s.Conditions) > 0 {
			cs := make([]*dataawsiampolicydocument.DataAwsIamPolicyDocumentStatementCondition, len(s.Conditions))
			for j, c := range s.Conditions {
				cs[j] = &dataawsiampolicydocument.DataAwsIamPolicyDocumentStatementCondition{
					Test:     jsii.String(c.Test),
					Variable: jsii.String(c.Variable),
					Values:   &c.Values,
				}
			}
			st.Condition = &cs
		}
		out[i] = st
	}
	return out
}

// Retain is the lifecycle of a resource that holds data: when protect is
// set, Terraform refuses any plan that would destroy it (prevent_destroy),
// so that data is never lost by accident. Lifting it takes a change of the
// configuration (ALLOW_DESTROY), which a reviewer sees. nil when !protect.
func Retain(protect bool) *cdktf.TerraformResourceLifecycle {
	if !protect {
		return nil
	}
	return &cdktf.TerraformResourceLifecycle{PreventDestroy: jsii.Bool(true)}
}
