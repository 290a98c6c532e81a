package e2e

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/platform/estate/internal/deploy"
	"github.com/platform/estate/internal/layout"
	"github.com/platform/estate/internal/nice"
	"github.com/platform/estate/internal/proc"
)

// checkInterruptedDown presses Ctrl-C during make down (SIGINT to its
// process group, as a terminal sends it) some seconds into Terraform's
// destroy of app, which must stop there, then runs make down again, which
// destroys the rest of the deployment of r (its settings over extra) and
// stops the emulator.
func checkInterruptedDown(t *testing.T, r *deploy.Runner, extra map[string]string, app string) {
	t.Helper()
	env := os.Environ()
	for k, v := range settings(extra) {
		env = append(env, k+"="+v)
	}
	down := nice.Command(r.Nice, estateTool(t), "down", "-workdir", r.Workdir)
	down.Dir, down.Env = r.Root, env
	var downOut strings.Builder
	down.Stdout, down.Stderr = &downOut, &downOut
	down.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	interruptAt := time.Now()
	if err := down.Start(); err != nil {
		t.Fatal(err)
	}
	downDone := make(chan error, 1)
	go func() { downDone <- down.Wait() }()
	interrupted := false
	for !interrupted {
		select {
		case err := <-downDone:
			t.Fatalf("make down ended (%v) before it could be interrupted:\n%s", err, lastLines(downOut.String(), 30))
		case <-time.After(250 * time.Millisecond):
		}
		// Some seconds into Terraform's destroy of app: well before its
		// end (with a database, about a minute here).
		if since := running(r.StackDir(app), "destroy"); since > 8*time.Second {
			err := syscall.Kill(-down.Process.Pid, syscall.SIGINT)
			t.Logf("Ctrl-C (SIGINT to process group %d) %.1fs into terraform destroy of %s: %v", down.Process.Pid, since.Seconds(), app, err)
			interrupted = true
		}
	}
	// Terraform stops what is in flight (it stops waiting for the database
	// instance's deletion), saves its state and exits; the cluster and what
	// it needs are left. make down exits 130, says to run it again, and
	// leaves the network alone: it stands under the half-destroyed app
	// stack. (The cdktf CLI itself exits 0 when interrupted.)
	var firstErr error
	select {
	case firstErr = <-downDone:
		t.Logf("%-48s %6.1fs", fmt.Sprintf("make down, interrupted (%v)", firstErr), time.Since(interruptAt).Seconds())
	case <-time.After(5 * time.Minute):
		t.Fatalf("make down did not end within 5 minutes of Ctrl-C:\n%s", lastLines(downOut.String(), 30))
	}
	if !strings.Contains(downOut.String(), "estate: interrupted; waiting for Terraform to stop cleanly") {
		t.Errorf("make down did not acknowledge Ctrl-C:\n%s", errorLines(downOut.String()))
	}
	if exit, ok := firstErr.(*exec.ExitError); !ok || exit.ExitCode() != 130 {
		t.Fatalf("make down after Ctrl-C: %v, want exit status 130 (interrupted):\n%s", firstErr, errorLines(downOut.String()))
	}
	if !strings.Contains(downOut.String(), "run the same command again to finish") {
		t.Errorf("the interrupted make down did not say what to do:\n%s", errorLines(downOut.String()))
	}
	deployed, err := r.Deployed()
	if err != nil {
		t.Fatal(err)
	}
	if !deployed[app] || !deployed[layout.NetworkStack] {
		t.Errorf("after the interrupted make down deployed: %v; want %s half-destroyed and %s untouched", deployed, app, layout.NetworkStack)
	}
	again := nice.Command(r.Nice, estateTool(t), "down", "-workdir", r.Workdir)
	again.Dir, again.Env = r.Root, env
	var againOut strings.Builder
	again.Stdout, again.Stderr = &againOut, &againOut
	step(t, "make down again (finishes)", func() error {
		if err := again.Run(); err != nil {
			return fmt.Errorf("%v:\n%s", err, lastLines(againOut.String(), 40))
		}
		return nil
	})
	// make down stops the emulator only once every stack is destroyed.
	if !strings.Contains(againOut.String(), "estate: destroyed the local deployment and stopped the emulator") {
		t.Errorf("the second make down did not finish the destroy:\n%s", lastLines(againOut.String(), 20))
	}
}

