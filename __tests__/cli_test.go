package tests

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
)

// checkoutFiles are the parts of the repository that synthesis reads.
var checkoutFiles = []string{"go.mod", "go.sum", "cdktf.json", "main.go", "package.json", "envs", "stacks", "constructs", "internal", "third_party"}

// cdktfCLI returns the project's pinned cdktf CLI (npm ci installs it).
func cdktfCLI(t *testing.T) string {
	t.Helper()
	cli, err := filepath.Abs(filepath.Join(projectRoot, "node_modules", ".bin", "cdktf"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(cli); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("the cdktf CLI is not installed (%v); run npm ci", err)
		}
		t.Skip("the cdktf CLI is not installed; run npm ci (make test does)")
	}
	return cli
}

// checkout copies the project into dir, as a fresh clone would have it, with
// the installed node_modules linked in.
func checkout(t *testing.T, dir string) {
	t.Helper()
	root, err := filepath.Abs(projectRoot)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, name := range checkoutFiles {
		err := filepath.WalkDir(filepath.Join(root, name), func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			rel, _ := filepath.Rel(root, path)
			target := filepath.Join(dir, rel)
			if d.IsDir() {
				return os.MkdirAll(target, 0o755)
			}
			b, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			return os.WriteFile(target, b, 0o644)
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink(filepath.Join(root, "node_modules"), filepath.Join(dir, "node_modules")); err != nil {
		t.Fatal(err)
	}
}

// cliCheckout is the start of a test of the CLI in a checkout of its own:
// skipped with -short, run in parallel with the other such tests.
func cliCheckout(t *testing.T) (cli, dir string) {
	t.Helper()
	if testing.Short() {
		t.Skip("builds and synthesizes with the cdktf CLI")
	}
	cli = cdktfCLI(t)
	t.Parallel()
	dir = t.TempDir()
	checkout(t, dir)
	return cli, dir
}

// cdktfSynth runs `cdktf synth` in dir and returns its combined output.
func cdktfSynth(t *testing.T, cli, dir string) ([]byte, error) {
	t.Helper()
	cmd := exec.Command(cli, "synth")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "CHECKPOINT_DISABLE=1",
		// The settings of the golden files: AWS target, local state, no suffix.
		"TARGET=aws", "ALLOW_DESTROY=",
		"ENVIRONMENT_SUFFIX=", "STATE_BACKEND=", "STATE_BUCKET=", "STATE_KEY_PREFIX=", "STATE_REGION=", "STATE_LOCK_TABLE=")
	return cmd.CombinedOutput()
}

// readTree returns every file under dir by relative path.
func readTree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(path)
		rel, _ := filepath.Rel(dir, path)
		files[rel] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// TestCLISynthIsDeterministic runs the real cdktf CLI in two checkouts at
// different paths: both write the same bytes, and those are the golden files.
func TestCLISynthIsDeterministic(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and synthesizes twice with the cdktf CLI")
	}
	cli := cdktfCLI(t)
	want := len(awsSynth(t).Files) // jsii, before the test runs in parallel
	t.Parallel()
	base := t.TempDir()
	dirs := []string{filepath.Join(base, "a"), filepath.Join(base, "another", "checkout-at-a-longer-path")}
	trees := make([]map[string][]byte, len(dirs))
	outs := make([][]byte, len(dirs))
	errs := make([]error, len(dirs))
	var wg sync.WaitGroup
	for i, dir := range dirs {
		checkout(t, dir)
		wg.Add(1)
		go func() { defer wg.Done(); outs[i], errs[i] = cdktfSynth(t, cli, dir) }()
	}
	wg.Wait()
	for i, dir := range dirs {
		if errs[i] != nil {
			t.Fatalf("cdktf synth in %s: %v\n%s", dir, errs[i], outs[i])
		}
		trees[i] = readTree(t, filepath.Join(dir, "cdktf.out"))
	}
	a, b := trees[0], trees[1]
	if len(a) == 0 {
		t.Fatal("cdktf synth wrote nothing")
	}
	for name, content := range a {
		if other, ok := b[name]; !ok {
			t.Errorf("%s is only in the first checkout's output", name)
		} else if !bytes.Equal(content, other) {
			t.Errorf("%s differs between checkouts:\n%s", name, firstDifference(content, other))
		}
	}
	for name := range b {
		if _, ok := a[name]; !ok {
			t.Errorf("%s is only in the second checkout's output", name)
		}
	}
	// What the CLI writes is what the golden files hold.
	stacks := 0
	for name, content := range a {
		if filepath.Base(name) != "cdk.tf.json" {
			continue
		}
		stacks++
		stack := filepath.Base(filepath.Dir(name))
		golden, err := os.ReadFile(goldenPath(stack))
		if err != nil {
			t.Errorf("%s: %v", stack, err)
		} else if !bytes.Equal(content, golden) {
			t.Errorf("cdktf synth of %s differs from %s:\n%s", stack, goldenPath(stack), firstDifference(golden, content))
		}
	}
	if stacks != want {
		t.Errorf("cdktf synth wrote %d stacks, the test synthesis %d", stacks, want)
	}
}

