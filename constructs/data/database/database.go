// Package database is the environment's Aurora PostgreSQL cluster: in the
// network's isolated subnets, reachable on 5432 only from the security groups
// it is opened to, encrypted with the environment's key, its master password
// kept by RDS in Secrets Manager, TLS only, logs exported to a log group it
// owns.
package database

import (
	"fmt"
	"regexp"
	"strconv"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/cloudwatchloggroup"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/dbparametergroup"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/dbsubnetgroup"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/rdscluster"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/rdsclusterinstance"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/rdsclusterparametergroup"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/secretsmanagersecretrotation"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/securitygroup"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/platform/estate/constructs/identity"
	"github.com/platform/estate/constructs/network"
	"github.com/platform/estate/constructs/security"
	"github.com/platform/estate/constructs/security/key"
	"github.com/platform/estate/envs"
)

// Fixed settings of every environment's database.
const (
	Port           = 5432
	DatabaseName   = "app"
	MasterUsername = "estate_admin"
	// Family is the parameter group family of Aurora PostgreSQL 15.
	Family = "aurora-postgresql15"
	// LogExport is the log type exported to CloudWatch Logs.
	LogExport = "postgresql"
)

// burstable classes have no Performance Insights.
var burstable = regexp.MustCompile(`^db\.t[0-9]g?\.`)

// Config configures the database.
type Config struct {
	Identity *identity.Identity
	// Key encrypts the storage, Performance Insights, the exported log and
	// the master credentials.
	Key *key.Output
	// Name is the cluster identifier; instances, groups and the log are
	// named after it.
	Name string
	// Spec is the spec's database section.
	Spec envs.Database
	// Protect keeps the data: deletion protection, a final snapshot, kept
	// backups, and Terraform refuses to destroy the cluster.
	Protect bool
	// Placement is the isolated subnets (and their AZs, to spread the
	// instances); a database starts no connections, so it has no egress.
	Placement network.Placement
	// LogRetentionDays is the retention of the exported PostgreSQL log.
	LogRetentionDays int
}

// Output is the database.
type Output struct {
	Cluster           rdscluster.RdsCluster
	ClusterIdentifier *string
	ARN               *string
	Endpoint          *string
	ReaderEndpoint    *string
	// SecretARN is the RDS-managed secret holding the master credentials.
	SecretARN       *string
	SecurityGroupID *string
	key.Encrypted

	ident   *identity.Identity
	scope   constructs.Construct
	sg      securitygroup.SecurityGroup
	ingress []*securitygroup.SecurityGroupIngress
	allowed []string
}

// parameter is one database parameter and how it is applied.
type parameter struct{ name, value, apply string }

// parameters converts parameters to a parameter group's blocks (the
// cluster's and the instances' are different generated types).
func parameters[T any](ps []parameter, block func(name, value, apply *string) *T) *[]*T {
	out := make([]*T, len(ps))
	for i, p := range ps {
		out[i] = block(jsii.String(p.name), jsii.String(p.value), jsii.String(p.apply))
	}
	return &out
}

