package tests

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/platform/estate/envs"
)

// minimal is the smallest valid spec: the required fields only.
const minimal = `region: us-east-1
network:
  cidr: 10.0.0.0/16
lambda:
  image_uri: 123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1.0.0
tags:
  cost_center: cc-1
  owner: platform-team
`

// with returns minimal with extra lines appended.
func with(lines ...string) string { return minimal + strings.Join(lines, "\n") + "\n" }

// writeEnvs lays files out in a fresh envs/ directory and changes into its
// parent, so that messages name envs/<file> as they do for a user.
func writeEnvs(t *testing.T, files map[string]string) {
	t.Helper()
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "envs"), 0o755); err != nil {
		t.Fatal(err)
	}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, "envs", name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
}

func TestMinimalSpecGetsDefaults(t *testing.T) {
	writeEnvs(t, map[string]string{"qa.yaml": minimal})
	specs, problems := envs.LoadDir("envs")
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	got, want := specs[0], envs.Defaults()
	want.Name, want.File, want.Region = "qa", "envs/qa.yaml", "us-east-1"
	want.Network.CIDR = "10.0.0.0/16"
	want.Lambda.ImageURI = "123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1.0.0"
	want.Tags = envs.Tags{CostCenter: "cc-1", Owner: "platform-team"}
	if mustJSON(got) != mustJSON(want) {
		t.Errorf("got %s\nwant %s", mustJSON(got), mustJSON(want))
	}
}

// TestSeeds pins the environments' starting values.
func TestSeeds(t *testing.T) {
	specs, problems := envs.LoadDir(filepath.Join(projectRoot, "envs"))
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	by := map[string]envs.Spec{}
	for _, s := range specs {
		by[s.Name] = s
	}
	dev, staging, prod := by["dev"], by["staging"], by["prod"]
	checks := []struct {
		what      string
		got, want any
	}{
		{"dev region", dev.Region, "us-east-2"},
		{"staging region", staging.Region, "us-west-2"},
		{"prod region", prod.Region, "us-east-1"},
		{"dev instance class", dev.Database.InstanceClass, "db.t4g.medium"},
		{"dev instances", dev.Database.InstanceCount, 1},
		{"dev lambda memory", dev.Lambda.MemoryMB, 1024},
		{"dev billing", dev.DynamoDB.BillingMode, envs.BillingPayPerRequest},
		{"dev PITR", dev.DynamoDB.PointInTimeRecovery, false},
		{"dev versioning", dev.Bucket.Versioning, false},
		{"dev log retention", dev.Logs.RetentionDays, 7},
		{"dev NAT", dev.Network.NAT, envs.NATSingle},
		{"dev protect", dev.ProtectData, false},
		{"staging PITR", staging.DynamoDB.PointInTimeRecovery, true},
		{"staging versioning", staging.Bucket.Versioning, true},
		{"staging log retention", staging.Logs.RetentionDays, 30},
		{"staging protect", staging.ProtectData, false},
		{"prod instance class", prod.Database.InstanceClass, "db.r6g.large"},
		{"prod instances", prod.Database.InstanceCount, 2},
		{"prod billing", prod.DynamoDB.BillingMode, envs.BillingProvisioned},
		{"prod log retention", prod.Logs.RetentionDays, 90},
		{"prod NAT", prod.Network.NAT, envs.NATPerAZ},
		{"prod protect", prod.ProtectData, true},
		{"dev log level", dev.App.LogLevel, "debug"},
		{"prod log level", prod.App.LogLevel, "info"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %v, want %v", c.what, c.got, c.want)
		}
	}
}

