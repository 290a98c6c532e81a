package stacks

import (
	"strconv"

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

// App is one environment's application stack. What its spec turns off is
// nil.
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
	// AppRole is the application's role on other AWS compute (roles.app_role).
	AppRole *security.Role
	// AdminRole administers the environment's resources (and no other's).
	AdminRole *security.Role
}

// NewApp builds env's application stack on the network net of the network
// stack (nil when the spec has no network). Everything it takes from the
// network comes through net, which cdktf turns into cross-stack references.
func NewApp(app constructs.Construct, p *envs.Project, spec *envs.Spec, net *network.Output) (*App, error) {
	stack := newStack(app, layout.AppStack(spec.Name, p.Suffix), p)
	ident := newIdentity(stack, spec, p.Suffix, "")
	a := &App{Stack: stack, Spec: spec, Identity: ident}
	prefix := ident.Namer.Prefix()
	name := func(template string) string { return spec.Expand(template, p.Suffix, *ident.AccountID) }
	// Data is kept (deletion protection, final snapshot, recovery windows,
	// prevent_destroy) where the spec protects it, unless ALLOW_DESTROY
	// names this environment: then the next deploy lifts every guard, and
	// a destroy after it deletes the data.
	protect := spec.ProtectData && !p.AllowDestroy[spec.Name]
	var err error

	if a.Key, err = key.New(stack, "key", key.Config{
		Identity:    ident,
		Name:        name(spec.Names.KeyAlias),
		Description: "Encrypts the data, secrets, logs and messages of " + prefix,
		Spec:        spec.KMS,
		Services:    []key.Service{key.Logs, key.CloudWatch, key.SNS, key.SecretsManager, key.RDS, key.DynamoDB, key.S3},
		Protect:     protect,
	}); err != nil {
		return nil, err
	}

	// Data.
	if spec.DynamoDB.Enabled {
		if a.Table, err = table.New(stack, "table", table.Config{
			Identity: ident, Key: a.Key, Name: name(spec.Names.Table), Spec: spec.DynamoDB, Protect: protect,
		}); err != nil {
			return nil, err
		}
	}
	if spec.Bucket.Enabled {
		if a.Bucket, err = bucket.New(stack, "bucket", bucket.Config{
			Identity: ident, Key: a.Key, Name: jsii.String(name(spec.Names.Bucket)), Spec: spec.Bucket, Protect: protect,
		}); err != nil {
			return nil, err
		}
	}
	if spec.Database.Enabled {
		if a.Database, err = database.New(stack, "database", database.Config{
			Identity: ident, Key: a.Key, Name: name(spec.Names.Database), Spec: spec.Database, Protect: protect,
			Placement:        net.Isolated(),
			LogRetentionDays: spec.Logs.RetentionDays,
		}); err != nil {
			return nil, err
		}
	}

	// Secrets and configuration.
	https := network.Egress{Description: "HTTPS to AWS APIs", Port: 443, CIDRs: *jsii.Strings("0.0.0.0/0")}
	if spec.Secrets.AppSecret {
		secretName := name(spec.Names.AppSecret)
		if a.Secret, err = secret.New(stack, "app-secret", secret.Config{
			Identity:         ident,
			Key:              a.Key,
			Name:             secretName,
			Description:      "Application secret of " + prefix + ", rotated every " + strconv.Itoa(spec.Secrets.RotationDays) + " days",
			Spec:             spec.Secrets,
			Protect:          protect,
			RotatorName:      name(spec.Names.SecretRotation),
			Image:            spec.Lambda.ImageURI,
			Placement:        net.Private(https),
			LogRetentionDays: spec.Logs.RetentionDays,
		}); err != nil {
			return nil, err
		}
	}
	if a.Parameters, err = parameters.New(stack, "parameters", a.parameters(name(spec.Names.ParameterPath))); err != nil {
		return nil, err
	}

	// Compute.
	if spec.Lambda.Enabled {
		egress := []network.Egress{https}
		if a.Database != nil {
			// By the database's subnets: the database's group names this
			// one, and two groups cannot name each other.
			egress = append(egress, network.Egress{
				Description: "PostgreSQL of the database (its isolated subnets)", Port: database.Port, CIDRs: net.IsolatedSubnetCIDRs,
			})
		}
		if a.Function, err = compute.New(stack, "api", compute.Config{
			Identity:         ident,
			Key:              a.Key,
			Name:             name(spec.Names.Function),
			Description:      "API of " + prefix,
			Spec:             spec.Lambda,
			Placement:        net.Private(egress...),
			LogRetentionDays: spec.Logs.RetentionDays,
			Environment:      a.environment(),
		}); err != nil {
			return nil, err
		}
		if a.Database != nil {
			a.Database.AllowFrom("api", a.Function.SecurityGroupID)
		}
	}
	if a.Monitoring, err = a.monitoring(name); err != nil {
		return nil, err
	}

	// The application's roles: the function's, and one for other compute.
	if a.Function != nil {
		a.grantApplication(a.Function.Role)
	}
	if spec.Roles.AppRole {
		a.AppRole = security.NewRole(stack, "app-role", security.RoleConfig{
			Identity:                  ident,
			Name:                      name(spec.Names.AppRole),
			Description:               "The application of " + prefix + " on " + spec.Roles.AppRoleService,
			AssumedBy:                 security.Principal{Type: "Service", Identifiers: []*string{security.ServicePrincipal(spec.Roles.AppRoleService)}},
			MaxSessionDurationSeconds: spec.Roles.AppRoleSessionHours * 3600,
		})
		a.grantApplication(a.AppRole)
	}

	a.AdminRole = adminRole(stack, ident, name(spec.Names.AdminRole), spec.Roles.AdminSessionHours)
	forgetRemoved(a)
	a.outputs()
	return a, nil
}