// New creates the database.
func New(scope constructs.Construct, id string, cfg Config) (*Output, error) {
	ident, db := cfg.Identity, cfg.Spec
	if db.InstanceCount < 1 {
		return nil, fmt.Errorf("database %s: instance count %d, want at least 1", id, db.InstanceCount)
	}
	if len(cfg.Placement.Egress) > 0 {
		return nil, fmt.Errorf("database %s: a database starts no connections; place it without egress", id)
	}
	if len(cfg.Placement.AZs) == 0 {
		return nil, fmt.Errorf("database %s: no availability zones to spread the instances across", id)
	}
	scope = constructs.NewConstruct(scope, jsii.String(id))
	name := cfg.Name

	subnets := dbsubnetgroup.NewDbSubnetGroup(scope, jsii.String("subnets"), &dbsubnetgroup.DbSubnetGroupConfig{
		Provider:    ident.Provider,
		Name:        jsii.String(name),
		Description: jsii.String("Isolated subnets of " + ident.Namer.Prefix()),
		SubnetIds:   &cfg.Placement.SubnetIDs,
	})
	// No egress rules: the database starts no connections. Ingress is
	// what AllowFrom lists. The rules are the group's own (inline), listed
	// in full: a rule added out of band shows as drift, and the next deploy
	// removes it.
	sg := securitygroup.NewSecurityGroup(scope, jsii.String("sg"), &securitygroup.SecurityGroupConfig{
		Provider:    ident.Provider,
		Name:        jsii.String(name),
		Description: jsii.String("Aurora PostgreSQL of " + ident.Namer.Prefix() + ": 5432 from allowed security groups only"),
		VpcId:       cfg.Placement.VpcID,
		Ingress:     &[]*securitygroup.SecurityGroupIngress{},
		Egress:      &[]*securitygroup.SecurityGroupEgress{},
		Tags:        &map[string]*string{"Name": jsii.String(name)},
	})

	clusterParams := []parameter{
		{"rds.force_ssl", "1", "immediate"},
		{"shared_preload_libraries", "pg_stat_statements", "pending-reboot"},
		{"pg_stat_statements.track", "all", "immediate"},
	}
	instanceParams := []parameter{
		{"log_min_duration_statement", strconv.Itoa(db.SlowStatementMS), "immediate"},
	}
	// none is PostgreSQL's own default: not set.
	if db.LogStatement != "" && db.LogStatement != "none" {
		instanceParams = append(instanceParams, parameter{"log_statement", db.LogStatement, "immediate"})
	}
	// A group each for the cluster and its instances: <name>-cluster and
	// <name>-instance, of the family of the engine.
	family := jsii.String(Family)
	named := func(kind, title string) (*string, *string) {
		return jsii.String(name + "-" + kind), jsii.String(title + " parameters of " + name)
	}
	clusterName, clusterDescription := named("cluster", "Cluster")
	clusterPG := rdsclusterparametergroup.NewRdsClusterParameterGroup(scope, jsii.String("cluster-parameters"), &rdsclusterparametergroup.RdsClusterParameterGroupConfig{
		Provider: ident.Provider, Name: clusterName, Family: family, Description: clusterDescription,
		Parameter: parameters(clusterParams, func(n, v, a *string) *rdsclusterparametergroup.RdsClusterParameterGroupParameter {
			return &rdsclusterparametergroup.RdsClusterParameterGroupParameter{Name: n, Value: v, ApplyMethod: a}
		}),
	})
	instanceName, instanceDescription := named("instance", "Instance")
	instancePG := dbparametergroup.NewDbParameterGroup(scope, jsii.String("instance-parameters"), &dbparametergroup.DbParameterGroupConfig{
		Provider: ident.Provider, Name: instanceName, Family: family, Description: instanceDescription,
		Parameter: parameters(instanceParams, func(n, v, a *string) *dbparametergroup.DbParameterGroupParameter {
			return &dbparametergroup.DbParameterGroupParameter{Name: n, Value: v, ApplyMethod: a}
		}),
	})

	// Owned here, so that it has a retention and the key; RDS would create
	// it without either.
	logGroup := cloudwatchloggroup.NewCloudwatchLogGroup(scope, jsii.String("log"), &cloudwatchloggroup.CloudwatchLogGroupConfig{
		Provider:        ident.Provider,
		Name:            jsii.String("/aws/rds/cluster/" + name + "/" + LogExport),
		RetentionInDays: jsii.Number(float64(cfg.LogRetentionDays)),
		KmsKeyId:        cfg.Key.ARN,
	})

	cc := &rdscluster.RdsClusterConfig{
		Provider:                         ident.Provider,
		ClusterIdentifier:                jsii.String(name),
		Engine:                           jsii.String("aurora-postgresql"),
		EngineVersion:                    jsii.String(db.EngineVersion),
		DatabaseName:                     jsii.String(DatabaseName),
		MasterUsername:                   jsii.String(MasterUsername),
		ManageMasterUserPassword:         jsii.Bool(true),
		MasterUserSecretKmsKeyId:         cfg.Key.ARN,
		StorageEncrypted:                 jsii.Bool(true),
		KmsKeyId:                         cfg.Key.ARN,
		Port:                             jsii.Number(Port),
		DbSubnetGroupName:                subnets.Name(),
		VpcSecurityGroupIds:              &[]*string{sg.Id()},
		DbClusterParameterGroupName:      clusterPG.Name(),
		BackupRetentionPeriod:            jsii.Number(float64(db.BackupRetentionDays)),
		PreferredBackupWindow:            jsii.String("03:00-04:00"),
		PreferredMaintenanceWindow:       jsii.String("sun:05:00-sun:06:00"),
		CopyTagsToSnapshot:               jsii.Bool(true),
		EnabledCloudwatchLogsExports:     jsii.Strings(LogExport),
		IamDatabaseAuthenticationEnabled: jsii.Bool(true),
		DeletionProtection:               jsii.Bool(cfg.Protect),
		SkipFinalSnapshot:                jsii.Bool(!cfg.Protect),
		DeleteAutomatedBackups:           jsii.Bool(!cfg.Protect),
		DependsOn:                        &[]cdktf.ITerraformDependable{logGroup},
		Lifecycle:                        identity.Retain(cfg.Protect),
	}
	if cfg.Protect {
		cc.FinalSnapshotIdentifier = jsii.String(name + "-final")
	}
	cluster := rdscluster.NewRdsCluster(scope, jsii.String("cluster"), cc)

	clusterID := cluster.Id()
	pi := !burstable.MatchString(db.InstanceClass)
	azs := cfg.Placement.AZs
	for i := range db.InstanceCount {
		n := strconv.Itoa(i)
		ic := &rdsclusterinstance.RdsClusterInstanceConfig{
			Provider:             ident.Provider,
			Identifier:           jsii.String(name + "-" + n),
			ClusterIdentifier:    clusterID,
			Engine:               cc.Engine,
			EngineVersion:        cc.EngineVersion,
			InstanceClass:        jsii.String(db.InstanceClass),
			DbParameterGroupName: instancePG.Name(),
			PubliclyAccessible:   jsii.Bool(false),
			// Writer and readers in different AZs.
			AvailabilityZone:           azs[i%len(azs)],
			AutoMinorVersionUpgrade:    jsii.Bool(true),
			CopyTagsToSnapshot:         jsii.Bool(true),
			PerformanceInsightsEnabled: jsii.Bool(pi),
		}
		if pi {
			ic.PerformanceInsightsKmsKeyId = cfg.Key.ARN
			ic.PerformanceInsightsRetentionPeriod = jsii.Number(7)
		}
		rdsclusterinstance.NewRdsClusterInstance(scope, jsii.String("instance-"+n), ic)
	}

	secretARN := cluster.MasterUserSecret().Get(jsii.Number(0)).SecretArn()
	if db.CredentialsRotationDays > 0 {
		// RDS rotates the secret it manages itself (no function); only the
		// schedule is set.
		secretsmanagersecretrotation.NewSecretsmanagerSecretRotation(scope, jsii.String("credentials-rotation"), &secretsmanagersecretrotation.SecretsmanagerSecretRotationConfig{
			Provider: ident.Provider,
			SecretId: secretARN,
			RotationRules: &secretsmanagersecretrotation.SecretsmanagerSecretRotationRotationRules{
				AutomaticallyAfterDays: jsii.Number(float64(db.CredentialsRotationDays)),
			},
		})
	}

	return &Output{
		Cluster:           cluster,
		ClusterIdentifier: clusterID,
		ARN:               cluster.Arn(),
		Endpoint:          cluster.Endpoint(),
		ReaderEndpoint:    cluster.ReaderEndpoint(),
		SecretARN:         secretARN,
		SecurityGroupID:   sg.Id(),
		Encrypted:         key.Encrypted{Construct: identity.Path(scope), Key: cfg.Key},
		ident:             ident,
		scope:             scope,
		sg:                sg,
	}, nil
}

// AllowFrom opens 5432 to the members of a security group. (Its id names
// the rule in the construct tree of earlier versions; the group's name says
// who the members are, so the rule has no description: the emulator would
// drop it.)
func (o *Output) AllowFrom(id string, securityGroupID *string) {
	o.ingress = append(o.ingress, &securitygroup.SecurityGroupIngress{
		Protocol:       jsii.String("tcp"),
		FromPort:       jsii.Number(Port),
		ToPort:         jsii.Number(Port),
		SecurityGroups: &[]*string{securityGroupID},
	})
	o.sg.PutIngress(&o.ingress)
	o.allowed = append(o.allowed, id)
}

// Allowed are the ids AllowFrom was given, in order.
func (o *Output) Allowed() []string { return o.allowed }

// GrantCredentialsRead lets role read the master credentials from the
// RDS-managed secret, and decrypt them with the database's key.
func (o *Output) GrantCredentialsRead(role *security.Role) {
	role.Grant(security.Grant{Resource: o.Construct, Action: "CredentialsRead", Statements: []security.Statement{{
		Actions:   []string{"secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"},
		Resources: []*string{o.SecretARN},
	}}})
	o.Key.GrantDecrypt(role)
}