// TestBadSpecs gives one bad input per rule and asserts the whole report.
func TestBadSpecs(t *testing.T) {
	cases := []struct {
		name  string
		files map[string]string
		want  []string
	}{
		{
			name:  "syntax error",
			files: map[string]string{"dev.yaml": "region: us-east-1\nnetwork:\n  cidr: [10.0.0.0/16\n"},
			want:  []string{`envs/dev.yaml:3:9: YAML syntax error: sequence end token ']' not found; fix the syntax (indent with spaces, one key per line)`},
		},
		{
			name:  "empty file",
			files: map[string]string{"dev.yaml": "# nothing yet\n"},
			want:  []string{`envs/dev.yaml: the file is empty; an environment needs at least region, network.cidr, lambda.image_uri and tags`},
		},
		{
			name:  "two documents",
			files: map[string]string{"dev.yaml": minimal + "---\n" + minimal},
			want:  []string{`envs/dev.yaml:9:1: the file holds 2 YAML documents; keep exactly one (remove the extra '---')`},
		},
		{
			name:  "top level not a mapping",
			files: map[string]string{"dev.yaml": "- region: us-east-1\n"},
			want:  []string{`envs/dev.yaml:1:1: expected a mapping of keys to values at the top level, got a list`},
		},
		{
			name:  "unknown top-level key, and the key it misspelt is then missing",
			files: map[string]string{"dev.yaml": strings.Replace(minimal, "region:", "regoin:", 1)},
			want: []string{
				`envs/dev.yaml: region: is required; set it, for example region: us-east-1`,
				`envs/dev.yaml:1:1: regoin: unknown key; allowed keys at the top level: account_id, alarms, app, application, bucket, database, dynamodb, kms, lambda, logs, names, network, parameters, protect_data, region, role_arn, roles, secrets, tags`,
			},
		},
		{
			name:  "unknown nested key",
			files: map[string]string{"dev.yaml": with("database:", "  instanse_count: 2")},
			want:  []string{`envs/dev.yaml:10:3: database.instanse_count: unknown key; allowed keys in database: backup_retention_days, credentials_rotation_days, enabled, engine_version, instance_class, instance_count, log_statement, slow_statement_ms`},
		},
		{
			name:  "duplicate key",
			files: map[string]string{"dev.yaml": with("region: us-west-2")},
			want:  []string{`envs/dev.yaml:9:1: mapping key "region" already defined at [1:1]; keep one of them`},
		},
		{
			name:  "string where a number belongs",
			files: map[string]string{"dev.yaml": strings.Replace(minimal, "  image_uri:", "  memory_mb: big\n  image_uri:", 1)},
			want:  []string{`envs/dev.yaml:5:14: lambda.memory_mb: expected a whole number, got the string "big"; allowed: one of 128, 256, 512, 1024, 1536, 2048, 3008, 4096, 6144, 8192, 10240`},
		},
		{
			name:  "wrong types",
			files: map[string]string{"dev.yaml": with("database:", "  instance_count: two", "protect_data: 1", "bucket:", "  versioning: yes", "logs:", "  retention_days: 7.5")},
			want: []string{
				`envs/dev.yaml:10:19: database.instance_count: expected a whole number, got the string "two"; allowed: 1 to 15`,
				`envs/dev.yaml:11:15: protect_data: expected true or false, got the number 1`,
				`envs/dev.yaml:13:15: bucket.versioning: expected true or false, got the string "yes"`,
				`envs/dev.yaml:15:19: logs.retention_days: expected a whole number, got the decimal number 7.5; allowed: one of 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653`,
			},
		},
		{
			name:  "scalar where a mapping belongs",
			files: map[string]string{"dev.yaml": with("bucket: true")},
			want:  []string{`envs/dev.yaml:9:9: bucket: expected a mapping of keys to values at bucket, got the boolean true`},
		},
		{
			name:  "key without a value",
			files: map[string]string{"dev.yaml": with("kms:", "  deletion_window_days:")},
			want:  []string{`envs/dev.yaml:10:3: kms.deletion_window_days: has no value; set one, or remove the key to use the default`},
		},
		{
			name:  "missing required values",
			files: map[string]string{"dev.yaml": "region: us-east-1\nnetwork:\n  nat: none\n"},
			want: []string{
				`envs/dev.yaml: lambda.image_uri: is required; set it, for example image_uri: 123456789012.dkr.ecr.us-east-1.amazonaws.com/estate-api:1.0.0`,
				`envs/dev.yaml: network.cidr: is required; set it, for example cidr: 10.10.0.0/16`,
				`envs/dev.yaml: tags.cost_center: is required; set it, for example cost_center: platform-team`,
				`envs/dev.yaml: tags.owner: is required; set it, for example owner: platform-team`,
			},
		},
		{
			name:  "bad region",
			files: map[string]string{"dev.yaml": strings.Replace(minimal, "us-east-1\n", "US East\n", 1)},
			want:  []string{`envs/dev.yaml:1:9: region: "US East" is not an AWS region name; use one such as us-east-1 or eu-west-2`},
		},
		{
			name:  "out-of-range sizes",
			files: map[string]string{"dev.yaml": with("database:", "  instance_count: 20", "  backup_retention_days: 0", "lambda_timeout_is_fine: true")},
			want: []string{
				`envs/dev.yaml:10:19: database.instance_count: 20 is out of range; allowed 1 to 15`,
				`envs/dev.yaml:11:26: database.backup_retention_days: 0 is out of range; allowed 1 to 35`,
				`envs/dev.yaml:12:1: lambda_timeout_is_fine: unknown key; allowed keys at the top level: account_id, alarms, app, application, bucket, database, dynamodb, kms, lambda, logs, names, network, parameters, protect_data, region, role_arn, roles, secrets, tags`,
			},
		},
		{
			name: "values outside the allowed lists",
			files: map[string]string{"dev.yaml": strings.Replace(minimal, "  image_uri:", "  memory_mb: 1000\n  image_uri:", 1) +
				"logs:\n  retention_days: 10\nnetwork_extra: 1\n"},
			want: []string{
				`envs/dev.yaml:5:14: lambda.memory_mb: 1000 is not allowed; use one of 128, 256, 512, 1024, 1536, 2048, 3008, 4096, 6144, 8192, 10240`,
				`envs/dev.yaml:11:19: logs.retention_days: 10 is not allowed; use one of 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653`,
				`envs/dev.yaml:12:1: network_extra: unknown key; allowed keys at the top level: account_id, alarms, app, application, bucket, database, dynamodb, kms, lambda, logs, names, network, parameters, protect_data, region, role_arn, roles, secrets, tags`,
			},
		},
		{
			name:  "AZ count and NAT strategy",
			files: map[string]string{"dev.yaml": strings.Replace(minimal, "  cidr: 10.0.0.0/16\n", "  cidr: 10.0.0.0/16\n  az_count: 4\n  nat: double\n", 1)},
			want: []string{
				`envs/dev.yaml:4:13: network.az_count: 4 is not allowed; use 2 or 3`,
				`envs/dev.yaml:5:8: network.nat: "double" is not allowed; use one of none, single, per_az`,
			},
		},
		{
			name:  "engine version outside 15.x and an unknown instance class",
			files: map[string]string{"dev.yaml": with("database:", "  engine_version: 16.1", "  instance_class: db.m5.huge")},
			want: []string{
				`envs/dev.yaml:10:19: database.engine_version: "16.1" is not an Aurora PostgreSQL 15 version; use 15.<minor>, for example 15.8`,
				`envs/dev.yaml:11:19: database.instance_class: "db.m5.huge" is not an Aurora PostgreSQL instance class; use db.t4g.medium, db.t4g.large or a memory-optimised class such as db.r6g.large`,
			},
		},
		{
			name:  "application settings",
			files: map[string]string{"dev.yaml": with("app:", "  log_level: verbose", "  api_rate_limit: 0")},
			want: []string{
				`envs/dev.yaml:10:14: app.log_level: "verbose" is not allowed; use one of debug, info, warn, error (in any case)`,
				`envs/dev.yaml:11:19: app.api_rate_limit: 0 is out of range; allowed 1 to 100000`,
			},
		},
		{
			name:  "KMS deletion window",
			files: map[string]string{"dev.yaml": with("kms:", "  deletion_window_days: 5")},
			want:  []string{`envs/dev.yaml:10:25: kms.deletion_window_days: 5 is out of range; allowed 7 to 30`},
		},
		{
			name:  "CIDR not IPv4",
			files: map[string]string{"dev.yaml": strings.Replace(minimal, "10.0.0.0/16", "fd00::/48", 1)},
			want:  []string{`envs/dev.yaml:3:9: network.cidr: "fd00::/48" is not an IPv4 CIDR block; use one such as 10.10.0.0/16`},
		},
		{
			name:  "CIDR with host bits",
			files: map[string]string{"dev.yaml": strings.Replace(minimal, "10.0.0.0/16", "10.0.1.0/16", 1)},
			want:  []string{`envs/dev.yaml:3:9: network.cidr: "10.0.1.0/16" has host bits set; use the network address 10.0.0.0/16`},
		},
		{
			name:  "CIDR too large",
			files: map[string]string{"dev.yaml": strings.Replace(minimal, "10.0.0.0/16", "10.0.0.0/8", 1)},
			want:  []string{`envs/dev.yaml:3:9: network.cidr: "10.0.0.0/8" has prefix length /8; allowed /16 to /24 (AWS VPC limits, room for 9 subnets)`},
		},
		{
			name:  "CIDR public",
			files: map[string]string{"dev.yaml": strings.Replace(minimal, "10.0.0.0/16", "8.8.0.0/16", 1)},
			want:  []string{`envs/dev.yaml:3:9: network.cidr: "8.8.0.0/16" is not private address space; use a range inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16`},
		},
		{
			name: "overlapping CIDRs across files",
			files: map[string]string{
				"dev.yaml":  minimal,
				"prod.yaml": strings.Replace(minimal, "10.0.0.0/16", "10.0.128.0/20", 1),
				"qa.yaml":   strings.Replace(minimal, "10.0.0.0/16", "10.1.0.0/16", 1),
			},
			want: []string{`envs/prod.yaml:3:9: network.cidr: 10.0.128.0/20 overlaps 10.0.0.0/16 of envs/dev.yaml; give every environment its own range`},
		},
		{
			name: "overlap found even when a file has other problems",
			files: map[string]string{
				"dev.yaml":  strings.Replace(minimal, "owner: platform-team", "owner: [a, b]", 1),
				"prod.yaml": minimal,
			},
			want: []string{
				`envs/dev.yaml:8:10: tags.owner: expected a string, got a list`,
				`envs/prod.yaml:3:9: network.cidr: 10.0.0.0/16 overlaps 10.0.0.0/16 of envs/dev.yaml; give every environment its own range`,
			},
		},
		{
			name:  "provisioned table without capacities",
			files: map[string]string{"dev.yaml": with("dynamodb:", "  billing_mode: PROVISIONED")},
			want: []string{
				`envs/dev.yaml: dynamodb.read_capacity: 0 is out of range; allowed 1 to 40000`,
				`envs/dev.yaml: dynamodb.write_capacity: 0 is out of range; allowed 1 to 40000`,
			},
		},
		{
			name:  "on-demand table with capacities, and an unknown billing mode elsewhere",
			files: map[string]string{"dev.yaml": with("dynamodb:", "  read_capacity: 5"), "qa.yaml": strings.Replace(with("dynamodb:", "  billing_mode: on_demand"), "10.0.0.0/16", "10.1.0.0/16", 1)},
			want: []string{
				`envs/dev.yaml:10:18: dynamodb.read_capacity: is set to 5 but billing_mode is PAY_PER_REQUEST; remove it, or set billing_mode: PROVISIONED`,
				`envs/qa.yaml:10:17: dynamodb.billing_mode: "on_demand" is not allowed; use one of PAY_PER_REQUEST, PROVISIONED`,
			},
		},
		{
			name:  "protected data with short backups",
			files: map[string]string{"dev.yaml": with("protect_data: true", "database:", "  backup_retention_days: 3")},
			want: []string{
				`envs/dev.yaml:11:26: database.backup_retention_days: 3 is too short for protected data; keep at least 7 days, or set protect_data: false`,
			},
		},
		{
			name:  "a key earlier versions had",
			files: map[string]string{"dev.yaml": with("protect_data: true", "database:", "  deletion_protection: true")},
			want: []string{
				`envs/dev.yaml:11:3: database.deletion_protection: was removed: deletion protection follows protect_data (true: deletion protection, a final snapshot and prevent_destroy on all data); remove the key`,
			},
		},
		{
			name:  "image not in ECR",
			files: map[string]string{"dev.yaml": strings.Replace(minimal, "123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1.0.0", "docker.io/library/app:latest", 1)},
			want:  []string{`envs/dev.yaml:5:14: lambda.image_uri: "docker.io/library/app:latest" is not an ECR image URI pinned by tag or digest; use <account>.dkr.ecr.<region>.amazonaws.com/<repository>:<tag>`},
		},
		{
			name:  "alarms",
			files: map[string]string{"dev.yaml": with("alarms:", "  email: oncall", "  lambda_p95_duration_ms: 60000", "  database_cpu_percent: 120", "  error_log_lines: 0")},
			want: []string{
				`envs/dev.yaml:10:10: alarms.email: "oncall" is not an email address; use one such as oncall@example.com, or remove the key`,
				`envs/dev.yaml:11:27: alarms.lambda_p95_duration_ms: 60000 is out of range; allowed 1 to 30000`,
				`envs/dev.yaml:12:25: alarms.database_cpu_percent: 120 is out of range; allowed 1 to 100`,
				`envs/dev.yaml:13:20: alarms.error_log_lines: 0 is too small; it must be at least 1`,
			},
		},
		{
			name:  "bad tag value",
			files: map[string]string{"dev.yaml": strings.Replace(minimal, "owner: platform-team", `owner: "team<1>"`, 1)},
			want:  []string{`envs/dev.yaml:8:10: tags.owner: "team<1>" is not a valid AWS tag value; use at most 256 letters, digits, spaces and _ . : / = + - @`},
		},
		{
			name:  "YAML aliases",
			files: map[string]string{"dev.yaml": with("secrets:", "  rotation_days: *days")},
			want:  []string{`envs/dev.yaml:10:18: secrets.rotation_days: YAML aliases (*name) are not supported; write the value out`},
		},
		{
			name:  "bad environment file names",
			files: map[string]string{"dev.yaml": minimal, "Prod.yaml": minimal, "qa.yml": minimal, "_parity.yaml": "not: an environment\n", "README.md": "ignored"},
			want: []string{
				`envs/Prod.yaml: environment name "Prod" is not allowed; name the file <name>.yaml with 2 to 10 lowercase letters and digits, starting with a letter`,
				`envs/qa.yml: environment specs end in .yaml; rename the file to qa.yaml`,
			},
		},
		{
			name:  "no environments",
			files: map[string]string{"README.md": "nothing here"},
			want:  []string{`envs: no environment specs found; add one file per environment, for example envs/dev.yaml`},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			writeEnvs(t, c.files)
			_, problems := envs.LoadDir("envs")
			if len(problems) == 0 {
				t.Fatalf("no problem reported; want %q", c.want)
			}
			got := problems.Strings()
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("got:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(c.want, "\n  "))
			}
		})
	}
}

