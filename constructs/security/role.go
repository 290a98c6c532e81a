package security

import (
	"fmt"
	"strings"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/dataawsiampolicydocument"
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

// Role is an IAM role whose permissions come only from grants. All grants
// live in one inline policy, "permissions", one statement (Sid) per grant,
// named after what it grants, so that a reviewer reads the role's
// permissions as a list of sentences.
type Role struct {
	Role iamrole.IamRole
	ARN  *string
	Name string
	// Policy is the inline policy holding every grant: a resource that
	// needs the role's permissions when it is created depends on it.
	Policy iamrolepolicy.IamRolePolicy

	doc        dataawsiampolicydocument.DataAwsIamPolicyDocument
	statements []Statement
	sids       map[string]bool
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
	r := &Role{Role: role, ARN: role.Arn(), Name: cfg.Name, sids: map[string]bool{}}
	r.statements = []Statement{{
		Sid:       sid("deny-other-environments", 0),
		Deny:      true,
		Actions:   EnvironmentServices,
		Resources: []*string{jsii.String("*")},
		Conditions: []Condition{
			{Test: "Null", Variable: "aws:ResourceTag/Environment", Values: []*string{jsii.String("false")}},
			{Test: "StringNotEquals", Variable: "aws:ResourceTag/Environment", Values: []*string{jsii.String(cfg.Env.Spec.Name)}},
		},
	}}
	r.sids[r.statements[0].Sid] = true
	r.doc = PolicyDocument(scope, "permissions", cfg.Env, r.statements...)
	r.Policy = iamrolepolicy.NewIamRolePolicy(scope, jsii.String("permissions-policy"), &iamrolepolicy.IamRolePolicyConfig{
		Provider: cfg.Env.Provider,
		Name:     jsii.String("permissions"),
		Role:     role.Id(),
		Policy:   r.doc.Json(),
	})
	return r
}

// Grant adds statements to the role's policy under the name of the grant
// (table-read-write becomes the Sid TableReadWrite). Each name may be
// granted once: a second grant of the same name is a programming error.
//
// The whole statement list is set again on every grant: one round trip to
// the jsii runtime instead of a data source and a policy per grant.
func (r *Role) Grant(name string, statements ...Statement) {
	for i, st := range statements {
		st.Sid = sid(name, i)
		if r.sids[st.Sid] {
			panic(fmt.Sprintf("role %s: grant %q given twice", r.Name, name))
		}
		r.sids[st.Sid] = true
		r.statements = append(r.statements, st)
	}
	r.doc.PutStatement(render(r.statements))
}

// sid turns a grant name and a statement index into a statement id:
// ("bucket-read", 0) is BucketRead, ("bucket-read", 1) BucketRead2.
func sid(name string, i int) string {
	var b strings.Builder
	for _, word := range strings.Split(name, "-") {
		if word != "" {
			b.WriteString(strings.ToUpper(word[:1]) + word[1:])
		}
	}
	if i > 0 {
		fmt.Fprintf(&b, "%d", i+1)
	}
	return b.String()
}
