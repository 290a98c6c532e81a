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

	"github.com/platform/estate/constructs/security"
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
	Env *security.Env
	// Name is the alias, without the alias/ prefix.
	Name        string
	Description string
	// DeletionWindowDays is how long a deleted key can still be recovered (7-30).
	DeletionWindowDays int
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
	// ARN is the key's ARN, for encryption settings and grants.
	ARN *string
}

// New creates the key, its policy and its alias.
func New(scope constructs.Construct, id string, cfg Config) (*Output, error) {
	if cfg.DeletionWindowDays < 7 || cfg.DeletionWindowDays > 30 {
		return nil, fmt.Errorf("key %s: deletion window %d is outside 7-30 days", id, cfg.DeletionWindowDays)
	}
	if len(cfg.Services) == 0 {
		return nil, fmt.Errorf("key %s: no service may use the key; name at least one", id)
	}
	env := cfg.Env
	scope = constructs.NewConstruct(scope, jsii.String(id))

	statements := []security.Statement{{
		// Without this the key can become unmanageable; it also lets IAM
		// policies of the account grant use of the key (least privilege is
		// then enforced by those policies).
		Sid:        "AccountAdministration",
		Actions:    []string{"kms:*"},
		Resources:  []*string{jsii.String("*")},
		Principals: []security.Principal{{Type: "AWS", Identifiers: []*string{env.RootPrincipal()}}},
	}}
	use := []string{"kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"}
	for _, svc := range cfg.Services {
		switch svc {
		case Logs:
			statements = append(statements, security.Statement{
				Sid:        "CloudWatchLogs",
				Actions:    use,
				Resources:  []*string{jsii.String("*")},
				Principals: []security.Principal{{Type: "Service", Identifiers: []*string{jsii.String("logs." + env.Spec.Region + ".amazonaws.com")}}},
				Conditions: []security.Condition{{
					Test:     "ArnLike",
					Variable: "kms:EncryptionContext:aws:logs:arn",
					Values:   []*string{env.ARN("logs", "log-group:*")},
				}},
			})
		case CloudWatch:
			statements = append(statements, security.Statement{
				Sid:        "CloudWatchAlarms",
				Actions:    []string{"kms:Decrypt", "kms:GenerateDataKey*"},
				Resources:  []*string{jsii.String("*")},
				Principals: []security.Principal{{Type: "Service", Identifiers: []*string{security.ServicePrincipal("cloudwatch")}}},
				Conditions: []security.Condition{{Test: "StringEquals", Variable: "aws:SourceAccount", Values: []*string{env.AccountID}}},
			})
		case SNS, SecretsManager, RDS, DynamoDB, S3:
			statements = append(statements, security.Statement{
				Sid:        "Via" + string(svc),
				Actions:    slices.Concat(use, []string{"kms:CreateGrant"}),
				Resources:  []*string{jsii.String("*")},
				Principals: []security.Principal{{Type: "AWS", Identifiers: []*string{jsii.String("*")}}},
				Conditions: []security.Condition{
					{Test: "StringEquals", Variable: "kms:ViaService", Values: []*string{jsii.String(string(svc) + "." + env.Spec.Region + ".amazonaws.com")}},
					{Test: "StringEquals", Variable: "kms:CallerAccount", Values: []*string{env.AccountID}},
				},
			})
		default:
			return nil, fmt.Errorf("key %s: unknown service %q", id, svc)
		}
	}
	policy := security.PolicyDocument(scope, "policy", env, statements...)

	k := kmskey.NewKmsKey(scope, jsii.String("key"), &kmskey.KmsKeyConfig{
		Provider:             env.Provider,
		Description:          jsii.String(cfg.Description),
		EnableKeyRotation:    jsii.Bool(true),
		DeletionWindowInDays: jsii.Number(float64(cfg.DeletionWindowDays)),
		Policy:               policy.Json(),
		Tags:                 &map[string]*string{"Name": jsii.String(cfg.Name)},
		Lifecycle:            security.Retain(cfg.Protect),
	})
	alias := kmsalias.NewKmsAlias(scope, jsii.String("alias"), &kmsalias.KmsAliasConfig{
		Provider:    env.Provider,
		Name:        jsii.String("alias/" + cfg.Name),
		TargetKeyId: k.KeyId(),
	})
	return &Output{Key: k, Alias: alias, ARN: k.Arn()}, nil
}

// GrantDecrypt lets role decrypt with the key (reading encrypted data).
func (o *Output) GrantDecrypt(role *security.Role) {
	role.Grant("key-decrypt", security.Statement{
		Actions:   []string{"kms:Decrypt", "kms:DescribeKey"},
		Resources: []*string{o.ARN},
	})
}

// GrantEncryptDecrypt lets role encrypt and decrypt with the key (reading
// and writing encrypted data).
func (o *Output) GrantEncryptDecrypt(role *security.Role) {
	role.Grant("key-encrypt-decrypt", security.Statement{
		Actions:   []string{"kms:Decrypt", "kms:DescribeKey", "kms:Encrypt", "kms:GenerateDataKey*", "kms:ReEncrypt*"},
		Resources: []*string{o.ARN},
	})
}