// TestBadSettings covers the settings that come from environment variables.
func TestBadSettings(t *testing.T) {
	cases := []struct {
		name string
		vars map[string]string
		want []string
	}{
		{"suffix characters", map[string]string{envs.EnvSuffix: "PR_7"}, []string{
			`environment variable ENVIRONMENT_SUFFIX: "PR_7" is not allowed; use up to 32 lowercase letters, digits and inner hyphens (it goes into every resource name), or unset it`,
		}},
		{"suffix length", map[string]string{envs.EnvSuffix: "feature-123-of-the-payments-team-x"}, []string{
			`environment variable ENVIRONMENT_SUFFIX: "feature-123-of-the-payments-team-x" is not allowed; use up to 32 lowercase letters, digits and inner hyphens (it goes into every resource name), or unset it`,
		}},
		{"unknown backend", map[string]string{envs.EnvStateBackend: "gcs"}, []string{
			`environment variable STATE_BACKEND: "gcs" is not a state backend; use local (the default), s3 or cloud`,
		}},
		{"incomplete s3 backend", map[string]string{envs.EnvStateBackend: "s3"}, []string{
			`environment variable STATE_BUCKET: is required with STATE_BACKEND=s3; set it to the name of the state bucket`,
			`environment variable STATE_REGION: is required with STATE_BACKEND=s3; set it to the state bucket's region, for example us-east-1`,
		}},
		{"bad s3 values", map[string]string{envs.EnvStateBackend: "s3", envs.EnvStateBucket: "My_Bucket", envs.EnvStateRegion: "mars-1", envs.EnvStateKeyPrefix: "/estate/", envs.EnvStateLockTable: "x"}, []string{
			`environment variable STATE_BUCKET: "My_Bucket" is not a valid S3 bucket name; use 3 to 63 lowercase letters, digits, dots and hyphens`,
			`environment variable STATE_KEY_PREFIX: "/estate/" is not a usable key prefix; use path segments of letters, digits and !_.*'()- separated by single slashes, without a leading or trailing slash`,
			`environment variable STATE_LOCK_TABLE: "x" is not a valid DynamoDB table name; use 3 to 255 letters, digits, _ . and -`,
			`environment variable STATE_REGION: "mars-1" is not an AWS region name; use one such as us-east-1`,
		}},
		{"s3 settings with the local backend", map[string]string{envs.EnvStateBucket: "acme-state"}, []string{
			`environment variable STATE_BUCKET: is set but STATE_BACKEND is local, so it would be ignored; set STATE_BACKEND=s3 to keep state in S3, or unset STATE_BUCKET`,
		}},
		{"unknown target", map[string]string{envs.EnvTarget: "production"}, []string{
			`environment variable TARGET: "production" is not a target; use local (the default: the local AWS emulator) or aws (the account of your AWS credentials)`,
		}},
		{"malformed destroy override", map[string]string{envs.EnvAllowDestroy: "prod;dev"}, []string{
			`environment variable ALLOW_DESTROY: "prod;dev" is not an environment name; list environments separated by commas, for example ALLOW_DESTROY=prod`,
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, problems := envs.LoadSettings(getenvFrom(c.vars))
			got := problems.Strings()
			if len(problems) == 0 || strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("got:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(c.want, "\n  "))
			}
		})
	}
}

