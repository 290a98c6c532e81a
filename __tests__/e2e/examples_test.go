package e2e

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/platform/estate/envs"
	"github.com/platform/estate/internal/deploy"
	"github.com/platform/estate/internal/jsonpath"
	"github.com/platform/estate/internal/layout"
)

// TestExampleSets deploys one environment of each source design's spec set
// to the emulator, the way ENVS_DIR=examples/<design> make up ENV=<env>
// does (each on an emulator and state of its own), reads the design's
// values back through the AWS API, and destroys it. The set holds that
// environment alone (with the set's parity file and allocation rules), so
// that the network stack builds its VPC only: the others' values are
// checked in their synthesized form (__tests__/examples).
//
// The Pulumi set's staging has a network and a database: against it the
// README's claims about the cdktf CLI are tried, and its make down (a
// minute, for the database) is interrupted with Ctrl-C and run again.
func TestExampleSets(t *testing.T) {
	requireTools(t)
	t.Parallel()
	for _, c := range []struct {
		dir, env    string
		check       func(t *testing.T, api awsCLI, s *envs.Spec, app map[string]any)
		cliAndCtrlC bool
	}{
		{"examples/cdk-python", "test", checkCDKTest, false},
		{"examples/pulumi", "staging", checkPulumiStaging, true},
	} {
		t.Run(c.dir, func(t *testing.T) {
			t.Parallel()
			work := t.TempDir()
			set := oneEnvironment(t, c.dir, c.env, filepath.Join(work, "envs"))
			extra := map[string]string{envs.EnvEnvsDir: set}
			r := newRunner(t, strings.ReplaceAll(c.dir, "/", "-"), work, extra)
			r.Nice = offPathNice
			step(t, "start the emulator", r.StartEmulator)
			t.Cleanup(func() { r.StopEmulator() })
			api := newAWS(t, r.Env())
			step(t, "synth", r.Synth)
			stacks := r.Stacks(c.env)
			step(t, "cdktf deploy "+strings.Join(stacks, " "), func() error { return r.Deploy(stacks...) })
			outputs, err := r.Outputs()
			if err != nil {
				t.Fatal(err)
			}
			s := spec(t, r, c.env)
			app := layout.AppStack(c.env, "")
			c.check(t, api, s, outputs[app])
			if t.Failed() {
				return
			}
			if c.cliAndCtrlC {
				checkCLITruths(t, r, app)
				checkPlan(t, r, c.env, stacks)
				checkInterruptedDown(t, r, extra, app)
			} else {
				step(t, "make down", r.DestroyAll)
			}
			if deployed := deployedStacks(t, r); len(deployed) > 0 {
				t.Errorf("still deployed after make down: %v", deployed)
			}
		})
	}
}

// deployedStacks lists the stacks whose state still holds resources.
func deployedStacks(t *testing.T, r *deploy.Runner) []string {
	t.Helper()
	deployed, err := r.Deployed()
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for stack, yes := range deployed {
		if yes {
			out = append(out, stack)
		}
	}
	slices.Sort(out)
	return out
}

// expect returns a check that a value read back (got) prints as the
// design's (want).
func expect(t *testing.T) func(what string, got, want any) {
	return func(what string, got, want any) {
		t.Helper()
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%s = %v, want %v", what, got, want)
		}
	}
}

