package tests

import (
	"encoding/json"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/platform/estate/constructs/data/bucket"
	"github.com/platform/estate/constructs/network"
	"github.com/platform/estate/envs"
	"github.com/platform/estate/internal/jsonpath"
	"github.com/platform/estate/internal/layout"
)

// appStack is one environment's synthesized app stack, with helpers to find
// its blocks and name references to them.
type appStack struct {
	t    *testing.T
	s    *synthesized
	name string
	spec envs.Spec
	doc  map[string]any
}

func eachApp(t *testing.T, s *synthesized, test func(t *testing.T, a *appStack)) {
	for _, spec := range s.Project.Environments {
		name := layout.AppStack(spec.Name, "")
		t.Run(name, func(t *testing.T) {
			test(t, &appStack{t: t, s: s, name: name, spec: spec, doc: s.Docs[name]})
		})
	}
}

// one returns the logical name and body of the only block of typ (kind
// "resource" or "data") whose logical name starts with prefix.
func (a *appStack) one(kind, typ, prefix string) (string, map[string]any) {
	a.t.Helper()
	var names []string
	for name := range resourcesOf(a.doc, kind, typ) {
		if strings.HasPrefix(name, prefix) {
			names = append(names, name)
		}
	}
	if len(names) != 1 {
		a.t.Fatalf("%s: want one %s %s named %s*, got %v", a.name, kind, typ, prefix, names)
	}
	return names[0], resourcesOf(a.doc, kind, typ)[names[0]]
}

// ref is the reference to attr of the only resource of typ named prefix*.
func (a *appStack) ref(typ, prefix, attr string) string {
	a.t.Helper()
	name, _ := a.one("resource", typ, prefix)
	return "${" + typ + "." + name + "." + attr + "}"
}

func (a *appStack) keyARN() string { return a.ref("aws_kms_key", "key", "arn") }

// statements returns the statements of the policy document data source
// named prefix*.
func (a *appStack) statements(prefix string) []map[string]any {
	a.t.Helper()
	_, doc := a.one("data", "aws_iam_policy_document", prefix)
	var out []map[string]any
	for _, s := range doc["statement"].([]any) {
		out = append(out, s.(map[string]any))
	}
	return out
}

func strs(v any) []string {
	var out []string
	for _, x := range v.([]any) {
		out = append(out, fmt.Sprint(x))
	}
	return out
}

func equal(got any, want any) bool { return mustJSON(got) == mustJSON(want) }

func TestEncryptionWithTheEnvironmentKey(t *testing.T) {
	eachApp(t, awsSynth(t), func(t *testing.T, a *appStack) {
		key := a.keyARN()
		assertResource(t, a.s, a.name, "aws_dynamodb_table", map[string]any{
			"server_side_encryption": map[string]any{"enabled": true, "kms_key_arn": key},
		})
		assertResource(t, a.s, a.name, "aws_s3_bucket_server_side_encryption_configuration", map[string]any{
			"rule": []any{map[string]any{
				"apply_server_side_encryption_by_default": map[string]any{"sse_algorithm": "aws:kms", "kms_master_key_id": key},
				"bucket_key_enabled":                      true,
			}},
		})
		assertResource(t, a.s, a.name, "aws_rds_cluster", map[string]any{
			"storage_encrypted": true, "kms_key_id": key, "master_user_secret_kms_key_id": key,
		})
		assertResource(t, a.s, a.name, "aws_sns_topic", map[string]any{"kms_master_key_id": key})
		assertResource(t, a.s, a.name, "aws_secretsmanager_secret", map[string]any{"kms_key_id": key})
		assertResource(t, a.s, a.name, "aws_ssm_parameter", map[string]any{"type": "SecureString", "key_id": key})
		for name, fn := range resourcesOf(a.doc, "resource", "aws_lambda_function") {
			if fn["kms_key_arn"] != key {
				t.Errorf("function %s: kms_key_arn %v, want %s", name, fn["kms_key_arn"], key)
			}
		}
		// Every log group: the key and the environment's retention.
		groups := resourcesOf(a.doc, "resource", "aws_cloudwatch_log_group")
		if len(groups) != 4 {
			t.Errorf("want 4 log groups (api, rotator, database, application), got %d", len(groups))
		}
		for name, g := range groups {
			if g["kms_key_id"] != key || g["retention_in_days"] != float64(a.spec.Logs.RetentionDays) {
				t.Errorf("log group %s: key %v retention %v, want %s and %d days", name, g["kms_key_id"], g["retention_in_days"], key, a.spec.Logs.RetentionDays)
			}
		}
	})
}

