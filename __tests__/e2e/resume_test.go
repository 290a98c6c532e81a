package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/platform/estate/envs"
	"github.com/platform/estate/internal/adopt"
	"github.com/platform/estate/internal/deploy"
	"github.com/platform/estate/internal/emulator"
	"github.com/platform/estate/internal/layout"
	"github.com/platform/estate/internal/nice"
	"github.com/platform/estate/internal/proc"
)

// TestKilledDeployResumes kills make up (its whole process tree, SIGKILL)
// while the database cluster exists in the cloud but not yet in the state,
// the worst moment: Terraform created it and never recorded it. Run again,
// make up adopts it (and whatever else the killed run created) and
// converges: every named object exists exactly once, no VPC, subnet or
// route table is doubled, and both stacks re-plan clean.
//
// It deploys dev alone (a spec set of one file), so the network holds one
// VPC.
func TestKilledDeployResumes(t *testing.T) {
	requireTools(t)
	t.Parallel()
	start := time.Now()
	work := t.TempDir()
	set := oneEnvironment(t, "envs", "dev", filepath.Join(work, "envs"))
	extra := map[string]string{envs.EnvEnvsDir: set}
	r := newRunner(t, "resume", work, extra)
	r.Nice = offPathNice
	step(t, "start the emulator", r.StartEmulator)
	t.Cleanup(func() { r.StopEmulator() })
	api := newAWS(t, r.Env())
	step(t, "synth", r.Synth)
	dev := spec(t, r, "dev")
	app := layout.AppStack("dev", "")
	resources, err := r.Resources(app)
	if err != nil {
		t.Fatal(err)
	}

	// orphans are the objects the cloud has for resources the state lacks:
	// what internal/adopt finds, asked the same way, for both stacks. ok is
	// false while a state file is being written (Terraform writes it in
	// place: a reader can catch it half-written).
	ctx := context.Background()
	cloud, err := adopt.NewAWS(ctx, r.Env())
	if err != nil {
		t.Fatal(err)
	}
	facts, err := cloud.Facts(ctx, dev.Region)
	if err != nil {
		t.Fatal(err)
	}
	configs := map[string]map[string]any{}
	for _, stack := range []string{layout.NetworkStack, app} {
		b, err := os.ReadFile(filepath.Join(r.StackDir(stack), "cdk.tf.json"))
		if err != nil {
			t.Fatal(err)
		}
		var config map[string]any
		if err := json.Unmarshal(b, &config); err != nil {
			t.Fatal(err)
		}
		configs[stack] = config
	}
	orphans := func() (lost []string, ok bool) {
		for _, stack := range []string{layout.NetworkStack, app} {
			b, err := os.ReadFile(filepath.Join(r.StateDir(), stack+".tfstate"))
			if err != nil && !os.IsNotExist(err) {
				return nil, false
			}
			state, err := adopt.ParseState(b)
			if err != nil {
				return nil, false
			}
			imports, err := adopt.Plan(ctx, configs[stack], state, facts, cloud)
			if err != nil {
				t.Logf("looking for orphans of %s: %v", stack, err)
				return nil, false
			}
			for _, im := range imports {
				lost = append(lost, im.To)
			}
		}
		return lost, true
	}

	// make up, killed once the cluster exists and the state lacks it. Its
	// temporary files (Terraform's error log, the provider's plugin
	// sockets), which a SIGKILL leaves behind, go in a folder of the test's.
	tmp := t.TempDir()
	up := func() *exec.Cmd {
		cmd := nice.Command(r.Nice, estateTool(t), "up", "-env", "dev", "-workdir", work)
		cmd.Dir = r.Root
		cmd.Env = append(os.Environ(), "TMPDIR="+tmp)
		for k, v := range settings(extra) {
			cmd.Env = append(cmd.Env, k+"="+v)
		}
		return cmd
	}
	first := up()
	var firstOut strings.Builder
	first.Stdout, first.Stderr = &firstOut, &firstOut
	killAt := time.Now()
	if err := first.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- first.Wait() }()
	for {
		select {
		case err := <-done:
			t.Fatalf("make up ended (%v) before it could be killed with the database unrecorded:\n%s", err, lastLines(firstOut.String(), 40))
		case <-time.After(250 * time.Millisecond):
		}
		if time.Since(killAt) > 15*time.Minute {
			t.Fatal("the database was not created within 15 minutes")
		}
		if len(stateOf(t, r, layout.NetworkStack)) < 10 {
			continue
		}
		if seen, ok := orphans(); !ok || len(seen) == 0 {
			continue
		}
		// Frozen, Terraform writes no more state: look again, and kill
		// only if the cloud still holds what the state lacks.
		tree := stopTree(first.Process.Pid)
		if seen, ok := orphans(); !ok || len(seen) == 0 {
			for _, p := range tree {
				syscall.Kill(p, syscall.SIGCONT)
			}
			continue
		}
		for _, p := range tree {
			syscall.Kill(p, syscall.SIGKILL)
		}
		t.Logf("killed %d processes (make up and its descendants)", len(tree))
		<-done
		break
	}
	lost, ok := orphans()
	if !ok {
		t.Fatal("after the kill a state file cannot be read (killed while Terraform wrote it)")
	}
	t.Logf("%-48s %6.1fs", fmt.Sprintf("make up, killed (%d objects unrecorded)", len(lost)), time.Since(killAt).Seconds())
	t.Logf("unrecorded: %s", strings.Join(lost, ", "))
	if len(lost) == 0 {
		t.Fatal("after the kill every object is recorded: the kill came too late to test anything")
	}

	var out strings.Builder
	second := up()
	second.Stdout, second.Stderr = &out, &out
	step(t, "make up again (resumes)", func() error {
		if err := second.Run(); err != nil {
			// cdktf may drop Terraform's last lines: ask Terraform.
			for _, stack := range []string{layout.NetworkStack, app} {
				if _, plan, err := r.Plan(stack); err != nil {
					t.Logf("terraform plan of %s: %s", stack, errorLines(plan))
				}
			}
			return fmt.Errorf("%v:\n%s\n...\n%s", err, errorLines(out.String()), lastLines(out.String(), 20))
		}
		return nil
	})
	for _, address := range lost {
		if !strings.Contains(out.String(), "adopting") || !strings.Contains(out.String(), address) {
			t.Errorf("the second make up did not say it adopts %s:\n%s", address, lastLines(out.String(), 60))
		}
	}
	if journals, _ := filepath.Glob(filepath.Join(r.StateDir(), "*.deploying")); len(journals) > 0 {
		t.Errorf("journals left after a finished deploy: %v", journals)
	}

	// Exactly what the configuration says, counted through the AWS API.
	vpcs := vpcsWithRange(api, dev)
	if n := len(vpcs); n != 1 {
		t.Fatalf("%d VPCs with dev's range, want 1", n)
	}
	vpc := fmt.Sprint(vpcs[0].(map[string]any)["VpcId"])
	byVPC := "Name=vpc-id,Values=" + vpc
	count := func(stack, typ string) int {
		resources, err := r.Resources(stack)
		if err != nil {
			t.Fatal(err)
		}
		return len(resources[typ])
	}
	for _, c := range []struct {
		what      string
		got, want int
	}{
		{"subnets", len(list(api.get(dev.Region, "ec2", "describe-subnets", "--filters", byVPC)["Subnets"])), count(layout.NetworkStack, "aws_subnet")},
		{"route tables (the main one besides)", len(list(api.get(dev.Region, "ec2", "describe-route-tables", "--filters", byVPC)["RouteTables"])), count(layout.NetworkStack, "aws_route_table") + 1},
		{"NAT gateways", len(list(api.get(dev.Region, "ec2", "describe-nat-gateways", "--filter", byVPC, "Name=state,Values=available")["NatGateways"])), count(layout.NetworkStack, "aws_nat_gateway")},
		{"security groups (the default one besides)", len(list(api.get(dev.Region, "ec2", "describe-security-groups", "--filters", byVPC)["SecurityGroups"])), count(app, "aws_security_group") + 1},
		{"database clusters", len(list(api.get(dev.Region, "rds", "describe-db-clusters")["DBClusters"])), count(app, "aws_rds_cluster")},
		{"database instances", len(list(api.get(dev.Region, "rds", "describe-db-instances")["DBInstances"])), count(app, "aws_rds_cluster_instance")},
		{"tables", len(list(api.get(dev.Region, "dynamodb", "list-tables")["TableNames"])), count(app, "aws_dynamodb_table")},
		{"buckets", len(list(api.get(dev.Region, "s3api", "list-buckets")["Buckets"])), count(app, "aws_s3_bucket")},
		{"functions", len(list(api.get(dev.Region, "lambda", "list-functions")["Functions"])), count(app, "aws_lambda_function")},
		{"roles", len(list(api.get(dev.Region, "iam", "list-roles")["Roles"])), count(app, "aws_iam_role") + count(layout.NetworkStack, "aws_iam_role")},
		{"customer-managed keys", customerKeys(t, api, dev.Region, keyNames(t, r, app, layout.NetworkStack)), count(app, "aws_kms_key") + count(layout.NetworkStack, "aws_kms_key")},
	} {
		if c.got != c.want {
			t.Errorf("%s: %d in the cloud, the configuration has %d", c.what, c.got, c.want)
		}
	}
	// Both stacks re-plan clean at the end, after the copy below: it
	// deploys and destroys only its own stack, so the one plan proves that
	// the resumed deploy converged and that the copy left dev as it was.
	t.Logf("%-48s %6.1fs", "killed deploy resumed and checked", time.Since(start).Seconds())

	checkNoSecretsLeak(t, r, api, dev.Region, firstOut.String()+out.String())

	// A copy of dev beside dev (ENVIRONMENT_SUFFIX=pr7): its own stack and
	// state on dev's network; both exist; make down without the suffix
	// refuses while the copy runs; make down of the copy destroys it
	// alone, and dev re-plans clean.
	copyStart := time.Now()
	copyExtra := map[string]string{envs.EnvEnvsDir: set, envs.EnvSuffix: "pr7"}
	estate := func(vars map[string]string, args ...string) (string, error) {
		cmd := nice.Command(r.Nice, estateTool(t), append(args, "-workdir", work)...)
		cmd.Dir = r.Root
		cmd.Env = os.Environ()
		for k, v := range settings(vars) {
			cmd.Env = append(cmd.Env, k+"="+v)
		}
		b, err := cmd.CombinedOutput()
		return string(b), err
	}
	if out, err := estate(copyExtra, "up", "-env", "dev"); err != nil {
		t.Fatalf("ENVIRONMENT_SUFFIX=pr7 make up: %v\n%s", err, errorLines(out))
	}
	copyApp := layout.AppStack("dev", "pr7")
	copyResources, err := r.Resources(copyApp)
	if err != nil {
		t.Fatal(err)
	}
	devResources := resources
	named := func(rs map[string]map[string]map[string]any, typ, attr string) string {
		for _, res := range rs[typ] {
			return fmt.Sprint(res[attr])
		}
		t.Fatalf("no %s", typ)
		return ""
	}
	both := []struct {
		typ, attr string
		call      []string
	}{
		{"aws_dynamodb_table", "name", []string{"dynamodb", "describe-table", "--table-name"}},
		{"aws_lambda_function", "function_name", []string{"lambda", "get-function", "--function-name"}},
		{"aws_rds_cluster", "cluster_identifier", []string{"rds", "describe-db-clusters", "--db-cluster-identifier"}},
	}
	for _, b := range both {
		devName, copyName := named(devResources, b.typ, b.attr), named(copyResources, b.typ, b.attr)
		if devName == copyName || !strings.Contains(copyName, "pr7") {
			t.Errorf("%s: the copy's %q is not its own (dev's is %q)", b.typ, copyName, devName)
		}
		for _, name := range []string{devName, copyName} {
			if _, err := api.call(dev.Region, append(b.call, name)...); err != nil {
				t.Errorf("%s %s does not exist with the copy deployed: %v", b.typ, name, err)
			}
		}
	}
	if _, err := os.Stat(filepath.Join(r.StateDir(), copyApp+".tfstate")); err != nil {
		t.Errorf("the copy has no state of its own: %v", err)
	}
	// The outputs file holds every deployed stack's outputs, not only those
	// of the last deploy.
	outputsHold := func(when string, want ...string) {
		t.Helper()
		outputs, err := r.Outputs()
		if err != nil {
			t.Fatalf("the outputs file %s: %v", when, err)
		}
		if got := slices.Sorted(maps.Keys(outputs)); !slices.Equal(got, want) {
			t.Errorf("the outputs file %s holds %v, want %v", when, got, want)
		}
	}
	outputsHold("with the copy deployed", app, copyApp, layout.NetworkStack)
	if out, err := estate(map[string]string{envs.EnvEnvsDir: set}, "down"); err == nil || !strings.Contains(out, "ENVIRONMENT_SUFFIX=pr7 make down") {
		t.Errorf("make down without the suffix while the copy runs: %v, want a refusal naming the copy's command:\n%s", err, lastLines(out, 10))
	}
	if out, err := estate(copyExtra, "down"); err != nil {
		t.Fatalf("ENVIRONMENT_SUFFIX=pr7 make down: %v\n%s", err, errorLines(out))
	}
	outputsHold("after the copy's make down", app, layout.NetworkStack)
	for _, b := range both {
		if _, err := api.call(dev.Region, append(b.call, named(copyResources, b.typ, b.attr))...); err == nil {
			t.Errorf("%s of the copy is still there after its make down", b.typ)
		}
		if _, err := api.call(dev.Region, append(b.call, named(devResources, b.typ, b.attr))...); err != nil {
			t.Errorf("dev's %s is gone after the copy's make down: %v", b.typ, err)
		}
	}
	step(t, "synth (dev)", r.Synth)
	step(t, "terraform init (dev)", func() error { return r.Init(layout.NetworkStack, app) })
	if err := replanClean(r, "after the resumed deploy and the copy's coming and going", layout.NetworkStack, app); err != nil {
		t.Error(err)
	}
	t.Logf("%-48s %6.1fs", "copy pr7 deployed beside dev, then destroyed", time.Since(copyStart).Seconds())
}

