package e2e

import (
	"errors"
	"fmt"
	"maps"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/platform/estate/envs"
	"github.com/platform/estate/internal/deploy"
	"github.com/platform/estate/internal/jsonpath"
	"github.com/platform/estate/internal/layout"
)

// deployedEnvs are the environments the end-to-end test deploys: all of
// them (the smallest, dev, and the protected one, prod, among them).
var deployedEnvs = []string{"dev", "prod", "staging"}

// TestDeployCheckReplanDestroy is the estate's end-to-end test: on a fresh
// emulator, with S3 state in a bucket there, it deploys network and every
// app stack (app-dev, app-prod, app-staging) with the cdktf CLI while a
// second checkout's deploy of the network is refused on the lock; checks
// through the AWS API that what the specs ask for exists; tries the locks a
// killed deploy leaves and make unlock; from two checkouts at once,
// changes dev out of band, which make drift reports and make up repairs, and
// re-plans every stack (no changes); shows that protected prod refuses to be
// destroyed, then destroys everything through the documented override
// (ALLOW_DESTROY=prod) while trivy scans every stack's plan, and checks that
// nothing of any app stack is left.
func TestDeployCheckReplanDestroy(t *testing.T) {
	requireTools(t)
	t.Parallel()
	start := time.Now()
	work := t.TempDir()
	state := e2eState.settings()
	r := newRunner(t, "deploy", filepath.Join(work, "deploy"), state)
	step(t, "start the emulator, bootstrap the state bucket", r.StartEmulator)
	t.Cleanup(func() { r.StopEmulator() })
	api := newAWS(t, r.Env())

	step(t, "synth", r.Synth)
	var apps []string
	for _, name := range deployedEnvs {
		apps = append(apps, layout.AppStack(name, ""))
	}
	stacks := append([]string{layout.NetworkStack}, apps...)
	other := deployContended(t, r, api, e2eState, filepath.Join(work, "second"), stacks)
	outputs, err := r.Outputs()
	if err != nil {
		t.Fatal(err)
	}

	checkStart := time.Now()
	for _, name := range deployedEnvs {
		checkEnvironment(t, api, spec(t, r, name), outputs[layout.NetworkStack], outputs[layout.AppStack(name, "")])
	}
	t.Logf("%-48s %6.1fs", "check through the AWS API", time.Since(checkStart).Seconds())
	if t.Failed() {
		t.FailNow()
	}

	checkStaleLocks(t, r, api, e2eState, layout.AppStack("dev", ""))

	// Two checkouts at once, as S3 state allows. In the second, the network,
	// prod and staging re-plan clean, and every stack is planned for the
	// scan: the app stacks from their state alone (nothing done to dev
	// meanwhile shows, and see planStacks), the network by its clean
	// re-plan. Then Terraform itself refuses to destroy prod (prevent_destroy:
	// "Instance cannot be destroyed", from Terraform's log, as cdktf may drop
	// the last lines Terraform printed). In this one, app-dev drifts (out of
	// band, only app-dev's resources change) and is repaired; then, while
	// make drift runs here again, the second re-plans app-dev clean: the
	// deploys converged. (make drift synthesizes into this checkout's folder,
	// the second plans in its own.)
	trivy, scan := trivyBinary(t)
	devStack, prodStack, stagingStack := layout.AppStack("dev", ""), layout.AppStack("prod", ""), layout.AppStack("staging", "")
	var plans string
	var secondErrs []error
	secondDone := make(chan struct{})
	// Whether dev was repaired: sent once, true after the repair, false when
	// the drift check ends without one.
	repaired := make(chan bool, 1)
	secondStart := time.Now()
	go func() {
		defer close(secondDone)
		if err := other.Init(stacks...); err != nil {
			secondErrs = append(secondErrs, err)
			return
		}
		var replanErr, planErr error
		parallel(
			func() { replanErr = replanClean(other, "after deploy", prodStack, stagingStack) },
			func() { plans, planErr = planStacks(other, stacks, "after deploy", layout.NetworkStack) })
		secondErrs = append(secondErrs, replanErr, planErr)
		err := other.Destroy(prodStack)
		switch {
		case err == nil:
			secondErrs = append(secondErrs, errors.New("cdktf destroy app-prod succeeded although prod's data is protected"))
		case !strings.Contains(err.Error(), "Instance cannot be destroyed"):
			secondErrs = append(secondErrs, fmt.Errorf("cdktf destroy app-prod failed, but not for prevent_destroy: %w", err))
		}
		t.Logf("%-48s %6.1fs", "second checkout: network, app-prod, app-staging re-plan clean; plans to scan; cdktf destroy app-prod refused", time.Since(secondStart).Seconds())
		if <-repaired {
			replanned := time.Now()
			secondErrs = append(secondErrs, replanClean(other, "after the repairing deploy", devStack))
			t.Logf("%-48s %6.1fs", "second checkout: app-dev re-plans clean after the repair", time.Since(replanned).Seconds())
		}
	}()
	func() {
		defer func() { // also when a step fails the test
			select {
			case repaired <- false:
			default: // true was sent
			}
			<-secondDone
		}()
		checkDrift(t, r, api, state, func() { repaired <- true })
	}()
	if err := errors.Join(secondErrs...); err != nil {
		t.Fatal(err)
	}

	// Protected data: make down refuses before it destroys anything.
	prod := spec(t, r, "prod")
	if _, err := api.call(prod.Region, "rds", "describe-db-clusters", "--db-cluster-identifier", "estate-prod-db"); err != nil {
		t.Errorf("prod's database is gone after a refused destroy: %v", err)
	}
	err = r.DestroyAll()
	if pe, ok := errorsAs[*deploy.ProtectedError](err); !ok || len(pe.Envs) != 1 || pe.Envs[0].Name != "prod" {
		t.Fatalf("make down with protected prod deployed: got %v, want a refusal naming prod", err)
	}
	if want := "make down ALLOW_DESTROY=prod"; !strings.Contains(err.Error(), want) {
		t.Errorf("the refusal %q does not say how to override (%s)", err, want)
	}
	if _, err := api.call(prod.Region, "ec2", "describe-vpcs", "--vpc-ids", fmt.Sprint(outputs[layout.NetworkStack]["prod_vpc_id"])); err != nil {
		t.Errorf("the network is gone after a refused make down: %v", err)
	}

	// The documented override: make down ALLOW_DESTROY=prod destroys dev
	// while it lifts prod's guards, then prod, then the network. Trivy
	// scans the plans meanwhile (it reads only their files).
	allow := maps.Clone(state)
	allow[envs.EnvAllowDestroy] = "prod"
	override := newRunner(t, "override", r.Workdir, allow)
	down := time.Now()
	var downErr error
	downDone := make(chan struct{})
	go func() { defer close(downDone); downErr = override.DestroyAll() }()
	if scan {
		func() {
			defer func() { <-downDone }() // also when the scan fails the test
			scanStacks(t, trivy, plans, stacks)
		}()
	}
	<-downDone
	t.Logf("%-48s %6.1fs", "make down ALLOW_DESTROY=prod (destroy all)", time.Since(down).Seconds())
	if downErr != nil {
		t.Fatalf("make down ALLOW_DESTROY=prod (destroy all): %v", downErr)
	}
	for _, name := range deployedEnvs {
		checkGone(t, api, spec(t, r, name), outputs[layout.AppStack(name, "")])
	}
	// With S3 state, make down reads from the bucket which stacks hold
	// resources.
	if deployed := deployedStacks(t, r); len(deployed) > 0 {
		t.Errorf("still deployed after make down: %v", deployed)
	}
	for _, name := range deployedEnvs {
		if n := len(vpcsWithRange(api, spec(t, r, name))); n != 0 {
			t.Errorf("%s: %d VPCs left after the network was destroyed", name, n)
		}
	}
	t.Logf("%-48s %6.1fs", "end to end (deploy, check, re-plan, destroy)", time.Since(start).Seconds())
}