func TestKeyPolicy(t *testing.T) {
	eachApp(t, awsSynth(t), func(t *testing.T, a *appStack) {
		var sids []string
		for _, st := range a.statements("key_policy") {
			sids = append(sids, fmt.Sprint(st["sid"]))
			if strings.HasPrefix(fmt.Sprint(st["sid"]), "Via") {
				service := strings.TrimPrefix(fmt.Sprint(st["sid"]), "Via")
				conds := mustJSON(st["condition"])
				if !strings.Contains(conds, service+"."+a.spec.Region+".amazonaws.com") || !strings.Contains(conds, "kms:CallerAccount") {
					t.Errorf("statement %s is not limited to %s in %s of this account: %s", st["sid"], service, a.spec.Region, conds)
				}
			}
		}
		want := []string{"AccountAdministration", "CloudWatchLogs", "CloudWatchAlarms", "Viasns", "Viasecretsmanager", "Viards", "Viadynamodb", "Vias3"}
		if !equal(sids, want) {
			t.Errorf("key policy statements %v, want %v", sids, want)
		}
	})
}

func TestTable(t *testing.T) {
	eachApp(t, awsSynth(t), func(t *testing.T, a *appStack) {
		d := a.spec.DynamoDB
		props := map[string]any{
			"name":                        "estate-" + a.spec.Name + "-items",
			"billing_mode":                d.BillingMode,
			"hash_key":                    "pk",
			"range_key":                   "sk",
			"point_in_time_recovery":      map[string]any{"enabled": d.PointInTimeRecovery},
			"deletion_protection_enabled": a.spec.ProtectData,
			"global_secondary_index":      []any{map[string]any{"name": "gsi1", "hash_key": "gsi1pk", "range_key": "gsi1sk", "projection_type": "ALL"}},
			"ttl":                         map[string]any{"attribute_name": "expires_at", "enabled": true},
		}
		if d.BillingMode == envs.BillingProvisioned {
			props["read_capacity"], props["write_capacity"] = float64(d.ReadCapacity), float64(d.WriteCapacity)
		}
		if d.Stream {
			props["stream_enabled"], props["stream_view_type"] = true, "NEW_AND_OLD_IMAGES"
		}
		assertResource(t, a.s, a.name, "aws_dynamodb_table", props)
	})
	// The seeds differ where the issue says they do.
	s := awsSynth(t)
	pitr := map[string]bool{}
	for _, spec := range s.Project.Environments {
		for _, tbl := range resourcesOf(s.Docs[layout.AppStack(spec.Name, "")], "resource", "aws_dynamodb_table") {
			pitr[spec.Name] = jsonpath.Get(tbl, "point_in_time_recovery", "enabled") == true
		}
	}
	if pitr["dev"] || !pitr["staging"] || !pitr["prod"] {
		t.Errorf("point-in-time recovery by environment %v, want off in dev, on in staging and prod", pitr)
	}
}

func TestBucket(t *testing.T) {
	eachApp(t, awsSynth(t), func(t *testing.T, a *appStack) {
		b := a.spec.Bucket
		bucketRef := a.ref("aws_s3_bucket", "bucket", "id")
		assertResource(t, a.s, a.name, "aws_s3_bucket", map[string]any{"force_destroy": !a.spec.ProtectData})
		status := "Suspended"
		if b.Versioning {
			status = "Enabled"
		}
		assertResource(t, a.s, a.name, "aws_s3_bucket_versioning", map[string]any{
			"bucket": bucketRef, "versioning_configuration": map[string]any{"status": status},
		})
		assertResource(t, a.s, a.name, "aws_s3_bucket_public_access_block", map[string]any{
			"bucket": bucketRef, "block_public_acls": true, "block_public_policy": true, "ignore_public_acls": true, "restrict_public_buckets": true,
		})
		assertResource(t, a.s, a.name, "aws_s3_bucket_ownership_controls", map[string]any{
			"bucket": bucketRef, "rule": map[string]any{"object_ownership": "BucketOwnerEnforced"},
		})
		// Lifecycle: the transitions that come before expiration.
		var transitions []any
		if bucket.InfrequentAccessAfterDays < b.ExpirationDays {
			transitions = append(transitions, map[string]any{"days": float64(30), "storage_class": "STANDARD_IA"})
		}
		if bucket.GlacierAfterDays < b.ExpirationDays {
			transitions = append(transitions, map[string]any{"days": float64(90), "storage_class": "GLACIER"})
		}
		_, lc := a.one("resource", "aws_s3_bucket_lifecycle_configuration", "bucket_lifecycle")
		rule := lc["rule"].([]any)[0].(map[string]any)
		if jsonpath.Get(rule, "expiration", "days") != float64(b.ExpirationDays) || !equal(rule["transition"], transitions) {
			t.Errorf("lifecycle rule %s: want expiration %d and transitions %s", mustJSON(rule), b.ExpirationDays, mustJSON(transitions))
		}
		if (rule["noncurrent_version_expiration"] != nil) != b.Versioning {
			t.Errorf("noncurrent version expiration %v with versioning %v", rule["noncurrent_version_expiration"], b.Versioning)
		}
		// TLS only.
		st := a.statements("bucket_policy-document")
		if len(st) != 1 || st[0]["effect"] != "Deny" || !strings.Contains(mustJSON(st[0]["condition"]), `"aws:SecureTransport"`) {
			t.Errorf("bucket policy must deny insecure transport: %s", mustJSON(st))
		}
	})
}

