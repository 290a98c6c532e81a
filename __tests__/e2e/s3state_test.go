package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/platform/estate/envs"
	"github.com/platform/estate/internal/deploy"
	"github.com/platform/estate/internal/layout"
)

// TestS3StateLocking deploys dev alone (a spec set of one file) with S3
// remote state on the emulator (bucket bootstrapped there, locking through
// use_lockfile): a deploy of the network and app-dev (which reads the
// network's outputs from that S3 state) and, while it holds the network's
// lock, a second deploy of the network, which must fail on the lock while
// the first completes with its state intact; then stale locks and make
// unlock; then the drift command on it.
func TestS3StateLocking(t *testing.T) {
	requireTools(t)
	t.Parallel()
	start := time.Now()
	work := t.TempDir()
	const bucket, region, prefix = "estate-e2e-state", "us-east-1", "estate"
	s3 := map[string]string{
		envs.EnvStateBackend: envs.BackendS3, envs.EnvStateBucket: bucket,
		envs.EnvStateRegion: region, envs.EnvStateKeyPrefix: prefix,
		envs.EnvEnvsDir: oneEnvironment(t, "envs", "dev", filepath.Join(work, "envs")),
	}
	first := newRunner(t, "s3-first", filepath.Join(work, "first"), s3)
	step(t, "start the emulator, bootstrap the state bucket", first.StartEmulator)
	t.Cleanup(func() { first.StopEmulator() })
	api := newAWS(t, first.Env())
	step(t, "synth (S3 state)", first.Synth)

	// A second checkout of the same synthesized stacks, deploying to the
	// same emulator and state.
	second := newRunner(t, "s3-second", filepath.Join(work, "second"), s3)
	second.UseEmulator(first.Emulator())
	if err := os.CopyFS(second.Outdir(), os.DirFS(first.Outdir())); err != nil {
		t.Fatal(err)
	}

	key := func(stack string) string { return layout.StateKey(prefix, first.Project.Set, stack) }
	stateKey := key(layout.NetworkStack)
	lockKey := stateKey + ".tflock"
	app := layout.AppStack("dev", "")
	firstDone := make(chan error, 1)
	go func() { firstDone <- first.Deploy(layout.NetworkStack, app) }()
	// Wait until the first deploy holds the lock, then start the second.
	locked := time.Now()
	for {
		if _, err := api.call(region, "s3api", "head-object", "--bucket", bucket, "--key", lockKey); err == nil {
			break
		}
		select {
		case err := <-firstDone:
			t.Fatalf("the first deploy ended (%v) before its lock was seen", err)
		default:
		}
		if time.Since(locked) > 90*time.Second {
			t.Fatal("the first deploy never took the S3 lock (" + lockKey + ")")
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Logf("%-48s %6.1fs", "first deploy holds the lock", time.Since(locked).Seconds())
	refused := time.Now()
	secondErr := second.Deploy(layout.NetworkStack)
	if locked, ok := errorsAs[*deploy.LockedError](secondErr); !ok || locked.Lock.PID == 0 || !strings.Contains(secondErr.Error(), "which still runs on this machine") {
		t.Errorf("the second deploy of network while the first held the lock: %v; want a refusal that names the holder's process", secondErr)
	} else if d := time.Since(refused); d > 5*time.Second {
		t.Errorf("the refusal took %s", d)
	}
	step(t, "first deploy (network, app-dev) completes", func() error { return <-firstDone })
	// The second deploy changed nothing: one VPC per environment. (Its
	// output names the lock, but cdktf may drop Terraform's last lines.)
	for _, e := range first.Project.Environments {
		vpcs := api.get(e.Region, "ec2", "describe-vpcs", "--filters", "Name=cidr-block,Values="+e.Network.CIDR)
		if n := len(list(vpcs["Vpcs"])); n != 1 {
			t.Errorf("%s: %d VPCs with %s, want 1: the second deploy applied despite the lock", e.Name, n, e.Network.CIDR)
		}
	}
	if log, _ := os.ReadFile(filepath.Join(work, "second", "s3-second.log")); !strings.Contains(string(log), "Error acquiring the state lock") {
		t.Log("note: the second deploy's output does not show \"Error acquiring the state lock\" (cdktf cut it off)")
	}

	// Nothing lost: the lock is released, the state holds every resource of
	// the stack, and a plan shows no changes.
	if _, err := api.call(region, "s3api", "head-object", "--bucket", bucket, "--key", lockKey); err == nil {
		t.Error("the lock file is still there after the deploy")
	}
	statePath := filepath.Join(work, "network.tfstate")
	if _, err := api.call(region, "s3api", "get-object", "--bucket", bucket, "--key", stateKey, statePath); err != nil {
		t.Fatalf("downloading the state: %v", err)
	}
	var state struct {
		Resources []struct {
			Mode string `json:"mode"`
		} `json:"resources"`
	}
	b, _ := os.ReadFile(statePath)
	if err := json.Unmarshal(b, &state); err != nil {
		t.Fatal(err)
	}
	managed := 0
	for _, r := range state.Resources {
		if r.Mode == "managed" {
			managed++
		}
	}
	if want := stackResources(t, first, layout.NetworkStack); managed != want {
		t.Errorf("the S3 state holds %d resources, want all %d of the network stack", managed, want)
	}
	// An app stack reads the network through the S3 state.
	if err := replanClean(first, "after the contended deploy", layout.NetworkStack, app); err != nil {
		t.Error(err)
	}
	if _, err := api.call(region, "s3api", "head-object", "--bucket", bucket, "--key", key(app)); err != nil {
		t.Errorf("no state of %s in the bucket: %v", app, err)
	}

	// A lock a killed deploy left (on this machine, no process holds it):
	// the deploy refuses at once and names the command that releases it;
	// make unlock releases it; the deploy goes through (make up, below).
	host, _ := os.Hostname()
	stale := func(stack, who string) {
		lock := fmt.Sprintf(`{"ID":"9d2f6c1e-stale","Operation":"OperationTypeApply","Who":%q,"Version":"1.11.4","Created":%q,"Path":"x"}`,
			who, time.Now().Add(-10*time.Minute).UTC().Format(time.RFC3339Nano))
		body := filepath.Join(work, stack+".tflock")
		if err := os.WriteFile(body, []byte(lock), 0o644); err != nil {
			t.Fatal(err)
		}
		api.get(region, "s3api", "put-object", "--bucket", bucket, "--key", key(stack)+".tflock", "--body", body)
	}
	stale(app, "ops@"+host)
	refused = time.Now()
	err := first.Deploy(app)
	if want := regexp.MustCompile(`the state of app-dev is locked for 10m\d+s by ops@` + regexp.QuoteMeta(host) + ` \(terraform apply\), and no process on this machine holds it`); err == nil || !want.MatchString(err.Error()) || !strings.Contains(err.Error(), "make unlock STACK=app-dev") {
		t.Errorf("deploy over a stale lock: %v; want %q and the unlock command", err, want)
	}
	if d := time.Since(refused); d > 5*time.Second {
		t.Errorf("the refusal took %s", d)
	}
	step(t, "make unlock STACK=app-dev", func() error { return first.Unlock(app, false) })
	// A lock that names another machine is released only with FORCE=1.
	stale(layout.NetworkStack, "ci@elsewhere")
	if err := first.Unlock(layout.NetworkStack, false); err == nil || !strings.Contains(err.Error(), "FORCE=1") {
		t.Errorf("unlock of another machine's lock without FORCE: %v; want a refusal", err)
	}
	step(t, "make unlock STACK=network FORCE=1", func() error { return first.Unlock(layout.NetworkStack, true) })
	for _, key := range []string{lockKey, key(app) + ".tflock"} {
		if _, err := api.call(region, "s3api", "head-object", "--bucket", bucket, "--key", key); err == nil {
			t.Errorf("%s is still there after make unlock", key)
		}
	}

	checkDrift(t, first, api, s3)

	// After the repair, make down destroys everything (with S3 state it
	// reads which stacks hold resources from the bucket).
	step(t, "make down (S3 state)", first.DestroyAll)
	deployed, err := first.Deployed()
	if err != nil {
		t.Fatal(err)
	}
	for stack, yes := range deployed {
		if yes {
			t.Errorf("%s still holds resources after make down", stack)
		}
	}
	for _, e := range first.Project.Environments {
		vpcs := api.get(e.Region, "ec2", "describe-vpcs", "--filters", "Name=cidr-block,Values="+e.Network.CIDR)
		if n := len(list(vpcs["Vpcs"])); n != 0 {
			t.Errorf("%s: %d VPCs left after make down", e.Name, n)
		}
	}
	t.Logf("%-48s %6.1fs", "S3 state end to end", time.Since(start).Seconds())
}