// grantApplication grants role what the application uses, each grant with
// the use of the key its data is encrypted with.
func (a *App) grantApplication(role *security.Role) {
	if a.Table != nil {
		a.Table.GrantReadWrite(role)
	}
	if a.Bucket != nil {
		a.Bucket.GrantRead(role)
		a.Bucket.GrantWrite(role)
	}
	if a.Secret != nil {
		a.Secret.GrantRead(role)
	}
	if a.Database != nil {
		a.Database.GrantCredentialsRead(role)
	}
	a.Parameters.GrantRead(role)
	a.Monitoring.GrantWriteLog(role)
}

// parameters publishes, under path, what the spec's parameters section names.
func (a *App) parameters(path string) parameters.Config {
	spec, names := a.Spec, a.Spec.Parameters
	cfg := parameters.Config{
		Identity: a.Identity, Key: a.Key, Path: path, Description: names.Description,
		Strings: map[string]*string{}, Secure: map[string]*string{},
	}
	publish := func(m map[string]*string, name string, value *string) {
		if name != "" {
			m[name] = value
		}
	}
	if a.Table != nil {
		publish(cfg.Strings, names.TableName, a.Table.Name)
		publish(cfg.Secure, names.ConnectionString, jsii.String("dynamodb://"+*a.Table.Name))
	}
	if a.Bucket != nil {
		publish(cfg.Strings, names.BucketName, a.Bucket.Name)
	}
	if a.Database != nil {
		publish(cfg.Strings, names.DBEndpoint, a.Database.Endpoint)
	}
	publish(cfg.Strings, names.LogLevel, jsii.String(spec.App.LogLevel))
	publish(cfg.Strings, names.APIRateLimit, jsii.String(strconv.Itoa(spec.App.APIRateLimit)))
	if names.SigningKey != "" {
		cfg.Generated = []string{names.SigningKey}
	}
	return cfg
}