// checkEnvironment checks through the AWS API that env's resources exist as
// its spec asks.
func checkEnvironment(t *testing.T, api awsCLI, s *envs.Spec, net, app map[string]any) {
	t.Helper()
	region, name := s.Region, s.Name
	prefix := "estate-" + name
	keyARN := fmt.Sprint(app["kms_key_arn"])
	vpcID := fmt.Sprint(net[name+"_vpc_id"])
	private := strs(net[name+"_private_subnet_ids"])
	parallel(
		func() {
			vpc := jsonpath.Get(api.get(region, "ec2", "describe-vpcs", "--vpc-ids", vpcID), "Vpcs", 0)
			if jsonpath.Get(vpc, "CidrBlock") != s.Network.CIDR {
				t.Errorf("%s: VPC %s has CIDR %v, want %s", name, vpcID, jsonpath.Get(vpc, "CidrBlock"), s.Network.CIDR)
			}
			subnets := list(api.get(region, "ec2", "describe-subnets", "--filters", "Name=vpc-id,Values="+vpcID)["Subnets"])
			perAZ := map[string]int{}
			for _, sn := range subnets {
				perAZ[fmt.Sprint(jsonpath.Get(sn, "AvailabilityZone"))]++
			}
			if len(subnets) != 3*s.Network.AZCount || len(perAZ) != s.Network.AZCount {
				t.Errorf("%s: %d subnets in %d AZs, want 3 tiers in each of %d AZs", name, len(subnets), len(perAZ), s.Network.AZCount)
			}
			for az, n := range perAZ {
				if n != 3 {
					t.Errorf("%s: %d subnets in %s, want one per tier (3)", name, n, az)
				}
			}
			nats := list(api.get(region, "ec2", "describe-nat-gateways", "--filter", "Name=vpc-id,Values="+vpcID, "Name=state,Values=available")["NatGateways"])
			want := map[string]int{envs.NATNone: 0, envs.NATSingle: 1, envs.NATPerAZ: s.Network.AZCount}[s.Network.NAT]
			if len(nats) != want {
				t.Errorf("%s: %d NAT gateways, want %d (nat: %s)", name, len(nats), want, s.Network.NAT)
			}
		},
		func() {
			bucket := fmt.Sprint(app["bucket_name"])
			rule := jsonpath.Get(api.get(region, "s3api", "get-bucket-encryption", "--bucket", bucket), "ServerSideEncryptionConfiguration", "Rules", 0, "ApplyServerSideEncryptionByDefault")
			if jsonpath.Get(rule, "SSEAlgorithm") != "aws:kms" || jsonpath.Get(rule, "KMSMasterKeyID") != keyARN {
				t.Errorf("%s: bucket encryption %v, want aws:kms with the environment's key %s", name, rule, keyARN)
			}
			status := api.get(region, "s3api", "get-bucket-versioning", "--bucket", bucket)["Status"]
			if (status == "Enabled") != s.Bucket.Versioning {
				t.Errorf("%s: bucket versioning %v, want enabled=%v", name, status, s.Bucket.Versioning)
			}
			block := jsonpath.Get(api.get(region, "s3api", "get-public-access-block", "--bucket", bucket), "PublicAccessBlockConfiguration")
			for _, k := range []string{"BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets"} {
				if jsonpath.Get(block, k) != true {
					t.Errorf("%s: bucket public access block %s = %v, want true", name, k, jsonpath.Get(block, k))
				}
			}
		},
		func() {
			pitr := jsonpath.Get(api.get(region, "dynamodb", "describe-continuous-backups", "--table-name", fmt.Sprint(app["table_name"])),
				"ContinuousBackupsDescription", "PointInTimeRecoveryDescription", "PointInTimeRecoveryStatus")
			if (pitr == "ENABLED") != s.DynamoDB.PointInTimeRecovery {
				t.Errorf("%s: table point-in-time recovery %v, want enabled=%v", name, pitr, s.DynamoDB.PointInTimeRecovery)
			}
		},
		func() {
			cluster := jsonpath.Get(api.get(region, "rds", "describe-db-clusters", "--db-cluster-identifier", prefix+"-db"), "DBClusters", 0)
			if jsonpath.Get(cluster, "StorageEncrypted") != true || jsonpath.Get(cluster, "KmsKeyId") != keyARN {
				t.Errorf("%s: database encrypted=%v with %v, want encrypted with %s", name, jsonpath.Get(cluster, "StorageEncrypted"), jsonpath.Get(cluster, "KmsKeyId"), keyARN)
			}
			if n := len(list(jsonpath.Get(cluster, "DBClusterMembers"))); n != s.Database.InstanceCount {
				t.Errorf("%s: database has %d instances, want %d", name, n, s.Database.InstanceCount)
			}
			if jsonpath.Get(cluster, "DeletionProtection") != s.ProtectData {
				t.Errorf("%s: database deletion protection %v, want %v (protect_data)", name, jsonpath.Get(cluster, "DeletionProtection"), s.ProtectData)
			}
		},
		func() {
			secret := api.get(region, "secretsmanager", "describe-secret", "--secret-id", "estate/"+name+"/app")
			days := jsonpath.Get(secret, "RotationRules", "AutomaticallyAfterDays")
			if secret["RotationEnabled"] != true || days != float64(s.Secrets.RotationDays) {
				t.Errorf("%s: secret rotation enabled=%v every %v days, want every %d days", name, secret["RotationEnabled"], days, s.Secrets.RotationDays)
			}
		},
		func() {
			params := list(api.get(region, "ssm", "get-parameters-by-path", "--path", "/estate/"+name, "--recursive")["Parameters"])
			got := map[string]any{}
			types := map[string]any{}
			for _, p := range params {
				n := strings.TrimPrefix(fmt.Sprint(jsonpath.Get(p, "Name")), "/estate/"+name+"/")
				got[n], types[n] = jsonpath.Get(p, "Value"), jsonpath.Get(p, "Type")
			}
			want := map[string]any{
				"table-name": app["table_name"], "bucket-name": app["bucket_name"], "db-endpoint": app["db_endpoint"],
				"log-level": s.App.LogLevel, "api-rate-limit": strconv.Itoa(s.App.APIRateLimit),
			}
			for k, v := range want {
				if got[k] != v || types[k] != "String" {
					t.Errorf("%s: parameter %s = %v (%v), want %v (String)", name, k, got[k], types[k], v)
				}
			}
			if types["session-signing-key"] != "SecureString" {
				t.Errorf("%s: parameter session-signing-key is %v, want a SecureString", name, types["session-signing-key"])
			}
		},
		func() {
			fn := api.get(region, "lambda", "get-function-configuration", "--function-name", fmt.Sprint(app["function_name"]))
			if fn["MemorySize"] != float64(s.Lambda.MemoryMB) {
				t.Errorf("%s: function memory %v MB, want %d", name, fn["MemorySize"], s.Lambda.MemoryMB)
			}
			if got := strs(jsonpath.Get(fn, "VpcConfig", "SubnetIds")); !slices.Equal(got, private) {
				t.Errorf("%s: function subnets %v, want the network stack's private subnets %v", name, got, private)
			}
		},
		func() {
			topic := app["alarm_topic_arn"]
			alarms := list(api.get(region, "cloudwatch", "describe-alarms", "--alarm-name-prefix", prefix+"-")["MetricAlarms"])
			if len(alarms) < 9 {
				t.Errorf("%s: %d alarms, want at least 9", name, len(alarms))
			}
			for _, a := range alarms {
				if actions := list(jsonpath.Get(a, "AlarmActions")); len(actions) != 1 || actions[0] != topic {
					t.Errorf("%s: alarm %v notifies %v, want only the topic %v", name, jsonpath.Get(a, "AlarmName"), actions, topic)
				}
			}
		},
	)
}

