package examples

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/platform/estate/envs"
	"github.com/platform/estate/internal/jsonpath"
	"github.com/platform/estate/internal/layout"
	"github.com/platform/estate/internal/synthtest"
)

const (
	cluster = "aws_rds_cluster.database_cluster_FAF2FB92"
	// The design's databaseSecretArn: here the RDS-managed credentials.
	dbSecret = "${" + cluster + ".master_user_secret[0].secret_arn}"
	key      = "${aws_kms_key.key_F64E54E4.arn}"
)

// pulumiRows are the values the Pulumi design (../shared/seeds/004_*.txt)
// names, per environment (dev, staging, prod).
var pulumiRows = []row{
	// TapStack: the KMS key
	{"kms enableKeyRotation", "aws_kms_key", nil, []any{"enable_key_rotation"}, all(true)},
	{"kms deletionWindowInDays 7", "aws_kms_key", nil, []any{"deletion_window_in_days"}, all(7)},

	// DatabaseComponent
	{"cluster engine aurora-postgresql", "aws_rds_cluster", nil, []any{"engine"}, all("aurora-postgresql")},
	{"cluster engineVersion", "aws_rds_cluster", nil, []any{"engine_version"}, all("15.4")},
	{"cluster storageEncrypted", "aws_rds_cluster", nil, []any{"storage_encrypted"}, all(true)},
	{"cluster kmsKeyId", "aws_rds_cluster", nil, []any{"kms_key_id"}, all(key)},
	{"cluster backupRetentionPeriod 7", "aws_rds_cluster", nil, []any{"backup_retention_period"}, all(7)},
	{"cluster skipFinalSnapshot", "aws_rds_cluster", nil, []any{"skip_final_snapshot"}, all(true)},
	{"cluster deletionProtection false", "aws_rds_cluster", nil, []any{"deletion_protection"}, all(false)},
	{"cluster parameter group family aurora-postgresql15", "aws_rds_cluster_parameter_group", nil, []any{"family"}, all("aurora-postgresql15")},
	{"instance parameter group family aurora-postgresql15", "aws_db_parameter_group", nil, []any{"family"}, all("aurora-postgresql15")},
	{"first instance class", "aws_rds_cluster_instance", map[string]any{"identifier": "tap-<env>-db-0"}, []any{"instance_class"},
		map[string]any{"dev": "db.t4g.medium", "staging": "db.t4g.large", "prod": "db.r6g.large"}},
	{"first instance publiclyAccessible false", "aws_rds_cluster_instance", map[string]any{"identifier": "tap-<env>-db-0"}, []any{"publicly_accessible"}, all(false)},
	// "2 for prod, 1 for dev/staging": a second instance in prod only.
	{"second instance class (prod only)", "aws_rds_cluster_instance", map[string]any{"identifier": "tap-<env>-db-1"}, []any{"instance_class"},
		map[string]any{"prod": "db.r6g.large"}},
	{"security group ingress 5432 (from the function's group)", "aws_security_group", map[string]any{"name": "tap-<env>-db"}, []any{"ingress", 0, "from_port"}, all(5432)},
	{"subnet group", "aws_db_subnet_group", nil, []any{"name"}, all("tap-<env>-db")},

	// SecretsComponent: 30-day rotation of the database credentials
	{"rotationRules automaticallyAfterDays 30", "aws_secretsmanager_secret_rotation", nil, []any{"rotation_rules", "automatically_after_days"}, all(30)},
	{"rotation of the database secret", "aws_secretsmanager_secret_rotation", nil, []any{"secret_id"}, all(dbSecret)},

	// LambdaComponent
	{"packageType Image", "aws_lambda_function", nil, []any{"package_type"}, all("Image")},
	{"imageUri (dockerImageUri)", "aws_lambda_function", nil, []any{"image_uri"}, map[string]any{
		"dev":     "123456789012.dkr.ecr.us-east-2.amazonaws.com/app:latest",
		"staging": "123456789012.dkr.ecr.us-west-2.amazonaws.com/app:latest",
		"prod":    "123456789012.dkr.ecr.us-east-1.amazonaws.com/app:latest",
	}},
	{"memorySize", "aws_lambda_function", nil, []any{"memory_size"}, map[string]any{"dev": 1024, "staging": 2048, "prod": 3008}},
	{"reservedConcurrentExecutions cpu 2 ? 100 : cpu 1 ? 50 : 10", "aws_lambda_function", nil, []any{"reserved_concurrent_executions"},
		map[string]any{"dev": 10, "staging": 50, "prod": 100}},
	{"ENVIRONMENT_NAME", "aws_lambda_function", nil, []any{"environment", "variables", "ENVIRONMENT_NAME"}, all("<env>")},
	{"DB_ENDPOINT", "aws_lambda_function", nil, []any{"environment", "variables", "DB_ENDPOINT"}, all("${" + cluster + ".endpoint}")},
	{"DB_SECRET_ARN", "aws_lambda_function", nil, []any{"environment", "variables", "DB_SECRET_ARN"}, all(dbSecret)},
	{"vpcConfig securityGroupIds", "aws_lambda_function", nil, []any{"vpc_config", "security_group_ids"}, all([]string{"${aws_security_group.api_sg_9FE6858A.id}"})},

	// MonitoringComponent
	{"SNS topic", "aws_sns_topic", nil, []any{"name"}, all("tap-<env>-alarms")},
	{"Errors alarm threshold (errorThreshold)", "aws_cloudwatch_metric_alarm", map[string]any{"metric_name": "Errors", "namespace": "AWS/Lambda"}, []any{"threshold"},
		map[string]any{"dev": 10, "staging": 5, "prod": 1}},
	{"Errors alarm actions", "aws_cloudwatch_metric_alarm", map[string]any{"metric_name": "Errors", "namespace": "AWS/Lambda"}, []any{"alarm_actions"},
		all([]string{"${aws_sns_topic.monitoring_topic_631C3BE1.arn}"})},
	{"Duration alarm threshold (latencyThreshold)", "aws_cloudwatch_metric_alarm", map[string]any{"metric_name": "Duration", "namespace": "AWS/Lambda"}, []any{"threshold"},
		map[string]any{"dev": 5000, "staging": 3000, "prod": 2000}},
	{"CPUUtilization alarm threshold 80", "aws_cloudwatch_metric_alarm", map[string]any{"metric_name": "CPUUtilization", "namespace": "AWS/RDS"}, []any{"threshold"}, all(80)},
	{"connections alarm (\"CPU and connection monitoring\")", "aws_cloudwatch_metric_alarm", map[string]any{"metric_name": "DatabaseConnections"}, []any{"namespace"}, all("AWS/RDS")},
	{"application log group retention 30", "aws_cloudwatch_log_group", map[string]any{"name": "/tap/<env>/application"}, []any{"retention_in_days"}, all(30)},
	{"function log group retention 30", "aws_cloudwatch_log_group", map[string]any{"name": "/aws/lambda/tap-<env>-api"}, []any{"retention_in_days"}, all(30)},
	{"database log group retention 30", "aws_cloudwatch_log_group", map[string]any{"name": "/aws/rds/cluster/tap-<env>-db/postgresql"}, []any{"retention_in_days"}, all(30)},

	// What the design does not have.
	{"no table", "aws_dynamodb_table", nil, []any{"name"}, nil},
	{"no bucket", "aws_s3_bucket", nil, []any{"bucket"}, nil},
	{"no parameters", "aws_ssm_parameter", nil, []any{"name"}, nil},
	{"no application secret", "aws_secretsmanager_secret", nil, []any{"name"}, nil},

	// Outputs: the drift manifest and what a user reads back.
	{"output cluster endpoint", "output", nil, []any{"db_endpoint", "value"}, all("${" + cluster + ".endpoint}")},
	{"output reader endpoint", "output", nil, []any{"db_reader_endpoint", "value"}, all("${" + cluster + ".reader_endpoint}")},
	{"output secret ARN", "output", nil, []any{"db_secret_arn", "value"}, all(dbSecret)},
	{"output function ARN", "output", nil, []any{"function_arn", "value"}, all("${aws_lambda_function.api_function_AF620FF3.arn}")},
	{"output topic ARN", "output", nil, []any{"alarm_topic_arn", "value"}, all("${aws_sns_topic.monitoring_topic_631C3BE1.arn}")},
	{"output KMS key ARN", "output", nil, []any{"kms_key_arn", "value"}, all(key)},
}