func TestDatabase(t *testing.T) {
	s := awsSynth(t)
	eachApp(t, s, func(t *testing.T, a *appStack) {
		db := a.spec.Database
		protect := a.spec.ProtectData
		props := map[string]any{
			"cluster_identifier":              "estate-" + a.spec.Name + "-db",
			"engine":                          "aurora-postgresql",
			"engine_version":                  db.EngineVersion,
			"manage_master_user_password":     true,
			"backup_retention_period":         float64(db.BackupRetentionDays),
			"enabled_cloudwatch_logs_exports": []any{"postgresql"},
			"copy_tags_to_snapshot":           true,
			"deletion_protection":             protect,
			"skip_final_snapshot":             !protect,
		}
		if protect {
			props["final_snapshot_identifier"] = "estate-" + a.spec.Name + "-db-final"
		}
		assertResource(t, a.s, a.name, "aws_rds_cluster", props)
		_, cluster := a.one("resource", "aws_rds_cluster", "database_cluster")
		if cluster["master_password"] != nil {
			t.Error("the cluster has a master password in its configuration")
		}

		instances := resourcesOf(a.doc, "resource", "aws_rds_cluster_instance")
		if len(instances) != db.InstanceCount {
			t.Errorf("%d instances, want %d", len(instances), db.InstanceCount)
		}
		azs := map[string]bool{}
		burstable := strings.HasPrefix(db.InstanceClass, "db.t")
		for name, in := range instances {
			azs[fmt.Sprint(in["availability_zone"])] = true
			if in["instance_class"] != db.InstanceClass || in["publicly_accessible"] != false || in["performance_insights_enabled"] != !burstable {
				t.Errorf("instance %s: %s", name, mustJSON(in))
			}
		}
		if len(azs) != db.InstanceCount {
			t.Errorf("instances in %d AZs, want %d (one each)", len(azs), db.InstanceCount)
		}

		// Isolated subnets of the network stack.
		_, group := a.one("resource", "aws_db_subnet_group", "database_subnets")
		assertNetworkOutputs(t, s, a, group["subnet_ids"], "isolated")

		params := mustJSON(resourcesOf(a.doc, "resource", "aws_rds_cluster_parameter_group")) + mustJSON(resourcesOf(a.doc, "resource", "aws_db_parameter_group"))
		for _, p := range []string{`"rds.force_ssl"`, `"pg_stat_statements"`, `"log_min_duration_statement"`} {
			if !strings.Contains(params, p) {
				t.Errorf("parameter groups lack %s", p)
			}
		}
		if strings.Contains(params, `"log_statement"`) == protect {
			t.Errorf("log_statement set %v in an environment with protect_data %v; want it in non-production only", !protect, protect)
		}
		// 5432 from the API function's security group only; no egress.
		_, dbSG := a.one("resource", "aws_security_group", "database_sg")
		if got, want := mustJSON(dbSG["ingress"]), mustJSON([]any{map[string]any{
			"cidr_blocks": nil, "description": nil, "from_port": 5432, "ipv6_cidr_blocks": nil, "prefix_list_ids": nil,
			"protocol": "tcp", "security_groups": []any{a.ref("aws_security_group", "api_sg", "id")}, "self": nil, "to_port": 5432,
		}}); got != want {
			t.Errorf("database ingress %s, want %s", got, want)
		}
		if got := mustJSON(dbSG["egress"]); got != "[]" {
			t.Errorf("database egress %s, want none", got)
		}
	})
	counts := map[string]int{}
	for _, spec := range s.Project.Environments {
		counts[spec.Name] = len(resourcesOf(s.Docs[layout.AppStack(spec.Name, "")], "resource", "aws_rds_cluster_instance"))
	}
	if counts["prod"] != 2 || counts["dev"] != 1 {
		t.Errorf("Aurora instances by environment %v, want 2 in prod and 1 in dev", counts)
	}
}

