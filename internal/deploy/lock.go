package deploy

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/platform/estate/envs"
	"github.com/platform/estate/internal/awsapi"
	"github.com/platform/estate/internal/layout"
	"github.com/platform/estate/internal/proc"
)

// Lock is a held lock on a stack's state.
type Lock struct {
	Stack string
	// Info is Terraform's record of it (ID, Operation, Who, Created), as
	// far as it was written.
	Info LockInfo
	// PID is the holding process on this machine, 0 when none is known to
	// run here.
	PID int
}

// LockInfo is Terraform's lock record (the .tflock object with S3 state,
// the .lock.info file beside local state).
type LockInfo struct {
	ID        string    `json:"ID"`
	Operation string    `json:"Operation"`
	Who       string    `json:"Who"`
	Created   time.Time `json:"Created"`
}

// LockedError is the refusal to deploy or destroy a stack whose state is
// locked, at once rather than after Terraform's lock timeout.
type LockedError struct{ Lock Lock }

func (e *LockedError) Error() string {
	l := e.Lock
	since := "for an unknown time"
	if !l.Info.Created.IsZero() {
		since = "for " + time.Since(l.Info.Created).Round(time.Second).String()
	}
	who := l.Info.Who
	if who == "" {
		who = "an unknown holder"
	}
	what := strings.TrimPrefix(l.Info.Operation, "OperationType")
	if what != "" {
		what = " (terraform " + strings.ToLower(what) + ")"
	}
	if l.PID > 0 {
		return fmt.Sprintf("the state of %s is locked %s by %s%s, process %d, which still runs on this machine; wait for it to finish, or stop it (kill %d), then run again",
			l.Stack, since, who, what, l.PID, l.PID)
	}
	return fmt.Sprintf("the state of %s is locked %s by %s%s, and no process on this machine holds it (a deploy that was killed leaves its lock); if nothing else deploys %s now, release it with: make unlock STACK=%s, then run again",
		l.Stack, since, who, what, l.Stack, l.Stack)
}

// checkLocks refuses, with a LockedError, stacks whose state is locked.
func (r *Runner) checkLocks(stacks []string) error {
	for _, stack := range stacks {
		l, err := r.FindLock(stack)
		if err != nil {
			return err
		}
		if l != nil {
			return &LockedError{Lock: *l}
		}
	}
	return nil
}

// FindLock returns the lock held on stack's state, or nil.
func (r *Runner) FindLock(stack string) (*Lock, error) {
	if r.Project.Backend.Kind == envs.BackendS3 {
		return r.s3Lock(stack)
	}
	return r.localLock(stack)
}

// localLock: Terraform's local backend locks the state file with fcntl,
// which the kernel releases when the holder dies, so a local lock is
// always held by a live process, whose pid F_GETLK tells.
func (r *Runner) localLock(stack string) (*Lock, error) {
	path := filepath.Join(r.StateDir(), stack+".tfstate")
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	probe := syscall.Flock_t{Type: syscall.F_WRLCK, Whence: io.SeekStart}
	if err := syscall.FcntlFlock(f.Fd(), syscall.F_GETLK, &probe); err != nil {
		return nil, fmt.Errorf("asking for the lock of %s: %w", path, err)
	}
	if probe.Type == syscall.F_UNLCK {
		return nil, nil
	}
	l := &Lock{Stack: stack, PID: int(probe.Pid)}
	if b, err := os.ReadFile(r.localLockInfo(stack)); err == nil {
		json.Unmarshal(b, &l.Info)
	}
	return l, nil
}

// localLockInfo is where Terraform's local backend writes its lock record.
func (r *Runner) localLockInfo(stack string) string {
	return filepath.Join(r.StateDir(), "."+stack+".tfstate.lock.info")
}

// s3Lock reads the lock file (use_lockfile) of stack's S3 state.
func (r *Runner) s3Lock(stack string) (*Lock, error) {
	body, ok, err := r.s3StateObject(stack, ".tflock")
	if err != nil || !ok {
		return nil, err
	}
	l := &Lock{Stack: stack}
	json.Unmarshal(body, &l.Info)
	l.PID = r.terraformIn(stack)
	return l, nil
}

// s3StateObject reads the object of stack's S3 state with suffix ("" the
// state, ".tflock" its lock); ok is false when there is none.
func (r *Runner) s3StateObject(stack, suffix string) (body []byte, ok bool, err error) {
	b := r.Project.Backend
	key := layout.StateKey(b.KeyPrefix, r.Project.Set, stack) + suffix
	ctx := context.Background()
	cfg, err := awsapi.Load(ctx, r.env)
	if err != nil {
		return nil, false, err
	}
	body, ok, err = cfg.GetObject(ctx, b.Region, b.Bucket, key)
	if err != nil {
		return nil, false, fmt.Errorf("reading s3://%s/%s (%s): %w", b.Bucket, key, stack, err)
	}
	return body, ok, nil
}