// running tells how long a Terraform process with the given command
// (destroy, apply) has run in dir, or 0 when none does.
func running(dir, command string) time.Duration {
	cwds, _ := filepath.Glob("/proc/[0-9]*/cwd")
	for _, cwd := range cwds {
		if target, err := os.Readlink(cwd); err != nil || target != dir {
			continue
		}
		cmdline, _ := os.ReadFile(filepath.Join(filepath.Dir(cwd), "cmdline"))
		args := strings.Split(string(cmdline), "\x00")
		if len(args) < 2 || filepath.Base(args[0]) != "terraform" || args[1] != command {
			continue
		}
		pid, _ := strconv.Atoi(filepath.Base(filepath.Dir(cwd)))
		return time.Since(started(pid))
	}
	return 0
}

// started is when process pid started (its start time in clock ticks
// since boot; 100 a second on Linux).
func started(pid int) time.Time {
	fields, err := proc.Stat(pid)
	if err != nil {
		return time.Now()
	}
	uptime, err := os.ReadFile("/proc/uptime")
	if err != nil {
		return time.Now()
	}
	var ticks, up float64
	fmt.Sscan(fields[proc.FieldStart], &ticks)
	fmt.Sscan(strings.Fields(string(uptime))[0], &up)
	return time.Now().Add(-time.Duration((up - ticks/100) * float64(time.Second)))
}

// checkCLITruths runs what the README says of the cdktf CLI against the
// deployment with app: cdktf list names the stacks; cdktf diff takes one stack
// (given two, it plans the first only); cdktf deploy of an app stack alone
// is refused for its missing dependency; cdktf output prints a stack's
// outputs.
func checkCLITruths(t *testing.T, r *deploy.Runner, app string) {
	t.Helper()
	start := time.Now()
	cli := func(args ...string) (string, error) {
		cmd := nice.Command(r.Nice, filepath.Join(r.Root, layout.CLI), append(args, "--output", r.Outdir())...)
		cmd.Dir, cmd.Env = r.Root, r.Env()
		b, err := cmd.CombinedOutput()
		return string(b), err
	}
	// list synthesizes into the folder the others read: first. Then the
	// others at once: diff initializes and plans the network's folder
	// alone, output the app stack's, and deploy is refused before
	// Terraform runs.
	if out, err := cli("list"); err != nil || !strings.Contains(out, layout.NetworkStack) || !strings.Contains(out, app) {
		t.Errorf("cdktf list: %v, want both stacks named:\n%s", err, lastLines(out, 10))
	}
	parallel(
		func() {
			if out, err := cli("diff", layout.NetworkStack, app, "--skip-synth"); err != nil || !strings.Contains(out, layout.NetworkStack) || strings.Contains(out, app) {
				t.Errorf("cdktf diff %s %s: %v; want a plan of network only (the CLI takes one stack):\n%s", layout.NetworkStack, app, err, lastLines(out, 15))
			}
		},
		func() {
			if out, err := cli("deploy", app, "--skip-synth", "--auto-approve"); err == nil || !strings.Contains(out, layout.NetworkStack) {
				t.Errorf("cdktf deploy %s alone: %v; want a refusal naming its dependency %s:\n%s", app, err, layout.NetworkStack, lastLines(out, 15))
			}
		},
		func() {
			if out, err := cli("output", app, "--skip-synth"); err != nil || !strings.Contains(out, "table_name") {
				t.Errorf("cdktf output %s: %v; want its outputs:\n%s", app, err, lastLines(out, 15))
			}
		})
	t.Logf("%-48s %6.1fs", "cdktf list, diff, deploy (refused), output", time.Since(start).Seconds())
}

// checkPlan: make plan ENV=env (estate plan, through the runner) plans the
// network and env's app stack, one cdktf diff each, and right after their
// deploy neither has changes.
func checkPlan(t *testing.T, r *deploy.Runner, env string, stacks []string) {
	t.Helper()
	var printed strings.Builder
	log := r.Stdout
	r.Stdout = io.MultiWriter(log, &printed)
	defer func() { r.Stdout = log }()
	step(t, "make plan ENV="+env, func() error { return r.Diff(env) })
	lines := strings.Split(printed.String(), "\n")
	for _, stack := range stacks {
		if !slices.ContainsFunc(lines, func(l string) bool { return strings.Contains(l, stack) && strings.Contains(l, "No changes.") }) {
			t.Errorf("make plan ENV=%s: no line says %s has no changes:\n%s", env, stack, lastLines(printed.String(), 30))
		}
	}
}