// assertNetworkOutputs checks that ids are reads of the network stack's
// outputs, each the id of one of env's subnets of tier.
func assertNetworkOutputs(t *testing.T, s *synthesized, a *appStack, ids any, tier string) {
	t.Helper()
	list, ok := ids.([]any)
	if !ok || len(list) == 0 {
		t.Fatalf("subnet ids %v are not a list", ids)
	}
	outputs, _ := s.Docs[layout.NetworkStack]["output"].(map[string]any)
	want := "${aws_subnet." + a.spec.Name + "_network_" + tier + "-"
	for _, id := range list {
		ref := fmt.Sprint(id)
		const prefix = "${data.terraform_remote_state.cross-stack-reference-input-network.outputs."
		if !strings.HasPrefix(ref, prefix) {
			t.Errorf("subnet id %s is not a read of the network stack", ref)
			continue
		}
		out, _ := outputs[strings.TrimSuffix(strings.TrimPrefix(ref, prefix), "}")].(map[string]any)
		if v := fmt.Sprint(out["value"]); !strings.HasPrefix(v, want) {
			t.Errorf("subnet id %s is the network's %s, want a %s subnet of %s", ref, v, tier, a.spec.Name)
		}
	}
	if len(list) != a.spec.Network.AZCount {
		t.Errorf("%d subnets, want one per AZ (%d)", len(list), a.spec.Network.AZCount)
	}
}

