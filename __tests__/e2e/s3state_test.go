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

// s3State is where the end-to-end deploy keeps its state: a bucket on its
// emulator (bootstrapped when the emulator starts), locking through
// use_lockfile.
type s3State struct{ bucket, region, prefix string }

var e2eState = s3State{bucket: "estate-e2e-state", region: "us-east-1", prefix: "estate"}

func (s s3State) settings() map[string]string {
	return map[string]string{
		envs.EnvStateBackend: envs.BackendS3, envs.EnvStateBucket: s.bucket,
		envs.EnvStateRegion: s.region, envs.EnvStateKeyPrefix: s.prefix,
	}
}

// key is the object that holds stack's state.
func (s s3State) key(r *deploy.Runner, stack string) string {
	return layout.StateKey(s.prefix, r.Project.Set, stack)
}

func (s s3State) exists(api awsCLI, key string) bool {
	_, err := api.call(s.region, "s3api", "head-object", "--bucket", s.bucket, "--key", key)
	return err == nil
}

// deployContended deploys stacks (the network first among them) with r and,
// while that deploy holds the network's lock, deploys the network from a
// second checkout of the same synthesized stacks (in second, on the same
// emulator and state): the second must be refused at once, naming the
// holder's process, and change nothing; the first completes, releases its
// locks, and the network's state in the bucket holds every resource of the
// stack. It returns the second checkout's runner.
func deployContended(t *testing.T, r *deploy.Runner, api awsCLI, s s3State, second string, stacks []string) *deploy.Runner {
	t.Helper()
	other := newRunner(t, "second", second, s.settings())
	other.Nice = secondCheckoutNice
	other.UseEmulator(r.Emulator())
	if err := os.CopyFS(other.Outdir(), os.DirFS(r.Outdir())); err != nil {
		t.Fatal(err)
	}
	lockKey := s.key(r, layout.NetworkStack) + ".tflock"
	firstDone := make(chan error, 1)
	go func() { firstDone <- r.Deploy(stacks...) }()
	// Wait until the first deploy holds the lock, then start the second.
	waiting := time.Now()
	for !s.exists(api, lockKey) {
		select {
		case err := <-firstDone:
			t.Fatalf("the first deploy ended (%v) before its lock was seen", err)
		default:
		}
		if time.Since(waiting) > 90*time.Second {
			t.Fatal("the first deploy never took the S3 lock (" + lockKey + ")")
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Logf("%-48s %6.1fs", "the deploy holds the network's lock", time.Since(waiting).Seconds())
	refused := time.Now()
	secondErr := other.Deploy(layout.NetworkStack)
	if locked, ok := errorsAs[*deploy.LockedError](secondErr); !ok || locked.Lock.PID == 0 || !strings.Contains(secondErr.Error(), "which still runs on this machine") {
		t.Errorf("a second deploy of network while the first held the lock: %v; want a refusal that names the holder's process", secondErr)
	} else if d := time.Since(refused); d > 5*time.Second {
		t.Errorf("the refusal took %s", d)
	}
	step(t, "cdktf deploy "+strings.Join(stacks, " "), func() error { return <-firstDone })
	// The second deploy changed nothing: one VPC per environment.
	for _, e := range r.Project.Environments {
		if n := len(vpcsWithRange(api, &e)); n != 1 {
			t.Errorf("%s: %d VPCs with %s, want 1: the second deploy applied despite the lock", e.Name, n, e.Network.CIDR)
		}
	}

	// Nothing lost: the locks are released, the network's state holds
	// every resource of the stack, and every stack has its state object.
	for _, stack := range stacks {
		if s.exists(api, s.key(r, stack)+".tflock") {
			t.Errorf("the lock of %s is still there after the deploy", stack)
		}
		if !s.exists(api, s.key(r, stack)) {
			t.Errorf("no state of %s in the bucket", stack)
		}
	}
	statePath := filepath.Join(t.TempDir(), "network.tfstate")
	if _, err := api.call(s.region, "s3api", "get-object", "--bucket", s.bucket, "--key", s.key(r, layout.NetworkStack), statePath); err != nil {
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
	for _, res := range state.Resources {
		if res.Mode == "managed" {
			managed++
		}
	}
	if want := stackResources(t, r, layout.NetworkStack); managed != want {
		t.Errorf("the S3 state holds %d resources, want all %d of the network stack", managed, want)
	}
	return other
}

// checkStaleLocks leaves in the bucket the locks a killed deploy leaves (on
// this machine, no process holds them): a deploy of app is refused at once,
// naming the lock's age and holder and the command that releases it; make
// unlock releases it; a lock that names another machine is released only
// with FORCE=1.
func checkStaleLocks(t *testing.T, r *deploy.Runner, api awsCLI, s s3State, app string) {
	t.Helper()
	host, _ := os.Hostname()
	scratch := t.TempDir()
	stale := func(stack, who string) {
		lock := fmt.Sprintf(`{"ID":"9d2f6c1e-stale","Operation":"OperationTypeApply","Who":%q,"Version":"1.11.4","Created":%q,"Path":"x"}`,
			who, time.Now().Add(-10*time.Minute).UTC().Format(time.RFC3339Nano))
		body := filepath.Join(scratch, stack+".tflock")
		if err := os.WriteFile(body, []byte(lock), 0o644); err != nil {
			t.Fatal(err)
		}
		api.get(s.region, "s3api", "put-object", "--bucket", s.bucket, "--key", s.key(r, stack)+".tflock", "--body", body)
	}
	stale(app, "ops@"+host)
	refused := time.Now()
	err := r.Deploy(app)
	if want := regexp.MustCompile(`the state of ` + regexp.QuoteMeta(app) + ` is locked for 10m\d+s by ops@` + regexp.QuoteMeta(host) + ` \(terraform apply\), and no process on this machine holds it`); err == nil || !want.MatchString(err.Error()) || !strings.Contains(err.Error(), "make unlock STACK="+app) {
		t.Errorf("deploy over a stale lock: %v; want %q and the unlock command", err, want)
	}
	if d := time.Since(refused); d > 5*time.Second {
		t.Errorf("the refusal took %s", d)
	}
	step(t, "make unlock STACK="+app, func() error { return r.Unlock(app, false) })
	stale(layout.NetworkStack, "ci@elsewhere")
	if err := r.Unlock(layout.NetworkStack, false); err == nil || !strings.Contains(err.Error(), "FORCE=1") {
		t.Errorf("unlock of another machine's lock without FORCE: %v; want a refusal", err)
	}
	step(t, "make unlock STACK=network FORCE=1", func() error { return r.Unlock(layout.NetworkStack, true) })
	for _, stack := range []string{layout.NetworkStack, app} {
		if s.exists(api, s.key(r, stack)+".tflock") {
			t.Errorf("the lock of %s is still there after make unlock", stack)
		}
	}
}
