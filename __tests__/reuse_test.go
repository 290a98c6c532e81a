package tests

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/provider"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/platform/estate/constructs/compute"
	"github.com/platform/estate/constructs/data/bucket"
	"github.com/platform/estate/constructs/data/database"
	"github.com/platform/estate/constructs/data/table"
	"github.com/platform/estate/constructs/guardrails"
	"github.com/platform/estate/constructs/identity"
	"github.com/platform/estate/constructs/monitoring"
	"github.com/platform/estate/constructs/network"
	"github.com/platform/estate/constructs/secrets/parameters"
	"github.com/platform/estate/constructs/secrets/secret"
	"github.com/platform/estate/constructs/security"
	"github.com/platform/estate/constructs/security/key"
	"github.com/platform/estate/envs"
	"github.com/platform/estate/stacks"
)

// twoOfEverything builds, in one stack, two of every construct, as another
// team's stack would use the library: two keys, tables, buckets, databases,
// functions, secrets, parameter sets and monitoring sets; one role granted
// both tables and both buckets, another only the first bucket's read.
// Nothing in the app decides any name: each comes from the construct's id
// or its Config.
func twoOfEverything(t *testing.T, outdir string) (stack cdktf.TerraformStack, writer, reader *security.Role) {
	t.Helper()
	app := cdktf.Testing_App(&cdktf.TestingAppConfig{Outdir: jsii.String(outdir), StackTraces: jsii.Bool(false), StubVersion: jsii.Bool(false)})
	stack = cdktf.NewTerraformStack(app, jsii.String("reuse"))
	// As the estate's stacks do: any AWS provider 5.x from 5.84 on.
	stack.AddOverride(jsii.String("terraform.required_providers.aws.version"), jsii.String(stacks.AWSProviderConstraint))
	spec := envs.Defaults()
	spec.Name, spec.Region = "qa", "eu-west-1"
	spec.Lambda.ImageURI = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:1.0.0"
	tags := map[string]*string{}
	for _, k := range identity.RequiredTags {
		tags[k] = jsii.String("qa")
	}
	ident := identity.New(stack, "account", identity.Config{
		Environment: spec.Name, Region: spec.Region,
		Provider: provider.NewAwsProvider(stack, jsii.String("aws"), &provider.AwsProviderConfig{
			Region: jsii.String(spec.Region), DefaultTags: &[]*provider.AwsProviderDefaultTags{{Tags: &tags}},
		}),
		Namer: identity.Namer{Application: "shop", Environment: spec.Name},
	})
	// Placements as the network stack's outputs would give them.
	vpc := jsii.String("vpc-0123456789abcdef0")
	subnets := []*string{jsii.String("subnet-0a"), jsii.String("subnet-0b")}
	azs := []*string{jsii.String("eu-west-1a"), jsii.String("eu-west-1b")}
	https := network.Egress{Description: "HTTPS", Port: 443, CIDRs: *jsii.Strings("0.0.0.0/0")}

	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	writer = security.NewRole(stack, "writer", security.RoleConfig{
		Identity: ident, Name: ident.Namer.Name("writer"), Description: "Writes both tables and buckets",
		AssumedBy: security.Principal{Type: "Service", Identifiers: []*string{security.ServicePrincipal("ec2")}},
	})
	reader = security.NewRole(stack, "reader", security.RoleConfig{
		Identity: ident, Name: ident.Namer.Name("reader"), Description: "Reads the first bucket",
		AssumedBy: security.Principal{Type: "Service", Identifiers: []*string{security.ServicePrincipal("ec2")}},
	})
	for _, n := range []string{"a", "b"} {
		name := func(part string) string { return ident.Namer.Name(part, n) }
		k, err := key.New(stack, "key-"+n, key.Config{
			Identity: ident, Name: name("key"), Description: "Key " + n, Spec: spec.KMS,
			Services: []key.Service{key.Logs, key.CloudWatch, key.SNS, key.SecretsManager, key.RDS, key.DynamoDB, key.S3},
		})
		must(err)
		tbl, err := table.New(stack, "table-"+n, table.Config{Identity: ident, Key: k, Name: name("items"), Spec: spec.DynamoDB})
		must(err)
		b, err := bucket.New(stack, "bucket-"+n, bucket.Config{Identity: ident, Key: k, Name: jsii.String(name("data")), Spec: spec.Bucket})
		must(err)
		db, err := database.New(stack, "database-"+n, database.Config{
			Identity: ident, Key: k, Name: name("db"), Spec: spec.Database,
			Placement: network.Placement{VpcID: vpc, SubnetIDs: subnets, AZs: azs}, LogRetentionDays: 7,
		})
		must(err)
		fn, err := compute.New(stack, "function-"+n, compute.Config{
			Identity: ident, Key: k, Name: name("api"), Description: "API " + n, Spec: spec.Lambda,
			// Two rules on one port.
			Placement: network.Placement{VpcID: vpc, SubnetIDs: subnets, Egress: []network.Egress{https, {
				Description: "HTTPS to the other VPC range", Port: 443, CIDRs: *jsii.Strings("10.0.0.0/8"),
			}}},
			LogRetentionDays: 7,
		})
		must(err)
		db.AllowFrom("function-"+n, fn.SecurityGroupID)
		sec, err := secret.New(stack, "secret-"+n, secret.Config{
			Identity: ident, Key: k, Name: "shop/qa/" + n, Description: "Secret " + n, Spec: spec.Secrets,
			RotatorName: name("rotator"), Image: spec.Lambda.ImageURI,
			Placement: network.Placement{VpcID: vpc, SubnetIDs: subnets, Egress: []network.Egress{https}}, LogRetentionDays: 7,
		})
		must(err)
		params, err := parameters.New(stack, "parameters-"+n, parameters.Config{
			Identity: ident, Key: k, Path: "/shop/qa/" + n,
			Strings: map[string]*string{"table": tbl.Name}, Generated: []string{"token"},
		})
		must(err)
		mon, err := monitoring.New(stack, "monitoring-"+n, monitoring.Config{
			Identity: ident, Key: k, Name: name("watch"), Spec: spec.Alarms,
			LogGroupName: "/shop/qa/" + n, LogRetentionDays: 7,
			ErrorPattern: "ERROR", Namespace: "Shop/" + n, ErrorMetric: "Errors", Alarms: true,
			// Each set watches something else; the second only its table.
			FunctionName: map[string]*string{"a": fn.Name}[n], ClusterIdentifier: map[string]*string{"a": db.ClusterIdentifier}[n],
			TableName: tbl.Name,
		})
		must(err)

		tbl.GrantReadWrite(writer)
		tbl.GrantReadWrite(writer) // the same grant again: no change
		b.GrantRead(writer)
		b.GrantWrite(writer)
		sec.GrantRead(fn.Role)
		params.GrantRead(fn.Role)
		db.GrantCredentialsRead(fn.Role)
		mon.GrantWriteLog(fn.Role)
		if n == "a" {
			b.GrantRead(reader)
		}
	}
	return stack, writer, reader
}