func TestFunction(t *testing.T) {
	s := awsSynth(t)
	eachApp(t, s, func(t *testing.T, a *appStack) {
		l := a.spec.Lambda
		logGroup := a.ref("aws_cloudwatch_log_group", "api_log", "name")
		assertResource(t, a.s, a.name, "aws_lambda_function", map[string]any{
			"function_name":                  "estate-" + a.spec.Name + "-api",
			"package_type":                   "Image",
			"image_uri":                      l.ImageURI,
			"memory_size":                    float64(l.MemoryMB),
			"timeout":                        float64(l.TimeoutSeconds),
			"reserved_concurrent_executions": float64(l.ReservedConcurrency),
			"tracing_config":                 map[string]any{"mode": "Active"},
			"logging_config":                 map[string]any{"log_group": logGroup, "log_format": "JSON"},
			"role":                           a.ref("aws_iam_role", "api_role", "arn"),
		})
		_, fn := a.one("resource", "aws_lambda_function", "api_function")
		assertNetworkOutputs(t, s, a, jsonpath.Get(fn, "vpc_config", "subnet_ids"), "private")
		if !equal(jsonpath.Get(fn, "vpc_config", "security_group_ids"), []any{a.ref("aws_security_group", "api_sg", "id")}) {
			t.Errorf("function security groups %v, want its own", jsonpath.Get(fn, "vpc_config", "security_group_ids"))
		}
		// Egress: HTTPS out, PostgreSQL to the database's subnets only; no
		// ingress.
		_, apiSG := a.one("resource", "aws_security_group", "api_sg")
		var apiEgress []string
		for _, rule := range apiSG["egress"].([]any) {
			r := rule.(map[string]any)
			apiEgress = append(apiEgress, fmt.Sprintf("%v:%v:%v", r["from_port"], r["cidr_blocks"], r["security_groups"]))
		}
		sort.Strings(apiEgress)
		isolated, err := network.SubnetCIDRs(a.spec.Network.CIDR, network.Isolated, a.spec.Network.AZCount)
		if err != nil {
			t.Fatal(err)
		}
		if want := []string{"443:[0.0.0.0/0]:<nil>", fmt.Sprintf("5432:%v:<nil>", isolated)}; !equal(apiEgress, want) {
			t.Errorf("API egress %v, want %v", apiEgress, want)
		}
		if got := mustJSON(apiSG["ingress"]); got != "[]" {
			t.Errorf("API ingress %s, want none", got)
		}
		// Its log group exists before it does.
		logGroupName, _ := a.one("resource", "aws_cloudwatch_log_group", "api_log")
		if !strings.Contains(mustJSON(fn["depends_on"]), "aws_cloudwatch_log_group."+logGroupName) {
			t.Errorf("function does not depend on its log group: %v", fn["depends_on"])
		}
		vars, _ := jsonpath.Get(fn, "environment", "variables").(map[string]any)
		var keys []string
		for k := range vars {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		want := []string{"APP_SECRET_ARN", "BUCKET_NAME", "DB_ENDPOINT", "DB_SECRET_ARN", "ENVIRONMENT", "PARAMETER_PATH", "TABLE_NAME"}
		if !equal(keys, want) {
			t.Errorf("environment variables %v, want %v", keys, want)
		}
		if vars["ENVIRONMENT"] != a.spec.Name || vars["PARAMETER_PATH"] != "/estate/"+a.spec.Name {
			t.Errorf("environment variables: %s", mustJSON(vars))
		}
	})
}

// grants returns the statements of the permissions policy of the role built
// in scope, by grant (the Sid without the number a grant's second and later
// statements carry), and checks that the policy is the role's only one.
func (a *appStack) grants(scope string) map[string][]map[string]any {
	a.t.Helper()
	docName, _ := a.one("data", "aws_iam_policy_document", scope+"_permissions_")
	_, policy := a.one("resource", "aws_iam_role_policy", scope+"_permissions-policy")
	roleName, _ := a.one("resource", "aws_iam_role", scope)
	if policy["name"] != "permissions" || policy["policy"] != "${data.aws_iam_policy_document."+docName+".json}" || policy["role"] != "${aws_iam_role."+roleName+".id}" {
		a.t.Errorf("%s: the permissions policy is %s", scope, mustJSON(policy))
	}
	out := map[string][]map[string]any{}
	for _, st := range a.statements(scope + "_permissions_") {
		sid := strings.TrimRight(fmt.Sprint(st["sid"]), "0123456789")
		out[sid] = append(out[sid], st)
	}
	return out
}

// TestGrants checks that the application role's permissions are exactly its
// grants, each on the exact ARN of what it grants.
func TestGrants(t *testing.T) {
	eachApp(t, awsSynth(t), func(t *testing.T, a *appStack) {
		table := a.ref("aws_dynamodb_table", "table", "arn")
		bucketARN := a.ref("aws_s3_bucket", "bucket", "arn")
		want := map[string][]string{
			"TableReadWrite":          {table, table + "/index/*"},
			"BucketRead":              {bucketARN, bucketARN + "/*"},
			"BucketWrite":             {bucketARN + "/*"},
			"AppSecretRead":           {a.ref("aws_secretsmanager_secret", "app-secret", "arn")},
			"DatabaseCredentialsRead": {strings.TrimSuffix(a.ref("aws_rds_cluster", "database_cluster", "master_user_secret"), "}") + "[0].secret_arn}"},
			// Carried by the grants on encrypted data: table and bucket
			// writes encrypt, the reads (bucket, secrets, parameters) decrypt.
			"KeyEncryptDecrypt":     {a.keyARN()},
			"KeyDecrypt":            {a.keyARN()},
			"ApiLogWrite":           {strings.TrimSuffix(a.ref("aws_cloudwatch_log_group", "api_log", "arn"), "}") + "}:*"},
			"MonitoringAppLogWrite": {strings.TrimSuffix(a.ref("aws_cloudwatch_log_group", "monitoring_app-log", "arn"), "}") + "}:*"},
			"ParametersRead": {
				"arn:${data.aws_partition.account-partition.partition}:ssm:" + a.spec.Region + ":${data.aws_caller_identity.account-caller.account_id}:parameter/estate/" + a.spec.Name,
				"arn:${data.aws_partition.account-partition.partition}:ssm:" + a.spec.Region + ":${data.aws_caller_identity.account-caller.account_id}:parameter/estate/" + a.spec.Name + "/*",
			},
			"VpcAccess":             {"*"},
			"XrayWrite":             {"*"},
			"DenyOtherEnvironments": {"*"},
		}
		grants := a.grants("api_role")
		if len(grants) != len(want) {
			var got []string
			for g := range grants {
				got = append(got, g)
			}
			sort.Strings(got)
			t.Errorf("the API role has the grants %v, want exactly %d", got, len(want))
		}
		for grant, resources := range want {
			var got []string
			for _, st := range grants[grant] {
				got = append(got, strs(st["resources"])...)
				if st["effect"] == "Allow" && len(st["resources"].([]any)) == 1 && st["resources"].([]any)[0] == "*" {
					for _, action := range strs(st["actions"]) {
						if action == "*" || strings.HasSuffix(action, ":*") {
							t.Errorf("grant %s allows %s on every resource", grant, action)
						}
					}
				}
			}
			if !equal(got, resources) {
				t.Errorf("grant %s on %v, want %v", grant, got, resources)
			}
		}
		if _, role := a.one("resource", "aws_iam_role", "api_role"); role["managed_policy_arns"] != nil {
			t.Errorf("the API role has managed policies %v; want grants only", role["managed_policy_arns"])
		}
	})
}

// TestCrossEnvironmentDeny checks that every role denies resources tagged for
// another environment.
func TestCrossEnvironmentDeny(t *testing.T) {
	eachApp(t, awsSynth(t), func(t *testing.T, a *appStack) {
		roles := resourcesOf(a.doc, "resource", "aws_iam_role")
		// The construct scope of each role, which names its policy.
		scopes := []string{"api_role", "app-secret_rotator_role", "admin"}
		if len(roles) != len(scopes) {
			t.Errorf("want %d roles (api, rotator, admin), got %d", len(scopes), len(roles))
		}
		if n := len(resourcesOf(a.doc, "resource", "aws_iam_role_policy")); n != len(scopes) {
			t.Errorf("want one inline policy per role, got %d", n)
		}
		for _, scope := range scopes {
			st := a.grants(scope)["DenyOtherEnvironments"]
			if len(st) != 1 {
				t.Fatalf("%s: no DenyOtherEnvironments statement", scope)
			}
			d := st[0]
			conds := mustJSON(d["condition"])
			if d["effect"] != "Deny" || !equal(strs(d["resources"]), []string{"*"}) ||
				!strings.Contains(conds, `"StringNotEquals"`) || !strings.Contains(conds, `"aws:ResourceTag/Environment"`) ||
				!strings.Contains(conds, `"`+a.spec.Name+`"`) || !strings.Contains(conds, `"Null"`) {
				t.Errorf("%s: DenyOtherEnvironments is %s", scope, mustJSON(d))
			}
		}
		// The admin role: MFA, and only this environment's resources.
		assertResource(t, a.s, a.name, "aws_iam_role", map[string]any{"name": "estate-" + a.spec.Name + "-admin"})
		admin := a.grants("admin")["AdministerEnvironment"]
		if len(admin) != 1 || !strings.Contains(mustJSON(admin[0]["condition"]), `"`+a.spec.Name+`"`) {
			t.Errorf("admin grant is not limited to %s: %s", a.spec.Name, mustJSON(admin))
		}
		if !strings.Contains(mustJSON(a.statements("admin_trust")), "aws:MultiFactorAuthPresent") {
			t.Error("the admin role can be assumed without MFA")
		}
	})
}

func TestSecretAndParameters(t *testing.T) {
	eachApp(t, awsSynth(t), func(t *testing.T, a *appStack) {
		recovery := 0
		if a.spec.ProtectData {
			recovery = 30
		}
		assertResource(t, a.s, a.name, "aws_secretsmanager_secret", map[string]any{
			"name": "estate/" + a.spec.Name + "/app", "recovery_window_in_days": float64(recovery),
		})
		assertResource(t, a.s, a.name, "aws_secretsmanager_secret_version", map[string]any{
			"secret_id": a.ref("aws_secretsmanager_secret", "app-secret", "id"),
		})
		assertResource(t, a.s, a.name, "aws_secretsmanager_secret_rotation", map[string]any{
			"secret_id":           a.ref("aws_secretsmanager_secret", "app-secret", "id"),
			"rotation_lambda_arn": a.ref("aws_lambda_function", "app-secret_rotator_function", "arn"),
			"rotation_rules":      map[string]any{"automatically_after_days": float64(a.spec.Secrets.RotationDays)},
		})
		assertResource(t, a.s, a.name, "aws_lambda_permission", map[string]any{
			"action": "lambda:InvokeFunction", "principal": "secretsmanager.amazonaws.com",
			"source_arn": a.ref("aws_secretsmanager_secret", "app-secret", "arn"),
		})
		assertResource(t, a.s, a.name, "aws_lambda_function", map[string]any{
			"function_name": "estate-" + a.spec.Name + "-secret-rotation",
			"image_config":  map[string]any{"command": []any{"rotation.handler"}},
		})
		path := "/estate/" + a.spec.Name
		for name, value := range map[string]any{
			"table-name":     a.ref("aws_dynamodb_table", "table", "name"),
			"bucket-name":    a.ref("aws_s3_bucket", "bucket", "id"),
			"db-endpoint":    a.ref("aws_rds_cluster", "database_cluster", "endpoint"),
			"log-level":      a.spec.App.LogLevel,
			"api-rate-limit": fmt.Sprint(a.spec.App.APIRateLimit),
		} {
			assertResource(t, a.s, a.name, "aws_ssm_parameter", map[string]any{"name": path + "/" + name, "type": "String", "value": value})
		}
		_, secure := a.one("resource", "aws_ssm_parameter", "parameters_session-signing-key")
		if secure["type"] != "SecureString" || secure["value"] != nil || !generatedValue.MatchString(fmt.Sprint(secure["value_wo"])) || secure["value_wo_version"] != float64(1) {
			t.Errorf("the signing key must be a SecureString generated at deploy time into value_wo: %s", mustJSON(secure))
		}
	})
}

// generatedValue is a reference to a value AWS generates at apply time.
var generatedValue = regexp.MustCompile(`^\$\{ephemeral\.aws_secretsmanager_random_password\.[^.]+\.random_password\}$`)

// TestNoSecretsInPlainText scans every stack for places a secret could sit.
func TestNoSecretsInPlainText(t *testing.T) {
	s := awsSynth(t)
	for _, name := range s.StackNames() {
		doc := s.Docs[name]
		b, _ := json.Marshal(doc["resource"])
		for _, attr := range []string{`"master_password"`, `"password"`, `"insecure_value"`, `"secret_binary"`} {
			if strings.Contains(string(b), attr) {
				t.Errorf("%s sets %s", name, attr)
			}
		}
		// Secret values are generated by AWS at deploy time into write-only
		// attributes: in no file, plan, log or state. (The data source
		// aws_secretsmanager_random_password would print its value as its
		// id on every read.)
		if jsonpath.Get(doc, "data", "aws_secretsmanager_random_password") != nil {
			t.Errorf("%s reads aws_secretsmanager_random_password as a data source, whose id, printed on every plan, is the value", name)
		}
		for vname, v := range resourcesOf(doc, "resource", "aws_secretsmanager_secret_version") {
			if v["secret_string"] != nil || !generatedValue.MatchString(fmt.Sprint(v["secret_string_wo"])) || v["secret_string_wo_version"] != float64(1) {
				t.Errorf("%s: secret version %s is not generated at deploy time into secret_string_wo: %s", name, vname, mustJSON(v))
			}
		}
		for pname, p := range resourcesOf(doc, "resource", "aws_ssm_parameter") {
			if p["type"] == "SecureString" && (p["value"] != nil || !generatedValue.MatchString(fmt.Sprint(p["value_wo"]))) {
				t.Errorf("%s: SecureString %s has a value not generated at deploy time: %v", name, pname, p["value"])
			}
		}
		for ename, e := range resourcesOf(doc, "ephemeral", "aws_secretsmanager_random_password") {
			if e["password_length"] != float64(64) {
				t.Errorf("%s: generated value %s is %v characters, want 64", name, ename, e["password_length"])
			}
		}
	}
}

func TestMonitoring(t *testing.T) {
	eachApp(t, awsSynth(t), func(t *testing.T, a *appStack) {
		al := a.spec.Alarms
		topic := a.ref("aws_sns_topic", "monitoring_topic", "arn")
		alarms := resourcesOf(a.doc, "resource", "aws_cloudwatch_metric_alarm")
		if len(alarms) != 9 {
			t.Errorf("%d alarms, want 9", len(alarms))
		}
		for name, alarm := range alarms {
			if !equal(alarm["alarm_actions"], []any{topic}) || !equal(alarm["ok_actions"], []any{topic}) {
				t.Errorf("alarm %s does not send alarm and OK to the topic: %s", name, mustJSON(alarm))
			}
		}
		fn := map[string]any{"FunctionName": a.ref("aws_lambda_function", "api_function", "function_name")}
		db := map[string]any{"DBClusterIdentifier": a.ref("aws_rds_cluster", "database_cluster", "id")}
		table := map[string]any{"TableName": a.ref("aws_dynamodb_table", "table", "name")}
		for _, want := range []map[string]any{
			{"metric_name": "Errors", "namespace": "AWS/Lambda", "statistic": "Sum", "threshold": float64(al.LambdaErrors), "dimensions": fn},
			{"metric_name": "Duration", "namespace": "AWS/Lambda", "extended_statistic": "p95", "threshold": float64(al.LambdaP95DurationMS), "dimensions": fn},
			{"metric_name": "Throttles", "namespace": "AWS/Lambda", "threshold": float64(al.LambdaThrottles), "dimensions": fn},
			{"metric_name": "CPUUtilization", "namespace": "AWS/RDS", "threshold": float64(al.DatabaseCPUPercent), "dimensions": db},
			{"metric_name": "DatabaseConnections", "namespace": "AWS/RDS", "threshold": float64(al.DatabaseConnections), "dimensions": db},
			{"metric_name": "FreeableMemory", "namespace": "AWS/RDS", "comparison_operator": "LessThanThreshold", "threshold": float64(al.DatabaseFreeableMemoryMB * 1024 * 1024), "dimensions": db},
			{"metric_name": "ReadThrottleEvents", "namespace": "AWS/DynamoDB", "threshold": float64(al.DynamoDBThrottles), "dimensions": table},
			{"metric_name": "WriteThrottleEvents", "namespace": "AWS/DynamoDB", "threshold": float64(al.DynamoDBThrottles), "dimensions": table},
			{"metric_name": "ErrorLogLines", "namespace": "Estate/estate-" + a.spec.Name, "threshold": float64(al.ErrorLogLines)},
		} {
			assertResource(t, a.s, a.name, "aws_cloudwatch_metric_alarm", want)
		}
		assertResource(t, a.s, a.name, "aws_cloudwatch_log_metric_filter", map[string]any{
			"pattern":        "ERROR",
			"log_group_name": a.ref("aws_cloudwatch_log_group", "monitoring_app-log", "name"),
			"metric_transformation": map[string]any{
				"name": "ErrorLogLines", "namespace": "Estate/estate-" + a.spec.Name, "value": "1",
			},
		})
		assertResource(t, a.s, a.name, "aws_cloudwatch_log_group", map[string]any{"name": "/estate/" + a.spec.Name + "/application"})
		_, dash := a.one("resource", "aws_cloudwatch_dashboard", "monitoring_dashboard")
		var body struct {
			Widgets []map[string]any `json:"widgets"`
		}
		if err := json.Unmarshal([]byte(fmt.Sprint(dash["dashboard_body"])), &body); err != nil || len(body.Widgets) != 6 || dash["dashboard_name"] != "estate-"+a.spec.Name {
			t.Errorf("dashboard %s: %v", mustJSON(dash), err)
		}
		subs := resourcesOf(a.doc, "resource", "aws_sns_topic_subscription")
		if (len(subs) == 1) != (al.Email != "") {
			t.Errorf("email subscriptions %s with alarms.email %q", mustJSON(subs), al.Email)
		}
		policy := mustJSON(a.statements("monitoring_topic-policy-document"))
		if !strings.Contains(policy, "cloudwatch.amazonaws.com") || !strings.Contains(policy, "aws:SecureTransport") {
			t.Errorf("topic policy must admit CloudWatch and deny insecure transport: %s", policy)
		}
	})
}

func TestAppOutputs(t *testing.T) {
	eachApp(t, awsSynth(t), func(t *testing.T, a *appStack) {
		want := map[string]string{
			"table_name":      a.ref("aws_dynamodb_table", "table", "name"),
			"bucket_name":     a.ref("aws_s3_bucket", "bucket", "id"),
			"function_name":   a.ref("aws_lambda_function", "api_function", "function_name"),
			"db_endpoint":     a.ref("aws_rds_cluster", "database_cluster", "endpoint"),
			"alarm_topic_arn": a.ref("aws_sns_topic", "monitoring_topic", "arn"),
			"dashboard_name":  a.ref("aws_cloudwatch_dashboard", "monitoring_dashboard", "dashboard_name"),
			"kms_key_arn":     a.keyARN(),
		}
		outputs, _ := a.doc["output"].(map[string]any)
		for name, value := range want {
			out, _ := outputs[name].(map[string]any)
			if out["value"] != value || out["sensitive"] != nil {
				t.Errorf("output %s = %s, want %s, not sensitive", name, mustJSON(out), value)
			}
		}
	})
}