// terraformIn returns a Terraform process on this machine that works on
// the same S3 state as stack (any checkout's folder of the stack whose
// backend names the same bucket and key), or 0.
func (r *Runner) terraformIn(stack string) int {
	b := r.Project.Backend
	key := layout.StateKey(b.KeyPrefix, r.Project.Set, stack)
	cwds, _ := filepath.Glob("/proc/[0-9]*/cwd")
	for _, cwd := range cwds {
		dir, err := os.Readlink(cwd)
		if err != nil || filepath.Base(dir) != stack {
			continue
		}
		pidDir := filepath.Dir(cwd)
		exe, _ := os.Readlink(filepath.Join(pidDir, "exe"))
		if name := filepath.Base(exe); !strings.Contains(name, "terraform") && !strings.Contains(name, "tofu") {
			continue
		}
		config, err := os.ReadFile(filepath.Join(dir, "cdk.tf.json"))
		if err != nil {
			continue
		}
		var doc struct {
			Terraform struct {
				Backend struct {
					S3 struct{ Bucket, Key string }
				}
			}
		}
		if json.Unmarshal(config, &doc) != nil || doc.Terraform.Backend.S3.Bucket != b.Bucket || doc.Terraform.Backend.S3.Key != key {
			continue
		}
		var pid int
		fmt.Sscan(filepath.Base(pidDir), &pid)
		return pid
	}
	return 0
}

// Unlock releases the lock on stack's state that a killed deploy left. It
// refuses while the holder runs on this machine, and for a holder that
// names another machine unless force is set.
func (r *Runner) Unlock(stack string, force bool) error {
	if err := r.knownStack(stack); err != nil {
		return err
	}
	l, err := r.FindLock(stack)
	if err != nil {
		return err
	}
	if l == nil {
		if r.Project.Backend.Kind != envs.BackendS3 {
			// A record a dead holder left is no lock; drop it.
			os.Remove(r.localLockInfo(stack))
		}
		fmt.Fprintf(r.Stderr, "estate: the state of %s is not locked\n", stack)
		return nil
	}
	if l.PID > 0 {
		return fmt.Errorf("not releasing the lock of %s: its holder, process %d, still runs on this machine; wait for it, or stop it (kill %d), then run make unlock again", stack, l.PID, l.PID)
	}
	host, _ := os.Hostname()
	if _, other, ok := strings.Cut(l.Info.Who, "@"); ok && other != host && !force {
		return fmt.Errorf("not releasing the lock of %s: %s holds it, on another machine; make sure nothing deploys %s there, then run make unlock STACK=%s FORCE=1", stack, l.Info.Who, stack, stack)
	}
	if l.Info.ID == "" {
		return fmt.Errorf("the lock of %s has no ID to release it by", stack)
	}
	if _, err := os.Stat(filepath.Join(r.StackDir(stack), "cdk.tf.json")); err != nil {
		if err := r.Synth(); err != nil {
			return err
		}
	}
	if err := r.Init(stack); err != nil {
		return err
	}
	var out strings.Builder
	if err := r.terraform(&out, stack, "force-unlock", "-force", l.Info.ID); err != nil {
		return fmt.Errorf("terraform force-unlock of %s: %w\n%s", stack, err, out.String())
	}
	fmt.Fprintf(r.Stderr, "estate: released the lock of %s (held by %s since %s)\n", stack, l.Info.Who, l.Info.Created.Format(time.RFC3339))
	return nil
}

// InterruptTerraform passes an interrupt (SIGINT) to the Terraform
// processes this process started, through the cdktf CLI: the CLI runs
// Terraform in a pseudo-terminal, a session of its own, which a Ctrl-C at
// the user's terminal does not reach. Terraform then stops cleanly: it
// finishes what is in flight, saves its state and exits. It returns how
// many it interrupted.
func InterruptTerraform() int {
	n := 0
	for _, pid := range proc.Descendants(os.Getpid()) {
		if name := proc.Executable(pid); name == "terraform" || name == "tofu" {
			if syscall.Kill(pid, syscall.SIGINT) == nil {
				n++
			}
		}
	}
	return n
}

// s3StateResources counts the resources in stack's S3 state (0 when there
// is no state object).
func (r *Runner) s3StateResources(stack string) (int, error) {
	body, ok, err := r.s3StateObject(stack, "")
	if err != nil || !ok {
		return 0, err
	}
	var state struct {
		Resources []json.RawMessage `json:"resources"`
	}
	if err := json.Unmarshal(body, &state); err != nil {
		return 0, fmt.Errorf("reading the state of %s: %w", stack, err)
	}
	return len(state.Resources), nil
}

// knownStack refuses a name that is none of the project's stacks: the
// network, an environment's app stack, or a copy's (app-<env>-<suffix>).
func (r *Runner) knownStack(stack string) error {
	if stack == layout.NetworkStack {
		return nil
	}
	if env, _, ok := layout.ParseAppStack(stack); ok {
		if _, err := r.Spec(env); err == nil {
			return nil
		}
	}
	return fmt.Errorf("STACK=%s: no such stack; use one of %s (a copy of an environment: app-<env>-<suffix>)", stack, strings.Join(append([]string{layout.NetworkStack}, r.appStacks("")...), ", "))
}