// TestCLIBadSpec checks what a user sees for bad specs: every problem of every
// file at once, a non-zero exit, and no output left (not even an earlier one).
func TestCLIBadSpec(t *testing.T) {
	cli, dir := cliCheckout(t)
	// Output of an earlier, good synthesis, which would no longer match the code.
	if err := os.MkdirAll(filepath.Join(dir, "cdktf.out", "stacks", "network"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "cdktf.out", "manifest.json"), []byte("{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	edit := func(file, old, new string) {
		path := filepath.Join(dir, "envs", file)
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(b, []byte(old)) {
			t.Fatalf("%s has no %q", file, old)
		}
		if err := os.WriteFile(path, bytes.Replace(b, []byte(old), []byte(new), 1), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	edit("dev.yaml", "memory_mb: 1024", "memory_mb: 1000")
	edit("prod.yaml", "cidr: 10.30.0.0/16", "cidr: 10.10.0.0/16")
	edit("staging.yaml", "region: us-west-2", "region: us-west-2\nregoin: typo")

	out, err := cdktfSynth(t, cli, dir)
	if err == nil {
		t.Fatalf("cdktf synth succeeded on bad specs:\n%s", out)
	}
	// position is where the value of key: value stands in an edited file.
	position := func(file, key, value string) string {
		b, err := os.ReadFile(filepath.Join(dir, "envs", file))
		if err != nil {
			t.Fatal(err)
		}
		for i, line := range strings.Split(string(b), "\n") {
			if col := strings.Index(line, key+": "+value); col >= 0 {
				if value == "" {
					return fmt.Sprintf("envs/%s:%d:%d", file, i+1, col+1)
				}
				return fmt.Sprintf("envs/%s:%d:%d", file, i+1, col+len(key)+3)
			}
		}
		t.Fatalf("%s has no %s: %s", file, key, value)
		return ""
	}
	for _, want := range []string{
		"invalid configuration: 3 problems",
		position("dev.yaml", "memory_mb", "1000") + ": lambda.memory_mb: 1000 is not allowed; use one of 128, 256, 512, 1024",
		position("prod.yaml", "cidr", "10.10.0.0/16") + ": network.cidr: 10.10.0.0/16 overlaps 10.10.0.0/16 of envs/dev.yaml; give every environment its own range",
		position("staging.yaml", "regoin", "") + ": regoin: unknown key; allowed keys at the top level:",
	} {
		if !strings.Contains(string(out), want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(string(out), "goroutine ") || strings.Contains(string(out), "panic:") {
		t.Errorf("a Go panic trace reached the user:\n%s", out)
	}
	if _, err := os.Stat(filepath.Join(dir, "cdktf.out")); !os.IsNotExist(err) {
		t.Errorf("cdktf.out is still there after a failed synth (stat: %v)", err)
	}
}

// TestCLIGuardrailViolation: a spec that passes validation but builds
// something a guardrail refuses (one day of database backups) fails cdktf
// synth with the construct path, the rule and the fix, and leaves no output.
func TestCLIGuardrailViolation(t *testing.T) {
	cli, dir := cliCheckout(t)
	path := filepath.Join(dir, "envs", "dev.yaml")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	edited := regexp.MustCompile(`backup_retention_days: \d+`).ReplaceAll(b, []byte("backup_retention_days: 1"))
	if bytes.Equal(edited, b) {
		t.Fatal("dev.yaml sets no backup_retention_days")
	}
	if err := os.WriteFile(path, edited, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := cdktfSynth(t, cli, dir)
	if err == nil {
		t.Fatalf("cdktf synth succeeded with a guardrail violation:\n%s", out)
	}
	want := "app-dev/database/cluster (aws_rds_cluster.database_cluster_FAF2FB92): RDS-4 keeps backups for 1 day(s), fewer than 7; set backup_retention_period to 7 or more (database.backup_retention_days in the spec)"
	if !strings.Contains(string(out), "guardrails: 1 violation(s)") || !strings.Contains(string(out), want) {
		t.Errorf("cdktf synth output lacks the violation %q:\n%s", want, out)
	}
	if _, err := os.Stat(filepath.Join(dir, "cdktf.out")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("cdktf.out is left behind after the violation (%v)", err)
	}
}
