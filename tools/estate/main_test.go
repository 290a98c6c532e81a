package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/platform/estate/envs"
	"github.com/platform/estate/internal/emulator"
	"github.com/platform/estate/internal/layout"
	"github.com/platform/estate/internal/testbin"
)

// TestNoJSII: the tool reads state, runs the CLIs and prints reports; it
// must not link the jsii runtime (which starts Node and unpacks itself into
// the temporary directory on every run).
func TestNoJSII(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		t.Fatal(err)
	}
	deps := strings.Fields(string(out))
	if len(deps) < 10 {
		t.Fatalf("go list -deps listed %d packages", len(deps))
	}
	for _, d := range deps {
		if strings.Contains(d, "jsii") || strings.HasPrefix(d, "github.com/hashicorp/terraform-cdk-go") || strings.HasPrefix(d, "github.com/aws/constructs-go") {
			t.Errorf("tools/estate depends on %s", d)
		}
	}
}

// TestLeavesNothingInTheTemporaryDirectory runs the built tool with a
// temporary directory of its own: with no arguments and for a report, it
// leaves that directory empty.
func TestLeavesNothingInTheTemporaryDirectory(t *testing.T) {
	bin := filepath.Join(t.TempDir(), "estate")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	for _, args := range [][]string{nil, {"parity"}} {
		tmp := t.TempDir()
		cmd := exec.Command(bin, args...)
		cmd.Dir = "../.."
		cmd.Env = append(os.Environ(), "TMPDIR="+tmp)
		out, _ := cmd.CombinedOutput()
		if len(out) == 0 {
			t.Errorf("estate %v printed nothing", args)
		}
		if entries, _ := os.ReadDir(tmp); len(entries) > 0 {
			t.Errorf("estate %v left %s in the temporary directory", args, entries[0].Name())
		}
	}
}

// TestEmulatorGone: make drift, make plan and make down when the recorded emulator
// has died say so in one line, at once (no Terraform timeout), and make
// down forgets the state of what died with it.
func TestEmulatorGone(t *testing.T) {
	bin, err := testbin.Build("../..", "./tools/estate")
	if err != nil {
		t.Fatal(err)
	}
	work := t.TempDir()
	state := filepath.Join(work, filepath.FromSlash(layout.StateFolder(envs.TargetLocal, "")))
	if err := os.MkdirAll(state, 0o755); err != nil {
		t.Fatal(err)
	}
	dead := exec.Command("true")
	if err := dead.Run(); err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		"emulator.json":   fmt.Sprintf(`{"pid": %d, "port": 1}`, dead.Process.Pid),
		"app-dev.tfstate": `{"version": 4, "resources": [{"mode": "managed"}]}`,
		"network.tfstate": `{"version": 4, "resources": [{"mode": "managed"}]}`,
	}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(state, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	run := func(args ...string) (string, int, time.Duration) {
		cmd := exec.Command(bin, append(args, "-workdir", work)...)
		cmd.Dir = "../.."
		cmd.Env = append(os.Environ(), "TARGET=local", "ENVS_DIR=", "ENVIRONMENT_SUFFIX=", "STATE_BACKEND=", "ALLOW_DESTROY=")
		start := time.Now()
		out, err := cmd.CombinedOutput()
		code := testbin.ExitCode(t, err)
		return strings.TrimSpace(string(out)), code, time.Since(start)
	}
	out, code, took := run("drift", "-env", "dev")
	want := fmt.Sprintf("estate: the local emulator is gone (its process (pid %d) has exited), and with it everything deployed to the local target; deploy again with make up ENV=dev", dead.Process.Pid)
	if code != 1 || out != want {
		t.Errorf("drift: exit %d, printed\n%s\nwant exit 1 and\n%s", code, out, want)
	}
	if took > 5*time.Second {
		t.Errorf("drift took %s to tell", took)
	}
	out, code, _ = run("plan", "-env", "dev")
	if code != 1 || out != want {
		t.Errorf("plan: exit %d, printed\n%s\nwant exit 1 and\n%s", code, out, want)
	}
	out, code, _ = run("down")
	if code != 0 || !strings.HasPrefix(out, "estate: the local emulator is gone (its process") || !strings.HasSuffix(out, "the local state is reset") || strings.Contains(out, "\n") {
		t.Errorf("down: exit %d, printed\n%s", code, out)
	}
	for name := range files {
		if _, err := os.Stat(filepath.Join(state, name)); !os.IsNotExist(err) {
			t.Errorf("down left %s: %v", name, err)
		}
	}
}

