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
	"github.com/platform/estate/constructs/security"
	"github.com/platform/estate/constructs/security/key"
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
	Env *security.Env
	Key *key.Output
	// Name is the secret's name; Description says what it holds.
	Name        string
	Description string
	// RotationDays is the rotation interval.
	RotationDays int
	// Protect keeps a deleted secret recoverable for 30 days; otherwise it
	// is deleted at once, so the environment can be recreated. Protected,
	// Terraform refuses to destroy it.
	Protect bool
	// Rotator is the rotation function's configuration; New fills in its
	// name, command, size, key and environment.
	Rotator compute.Config
}

// Output is the secret.
type Output struct {
	Secret  secretsmanagersecret.SecretsmanagerSecret
	ARN     *string
	Rotator *compute.Output
}

// New creates the secret, its rotation function and its rotation schedule.
func New(scope constructs.Construct, id string, cfg Config) (*Output, error) {
	env := cfg.Env
	scope = constructs.NewConstruct(scope, jsii.String(id))
	recovery := DisposableRecoveryDays
	if cfg.Protect {
		recovery = ProtectedRecoveryDays
	}
	s := secretsmanagersecret.NewSecretsmanagerSecret(scope, jsii.String("secret"), &secretsmanagersecret.SecretsmanagerSecretConfig{
		Provider:             env.Provider,
		Name:                 jsii.String(cfg.Name),
		Description:          jsii.String(cfg.Description),
		KmsKeyId:             cfg.Key.ARN,
		RecoveryWindowInDays: jsii.Number(float64(recovery)),
		Lifecycle:            security.Retain(cfg.Protect),
	})

	// Every getter is a round trip to the jsii runtime: read each once.
	secretID, secretARN := s.Id(), s.Arn()

	// The first value: rotation functions start from the current version,
	// so there must be one. AWS generates it; it never appears in the
	// synthesized configuration, and rotation replaces it.
	version := secretsmanagersecretversion.NewSecretsmanagerSecretVersion(scope, jsii.String("initial-version"), &secretsmanagersecretversion.SecretsmanagerSecretVersionConfig{
		Provider:     env.Provider,
		SecretId:     secretID,
		SecretString: security.GeneratedValue(scope, "initial-value", env),
		Lifecycle:    &cdktf.TerraformResourceLifecycle{IgnoreChanges: jsii.Strings("secret_string")},
	})

	rc := cfg.Rotator
	rc.Env, rc.KeyARN = env, cfg.Key.ARN
	rc.Name = env.Namer.Name("secret-rotation")
	rc.Description = "Rotates the secret " + cfg.Name
	rc.Command = []string{RotationHandler}
	rc.MemoryMB, rc.TimeoutSeconds, rc.ReservedConcurrency = RotatorMemoryMB, RotatorTimeoutSeconds, RotatorConcurrency
	rc.Environment = map[string]*string{"SECRETS_MANAGER_ENDPOINT": jsii.String("https://secretsmanager." + env.Spec.Region + ".amazonaws.com")}
	rotator, err := compute.New(scope, "rotator", rc)
	if err != nil {
		return nil, err
	}
	rotator.Role.Grant("rotate-secret", security.Statement{
		Actions: []string{
			"secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue",
			"secretsmanager:PutSecretValue", "secretsmanager:UpdateSecretVersionStage",
		},
		Resources: []*string{secretARN},
	}, security.Statement{
		// GetRandomPassword acts on no resource.
		Actions:   []string{"secretsmanager:GetRandomPassword"},
		Resources: []*string{jsii.String("*")},
	})
	cfg.Key.GrantEncryptDecrypt(rotator.Role)

	permission := lambdapermission.NewLambdaPermission(scope, jsii.String("invoke"), &lambdapermission.LambdaPermissionConfig{
		Provider:     env.Provider,
		StatementId:  jsii.String("SecretsManagerRotation"),
		Action:       jsii.String("lambda:InvokeFunction"),
		FunctionName: rotator.Name,
		Principal:    security.ServicePrincipal("secretsmanager"),
		SourceArn:    secretARN,
	})
	secretsmanagersecretrotation.NewSecretsmanagerSecretRotation(scope, jsii.String("rotation"), &secretsmanagersecretrotation.SecretsmanagerSecretRotationConfig{
		Provider:          env.Provider,
		SecretId:          secretID,
		RotationLambdaArn: rotator.ARN,
		RotationRules: &secretsmanagersecretrotation.SecretsmanagerSecretRotationRotationRules{
			AutomaticallyAfterDays: jsii.Number(float64(cfg.RotationDays)),
		},
		DependsOn: &[]cdktf.ITerraformDependable{permission, version},
	})
	return &Output{Secret: s, ARN: secretARN, Rotator: rotator}, nil
}

// GrantRead lets role read the secret's value. The key grant (decrypt) is
// separate.
func (o *Output) GrantRead(role *security.Role) {
	role.Grant("app-secret-read", security.Statement{
		Actions:   []string{"secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"},
		Resources: []*string{o.ARN},
	})
}
