// Package key is a customer-managed KMS key with rotation on, an alias, and a
// key policy that lets only the named AWS services of this account and region
// use it.
package key

import (
	"fmt"
	"slices"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/kmsalias"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/kmskey"

	"github.com/platform/estate/constructs/identity"
	"github.com/platform/estate/constructs/security"
	"github.com/platform/estate/envs"
)

// Service is an AWS service that may use the key on the account's behalf.
type Service string

// Services the key policy knows how to admit.
const (
	// Logs is CloudWatch Logs, which encrypts log groups with the key itself.
	Logs Service = "logs"
	// CloudWatch is CloudWatch alarms, which publish to topics encrypted
	// with the key.
	CloudWatch Service = "cloudwatch"
	// SNS, SecretsManager, RDS, DynamoDB and S3 use the key on behalf of
	// principals of the account (kms:ViaService).
	SNS            Service = "sns"
	SecretsManager Service = "secretsmanager"
	RDS            Service = "rds"
	DynamoDB       Service = "dynamodb"
	S3             Service = "s3"
)

// Config configures a key.
type Config struct {
	Identity *identity.Identity
	// Name is the alias, without the alias/ prefix.
	Name        string
	Description string
	// Spec is the spec's kms section: the deletion window (7-30 days).
	Spec envs.KMS
	// Services may use the key; nobody else but the account's IAM principals can.
	Services []Service
	// Protect makes Terraform refuse to destroy the key: the data it
	// encrypts would become unreadable once the deletion window passes.
	Protect bool
}

// Output is the key and its alias.
type Output struct {
	Key   kmskey.KmsKey
	Alias kmsalias.KmsAlias
	// ARN is the key's ARN, for encryption settings and grants; ID its key id.
	ARN *string
	ID  *string
	// Construct is the key's construct path in its stack, which names its grants.
	Construct string
}

// Encrypted is what a construct holding data encrypted with a key passes to
// its grants: its construct path in its stack (which names them) and the key
// (whose use they carry).
type Encrypted struct {
	Construct string
	Key       *Output
}

// New creates the key, its policy and its alias.
func New(scope constructs.Construct, id string, cfg Config) (*Output, error) {
	if days := cfg.Spec.DeletionWindowDays; days < 7 || days > 30 {
		return nil, fmt.Errorf("key %s: deletion window %d is outside 7-30 days", id, days)
	}
	if len(cfg.Services) == 0 {
		return nil, fmt.Errorf("key %s: no service may use the key; name at least one", id)
	}
	ident := cfg.Identity
	scope = constructs.NewConstruct(scope, jsii.String(id))

	statements := []security.Statement{{
		// Without this the key can become unmanageable; it also lets IAM
		// policies of the account grant use of the key (least privilege is
		// then enforced by those policies).
		Sid:        "AccountAdministration",
		Actions:    []string{"kms:*"},
		Resources:  []*string{jsii.String("*")},
		Principals: []security.Principal{{Type: "AWS", Identifiers: []*string{ident.RootPrincipal()}}},
	}}
	use := []string{"kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"}
	for _, svc := range cfg.Services {
		switch svc {
		case Logs:
			statements = append(statements, security.Statement{
				Sid:        "CloudWatchLogs",
				Actions:    use,
				Resources:  []*string{jsii.String("*")},
				Principals: []security.Principal{{Type: "Service", Identifiers: []*string{jsii.String("logs." + ident.Region + ".amazonaws.com")}}},
				Conditions: []security.Condition{{
					Test:     "ArnLike",
					Variable: "kms:EncryptionContext:aws:logs:arn",
					Values:   []*string{ident.ARN("logs", "log-group:*")},
				}},
			})
		case CloudWatch:
			statements = append(statements, security.Statement{
				Sid:        "CloudWatchAlarms",
				Actions:    []string{"kms:Decrypt", "kms:GenerateDataKey*"},
				Resources:  []*string{jsii.String("*")},
				Principals: []security.Principal{{Type: "Service", Identifiers: []*string{security.ServicePrincipal("cloudwatch")}}},
				Conditions: []security.Condition{{Test: "StringEquals", Variable: "aws:SourceAccount", Values: []*string{ident.AccountID}}},
			})
		case SNS, SecretsManager, RDS, DynamoDB, S3:
			statements = append(statements, security.Statement{
				Sid:        "Via" + string(svc),
				Actions:    slices.Concat(use, []string{"kms:CreateGrant"}),
				Resources:  []*string{jsii.String("*")},
				Principals: []security.Principal{{Type: "AWS", Identifiers: []*string{jsii.String("*")}}},
				Conditions: []security.Condition{
					{Test: "StringEquals", Variable: "kms:ViaService", Values: []*string{jsii.String(string(svc) + "." + ident.Region + ".amazonaws.com")}},
					{Test: "StringEquals", Variable: "kms:CallerAccount", Values: []*string{ident.AccountID}},
				},
			})
		default:
			return nil, fmt.Errorf("key %s: unknown service %q", id, svc)
		}
	}
	policy := security.PolicyDocument(scope, "policy", ident, statements...)

	k := kmskey.NewKmsKey(scope, jsii.String("key"), &kmskey.KmsKeyConfig{
		Provider:             ident.Provider,
		Description:          jsii.String(cfg.Description),
		EnableKeyRotation:    jsii.Bool(true),
		DeletionWindowInDays: jsii.Number(float64(cfg.Spec.DeletionWindowDays)),
		Policy:               policy.Json(),
		Tags:                 &map[string]*string{"Name": jsii.String(cfg.Name)},
		Lifecycle:            identity.Retain(cfg.Protect),
	})
	keyID := k.KeyId()
	alias := kmsalias.NewKmsAlias(scope, jsii.String("alias"), &kmsalias.KmsAliasConfig{
		Provider:    ident.Provider,
		Name:        jsii.String("alias/" + cfg.Name),
		TargetKeyId: keyID,
	})
	return &Output{Key: k, Alias: alias, ARN: k.Arn(), ID: keyID, Construct: identity.Path(scope)}, nil
}

// GrantDecrypt lets role decrypt with the key (reading encrypted data).
// Every grant on data the key encrypts carries it; a nil key grants nothing.
func (o *Output) GrantDecrypt(role *security.Role) {
	if o == nil {
		return
	}
	role.Grant(security.Grant{Resource: o.Construct, Action: "Decrypt", Statements: []security.Statement{{
		Actions:   []string{"kms:Decrypt", "kms:DescribeKey"},
		Resources: []*string{o.ARN},
	}}})
}

// GrantEncryptDecrypt lets role encrypt and decrypt with the key (reading
// and writing encrypted data). A nil key grants nothing.
func (o *Output) GrantEncryptDecrypt(role *security.Role) {
	if o == nil {
		return
	}
	role.Grant(security.Grant{Resource: o.Construct, Action: "EncryptDecrypt", Statements: []security.Statement{{
		Actions:   []string{"kms:Decrypt", "kms:DescribeKey", "kms:Encrypt", "kms:GenerateDataKey*", "kms:ReEncrypt*"},
		Resources: []*string{o.ARN},
	}}})
}
