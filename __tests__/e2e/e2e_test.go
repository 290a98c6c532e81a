// Package e2e deploys the estate for real, with the cdktf CLI, to the local
// AWS emulator (moto), checks through the AWS API what was built, re-plans,
// and destroys: the same code path as make up and make down.
//
// In CI (CI=true) a missing emulator, aws CLI, terraform or cdktf CLI is a
// failure; elsewhere the tests skip with what to install.
package e2e

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/goccy/go-yaml"

	"github.com/platform/estate/envs"
	"github.com/platform/estate/internal/deploy"
	"github.com/platform/estate/internal/emulator"
	"github.com/platform/estate/internal/layout"
)

// projectRoot is the repository root, seen from this package's directory.
const projectRoot = "../.."

// offPathNice lowers the CPU priority of the deployments of the tests that
// are not on the package's longest path (all but TestDeployCheckReplanDestroy):
// on 2 cores they then take the processor while the main test waits on
// the provider (most of a deploy's or destroy's time), not while it works.
// Measured: the main test alone 409 s, beside the others 520 to 594 s.
const offPathNice = 10

// secondCheckoutNice lowers the CPU priority of the main test's second
// checkout: its plans have slack beside the first checkout's drift check
// (make drift, the repairing deploy, make drift again), which is the
// main test's longest path, but less than the other tests have.
const secondCheckoutNice = 5

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
	if _, err := os.Stat(filepath.Join(projectRoot, layout.CLI)); err != nil {
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

// awsCLI runs aws CLI commands against the runner's target and decodes
// their JSON: in one process of the CLI's own driver (testdata/awsdriver.py)
// where the CLI is the Python one, else a process a command. A process a
// command cost a second of processor time each (measured: 71 commands, 87 s,
// beside the deploys they slowed); in the driver about 50 ms.
type awsCLI struct {
	t      *testing.T
	env    []string
	driver *awsDriver
}

// newAWS is an awsCLI for env, its driver stopped when the test ends.
func newAWS(t *testing.T, env []string) awsCLI {
	d := startAWSDriver(env)
	if d != nil {
		t.Cleanup(d.stop)
	} else {
		t.Log("aws CLI: a process a command (python3 has no awscli)")
	}
	return awsCLI{t: t, env: env, driver: d}
}

// awsDriver is a running testdata/awsdriver.py: one command at a time.
type awsDriver struct {
	mu  sync.Mutex
	cmd *exec.Cmd
	in  io.WriteCloser
	out *bufio.Reader
}

// startAWSDriver starts the driver with env, or returns nil where the
// Python that python3 names has no awscli (the CLI v2, a virtualenv).
func startAWSDriver(env []string) *awsDriver {
	cmd := exec.Command("python3", filepath.Join("testdata", "awsdriver.py"))
	cmd.Env = env
	in, err := cmd.StdinPipe()
	if err != nil {
		return nil
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil
	}
	if err := cmd.Start(); err != nil {
		return nil
	}
	d := &awsDriver{cmd: cmd, in: in, out: bufio.NewReader(stdout)}
	if line, err := d.out.ReadString('\n'); err != nil || line != "ready\n" {
		d.stop()
		return nil
	}
	return d
}

func (d *awsDriver) stop() {
	d.in.Close()
	d.cmd.Wait()
}

// run runs one command: its exit status and what it printed.
func (d *awsDriver) run(args []string) (rc int, stdout, stderr string, err error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	b, _ := json.Marshal(args)
	if _, err := d.in.Write(append(b, '\n')); err != nil {
		return 0, "", "", fmt.Errorf("the aws CLI driver: %w", err)
	}
	line, err := d.out.ReadBytes('\n')
	if err != nil {
		return 0, "", "", fmt.Errorf("the aws CLI driver: %w", err)
	}
	var reply struct {
		RC             int
		Stdout, Stderr string
	}
	if err := json.Unmarshal(line, &reply); err != nil {
		return 0, "", "", fmt.Errorf("the aws CLI driver: %w: %s", err, line)
	}
	return reply.RC, reply.Stdout, reply.Stderr, nil
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
	var stdout, stderr string
	if a.driver != nil {
		rc, o, e, err := a.driver.run(args)
		if err != nil {
			return nil, err
		}
		if stdout, stderr = o, e; rc != 0 {
			return nil, fmt.Errorf("aws %s: exit status %d: %s", strings.Join(args, " "), rc, strings.TrimSpace(stderr))
		}
	} else {
		cmd := exec.Command("aws", args...)
		cmd.Env = a.env
		var o, e bytes.Buffer
		cmd.Stdout, cmd.Stderr = &o, &e
		if err := cmd.Run(); err != nil {
			return nil, fmt.Errorf("aws %s: %v: %s", strings.Join(args, " "), err, strings.TrimSpace(e.String()))
		}
		stdout = o.String()
	}
	out := map[string]any{}
	if strings.TrimSpace(stdout) == "" {
		return out, nil
	}
	return out, json.Unmarshal([]byte(stdout), &out)
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

// replanClean plans the stacks at once; its error names each stack that
// fails to plan or has changes (when: after what), with what would change.
func replanClean(r *deploy.Runner, when string, stacks ...string) error {
	errs := make([]error, len(stacks))
	var fns []func()
	for i, stack := range stacks {
		fns = append(fns, func() {
			changes, out, err := r.Plan(stack)
			switch {
			case err != nil:
				errs[i] = err
			case changes:
				errs[i] = hasChanges(stack, when, out)
			}
		})
	}
	parallel(fns...)
	return errors.Join(errs...)
}

// hasChanges is the error of a stack that should have re-planned clean
// (when: after what), with the lines of its plan out that say what would
// change.
func hasChanges(stack, when, out string) error {
	return errors.New(stack + " has changes " + when + ":\n" + planSummary(out))
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

// vpcsWithRange lists the VPCs in s's region that have s's network range.
func vpcsWithRange(api awsCLI, s *envs.Spec) []any {
	return list(api.get(s.Region, "ec2", "describe-vpcs", "--filters", "Name=cidr-block,Values="+s.Network.CIDR)["Vpcs"])
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

// oneEnvironment makes, in dir, a spec set of env alone out of the set in
// from (a folder of the project): its spec, the set's parity file, and the
// set's allocation rules for env. Its network stack holds env's VPC only (a
// set's network holds every environment's: with three, 108 resources to
// deploy instead of 33).
func oneEnvironment(t *testing.T, from, env, dir string) string {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{env + ".yaml", "_parity.yaml", "_allocation.yaml"} {
		b, err := os.ReadFile(filepath.Join(projectRoot, from, name))
		if errors.Is(err, fs.ErrNotExist) && name != env+".yaml" {
			continue
		} else if err != nil {
			t.Fatal(err)
		}
		if name == "_allocation.yaml" {
			var rules map[string]any
			if err := yaml.Unmarshal(b, &rules); err != nil {
				t.Fatal(err)
			}
			if b, err = yaml.Marshal(map[string]any{env: rules[env]}); err != nil {
				t.Fatal(err)
			}
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}