// checkGone checks through the AWS API that nothing of env's app stack is
// left but its key, which waits out its deletion window.
func checkGone(t *testing.T, api awsCLI, s *envs.Spec, app map[string]any) {
	t.Helper()
	region, name, prefix := s.Region, s.Name, "estate-"+s.Name
	gone := func(what string, args ...string) {
		if _, err := api.call(region, args...); err == nil {
			t.Errorf("%s: %s is still there after destroy", name, what)
		}
	}
	parallel(
		func() { gone("the database", "rds", "describe-db-clusters", "--db-cluster-identifier", prefix+"-db") },
		func() { gone("the table", "dynamodb", "describe-table", "--table-name", fmt.Sprint(app["table_name"])) },
		func() { gone("the bucket", "s3api", "head-bucket", "--bucket", fmt.Sprint(app["bucket_name"])) },
		func() {
			gone("the function", "lambda", "get-function", "--function-name", fmt.Sprint(app["function_name"]))
		},
		func() { gone("the secret", "secretsmanager", "describe-secret", "--secret-id", "estate/"+name+"/app") },
		func() {
			gone("the alarm topic", "sns", "get-topic-attributes", "--topic-arn", fmt.Sprint(app["alarm_topic_arn"]))
		},
		func() {
			if n := len(list(api.get(region, "ssm", "get-parameters-by-path", "--path", "/estate/"+name, "--recursive")["Parameters"])); n != 0 {
				t.Errorf("%s: %d parameters left", name, n)
			}
		},
		func() {
			if n := len(list(api.get(region, "cloudwatch", "describe-alarms", "--alarm-name-prefix", prefix+"-")["MetricAlarms"])); n != 0 {
				t.Errorf("%s: %d alarms left", name, n)
			}
		},
		func() {
			for _, p := range []string{"/estate/" + name + "/", "/aws/lambda/" + prefix, "/aws/rds/cluster/" + prefix} {
				if groups := list(api.get(region, "logs", "describe-log-groups", "--log-group-name-prefix", p)["logGroups"]); len(groups) != 0 {
					t.Errorf("%s: %d log groups left under %s", name, len(groups), p)
				}
			}
		},
		func() {
			for _, role := range list(api.get(region, "iam", "list-roles")["Roles"]) {
				// The flow-logs role is the network stack's.
				if n := fmt.Sprint(jsonpath.Get(role, "RoleName")); strings.HasPrefix(n, prefix+"-") && n != prefix+"-flow-logs" {
					t.Errorf("%s: role %v left", name, jsonpath.Get(role, "RoleName"))
				}
			}
		},
		func() {
			state := jsonpath.Get(api.get(region, "kms", "describe-key", "--key-id", fmt.Sprint(app["kms_key_arn"])), "KeyMetadata", "KeyState")
			if state != "PendingDeletion" {
				t.Errorf("%s: key is %v, want PendingDeletion", name, state)
			}
		},
	)
}

// planSummary keeps the lines of a plan that say what would change.
func planSummary(plan string) string {
	var keep []string
	for _, line := range strings.Split(plan, "\n") {
		trimmed := strings.TrimSpace(line)
		if strings.HasPrefix(trimmed, "#") || strings.HasPrefix(trimmed, "~") || strings.HasPrefix(trimmed, "+") ||
			strings.HasPrefix(trimmed, "-") || strings.HasPrefix(trimmed, "Plan:") {
			keep = append(keep, line)
		}
	}
	return strings.Join(keep, "\n")
}