// TestTwoOfEverythingInOneStack: the library's constructs can be used twice
// in one stack: no construct id and no physical name collides, the grants
// of two tables and two buckets compose on one role, every guardrail holds,
// and the stack is valid Terraform.
func TestTwoOfEverythingInOneStack(t *testing.T) {
	outdir := t.TempDir()
	stack, writer, reader := twoOfEverything(t, outdir)
	dir := *cdktf.Testing_FullSynth(stack)
	t.Cleanup(func() { os.RemoveAll(dir) })
	b, err := os.ReadFile(filepath.Join(dir, "stacks", "reuse", "cdk.tf.json"))
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}

	// Two of each resource, and no physical name twice.
	for typ, want := range map[string]int{
		"aws_kms_key": 2, "aws_dynamodb_table": 2, "aws_s3_bucket": 2, "aws_rds_cluster": 2,
		"aws_lambda_function": 4, "aws_secretsmanager_secret": 2, "aws_sns_topic": 2,
		"aws_cloudwatch_dashboard": 2, "aws_security_group": 6,
	} {
		if got := len(resourcesOf(doc, "resource", typ)); got != want {
			t.Errorf("%d %s, want %d", got, typ, want)
		}
	}
	names := 0
	for typ, items := range resourcesOf2(doc, "resource") {
		seen := map[string]string{}
		for id, r := range items {
			for _, attr := range []string{"name", "identifier", "cluster_identifier", "bucket", "function_name", "alarm_name", "dashboard_name"} {
				v, ok := r[attr].(string)
				if !ok || isReference(v) || typ == "aws_iam_role_policy" {
					continue
				}
				names++
				if other, dup := seen[attr+"="+v]; dup {
					t.Errorf("%s.%s and %s.%s have the same %s %q", typ, id, typ, other, attr, v)
				}
				seen[attr+"="+v] = id
			}
		}
	}
	if names < 40 {
		t.Errorf("checked only %d physical names", names)
	}

	// The writer: both tables and both buckets, each with its key's use,
	// every statement once.
	sids := func(r *security.Role) []string {
		var out []string
		for _, st := range r.Statements() {
			out = append(out, st.Sid)
		}
		return out
	}
	wantWriter := []string{"DenyOtherEnvironments",
		"TableAReadWrite", "KeyAEncryptDecrypt", "BucketARead", "BucketARead2", "KeyADecrypt", "BucketAWrite",
		"TableBReadWrite", "KeyBEncryptDecrypt", "BucketBRead", "BucketBRead2", "KeyBDecrypt", "BucketBWrite"}
	if got := sids(writer); !slices.Equal(got, wantWriter) {
		t.Errorf("the writer's statements %v, want %v", got, wantWriter)
	}

	// The reader was granted the first bucket's read only, and can decrypt
	// its objects: the grant carries the key's use.
	if got, want := sids(reader), []string{"DenyOtherEnvironments", "BucketARead", "BucketARead2", "KeyADecrypt"}; !slices.Equal(got, want) {
		t.Errorf("the reader's statements %v, want %v", got, want)
	}
	readerDoc := resourcesOf(doc, "data", "aws_iam_policy_document")
	var readerStatements []any
	for id, d := range readerDoc {
		if strings.HasPrefix(id, "reader_permissions_") {
			readerStatements, _ = d["statement"].([]any)
		}
	}
	keyA := "${aws_kms_key." + onlyName(t, doc, "aws_kms_key", "key-a_key_") + ".arn}"
	var decrypt bool
	for _, st := range readerStatements {
		st := st.(map[string]any)
		if st["sid"] == "KeyADecrypt" && equal(st["actions"], []any{"kms:Decrypt", "kms:DescribeKey"}) && equal(st["resources"], []any{keyA}) {
			decrypt = true
		}
	}
	if !decrypt || len(readerStatements) != 4 {
		t.Errorf("the reader's policy (granted the bucket's read only) does not let it decrypt with %s, or holds more: %s", keyA, mustJSON(readerStatements))
	}

	// Every guardrail holds.
	res, err := guardrails.Check("reuse", b, guardrails.Options{RequiredTags: identity.RequiredTags})
	if err != nil {
		t.Fatal(err)
	}
	if err := res.Err(); err != nil {
		t.Error(err)
	}
	if len(res.Suppressions) != 0 {
		t.Errorf("suppressions: %v", res.Suppressions)
	}

	if testing.Short() {
		return
	}
	terraform := requireTerraform(t)
	t.Parallel()
	validate(t, terraform, map[string]string{"reuse": filepath.Join(dir, "stacks", "reuse")})
}

// onlyName returns the name of the only resource of typ whose name starts
// with prefix.
func onlyName(t *testing.T, doc map[string]any, typ, prefix string) string {
	t.Helper()
	var names []string
	for name := range resourcesOf(doc, "resource", typ) {
		if strings.HasPrefix(name, prefix) {
			names = append(names, name)
		}
	}
	if len(names) != 1 {
		t.Fatalf("want one %s named %s*, got %v", typ, prefix, names)
	}
	return names[0]
}
