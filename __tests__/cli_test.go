package tests

import (
	"bytes"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/platform/estate/internal/testbin"
)

// checkoutFiles are the parts of the repository that synthesis reads.
var checkoutFiles = []string{"go.mod", "go.sum", "cdktf.json", "main.go", "package.json", "envs", "stacks", "constructs", "internal", "third_party"}

// cdktfCLI returns the project's pinned cdktf CLI (npm ci installs it).
func cdktfCLI(t *testing.T) string { return testbin.CLI(t, projectRoot) }

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

// TestCLISynthIsDeterministic runs the real cdktf CLI in a checkout at
// another path than the project's: it writes, byte for byte, every file the
// test synthesis wrote from the project's own folder (one process, one
// jsii runtime, another path), and its stacks are the golden files.
func TestCLISynthIsDeterministic(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and synthesizes with the cdktf CLI")
	}
	cli := cdktfCLI(t)
	s := awsSynth(t) // jsii, before the test runs in parallel
	want := len(s.Files)
	t.Parallel()
	dir := filepath.Join(t.TempDir(), "another", "checkout-at-a-longer-path")
	checkout(t, dir)
	if out, err := cdktfSynth(t, cli, dir); err != nil {
		t.Fatalf("cdktf synth in %s: %v\n%s", dir, err, out)
	}
	a := readTree(t, filepath.Join(dir, "cdktf.out"))
	if len(a) == 0 {
		t.Fatal("cdktf synth wrote nothing")
	}
	b := readTree(t, s.Outdir)
	for name := range b {
		if strings.HasSuffix(name, ".testing-synth.json") {
			delete(b, name) // the matchers' copies, not app.Synth's
		}
	}
	for name, content := range a {
		if other, ok := b[name]; !ok {
			t.Errorf("%s is only in the CLI's output", name)
		} else if !bytes.Equal(content, other) {
			t.Errorf("%s differs between the CLI's output and the test synthesis':\n%s", name, firstDifference(other, content))
		}
	}
	for name := range b {
		if _, ok := a[name]; !ok {
			t.Errorf("%s is only in the test synthesis' output", name)
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