// TestEmulatorShellSettings: make emulator prints the settings that point
// the aws CLI at the emulator, in the region of ENV (where make up ENV=<env>
// deploys; the emulator's own default is another), and refuses an unknown
// environment before it starts anything.
func TestEmulatorShellSettings(t *testing.T) {
	if _, err := exec.LookPath(emulator.Command); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is missing in CI: %s", emulator.Command, emulator.InstallHint)
		}
		t.Skipf("%s is not installed", emulator.Command)
	}
	bin, err := testbin.Build("../..", "./tools/estate")
	if err != nil {
		t.Fatal(err)
	}
	work := t.TempDir()
	run := func(args ...string) (string, int) {
		cmd := exec.Command(bin, append([]string{"emulator", "-workdir", work}, args...)...)
		cmd.Dir = "../.."
		cmd.Env = append(os.Environ(), "TARGET=local", "ENVS_DIR=", "ENVIRONMENT_SUFFIX=", "STATE_BACKEND=", "ALLOW_DESTROY=")
		out, err := cmd.CombinedOutput()
		return strings.TrimSpace(string(out)), testbin.ExitCode(t, err)
	}
	if out, code := run("-env", "nope", "start"); code != 1 || !strings.Contains(out, "ENV=nope: no such environment") {
		t.Errorf("emulator -env nope start: exit %d, printed\n%s", code, out)
	}
	if _, err := os.Stat(filepath.Join(work, "state")); !os.IsNotExist(err) {
		t.Errorf("an unknown environment started the emulator (state folder: %v)", err)
	}
	project, err := envs.Load("../../envs", func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { run("stop") })
	for _, spec := range project.Environments {
		out, code := run("-env", spec.Name, "start")
		if want := "export AWS_DEFAULT_REGION='" + spec.Region + "'"; code != 0 || !strings.Contains("\n"+out+"\n", "\n"+want+"\n") {
			t.Errorf("emulator -env %s start: exit %d, printed\n%s\nwant the line %s", spec.Name, code, out, want)
		}
		if !strings.Contains(out, "export AWS_ENDPOINT_URL='http://127.0.0.1:") {
			t.Errorf("emulator -env %s start printed no endpoint:\n%s", spec.Name, out)
		}
	}
	if out, code := run("stop"); code != 0 || !strings.HasPrefix(out, "estate: stopped the local emulator (pid ") {
		t.Errorf("emulator stop: exit %d, printed\n%s", code, out)
	}
	if out, code := run("stop"); code != 0 || out != "estate: the local emulator does not run" {
		t.Errorf("emulator stop again: exit %d, printed\n%s", code, out)
	}
}

// TestBadFlags: a wrong or incomplete flag (make up ENV= once passed -env
// with no value) is one line with the usage, exit 1, no flag dump.
func TestBadFlags(t *testing.T) {
	bin, err := testbin.Build("../..", "./tools/estate")
	if err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"up", "-env"}, {"drift", "-bogus"}} {
		out, err := exec.Command(bin, args...).CombinedOutput()
		got := strings.TrimSpace(string(out))
		if code := testbin.ExitCode(t, err); code != 1 || strings.Contains(got, "\n") || !strings.Contains(got, "; usage: estate up") {
			t.Errorf("estate %v: exit %d, printed\n%s", args, code, got)
		}
	}
}
