package stacks

import (
	"strconv"
	"strings"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/platform/estate/constructs/compute"
	"github.com/platform/estate/constructs/data/bucket"
	"github.com/platform/estate/constructs/data/database"
	"github.com/platform/estate/constructs/data/table"
	"github.com/platform/estate/constructs/identity"
	"github.com/platform/estate/constructs/monitoring"
	"github.com/platform/estate/constructs/network"
	"github.com/platform/estate/constructs/secrets/parameters"
	"github.com/platform/estate/constructs/secrets/secret"
	"github.com/platform/estate/constructs/security"
	"github.com/platform/estate/constructs/security/key"
	"github.com/platform/estate/envs"
	"github.com/platform/estate/internal/layout"
)

// App is one environment's application stack.
type App struct {
	Stack      cdktf.TerraformStack
	Spec       *envs.Spec
	Identity   *identity.Identity
	Key        *key.Output
	Table      *table.Output
	Bucket     *bucket.Output
	Database   *database.Output
	Function   *compute.Output
	Secret     *secret.Output
	Parameters *parameters.Output
	Monitoring *monitoring.Output
	// AdminRole administers the environment's resources (and no other's).
	AdminRole *security.Role
}

// NewApp builds env's application stack on the network net of the network
// stack. Everything it takes from the network comes through net, which cdktf
// turns into cross-stack references.
func NewApp(app constructs.Construct, p *envs.Project, spec *envs.Spec, net *network.Output) (*App, error) {
	stack := newStack(app, layout.AppStack(spec.Name), p)
	ident := newIdentity(stack, spec, p.Suffix, "")
	a := &App{Stack: stack, Spec: spec, Identity: ident}
	prefix := ident.Namer.Prefix()
	// Data is kept (deletion protection, final snapshot, recovery windows,
	// prevent_destroy) where the spec protects it, unless ALLOW_DESTROY
	// names this environment: then the next deploy lifts every guard, and
	// a destroy after it deletes the data.
	protect := spec.ProtectData && !p.AllowDestroy[spec.Name]
	var err error

	if a.Key, err = key.New(stack, "key", key.Config{
		Identity:    ident,
		Name:        prefix,
		Description: "Encrypts the data, secrets, logs and messages of " + prefix,
		Spec:        spec.KMS,
		Services:    []key.Service{key.Logs, key.CloudWatch, key.SNS, key.SecretsManager, key.RDS, key.DynamoDB, key.S3},
		Protect:     protect,
	}); err != nil {
		return nil, err
	}

	// Data.
	if a.Table, err = table.New(stack, "table", table.Config{
		Identity: ident, Key: a.Key, Name: ident.Namer.Name("items"), Spec: spec.DynamoDB, Protect: protect,
	}); err != nil {
		return nil, err
	}
	if a.Bucket, err = bucket.New(stack, "bucket", bucket.Config{
		Identity: ident, Key: a.Key, Name: jsii.String(ident.Namer.Name("data", *ident.AccountID)), Spec: spec.Bucket, Protect: protect,
	}); err != nil {
		return nil, err
	}
	if a.Database, err = database.New(stack, "database", database.Config{
		Identity: ident, Key: a.Key, Name: ident.Namer.Name("db"), Spec: spec.Database, Protect: protect,
		Placement:        net.Isolated(),
		LogRetentionDays: spec.Logs.RetentionDays,
		VerboseLogging:   !spec.ProtectData,
	}); err != nil {
		return nil, err
	}

	// Secrets and configuration.
	https := network.Egress{Description: "HTTPS to AWS APIs", Port: 443, CIDR: jsii.String("0.0.0.0/0")}
	if a.Secret, err = secret.New(stack, "app-secret", secret.Config{
		Identity:         ident,
		Key:              a.Key,
		Name:             strings.TrimPrefix(ident.Namer.Path(), "/") + "/app",
		Description:      "Application secret of " + prefix + ", rotated every " + strconv.Itoa(spec.Secrets.RotationDays) + " days",
		Spec:             spec.Secrets,
		Protect:          protect,
		RotatorName:      ident.Namer.Name("secret-rotation"),
		Image:            spec.Lambda.ImageURI,
		Placement:        net.Private(https),
		LogRetentionDays: spec.Logs.RetentionDays,
	}); err != nil {
		return nil, err
	}
	if a.Parameters, err = parameters.New(stack, "parameters", parameters.Config{
		Identity: ident, Key: a.Key, Path: ident.Namer.Path(),
		Strings: map[string]*string{
			"table-name":     a.Table.Name,
			"bucket-name":    a.Bucket.Name,
			"db-endpoint":    a.Database.Endpoint,
			"log-level":      jsii.String(spec.App.LogLevel),
			"api-rate-limit": jsii.String(strconv.Itoa(spec.App.APIRateLimit)),
		},
		Generated: []string{"session-signing-key"},
	}); err != nil {
		return nil, err
	}

	// Compute.
	if a.Function, err = compute.New(stack, "api", compute.Config{
		Identity:    ident,
		Key:         a.Key,
		Name:        ident.Namer.Name("api"),
		Description: "API of " + prefix,
		Spec:        spec.Lambda,
		Placement: net.Private(https, network.Egress{
			Description: "PostgreSQL of the environment's database", Port: database.Port, SecurityGroupID: a.Database.SecurityGroupID,
		}),
		LogRetentionDays: spec.Logs.RetentionDays,
		Environment: map[string]*string{
			"ENVIRONMENT":    jsii.String(spec.Name),
			"DB_ENDPOINT":    a.Database.Endpoint,
			"DB_SECRET_ARN":  a.Database.SecretARN,
			"APP_SECRET_ARN": a.Secret.ARN,
			"TABLE_NAME":     a.Table.Name,
			"BUCKET_NAME":    a.Bucket.Name,
			"PARAMETER_PATH": jsii.String(a.Parameters.Path),
		},
	}); err != nil {
		return nil, err
	}
	a.Database.AllowFrom("api", a.Function.SecurityGroupID, "PostgreSQL from the API function")

	if a.Monitoring, err = monitoring.New(stack, "monitoring", monitoring.Config{
		Identity: ident, Key: a.Key, Name: prefix, Spec: spec.Alarms,
		LogGroupName:     ident.Namer.Path() + "/application",
		LogRetentionDays: spec.Logs.RetentionDays,
		ErrorPattern:     "ERROR",
		Namespace:        "Estate/" + prefix,
		ErrorMetric:      "ErrorLogLines",
		FunctionName:     a.Function.Name, ClusterIdentifier: a.Database.ClusterIdentifier, TableName: a.Table.Name,
	}); err != nil {
		return nil, err
	}

	// The application role's permissions: grants, and nothing else (each
	// carries the use of the key its data is encrypted with).
	role := a.Function.Role
	a.Table.GrantReadWrite(role)
	a.Bucket.GrantRead(role)
	a.Bucket.GrantWrite(role)
	a.Secret.GrantRead(role)
	a.Database.GrantCredentialsRead(role)
	a.Parameters.GrantRead(role)
	a.Monitoring.GrantWriteLog(role)

	a.AdminRole = adminRole(stack, ident)
	moveRenamed(a)

	output(stack, "kms_key_arn", a.Key.ARN)
	output(stack, "table_name", a.Table.Name)
	output(stack, "bucket_name", a.Bucket.Name)
	output(stack, "function_name", a.Function.Name)
	output(stack, "db_endpoint", a.Database.Endpoint)
	output(stack, "alarm_topic_arn", a.Monitoring.TopicARN)
	output(stack, "dashboard_name", a.Monitoring.DashboardName)
	// What this stack was built from, and a hash to compare deployments by.
	output(stack, "config_manifest", jsii.String(spec.Manifest()))
	output(stack, "config_hash", jsii.String(spec.ManifestHash()))
	return a, nil
}

// adminRole is the environment's administrator role: assumed by the
// account's principals with MFA, it may manage resources tagged for this
// environment only.
func adminRole(stack constructs.Construct, ident *identity.Identity) *security.Role {
	role := security.NewRole(stack, "admin", security.RoleConfig{
		Identity:    ident,
		Name:        ident.Namer.Name("admin"),
		Description: "Administers the resources of " + ident.Namer.Prefix(),
		AssumedBy:   security.Principal{Type: "AWS", Identifiers: []*string{ident.RootPrincipal()}},
		Conditions:  []security.Condition{{Test: "Bool", Variable: "aws:MultiFactorAuthPresent", Values: []*string{jsii.String("true")}}},
	})
	// On no one resource: on whatever carries this environment's tag.
	role.Grant(security.Grant{Action: "AdministerEnvironment", Statements: []security.Statement{{
		Actions:   security.EnvironmentServices,
		Resources: []*string{jsii.String("*")},
		Conditions: []security.Condition{{
			Test: "StringEquals", Variable: "aws:ResourceTag/Environment", Values: []*string{jsii.String(ident.Environment)},
		}},
	}}})
	return role
}
