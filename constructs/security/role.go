package security

import (
	"fmt"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/iamrole"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/iamrolepolicy"
)

// EnvironmentServices are the services whose resources carry an Environment
// tag; a role of one environment is denied them when tagged for another.
var EnvironmentServices = []string{
	"dynamodb:*", "s3:*", "rds:*", "rds-db:*", "secretsmanager:*", "ssm:*",
	"kms:*", "sns:*", "logs:*", "lambda:*", "cloudwatch:*",
}

// RoleConfig configures a role.
type RoleConfig struct {
	Env *Env
	// Name is the role's physical name; Description says what assumes it.
	Name        string
	Description string
	// AssumedBy may assume the role, under Conditions.
	AssumedBy  Principal
	Conditions []Condition
}

// Role is an IAM role whose permissions come only from grants: each grant is
// one inline policy, named after what it grants, so that a reviewer reads the
// role's permissions as a list of sentences.
type Role struct {
	Role iamrole.IamRole
	ARN  *string
	Name string

	env    *Env
	scope  constructs.Construct
	id     *string
	grants map[string]bool
}

// NewRole creates the role with its trust policy and, from the start, an
// explicit deny of every resource tagged for another environment.
func NewRole(scope constructs.Construct, id string, cfg RoleConfig) *Role {
	scope = constructs.NewConstruct(scope, jsii.String(id))
	trust := PolicyDocument(scope, "trust", cfg.Env, Statement{
		Actions:    []string{"sts:AssumeRole"},
		Principals: []Principal{cfg.AssumedBy},
		Conditions: cfg.Conditions,
	})
	role := iamrole.NewIamRole(scope, jsii.String("role"), &iamrole.IamRoleConfig{
		Provider:         cfg.Env.Provider,
		Name:             jsii.String(cfg.Name),
		Description:      jsii.String(cfg.Description),
		AssumeRolePolicy: trust.Json(),
	})
	r := &Role{Role: role, ARN: role.Arn(), Name: cfg.Name, env: cfg.Env, scope: scope, id: role.Id(), grants: map[string]bool{}}
	r.Grant("deny-other-environments", Statement{
		Sid:       "DenyOtherEnvironments",
		Deny:      true,
		Actions:   EnvironmentServices,
		Resources: []*string{jsii.String("*")},
		Conditions: []Condition{
			{Test: "Null", Variable: "aws:ResourceTag/Environment", Values: []*string{jsii.String("false")}},
			{Test: "StringNotEquals", Variable: "aws:ResourceTag/Environment", Values: []*string{jsii.String(cfg.Env.Spec.Name)}},
		},
	})
	return r
}

// Grant attaches statements as one inline policy named name, and returns it
// (for a resource that must not be created before it). Each name may be
// granted once: a second grant of the same name is a programming error.
func (r *Role) Grant(name string, statements ...Statement) iamrolepolicy.IamRolePolicy {
	if r.grants[name] {
		panic(fmt.Sprintf("role %s: grant %q given twice", r.Name, name))
	}
	r.grants[name] = true
	doc := PolicyDocument(r.scope, "grant-"+name, r.env, statements...)
	return iamrolepolicy.NewIamRolePolicy(r.scope, jsii.String("policy-"+name), &iamrolepolicy.IamRolePolicyConfig{
		Provider: r.env.Provider,
		Name:     jsii.String(name),
		Role:     r.id,
		Policy:   doc.Json(),
	})
}