// monitoring is the environment's logs, alarms and dashboard.
func (a *App) monitoring(name func(string) string) (*monitoring.Output, error) {
	spec := a.Spec
	cfg := monitoring.Config{
		Identity: a.Identity, Key: a.Key, Name: name(spec.Names.Monitoring), Spec: spec.Alarms,
		LogGroupName:     name(spec.Names.AppLogGroup),
		LogRetentionDays: spec.Logs.RetentionDays,
		ErrorPattern:     spec.Logs.ErrorPattern,
		Namespace:        name(spec.Names.MetricNamespace),
		ErrorMetric:      spec.Logs.ErrorMetric,
		Alarms:           spec.Alarms.Enabled,
	}
	if spec.Logs.ErrorLogGroup {
		cfg.ErrorLogGroupName, cfg.ErrorRetentionDays = name(spec.Names.ErrorLogGroup), spec.Logs.ErrorRetentionDays
	}
	if a.Function != nil {
		cfg.FunctionName = a.Function.Name
	}
	if a.Database != nil {
		cfg.ClusterIdentifier = a.Database.ClusterIdentifier
	}
	if a.Table != nil {
		cfg.TableName = a.Table.Name
	}
	return monitoring.New(a.Stack, "monitoring", cfg)
}

// environment is the function's variables: names and ARNs of what the
// environment has, never a secret's value.
func (a *App) environment() map[string]*string {
	vars := map[string]*string{
		a.Spec.Lambda.EnvironmentVariable: jsii.String(a.Spec.Name),
		"PARAMETER_PATH":                  jsii.String(a.Parameters.Path),
	}
	if a.Database != nil {
		vars["DB_ENDPOINT"], vars["DB_SECRET_ARN"] = a.Database.Endpoint, a.Database.SecretARN
	}
	if a.Secret != nil {
		vars["APP_SECRET_ARN"] = a.Secret.ARN
	}
	if a.Table != nil {
		vars["TABLE_NAME"] = a.Table.Name
	}
	if a.Bucket != nil {
		vars["BUCKET_NAME"] = a.Bucket.Name
	}
	return vars
}

// outputs are what a deployment tells: names, ARNs and endpoints of what
// the environment has, and the configuration it was built from.
func (a *App) outputs() {
	stack := a.Stack
	out := func(name string, value *string) { output(stack, name, value) }
	out("kms_key_arn", a.Key.ARN)
	out("kms_key_id", a.Key.ID)
	if a.Table != nil {
		out("table_name", a.Table.Name)
		out("table_arn", a.Table.ARN)
	}
	if a.Bucket != nil {
		out("bucket_name", a.Bucket.Name)
		out("bucket_arn", a.Bucket.ARN)
	}
	if a.Function != nil {
		out("function_name", a.Function.Name)
		out("function_arn", a.Function.ARN)
		out("function_role_arn", a.Function.Role.ARN)
	}
	if a.Database != nil {
		out("db_endpoint", a.Database.Endpoint)
		out("db_reader_endpoint", a.Database.ReaderEndpoint)
		out("db_secret_arn", a.Database.SecretARN)
	}
	if a.Secret != nil {
		out("app_secret_arn", a.Secret.ARN)
	}
	if a.Monitoring.TopicARN != nil {
		out("alarm_topic_arn", a.Monitoring.TopicARN)
		out("dashboard_name", a.Monitoring.DashboardName)
	}
	out("log_group_name", a.Monitoring.AppLogGroupName)
	if a.AppRole != nil {
		out("app_role_arn", a.AppRole.ARN)
	}
	out("admin_role_arn", a.AdminRole.ARN)
	// What this stack was built from, and a hash to compare deployments by.
	out("config_manifest", jsii.String(a.Spec.Manifest()))
	out("config_hash", jsii.String(a.Spec.ManifestHash()))
}

// adminRole is the environment's administrator role: assumed by the
// account's principals with MFA, it may manage resources tagged for this
// environment only, for sessions of sessionHours (0: IAM's default hour).
func adminRole(stack constructs.Construct, ident *identity.Identity, name string, sessionHours int) *security.Role {
	role := security.NewRole(stack, "admin", security.RoleConfig{
		Identity:                  ident,
		Name:                      name,
		Description:               "Administers the resources of " + ident.Namer.Prefix(),
		AssumedBy:                 security.Principal{Type: "AWS", Identifiers: []*string{ident.RootPrincipal()}},
		Conditions:                []security.Condition{{Test: "Bool", Variable: "aws:MultiFactorAuthPresent", Values: []*string{jsii.String("true")}}},
		MaxSessionDurationSeconds: sessionHours * 3600,
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
