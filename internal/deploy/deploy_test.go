package deploy

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/platform/estate/internal/nice/nicetest"
)

// localSettings are a test runner's settings: the local target, local
// state and the project's specs, whatever the caller's shell has.
var localSettings = map[string]string{"TARGET": "local", "ALLOW_DESTROY": "", "STATE_BACKEND": "", "ENVIRONMENT_SUFFIX": "", "ENVS_DIR": ""}

// TestPathsAreAbsolute: Terraform runs inside each stack's folder, so every
// path the runner hands it must be absolute, whatever the caller passed
// (make passes "."; a relative plan path once broke make drift).
func TestPathsAreAbsolute(t *testing.T) {
	r, err := New("../..", "../..", localSettings, io.Discard, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{r.Root, r.Workdir, r.Outdir(), r.StateDir(), r.StackDir("network"), r.outputsFile()} {
		if !filepath.IsAbs(p) {
			t.Errorf("%s is relative", p)
		}
	}
	if !strings.HasSuffix(r.StateDir(), filepath.Join("state", "local")) {
		t.Errorf("state folder %s, want state/local", r.StateDir())
	}
	// Messages keep naming the specs by the path given.
	if f := r.Project.Environments[0].File; f != "../../envs/dev.yaml" {
		t.Errorf("spec file %s, want the path as given", f)
	}
}

// TestCheckManifest: the synthesis without the CLI keeps the CLI's two
// checks: an error annotation fails it, and a stack the app no longer has
// loses its folder while the others keep theirs, .terraform included.
func TestCheckManifest(t *testing.T) {
	out := t.TempDir()
	for _, dir := range []string{"stacks/network/.terraform", "stacks/app-dev", "stacks/app-gone/.terraform"} {
		if err := os.MkdirAll(filepath.Join(out, dir), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	write := func(manifest string) {
		if err := os.WriteFile(filepath.Join(out, "manifest.json"), []byte(manifest), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(`{"version":"0.20.11","stacks":{"network":{"annotations":[]},"app-dev":{"annotations":[{"constructPath":"app-dev/fn","level":"WARN","message":"old"}]}}}`)
	stacks, err := checkManifest(out)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"app-dev", "network"}; !slices.Equal(stacks, want) {
		t.Errorf("stacks %v, want %v", stacks, want)
	}
	var left []string
	for _, dir := range []string{"stacks/network/.terraform", "stacks/app-dev", "stacks/app-gone"} {
		if _, err := os.Stat(filepath.Join(out, dir)); err == nil {
			left = append(left, dir)
		}
	}
	if want := []string{"stacks/network/.terraform", "stacks/app-dev"}; !slices.Equal(left, want) {
		t.Errorf("after the check %v exist, want %v", left, want)
	}

	write(`{"stacks":{"network":{"annotations":[{"constructPath":"network/aws","level":"ERROR","message":"no provider"}]}}}`)
	_, err = checkManifest(out)
	if err == nil || !strings.Contains(err.Error(), "network/aws: no provider") {
		t.Errorf("an error annotation: got %v, want a failure naming it", err)
	}
	os.Remove(filepath.Join(out, "manifest.json"))
	if _, err := checkManifest(out); err == nil {
		t.Error("no manifest: no failure")
	}
}

// TestOutputsFileKeepsEveryStack: the outputs file is edited, not rewritten
// by the last deploy: deploys of different stacks at once (make down runs
// two; a copy of an environment may run beside it) each add theirs, a
// destroy removes its stacks', and the file goes when no stack is left.
func TestOutputsFileKeepsEveryStack(t *testing.T) {
	r, err := New("../..", t.TempDir(), localSettings, io.Discard, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	var stacks []string
	for i := range 12 {
		stacks = append(stacks, fmt.Sprintf("app-env%02d", i))
	}
	var wg sync.WaitGroup
	errs := make([]error, len(stacks))
	for i, stack := range stacks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = r.editOutputs(func(all map[string]json.RawMessage) error {
				time.Sleep(5 * time.Millisecond) // the others read meanwhile
				all[stack] = json.RawMessage(`{"table_name": "` + stack + `"}`)
				return nil
			})
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		t.Fatal(err)
	}
	outputs, err := r.Outputs()
	if err != nil {
		t.Fatal(err)
	}
	if got := slices.Sorted(maps.Keys(outputs)); !slices.Equal(got, stacks) {
		t.Fatalf("after %d deploys at once the outputs file holds %v", len(stacks), got)
	}
	if got := outputs["app-env03"]["table_name"]; got != "app-env03" {
		t.Errorf("app-env03's table_name is %v", got)
	}
	remove := func(names ...string) error {
		return r.editOutputs(func(all map[string]json.RawMessage) error {
			for _, n := range names {
				delete(all, n)
			}
			return nil
		})
	}
	if err := remove(stacks[:11]...); err != nil {
		t.Fatal(err)
	}
	if outputs, _ := r.Outputs(); len(outputs) != 1 || outputs[stacks[11]] == nil {
		t.Errorf("after destroying all but %s the outputs file holds %v", stacks[11], slices.Collect(maps.Keys(outputs)))
	}
	if err := remove(stacks[11]); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(r.outputsFile()); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("with no stack left the outputs file is still there (%v)", err)
	}
	// A file that is not JSON is named, with the way out.
	if err := os.WriteFile(r.outputsFile(), []byte("{half"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := remove("app-env00"); err == nil || !strings.Contains(err.Error(), r.outputsFile()) || !strings.Contains(err.Error(), "remove it") {
		t.Errorf("a broken outputs file: %v", err)
	}
}

// TestPrintNoDrift: the report without drift names the stacks checked, in
// a sentence that agrees with their number.
func TestPrintNoDrift(t *testing.T) {
	for stacks, want := range map[string]string{
		"network app-dev": "No drift: network and app-dev match what was deployed.\n",
		"app-dev-pr7":     "No drift: app-dev-pr7 matches what was deployed.\n",
	} {
		var b strings.Builder
		PrintDrift(&b, strings.Fields(stacks), "dev", nil)
		if b.String() != want {
			t.Errorf("%s: %q, want %q", stacks, b.String(), want)
		}
	}
}

// TestTerraformErrorsOutsideOutdir: a deploy's Terraform error log is the
// command's own temporary file, read into the error when cdktf fails and
// removed after; nothing lands in cdktf.out, which a failed synthesis must
// be able to remove (main.go removes only what cdktf writes).
func TestTerraformErrorsOutsideOutdir(t *testing.T) {
	// A cdktf CLI that fails as a deploy whose Terraform logged an error.
	r, cli := withFakeCLI(t, "#!/bin/sh\necho \"$TF_LOG_PATH\" > \"$(dirname \"$0\")/log-path\"\necho '2026/12/01 [ERROR] vertex \"aws_s3_bucket.b\" error: AccessDenied' > \"$TF_LOG_PATH\"\nexit 1\n")
	if err := os.MkdirAll(r.Outdir(), 0o755); err != nil {
		t.Fatal(err)
	}
	err := r.cdktf(io.Discard, "deploy", "network")
	if err == nil || !strings.Contains(err.Error(), "Terraform reported:") || !strings.Contains(err.Error(), "AccessDenied") {
		t.Errorf("cdktf deploy failed with %v; want Terraform's logged error in it", err)
	}
	if entries, _ := os.ReadDir(r.Outdir()); len(entries) != 0 {
		t.Errorf("cdktf.out holds %v after the deploy; want nothing of the runner's", entries)
	}
	logPath, err := os.ReadFile(filepath.Join(filepath.Dir(cli), "log-path"))
	if err != nil {
		t.Fatal(err)
	}
	if p := strings.TrimSpace(string(logPath)); p == "" || strings.HasPrefix(p, r.Outdir()) {
		t.Errorf("Terraform's log went to %q; want a file outside %s", p, r.Outdir())
	} else if _, err := os.Stat(p); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Terraform's log %s is left behind (%v)", p, err)
	}
}

// TestPrintOutputs: make up prints env's outputs, not other environments'
// or cdktf's cross-stack ones, and names the file that holds every
// deployed stack's (cdktf's own message names a temporary file).
func TestPrintOutputs(t *testing.T) {
	var printed strings.Builder
	r, err := New("../..", t.TempDir(), localSettings, &printed, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if err := r.editOutputs(func(all map[string]json.RawMessage) error {
		all["network"] = json.RawMessage(`{"dev_vpc_id": "vpc-dev", "prod_vpc_id": "vpc-prod", "cross-stack-output-aws_vpc.x": "vpc-x"}`)
		all["app-dev"] = json.RawMessage(`{"table_name": "estate-dev", "config_manifest": "{\"long\": true}"}`)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if err := r.PrintOutputs("dev"); err != nil {
		t.Fatal(err)
	}
	out := printed.String()
	for _, want := range []string{"every deployed stack's are in " + r.outputsFile(), `"vpc-dev"`, `"estate-dev"`, "config_manifest          (in " + r.outputsFile() + ")"} {
		if !strings.Contains(out, want) {
			t.Errorf("make up's outputs lack %q:\n%s", want, out)
		}
	}
	for _, unwanted := range []string{"vpc-prod", "vpc-x", "long"} {
		if strings.Contains(out, unwanted) {
			t.Errorf("make up's outputs show %q:\n%s", unwanted, out)
		}
	}
}

// withFakeCLI is a runner over a project folder of its own whose cdktf CLI
// is script (the project's specs), and the CLI's path.
func withFakeCLI(t *testing.T, script string) (*Runner, string) {
	t.Helper()
	root := t.TempDir()
	envsDir, err := filepath.Abs("../../envs")
	if err != nil {
		t.Fatal(err)
	}
	cli := filepath.Join(root, "node_modules", ".bin", "cdktf")
	if err := os.MkdirAll(filepath.Dir(cli), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(cli, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	settings := maps.Clone(localSettings)
	settings["ENVS_DIR"] = envsDir
	r, err := New(root, root, settings, io.Discard, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	return r, cli
}

// initializedStacks makes the stacks' folders look initialized, so that the
// runner leaves their init to cdktf (which the fake CLI stands for).
func initializedStacks(t *testing.T, r *Runner, stacks ...string) {
	t.Helper()
	for _, stack := range stacks {
		if err := os.MkdirAll(filepath.Join(r.StackDir(stack), ".terraform", "providers"), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(r.StackDir(stack), ".terraform.lock.hcl"), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestInterruptStopsTheRun: interrupted (Ctrl-C), the cdktf CLI stops its
// stacks and exits 0 as if they were done. The command it ran ends in
// ErrInterrupted all the same, and nothing starts after it: a make down
// stopped in an app stack does not go on to destroy the network.
func TestInterruptStopsTheRun(t *testing.T) {
	// A CLI that records its call, then runs until told to exit 0.
	r, cli := withFakeCLI(t, "#!/bin/sh\ndir=\"$(dirname \"$0\")\"\necho \"$1 $2\" >> \"$dir/calls\"\nwhile [ ! -e \"$dir/exit\" ]; do sleep 0.02; done\nexit 0\n")
	initializedStacks(t, r, "app-dev", "network")
	// An app that leaves a mark when it runs.
	if err := os.WriteFile(filepath.Join(r.Root, "cdktf.json"), []byte(`{"app": "touch synthesized"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	calls := filepath.Join(filepath.Dir(cli), "calls")
	done := make(chan error, 1)
	go func() { done <- r.Destroy("app-dev") }()
	for start := time.Now(); ; time.Sleep(20 * time.Millisecond) {
		if _, err := os.Stat(calls); err == nil {
			break
		}
		if time.Since(start) > 30*time.Second {
			t.Fatal("the fake cdktf CLI did not start")
		}
	}
	if !r.Interrupt() {
		t.Error("the first interrupt says it was not the first")
	}
	if r.Interrupt() {
		t.Error("a second interrupt says it was the first")
	}
	if err := os.WriteFile(filepath.Join(filepath.Dir(cli), "exit"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	err := <-done
	if !errors.Is(err, ErrInterrupted) || !strings.Contains(err.Error(), "cdktf destroy app-dev") {
		t.Errorf("the interrupted destroy (cdktf exit 0): %v; want ErrInterrupted naming cdktf destroy app-dev", err)
	}
	if err := r.Destroy("network"); !errors.Is(err, ErrInterrupted) {
		t.Errorf("a destroy after the interrupt: %v; want ErrInterrupted", err)
	}
	if err := r.Synth(); !errors.Is(err, ErrInterrupted) {
		t.Errorf("a synthesis after the interrupt: %v; want ErrInterrupted", err)
	}
	if _, err := os.Stat(filepath.Join(r.Root, "synthesized")); err == nil {
		t.Error("the synthesis ran after the interrupt")
	}
	if b, _ := os.ReadFile(calls); string(b) != "destroy app-dev\n" {
		t.Errorf("the CLI ran %q; want only the interrupted destroy of app-dev", b)
	}
}

// TestDestroyChecksTheState: a cdktf destroy that exits 0 while the stack's
// state still holds resources is not a destroyed stack; an empty state is,
// and its outputs go.
func TestDestroyChecksTheState(t *testing.T) {
	r, _ := withFakeCLI(t, "#!/bin/sh\nexit 0\n")
	initializedStacks(t, r, "app-dev")
	state := filepath.Join(r.StateDir(), "app-dev.tfstate")
	if err := os.MkdirAll(r.StateDir(), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := r.editOutputs(func(all map[string]json.RawMessage) error {
		all["app-dev"] = json.RawMessage(`{"table_name": "estate-dev"}`)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(state, []byte(`{"version": 4, "resources": [{"type": "aws_rds_cluster"}, {"type": "aws_kms_key"}]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	err := r.Destroy("app-dev")
	if err == nil || !strings.Contains(err.Error(), "app-dev") || !strings.Contains(err.Error(), "still holds 2 resources") || !strings.Contains(err.Error(), "run the same command again") {
		t.Errorf("destroy with 2 resources left in the state: %v; want an error naming the stack, the count and the way on", err)
	}
	if outputs, _ := r.Outputs(); outputs["app-dev"] == nil {
		t.Error("the half-destroyed stack's outputs are gone")
	}
	if err := os.WriteFile(state, []byte(`{"version": 4, "resources": []}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := r.Destroy("app-dev"); err != nil {
		t.Errorf("destroy with an empty state: %v", err)
	}
	if outputs, _ := r.Outputs(); outputs["app-dev"] != nil {
		t.Error("the destroyed stack's outputs are still in the outputs file")
	}
}

// TestRefreshOnlyPlanReadsDrift: make drift reads a stack's plan only when
// Terraform's machine-readable output reports drift; a failed plan's error
// holds Terraform's diagnostics, not its JSON.
func TestRefreshOnlyPlanReadsDrift(t *testing.T) {
	r, _ := withFakeCLI(t, "#!/bin/sh\nexit 0\n")
	initializedStacks(t, r, "app-dev")
	fake := filepath.Join(t.TempDir(), "terraform")
	t.Setenv("TERRAFORM_BINARY_NAME", fake)
	for _, c := range []struct {
		name, printed string
		status        int
		drifted       bool
		failure       string
	}{
		{"no drift", `{"type":"version"}` + "\n" + `{"type":"refresh_complete"}` + "\n" + `{"type":"change_summary"}`, 0, false, ""},
		{"drift", `{"type":"refresh_complete"}` + "\n" + `{"@message":"aws_ssm_parameter.p: Drift detected (update)","type":"resource_drift"}`, 0, true, ""},
		{"failure", `{"@level":"error","type":"diagnostic","diagnostic":{"severity":"error","summary":"No valid credential sources found","detail":"Please see the provider's documentation."}}`, 1, false,
			"terraform plan -refresh-only of app-dev: exit status 1\nError: No valid credential sources found\nPlease see the provider's documentation."},
	} {
		script := fmt.Sprintf("#!/bin/sh\ncat <<'OUT'\n%s\nOUT\nexit %d\n", c.printed, c.status)
		if err := os.WriteFile(fake, []byte(script), 0o755); err != nil {
			t.Fatal(err)
		}
		drifted, err := r.refreshOnlyPlan("app-dev", r.planFile("app-dev"))
		switch {
		case c.failure != "" && (err == nil || err.Error() != c.failure):
			t.Errorf("%s: error %q, want %q", c.name, err, c.failure)
		case c.failure == "" && err != nil:
			t.Errorf("%s: %v", c.name, err)
		case drifted != c.drifted:
			t.Errorf("%s: drifted %v, want %v", c.name, drifted, c.drifted)
		}
	}
}

// TestNiceReachesEveryCommand: with Nice set, the synthesis, the cdktf CLI
// and Terraform run at the caller's nice value plus Nice (each stand-in
// writes what nice(1) prints: its own).
func TestNiceReachesEveryCommand(t *testing.T) {
	const n = 7
	own := nicetest.Headroom(t, n)
	dir := t.TempDir()
	record := func(name string) string {
		return fmt.Sprintf("#!/bin/sh\nnice > %s\n", filepath.Join(dir, name))
	}
	r, _ := withFakeCLI(t, record("cdktf"))
	r.Nice = n
	fake := filepath.Join(dir, "terraform.sh")
	if err := os.WriteFile(fake, []byte(record("terraform")), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("TERRAFORM_BINARY_NAME", fake)
	app := filepath.Join(dir, "app.sh")
	if err := os.WriteFile(app, []byte(record("synthesis")), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(r.Root, "cdktf.json"), []byte(`{"app": "`+app+`"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(r.StackDir("app-dev"), 0o755); err != nil {
		t.Fatal(err)
	}
	r.Synth() // fails after the app: it wrote no manifest
	if err := r.cdktf(io.Discard, "list"); err != nil {
		t.Fatal(err)
	}
	if err := r.terraform(io.Discard, "app-dev", "version"); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"synthesis", "cdktf", "terraform"} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Errorf("%s did not run: %v", name, err)
			continue
		}
		if got, want := strings.TrimSpace(string(b)), fmt.Sprint(own+r.Nice); got != want {
			t.Errorf("%s ran at nice %s, want %s", name, got, want)
		}
	}
}