func TestPulumiDesign(t *testing.T) {
	s := pulumiRun.Get(t)
	if got := s.StackNames(); strings.Join(got, " ") != "app-dev app-prod app-staging network" {
		t.Fatalf("stacks %v, want app-dev, app-prod, app-staging and network (the networking stack the design references)", got)
	}
	check(t, s, pulumiRows)
	for _, spec := range s.Project.Environments {
		env, doc := spec.Name, s.Docs[layout.AppStack(spec.Name, "")]
		t.Run(env, func(t *testing.T) {
			// The database parameters "for monitoring".
			var params []any
			for _, typ := range []string{"aws_rds_cluster_parameter_group", "aws_db_parameter_group"} {
				for _, g := range synthtest.ResourcesOf(doc, "resource", typ) {
					params = append(params, g["parameter"].([]any)...)
				}
			}
			for name, value := range map[string]string{"log_statement": "all", "log_min_duration_statement": "1000", "shared_preload_libraries": "pg_stat_statements"} {
				if !hasParameter(params, name, value) {
					t.Errorf("no database parameter %s = %s in %s", name, value, js(params))
				}
			}
			// The Lambda's inline policy: ENIs on "*" (VPC), the secret
			// scoped to the database's.
			st := statements(t, doc, "api_role_permissions_")
			if !hasStatement(st, []string{"ec2:CreateNetworkInterface", "ec2:DescribeNetworkInterfaces", "ec2:DeleteNetworkInterface"}, "*", nil) {
				t.Error("the function's role cannot manage its network interfaces")
			}
			if !hasStatement(st, []string{"secretsmanager:GetSecretValue"}, dbSecret, nil) {
				t.Error("the function's role cannot read the database secret")
			}
			for _, s := range st {
				if s["effect"] == "Allow" && strings.Contains(js(s["actions"]), "secretsmanager") && js(s["resources"]) != js([]any{dbSecret}) {
					t.Errorf("secret access beyond the database secret: %s", js(s))
				}
			}
			// The drift manifest: its hash is the configHash output.
			manifest, _ := jsonpath.Get(doc, "output", "config_manifest", "value").(string)
			if !strings.Contains(manifest, `"memory_mb":`) || !strings.Contains(manifest, `"instance_class":`) || !strings.Contains(manifest, `"engine_version":"15.4"`) {
				t.Errorf("config_manifest lacks the design's settings: %.300s", manifest)
			}
			if h, _ := jsonpath.Get(doc, "output", "config_hash", "value").(string); len(h) != 64 {
				t.Errorf("config_hash %q is not a SHA-256", h)
			}
		})
	}
	passes(t, s, "examples/pulumi")
}