// TestAllProblemsAtOnce checks that problems of several files and of the
// settings come back in one report.
func TestAllProblemsAtOnce(t *testing.T) {
	writeEnvs(t, map[string]string{
		"dev.yaml":  strings.Replace(minimal, "  image_uri:", "  memory_mb: 1000\n  image_uri:", 1),
		"prod.yaml": strings.Replace(minimal, "10.0.0.0/16", "10.1.0.0/33", 1),
	})
	_, err := envs.Load("envs", getenvFrom(map[string]string{envs.EnvSuffix: "UPPER"}))
	if err == nil {
		t.Fatal("no error")
	}
	lines := strings.Split(err.Error(), "\n")
	if lines[0] != "invalid configuration: 3 problems" || len(lines) != 4 {
		t.Errorf("want a header and three problems, got:\n%s", err)
	}
	for _, want := range []string{"envs/dev.yaml:", "envs/prod.yaml:3:9: network.cidr:", "environment variable ENVIRONMENT_SUFFIX:"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("report lacks %q:\n%s", want, err)
		}
	}
}

// TestEnvsDirNamesAFolder: a spec folder that ENVS_DIR names and that is
// not there is the setting's problem, reported with the settings' others.
func TestEnvsDirNamesAFolder(t *testing.T) {
	writeEnvs(t, map[string]string{"dev.yaml": minimal})
	for _, named := range []string{"nope", "envs/dev.yaml"} {
		_, err := envs.Load(named, getenvFrom(map[string]string{envs.EnvEnvsDir: named, envs.EnvTarget: "gcp"}))
		want := "invalid configuration: 2 problems\n" +
			`  environment variable ENVS_DIR: "` + named + `" is not a folder of environment specs; name one, such as envs or examples/pulumi, or unset it` + "\n" +
			`  environment variable TARGET: "gcp" is not a target; use local (the default: the local AWS emulator) or aws (the account of your AWS credentials)`
		if err == nil || err.Error() != want {
			t.Errorf("ENVS_DIR=%s: got\n%v\nwant\n%s", named, err, want)
		}
	}
}

// TestAllowDestroyNamesAnEnvironment: the destroy override must name an
// environment that exists; a typo must not silently protect nothing.
func TestAllowDestroyNamesAnEnvironment(t *testing.T) {
	writeEnvs(t, map[string]string{"dev.yaml": minimal, "prod.yaml": strings.Replace(minimal, "10.0.0.0/16", "10.1.0.0/16", 1)})
	_, err := envs.Load("envs", getenvFrom(map[string]string{envs.EnvAllowDestroy: "prdo"}))
	want := "invalid configuration: 1 problem\n" +
		`  environment variable ALLOW_DESTROY: "prdo" is not an environment; use one of dev, prod (a file in envs/ each)`
	if err == nil || err.Error() != want {
		t.Errorf("got:\n%v\nwant:\n%s", err, want)
	}
}