// stateOf reads stack's local state: its managed resources' addresses
// (none while Terraform writes the file in place).
func stateOf(t *testing.T, r *deploy.Runner, stack string) []string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(r.StateDir(), stack+".tfstate"))
	if err != nil {
		return nil
	}
	state, err := adopt.ParseState(b)
	if err != nil {
		return nil
	}
	return slices.Sorted(maps.Keys(state))
}

// customerKeys counts the region's customer-managed KMS keys, not
// scheduled for deletion, whose Name tag is one of names (the emulator
// makes a key of its own for RDS-managed secrets).
func customerKeys(t *testing.T, api awsCLI, region string, names []string) int {
	n := 0
	for _, k := range list(api.get(region, "kms", "list-keys")["Keys"]) {
		id := fmt.Sprint(k.(map[string]any)["KeyId"])
		meta, _ := api.get(region, "kms", "describe-key", "--key-id", id)["KeyMetadata"].(map[string]any)
		if meta["KeyManager"] != "CUSTOMER" || meta["KeyState"] == "PendingDeletion" {
			continue
		}
		for _, tag := range list(api.get(region, "kms", "list-resource-tags", "--key-id", id)["Tags"]) {
			m, _ := tag.(map[string]any)
			if m["TagKey"] == "Name" && slices.Contains(names, fmt.Sprint(m["TagValue"])) {
				n++
			}
		}
	}
	return n
}