func hasParameter(params []any, name, value string) bool {
	for _, p := range params {
		if p := p.(map[string]any); p["name"] == name && p["value"] == value {
			return true
		}
	}
	return false
}

// TestPulumiSuffix: the design's own example, ENVIRONMENT_SUFFIX=synth-abc123,
// is in every name of the app stacks (the network is shared: it carries no
// suffix).
func TestPulumiSuffix(t *testing.T) {
	s := pulumiSuffixRun.Get(t)
	for _, spec := range s.Project.Environments {
		doc := s.Docs[layout.AppStack(spec.Name, s.Project.Suffix)]
		for typ, attr := range map[string]string{
			"aws_rds_cluster": "cluster_identifier", "aws_rds_cluster_instance": "identifier", "aws_lambda_function": "function_name",
			"aws_iam_role": "name", "aws_sns_topic": "name", "aws_cloudwatch_log_group": "name", "aws_kms_alias": "name",
			"aws_cloudwatch_metric_alarm": "alarm_name", "aws_security_group": "name", "aws_db_subnet_group": "name",
		} {
			resources := synthtest.ResourcesOf(doc, "resource", typ)
			if len(resources) == 0 {
				t.Errorf("%s: no %s", spec.Name, typ)
			}
			for id, r := range resources {
				if name, _ := r[attr].(string); !strings.Contains(name, "synth-abc123") {
					t.Errorf("%s: %s.%s %s = %q, without the suffix", spec.Name, typ, id, attr, name)
				}
			}
		}
	}
}

// TestPulumiAllocation: as the design's validateEnvironmentConfig refuses
// "Dev must use 1024MB memory", the set's _allocation.yaml refuses a dev
// spec that differs, naming the file, the setting and the fix.
func TestPulumiAllocation(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(projectRoot, "examples/pulumi")
	entries, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(src, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if e.Name() == "dev.yaml" {
			b = []byte(strings.Replace(string(b), "memory_mb: 1024", "memory_mb: 2048", 1))
		}
		if err := os.WriteFile(filepath.Join(dir, e.Name()), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	_, err = envs.Load(dir, synthtest.Getenv(map[string]string{envs.EnvTarget: envs.TargetAWS}))
	if err == nil {
		t.Fatal("a dev of 2048 MB loaded")
	}
	for _, want := range []string{"dev.yaml", "lambda.memory_mb", "2048", "_allocation.yaml requires 1024 for dev", "set it to 1024"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not say %q", err, want)
		}
	}
}