// checkCDKTest reads back the AWS CDK design's test environment.
func checkCDKTest(t *testing.T, api awsCLI, s *envs.Spec, app map[string]any) {
	region, account := s.Region, "123456789012"
	keyARN := fmt.Sprint(app["kms_key_arn"])
	want := expect(t)
	parallel(
		func() {
			key := api.get(region, "kms", "describe-key", "--key-id", "alias/app-test")
			want("key alias/app-test", jsonpath.Get(key, "KeyMetadata", "Arn"), keyARN)
			want("key rotation", api.get(region, "kms", "get-key-rotation-status", "--key-id", keyARN)["KeyRotationEnabled"], true)
		},
		func() {
			bucket := "app-config-test-" + account
			want("bucket name (output)", app["bucket_name"], bucket)
			rule := jsonpath.Get(api.get(region, "s3api", "get-bucket-encryption", "--bucket", bucket), "ServerSideEncryptionConfiguration", "Rules", 0, "ApplyServerSideEncryptionByDefault")
			want("bucket encryption", jsonpath.Get(rule, "SSEAlgorithm"), "aws:kms")
			want("bucket key", jsonpath.Get(rule, "KMSMasterKeyID"), keyARN)
			want("bucket versioning", api.get(region, "s3api", "get-bucket-versioning", "--bucket", bucket)["Status"], "Enabled")
			want("bucket ownership", jsonpath.Get(api.get(region, "s3api", "get-bucket-ownership-controls", "--bucket", bucket), "OwnershipControls", "Rules", 0, "ObjectOwnership"), "BucketOwnerEnforced")
			want("bucket public access", jsonpath.Get(api.get(region, "s3api", "get-public-access-block", "--bucket", bucket), "PublicAccessBlockConfiguration", "RestrictPublicBuckets"), true)
			lc := jsonpath.Get(api.get(region, "s3api", "get-bucket-lifecycle-configuration", "--bucket", bucket), "Rules", 0)
			want("bucket expiration (s3_lifecycle_days)", jsonpath.Get(lc, "Expiration", "Days"), 90)
			want("bucket transition", jsonpath.Get(lc, "Transitions", 0, "StorageClass"), "STANDARD_IA")
			tags := map[string]any{}
			for _, tag := range list(api.get(region, "s3api", "get-bucket-tagging", "--bucket", bucket)["TagSet"]) {
				tags[fmt.Sprint(jsonpath.Get(tag, "Key"))] = jsonpath.Get(tag, "Value")
			}
			for k, v := range map[string]string{"Environment": "test", "Application": "WebApp", "CostCenter": "WebApp-TEST", "Owner": "WebAppTeam", "ManagedBy": "cdktf", "Repository": "unknown", "Author": "unknown"} {
				want("bucket tag "+k, tags[k], v)
			}
		},
		func() {
			table := jsonpath.Get(api.get(region, "dynamodb", "describe-table", "--table-name", "app-data-test"), "Table")
			keys := map[string]any{}
			for _, k := range list(jsonpath.Get(table, "KeySchema")) {
				keys[fmt.Sprint(jsonpath.Get(k, "KeyType"))] = jsonpath.Get(k, "AttributeName")
			}
			want("table keys", keys, map[string]any{"HASH": "id", "RANGE": "timestamp"})
			want("table billing", jsonpath.Get(table, "BillingModeSummary", "BillingMode"), "PAY_PER_REQUEST")
			want("table encryption", jsonpath.Get(table, "SSEDescription", "KMSMasterKeyArn"), keyARN)
			want("table index", jsonpath.Get(table, "GlobalSecondaryIndexes", 0, "IndexName"), "GSI1-test")
			want("table index projection", jsonpath.Get(table, "GlobalSecondaryIndexes", 0, "Projection", "ProjectionType"), "ALL")
			pitr := api.get(region, "dynamodb", "describe-continuous-backups", "--table-name", "app-data-test")
			want("table point-in-time recovery", jsonpath.Get(pitr, "ContinuousBackupsDescription", "PointInTimeRecoveryDescription", "PointInTimeRecoveryStatus"), "ENABLED")
		},
		func() {
			role := jsonpath.Get(api.get(region, "iam", "get-role", "--role-name", "app-role-test"), "Role")
			want("app role max session", jsonpath.Get(role, "MaxSessionDuration"), 14400)
			want("app role ARN (output)", app["app_role_arn"], jsonpath.Get(role, "Arn"))
			if !strings.Contains(fmt.Sprint(jsonpath.Get(role, "AssumeRolePolicyDocument")), "ec2.amazonaws.com") {
				t.Errorf("app role trust %v: not EC2", jsonpath.Get(role, "AssumeRolePolicyDocument"))
			}
			admin := jsonpath.Get(api.get(region, "iam", "get-role", "--role-name", "admin-role-test"), "Role")
			want("admin role ARN (output)", app["admin_role_arn"], jsonpath.Get(admin, "Arn"))
		},
		func() {
			groups := map[string]any{}
			for _, g := range list(api.get(region, "logs", "describe-log-groups", "--log-group-name-prefix", "/aws/app/test")["logGroups"]) {
				groups[fmt.Sprint(jsonpath.Get(g, "logGroupName"))] = jsonpath.Get(g, "retentionInDays")
			}
			want("log groups and retention", groups, map[string]any{"/aws/app/test": 30.0, "/aws/app/test/errors": 30.0})
			filter := jsonpath.Get(api.get(region, "logs", "describe-metric-filters", "--log-group-name", "/aws/app/test"), "metricFilters", 0)
			want("metric filter pattern", jsonpath.Get(filter, "filterPattern"), `[timestamp, request, error_level="ERROR"]`)
			want("metric filter namespace", jsonpath.Get(filter, "metricTransformations", 0, "metricNamespace"), "App/test")
			want("metric filter name", jsonpath.Get(filter, "metricTransformations", 0, "metricName"), "ErrorCount")
		},
		func() {
			params := map[string][2]any{}
			for _, p := range list(api.get(region, "ssm", "get-parameters-by-path", "--path", "/app/test", "--recursive", "--with-decryption")["Parameters"]) {
				params[fmt.Sprint(jsonpath.Get(p, "Name"))] = [2]any{jsonpath.Get(p, "Value"), jsonpath.Get(p, "Type")}
			}
			want("parameters", params, map[string][2]any{
				"/app/test/database/connection_string": {"dynamodb://app-data-test", "SecureString"},
				"/app/test/s3/config_bucket":           {"app-config-test-" + account, "String"},
				"/app/test/logging/level":              {"INFO", "String"},
				"/app/test/api/rate_limit":             {"5000", "String"},
			})
		},
	)
}

