package e2e

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/goccy/go-yaml"

	"github.com/platform/estate/internal/deploy"
	"github.com/platform/estate/internal/layout"
)

// ignoreFile holds the accepted scanner findings, each with a reason.
const ignoreFile = ".trivyignore.yaml"

// trivyBinary is the built trivy; false (the test skipped, in CI failed)
// when it is not built.
func trivyBinary(t *testing.T) (string, bool) {
	t.Helper()
	trivy := layout.Trivy()
	if _, err := os.Stat(trivy); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("trivy is not built (%v); make test builds it (make trivy)", err)
		}
		t.Log("security scan skipped: trivy is not built; run make trivy (make test does)")
		return "", false
	}
	return trivy, true
}

// planStacks writes the plan JSON of the deployed stacks for scanStacks
// (`terraform plan` and `terraform show -json` of each, at once, each in a
// folder of its own under the runner's work folder, which it returns). The
// stacks are deployed, so the plans hold known values: trivy links a
// bucket's settings to the bucket by them. The stacks are planned from
// their state alone (-refresh=false), except those named in clean, which
// are planned as a deploy plans them (refreshed from the cloud first) and
// must plan no change (when): a re-plan and a plan to scan in one. Only a
// stack without a bucket can be scanned so: in a refreshed plan a bucket
// also carries the encryption read back from the cloud, in its inline
// attribute (aws:kms with the environment's key), and trivy then reports
// it unencrypted (measured: AVD-AWS-0088 and AVD-AWS-0132 on app-prod's
// and app-staging's buckets).
func planStacks(r *deploy.Runner, names []string, when string, clean ...string) (string, error) {
	plans := filepath.Join(r.Workdir, "plans")
	errs := make([]error, len(names))
	var fns []func()
	for i, name := range names {
		fns = append(fns, func() {
			refresh := slices.Contains(clean, name)
			changes, out, err := r.PlanJSON(name, filepath.Join(plans, name, "tfplan.json"), refresh)
			switch {
			case err != nil:
				errs[i] = err
			case refresh && changes:
				errs[i] = hasChanges(name, when, out)
			}
		})
	}
	parallel(fns...)
	return plans, errors.Join(errs...)
}

// scanStacks runs trivy's built-in misconfiguration checks, offline, over
// the plans that planStacks wrote. No HIGH or CRITICAL finding may remain
// that the ignore file does not explain.
func scanStacks(t *testing.T, trivy, plans string, names []string) {
	t.Helper()
	root, _ := filepath.Abs(projectRoot)
	work := filepath.Dir(plans)
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

// ignoreEntry is one accepted finding of trivy's ignore file
// (https://trivy.dev/latest/docs/configuration/filtering/#trivyignoreyaml).
type ignoreEntry struct {
	ID        string   `yaml:"id"`
	Statement string   `yaml:"statement"`
	Paths     []string `yaml:"paths"`
	ExpiredAt string   `yaml:"expired_at"`
}

// checkIgnoreFile parses an ignore file strictly (a misspelt key is an
// error, not an entry without a reason) and returns its entries and what is
// wrong with them.
func checkIgnoreFile(src []byte) (entries []ignoreEntry, problems []string) {
	var file struct {
		Vulnerabilities   []ignoreEntry `yaml:"vulnerabilities"`
		Misconfigurations []ignoreEntry `yaml:"misconfigurations"`
		Secrets           []ignoreEntry `yaml:"secrets"`
		Licenses          []ignoreEntry `yaml:"licenses"`
	}
	if err := yaml.UnmarshalWithOptions(src, &file, yaml.Strict()); err != nil {
		return nil, []string{"not a trivy ignore file: " + err.Error()}
	}
	entries = slices.Concat(file.Vulnerabilities, file.Misconfigurations, file.Secrets, file.Licenses)
	for _, e := range entries {
		if e.ID == "" {
			problems = append(problems, "an entry has no id")
		}
		if strings.TrimSpace(e.Statement) == "" {
			problems = append(problems, fmt.Sprintf("the entry %q has no statement (why it is accepted)", e.ID))
		}
	}
	// Every "id:" of the text is an entry read: none sits under a key that
	// trivy would not read.
	if n := strings.Count(string(src), "id:"); n != len(entries) {
		problems = append(problems, fmt.Sprintf("%d ids in the text, %d entries read", n, len(entries)))
	}
	return entries, problems
}

// TestIgnoreFileGivesReasons: every accepted finding says why.
func TestIgnoreFileGivesReasons(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(projectRoot, ignoreFile))
	if err != nil {
		t.Fatal(err)
	}
	entries, problems := checkIgnoreFile(b)
	for _, p := range problems {
		t.Errorf("%s: %s", ignoreFile, p)
	}
	t.Logf("%d accepted findings", len(entries))

	// The check itself: it reads entries, and refuses the ones without a
	// reason, under a misspelt key, or where trivy would not look.
	good := "misconfigurations:\n  - id: AVD-AWS-0089\n    statement: access logs go to the log bucket\n    paths: [app-dev]\n"
	if e, p := checkIgnoreFile([]byte(good)); len(e) != 1 || len(p) != 0 {
		t.Errorf("a valid entry: %d entries, problems %v", len(e), p)
	}
	for what, src := range map[string]string{
		"no statement":    "misconfigurations:\n  - id: AVD-AWS-0089\n",
		"misspelt key":    "misconfigurations:\n  - id: AVD-AWS-0089\n    statment: why\n",
		"unknown section": "misconfiguration:\n  - id: AVD-AWS-0089\n    statement: why\n",
		"empty statement": "misconfigurations:\n  - id: AVD-AWS-0089\n    statement: \"  \"\n",
		"no id":           "misconfigurations:\n  - statement: why\n",
	} {
		if _, p := checkIgnoreFile([]byte(src)); len(p) == 0 {
			t.Errorf("an ignore file with %s passes", what)
		}
	}
}
