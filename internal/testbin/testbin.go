// Package testbin builds the project's commands for its tests: each once
// per test binary, whichever test package asks.
package testbin

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"

	"github.com/platform/estate/internal/layout"
)

var (
	mu    sync.Mutex
	built = map[string]string{}
)

// Build builds the command in package pkg (such as "./tools/estate") of the
// project at root, once per process, and returns the binary's path: in a
// folder of the temporary directory named after the checkout, written aside
// and renamed, so that test binaries building at once never see half a file.
func Build(root, pkg string) (string, error) {
	mu.Lock()
	defer mu.Unlock()
	root, err := filepath.Abs(root)
	if err != nil {
		return "", err
	}
	if bin, ok := built[root+pkg]; ok {
		return bin, nil
	}
	sum := sha256.Sum256([]byte(root))
	dir := filepath.Join(os.TempDir(), "estate-testbin-"+hex.EncodeToString(sum[:6]))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	bin := filepath.Join(dir, filepath.Base(pkg))
	tmp, err := os.CreateTemp(dir, ".build-")
	if err != nil {
		return "", err
	}
	tmp.Close()
	defer os.Remove(tmp.Name())
	cmd := exec.Command("go", "build", "-o", tmp.Name(), pkg)
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build %s: %v\n%s", pkg, err, out)
	}
	if err := os.Rename(tmp.Name(), bin); err != nil {
		return "", err
	}
	built[root+pkg] = bin
	return bin, nil
}

// Command is Build for a test: the build failing fails t.
func Command(t testing.TB, root, pkg string) string {
	t.Helper()
	bin, err := Build(root, pkg)
	if err != nil {
		t.Fatal(err)
	}
	return bin
}

// CLI returns the project's pinned cdktf CLI under root (npm ci installs
// it). Without it the test fails when CI=true, and is skipped elsewhere.
func CLI(t testing.TB, root string) string {
	t.Helper()
	cli, err := filepath.Abs(filepath.Join(root, layout.CLI))
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

// ExitCode is the exit code a command's error reports: 0 for none. An error
// that is no exit (the command did not start) fails t.
func ExitCode(t testing.TB, err error) int {
	t.Helper()
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		return exit.ExitCode()
	}
	if err != nil {
		t.Fatal(err)
	}
	return 0
}
