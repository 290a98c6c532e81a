package deploy

import (
	"bufio"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/platform/estate/internal/proc"
)

// A local lock is held by a live process (the kernel drops fcntl locks of
// the dead): a deploy refuses at once, naming the stack, the age, the
// holder and its pid; unlock refuses while it runs; once it is gone there
// is no lock, and unlock drops the record it left.
func TestLocalLock(t *testing.T) {
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 is needed to hold an fcntl lock from another process")
	}
	var stderr strings.Builder
	r, err := New("../..", t.TempDir(), localSettings, io.Discard, &stderr)
	if err != nil {
		t.Fatal(err)
	}
	const stack = "app-dev"
	if l, err := r.FindLock(stack); l != nil || err != nil {
		t.Fatalf("no state yet: FindLock = %v, %v", l, err)
	}
	if err := os.MkdirAll(r.StateDir(), 0o755); err != nil {
		t.Fatal(err)
	}
	state := filepath.Join(r.StateDir(), stack+".tfstate")
	created := time.Now().Add(-90 * time.Second).UTC().Format(time.RFC3339Nano)
	for path, content := range map[string]string{
		state:                  `{"version": 4}`,
		r.localLockInfo(stack): `{"ID":"0c5a","Operation":"OperationTypeApply","Who":"ops@build-7","Created":"` + created + `"}`,
	} {
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// What Terraform's local backend does: an fcntl write lock on the
	// whole state file.
	holder := exec.Command(python, "-c", `import fcntl, sys, time
f = open(sys.argv[1], "r+")
fcntl.lockf(f, fcntl.LOCK_EX)
print("locked", flush=True)
time.sleep(120)`, state)
	out, err := holder.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := holder.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { holder.Process.Kill(); holder.Wait() })
	if line, _ := bufio.NewReader(out).ReadString('\n'); line != "locked\n" {
		t.Fatalf("the holder did not lock: %q", line)
	}
	pid := holder.Process.Pid

	start := time.Now()
	err = r.Deploy(stack)
	var locked *LockedError
	if !errors.As(err, &locked) {
		t.Fatalf("deploy of a locked stack: %v, want a LockedError", err)
	}
	want := "the state of app-dev is locked for 1m30s by ops@build-7 (terraform apply), process " + strconv.Itoa(pid) +
		", which still runs on this machine; wait for it to finish, or stop it (kill " + strconv.Itoa(pid) + "), then run again"
	if got := err.Error(); got != want && got != strings.Replace(want, "1m30s", "1m31s", 1) {
		t.Errorf("refusal:\n got %s\nwant %s", got, want)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("the refusal took %s", d)
	}
	if err := r.Unlock(stack, true); err == nil || !strings.Contains(err.Error(), "still runs on this machine") {
		t.Errorf("unlock while the holder runs: %v, want a refusal", err)
	}

	holder.Process.Kill()
	holder.Wait()
	if l, err := r.FindLock(stack); l != nil || err != nil {
		t.Errorf("after the holder died: FindLock = %+v, %v; want no lock", l, err)
	}
	if err := r.Unlock(stack, false); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(stderr.String(), "the state of app-dev is not locked") {
		t.Errorf("unlock said %q", stderr.String())
	}
	if _, err := os.Stat(r.localLockInfo(stack)); !os.IsNotExist(err) {
		t.Errorf("unlock left the dead holder's record: %v", err)
	}
	// A name that is no stack of the project is refused, not reported
	// unlocked.
	for _, name := range []string{"app-nope", "app-", "netwrok", ""} {
		if err := r.Unlock(name, false); err == nil || !strings.Contains(err.Error(), "no such stack; use one of network, app-dev") {
			t.Errorf("unlock of %q: %v, want a refusal naming the stacks", name, err)
		}
	}
	if err := r.Unlock("app-dev-pr7", false); err != nil {
		t.Errorf("unlock of a copy's stack: %v", err)
	}
}

// The message for a lock no process here holds names the command that
// releases it.
func TestStaleLockMessage(t *testing.T) {
	err := &LockedError{Lock: Lock{Stack: "network", Info: LockInfo{Who: "ci@runner-3", Operation: "OperationTypeApply", Created: time.Now().Add(-42 * time.Minute)}}}
	want := "the state of network is locked for 42m0s by ci@runner-3 (terraform apply), and no process on this machine holds it (a deploy that was killed leaves its lock); if nothing else deploys network now, release it with: make unlock STACK=network, then run again"
	if got := err.Error(); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// TestInterruptTerraformReachesGrandchildren: Ctrl-C reaches the Terraform
// processes among this process's descendants (the cdktf CLI's children),
// and only those.
func TestInterruptTerraformReachesGrandchildren(t *testing.T) {
	sleep, err := exec.LookPath("sleep")
	if err != nil {
		t.Skip(err)
	}
	b, err := os.ReadFile(sleep)
	if err != nil {
		t.Fatal(err)
	}
	// A program named terraform (a copy, not a link: the executable's own
	// name is what counts), started by a shell, beside a plain sleep.
	terraform := filepath.Join(t.TempDir(), "terraform")
	if err := os.WriteFile(terraform, b, 0o755); err != nil {
		t.Fatal(err)
	}
	// The shell runs terraform in the foreground (a background command of
	// a script ignores SIGINT); the plain sleep is a child of this test.
	shell := exec.Command("sh", "-c", terraform+" 30; :")
	plain := exec.Command(sleep, "30")
	for _, cmd := range []*exec.Cmd{shell, plain} {
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		defer func() { cmd.Process.Kill(); cmd.Wait() }()
	}
	// This test's descendants by executable.
	byName := func() map[string]int {
		m := map[string]int{}
		for _, pid := range proc.Descendants(os.Getpid()) {
			m[proc.Executable(pid)] = pid
		}
		return m
	}
	waitFor := func(what string, ok func(map[string]int) bool) map[string]int {
		t.Helper()
		for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
			if m := byName(); ok(m) {
				return m
			}
		}
		t.Fatalf("%s: this test's descendants are %v", what, byName())
		return nil
	}
	before := waitFor("terraform and sleep start", func(m map[string]int) bool { return m["terraform"] != 0 && m[filepath.Base(sleep)] != 0 })
	if n := InterruptTerraform(); n != 1 {
		t.Fatalf("InterruptTerraform interrupted %d processes, want the one terraform", n)
	}
	after := waitFor("terraform ends on the interrupt", func(m map[string]int) bool { return m["terraform"] == 0 })
	if after[filepath.Base(sleep)] != before[filepath.Base(sleep)] {
		t.Errorf("the plain sleep (pid %d) was interrupted too: this test's descendants are %v", before[filepath.Base(sleep)], after)
	}
}