// keyNames are the Name tags of the keys of stacks.
func keyNames(t *testing.T, r *deploy.Runner, stacks ...string) []string {
	var names []string
	for _, stack := range stacks {
		resources, err := r.Resources(stack)
		if err != nil {
			t.Fatal(err)
		}
		for _, key := range resources["aws_kms_key"] {
			tags, _ := key["tags"].(map[string]any)
			names = append(names, fmt.Sprint(tags["Name"]))
		}
	}
	return names
}

// stopTree stops (SIGSTOP) the process pid and every descendant, and
// returns them. The process group is not enough: the cdktf CLI runs
// Terraform in a pseudo-terminal, a session of its own.
func stopTree(pid int) []int {
	tree := []int{pid}
	for i := 0; i < len(tree); i++ {
		// Each process's children are read after it is stopped, not from
		// one snapshot (proc.Descendants): a process that runs on may start
		// a child the snapshot misses.
		syscall.Kill(tree[i], syscall.SIGSTOP)
		tree = append(tree, proc.Children()[tree[i]]...)
	}
	return tree
}

// errorLines are the lines of a CLI's output that report errors or what
// estate does, with the lines after each error.
func errorLines(out string) string {
	lines := strings.Split(out, "\n")
	var keep []string
	for i, l := range lines {
		if strings.Contains(l, "Error: ") || strings.HasPrefix(strings.TrimSpace(l), "estate:") {
			keep = append(keep, lines[i:min(i+6, len(lines))]...)
		}
	}
	return strings.Join(keep, "\n")
}

