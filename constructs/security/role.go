package security

import (
	"fmt"
	"reflect"
	"strings"
	"unicode"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/dataawsiampolicydocument"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/iamrole"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/iamrolepolicy"

	"github.com/platform/estate/constructs/identity"
)

// EnvironmentServices are the services whose resources carry an Environment
// tag; a role of one environment is denied them when tagged for another.
var EnvironmentServices = []string{
	"dynamodb:*", "s3:*", "rds:*", "rds-db:*", "secretsmanager:*", "ssm:*",
	"kms:*", "sns:*", "logs:*", "lambda:*", "cloudwatch:*",
}

// RoleConfig configures a role.
type RoleConfig struct {
	Identity *identity.Identity
	// Name is the role's physical name; Description says what assumes it.
	Name        string
	Description string
	// AssumedBy may assume the role, under Conditions.
	AssumedBy  Principal
	Conditions []Condition
	// MaxSessionDurationSeconds bounds a session of the role (3600 to
	// 43200); zero leaves IAM's default of an hour.
	MaxSessionDurationSeconds int
}

// Role is an IAM role whose permissions come only from grants. All grants
// live in one inline policy, "permissions", a statement (Sid) per grant named
// after what is granted, so that a reviewer reads the role's permissions as
// a list of sentences. From the start it denies every resource tagged for
// another environment.
type Role struct {
	Role iamrole.IamRole
	ARN  *string
	Name string
	// Policy is the inline policy holding every grant: a resource that
	// needs the role's permissions when it is created depends on it.
	Policy iamrolepolicy.IamRolePolicy

	doc        dataawsiampolicydocument.DataAwsIamPolicyDocument
	statements []Statement
	bySid      map[string]Statement
}

// NewRole creates the role with its trust policy and its permissions
// policy, which holds the deny of other environments until grants add to it.
func NewRole(scope constructs.Construct, id string, cfg RoleConfig) *Role {
	ident := cfg.Identity
	scope = constructs.NewConstruct(scope, jsii.String(id))
	trust := PolicyDocument(scope, "trust", ident, Statement{
		Actions:    []string{"sts:AssumeRole"},
		Principals: []Principal{cfg.AssumedBy},
		Conditions: cfg.Conditions,
	})
	rc := &iamrole.IamRoleConfig{
		Provider:         ident.Provider,
		Name:             jsii.String(cfg.Name),
		Description:      jsii.String(cfg.Description),
		AssumeRolePolicy: trust.Json(),
	}
	if cfg.MaxSessionDurationSeconds != 0 {
		rc.MaxSessionDuration = jsii.Number(float64(cfg.MaxSessionDurationSeconds))
	}
	role := iamrole.NewIamRole(scope, jsii.String("role"), rc)
	deny := Statement{
		Sid:       "DenyOtherEnvironments",
		Deny:      true,
		Actions:   EnvironmentServices,
		Resources: []*string{jsii.String("*")},
		Conditions: []Condition{
			{Test: "Null", Variable: "aws:ResourceTag/Environment", Values: []*string{jsii.String("false")}},
			{Test: "StringNotEquals", Variable: "aws:ResourceTag/Environment", Values: []*string{jsii.String(ident.Environment)}},
		},
	}
	r := &Role{Role: role, ARN: role.Arn(), Name: cfg.Name, statements: []Statement{deny}, bySid: map[string]Statement{deny.Sid: deny}}
	r.doc = PolicyDocument(scope, "permissions", ident, r.statements...)
	r.Policy = iamrolepolicy.NewIamRolePolicy(scope, jsii.String("permissions-policy"), &iamrolepolicy.IamRolePolicyConfig{
		Provider: ident.Provider,
		Name:     jsii.String("permissions"),
		Role:     role.Id(),
		Policy:   r.doc.Json(),
	})
	return r
}

// Grant is a permission a construct gives a role on what it owns, in the
// manner of AWS CDK's grants (table.GrantReadWrite(role)).
type Grant struct {
	// Resource is the construct path, within its stack, of what is granted
	// ("table", "app-secret"); empty for a permission on no one resource of
	// the stack (such as EC2 network interfaces in general).
	Resource string
	// Action says what is granted, in CamelCase ("ReadWrite").
	Action string
	// Statements are the permissions.
	Statements []Statement
}

// Sid is the statement id of the grant's i-th statement: the resource path
// and the action in CamelCase ("table", "ReadWrite" is TableReadWrite; a
// second statement TableReadWrite2).
func (g Grant) Sid(i int) string {
	var b strings.Builder
	word := true
	for _, r := range g.Resource {
		switch {
		case r == '/' || r == '-' || r == '_' || r == '.':
			word = true
		case word:
			b.WriteRune(unicode.ToUpper(r))
			word = false
		default:
			b.WriteRune(r)
		}
	}
	b.WriteString(g.Action)
	if i > 0 {
		fmt.Fprintf(&b, "%d", i+1)
	}
	return b.String()
}

// Grant adds the grant's statements to the role's policy. Granting the
// same again changes nothing; two different grants under one name are a
// programming error.
//
// The whole statement list is set again on every grant: one round trip to
// the jsii runtime instead of a data source and a policy per grant.
func (r *Role) Grant(g Grant) {
	added := false
	for i, st := range g.Statements {
		st.Sid = g.Sid(i)
		if have, ok := r.bySid[st.Sid]; ok {
			if !reflect.DeepEqual(have, st) {
				panic(fmt.Sprintf("role %s: two different grants named %s", r.Name, st.Sid))
			}
			continue
		}
		r.bySid[st.Sid] = st
		r.statements = append(r.statements, st)
		added = true
	}
	if added {
		r.doc.PutStatement(render(r.statements))
	}
}

// Statements returns the role's statements, in order.
func (r *Role) Statements() []Statement { return append([]Statement(nil), r.statements...) }
