// Package security is IAM: policy documents built with the
// aws_iam_policy_document data source, and roles whose permissions come
// only from grants (role.go). Keys are in security/key.
package security

import (
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/dataawsiampolicydocument"

	"github.com/platform/estate/constructs/identity"
)

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
func PolicyDocument(scope constructs.Construct, id string, ident *identity.Identity, statements ...Statement) dataawsiampolicydocument.DataAwsIamPolicyDocument {
	rendered := render(statements)
	return dataawsiampolicydocument.NewDataAwsIamPolicyDocument(scope, jsii.String(id), &dataawsiampolicydocument.DataAwsIamPolicyDocumentConfig{
		Provider:  ident.Provider,
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
