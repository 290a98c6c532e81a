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

	"github.com/platform/estate/internal/deploy"
	"github.com/platform/estate/internal/layout"
)

// ignoreFile holds the accepted scanner findings, each with a reason.
const ignoreFile = ".trivyignore.yaml"

// scanStacks runs trivy's built-in misconfiguration checks, offline, over
// the plan JSON of the deployed stacks (`terraform plan -refresh=false` and
// `terraform show -json` of each stack, each in a folder of its own). The
// stacks are deployed, so the plans hold known values: trivy links a
// bucket's settings to the bucket by them. No HIGH or CRITICAL finding may
// remain that the ignore file does not explain.
func scanStacks(t *testing.T, r *deploy.Runner, names []string) {
	t.Helper()
	root, _ := filepath.Abs(projectRoot)
	trivy := layout.Trivy()
	if _, err := os.Stat(trivy); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("trivy is not built (%v); make test builds it (make trivy)", err)
		}
		t.Log("security scan skipped: trivy is not built; run make trivy (make test does)")
		return
	}
	work := r.Workdir
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

	// One scan per stack: trivy merges the plans of one folder into one
	// module, so one unreadable plan would hide the others.
	scanStart := time.Now()
	for _, name := range names {
		if err := sanitizePlan(filepath.Join(plans, name, "tfplan.json")); err != nil {
			t.Fatal(err)
		}
		var report, stderr bytes.Buffer
		cmd := exec.Command(trivy, "config", "--skip-check-update", "--skip-version-check", "--disable-telemetry",
			"--quiet", "--severity", "HIGH,CRITICAL", "--ignorefile", filepath.Join(root, ignoreFile),
			"--format", "json", "--exit-code", "0", filepath.Join(plans, name))
		cmd.Env = append(os.Environ(), "TRIVY_CACHE_DIR="+filepath.Join(work, "trivy-cache"))
		cmd.Stdout, cmd.Stderr = &report, &stderr
		if err := cmd.Run(); err != nil {
			t.Fatalf("trivy config of %s: %v\n%s", name, err, stderr.String())
		}
		var res struct {
			Results []struct {
				MisconfSummary    struct{ Successes, Failures int }
				Misconfigurations []struct {
					AVDID, Title, Severity, Status, Resolution string
					CauseMetadata                              struct{ Resource string }
				}
			}
		}
		if err := json.Unmarshal(report.Bytes(), &res); err != nil {
			t.Fatalf("trivy's report of %s is not JSON: %v\n%s", name, err, report.String())
		}
		checks := 0
		for _, result := range res.Results {
			checks += result.MisconfSummary.Successes + result.MisconfSummary.Failures
			for _, m := range result.Misconfigurations {
				if m.Status == "FAIL" {
					t.Errorf("%s: %s %s (%s) on %s; fix it: %s, or explain it in %s", name, m.Severity, m.AVDID, m.Title, m.CauseMetadata.Resource, m.Resolution, ignoreFile)
				}
			}
		}
		if checks == 0 {
			t.Errorf("trivy checked nothing in the plan of %s:\n%s", name, stderr.String())
		}
		t.Logf("%-48s %6d checks", "trivy config "+name+" (HIGH, CRITICAL)", checks)
	}
	t.Logf("%-48s %6.1fs", "trivy config of every stack", time.Since(scanStart).Seconds())
}

// sanitizePlan replaces the unknown values inside lists of a plan (JSON
// null, such as the ARNs of resources yet to be created in a policy
// document) by a placeholder string: trivy 0.67 renders them as invalid HCL
// and then scans nothing of the whole file.
func sanitizePlan(file string) error {
	b, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	var plan any
	if err := json.Unmarshal(b, &plan); err != nil {
		return err
	}
	var fix func(v any) any
	fix = func(v any) any {
		switch x := v.(type) {
		case []any:
			for i, e := range x {
				if e == nil {
					x[i] = "(known after apply)"
				} else {
					x[i] = fix(e)
				}
			}
		case map[string]any:
			for k, e := range x {
				x[k] = fix(e)
			}
		}
		return v
	}
	out, err := json.Marshal(fix(plan))
	if err != nil {
		return err
	}
	return os.WriteFile(file, out, 0o644)
}

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