// checkNoSecretsLeak reads every secret's value and every SecureString
// parameter's in region through the API
// and fails if any of its strings shows in what a reviewer or a log sees:
// the synthesized JSON, the outputs file, what make up printed, the
// emulator's log.
func checkNoSecretsLeak(t *testing.T, r *deploy.Runner, api awsCLI, region, printed string) {
	t.Helper()
	var values []string
	for _, sec := range list(api.get(region, "secretsmanager", "list-secrets")["SecretList"]) {
		arn := fmt.Sprint(sec.(map[string]any)["ARN"])
		got, err := api.call(region, "secretsmanager", "get-secret-value", "--secret-id", arn)
		if err != nil {
			continue // no value yet
		}
		value := fmt.Sprint(got["SecretString"])
		var doc map[string]any
		if json.Unmarshal([]byte(value), &doc) == nil {
			for k, v := range doc {
				if s, ok := v.(string); ok && len(s) >= 12 && k != "username" && k != "engine" && k != "host" && k != "dbClusterIdentifier" {
					values = append(values, s)
				}
			}
		} else if len(value) >= 12 {
			values = append(values, value)
		}
	}
	// Every SecureString parameter's value, decrypted.
	params := api.get(region, "ssm", "get-parameters-by-path", "--path", "/", "--recursive", "--with-decryption")
	secure := 0
	for _, p := range list(params["Parameters"]) {
		m := p.(map[string]any)
		if m["Type"] == "SecureString" {
			secure++
			if v := fmt.Sprint(m["Value"]); len(v) >= 12 {
				values = append(values, v)
			}
		}
	}
	if len(values) == 0 || secure == 0 {
		t.Fatalf("%d secret values and %d SecureStrings read: the scan would prove nothing", len(values), secure)
	}
	places := map[string]string{"what make up printed": printed}
	filepath.WalkDir(r.Outdir(), func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".json") && !strings.Contains(path, string(filepath.Separator)+".terraform"+string(filepath.Separator)) {
			b, _ := os.ReadFile(path)
			places[path] = string(b)
		}
		return nil
	})
	for _, f := range []string{"outputs.json", emulator.LogFile} {
		b, _ := os.ReadFile(filepath.Join(r.StateDir(), f))
		places[f] = string(b)
	}
	for where, text := range places {
		for _, v := range values {
			if strings.Contains(text, v) {
				t.Errorf("a secret value (%d characters) is in %s", len(v), where)
			}
		}
	}
	t.Logf("%d secret values absent from %d files and the printed output", len(values), len(places)-1)
}
