package corpus

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// project reads a file of the project's envs folder.
func project(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(projectRoot, "envs", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestCLIBadSpec checks what a user sees for bad specs: every problem of
// every file at once, a non-zero exit, and no output left (not even an
// earlier one).
func TestCLIBadSpec(t *testing.T) {
	cli(t)
	t.Parallel()
	dir := set(t, map[string]string{
		"dev.yaml":     replace(project(t, "dev.yaml"), "memory_mb: 1024", "memory_mb: 1000"),
		"prod.yaml":    replace(project(t, "prod.yaml"), "cidr: 10.30.0.0/16", "cidr: 10.10.0.0/16"),
		"staging.yaml": replace(project(t, "staging.yaml"), "region: us-west-2", "region: us-west-2\nregoin: typo"),
		"_parity.yaml": project(t, "_parity.yaml"),
	}, nil)
	// Output of an earlier, good synthesis, which would no longer match the code.
	outdir := filepath.Join(t.TempDir(), "cdktf.out")
	if err := os.MkdirAll(filepath.Join(outdir, "stacks", "network"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(outdir, "manifest.json"), []byte("{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := synthTo(t, outdir, dir, map[string]string{"TARGET": "aws"}, false)
	if r.code == 0 {
		t.Fatalf("cdktf synth succeeded on bad specs:\n%s", r.out)
	}
	// position is where the value of key: value stands in a file of dir.
	position := func(file, key, value string) string {
		path := filepath.Join(dir, file)
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for i, line := range strings.Split(string(b), "\n") {
			if col := strings.Index(line, key+": "+value); col >= 0 {
				if value == "" {
					return fmt.Sprintf("%s:%d:%d", path, i+1, col+1)
				}
				return fmt.Sprintf("%s:%d:%d", path, i+1, col+len(key)+3)
			}
		}
		t.Fatalf("%s has no %s: %s", file, key, value)
		return ""
	}
	for _, want := range []string{
		"invalid configuration: 3 problems",
		position("dev.yaml", "memory_mb", "1000") + ": lambda.memory_mb: 1000 is not allowed; use one of 128, 256, 512, 1024",
		position("prod.yaml", "cidr", "10.10.0.0/16") + ": network.cidr: 10.10.0.0/16 overlaps 10.10.0.0/16 of " + filepath.Join(dir, "dev.yaml") + "; give every environment its own range",
		position("staging.yaml", "regoin", "") + ": regoin: unknown key; allowed keys at the top level:",
	} {
		if !strings.Contains(r.out, want) {
			t.Errorf("output lacks %q:\n%s", want, r.out)
		}
	}
	if strings.Contains(r.out, "goroutine ") || strings.Contains(r.out, "panic:") {
		t.Errorf("a Go panic trace reached the user:\n%s", r.out)
	}
	if _, err := os.Stat(outdir); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("cdktf.out is still there after a failed synth (stat: %v)", err)
	}
}

// TestCLIGuardrailViolation: a spec that passes validation but builds
// something a guardrail refuses (one day of database backups) fails cdktf
// synth with the construct path, the rule and the fix, and leaves no output.
func TestCLIGuardrailViolation(t *testing.T) {
	cli(t)
	t.Parallel()
	dev := project(t, "dev.yaml")
	edited := regexp.MustCompile(`backup_retention_days: \d+`).ReplaceAllString(dev, "backup_retention_days: 1")
	if edited == dev {
		t.Fatal("dev.yaml sets no backup_retention_days")
	}
	r := synth(t, set(t, map[string]string{"dev.yaml": edited}, nil), map[string]string{"TARGET": "aws"}, false)
	if r.code == 0 {
		t.Fatalf("cdktf synth succeeded with a guardrail violation:\n%s", r.out)
	}
	want := "app-dev/database/cluster (aws_rds_cluster.database_cluster_FAF2FB92): RDS-4 keeps backups for 1 day(s), fewer than 7; set backup_retention_period to 7 or more (database.backup_retention_days in the spec)"
	if !strings.Contains(r.out, "guardrails: 1 violation(s)") || !strings.Contains(r.out, want) {
		t.Errorf("cdktf synth output lacks the violation %q:\n%s", want, r.out)
	}
	if _, err := os.Stat(r.outdir); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("cdktf.out is left behind after the violation (%v)", err)
	}
}
