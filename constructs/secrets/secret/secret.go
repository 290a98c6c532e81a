// Package secret is an application secret in Secrets Manager, encrypted with
// the environment's key and rotated every N days by a rotation function (a
// handler of the application image).
package secret

import (
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/lambdapermission"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/secretsmanagersecret"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/secretsmanagersecretrotation"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/secretsmanagersecretversion"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/platform/estate/constructs/compute"
	"github.com/platform/estate/constructs/identity"
	"github.com/platform/estate/constructs/network"
	"github.com/platform/estate/constructs/secrets"
	"github.com/platform/estate/constructs/security"
	"github.com/platform/estate/constructs/security/key"
	"github.com/platform/estate/envs"
)

// Rotator settings: rotation is short and must never run twice at once.
const (
	RotationHandler        = "rotation.handler"
	RotatorMemoryMB        = 256
	RotatorTimeoutSeconds  = 60
	RotatorConcurrency     = 1
	ProtectedRecoveryDays  = 30
	DisposableRecoveryDays = 0
)

// Config configures the secret.
type Config struct {
	Identity *identity.Identity
	// Key encrypts the secret.
	Key *key.Output
	// Name is the secret's name; Description says what it holds.
	Name        string
	Description string
	// Spec is the spec's secrets section: the rotation interval.
	Spec envs.Secrets
	// Protect keeps a deleted secret recoverable for 30 days; otherwise it
	// is deleted at once, so the environment can be recreated. Protected,
	// Terraform refuses to destroy it.
	Protect bool
	// RotatorName names the rotation function; it runs RotationHandler of
	// Image, at Placement.
	RotatorName string
	Image       string
	Placement   network.Placement
	// LogRetentionDays is the rotation function's log retention.
	LogRetentionDays int
}

// Output is the secret.
type Output struct {
	Secret  secretsmanagersecret.SecretsmanagerSecret
	ARN     *string
	Rotator *compute.Output
	key.Encrypted
}

// New creates the secret, its rotation function and its rotation schedule.
func New(scope constructs.Construct, id string, cfg Config) (*Output, error) {
	ident := cfg.Identity
	scope = constructs.NewConstruct(scope, jsii.String(id))
	path := identity.Path(scope)
	recovery := DisposableRecoveryDays
	if cfg.Protect {
		recovery = ProtectedRecoveryDays
	}
	s := secretsmanagersecret.NewSecretsmanagerSecret(scope, jsii.String("secret"), &secretsmanagersecret.SecretsmanagerSecretConfig{
		Provider:             ident.Provider,
		Name:                 jsii.String(cfg.Name),
		Description:          jsii.String(cfg.Description),
		KmsKeyId:             cfg.Key.ARN,
		RecoveryWindowInDays: jsii.Number(float64(recovery)),
		Lifecycle:            identity.Retain(cfg.Protect),
	})

	// Every getter is a round trip to the jsii runtime: read each once.
	secretID, secretARN := s.Id(), s.Arn()

	// The first value: rotation functions start from the current version,
	// so there must be one. AWS generates it at apply time into a
	// write-only attribute: it is in no file, plan, log or state, and
	// rotation replaces it.
	version := secretsmanagersecretversion.NewSecretsmanagerSecretVersion(scope, jsii.String("initial-version"), &secretsmanagersecretversion.SecretsmanagerSecretVersionConfig{
		Provider: ident.Provider,
		SecretId: secretID,
	})
	secrets.Generate(version, "secret_string_wo", ident)

	rotator, err := compute.New(scope, "rotator", compute.Config{
		Identity:    ident,
		Key:         cfg.Key,
		Name:        cfg.RotatorName,
		Description: "Rotates the secret " + cfg.Name,
		Spec: envs.Lambda{
			ImageURI: cfg.Image, MemoryMB: RotatorMemoryMB, TimeoutSeconds: RotatorTimeoutSeconds, ReservedConcurrency: RotatorConcurrency,
		},
		Command:          []string{RotationHandler},
		Placement:        cfg.Placement,
		LogRetentionDays: cfg.LogRetentionDays,
		Environment:      map[string]*string{"SECRETS_MANAGER_ENDPOINT": jsii.String("https://secretsmanager." + ident.Region + ".amazonaws.com")},
	})
	if err != nil {
		return nil, err
	}
	out := &Output{Secret: s, ARN: secretARN, Rotator: rotator, Encrypted: key.Encrypted{Construct: path, Key: cfg.Key}}
	rotator.Role.Grant(security.Grant{Resource: path, Action: "Rotate", Statements: []security.Statement{{
		Actions: []string{
			"secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue",
			"secretsmanager:PutSecretValue", "secretsmanager:UpdateSecretVersionStage",
		},
		Resources: []*string{secretARN},
	}, {
		// GetRandomPassword acts on no resource.
		Actions:   []string{"secretsmanager:GetRandomPassword"},
		Resources: []*string{jsii.String("*")},
	}}})
	cfg.Key.GrantEncryptDecrypt(rotator.Role)

	permission := lambdapermission.NewLambdaPermission(scope, jsii.String("invoke"), &lambdapermission.LambdaPermissionConfig{
		Provider:     ident.Provider,
		StatementId:  jsii.String("SecretsManagerRotation"),
		Action:       jsii.String("lambda:InvokeFunction"),
		FunctionName: rotator.Name,
		Principal:    security.ServicePrincipal("secretsmanager"),
		SourceArn:    secretARN,
	})
	secretsmanagersecretrotation.NewSecretsmanagerSecretRotation(scope, jsii.String("rotation"), &secretsmanagersecretrotation.SecretsmanagerSecretRotationConfig{
		Provider:          ident.Provider,
		SecretId:          secretID,
		RotationLambdaArn: rotator.ARN,
		RotationRules: &secretsmanagersecretrotation.SecretsmanagerSecretRotationRotationRules{
			AutomaticallyAfterDays: jsii.Number(float64(cfg.Spec.RotationDays)),
		},
		DependsOn: &[]cdktf.ITerraformDependable{permission, version},
	})
	return out, nil
}

// GrantRead lets role read the secret's value, decrypting it with the
// secret's key.
func (o *Output) GrantRead(role *security.Role) {
	role.Grant(security.Grant{Resource: o.Construct, Action: "Read", Statements: []security.Statement{{
		Actions:   []string{"secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"},
		Resources: []*string{o.ARN},
	}}})
	o.Key.GrantDecrypt(role)
}
