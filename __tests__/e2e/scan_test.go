package e2e

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/platform/estate/stacks"
)

// trivyVersion is the scanner the Makefile builds into .tools/ (make trivy).
const trivyVersion = "v0.67.2"

// ignoreFile holds the accepted scanner findings, each with a reason.
const ignoreFile = ".trivyignore.yaml"

// TestSecurityScan runs trivy's built-in misconfiguration checks, offline,
// over the plan JSON of every stack: the network deployed on an emulator of
// its own (the app stacks read its outputs), then `terraform plan
// -refresh=false` and `terraform show -json` of each stack, each in a folder
// of its own. No HIGH or CRITICAL finding may remain that the ignore file
// does not explain.
func TestSecurityScan(t *testing.T) {
	requireTools(t)
	root, _ := filepath.Abs(projectRoot)
	trivy := filepath.Join(root, ".tools", "trivy-"+trivyVersion)
	if _, err := os.Stat(trivy); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("trivy is not built (%v); make test builds it (make trivy)", err)
		}
		t.Skip("trivy is not built; run make trivy (make test does)")
	}
	t.Parallel()
	start := time.Now()
	work := t.TempDir()
	r := newRunner(t, "scan", work, nil)
	step(t, "start the emulator", r.StartEmulator)
	t.Cleanup(func() { r.StopEmulator() })
	step(t, "cdktf synth", r.Synth)
	step(t, "cdktf deploy network", func() error { return r.Deploy(stacks.NetworkStackName) })

	names := []string{stacks.NetworkStackName}
	for _, e := range r.Project.Environments {
		names = append(names, stacks.AppStackName(e.Name))
	}
	if err := r.Init(names...); err != nil {
		t.Fatal(err)
	}
	plans := filepath.Join(work, "plans")
	step(t, "terraform plan + show -json of every stack", func() error {
		errs := make(chan error, len(names))
		for _, name := range names {
			go func() { errs <- r.PlanJSON(name, filepath.Join(plans, name, "tfplan.json")) }()
		}
		for range names {
			if err := <-errs; err != nil {
				return err
			}
		}
		return nil
	})

	var report bytes.Buffer
	step(t, "trivy config (HIGH, CRITICAL)", func() error {
		cmd := exec.Command(trivy, "config", "--skip-check-update", "--skip-version-check", "--disable-telemetry",
			"--quiet", "--severity", "HIGH,CRITICAL", "--ignorefile", filepath.Join(root, ignoreFile),
			"--format", "json", "--exit-code", "0", plans)
		cmd.Dir = work
		cmd.Env = append(os.Environ(), "TRIVY_CACHE_DIR="+filepath.Join(work, "trivy-cache"))
		cmd.Stdout = &report
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Run(); err != nil {
			return &scanError{err, stderr.String()}
		}
		return nil
	})
	var res struct {
		Results []struct {
			Target            string
			MisconfSummary    struct{ Successes, Failures int }
			Misconfigurations []struct {
				ID, AVDID, Title, Severity, Status, Resolution string
				CauseMetadata                                  struct{ Resource string }
			}
		}
	}
	if err := json.Unmarshal(report.Bytes(), &res); err != nil {
		t.Fatalf("trivy's report is not JSON: %v\n%s", err, report.String())
	}
	scanned := map[string]int{}
	for _, result := range res.Results {
		scanned[filepath.Base(filepath.Dir(result.Target))] = result.MisconfSummary.Successes + result.MisconfSummary.Failures
		for _, m := range result.Misconfigurations {
			if m.Status == "FAIL" {
				t.Errorf("%s: %s %s (%s) on %s; fix it: %s, or explain it in %s", result.Target, m.Severity, m.AVDID, m.Title, m.CauseMetadata.Resource, m.Resolution, ignoreFile)
			}
		}
	}
	for _, name := range names {
		if scanned[name] == 0 {
			t.Errorf("trivy checked nothing in the plan of %s (results: %v)", name, scanned)
		}
	}
	t.Logf("%-48s %6.1fs", "security scan", time.Since(start).Seconds())
}

type scanError struct {
	err    error
	stderr string
}

func (e *scanError) Error() string { return e.err.Error() + ": " + strings.TrimSpace(e.stderr) }

// TestIgnoreFileGivesReasons: every accepted finding says why.
func TestIgnoreFileGivesReasons(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(projectRoot, ignoreFile))
	if err != nil {
		t.Fatal(err)
	}
	entries := 0
	for _, block := range strings.Split(string(b), "\n  - id: ")[1:] {
		entries++
		if !strings.Contains(block, "statement: ") {
			t.Errorf("%s: the entry %q has no statement (reason)", ignoreFile, strings.SplitN(block, "\n", 2)[0])
		}
	}
	t.Logf("%d accepted findings", entries)
}
