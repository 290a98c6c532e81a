// Package e2e deploys the estate for real, with the cdktf CLI, to the local
// AWS emulator (moto), checks through the AWS API what was built, re-plans,
// and destroys: the same code path as make up and make down.
//
// In CI (CI=true) a missing emulator, aws CLI, terraform or cdktf CLI is a
// failure; elsewhere the tests skip with what to install.
package e2e

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/platform/estate/envs"
	"github.com/platform/estate/internal/deploy"
	"github.com/platform/estate/internal/emulator"
)

// projectRoot is the repository root, seen from this package's directory.
const projectRoot = "../.."

// cleanSettings are the settings of every run unless a test says otherwise:
// the local target with local state, whatever the caller's shell has.
var cleanSettings = map[string]string{
	envs.EnvTarget: envs.TargetLocal, envs.EnvAllowDestroy: "", envs.EnvSuffix: "",
	envs.EnvStateBackend: "", envs.EnvStateBucket: "", envs.EnvStateKeyPrefix: "",
	envs.EnvStateRegion: "", envs.EnvStateLockTable: "", envs.EnvEnvsDir: "",
	envs.EnvStateOrganization: "", envs.EnvStateWorkspacePrefix: "", envs.EnvStateHostname: "",
	"AWS_ENDPOINT_URL": "",
}

func settings(extra map[string]string) map[string]string {
	s := map[string]string{}
	for k, v := range cleanSettings {
		s[k] = v
	}
	for k, v := range extra {
		s[k] = v
	}
	return s
}

// requireTools skips (or in CI fails) when what a real deploy needs is missing.
func requireTools(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("end-to-end deploys are skipped with -short")
	}
	terraform := os.Getenv("TERRAFORM_BINARY_NAME")
	if terraform == "" {
		terraform = "terraform"
	}
	var missing []string
	for tool, hint := range map[string]string{
		"moto_server": `pip install "moto[server]"`,
		"aws":         "pip install awscli (or the AWS CLI v2)",
		terraform:     "install Terraform >= 1.11",
	} {
		if _, err := exec.LookPath(tool); err != nil {
			missing = append(missing, tool+" ("+hint+")")
		}
	}
	if _, err := os.Stat(filepath.Join(projectRoot, "node_modules", ".bin", "cdktf")); err != nil {
		missing = append(missing, "the cdktf CLI (npm ci)")
	}
	if len(missing) == 0 {
		return
	}
	slices.Sort(missing)
	msg := "end-to-end tests need " + strings.Join(missing, ", ")
	if os.Getenv("CI") == "true" {
		t.Fatal(msg)
	}
	t.Skip(msg)
}

// newRunner makes a deploy runner over the project, working in a folder of
// the test's, logging the CLIs' output to a file that a failure prints.
func newRunner(t *testing.T, name, workdir string, extra map[string]string) *deploy.Runner {
	t.Helper()
	root, err := filepath.Abs(projectRoot)
	if err != nil {
		t.Fatal(err)
	}
	logPath := filepath.Join(workdir, name+".log")
	if err := os.MkdirAll(workdir, 0o755); err != nil {
		t.Fatal(err)
	}
	log, err := os.Create(logPath)
	if err != nil {
		t.Fatal(err)
	}
	r, err := deploy.New(root, workdir, settings(extra), log, log)
	if err != nil {
		t.Fatal(err)
	}
	emulatorLog := filepath.Join(r.StateDir(), emulator.LogFile)
	t.Cleanup(func() {
		log.Close()
		if dir := os.Getenv("E2E_LOG_DIR"); dir != "" {
			// Keep the whole logs (the work folder goes with the test).
			os.MkdirAll(dir, 0o755)
			for from, to := range map[string]string{logPath: name + ".log", emulatorLog: name + "-emulator.log"} {
				if b, err := os.ReadFile(from); err == nil {
					os.WriteFile(filepath.Join(dir, to), b, 0o644)
				}
			}
		}
		if !t.Failed() {
			return
		}
		b, _ := os.ReadFile(logPath)
		t.Logf("last lines of the %s log:\n%s", name, lastLines(string(b), 120))
		if b, err := os.ReadFile(emulatorLog); err == nil {
			t.Logf("the emulator's errors and Lambda requests (%s):\n%s", name, lastLines(emulatorTrouble(string(b)), 80))
		}
	})
	return r
}

// lastLines is the last n lines of text.
func lastLines(text string, n int) string {
	lines := strings.Split(strings.TrimRight(text, "\n"), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}

// emulatorTrouble keeps the lines of moto's log worth reading after a
// failure: answers with a 5xx status, Lambda calls, and everything that is
// not a request line (Python tracebacks).
func emulatorTrouble(log string) string {
	var keep []string
	for line := range strings.Lines(log) {
		request := strings.Contains(line, `] "`)
		if !request || strings.Contains(line, "/functions") || serverError.MatchString(line) {
			keep = append(keep, strings.TrimRight(line, "\n"))
		}
	}
	return strings.Join(keep, "\n")
}

// serverError matches a werkzeug request line answered with a 5xx status.
var serverError = regexp.MustCompile(`" 5\d\d `)

// step runs one timed step and fails the test on error.
func step(t *testing.T, what string, f func() error) {
	t.Helper()
	start := time.Now()
	err := f()
	t.Logf("%-48s %6.1fs", what, time.Since(start).Seconds())
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// awsCLI runs the aws CLI against the runner's target and decodes its JSON.
type awsCLI struct {
	t   *testing.T
	env []string
}

func (a awsCLI) call(region string, args ...string) (map[string]any, error) {
	args = append(args, "--region", region, "--output", "json")
	// Explicitly as well: aws-cli v1 ignores AWS_ENDPOINT_URL for some
	// calls (rds in us-east-1, measured with 1.45).
	for _, kv := range a.env {
		if url, ok := strings.CutPrefix(kv, "AWS_ENDPOINT_URL="); ok && url != "" {
			args = append(args, "--endpoint-url", url)
		}
	}
	cmd := exec.Command("aws", args...)
	cmd.Env = a.env
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("aws %s: %v: %s", strings.Join(args, " "), err, strings.TrimSpace(stderr.String()))
	}
	out := map[string]any{}
	if stdout.Len() == 0 {
		return out, nil
	}
	return out, json.Unmarshal(stdout.Bytes(), &out)
}

func (a awsCLI) get(region string, args ...string) map[string]any {
	a.t.Helper()
	out, err := a.call(region, args...)
	if err != nil {
		a.t.Error(err)
		return map[string]any{}
	}
	return out
}

func list(v any) []any { l, _ := v.([]any); return l }

func strs(v any) []string {
	var out []string
	for _, x := range list(v) {
		out = append(out, fmt.Sprint(x))
	}
	slices.Sort(out)
	return out
}

// parallel runs the functions at once and waits for all.
func parallel(fs ...func()) {
	var wg sync.WaitGroup
	for _, f := range fs {
		wg.Add(1)
		go func() { defer wg.Done(); f() }()
	}
	wg.Wait()
}

func spec(t *testing.T, r *deploy.Runner, name string) *envs.Spec {
	t.Helper()
	s, err := r.Spec(name)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// errorsAs is errors.As for a target type.
func errorsAs[T error](err error) (T, bool) {
	var target T
	ok := errors.As(err, &target)
	return target, ok
}

// stackResources counts the resources of a synthesized stack.
func stackResources(t *testing.T, r *deploy.Runner, stack string) int {
	t.Helper()
	resources, err := r.Resources(stack)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, rs := range resources {
		n += len(rs)
	}
	return n
}