// checkPulumiStaging reads back the Pulumi design's staging environment.
func checkPulumiStaging(t *testing.T, api awsCLI, s *envs.Spec, app map[string]any) {
	region := s.Region
	keyARN := fmt.Sprint(app["kms_key_arn"])
	want := expect(t)
	parallel(
		func() {
			cluster := jsonpath.Get(api.get(region, "rds", "describe-db-clusters", "--db-cluster-identifier", "tap-staging-db"), "DBClusters", 0)
			want("engine", jsonpath.Get(cluster, "Engine"), "aurora-postgresql")
			want("engine version", jsonpath.Get(cluster, "EngineVersion"), s.Database.EngineVersion)
			want("storage encrypted", jsonpath.Get(cluster, "StorageEncrypted"), true)
			want("cluster key", jsonpath.Get(cluster, "KmsKeyId"), keyARN)
			want("backup retention", jsonpath.Get(cluster, "BackupRetentionPeriod"), 7)
			want("deletion protection", jsonpath.Get(cluster, "DeletionProtection"), false)
			want("instances (1 for staging)", len(list(jsonpath.Get(cluster, "DBClusterMembers"))), 1)
			want("endpoint (output)", app["db_endpoint"], jsonpath.Get(cluster, "Endpoint"))
			want("reader endpoint (output)", app["db_reader_endpoint"], jsonpath.Get(cluster, "ReaderEndpoint"))
			instance := jsonpath.Get(api.get(region, "rds", "describe-db-instances", "--db-instance-identifier", "tap-staging-db-0"), "DBInstances", 0)
			want("instance class", jsonpath.Get(instance, "DBInstanceClass"), "db.t4g.large")
			want("instance publicly accessible", jsonpath.Get(instance, "PubliclyAccessible"), false)
			params := map[string]any{}
			for _, p := range list(api.get(region, "rds", "describe-db-parameters", "--db-parameter-group-name", "tap-staging-db-instance")["Parameters"]) {
				params[fmt.Sprint(jsonpath.Get(p, "ParameterName"))] = jsonpath.Get(p, "ParameterValue")
			}
			want("log_statement", params["log_statement"], "all")
			want("log_min_duration_statement", params["log_min_duration_statement"], "1000")
		},
		func() {
			secret := api.get(region, "secretsmanager", "describe-secret", "--secret-id", fmt.Sprint(app["db_secret_arn"]))
			want("credentials rotation", secret["RotationEnabled"], true)
			want("credentials rotation days", jsonpath.Get(secret, "RotationRules", "AutomaticallyAfterDays"), 30)
		},
		func() {
			fn := api.get(region, "lambda", "get-function-configuration", "--function-name", "tap-staging-api")
			want("package type", fn["PackageType"], "Image")
			want("memory", fn["MemorySize"], 2048)
			want("function ARN (output)", app["function_arn"], fn["FunctionArn"])
			vars := jsonpath.Get(fn, "Environment", "Variables")
			want("ENVIRONMENT_NAME", jsonpath.Get(vars, "ENVIRONMENT_NAME"), "staging")
			want("DB_ENDPOINT", jsonpath.Get(vars, "DB_ENDPOINT"), app["db_endpoint"])
			want("DB_SECRET_ARN", jsonpath.Get(vars, "DB_SECRET_ARN"), app["db_secret_arn"])
			if len(list(jsonpath.Get(fn, "VpcConfig", "SubnetIds"))) != s.Network.AZCount {
				t.Errorf("function subnets %v, want one per AZ (%d)", jsonpath.Get(fn, "VpcConfig", "SubnetIds"), s.Network.AZCount)
			}
			concurrency := api.get(region, "lambda", "get-function-concurrency", "--function-name", "tap-staging-api")
			want("reserved concurrency (cpu 1)", concurrency["ReservedConcurrentExecutions"], 50)
		},
		func() {
			thresholds := map[string]any{}
			for _, a := range list(api.get(region, "cloudwatch", "describe-alarms", "--alarm-name-prefix", "tap-staging-")["MetricAlarms"]) {
				thresholds[fmt.Sprint(jsonpath.Get(a, "Namespace"), " ", jsonpath.Get(a, "MetricName"))] = jsonpath.Get(a, "Threshold")
				if actions := strs(jsonpath.Get(a, "AlarmActions")); !slices.Equal(actions, []string{fmt.Sprint(app["alarm_topic_arn"])}) {
					t.Errorf("alarm %v notifies %v, want the topic", jsonpath.Get(a, "AlarmName"), actions)
				}
			}
			want("Lambda errors threshold", thresholds["AWS/Lambda Errors"], 5)
			want("Lambda duration threshold", thresholds["AWS/Lambda Duration"], 3000)
			want("Aurora CPU threshold", thresholds["AWS/RDS CPUUtilization"], 80)
		},
		func() {
			for _, g := range list(api.get(region, "logs", "describe-log-groups", "--log-group-name-prefix", "/tap/staging")["logGroups"]) {
				want(fmt.Sprint("retention of ", jsonpath.Get(g, "logGroupName")), jsonpath.Get(g, "retentionInDays"), 30)
			}
			want("function log retention", jsonpath.Get(api.get(region, "logs", "describe-log-groups", "--log-group-name-prefix", "/aws/lambda/tap-staging-api"), "logGroups", 0, "retentionInDays"), 30)
		},
	)
}
